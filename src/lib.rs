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
pub mod claims;
pub mod claims_file;
#[doc(hidden)]
pub mod cli;
pub mod decimal;
pub mod error;
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
    /// Every source, in input order.
    pub extractions: Vec<Extraction>,
    /// The events across sources.
    pub events: Vec<Event>,
    /// The findings, most severe first (after `--focus` filtering).
    pub findings: Vec<Finding>,
    /// The sources named by `--focus` (empty: all).
    pub focus: Vec<String>,
}

impl CheckReport {
    /// Every claim of every source, in source order.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.extractions.iter().flat_map(|e| e.claims.iter())
    }

    /// The extraction of a source by name.
    pub fn source(&self, name: &str) -> Option<&Extraction> {
        self.extractions.iter().find(|e| e.document.source == name)
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims().find(|c| c.id == id)
    }
}

/// Aligns the claims of all extractions into events and checks them. With `focus`, only
/// findings with evidence from one of those sources are kept.
pub fn check(mut extractions: Vec<Extraction>, rules: &Rules, focus: &[String]) -> CheckReport {
    // The claims are moved out of their extractions and back, never cloned: at archive
    // scale they are most of the memory.
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
    CheckReport { extractions, events, findings, focus: focus.to_vec() }
}
