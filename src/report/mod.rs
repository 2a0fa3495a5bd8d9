//! Reports: the same data rendered for editors (human, Markdown), for CI (concise, GitHub
//! annotations, SARIF) and for other programs (JSON, JSON Lines).
//!
//! Renderers write bytes to any `Write` and never decide on color themselves: the CLI
//! picks a [`Theme`] once and passes it down. Article text is untrusted and is sanitized
//! before it reaches a terminal or a workflow command.

pub mod json;
pub mod text;
pub mod theme;

pub use theme::Theme;

use crate::{CheckReport, Extraction};
use std::io::{self, Write};

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Excerpts from each source, the differing words marked, agreement and totals.
    Human,
    /// `path:line:col: severity[rule] message`, one line per finding.
    Concise,
    /// `claimdiff.check/1`.
    Json,
    /// A report to paste into a ticket.
    Markdown,
    /// GitHub workflow-command annotations (+ step summary).
    Github,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// One readable line per mention and per claim.
    Human,
    /// `claimdiff.extract/1`, one document holding every article.
    Json,
    /// One JSON object per document, written as each is ready.
    Jsonl,
}

/// Renders a check report.
pub fn render_check(report: &CheckReport, format: CheckFormat, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    match format {
        CheckFormat::Json => json::write_check(report, out),
        CheckFormat::Human => text::write_human(report, theme, out),
        CheckFormat::Concise => text::write_concise(report, out),
        CheckFormat::Markdown => text::write_markdown(report, out),
        CheckFormat::Github => text::write_github(report, out),
        CheckFormat::Sarif => json::write_sarif(report, out),
    }
}

/// Renders the extractions of `extract` (for `jsonl`, see [`json::write_document_line`]).
pub fn render_extract(
    extractions: &[Extraction],
    format: ExtractFormat,
    theme: &Theme,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ExtractFormat::Json => json::write_extract(extractions, out),
        ExtractFormat::Jsonl => extractions.iter().try_for_each(|e| json::write_document_line(e, out)),
        ExtractFormat::Human => text::write_extract_human(extractions, theme, out),
    }
}
