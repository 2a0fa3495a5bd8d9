//! The Markdown report, to paste into a ticket: a summary table, then one section per
//! finding with each source's quote, file and reading, then the sources read.
//!
//! Article text is escaped with [`sanitize::markdown`] so a quote cannot open a link, a
//! tag or a table column; untrusted text never goes into a code span (where escapes do not
//! work). The GitHub step summary reuses [`write_summary`].

use super::json::Summary;
use super::{locate, plural, sanitize};
use crate::CheckReport;
use crate::findings::Finding;
use std::io::{self, Write};

/// Writes the whole ticket report.
pub fn write(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# claimdiff report\n")?;
    write_summary(report, out)?;
    for (i, f) in report.findings.iter().enumerate() {
        writeln!(out)?;
        write_finding(report, i + 1, f, out)?;
    }
    writeln!(out, "\n## Sources\n")?;
    writeln!(out, "| source | file | published | lang |")?;
    writeln!(out, "|---|---|---|---|")?;
    for x in &report.extractions {
        let d = &x.document;
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            sanitize::markdown(&d.source),
            sanitize::markdown(&d.path),
            d.published.map_or("—".to_string(), |p| p.to_string()),
            d.lang.code()
        )?;
    }
    Ok(())
}

/// The counts line and the table of findings (one row each). Used by the ticket report
/// and by the GitHub step summary.
pub fn write_summary(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let s = Summary::of(report);
    writeln!(
        out,
        "**{}, {}, {}** · {}, {}, {}",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
        plural(s.sources, "source", "sources"),
        plural(s.claims, "claim", "claims"),
        plural(s.events, "event", "events"),
    )?;
    if report.findings.is_empty() {
        return writeln!(out, "\nNo contradictions found.");
    }
    writeln!(out, "\n| # | severity | rule | event | sources | finding |")?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for (i, f) in report.findings.iter().enumerate() {
        // One entry per source, with every line it is quoted from.
        let mut sources: Vec<(&str, &str, Vec<u32>)> = Vec::new();
        for e in &f.evidence {
            let l = locate(report, e);
            match sources.iter_mut().find(|(s, _, _)| *s == e.source) {
                Some((_, _, lines)) => lines.push(l.line),
                None => sources.push((&e.source, l.path, vec![l.line])),
            }
        }
        let sources: Vec<String> = sources
            .iter()
            .map(|(source, path, lines)| {
                let lines: Vec<String> = lines.iter().map(u32::to_string).collect();
                format!("{} ({}:{})", sanitize::markdown(source), sanitize::markdown(path), lines.join(", "))
            })
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            i + 1,
            f.severity.as_str(),
            sanitize::markdown(&f.rule),
            f.event.as_deref().map_or("—".to_string(), sanitize::markdown),
            sources.join("<br>"),
            sanitize::markdown(&f.message)
        )?;
    }
    Ok(())
}

fn write_finding(report: &CheckReport, n: usize, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "## {n}. {} {}: {}\n",
        f.severity.as_str(),
        sanitize::markdown(&f.rule),
        sanitize::markdown(&f.message)
    )?;
    let event = f.event.as_deref().and_then(|id| report.event(id));
    if let Some(e) = &event {
        writeln!(out, "Event {}: {}\n", sanitize::markdown(&e.id), sanitize::markdown(&e.label))?;
    }
    for e in &f.evidence {
        let l = locate(report, e);
        writeln!(
            out,
            "**{}**, {} line {}, column {}:\n",
            sanitize::markdown(&e.source),
            sanitize::markdown(l.path),
            l.line,
            l.column
        )?;
        writeln!(out, "> {}\n", sanitize::markdown(&e.text))?;
        writeln!(out, "Reading: {}\n", sanitize::markdown(&e.reading))?;
    }
    if let Some(e) = event.filter(|e| !e.agreement.is_empty()) {
        writeln!(out, "Agreement:\n")?;
        for a in &e.agreement {
            let who: Vec<String> = a.sources.iter().map(|s| sanitize::markdown(s)).collect();
            let says = if a.sources.len() == 1 {
                "1 source says".to_string()
            } else {
                format!("{} sources say", a.sources.len())
            };
            writeln!(out, "- {says} {} ({})", sanitize::markdown(&a.reading), who.join(", "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render(report: &CheckReport) -> String {
        let mut out = Vec::new();
        write(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn ticket_report_snapshot() {
        let text = render(&fixture::report());
        assert!(text.contains("| 1 | error | direction-conflict | E1 |"), "{text}");
        assert!(
            text.contains("> Amazon prévoit d'investir au minimum 38 milliards de dollars dans OpenAI sur sept ans.")
        );
        fixture::snapshots().bind(|| insta::assert_snapshot!("markdown", text));
    }

    #[test]
    fn quotes_cannot_break_the_markup() {
        let text = render(&fixture::hostile_report());
        assert!(!text.contains('\x1b'));
        assert!(text.lines().all(|l| !l.starts_with("::")), "{text}");
    }
}
