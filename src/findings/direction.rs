//! `direction-conflict`: payer and payee reversed between sources.

use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "direction-conflict",
    kind: FindingKind::Direction,
    summary: "payer and payee are reversed between sources",
    explanation: "\
# direction-conflict

**What it checks.** Within one event (the same deal, lined up by its parties and figure),
whether one source says A pays B while another says B pays A.

**Why it matters.** Who pays whom is the core of a deal story. A reversed direction turns a
customer into an investor: readers come away believing the opposite of what happened, and
markets read it that way too.

**Flagged:**

> OpenAI va acheter pour 38 milliards de dollars de capacités de calcul à Amazon Web Services.
> Amazon prévoit d'investir au minimum 38 milliards de dollars dans OpenAI.

OpenAI pays Amazon in one, Amazon pays OpenAI in the other.

**Not flagged:**

> OpenAI will buy $38 billion of computing capacity from AWS.
> AWS will sell OpenAI $38 billion of computing capacity.

A purchase and a sale seen from either side: OpenAI pays in both.

Severity: `error` when both sides are asserted or planned, `warning` when one side is only
reported or speculative (see `rules/severity.toml`).
",
};

/// Reports reversed payer and payee inside each event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for view in &ctx.events {
        out.extend(ctx.pairwise(view, Axis::Direction, &RULE, "sources disagree on who pays whom", |a, b, _| {
            reversed(&a.reading.key, &b.reading.key).then_some(Clash::Full)
        }));
    }
    out
}

/// `A→B` vs `B→A` (keys are `payer \u{1f} payee`).
fn reversed(a: &str, b: &str) -> bool {
    match (a.split_once('\u{1f}'), b.split_once('\u{1f}')) {
        (Some((p1, q1)), Some((p2, q2))) => p1 == q2 && q1 == p2,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::claims::{Modality, Relation};
    use crate::findings::Severity;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn reversed_payer_is_an_error() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("c", Relation::Investment, "Amazon", "OpenAI")
                .usd("38000000000")
                .modality(Modality::Planned)
                .build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].evidence.iter().map(|e| e.source.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(f[0].message.contains("2 sources: OpenAI pays Amazon (a, b)"), "{}", f[0].message);
        assert!(f[0].message.contains("1 source: Amazon pays OpenAI (c)"), "{}", f[0].message);
    }

    #[test]
    fn purchase_and_sale_from_either_side_agree() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Sale, "OpenAI", "Amazon").usd("38000000000").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
    }

    #[test]
    fn speculative_side_is_a_warning() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Purchase, "Amazon", "OpenAI")
                .usd("38000000000")
                .modality(Modality::Speculative)
                .build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
    }
}
