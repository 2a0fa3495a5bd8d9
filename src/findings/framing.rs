//! `framing-conflict`: the same deal framed as different kinds of transaction.

use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "framing-conflict",
    kind: FindingKind::Framing,
    summary: "the same deal is framed as a purchase in one source and an investment in another",
    explanation: "\
# framing-conflict

**What it checks.** Within one event, whether sources frame the deal as different kinds of
transaction: a purchase (or sale, or spending commitment) vs an investment vs a loan. A
neutral \"agreement\" or \"partnership\" is compatible with every framing and is never
flagged; a purchase and a sale are one exchange seen from either side.

**Why it matters.** A purchase of services and an equity investment are different
stories: one is revenue for the seller, the other a stake in the buyer. Readers, analysts
and regulators draw different conclusions from each.

**Flagged:**

> Forgeval SA will buy Canadian miner Boreal Iron Corp. for €2.4 billion.
> Boreal Iron Corp. will invest €2.4 billion in Forgeval SA.

**Not flagged:**

> OpenAI will buy $38 billion of computing capacity from AWS.
> The two companies signed a $38 billion agreement.

Severity: `error` when both sides are asserted or planned, `warning` when one side is only
reported or speculative.
",
};

/// Reports incompatible framings inside each event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for view in &ctx.events {
        out.extend(ctx.pairwise(view, Axis::Framing, &RULE, "sources frame the deal differently", |a, b, _| {
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
    fn purchase_vs_investment_is_flagged() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "Forgeval", "Boreal").usd("2400000000").build(),
            B::deal("b", Relation::Investment, "Forgeval", "Boreal").usd("2400000000").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message.contains("framed as investment"));
    }

    #[test]
    fn neutral_agreement_and_sale_are_compatible() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "Forgeval", "Boreal").usd("2400000000").build(),
            B::deal("b", Relation::Agreement, "Forgeval", "Boreal").usd("2400000000").build(),
            B::deal("c", Relation::Sale, "Forgeval", "Boreal").usd("2400000000").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
    }
}
