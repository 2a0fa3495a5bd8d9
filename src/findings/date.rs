//! `date-conflict`: the same milestone placed in disjoint date intervals.

use super::context::{Clash, Context};
use super::{Finding, FindingKind, RuleInfo};
use crate::align::axis::Axis;
use crate::mention::DateValue;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "date-conflict",
    kind: FindingKind::Date,
    summary: "the same milestone is dated in intervals that cannot both hold",
    explanation: "\
# date-conflict

**What it checks.** Within one milestone event (the same milestone — deployment, closing,
launch — of the same parties), whether two sources date it in intervals that do not
overlap once resolved: `avant la fin 2026` is any day up to 2026-12-31, `in the second half
of 2027` is 2027-07-01 to 2027-12-31. Relative expressions are resolved against each
article's own publication date, so `d'ici la fin de l'année prochaine` written in 2025 and
`by the end of 2026` agree. A date that could not be resolved (no publication date) is
never compared.

**Why it matters.** Deadlines are what readers and investors hold companies to; a year's
difference in a closing or deployment date changes the story.

**Flagged:**

> La finalisation de l'opération est prévue au premier semestre 2026.
> La finalisation de l'opération est prévue en 2027.

**Not flagged:**

> Le déploiement complet est prévu d'ici la fin de l'année prochaine. (written 2025-11-04)
> All of that capacity should be in place by the end of 2026.

Severity: `error` when both sides are asserted or planned, `warning` when one side is only
reported or speculative.
",
};

/// Reports disjoint dates inside each milestone event.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for view in ctx.events.iter().filter(|v| v.is_milestone(ctx.claims)) {
        out.extend(ctx.pairwise(
            view,
            Axis::When,
            &RULE,
            "sources date the same milestone differently",
            |a, b, ctx| {
                let x = ctx.claims[*a.claims.first()?].when.as_ref()?;
                let y = ctx.claims[*b.claims.first()?].when.as_ref()?;
                disjoint(x, y).then_some(Clash::Full)
            },
        ));
    }
    out
}

/// True when two resolved intervals share no day.
pub fn disjoint(x: &DateValue, y: &DateValue) -> bool {
    if x.unresolved || y.unresolved {
        return false;
    }
    let before = |latest: Option<jiff::civil::Date>, earliest: Option<jiff::civil::Date>| matches!((latest, earliest), (Some(l), Some(e)) if l < e);
    before(x.latest, y.earliest) || before(y.latest, x.earliest)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::findings::Severity;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn second_half_2027_vs_end_2026_conflicts() {
        let claims = vec![
            B::milestone("a", "deployment", &["Amazon", "OpenAI"]).when_by("2026-12-31").build(),
            B::milestone("b", "deployment", &["Amazon", "OpenAI"]).when_by("2026-12-31").build(),
            B::milestone("c", "deployment", &["Amazon", "OpenAI"]).when("2027-07-01", "2027-12-31").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message.contains("2 sources: by 2026-12-31 (a, b)"), "{}", f[0].message);
    }

    #[test]
    fn same_day_unresolved_and_other_milestones_are_fine() {
        let claims = vec![
            B::milestone("a", "deployment", &["Amazon", "OpenAI"]).when_by("2026-12-31").build(),
            B::milestone("b", "deployment", &["Amazon", "OpenAI"]).when("2026-01-01", "2026-12-31").build(),
            B::milestone("c", "deployment", &["Amazon", "OpenAI"]).when_unresolved().build(),
            B::milestone("d", "expansion", &["Amazon", "OpenAI"]).when("2027-01-01", "2027-12-31").build(),
        ];
        assert!(run_rule(&claims, check).is_empty());
    }
}
