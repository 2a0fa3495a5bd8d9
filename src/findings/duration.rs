//! `duration-conflict`: different lengths for the same deal.

use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "duration-conflict",
    kind: FindingKind::Duration,
    summary: "sources give different durations for the same deal",
    explanation: "\
# duration-conflict

**What it checks.** Within one event, whether sources give different lengths for the deal
once normalized (`sept ans`, `sur les sept prochaines années`, `over seven years` and `P84M`
are all seven years).

**Why it matters.** The duration sets the yearly value of a contract: $38 billion over
seven years and over five years are different deals.

**Flagged:**

> OpenAI will buy up to $38 billion of computing capacity from AWS over five years.
> OpenAI va acheter pour 38 milliards de dollars de capacités de calcul sur sept ans.

**Not flagged:**

> … sur les sept prochaines années.
> … over seven years.

Severity: `error` when both sides are asserted or planned, `warning` when one side is only
reported or speculative.
",
};

/// Reports different durations inside each event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for view in &ctx.events {
        out.extend(ctx.pairwise(view, Axis::Duration, &RULE, "sources give different durations", |a, b, _| {
            (a.reading.key != b.reading.key).then_some(Clash::Full)
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::claims::Relation;
    use crate::findings::Severity;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn five_vs_seven_years() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P7Y").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P84M").build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P5Y").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message.contains("1 source: over P5Y (c)"), "{}", f[0].message);
    }

    #[test]
    fn each_minority_reading_is_reported_once() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "O", "A").usd("38000000000").duration("P7Y").build(),
            B::deal("b", Relation::Purchase, "O", "A").usd("38000000000").duration("P7Y").build(),
            B::deal("c", Relation::Purchase, "O", "A").usd("38000000000").duration("P5Y").build(),
            B::deal("d", Relation::Purchase, "O", "A").usd("38000000000").duration("P6Y").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert!(f.iter().all(|f| f.message.starts_with("sources give different durations: 2 sources: over P7Y")));
    }

    #[test]
    fn same_duration_written_differently_agrees() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P7Y").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P84M").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
    }
}
