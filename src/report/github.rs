//! GitHub Actions workflow commands: one annotation per finding on the focused article's
//! evidence (without `--focus`, on every source's evidence), and a Markdown summary for
//! `$GITHUB_STEP_SUMMARY`.
//!
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=claimdiff <rule>::message`.
//! Everything in a command is escaped as the runner requires (`%`, CR, LF; in properties
//! also `:` and `,`), after control characters were made visible, so an article with a line
//! `::set-output …` cannot issue a command. GitHub shows only the first 10 annotations of
//! each severity per step; past that a notice, printed first so it is never dropped, says
//! where the rest are.

use super::{in_focus, locate, repo_relative, sanitize};
use crate::CheckReport;
use crate::findings::{Evidence, Finding, Severity};
use std::io::{self, Write};
use std::path::Path;

/// Annotations GitHub shows per severity and step.
pub const ANNOTATION_CAP: usize = 10;

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// The evidence a finding is annotated on: the focused sources' (each source once).
fn annotated<'a>(report: &CheckReport, f: &'a Finding) -> Vec<&'a Evidence> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for e in f.evidence.iter().filter(|e| in_focus(report, &e.source)) {
        if !seen.contains(&e.source.as_str()) {
            seen.push(&e.source);
            out.push(e);
        }
    }
    out
}

/// Writes the annotations; `file=` paths are relative to `root` (the repository root).
pub fn write(report: &CheckReport, root: Option<&Path>, out: &mut dyn Write) -> io::Result<()> {
    let mut counts = [0usize; 3];
    let annotations: Vec<(&Finding, &Evidence)> =
        report.findings.iter().flat_map(|f| annotated(report, f).into_iter().map(move |e| (f, e))).collect();
    for (f, _) in &annotations {
        counts[f.severity as usize] += 1;
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = counts[severity as usize];
        if n > ANNOTATION_CAP {
            let note = format!(
                "claimdiff reported {n} {} annotations; GitHub shows only the first {ANNOTATION_CAP}. The job log and the step summary list them all.",
                command(severity)
            );
            writeln!(
                out,
                "::notice title={}::{}",
                sanitize::workflow_property("claimdiff"),
                sanitize::workflow_data(&note)
            )?;
        }
    }
    for (f, e) in annotations {
        let l = locate(report, e);
        let mut message = format!("{}\n{} reads {}", f.message, e.source, e.reading);
        for other in f.evidence.iter().filter(|o| o.source != e.source) {
            let lo = locate(report, other);
            message.push_str(&format!(
                "\n{} ({}:{}): \"{}\"",
                other.source,
                lo.path,
                lo.line,
                other.text.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
        writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(f.severity),
            sanitize::workflow_property(&repo_relative(l.path, root)),
            l.line,
            l.column,
            l.end_line,
            l.end_column,
            sanitize::workflow_property(&format!("claimdiff {}", f.rule)),
            sanitize::workflow_data(&message)
        )?;
    }
    Ok(())
}

/// Writes the Markdown for `$GITHUB_STEP_SUMMARY` (the caller appends it to that file):
/// the counts and a table of every finding, with no cap.
pub fn write_step_summary(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## claimdiff\n")?;
    super::markdown::write_summary(report, out)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render(report: &CheckReport) -> String {
        let mut out = Vec::new();
        write(report, None, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn annotations_snapshot() {
        let text = render(&fixture::report());
        // Without focus: every source of every finding (2 + 2 + 2 + 1).
        assert_eq!(text.lines().count(), 7, "{text}");
        assert!(
            text.starts_with(
                "::error file=corpus/a.md,line=8,col=1,endLine=8,endColumn=129,title=claimdiff direction-conflict::"
            ),
            "{text}"
        );
        fixture::snapshots().bind(|| insta::assert_snapshot!("github", text));
    }

    #[test]
    fn focus_annotates_only_the_focused_article() {
        let mut r = fixture::report();
        r.focus = vec!["ledger".to_string()];
        let text = render(&r);
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.lines().all(|l| l.contains("file=corpus/c.md")));
    }

    #[test]
    fn multi_line_sentence_ends_on_its_last_line() {
        let mut r = fixture::report();
        r.focus = vec!["echo".to_string()];
        let text = render(&r);
        assert!(text.contains("file=corpus/b.md,line=9,col=1,endLine=10,endColumn=14,"), "{text}");
    }

    #[test]
    fn hostile_article_cannot_inject_commands() {
        let text = render(&fixture::hostile_report());
        assert_eq!(text.lines().count(), 1, "{text}");
        let line = text.lines().next().unwrap();
        assert!(line.starts_with("::error file=corpus/evil.md,"));
        assert!(!text.contains('\x1b') && !text.contains('\r') && !text.contains('\x07'));
        assert!(line.contains("%0A::set-output name=x::pwned%0A::error file=a.md::fake, 100%25 true."), "{line}");
    }

    #[test]
    fn a_notice_says_when_annotations_are_dropped() {
        let mut r = fixture::report();
        let first = r.findings[0].clone();
        r.findings = std::iter::repeat_n(first, 6).collect();
        let text = render(&r);
        assert!(text.starts_with("::notice title=claimdiff::claimdiff reported 12 error annotations"), "{text}");
        assert_eq!(text.lines().count(), 13);
    }

    #[test]
    fn step_summary_is_markdown() {
        let mut out = Vec::new();
        write_step_summary(&fixture::report(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("## claimdiff\n\n**2 errors, 1 warning, 1 info**"), "{text}");
    }
}
