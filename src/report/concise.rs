//! The concise format: `path:line:col: severity[rule] message`, one line per finding,
//! located on the focused source's evidence (else the majority side). What editors and
//! `grep` jump to; the other sources are named in the message.

use super::{Theme, locate, primary, sanitize};
use crate::CheckReport;
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// Writes one line per finding.
pub fn write(report: &CheckReport, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let at = match primary(report, f) {
            Some(e) => {
                let l = locate(report, e);
                format!("{}:{}:{}", sanitize::inline(l.path), l.line, l.column)
            }
            None => "-".to_string(),
        };
        let label = format!("{}[{}]", f.severity.as_str(), sanitize::inline(&f.rule));
        writeln!(out, "{at}: {} {}", label.style(theme.severity(f.severity)), sanitize::inline(&f.message))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render(report: &CheckReport) -> String {
        let mut out = Vec::new();
        write(report, &Theme::plain(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_line_per_finding_snapshot() {
        let text = render(&fixture::report());
        assert_eq!(text.lines().count(), 4);
        // Without focus, on the minority side: echo (b.md) reverses the direction.
        assert!(text.starts_with("corpus/b.md:9:1: error[direction-conflict] "), "{text}");
        fixture::snapshots().bind(|| insta::assert_snapshot!("concise", text));
    }

    #[test]
    fn focus_moves_the_location_to_the_focused_source() {
        let mut r = fixture::report();
        r.focus = vec!["lqe".to_string()];
        assert!(render(&r).starts_with("corpus/a.md:8:1: error[direction-conflict]"));
    }

    #[test]
    fn hostile_message_stays_on_one_inert_line() {
        let text = render(&fixture::hostile_report());
        assert_eq!(text.lines().count(), 1);
        assert!(!text.contains('\x1b'));
    }
}
