//! claimdiff reads several news reports of the same story, extracts their monetary and
//! temporal claims, normalizes them, lines up the claims about the same event, and reports
//! where the sources contradict each other.
//!
//! The pipeline is the architecture; each stage is a module taking plain data and
//! returning plain data, and no stage reaches back:
//!
//! ```text
//! ingest ─► segment ─► grammar ─► normalize ─► claims ─► align ─► findings ─► report
//! ```
//!
//! Only [`ingest`] touches the filesystem; only [`report`] (and the CLI) writes bytes.
//! Story knowledge lives in `rules/*.toml` ([`rules`]), never in code.
//!
//! ```
//! use claimdiff::{ingest, rules::Rules};
//! let rules = Rules::builtin().unwrap();
//! let doc = ingest::from_bytes("a.md", "a", "Titre\n\nTexte.".as_bytes().to_vec(), &ingest::Options::default()).unwrap();
//! let extraction = claimdiff::extract(doc, &rules);
//! assert_eq!(extraction.sentences.len(), 2);
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod claim_ids;
pub mod claims;
pub mod claims_file;
#[doc(hidden)]
pub mod cli;
pub mod decimal;
pub mod error;
pub(crate) mod fasthash;
pub mod findings;
pub mod grammar;
pub mod ingest;
pub mod lang;
pub mod mention;
pub mod normalize;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

pub use error::{Error, Result};

use align::Event;
use claims::Claim;
use findings::Finding;
use ingest::Document;
use mention::Mention;
use rules::Rules;
use segment::Sentence;

/// Everything extracted from one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// The document as read.
    pub document: Document,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Its normalized mentions, in document order.
    pub mentions: Vec<Mention>,
    /// Its claims, in document order.
    pub claims: Vec<Claim>,
}

/// Runs segment → grammar → normalize → claims on one document.
pub fn extract(document: Document, rules: &Rules) -> Extraction {
    let sentences = segment::sentences(&document, &rules.abbreviations);
    let found = sentences
        .iter()
        .enumerate()
        .flat_map(|(i, s)| grammar::scan(s.text(&document), document.lang).into_iter().map(move |f| (i, f)))
        .collect();
    let mentions = normalize::normalize(&document, &sentences, found);
    let claims = claims::extract(&document, &sentences, &mentions, rules);
    Extraction { document, sentences, mentions, claims }
}

/// The result of `check`: every source, the events, and the findings.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Every source, in input order. In a compact report (see [`check_packed`]) their
    /// `claims` are empty: the claims are in the report's store ([`CheckReport::claim`]).
    pub extractions: Vec<Extraction>,
    /// The events across sources. Empty in a compact report, which builds its events when
    /// they are read ([`CheckReport::events_iter`], [`CheckReport::event`]).
    pub events: Vec<Event>,
    /// The findings, most severe first (after `--focus` filtering).
    pub findings: Vec<Finding>,
    /// The sources named by `--focus` (empty: all).
    pub focus: Vec<String>,
    /// The claims and clusters of a compact report.
    compact: Option<Box<Compact>>,
}

/// What a compact report keeps instead of claims and events.
#[derive(Debug, Clone)]
struct Compact {
    store: align::store::Store,
    clusters: align::clusters::Clusters,
    roots: align::parties::PartyRoots,
    /// The claims of each extraction, as a range of the store.
    ranges: Vec<std::ops::Range<usize>>,
    /// The first extraction of each source name.
    by_source: std::collections::HashMap<String, usize>,
}

/// Events built at a time when a compact report's events are read.
const EVENT_CHUNK: usize = 2048;

impl CheckReport {
    /// A report of extractions (claims in place), events and findings.
    pub fn new(extractions: Vec<Extraction>, events: Vec<Event>, findings: Vec<Finding>, focus: Vec<String>) -> Self {
        CheckReport { extractions, events, findings, focus, compact: None }
    }

    /// Every claim of every source, in source order (in place only: empty for a compact
    /// report; see [`CheckReport::claim_count`]).
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.extractions.iter().flat_map(|e| e.claims.iter())
    }

    /// How many claims the sources made.
    pub fn claim_count(&self) -> usize {
        match &self.compact {
            Some(c) => c.store.len(),
            None => self.claims().count(),
        }
    }

    /// The extraction of a source by name.
    pub fn source(&self, name: &str) -> Option<&Extraction> {
        match &self.compact {
            Some(c) => c.by_source.get(name).and_then(|&k| self.extractions.get(k)),
            None => self.extractions.iter().find(|e| e.document.source == name),
        }
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<std::borrow::Cow<'_, Claim>> {
        use std::borrow::Cow;
        let Some(c) = &self.compact else { return self.claims().find(|c| c.id == id).map(Cow::Borrowed) };
        // Ids are `source#n`: look in that source first.
        let mut at = id.char_indices().filter(|&(_, ch)| ch == '#').map(|(i, _)| i);
        let near = at.find_map(|i| c.by_source.get(&id[..i]).and_then(|&k| c.ranges.get(k)));
        let found = near
            .and_then(|r| r.clone().find(|&i| c.store.id(i) == id))
            .or_else(|| (0..c.store.len()).find(|&i| c.store.id(i) == id))?;
        c.store.claim(found).map(Cow::Owned)
    }

    /// How many events there are.
    pub fn event_count(&self) -> usize {
        self.compact.as_ref().map_or(self.events.len(), |c| c.clusters.len())
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<std::borrow::Cow<'_, Event>> {
        use std::borrow::Cow;
        match &self.compact {
            None => self.events.iter().find(|e| e.id == id).map(Cow::Borrowed),
            Some(c) => {
                let n = id.strip_prefix('E')?.parse::<usize>().ok()?.checked_sub(1)?;
                align::events_in(&c.store, &c.clusters, n..n + 1, &c.roots).pop().map(Cow::Owned)
            }
        }
    }

    /// Every event, in order; a compact report builds them a chunk at a time (in
    /// parallel), so they are never all in memory.
    pub fn events_iter(&self) -> Box<dyn Iterator<Item = std::borrow::Cow<'_, Event>> + '_> {
        use std::borrow::Cow;
        match &self.compact {
            None => Box::new(self.events.iter().map(Cow::Borrowed)),
            Some(c) => Box::new((0..c.clusters.len()).step_by(EVENT_CHUNK).flat_map(move |start| {
                use rayon::prelude::*;
                let end = (start + EVENT_CHUNK).min(c.clusters.len());
                let parts: Vec<Vec<Event>> = (start..end)
                    .step_by(64)
                    .collect::<Vec<_>>()
                    .into_par_iter()
                    .map(|s| align::events_in(&c.store, &c.clusters, s..(s + 64).min(end), &c.roots))
                    .collect();
                parts.into_iter().flatten().map(Cow::Owned)
            })),
        }
    }
}

/// Aligns the claims of all extractions into events and checks them. With `focus`, only
/// findings with evidence from one of those sources are kept.
pub fn check(mut extractions: Vec<Extraction>, rules: &Rules, focus: &[String]) -> CheckReport {
    // The claims are moved out of their extractions and back, never cloned: at archive
    // scale they are most of the memory.
    let mut repeated = claim_ids::RepeatedSources::default();
    extractions.iter_mut().for_each(|x| repeated.rename(x));
    let counts: Vec<usize> = extractions.iter().map(|e| e.claims.len()).collect();
    let claims: Vec<Claim> = extractions.iter_mut().flat_map(|e| std::mem::take(&mut e.claims)).collect();
    let events = align::group(&claims);
    let mut findings = findings::check(&events, &claims, rules);
    let mut back = claims.into_iter();
    for (e, n) in extractions.iter_mut().zip(counts) {
        e.claims = back.by_ref().take(n).collect();
    }
    if !focus.is_empty() {
        findings.retain(|f| f.evidence.iter().any(|e| focus.contains(&e.source)));
    }
    CheckReport::new(extractions, events, findings, focus.to_vec())
}

/// Claims packed as their documents are extracted, for [`check_packed`]: a compact row
/// per claim instead of a [`Claim`], so a check of a whole archive holds its claims in a
/// fraction of the memory.
#[derive(Debug, Clone, Default)]
pub struct Packed {
    store: align::store::Store,
    counts: Vec<usize>,
    repeated: claim_ids::RepeatedSources,
}

impl Packed {
    /// Moves the claims of `x` (the next extraction, in input order) into the pack.
    pub fn add(&mut self, x: &mut Extraction) {
        self.repeated.rename(x);
        let claims = std::mem::take(&mut x.claims);
        self.counts.push(claims.len());
        for c in claims {
            self.store.push(c);
        }
    }
}

/// [`check`] on claims [`Packed`] from `extractions` (the same extractions, in the same
/// order, their claims moved out): the same findings and events, but the report is
/// compact — its events are built when read.
pub fn check_packed(extractions: Vec<Extraction>, packed: Packed, rules: &Rules, focus: &[String]) -> CheckReport {
    let Packed { store, counts, .. } = packed;
    let roots = align::parties::PartyRoots::from_names(store.party_names());
    let clusters = align::block::clusters_in(&store, &roots);
    let mut findings = findings::check_store(&store, &clusters, &roots, rules);
    if !focus.is_empty() {
        findings.retain(|f| f.evidence.iter().any(|e| focus.contains(&e.source)));
    }
    let mut ranges = Vec::with_capacity(counts.len());
    let mut at = 0;
    for n in counts {
        ranges.push(at..at + n);
        at += n;
    }
    let mut by_source = std::collections::HashMap::with_capacity(extractions.len());
    for (k, x) in extractions.iter().enumerate() {
        by_source.entry(x.document.source.clone()).or_insert(k);
    }
    let compact = Compact { store, clusters, roots, ranges, by_source };
    CheckReport { extractions, events: Vec::new(), findings, focus: focus.to_vec(), compact: Some(Box::new(compact)) }
}

/// [`check_packed`] on extractions with their claims in place.
pub fn check_compact(mut extractions: Vec<Extraction>, rules: &Rules, focus: &[String]) -> CheckReport {
    let mut packed = Packed::default();
    for x in &mut extractions {
        packed.add(x);
    }
    check_packed(extractions, packed, rules, focus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_check_gives_the_events_and_findings_of_check() {
        let rules = Rules::builtin().unwrap();
        for dir in [
            "examples/openai-aws",
            "tests/fixtures/stories/steel",
            "tests/fixtures/stories/pharma",
            "tests/fixtures/stories/fibre",
        ] {
            let (inputs, errors) = ingest::expand(&[std::path::PathBuf::from(dir)]);
            assert!(errors.is_empty());
            let xs: Vec<Extraction> =
                inputs.iter().map(|i| extract(ingest::read(i, &ingest::Options::default()).unwrap(), &rules)).collect();
            let full = check(xs.clone(), &rules, &[]);
            let compact = check_compact(xs, &rules, &[]);
            assert!(compact.events.is_empty() && compact.extractions.iter().all(|x| x.claims.is_empty()));
            assert!(!full.findings.is_empty(), "{dir}");
            assert_eq!(compact.findings, full.findings, "{dir}");
            let events: Vec<Event> = compact.events_iter().map(std::borrow::Cow::into_owned).collect();
            assert_eq!(events, full.events, "{dir}");
            assert_eq!((compact.event_count(), compact.claim_count()), (full.event_count(), full.claim_count()));
            let last = full.events.last().unwrap();
            assert_eq!(compact.event(&last.id).as_deref(), Some(last));
            let claim = full.claims().last().unwrap();
            assert_eq!(compact.claim(&claim.id).as_deref(), Some(claim));
            assert!(compact.event("E0").is_none() && compact.claim("nope#1").is_none());
        }
    }
}
