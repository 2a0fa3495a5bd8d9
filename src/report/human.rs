//! The human report, for an editor reading a terminal in one pass.
//!
//! Per finding: `error[rule]: message`, then a rustc-style excerpt from each source
//! (`path:line:col`, the sentence, carets under the amount and the verb) with that side's
//! normalized reading, then a word diff of the majority sentence against each differing
//! one (`[-…-]{+…+}`, readable without color), then how many sources back each reading of
//! the event. A footer gives the counts. Article text is sanitized before it is printed;
//! color comes only from the [`Theme`].

use super::diff::{self, Segment};
use super::json::Summary;
use super::{Theme, plural, sanitize};
use crate::CheckReport;
use crate::claims::describe_when;
use crate::findings::{self, Evidence, Finding, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use owo_colors::OwoColorize;
use std::io::{self, Write};
use std::ops::Range;

/// Below this word similarity (percent) two sentences are paraphrases or translations, and
/// a word diff of them is noise: the readings are diffed instead.
const MIN_SENTENCE_SIMILARITY: u32 = 30;

/// Diffs shown per finding: the majority against this many differing readings.
const MAX_DIFFS: usize = 3;

/// Writes the human report.
pub fn write(report: &CheckReport, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    let renderer = theme.excerpt_renderer();
    let (mut shown_events, mut shown_rules): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for finding in &report.findings {
        // Each event's agreement, and each rule's pointer to `explain`, is shown once, under
        // the first (most severe) finding it concerns.
        let event = finding.event.as_deref().filter(|id| !shown_events.contains(id));
        let explain = findings::rule(&finding.rule).filter(|r| !shown_rules.contains(&r.id));
        write_finding(report, finding, event, theme, &renderer, out)?;
        if let Some(rule) = explain {
            let indent = " ".repeat(gutter_width(report, finding));
            let help = format!("`claimdiff explain {}` says what this rule checks and why", rule.id);
            writeln!(out, "{indent}{} {}: {help}", "=".style(theme.gutter), "help".style(theme.strong))?;
            shown_rules.push(rule.id);
        }
        shown_events.extend(event);
        writeln!(out)?;
    }
    write_footer(report, theme, out)
}

/// The lines of one source around one sentence, sanitized, with the spans to mark.
struct Excerpt {
    path: String,
    line_start: usize,
    text: String,
    /// The sentence, for a `Visible` annotation that keeps all its lines on screen.
    sentence: Range<usize>,
    /// `(range, label)` pairs, each underlined with carets.
    marks: Vec<(Range<usize>, String)>,
}

impl Excerpt {
    fn of(report: &CheckReport, evidence: &Evidence) -> Excerpt {
        let doc = report.source(&evidence.source).map(|x| &x.document);
        let whole = evidence.span.range();
        match doc.filter(|d| d.text.get(whole.clone()).is_some()) {
            Some(d) => {
                let text = d.text.as_str();
                let first = text[..whole.start].rfind('\n').map_or(0, |i| i + 1);
                // A sentence that ends with its line break ends on that line, not the next.
                let tail = if text[whole.clone()].ends_with('\n') { whole.end - 1 } else { whole.end };
                let last = text[tail..].find('\n').map_or(text.len(), |i| tail + i);
                let lines = &text[first..last];
                let local = |o: usize| sanitize::multiline_offset(lines, o.saturating_sub(first));
                let mut marks = Vec::new();
                if let Some(claim) = report.claim(&evidence.claim) {
                    let mut mark = |span: Option<crate::span::Span>, label: String| {
                        if let Some(s) =
                            span.filter(|s| s.start >= whole.start && s.end <= whole.end && s.start < s.end)
                        {
                            marks.push((local(s.start)..local(s.end), sanitize::inline(&label).into_owned()));
                        }
                    };
                    let parties = match (&claim.payer, &claim.payee) {
                        (Some(a), Some(b)) => format!(": {a} → {b}"),
                        _ => String::new(),
                    };
                    mark(claim.trigger_span, format!("{}{parties}", claim.relation.as_str()));
                    mark(claim.amount_span, claim.amount.as_ref().map(|a| a.describe()).unwrap_or_default());
                    mark(claim.when_span, claim.when.as_ref().map(describe_when).unwrap_or_default());
                }
                Excerpt {
                    path: sanitize::inline(&d.path).into_owned(),
                    line_start: line_of(report, evidence, first),
                    text: sanitize::multiline(lines).into_owned(),
                    sentence: local(whole.start)..local(whole.end),
                    marks,
                }
            }
            None => {
                let text = sanitize::multiline(&evidence.text).into_owned();
                Excerpt {
                    path: sanitize::inline(super::source_path(report, &evidence.source)).into_owned(),
                    line_start: evidence.span.line as usize,
                    sentence: 0..text.len(),
                    text,
                    marks: Vec::new(),
                }
            }
        }
    }

    fn snippet(&self) -> Snippet<'_, annotate_snippets::Annotation<'_>> {
        let mut snippet = Snippet::source(self.text.as_str())
            .line_start(self.line_start)
            .path(self.path.as_str())
            .annotation(AnnotationKind::Visible.span(self.sentence.clone()));
        if self.marks.is_empty() {
            // Nothing precise to point at: underline the sentence's first line.
            let end = self.text[self.sentence.start..]
                .find('\n')
                .map_or(self.sentence.end, |i| (self.sentence.start + i).min(self.sentence.end));
            snippet = snippet.annotation(AnnotationKind::Primary.span(self.sentence.start..end));
        }
        for (range, label) in &self.marks {
            let a = AnnotationKind::Primary.span(range.clone());
            snippet = snippet.annotation(if label.is_empty() { a } else { a.label(label.as_str()) });
        }
        snippet
    }
}

/// The 1-based line of byte `offset` of the evidence's document.
fn line_of(report: &CheckReport, evidence: &Evidence, offset: usize) -> usize {
    report
        .source(&evidence.source)
        .map_or(evidence.span.line as usize, |x| x.document.lines.line_col(&x.document.text, offset).0 as usize)
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn write_finding(
    report: &CheckReport,
    finding: &Finding,
    event: Option<&str>,
    theme: &Theme,
    renderer: &Renderer,
    out: &mut dyn Write,
) -> io::Result<()> {
    let excerpts: Vec<Excerpt> = finding.evidence.iter().map(|e| Excerpt::of(report, e)).collect();
    let readings: Vec<String> = finding
        .evidence
        .iter()
        .map(|e| format!("{} reads {}", sanitize::inline(&e.source), sanitize::inline(&e.reading)))
        .collect();
    let message = sanitize::inline(&finding.message);
    let rule = sanitize::inline(&finding.rule);
    let mut group = Group::with_title(level(finding.severity).primary_title(message.as_ref()).id(rule.as_ref()));
    for (excerpt, reading) in excerpts.iter().zip(&readings) {
        group = group.element(excerpt.snippet()).element(Level::NOTE.message(reading.as_str()));
    }
    let report_groups: [Group<'_>; 1] = [group];
    writeln!(out, "{}", renderer.render(&report_groups))?;
    let indent = " ".repeat(gutter_width(report, finding));
    write_diffs(finding, &indent, theme, out)?;
    if let Some(id) = event {
        write_agreement(report, id, &indent, theme, out)?;
    }
    Ok(())
}

/// Where the renderer puts its `= note:` lines: one column past the widest line number of
/// the finding's excerpts, so our own `=` lines line up with them.
fn gutter_width(report: &CheckReport, finding: &Finding) -> usize {
    let last_line = finding
        .evidence
        .iter()
        .map(|e| {
            let x = Excerpt::of(report, e);
            x.line_start + x.text.matches('\n').count()
        })
        .max()
        .unwrap_or(1);
    last_line.to_string().len() + 1
}

/// A sentence on one line for a diff: whitespace runs (line breaks included) as one space,
/// control characters made visible.
fn one_line(text: &str) -> String {
    sanitize::inline(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

/// The majority sentence against each side that reads differently (each distinct reading
/// once, at most [`MAX_DIFFS`]): a word diff of the sentences when they are close enough to
/// compare, else of the normalized readings.
fn write_diffs(finding: &Finding, indent: &str, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    let Some((first, rest)) = finding.evidence.split_first() else { return Ok(()) };
    let mut seen: Vec<&str> = vec![first.reading.as_str()];
    for other in rest {
        if seen.contains(&other.reading.as_str()) {
            continue;
        }
        seen.push(&other.reading);
        if seen.len() > MAX_DIFFS + 1 {
            break;
        }
        let (a, b) = (one_line(&first.text), one_line(&other.text));
        let (what, segments) = if diff::similarity(&a, &b) >= MIN_SENTENCE_SIMILARITY {
            ("diff", diff::segments(&a, &b))
        } else {
            let (ra, rb) = (sanitize::inline(&first.reading), sanitize::inline(&other.reading));
            ("readings", diff::segments(&ra, &rb))
        };
        let head = format!("{what} {} → {}:", sanitize::inline(&first.source), sanitize::inline(&other.source));
        writeln!(out, "{indent}{} {} {}", "=".style(theme.gutter), head.style(theme.strong), styled(&segments, theme))?;
    }
    Ok(())
}

/// `[-…-]` and `{+…+}` marks, colored when the theme has colors.
fn styled(segments: &[Segment], theme: &Theme) -> String {
    let mut s = String::new();
    for seg in segments {
        match seg {
            Segment::Same(t) => s.push_str(t),
            Segment::Deleted(t) => s.push_str(&format!("[-{t}-]").style(theme.deleted).to_string()),
            Segment::Inserted(t) => s.push_str(&format!("{{+{t}+}}").style(theme.inserted).to_string()),
        }
    }
    s
}

/// "2 sources say …, 1 source says …" for one event.
fn write_agreement(report: &CheckReport, id: &str, indent: &str, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    let Some(event) = report.events.iter().find(|e| e.id == id) else {
        return Ok(());
    };
    if event.agreement.is_empty() {
        return Ok(());
    }
    let head = format!("agreement on {} ({}):", sanitize::inline(&event.id), sanitize::inline(&event.label));
    writeln!(out, "{indent}{} {}", "=".style(theme.gutter), head.style(theme.strong))?;
    for a in &event.agreement {
        let n = a.sources.len();
        let says = if n == 1 { "1 source says".to_string() } else { format!("{n} sources say") };
        let who: Vec<String> = a.sources.iter().map(|s| sanitize::inline(s).into_owned()).collect();
        writeln!(out, "{indent}    {says} {} ({})", sanitize::inline(&a.reading), who.join(", ").style(theme.dim))?;
    }
    Ok(())
}

fn write_footer(report: &CheckReport, theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    let s = Summary::of(report);
    let scope = format!(
        "{}, {}, {}",
        plural(s.sources, "source", "sources"),
        plural(s.claims, "claim", "claims"),
        plural(s.events, "event", "events")
    );
    if s.errors + s.warnings + s.infos == 0 {
        return writeln!(out, "{} · {scope}", "No contradictions found".style(theme.strong));
    }
    let count = |n: usize, one: &str, many: &str, sev: Severity| {
        let text = plural(n, one, many);
        if n == 0 { text } else { text.style(theme.severity(sev)).to_string() }
    };
    writeln!(
        out,
        "{} {}, {}, {} · {scope}",
        "Found".style(theme.strong),
        count(s.errors, "error", "errors", Severity::Error),
        count(s.warnings, "warning", "warnings", Severity::Warning),
        count(s.infos, "info", "infos", Severity::Info),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render(report: &CheckReport, theme: &Theme) -> String {
        let mut out = Vec::new();
        write(report, theme, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plain_report_snapshot() {
        let text = render(&fixture::report(), &Theme::plain());
        assert!(!text.contains('\x1b'));
        fixture::snapshots().bind(|| insta::assert_snapshot!("human_plain", text));
    }

    #[test]
    fn excerpt_points_at_file_line_and_column() {
        let text = render(&fixture::report(), &Theme::plain());
        assert!(text.contains("error[direction-conflict]: echo says Amazon pays OpenAI"), "{text}");
        // b.md: the sentence starts on line 9; "investir" is at column 18.
        assert!(text.contains("corpus/b.md:9:18"), "{text}");
        assert!(text.contains("[-OpenAI va acheter pour-]"), "{text}");
        assert!(text.contains("2 sources say OpenAI → Amazon · purchase (ledger, lqe)"), "{text}");
        assert!(text.contains("Found 2 errors, 1 warning, 1 info · 3 sources, 3 claims, 1 event"), "{text}");
    }

    #[test]
    fn colored_report_has_escapes_and_same_words() {
        let colored = render(&fixture::report(), &Theme::colored());
        assert!(colored.contains('\x1b'));
        assert!(colored.contains("[-OpenAI va acheter pour-]"));
    }

    #[test]
    fn hostile_text_never_reaches_the_terminal_raw() {
        for theme in [Theme::plain(), Theme::colored()] {
            let text = render(&fixture::hostile_report(), &theme);
            assert!(!text.contains("\x1b[31m$38") && !text.contains("\x1b]0"), "{text}");
            assert!(!text.contains('\x07'));
            assert!(text.contains("␛[31m$38 billion"), "{text}");
        }
        let plain = render(&fixture::hostile_report(), &Theme::plain());
        assert!(!plain.contains('\x1b'));
    }

    #[test]
    fn odd_spans_never_panic() {
        let base = fixture::report();
        let text_len = base.extractions[0].document.text.len();
        let accent = base.extractions[0].document.text.find('é').unwrap();
        let spans =
            [(0, 0), (accent + 1, accent + 2), (text_len, text_len), (text_len - 1, text_len), (5, 2), (0, 99_999)];
        for (start, end) in spans {
            let mut r = fixture::report();
            for f in &mut r.findings {
                for e in &mut f.evidence {
                    e.span.start = start;
                    e.span.end = end;
                }
            }
            for x in &mut r.extractions {
                for c in &mut x.claims {
                    c.amount_span = Some(crate::span::Span { start: end, end: start, line: 1, column: 1 });
                }
            }
            let text = render(&r, &Theme::plain());
            assert!(text.contains("Found 2 errors"), "{start}..{end}: {text}");
        }
    }

    #[test]
    fn empty_report_says_so() {
        let mut r = fixture::report();
        r.findings.clear();
        let text = render(&r, &Theme::plain());
        assert_eq!(text, "No contradictions found · 3 sources, 3 claims, 1 event\n");
    }
}
