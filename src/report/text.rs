//! Plain-text formats (placeholder renderers; the report stage replaces them).

use super::Theme;
use super::json::Summary;
use crate::{CheckReport, Extraction};
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// The human report.
pub fn write_human(report: &CheckReport, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let style = match f.severity {
            crate::findings::Severity::Error => theme.error,
            crate::findings::Severity::Warning => theme.warning,
            crate::findings::Severity::Info => theme.info,
        };
        writeln!(out, "{}: {}", format!("{}[{}]", f.severity.as_str(), f.rule).style(style), f.message)?;
    }
    let s = Summary::of(report);
    writeln!(
        out,
        "{} errors, {} warnings, {} infos · {} sources, {} claims, {} events",
        s.errors, s.warnings, s.infos, s.sources, s.claims, s.events
    )
}

/// One line per finding.
pub fn write_concise(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        for e in &f.evidence {
            let path = report.source(&e.source).map_or("-", |x| x.document.path.as_str());
            writeln!(
                out,
                "{path}:{}:{}: {}[{}] {}",
                e.span.line,
                e.span.column,
                f.severity.as_str(),
                f.rule,
                f.message
            )?;
        }
    }
    Ok(())
}

/// Markdown.
pub fn write_markdown(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let s = Summary::of(report);
    writeln!(
        out,
        "# claimdiff report\n\n| errors | warnings | infos | sources | claims | events |\n|---|---|---|---|---|---|\n| {} | {} | {} | {} | {} | {} |",
        s.errors, s.warnings, s.infos, s.sources, s.claims, s.events
    )
}

/// GitHub annotations.
pub fn write_github(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    write_concise(report, out)
}

/// Human extract: one line per claim.
pub fn write_extract_human(extractions: &[Extraction], _theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    for e in extractions {
        writeln!(
            out,
            "{} ({})",
            e.document.path,
            e.document.published.map_or("no date".to_string(), |d| d.to_string())
        )?;
        for c in &e.claims {
            writeln!(out, "  {}:{} {}", c.sentence.span.line, c.sentence.span.column, c.reading())?;
        }
    }
    Ok(())
}
