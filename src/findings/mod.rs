//! Findings: contradictions between the claims of an event, and lints on one source.
//!
//! One rule per finding kind, each with a stable kebab-case id and an explanation for
//! `claimdiff explain`. What agrees once normalized is never reported as a conflict: a
//! false alarm costs an editor more than a miss.
//!
//! Rules live one per file (ruff-style) and share [`context`]: the events with their
//! claims, the party roots and the severity policy of `rules/severity.toml`. Rules that
//! compare readings only compare the distinct readings of one event (never claims across
//! the corpus); `figure-reuse` indexes claims by figure.

pub mod amount;
pub mod bound;
pub mod context;
pub mod date;
pub mod direction;
pub mod duration;
pub mod figure_reuse;
pub mod framing;
pub mod scale;
#[cfg(test)]
mod story_tests;
#[cfg(test)]
pub(crate) mod testing;

use crate::align::Event;
use crate::claims::Claim;
use crate::rules::Rules;
use crate::span::Span;
use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A lint: worth a look, not a contradiction.
    Info,
    /// One side is hedged or reported, or the conflict is partial.
    Warning,
    /// Two asserted or planned claims cannot both be true.
    Error,
}

impl Severity {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The finding kinds of the design's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Payer and payee reversed.
    Direction,
    /// Purchase vs investment for the same deal.
    Framing,
    /// Amount intervals that cannot both hold.
    Amount,
    /// Same figure, incompatible qualifiers.
    Bound,
    /// Dates or deadlines that cannot both hold.
    Date,
    /// Different durations for the same deal.
    Duration,
    /// An ambiguous scale word.
    Scale,
    /// The same figure attached to different measures.
    FigureReuse,
}

/// A finding rule: its id, kind and explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable kebab-case id (`direction-conflict`); never changes meaning.
    pub id: &'static str,
    /// The kind it reports.
    pub kind: FindingKind,
    /// One line: what it checks.
    pub summary: &'static str,
    /// Markdown: what it checks, why it matters to an editor, an example of each side.
    pub explanation: &'static str,
}

/// Every rule, in the order `claimdiff explain` lists them.
pub const RULES: &[RuleInfo] = &[
    direction::RULE,
    framing::RULE,
    amount::RULE,
    bound::RULE,
    date::RULE,
    duration::RULE,
    scale::RULE,
    figure_reuse::RULE,
];

/// The check function of each rule, in [`RULES`] order.
const CHECKS: &[fn(&context::Context<'_>) -> Vec<Finding>] = &[
    direction::check,
    framing::check,
    amount::check,
    bound::check,
    date::check,
    duration::check,
    scale::check,
    figure_reuse::check,
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// One source's side of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Source name.
    pub source: String,
    /// Claim id.
    pub claim: String,
    /// The sentence text.
    pub text: String,
    /// The sentence span.
    pub span: Span,
    /// The normalized reading of this side.
    pub reading: String,
}

/// A contradiction or lint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Rule id.
    pub rule: String,
    /// Kind.
    pub kind: FindingKind,
    /// Severity.
    pub severity: Severity,
    /// Event id, when the finding is about an event (lints on one source have none).
    pub event: Option<String>,
    /// What is wrong, in one sentence naming the readings and sources.
    pub message: String,
    /// Each side, majority reading first.
    pub evidence: Vec<Evidence>,
}

/// Checks every event (and every source, for lints) and returns the findings, errors first.
///
/// ```
/// let rules = claimdiff::rules::Rules::builtin().unwrap();
/// assert!(claimdiff::findings::check(&[], &[], &rules).is_empty());
/// ```
pub fn check(events: &[Event], claims: &[Claim], rules: &Rules) -> Vec<Finding> {
    let ctx = context::Context::new(events, claims, &rules.severity);
    use rayon::prelude::*;
    let mut out: Vec<Finding> = CHECKS.par_iter().flat_map_iter(|check| check(&ctx)).collect();
    let event_rank: std::collections::HashMap<&str, usize> =
        events.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    let rule_rank = |id: &str| RULES.iter().position(|r| r.id == id).unwrap_or(usize::MAX);
    out.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.severity),
            f.event.as_deref().and_then(|e| event_rank.get(e).copied()).unwrap_or(usize::MAX),
            rule_rank(&f.rule),
        )
    });
    out
}

/// Events per chunk when a store is checked a chunk at a time.
const CHUNK: usize = 512;

/// [`check`] over the claims of a [`Store`] and their clusters (from
/// [`crate::align::block::clusters_in`]), without ever unpacking every claim at once:
/// the rules that look inside one event run a chunk of events at a time; `ambiguous-scale`
/// sees only the claims with that note and `figure-reuse` only the percentage claims,
/// each in their event. The findings are those [`check`] gives on the unpacked claims.
pub fn check_store(
    store: &crate::align::store::Store,
    clusters: &crate::align::clusters::Clusters,
    roots: &crate::align::parties::PartyRoots,
    rules: &Rules,
) -> Vec<Finding> {
    use context::{Context, EventView};
    use rayon::prelude::*;
    use std::borrow::Cow;
    let policy = &rules.severity;
    let light = |n: usize| Event {
        id: format!("E{}", n + 1),
        label: String::new(),
        parties: Vec::new(),
        claims: Vec::new(),
        agreement: Vec::new(),
    };
    let per_event: [fn(&Context<'_>) -> Vec<Finding>; 6] =
        [direction::check, framing::check, amount::check, bound::check, date::check, duration::check];
    let chunks = clusters.len().div_ceil(CHUNK);
    let mut out: Vec<Finding> = (0..chunks)
        .into_par_iter()
        .flat_map_iter(|c| {
            let start = c * CHUNK;
            let chunk = (start..(start + CHUNK).min(clusters.len())).filter_map(|n| Some((n, clusters.get(n)?)));
            // Every per-event rule compares the readings of different sources: events of one
            // source, or whose claims all read the same on every axis, are left out.
            let differ = |m: &[u32], f: &dyn Fn(usize) -> Option<u64>| {
                m.first().is_some_and(|&first| m.iter().any(|&i| f(i as usize) != f(first as usize)))
            };
            let same_key = |m: &[u32]| {
                let first = m.first().and_then(|&f| store.readings_key(f as usize));
                m.iter().all(|&i| store.readings_key(i as usize) == first)
            };
            let (numbers, chunk): (Vec<usize>, Vec<&[u32]>) =
                chunk.filter(|(_, m)| differ(m, &|i| Some(u64::from(store.source_id(i)))) && !same_key(m)).unzip();
            let u = crate::align::unpack(store, &chunk);
            let events: Vec<Event> = numbers.into_iter().map(light).collect();
            let views = events.iter().zip(u.members).map(|(e, m)| EventView::new(e, m, &u.claims, roots)).collect();
            let quote = |i: usize| u.at.get(i).map(|&g| store.text(g).to_string()).unwrap_or_default();
            let ctx =
                Context { claims: &u.claims, events: views, roots: Cow::Borrowed(roots), policy, quote: Some(&quote) };
            per_event.iter().flat_map(|check| check(&ctx)).collect::<Vec<_>>()
        })
        .collect();
    // `ambiguous-scale` sees only the claims with its note.
    let at: Vec<usize> = (0..store.len()).filter(|&i| store.has_note(i, scale::RULE.id)).collect();
    let claims = store.claims_unquoted(&at);
    let quote = |i: usize| at.get(i).map(|&g| store.text(g).to_string()).unwrap_or_default();
    let ctx = Context { claims: &claims, events: Vec::new(), roots: Cow::Borrowed(roots), policy, quote: Some(&quote) };
    out.extend(scale::check(&ctx));
    // `figure-reuse` compares the claims of one figure across events: each figure is
    // checked on its own (in the order the figures first appear, as the rule reports
    // them), and a figure seen in one event only is skipped.
    // Event numbers as `u32`, as the clusters hold their members.
    let mut event_of = vec![u32::MAX; store.len()];
    for (n, members) in clusters.iter().enumerate() {
        for &i in members {
            if let Some(slot) = event_of.get_mut(i as usize).filter(|e| **e == u32::MAX) {
                *slot = u32::try_from(n).unwrap_or(u32::MAX);
            }
        }
    }
    let mut figures: Vec<Vec<usize>> = Vec::new();
    let mut figure_of: std::collections::HashMap<(crate::decimal::Decimal, &str), usize> =
        std::collections::HashMap::new();
    for i in 0..store.len() {
        let relation = store.relation(i);
        let Some(a) = store.amount(i).filter(|a| figure_reuse::is_candidate(relation, Some(a))) else { continue };
        let key = (a.figure.amount, a.unit.as_deref().unwrap_or(""));
        let slot = *figure_of.entry(key).or_insert_with(|| {
            figures.push(Vec::new());
            figures.len() - 1
        });
        figures[slot].push(i);
    }
    let reused: Vec<Finding> = figures
        .into_par_iter()
        .filter(|picked| picked.iter().any(|&i| event_of.get(i) != picked.first().and_then(|&f| event_of.get(f))))
        .flat_map_iter(|picked| {
            let claims = store.claims_unquoted(&picked);
            let mut numbers: Vec<u32> = picked.iter().filter_map(|&i| event_of.get(i).copied()).collect();
            numbers.sort_unstable();
            numbers.dedup();
            let events: Vec<Event> = numbers.iter().map(|&n| light(n as usize)).collect();
            let views = events
                .iter()
                .zip(&numbers)
                .map(|(e, &n)| EventView {
                    event: e,
                    members: (0..picked.len()).filter(|&k| event_of.get(picked[k]) == Some(&n)).collect(),
                    tallies: Vec::new(),
                })
                .collect();
            let quote = |k: usize| picked.get(k).map(|&g| store.text(g).to_string()).unwrap_or_default();
            let ctx =
                Context { claims: &claims, events: views, roots: Cow::Borrowed(roots), policy, quote: Some(&quote) };
            figure_reuse::check(&ctx)
        })
        .collect();
    out.extend(reused);
    let rule_rank = |id: &str| RULES.iter().position(|r| r.id == id).unwrap_or(usize::MAX);
    let event_rank = |id: Option<&str>| {
        id.and_then(|e| e.strip_prefix('E')).and_then(|n| n.parse::<usize>().ok()).unwrap_or(usize::MAX)
    };
    out.sort_by_key(|f| (std::cmp::Reverse(f.severity), event_rank(f.event.as_deref()), rule_rank(&f.rule)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Aligns `claims` and runs one rule with the built-in policy.
    pub(crate) fn run_rule(claims: &[Claim], rule: fn(&context::Context<'_>) -> Vec<Finding>) -> Vec<Finding> {
        let rules = Rules::builtin().unwrap();
        let events = crate::align::group(claims);
        let ctx = context::Context::new(&events, claims, &rules.severity);
        rule(&ctx)
    }

    #[test]
    fn every_rule_is_kebab_case_explained_and_checked() {
        assert_eq!(RULES.len(), CHECKS.len());
        let mut kinds: Vec<FindingKind> = RULES.iter().map(|r| r.kind).collect();
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), RULES.len(), "one rule per kind");
        for r in RULES {
            assert!(r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", r.id);
            assert!(r.explanation.contains("**Flagged:**") && r.explanation.contains("**Not flagged:**"), "{}", r.id);
            assert!(r.explanation.contains("**Why it matters.**"), "{}", r.id);
            assert_eq!(rule(r.id), Some(r));
        }
    }

    /// Runs every rule on `claims` and returns the errors and warnings.
    fn loud(claims: &[Claim]) -> Vec<Finding> {
        let rules = Rules::builtin().unwrap();
        let mut f = check(&crate::align::group(claims), claims, &rules);
        f.retain(|f| f.severity > Severity::Info);
        f
    }

    #[test]
    fn never_an_error_for_what_agrees_once_normalized() {
        use crate::claims::{Modality, Relation};
        use crate::mention::Bound;
        use testing::ClaimBuilder as B;
        // 1.400 milliards, plus d'un billion, plus de 1 trillion: all ≥ 10^12.
        let commitments = vec![
            B::party_claim("a", Relation::Commitment, &["OpenAI"]).usd_bound(Bound::MoreThan, "1000000000000").build(),
            B::party_claim("b", Relation::Commitment, &["OpenAI"]).usd_bound(Bound::Approx, "1400000000000").build(),
            B::party_claim("c", Relation::Commitment, &["OpenAI"])
                .usd_bound(Bound::MoreThan, "1000000000000")
                .note("ambiguous-scale", "trillion")
                .build(),
        ];
        assert!(loud(&commitments).is_empty(), "{:#?}", loud(&commitments));
        // A relative and an absolute deadline resolved to the same day.
        let deadlines = vec![
            B::milestone("a", "deployment", &["A", "B"]).when_by("2026-12-31").build(),
            B::milestone("b", "deployment", &["A", "B"]).when_by("2026-12-31").build(),
        ];
        assert!(loud(&deadlines).is_empty());
        // One measure at two dates.
        let series = vec![
            B::party_claim("a", Relation::Share, &["AWS"]).percent("29").when("2025-09-01", "2025-09-30").build(),
            B::party_claim("b", Relation::Share, &["AWS"]).percent("34").when("2022-01-01", "2022-12-31").build(),
        ];
        assert!(loud(&series).is_empty());
        // Approximate vs exact within tolerance.
        let moves = vec![
            B::party_claim("a", Relation::Other, &["Amazon"]).percent_bound(Bound::Approx, "5").build(),
            B::party_claim("b", Relation::Other, &["Amazon"]).percent("5").build(),
            B::party_claim("c", Relation::Other, &["Amazon"]).percent_bound(Bound::Approx, "5").build(),
        ];
        assert!(loud(&moves).is_empty());
        // Two different events between the same parties.
        let two = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "OpenAI")
                .usd_bound(Bound::AtMost, "10000000000")
                .modality(Modality::Speculative)
                .build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
        ];
        assert!(loud(&two).is_empty(), "{:#?}", loud(&two));
        // One figure in two currencies.
        let currencies = vec![
            B::party_claim("a", Relation::Valuation, &["OpenAI"]).money(Bound::Exact, "430000000000", "EUR").build(),
            B::party_claim("b", Relation::Valuation, &["OpenAI"]).usd("500000000000").build(),
        ];
        assert!(loud(&currencies).is_empty());
    }

    #[test]
    fn repeated_claim_ids_do_not_mix_events() {
        use crate::claims::Relation;
        use testing::ClaimBuilder as B;
        // Two claims of one sentence share an id; they belong to different events.
        let claims = vec![
            B::deal("a#1", Relation::Purchase, "A", "B").usd("38000000000").duration("P7Y").build(),
            B::party_claim("a#1", Relation::Revenue, &["A"]).usd("5000000").duration("P5Y").build(),
            B::deal("b#1", Relation::Purchase, "A", "B").usd("38000000000").duration("P7Y").build(),
        ];
        assert!(loud(&claims).is_empty(), "{:#?}", loud(&claims));
    }

    #[test]
    fn errors_come_first() {
        use crate::claims::Relation;
        use crate::mention::Bound;
        use testing::ClaimBuilder as B;
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd_bound(Bound::AtMost, "38000000000").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon")
                .usd_bound(Bound::AtLeast, "38000000000")
                .duration("P5Y")
                .note("ambiguous-scale", "")
                .build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").duration("P7Y").build(),
        ];
        let rules = Rules::builtin().unwrap();
        let f = check(&crate::align::group(&claims), &claims, &rules);
        let got: Vec<(&str, Severity)> = f.iter().map(|f| (f.rule.as_str(), f.severity)).collect();
        assert_eq!(
            got,
            [
                ("duration-conflict", Severity::Error),
                ("bound-conflict", Severity::Warning),
                ("ambiguous-scale", Severity::Info)
            ]
        );
    }
}
