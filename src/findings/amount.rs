//! `amount-conflict`: figures for the same event whose intervals cannot overlap.
//!
//! Each figure becomes the interval of values it allows: an exact figure covers its
//! rounding (`38 milliards` covers 37.6 to 38.4 milliards: 0.4 of its last written digit),
//! an approximate one also the policy's tolerance (`environ`, default 10 %), and bounds are
//! open-ended (`au minimum 38` → [38, ∞)). Two figures conflict when their intervals are
//! disjoint. Figures in different currencies are never compared (no exchange rate is
//! assumed): a finding names the event's readings in another currency as not compared,
//! so an editor still sees them. Figures with the same value are the business of
//! `bound-conflict`.

use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;
use crate::claims::ClaimAmount;
use crate::decimal::Decimal;
use crate::mention::Bound;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "amount-conflict",
    kind: FindingKind::Amount,
    summary: "figures for the same event cannot both be true",
    explanation: "\
# amount-conflict

**What it checks.** Within one event, whether two figures allow no common value once
normalized: `1.400 milliards`, `plus d'un billion` and `more than 1 trillion` all allow
1.4 × 10^12 and agree; `4 billion` and `8 milliards` do not. Exact figures cover their
rounding, approximate ones (`environ`, `about`, `près de`) a tolerance set in
`rules/severity.toml`, and bounds (`up to`, `at least`) are open on one side. Figures in
different currencies are not compared: no exchange rate is assumed.

**Why it matters.** A wrong figure is the most quoted error in business news, and the
first one readers and companies complain about.

**Flagged:**

> Amazon has invested $4 billion in Anthropic.
> Amazon a déjà investi 8 milliards de dollars dans Anthropic.

**Not flagged:**

> OpenAI s'est engagé à plus d'un billion de dollars.
> OpenAI a pris quelque 1.400 milliards de dollars d'engagements.

Severity: `error` when both sides are asserted or planned, `warning` when one side is only
reported or speculative.
",
};

/// Reports disjoint figures inside each event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let pct = ctx.policy.approx_tolerance_percent();
    let mut out = Vec::new();
    for view in &ctx.events {
        let mut found =
            ctx.pairwise(view, Axis::Amount, &RULE, "sources give figures that cannot both hold", |a, b, ctx| {
                let (x, y) = ctx.amounts(a, b)?;
                (comparable(x, y) && !same_value(x, y) && disjoint(x, y, pct)).then_some(Clash::Full)
            });
        for f in &mut found {
            note_other_currencies(ctx, view, f);
        }
        out.extend(found);
    }
    out
}

/// Appends to an amount finding the event's readings in another currency, which were not
/// compared (no exchange rate is assumed) but which an editor checking the figure wants
/// to see: `… (not compared, in another currency: about 8 000 000 000 EUR (03))`.
fn note_other_currencies(ctx: &Context<'_>, view: &super::context::EventView<'_>, f: &mut Finding) {
    let Some(tallies) = Axis::ALL.iter().position(|&a| a == Axis::Amount).and_then(|k| view.tallies.get(k)) else {
        return;
    };
    let currency_of = |t: &crate::align::axis::Tally| {
        t.claims
            .first()
            .and_then(|&i| ctx.claims.get(i))
            .and_then(|c| c.amount.as_ref())
            .and_then(|a| a.currency.clone())
    };
    let compared: Vec<String> = tallies
        .iter()
        .filter(|t| {
            f.evidence.iter().any(|e| t.claims.iter().any(|&i| ctx.claims.get(i).is_some_and(|c| c.id == e.claim)))
        })
        .filter_map(currency_of)
        .collect();
    let Some(currency) = compared.first() else { return };
    let others: Vec<String> = tallies
        .iter()
        .filter(|t| currency_of(t).is_some_and(|c| &c != currency))
        .take(4)
        .map(|t| format!("{} ({})", t.reading.label, t.sources.join(", ")))
        .collect();
    if !others.is_empty() {
        f.message.push_str(&format!(" (not compared, in another currency: {})", others.join("; ")));
    }
}

/// Same currency (both known), or the same kind of unit for percentages and counts.
pub fn comparable(x: &ClaimAmount, y: &ClaimAmount) -> bool {
    match (&x.currency, &y.currency) {
        (Some(a), Some(b)) => a == b,
        (None, None) => match (&x.unit, &y.unit) {
            (Some(a), Some(b)) => a == b || (!is_rate(a) && !is_rate(b)),
            _ => false,
        },
        _ => false,
    }
}

fn is_rate(unit: &str) -> bool {
    unit == "%" || unit == "pp"
}

/// The same written value(s), whatever the bound.
pub fn same_value(x: &ClaimAmount, y: &ClaimAmount) -> bool {
    x.figure.amount == y.figure.amount && x.figure.high == y.figure.high
}

/// 0.4 of the last written digit: what rounding to that digit can hide.
pub fn rounding(d: Decimal) -> Decimal {
    if d.scale() > 0 {
        return Decimal::new(4, d.scale() + 1).unwrap_or(Decimal::ZERO);
    }
    let mut m = d.mantissa().unsigned_abs();
    let mut zeros = 0u32;
    while m != 0 && m.is_multiple_of(10) {
        m /= 10;
        zeros += 1;
    }
    match zeros {
        0 => Decimal::new(4, 1).unwrap_or(Decimal::ZERO),
        z => Decimal::from_int(4).checked_mul_pow10(z - 1).unwrap_or(Decimal::ZERO),
    }
}

/// The interval a figure allows, `None` ends open.
pub fn interval(a: &ClaimAmount, approx_percent: u32) -> (Option<Decimal>, Option<Decimal>) {
    let f = a.figure;
    let sub = |x: Decimal, t: Decimal| x.checked_sub(t).unwrap_or(x);
    let add = |x: Decimal, t: Decimal| x.checked_add(t).unwrap_or(x);
    match f.bound {
        Bound::Exact => {
            let t = rounding(f.amount);
            (Some(sub(f.amount, t)), Some(add(f.amount, t)))
        }
        Bound::Approx => {
            let share = f
                .amount
                .abs()
                .checked_mul(Decimal::from_int(i128::from(approx_percent)))
                .and_then(|x| x.checked_div_pow10(2))
                .unwrap_or(Decimal::ZERO);
            let r = rounding(f.amount);
            let t = if share > r { share } else { r };
            (Some(sub(f.amount, t)), Some(add(f.amount, t)))
        }
        Bound::AtLeast | Bound::MoreThan => (Some(f.amount), None),
        Bound::AtMost | Bound::LessThan => (None, Some(f.amount)),
        Bound::Range => {
            // Both ends are written to one precision, which the finer end shows: `entre 200
            // et 220 millions` is precise to the ten million, not to ±40 million.
            let hi = f.high.unwrap_or(f.amount);
            let (rl, rh) = (rounding(f.amount), rounding(hi));
            let t = if rl < rh { rl } else { rh };
            (Some(sub(f.amount, t)), Some(add(hi, t)))
        }
    }
}

/// True when the two figures allow no common value.
pub fn disjoint(x: &ClaimAmount, y: &ClaimAmount, approx_percent: u32) -> bool {
    let (xl, xh) = interval(x, approx_percent);
    let (yl, yh) = interval(y, approx_percent);
    let below = |h: Option<Decimal>, l: Option<Decimal>| matches!((h, l), (Some(h), Some(l)) if h < l);
    below(xh, yl) || below(yh, xl)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::claims::{Modality, Relation};
    use crate::findings::Severity;
    use crate::findings::testing::ClaimBuilder as B;

    fn amount(b: B) -> ClaimAmount {
        b.build().amount.unwrap()
    }

    fn p(bound: Bound, v: &str) -> ClaimAmount {
        amount(B::party_claim("x", Relation::Share, &["A"]).percent_bound(bound, v))
    }

    fn usd(bound: Bound, v: &str) -> ClaimAmount {
        amount(B::party_claim("x", Relation::Share, &["A"]).usd_bound(bound, v))
    }

    #[test]
    fn normalized_equal_figures_agree() {
        // plus d'un billion / plus de 1 trillion / 1.400 milliards
        assert!(!disjoint(&usd(Bound::MoreThan, "1000000000000"), &usd(Bound::Exact, "1400000000000"), 10));
        assert!(!disjoint(&usd(Bound::MoreThan, "1000000000000"), &usd(Bound::Approx, "1400000000000"), 10));
        // près de 5 % vs 5 %
        assert!(!disjoint(&p(Bound::Approx, "5"), &p(Bound::Exact, "5"), 10));
        assert!(!disjoint(&p(Bound::Approx, "5"), &p(Bound::Exact, "5.3"), 10));
        // up to 38 vs exact 38
        assert!(!disjoint(&usd(Bound::AtMost, "38000000000"), &usd(Bound::Exact, "38000000000"), 10));
    }

    #[test]
    fn disjoint_figures_conflict() {
        assert!(disjoint(&usd(Bound::Exact, "4000000000"), &usd(Bound::Exact, "8000000000"), 10));
        assert!(disjoint(&p(Bound::Exact, "5"), &p(Bound::Exact, "6"), 10));
        assert!(disjoint(&usd(Bound::AtMost, "10000000000"), &usd(Bound::AtLeast, "38000000000"), 10));
        assert!(!disjoint(&usd(Bound::Exact, "38000000000"), &usd(Bound::Exact, "38200000000"), 10));
    }

    #[test]
    fn rounding_follows_the_last_digit() {
        assert_eq!(rounding("38000000000".parse().unwrap()).to_string(), "400000000");
        assert_eq!(rounding("2.4".parse().unwrap()).to_string(), "0.04");
        assert_eq!(rounding("5".parse().unwrap()).to_string(), "0.4");
    }

    #[test]
    fn a_range_is_as_precise_as_its_finer_end() {
        let mut range = usd(Bound::Exact, "0");
        range.figure = crate::mention::Figure::range("200000000".parse().unwrap(), "220000000".parse().unwrap());
        // `entre 200 et 220 millions` allows 196 to 224 million, not 160 to 260.
        assert_eq!(interval(&range, 10), (Some("196000000".parse().unwrap()), Some("224000000".parse().unwrap())));
        assert!(disjoint(&range, &usd(Bound::Exact, "180000000"), 10));
        assert!(!disjoint(&range, &usd(Bound::Exact, "210000000"), 10));
        // `between 2 and 2.5 billion`: the finer end's digit (0.04 billion).
        range.figure = crate::mention::Figure::range("2000000000".parse().unwrap(), "2500000000".parse().unwrap());
        assert!(!disjoint(&range, &usd(Bound::Exact, "1970000000"), 10));
        assert!(disjoint(&range, &usd(Bound::Exact, "1900000000"), 10));
    }

    #[test]
    fn counts_compare_whatever_the_noun() {
        let a = amount(B::party_claim("x", Relation::Workforce, &["A"]).count(Bound::Exact, "14000", "postes"));
        let b = amount(B::party_claim("x", Relation::Workforce, &["A"]).count(Bound::Approx, "14000", "employés"));
        let c = amount(B::party_claim("x", Relation::Workforce, &["A"]).count(Bound::Exact, "9000", "employés"));
        assert!(comparable(&a, &b) && !disjoint(&a, &b, 10));
        assert!(comparable(&a, &c) && disjoint(&a, &c, 10));
        assert!(!comparable(&a, &p(Bound::Exact, "14000")));
    }

    #[test]
    fn rule_flags_4_vs_8_billion() {
        let claims = vec![
            B::deal("a", Relation::Investment, "Amazon", "Anthropic").usd("8000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "Anthropic").usd("8000000000").build(),
            B::deal("c", Relation::Investment, "Amazon", "Anthropic").usd("4000000000").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].evidence.last().unwrap().source, "c");
    }

    #[test]
    fn readings_in_another_currency_are_named_not_compared() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "Sanofi", "Blueprint").usd("9100000000").build(),
            B::deal("b", Relation::Sale, "Sanofi", "Blueprint").money(Bound::Approx, "8000000000", "EUR").build(),
            B::deal("c", Relation::Purchase, "Sanofi", "Blueprint").usd("12000000000").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].evidence.iter().all(|e| e.source != "b"), "{f:#?}");
        assert!(
            f[0].message.ends_with("(not compared, in another currency: about 8 000 000 000 EUR (b))"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn rule_ignores_currencies_and_speculation_softens() {
        let claims = vec![
            B::deal("a", Relation::Investment, "A", "B").money(Bound::Exact, "2000000000", "EUR").build(),
            B::deal("b", Relation::Investment, "A", "B").usd("2300000000").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
        let claims = vec![
            B::deal("a", Relation::Investment, "A", "B").usd("8000000000").build(),
            B::deal("b", Relation::Investment, "A", "B").usd("4000000000").reported_by("Reuters").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        let claims = vec![
            B::deal("a", Relation::Investment, "A", "B").usd("8000000000").build(),
            B::deal("b", Relation::Investment, "A", "B")
                .usd("4000000000")
                .modality(Modality::Planned)
                .reported_by("the companies")
                .build(),
        ];
        assert_eq!(run_rule(&claims, check)[0].severity, Severity::Error);
    }
}
