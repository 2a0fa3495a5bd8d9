//! `ambiguous-scale`: a scale word whose meaning depends on the language (a lint on one
//! source).

use super::context::Context;
use super::{Finding, FindingKind, RuleInfo, Severity};
use std::collections::HashSet;

/// The rule.
pub const RULE: RuleInfo = RuleInfo {
    id: "ambiguous-scale",
    kind: FindingKind::Scale,
    summary: "a scale word that means different amounts in different languages",
    explanation: "\
# ambiguous-scale

**What it checks.** Figures written with a scale word whose value depends on the language:
`trillion` in French text (English short scale, 10^12, or a calque of the French long-scale
`trillion`, 10^18?), `billion` in French (10^12) next to English `billion` (10^9). The
grammar picks the most likely reading and notes the ambiguity; this lint surfaces it.

**Why it matters.** A factor of a thousand (or a million) is the most embarrassing kind of
error, and translation is where it slips in. The editor should make sure the reader cannot
misread the figure.

**Flagged:**

> OpenAI a pris plus de 1 trillion de dollars d'engagements.

**Not flagged:**

> OpenAI a pris plus d'un billion de dollars d'engagements. (`billion` is 10^12 in French)
> OpenAI has committed more than $1 trillion.

Severity: `info` (a lint; `rules/severity.toml` `[rules] ambiguous-scale`).
",
};

/// One lint per figure carrying an `ambiguous-scale` note.
pub fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let severity = ctx.policy.rule(RULE.id, Severity::Info);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, c) in ctx.claims.iter().enumerate() {
        let Some(note) = c.notes.iter().find(|n| n.code == RULE.id) else { continue };
        let at = c.amount_span.map_or(c.sentence.span.start, |s| s.start);
        if !seen.insert((c.source.as_str(), at)) {
            continue;
        }
        let figure = c.amount.as_ref().map(|a| a.describe()).unwrap_or_default();
        let detail = if note.detail.is_empty() { String::new() } else { format!(" ({})", note.detail) };
        out.push(Finding {
            rule: RULE.id.to_string(),
            kind: RULE.kind,
            severity,
            event: None,
            message: format!("ambiguous scale word in {}: read as {figure}{detail}", c.source),
            evidence: ctx.evidence(&[i]),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_rule;
    use super::*;
    use crate::claims::Relation;
    use crate::findings::testing::ClaimBuilder as B;
    use crate::mention::Bound;

    #[test]
    fn flags_each_noted_figure_once() {
        let claims = vec![
            B::party_claim("a", Relation::Commitment, &["OpenAI"])
                .usd_bound(Bound::MoreThan, "1000000000000")
                .note("ambiguous-scale", "trillion: 10^12 or 10^18")
                .build(),
            B::party_claim("b", Relation::Commitment, &["OpenAI"]).usd_bound(Bound::MoreThan, "1000000000000").build(),
        ];
        let f = run_rule(&claims, check);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(f[0].event, None);
        assert_eq!(f[0].evidence[0].source, "a");
    }

    #[test]
    fn other_notes_are_not_flagged() {
        let claims =
            vec![B::party_claim("a", Relation::Revenue, &["A"]).usd("300").note("currency-inferred", "USD").build()];
        assert!(run_rule(&claims, check).is_empty());
    }
}
