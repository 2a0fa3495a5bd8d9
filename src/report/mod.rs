//! Reports: the same data rendered for editors (human, Markdown), for CI (concise, GitHub
//! annotations, SARIF) and for other programs (JSON, JSON Lines).
//!
//! Renderers write bytes to any `Write` and never decide on color themselves: the CLI
//! picks a [`Theme`] once and passes it down. Article text is untrusted and goes through
//! [`sanitize`] before it reaches a terminal, a workflow command or a Markdown ticket.
//! Renderers never read the environment; what they need from it (the step-summary file,
//! the repository root for SARIF URIs) the CLI passes in.

pub mod concise;
pub mod diff;
pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod progress;
pub mod sanitize;
pub mod sarif;
pub mod text;
pub mod theme;

pub use theme::Theme;

use crate::findings::{Evidence, Finding};
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

/// Renders a check report. GitHub and SARIF paths are made relative to the current
/// directory (the repository root in CI); [`github::write`] and [`sarif::write`] take
/// another root.
pub fn render_check(report: &CheckReport, format: CheckFormat, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    match format {
        CheckFormat::Json => json::write_check(report, out),
        CheckFormat::Human => human::write(report, theme, out),
        CheckFormat::Concise => concise::write(report, theme, out),
        CheckFormat::Markdown => markdown::write(report, out),
        CheckFormat::Github => github::write(report, std::env::current_dir().ok().as_deref(), out),
        CheckFormat::Sarif => sarif::write(report, std::env::current_dir().ok().as_deref(), out),
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

/// Where a piece of evidence is: the file as given, and the 1-based start and end (the
/// end is the character just past the sentence, as GitHub and SARIF expect).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location<'a> {
    /// The path as given on the command line (`-` for stdin).
    pub path: &'a str,
    /// Start line.
    pub line: u32,
    /// Start column, in characters.
    pub column: u32,
    /// End line.
    pub end_line: u32,
    /// Column just past the end, in characters.
    pub end_column: u32,
}

/// Locates one piece of evidence in its file. Evidence from a source that is not in the
/// report (which the pipeline never produces) is located from its own text.
pub fn locate<'a>(report: &'a CheckReport, evidence: &'a Evidence) -> Location<'a> {
    let span = evidence.span;
    match report.source(&evidence.source) {
        Some(x) => {
            let (end_line, end_column) = x.document.lines.end_line_col(&x.document.text, span.end);
            Location { path: &x.document.path, line: span.line, column: span.column, end_line, end_column }
        }
        None => {
            let breaks = evidence.text.matches('\n').count();
            let last = evidence.text.rsplit('\n').next().unwrap_or("");
            let chars = u32::try_from(last.chars().count()).unwrap_or(u32::MAX);
            let end_line = span.line.saturating_add(u32::try_from(breaks).unwrap_or(u32::MAX));
            let end_column = if breaks == 0 { span.column.saturating_add(chars) } else { chars.saturating_add(1) };
            Location { path: &evidence.source, line: span.line, column: span.column, end_line, end_column }
        }
    }
}

/// True when `source` is one of the `--focus` sources (or there is no focus).
pub fn in_focus(report: &CheckReport, source: &str) -> bool {
    report.focus.is_empty() || report.focus.iter().any(|f| f == source)
}

/// The evidence a one-location format (concise, SARIF) points at: with `--focus`, the first
/// from a focused source; without, the last, which is the minority side (evidence comes
/// majority first), the outlier an editor has to look at.
pub fn primary<'a>(report: &CheckReport, finding: &'a Finding) -> Option<&'a Evidence> {
    if report.focus.is_empty() {
        return finding.evidence.last();
    }
    finding.evidence.iter().find(|e| in_focus(report, &e.source)).or(finding.evidence.last())
}

/// The display name of a source: its name, and its path when the two differ.
pub fn source_path<'a>(report: &'a CheckReport, source: &'a str) -> &'a str {
    report.source(source).map_or(source, |x| x.document.path.as_str())
}

/// A path relative to `root` when it is an absolute path inside it, with forward slashes
/// and no leading `./`: the form CI annotations and SARIF URIs need.
pub fn repo_relative(path: &str, root: Option<&std::path::Path>) -> String {
    let p = std::path::Path::new(path);
    let relative = match root {
        Some(r) if p.is_absolute() => p.strip_prefix(r).unwrap_or(p),
        _ => p,
    };
    let s = relative.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// `1 error`, `2 warnings`: English plural of a count.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("{n} {one}") } else { format!("{n} {many}") }
}

#[cfg(test)]
pub(crate) mod fixture;
