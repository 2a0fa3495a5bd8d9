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

/// Diffs shown per finding: this many minority sides, each against its closest majority one.
const MAX_DIFFS: usize = 3;

/// Excerpts shown from the majority side (each from a different source when possible); the
/// other majority sources are listed by location. The minority side is always shown whole:
/// it is what the editor has to look at.
const MAJORITY_EXCERPTS: usize = 3;

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
            let excerpts: Vec<Excerpt> = finding.evidence.iter().map(|e| Excerpt::of(report, e)).collect();
            let indent = " ".repeat(gutter_width(&excerpts));
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
                    let what = match &claim.milestone {
                        Some(m) => format!("{}: {m}", claim.relation.as_str()),
                        None => format!("{}{parties}", claim.relation.as_str()),
                    };
                    mark(claim.trigger_span, what);
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
    let (majority, minority) = finding.evidence.split_at(minority_start(&finding.evidence));
    let (shown_majority, more) = pick_majority(majority);
    let shown: Vec<&Evidence> = shown_majority.into_iter().chain(minority).collect();
    let excerpts: Vec<Excerpt> = shown.iter().map(|e| Excerpt::of(report, e)).collect();
    let readings: Vec<String> = shown
        .iter()
        .map(|e| format!("{} reads {}", sanitize::inline(&e.source), sanitize::inline(&e.reading)))
        .collect();
    let also = (!more.is_empty()).then(|| {
        let places: Vec<String> = more
            .iter()
            .map(|e| {
                let l = super::locate(report, e);
                format!("{} ({}:{}:{})", sanitize::inline(&e.source), sanitize::inline(l.path), l.line, l.column)
            })
            .collect();
        format!("more evidence in {}", places.join(", "))
    });
    let message = sanitize::inline(&finding.message);
    let rule = sanitize::inline(&finding.rule);
    let mut group = Group::with_title(level(finding.severity).primary_title(message.as_ref()).id(rule.as_ref()));
    for (i, (excerpt, reading)) in excerpts.iter().zip(&readings).enumerate() {
        group = group.element(excerpt.snippet()).element(Level::NOTE.message(reading.as_str()));
        // The list of unshown majority places goes right after the majority excerpts.
        if let Some(also) = also.as_ref().filter(|_| i + 1 == excerpts.len() - minority.len().min(excerpts.len())) {
            group = group.element(Level::NOTE.message(also.as_str()));
        }
    }
    let report_groups: [Group<'_>; 1] = [group];
    writeln!(out, "{}", renderer.render(&report_groups))?;
    let indent = " ".repeat(gutter_width(&excerpts));
    write_diffs(majority, minority, &indent, theme, out)?;
    if let Some(id) = event {
        write_agreement(report, id, &indent, theme, out)?;
    }
    Ok(())
}

/// Where the minority side starts. Evidence comes majority first, so the minority is the
/// shortest tail that shares no source with what comes before it. A finding from one
/// source (a lint) has no such split: everything is shown, nothing is diffed.
fn minority_start(evidence: &[Evidence]) -> usize {
    (1..evidence.len())
        .rev()
        .find(|&k| !evidence[k..].iter().any(|e| evidence[..k].iter().any(|m| m.source == e.source)))
        .unwrap_or(0)
}

/// The majority excerpts to show (first claim of each source, up to [`MAJORITY_EXCERPTS`])
/// and the ones only listed.
fn pick_majority(majority: &[Evidence]) -> (Vec<&Evidence>, Vec<&Evidence>) {
    let (mut shown, mut more): (Vec<&Evidence>, Vec<&Evidence>) = (Vec::new(), Vec::new());
    for e in majority {
        let new_source = !shown.iter().any(|s| s.source == e.source);
        if new_source && shown.len() < MAJORITY_EXCERPTS {
            shown.push(e);
        } else {
            more.push(e);
        }
    }
    // Keep document order among the shown ones.
    shown.sort_by_key(|e| majority.iter().position(|m| std::ptr::eq(m, *e)));
    (shown, more)
}

/// Where the renderer puts its `= note:` lines: one column past the widest line number of
/// the excerpts, so our own `=` lines line up with them.
fn gutter_width(excerpts: &[Excerpt]) -> usize {
    let last_line = excerpts.iter().map(|x| x.line_start + x.text.matches('\n').count()).max().unwrap_or(1);
    last_line.to_string().len() + 1
}

/// A sentence on one line for a diff: whitespace runs (line breaks included) as one space,
/// control characters made visible.
fn one_line(text: &str) -> String {
    sanitize::inline(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

/// Each minority side (each distinct reading once, at most [`MAX_DIFFS`]) against the
/// majority sentence closest to it: a word diff of the sentences when they are close enough
/// to compare (same language, same construction), else of the normalized readings.
fn write_diffs(
    majority: &[Evidence],
    minority: &[Evidence],
    indent: &str,
    theme: &Theme,
    out: &mut dyn Write,
) -> io::Result<()> {
    if majority.is_empty() {
        return Ok(());
    }
    let mut seen: Vec<&str> = Vec::new();
    for other in minority {
        if seen.contains(&other.reading.as_str()) || seen.len() == MAX_DIFFS {
            continue;
        }
        seen.push(&other.reading);
        let b = one_line(&other.text);
        let scored = majority.iter().map(|m| {
            let a = one_line(&m.text);
            (diff::similarity(&a, &b), a, m)
        });
        // Highest similarity; on a tie, the earliest (majority order).
        let Some((score, a, first)) = scored.fold(None, |best: Option<(u32, String, &Evidence)>, cur| match best {
            Some(b) if b.0 >= cur.0 => Some(b),
            _ => Some(cur),
        }) else {
            continue;
        };
        let (what, segments) = if score >= MIN_SENTENCE_SIMILARITY {
            ("diff", diff::segments(&a, &b))
        } else {
            let (ra, rb) = (sanitize::inline(&first.reading), sanitize::inline(&other.reading));
            ("readings", diff::field_segments(&ra, &rb))
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
    let Some(event) = report.event(id) else {
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

    fn ev(source: &str) -> Evidence {
        Evidence {
            source: source.to_string(),
            claim: format!("{source}#0"),
            text: String::new(),
            span: crate::span::Span { start: 0, end: 0, line: 1, column: 1 },
            reading: String::new(),
        }
    }

    #[test]
    fn the_minority_is_the_shortest_tail_with_its_own_sources() {
        let list = |s: &[&str]| s.iter().map(|x| ev(x)).collect::<Vec<_>>();
        assert_eq!(minority_start(&list(&["a", "a", "b", "c", "d", "d"])), 4);
        assert_eq!(minority_start(&list(&["a", "b", "c"])), 2);
        assert_eq!(minority_start(&list(&["a"])), 0);
        assert_eq!(minority_start(&list(&["a", "a"])), 0);
        assert_eq!(minority_start(&list(&["a", "b", "a"])), 0);
    }

    #[test]
    fn large_majorities_are_listed_not_excerpted() {
        let mut r = fixture::report();
        let f = &mut r.findings[0];
        let majority = f.evidence[0].clone();
        for name in ["m1", "m2", "m3", "m4"] {
            let mut e = majority.clone();
            e.source = name.to_string();
            f.evidence.insert(0, e);
        }
        let text = render(&r, &Theme::plain());
        let first = text.split("\n\n").next().unwrap();
        assert_eq!(first.matches("::: ").count() + first.matches("--> ").count(), 4, "{first}");
        assert!(first.contains("= note: more evidence in m1 (m1:8:1), lqe (corpus/a.md:8:1)"), "{first}");
        assert!(first.contains("echo reads Amazon → OpenAI"), "{first}");
    }

    #[test]
    fn empty_report_says_so() {
        let mut r = fixture::report();
        r.findings.clear();
        let text = render(&r, &Theme::plain());
        assert_eq!(text, "No contradictions found · 3 sources, 3 claims, 1 event\n");
    }
}
