//! Findings: contradictions between the claims of an event, and lints on one source.
//!
//! One rule per finding kind, each with a stable kebab-case id and an explanation for
//! `claimdiff explain`. What agrees once normalized is never reported as a conflict: a
//! false alarm costs an editor more than a miss.

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
pub const RULES: &[RuleInfo] = &[];

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
pub fn check(events: &[Event], claims: &[Claim], rules: &Rules) -> Vec<Finding> {
    let _ = (events, claims, rules);
    Vec::new()
}
