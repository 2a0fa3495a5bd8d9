//! `figure-reuse`: one exact figure attached to different measures in different sources.
//!
//! Claims are indexed by their exact figure (percentages only: money figures recur across
//! unrelated deals too often to be evidence), so only claims sharing a figure are compared.
//! A figure is reused when the events it appears in measure different things of a common
//! party — different party sets, or a different relation at a different period — and the
//! sources differ. The same measure at two dates is a time series and is left alone; so
//! are approximate figures and figures whose relation the text does not make clear.

use super::context::{Context, backing, capped};
use super::{Finding, FindingKind, RuleInfo, Severity};
use crate::align::axis::{Reading, Tally};
use crate::claims::{Claim, Relation, describe_when};
use crate::decimal::Decimal;
use crate::mention::Bound;
use std::collections::HashMap;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "figure-reuse",
    kind: FindingKind::FigureReuse,
    summary: "the same figure is attached to different measures in different sources",
    explanation: "\
# figure-reuse

**What it checks.** Whether one exact percentage appears in different sources attached to
different measures of a common party: a growth rate of revenue in one, of a contract in
another; a quarterly figure in one, a yearly one in another. The same measure at two dates
is a time series and is not flagged, nor are approximate figures.

**Why it matters.** A figure copied from one context into another is a classic rewriting
error: it reads plausibly, and nobody notices that it measured something else.

**Flagged:**

> Les revenus d'AWS ont progressé de 20 % au dernier trimestre.
> Selon les termes de ce partenariat, le volume du contrat doit croître de 20 pour cent par an.

**Not flagged:**

> AWS détenait 29 % du marché en septembre.
> AWS détenait 34 % du marché en 2022. (a time series)

Severity: `warning` (`rules/severity.toml` `[rules] figure-reuse`).
",
};

/// An event index and its claims stating one figure.
type EventClaims = (usize, Vec<usize>);

/// The relations a figure can be a measure of.
fn is_measure(r: Relation) -> bool {
    !matches!(r, Relation::Other | Relation::Milestone)
}

/// True for the claims this rule looks at: an exact percentage (or points) stated as a
/// measure.
pub fn is_candidate(relation: Relation, amount: Option<&crate::claims::ClaimAmount>) -> bool {
    amount.is_some_and(|a| {
        matches!(a.unit.as_deref(), Some("%" | "pp")) && a.figure.bound == Bound::Exact && is_measure(relation)
    })
}

/// Reports exact percentages reused across measures.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let severity = ctx.policy.rule(RULE.id, Severity::Warning);
    let mut event_of: HashMap<usize, usize> = HashMap::new();
    for (e, v) in ctx.events.iter().enumerate() {
        for &i in &v.members {
            event_of.entry(i).or_insert(e);
        }
    }
    // figure → event → claims
    let mut by_figure: HashMap<(Decimal, &str), Vec<EventClaims>> = HashMap::new();
    let mut order: Vec<(Decimal, &str)> = Vec::new();
    let mut position: HashMap<((Decimal, &str), usize), usize> = HashMap::new();
    for (i, c) in ctx.claims.iter().enumerate() {
        let Some(a) = c.amount.as_ref().filter(|a| is_candidate(c.relation, Some(a))) else { continue };
        let Some(unit) = a.unit.as_deref() else { continue };
        let Some(&e) = event_of.get(&i) else { continue };
        let key = (a.figure.amount, unit);
        let slot = by_figure.entry(key).or_insert_with(|| {
            order.push(key);
            Vec::new()
        });
        let at = *position.entry((key, e)).or_insert_with(|| {
            slot.push((e, Vec::new()));
            slot.len() - 1
        });
        slot[at].1.push(i);
    }
    let mut out = Vec::new();
    for key in order {
        let Some(groups) = by_figure.get(&key) else { continue };
        if groups.len() < 2 {
            continue;
        }
        let tallies: Vec<(usize, Tally)> = groups.iter().map(|(e, claims)| (*e, tally(ctx, claims))).collect();
        let Some(major) =
            tallies.iter().enumerate().max_by_key(|(k, (_, t))| (t.sources.len(), usize::MAX - k)).map(|(k, _)| k)
        else {
            continue;
        };
        let (_, a) = &tallies[major];
        for (k, (e, b)) in tallies.iter().enumerate() {
            if k == major || !different_measures(ctx, &a.claims, &b.claims) {
                continue;
            }
            if a.sources.len() == 1 && a.sources == b.sources {
                continue;
            }
            let mut evidence = ctx.evidence(capped(&a.claims));
            evidence.extend(ctx.evidence(capped(&b.claims)));
            let figure = ctx.claims[a.claims[0]].amount.as_ref().map(|x| x.describe()).unwrap_or_default();
            out.push(Finding {
                rule: RULE.id.to_string(),
                kind: RULE.kind,
                severity,
                event: Some(ctx.events[*e].event.id.clone()),
                message: format!("the same figure {figure} measures different things: {}; {}", backing(a), backing(b)),
                evidence,
            });
        }
    }
    out
}

/// The claims of one event stating the figure, with the measure they attach it to.
fn tally(ctx: &Context<'_>, claims: &[usize]) -> Tally {
    let mut sources: Vec<String> = claims.iter().map(|&i| ctx.claims[i].source.clone()).collect();
    sources.sort();
    sources.dedup();
    let label = measure(ctx, &ctx.claims[claims[0]]);
    Tally { reading: Reading { key: label.clone(), label }, claims: claims.to_vec(), sources }
}

/// `Amazon growth (revenus) 2025-07-01..2025-09-30`.
fn measure(ctx: &Context<'_>, c: &Claim) -> String {
    let mut s = format!("{} {}", ctx.roots.of_claim(c).join(" ↔ "), c.relation.as_str());
    if let Some(o) = &c.object {
        s.push_str(&format!(" of {o}"));
    }
    if let Some(w) = c.when.as_ref().filter(|w| !w.unresolved) {
        s.push_str(&format!(" in {}", describe_when(w)));
    }
    s.trim().to_string()
}

/// Different measures of a common party: different party sets, or a different relation
/// and a different period.
fn different_measures(ctx: &Context<'_>, a: &[usize], b: &[usize]) -> bool {
    let (x, y) = (&ctx.claims[a[0]], &ctx.claims[b[0]]);
    let (px, py) = (ctx.roots.of_claim(x), ctx.roots.of_claim(y));
    if !px.iter().any(|p| py.contains(p)) {
        return false;
    }
    // Two stakes bought are one deal's stake told with other parties (a reversed buyer):
    // the parties' conflict, not a figure measuring something else.
    let stake = |c: &Claim| c.object.as_deref() == Some(crate::claims::STAKE_ACQUIRED);
    if stake(x) && stake(y) {
        return false;
    }
    if px != py {
        return true;
    }
    let period = |c: &Claim| c.when.as_ref().filter(|w| !w.unresolved).map(|w| (w.earliest, w.latest));
    x.relation != y.relation && period(x) != period(y)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn revenue_growth_reused_as_contract_growth() {
        let claims = vec![
            B::party_claim("a", Relation::Growth, &["Amazon"]).percent("20").when("2025-07-01", "2025-09-30").build(),
            B::party_claim("b", Relation::Growth, &["Amazon"]).percent("20").when("2025-07-01", "2025-09-30").build(),
            B::party_claim("c", Relation::Growth, &["Amazon", "OpenAI"]).percent("20").object("contrat").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].evidence.iter().map(|e| e.source.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    }

    #[test]
    fn time_series_and_approximations_are_not_reuse() {
        let claims = vec![
            B::party_claim("a", Relation::Share, &["Amazon"]).percent("29").when("2025-09-01", "2025-09-30").build(),
            B::party_claim("b", Relation::Share, &["Amazon"]).percent("29").when("2022-01-01", "2022-12-31").build(),
            B::party_claim("c", Relation::Growth, &["Amazon", "OpenAI"]).percent_bound(Bound::Approx, "29").build(),
            B::party_claim("d", Relation::Other, &["Amazon", "OpenAI"]).percent("29").build(),
            B::party_claim("e", Relation::Share, &["Microsoft"]).percent("29").build(),
        ];
        assert!(run_rule(&claims, check).is_empty(), "{:#?}", run_rule(&claims, check));
    }
}
