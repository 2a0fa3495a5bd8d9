//! `bound-conflict`: the same figure with incompatible qualifiers.

use super::amount::same_value;
use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;
use crate::claims::ClaimAmount;
use crate::mention::Bound;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "bound-conflict",
    kind: FindingKind::Bound,
    summary: "the same figure is a ceiling in one source and a floor in another",
    explanation: "\
# bound-conflict

**What it checks.** Within one event, whether sources give the same figure with
qualifiers that point in opposite directions: `up to 100` (a ceiling) vs `at least 100`
(a floor). With closed bounds both can hold only at exactly 100, so the conflict is
partial; with a strict bound (`less than 100` vs `more than 100`) they cannot both hold.
An exact figure is compatible with either qualifier.

**Why it matters.** The qualifier is the word most often dropped or flipped when a story
is rewritten, and it changes the meaning entirely: \"up to\" is a maximum under
negotiation, \"at least\" a floor already secured.

**Flagged:**

> Forgeval vise jusqu'à 500 millions d'euros de synergies par an.
> Forgeval expects at least €500 million of synergies a year.

**Not flagged:**

> OpenAI will buy $38 billion of computing capacity.
> OpenAI will buy up to $38 billion of computing capacity.

Severity: a partial conflict is a `warning` (`partial` in `rules/severity.toml`); a full
one follows the modalities of both sides.
",
};

/// Reports opposite qualifiers on the same figure inside each event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for view in &ctx.events {
        out.extend(ctx.pairwise(
            view,
            Axis::Amount,
            &RULE,
            "sources put opposite qualifiers on the same figure",
            |a, b, ctx| {
                let (x, y) = ctx.amounts(a, b)?;
                clash(x, y)
            },
        ));
    }
    out
}

/// How two figures with the same value and opposite bounds clash.
pub fn clash(x: &ClaimAmount, y: &ClaimAmount) -> Option<Clash> {
    if x.currency != y.currency || x.unit != y.unit || !same_value(x, y) {
        return None;
    }
    let side = |b: Bound| match b {
        Bound::AtLeast => Some((true, false)),
        Bound::MoreThan => Some((true, true)),
        Bound::AtMost => Some((false, false)),
        Bound::LessThan => Some((false, true)),
        _ => None,
    };
    let ((x_floor, x_strict), (y_floor, y_strict)) = (side(x.figure.bound)?, side(y.figure.bound)?);
    if x_floor == y_floor {
        return None;
    }
    Some(if x_strict || y_strict { Clash::Full } else { Clash::Partial })
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::claims::Relation;
    use crate::findings::Severity;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn up_to_vs_at_least_is_a_partial_warning() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd_bound(Bound::AtLeast, "38000000000").build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Amazon").usd_bound(Bound::AtMost, "38000000000").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Warning);
        let sources: Vec<&str> = f[0].evidence.iter().map(|e| e.source.as_str()).collect();
        assert_eq!(sources, ["b", "c"]);
    }

    #[test]
    fn strict_opposite_bounds_are_an_error() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "A", "B").usd_bound(Bound::LessThan, "100").build(),
            B::deal("b", Relation::Purchase, "A", "B").usd_bound(Bound::MoreThan, "100").build(),
        ];
        assert_eq!(run_rule(&claims, check)[0].severity, Severity::Error);
    }

    #[test]
    fn same_direction_or_exact_is_fine() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "A", "B").usd_bound(Bound::AtLeast, "100").build(),
            B::deal("b", Relation::Purchase, "A", "B").usd_bound(Bound::MoreThan, "100").build(),
            B::deal("c", Relation::Purchase, "A", "B").usd("100").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
    }
}
