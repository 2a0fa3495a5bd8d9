//! The JSON formats of the public contract.
//!
//! `claimdiff.extract/1`:
//! `{"schema": "claimdiff.extract/1", "documents": [{"source", "path", "published", "lang",
//! "mentions": [...], "claims": [...]}]}`; `jsonl` writes one such document object per line.
//! `claimdiff.check/1`: `{"schema": "claimdiff.check/1", "sources": [...], "events": [...],
//! "findings": [...], "summary": {...}}`. Numbers are decimal strings, never floats; spans
//! are byte offsets into the file with 1-based line and character column.

use crate::claims::Claim;
use crate::findings::{Finding, Severity};
use crate::mention::Mention;
use crate::{CheckReport, Extraction};
use serde::Serialize;
use std::io::{self, Write};

/// One document of `claimdiff.extract/1`.
#[derive(Serialize)]
struct DocumentJson<'a> {
    source: &'a str,
    path: &'a str,
    published: Option<String>,
    lang: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    mentions: &'a [Mention],
    claims: &'a [Claim],
}

impl<'a> DocumentJson<'a> {
    fn new(e: &'a Extraction) -> DocumentJson<'a> {
        let d = &e.document;
        DocumentJson {
            source: &d.source,
            path: &d.path,
            published: d.published.map(|p| p.to_string()),
            lang: d.lang.code(),
            title: d.title.as_deref(),
            url: d.url.as_deref(),
            mentions: &e.mentions,
            claims: &e.claims,
        }
    }
}

#[derive(Serialize)]
struct ExtractJson<'a> {
    schema: &'static str,
    documents: Vec<DocumentJson<'a>>,
}

/// Writes `claimdiff.extract/1`.
pub fn write_extract(extractions: &[Extraction], out: &mut dyn Write) -> io::Result<()> {
    let doc =
        ExtractJson { schema: "claimdiff.extract/1", documents: extractions.iter().map(DocumentJson::new).collect() };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Writes one document as one line of JSON (the `jsonl` format), streamed: the line goes to
/// `out` in pieces of about 64 KiB, so a huge document (a 100 MB single-line file makes a
/// line several times that size) never has its whole line in memory.
pub fn write_document_line(extraction: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    let mut buf = Vec::with_capacity(STREAM_CHUNK * 2);
    write_line(extraction, &mut buf, &mut |buf: &mut Vec<u8>| {
        if buf.len() >= STREAM_CHUNK {
            out.write_all(buf)?;
            buf.clear();
        }
        Ok(())
    })?;
    out.write_all(&buf)
}

/// How much of a streamed line is buffered before it is written out.
const STREAM_CHUNK: usize = 1 << 16;

/// Appends one document as one line of JSON to `line`. Serializing into a `Vec` rather
/// than a `dyn Write` lets every small write inline: the `jsonl` path of `extract`, for
/// documents small enough that their line is cheaper to build whole than to stream.
///
/// The document fields and the mentions are written by hand (the same bytes serde_json
/// writes, which a test checks): serde's per-field calls and the temporary strings of
/// dates and decimals cost more than the writing itself.
pub fn document_line(extraction: &Extraction, line: &mut Vec<u8>) -> io::Result<()> {
    line.reserve(extraction.document.text.len() * 6);
    write_line(extraction, line, &mut |_: &mut Vec<u8>| Ok(()))
}

/// The one writer behind [`document_line`] and [`write_document_line`]: `flush` runs after
/// every mention and claim and may drain `line`.
fn write_line(
    extraction: &Extraction,
    line: &mut Vec<u8>,
    flush: &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let d = &extraction.document;
    line.extend_from_slice(b"{\"source\":");
    push_str(line, &d.source);
    line.extend_from_slice(b",\"path\":");
    push_str(line, &d.path);
    line.extend_from_slice(b",\"published\":");
    push_opt_date(line, d.published);
    line.extend_from_slice(b",\"lang\":");
    push_str(line, d.lang.code());
    push_opt_field(line, "title", d.title.as_deref());
    push_opt_field(line, "url", d.url.as_deref());
    line.extend_from_slice(b",\"mentions\":[");
    push_items(line, &extraction.mentions, |out, m| {
        push_mention(out, m);
        flush(out)
    })?;
    line.extend_from_slice(b"],\"claims\":[");
    push_items(line, &extraction.claims, |out, c| {
        push_claim(out, c)?;
        flush(out)
    })?;
    line.extend_from_slice(b"]}\n");
    Ok(())
}

/// Writes `items` one after another, separated by commas (the brackets are the caller's):
/// every array of the jsonl line goes through here.
fn push_items<T, E>(
    out: &mut Vec<u8>,
    items: &[T],
    mut item: impl FnMut(&mut Vec<u8>, &T) -> Result<(), E>,
) -> Result<(), E> {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x)?;
    }
    Ok(())
}

/// Writes `,"name":"value"` when there is a value, nothing otherwise: how serde writes an
/// optional string field marked `skip_serializing_if = "Option::is_none"`.
fn push_opt_field(out: &mut Vec<u8>, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
        push_str(out, v);
    }
}

/// A JSON string, escaped exactly as serde_json escapes it: `"` and `\\`, and control
/// characters below U+0020 (short forms for the five that have one).
fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Eight bytes at a time over the runs that need no escape, the common case.
    let mut clean = 0;
    while let Some(chunk) = bytes.get(clean..clean + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if may_need_escape(u64::from_le_bytes(word)) {
            break;
        }
        clean += 8;
    }
    if let Some(tail) = bytes.get(clean..).filter(|t| t.len() < 8) {
        // The last bytes, padded with spaces (which need no escape): most strings are
        // clean to the end and are copied at once.
        let mut word = [b' '; 8];
        if let Some(w) = word.get_mut(..tail.len()) {
            w.copy_from_slice(tail);
        }
        if !may_need_escape(u64::from_le_bytes(word)) {
            out.extend_from_slice(bytes);
            out.push(b'"');
            return;
        }
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate().skip(clean) {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
        } else {
            out.extend_from_slice(short);
        }
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// True when one of the eight bytes of `x` may be `"`, `\\` or below U+0020 (never false
/// when one is: the classic "has byte less than / equal to" bit tricks, exact for these).
fn may_need_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
    below_space || has_zero(x ^ (ONES * u64::from(b'"'))) || has_zero(x ^ (ONES * u64::from(b'\\')))
}

/// A date as a JSON string (`"2025-11-03"`), or `null`. Years outside 0–9999 take
/// jiff's own (signed, six-digit) form.
fn push_opt_date(out: &mut Vec<u8>, date: Option<jiff::civil::Date>) {
    let Some(date) = date else {
        out.extend_from_slice(b"null");
        return;
    };
    let (y, m, d) = (date.year(), date.month(), date.day());
    let Ok(y) = u16::try_from(y).map_err(drop).and_then(|y| if y <= 9999 { Ok(y) } else { Err(()) }) else {
        push_str(out, &date.to_string());
        return;
    };
    let digit = |n: u16| b'0' + (n % 10) as u8;
    let (m, d) = (m.unsigned_abs() as u16, d.unsigned_abs() as u16);
    out.extend_from_slice(&[
        b'"',
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
        b'"',
    ]);
}

/// A decimal as a JSON string, the digits of its `Display` (`-1.205`, `0.007`) written
/// without a temporary string.
fn push_decimal(out: &mut Vec<u8>, value: &crate::decimal::Decimal) {
    let mut buf = [0u8; 40];
    let mut at = buf.len();
    let mut n = value.mantissa().unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = &buf[at..];
    let scale = value.scale() as usize;
    out.push(b'"');
    if value.mantissa() < 0 {
        out.push(b'-');
    }
    if scale == 0 {
        out.extend_from_slice(digits);
    } else if digits.len() > scale {
        let (int, frac) = digits.split_at(digits.len() - scale);
        out.extend_from_slice(int);
        out.push(b'.');
        out.extend_from_slice(frac);
    } else {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', scale - digits.len()));
        out.extend_from_slice(digits);
    }
    out.push(b'"');
}

/// `"low"/"high"` or `"amount"`, as `Figure` serializes them, each preceded by a comma
/// unless first.
fn push_figure(out: &mut Vec<u8>, f: &crate::mention::Figure) {
    match (f.bound, f.high) {
        (crate::mention::Bound::Range, Some(high)) => {
            out.extend_from_slice(b"\"low\":");
            push_decimal(out, &f.amount);
            out.extend_from_slice(b",\"high\":");
            push_decimal(out, &high);
        }
        _ => {
            out.extend_from_slice(b"\"amount\":");
            push_decimal(out, &f.amount);
        }
    }
}

/// The fields of a date value (no braces), as `MentionValue::Date` serializes them.
fn push_date_fields(out: &mut Vec<u8>, d: &crate::mention::DateValue) {
    out.extend_from_slice(b"\"earliest\":");
    push_opt_date(out, d.earliest);
    out.extend_from_slice(b",\"latest\":");
    push_opt_date(out, d.latest);
    out.extend_from_slice(b",\"timex\":");
    push_str(out, &d.timex);
    if d.unresolved {
        out.extend_from_slice(b",\"unresolved\":true");
    }
}

/// A span object.
fn push_span(out: &mut Vec<u8>, span: &crate::span::Span) {
    // Built on the stack and copied once: a span is four short fields.
    let mut buf = [0u8; 128];
    let mut n = 0;
    let mut put = |bytes: &[u8]| {
        if let Some(to) = buf.get_mut(n..n + bytes.len()) {
            to.copy_from_slice(bytes);
            n += bytes.len();
        }
    };
    let mut digits = [0u8; 20];
    put(b"{\"start\":");
    put(uint_digits(span.start as u64, &mut digits));
    put(b",\"end\":");
    put(uint_digits(span.end as u64, &mut digits));
    put(b",\"line\":");
    put(uint_digits(u64::from(span.line), &mut digits));
    put(b",\"column\":");
    put(uint_digits(u64::from(span.column), &mut digits));
    put(b"}");
    out.extend_from_slice(&buf[..n]);
}

/// The decimal digits of `n`, written at the end of `buf`.
fn uint_digits(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

/// An optional string, or `null`.
fn push_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A list of notes.
fn push_notes(out: &mut Vec<u8>, notes: &[crate::mention::Note]) {
    out.push(b'[');
    let Ok(()) = push_items(out, notes, |out, n| {
        out.extend_from_slice(b"{\"code\":");
        push_str(out, &n.code);
        out.extend_from_slice(b",\"detail\":");
        push_str(out, &n.detail);
        out.push(b'}');
        Ok::<_, std::convert::Infallible>(())
    });
    out.push(b']');
}

/// One claim, byte for byte as its derived `Serialize` writes it (the relation through
/// serde, being a renamed enum).
fn push_claim(out: &mut Vec<u8>, c: &Claim) -> io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    push_str(out, &c.id);
    out.extend_from_slice(b",\"relation\":");
    serde_json::to_writer(&mut *out, &c.relation)?;
    out.extend_from_slice(b",\"payer\":");
    push_opt_str(out, c.payer.as_deref());
    out.extend_from_slice(b",\"payee\":");
    push_opt_str(out, c.payee.as_deref());
    out.extend_from_slice(b",\"parties\":[");
    push_items(out, &c.parties, |out, p| {
        push_str(out, p);
        Ok::<_, io::Error>(())
    })?;
    out.push(b']');
    push_opt_field(out, "object", c.object.as_deref());
    out.extend_from_slice(b",\"amount\":");
    match &c.amount {
        None => out.extend_from_slice(b"null"),
        Some(a) => {
            out.push(b'{');
            push_figure(out, &a.figure);
            push_opt_field(out, "currency", a.currency.as_deref());
            push_opt_field(out, "unit", a.unit.as_deref());
            out.extend_from_slice(b",\"bound\":");
            push_str(out, a.figure.bound.as_str());
            out.push(b'}');
        }
    }
    out.extend_from_slice(b",\"duration\":");
    push_opt_str(out, c.duration.as_deref());
    out.extend_from_slice(b",\"when\":");
    match &c.when {
        None => out.extend_from_slice(b"null"),
        Some(d) => {
            out.push(b'{');
            push_date_fields(out, d);
            out.push(b'}');
        }
    }
    out.extend_from_slice(b",\"milestone\":");
    push_opt_str(out, c.milestone.as_deref());
    out.extend_from_slice(b",\"modality\":");
    push_str(out, c.modality.as_str());
    out.extend_from_slice(b",\"attribution\":");
    push_opt_str(out, c.attribution.as_deref());
    if !c.notes.is_empty() {
        out.extend_from_slice(b",\"notes\":");
        push_notes(out, &c.notes);
    }
    out.extend_from_slice(b",\"sentence\":{\"text\":");
    push_str(out, &c.sentence.text);
    out.extend_from_slice(b",\"span\":");
    push_span(out, &c.sentence.span);
    out.extend_from_slice(b"}}");
    Ok(())
}

/// One mention, byte for byte as its `Serialize` implementation writes it.
fn push_mention(out: &mut Vec<u8>, m: &Mention) {
    use crate::mention::MentionValue as V;
    out.extend_from_slice(b"{\"kind\":");
    push_str(out, m.value.kind());
    out.extend_from_slice(b",\"text\":");
    push_str(out, &m.text);
    out.extend_from_slice(b",\"span\":");
    push_span(out, &m.span);
    out.extend_from_slice(b",\"value\":{");
    match &m.value {
        V::Money(money) => {
            push_figure(out, &money.figure);
            out.extend_from_slice(b",\"currency\":");
            match &money.currency {
                Some(c) => push_str(out, c),
                None => out.extend_from_slice(b"null"),
            }
            out.extend_from_slice(b",\"bound\":");
            push_str(out, money.figure.bound.as_str());
        }
        V::Percent(p) => {
            push_figure(out, &p.figure);
            out.extend_from_slice(b",\"bound\":");
            push_str(out, p.figure.bound.as_str());
            if p.points {
                out.extend_from_slice(b",\"points\":true");
            }
        }
        V::Quantity(q) => {
            push_figure(out, &q.figure);
            out.extend_from_slice(b",\"unit\":");
            push_str(out, &q.unit);
            out.extend_from_slice(b",\"bound\":");
            push_str(out, q.figure.bound.as_str());
        }
        V::Date(d) => push_date_fields(out, d),
        V::Duration(d) => {
            out.extend_from_slice(b"\"iso\":");
            push_str(out, &d.iso);
            if d.earliest.is_some() || d.latest.is_some() {
                out.extend_from_slice(b",\"earliest\":");
                push_opt_date(out, d.earliest);
                out.extend_from_slice(b",\"latest\":");
                push_opt_date(out, d.latest);
            }
        }
    }
    out.extend_from_slice(b"},\"notes\":");
    push_notes(out, &m.notes);
    out.push(b'}');
}

/// A source of `claimdiff.check/1`, for serde (the reference the hand writer is tested on).
#[cfg(test)]
#[derive(Serialize)]
struct SourceJson<'a> {
    source: &'a str,
    path: &'a str,
    published: Option<String>,
    lang: &'a str,
}

/// Counts for the footer and the `summary` object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sources read.
    pub sources: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Events aligned.
    pub events: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

impl Summary {
    /// The counts of a report.
    pub fn of(report: &CheckReport) -> Summary {
        let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
        Summary {
            sources: report.extractions.len(),
            claims: report.claim_count(),
            events: report.event_count(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        }
    }
}

/// `claimdiff.check/1` for serde (the reference the hand writer is tested on).
#[cfg(test)]
#[derive(Serialize)]
struct CheckJson<'a> {
    schema: &'static str,
    sources: Vec<SourceJson<'a>>,
    events: EventsJson<'a>,
    findings: &'a [Finding],
    summary: Summary,
}

/// The events of a report, serialized as they are built (a compact report never holds
/// them all).
#[cfg(test)]
struct EventsJson<'a>(&'a CheckReport);

#[cfg(test)]
impl Serialize for EventsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.events_iter())
    }
}

/// Writes `claimdiff.check/1`, by hand and streamed: the same bytes as serde_json's pretty
/// printer (a test checks), written an event at a time into a small buffer, without
/// serde's per-field calls or the temporary strings of the sources' dates.
pub fn write_check(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    /// The buffer is handed to `out` whenever it grows past this.
    const FLUSH: usize = 1 << 16;
    let mut buf = Vec::with_capacity(FLUSH * 2);
    buf.push(b'{');
    pretty_key(&mut buf, 1, true, "schema");
    push_str(&mut buf, "claimdiff.check/1");
    pretty_key(&mut buf, 1, false, "sources");
    pretty_array(&mut buf, 1, out, report.extractions.iter(), |buf, e| {
        let d = &e.document;
        buf.push(b'{');
        pretty_key(buf, 3, true, "source");
        push_str(buf, &d.source);
        pretty_key(buf, 3, false, "path");
        push_str(buf, &d.path);
        pretty_key(buf, 3, false, "published");
        push_opt_date(buf, d.published);
        pretty_key(buf, 3, false, "lang");
        push_str(buf, d.lang.code());
        pretty_close(buf, 2, b'}');
    })?;
    pretty_key(&mut buf, 1, false, "events");
    pretty_array(&mut buf, 1, out, report.events_iter(), |buf, e| push_event(buf, &e))?;
    pretty_key(&mut buf, 1, false, "findings");
    pretty_array(&mut buf, 1, out, report.findings.iter(), push_finding)?;
    pretty_key(&mut buf, 1, false, "summary");
    let s = Summary::of(report);
    let counts = [("sources", s.sources), ("claims", s.claims), ("events", s.events), ("errors", s.errors)];
    let counts = counts.into_iter().chain([("warnings", s.warnings), ("infos", s.infos)]);
    buf.push(b'{');
    let mut digits = [0u8; 20];
    for (k, (name, n)) in counts.enumerate() {
        pretty_key(&mut buf, 2, k == 0, name);
        buf.extend_from_slice(uint_digits(n as u64, &mut digits));
    }
    pretty_close(&mut buf, 1, b'}');
    pretty_close(&mut buf, 0, b'}');
    buf.push(b'\n');
    out.write_all(&buf)
}

/// The next key of a pretty-printed object whose keys sit at `depth`: a newline (after a
/// comma unless `first`), the indent, the quoted name and `": "`.
fn pretty_key(buf: &mut Vec<u8>, depth: usize, first: bool, name: &str) {
    buf.extend_from_slice(if first { b"\n" } else { b",\n" });
    buf.extend(std::iter::repeat_n(b' ', depth * 2));
    push_str(buf, name);
    buf.extend_from_slice(b": ");
}

/// Closes a non-empty object or array whose opening line is at `depth`.
fn pretty_close(buf: &mut Vec<u8>, depth: usize, close: u8) {
    buf.push(b'\n');
    buf.extend(std::iter::repeat_n(b' ', depth * 2));
    buf.push(close);
}

/// A pretty-printed array whose opening line is at `depth` (`[]` when empty), each item
/// written by `item` after its indent; the buffer goes to `out` when it grows large.
fn pretty_array<T>(
    buf: &mut Vec<u8>,
    depth: usize,
    out: &mut dyn Write,
    items: impl Iterator<Item = T>,
    item: impl FnMut(&mut Vec<u8>, T),
) -> io::Result<()> {
    pretty_items(buf, depth, items, item, |buf| {
        if buf.len() >= 1 << 16 {
            out.write_all(buf)?;
            buf.clear();
        }
        Ok(())
    })
}

/// A pretty-printed array of strings whose opening line is at `depth`.
fn pretty_strs<'s>(buf: &mut Vec<u8>, depth: usize, items: impl Iterator<Item = &'s str>) {
    let Ok(()) = pretty_items::<_, std::convert::Infallible>(buf, depth, items, push_str, |_| Ok(()));
}

/// The one loop behind [`pretty_array`] and [`pretty_strs`]: each item on its own line,
/// indented one level below `depth`, with `after` run after every item (the streaming
/// writer flushes there; the in-memory one does nothing).
fn pretty_items<T, E>(
    buf: &mut Vec<u8>,
    depth: usize,
    items: impl Iterator<Item = T>,
    mut item: impl FnMut(&mut Vec<u8>, T),
    mut after: impl FnMut(&mut Vec<u8>) -> Result<(), E>,
) -> Result<(), E> {
    buf.push(b'[');
    let mut any = false;
    for x in items {
        buf.extend_from_slice(if any { b",\n" } else { b"\n" });
        buf.extend(std::iter::repeat_n(b' ', (depth + 1) * 2));
        item(buf, x);
        any = true;
        after(buf)?;
    }
    if any {
        pretty_close(buf, depth, b']');
    } else {
        buf.push(b']');
    }
    Ok(())
}

/// One event of `events`, its opening brace at depth 2.
fn push_event(buf: &mut Vec<u8>, e: &crate::align::Event) {
    buf.push(b'{');
    pretty_key(buf, 3, true, "id");
    push_str(buf, &e.id);
    pretty_key(buf, 3, false, "label");
    push_str(buf, &e.label);
    pretty_key(buf, 3, false, "parties");
    pretty_strs(buf, 3, e.parties.iter().map(String::as_str));
    pretty_key(buf, 3, false, "claims");
    pretty_strs(buf, 3, e.claims.iter().map(String::as_str));
    pretty_key(buf, 3, false, "agreement");
    if e.agreement.is_empty() {
        buf.extend_from_slice(b"[]");
    } else {
        buf.push(b'[');
        for (k, a) in e.agreement.iter().enumerate() {
            buf.extend_from_slice(if k > 0 { b",\n" } else { b"\n" });
            buf.extend(std::iter::repeat_n(b' ', 8));
            buf.push(b'{');
            pretty_key(buf, 5, true, "reading");
            push_str(buf, &a.reading);
            pretty_key(buf, 5, false, "sources");
            pretty_strs(buf, 5, a.sources.iter().map(String::as_str));
            pretty_close(buf, 4, b'}');
        }
        pretty_close(buf, 3, b']');
    }
    pretty_close(buf, 2, b'}');
}

/// One finding of `findings`, its opening brace at depth 2.
fn push_finding(buf: &mut Vec<u8>, f: &Finding) {
    buf.push(b'{');
    pretty_key(buf, 3, true, "rule");
    push_str(buf, &f.rule);
    pretty_key(buf, 3, false, "kind");
    // A renamed enum: serde writes its name (a quoted kebab-case word, never failing).
    let _ = serde_json::to_writer(&mut *buf, &f.kind);
    pretty_key(buf, 3, false, "severity");
    push_str(buf, f.severity.as_str());
    pretty_key(buf, 3, false, "event");
    push_opt_str(buf, f.event.as_deref());
    pretty_key(buf, 3, false, "message");
    push_str(buf, &f.message);
    pretty_key(buf, 3, false, "evidence");
    if f.evidence.is_empty() {
        buf.extend_from_slice(b"[]");
    } else {
        buf.push(b'[');
        let mut digits = [0u8; 20];
        for (k, e) in f.evidence.iter().enumerate() {
            buf.extend_from_slice(if k > 0 { b",\n" } else { b"\n" });
            buf.extend(std::iter::repeat_n(b' ', 8));
            buf.push(b'{');
            pretty_key(buf, 5, true, "source");
            push_str(buf, &e.source);
            pretty_key(buf, 5, false, "claim");
            push_str(buf, &e.claim);
            pretty_key(buf, 5, false, "text");
            push_str(buf, &e.text);
            pretty_key(buf, 5, false, "span");
            buf.push(b'{');
            let span = [
                ("start", e.span.start as u64),
                ("end", e.span.end as u64),
                ("line", u64::from(e.span.line)),
                ("column", u64::from(e.span.column)),
            ];
            for (j, (name, n)) in span.into_iter().enumerate() {
                pretty_key(buf, 6, j == 0, name);
                buf.extend_from_slice(uint_digits(n, &mut digits));
            }
            pretty_close(buf, 5, b'}');
            pretty_key(buf, 5, false, "reading");
            push_str(buf, &e.reading);
            pretty_close(buf, 4, b'}');
        }
        pretty_close(buf, 3, b']');
    }
    pretty_close(buf, 2, b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    /// Every kind of mention and odd strings, written by hand and by serde.
    fn odd_extraction() -> Extraction {
        use crate::decimal::Decimal;
        use crate::mention::*;
        let mut doc = fixture::doc("a\"b\\c\u{1}\u{8}\u{c}\t\r\n\u{1f}\u{7f}é.md", "Texte \"é\" \u{1}.\n");
        doc.title = Some("T\u{202f}\"x\"".into());
        doc.url = None;
        doc.published = Some(jiff::civil::date(-5, 1, 2));
        let dec = |m: i128, s: u32| Decimal::new(m, s).unwrap_or(Decimal::ZERO);
        let span = crate::span::Span { start: 3, end: 12_345_678_901, line: 7, column: u32::MAX };
        let mention = |value| Mention {
            value,
            text: "38\u{a0}milliards \\ \"$\"".into(),
            span,
            sentence: 0,
            notes: vec![Note::new("vague", "a\nb"), Note::new("x", "")],
        };
        let figure = |bound| Figure { bound, amount: dec(-1205, 3), high: Some(dec(7, 6)) };
        let mentions = vec![
            mention(MentionValue::Money(Money { figure: figure(Bound::Range), currency: Some("USD".into()) })),
            mention(MentionValue::Money(Money { figure: figure(Bound::AtLeast), currency: None })),
            mention(MentionValue::Percent(Percent { figure: Figure::exact(dec(29, 0)), points: true })),
            mention(MentionValue::Percent(Percent { figure: figure(Bound::Range), points: false })),
            mention(MentionValue::Quantity(Quantity { figure: figure(Bound::LessThan), unit: "employés".into() })),
            mention(MentionValue::Date(DateValue {
                earliest: Some(jiff::civil::date(2026, 1, 9)),
                latest: None,
                timex: "2026".into(),
                unresolved: true,
            })),
            mention(MentionValue::Date(DateValue {
                earliest: Some(jiff::civil::date(12, 12, 31)),
                latest: Some(jiff::civil::date(9999, 10, 1)),
                timex: "X".into(),
                unresolved: false,
            })),
            mention(MentionValue::Duration(DurationValue { iso: "P7Y".into(), earliest: None, latest: None })),
            mention(MentionValue::Duration(DurationValue {
                iso: "P1D".into(),
                earliest: None,
                latest: Some(jiff::civil::date(2025, 2, 28)),
            })),
        ];
        let mut claims = fixture::report().extractions[0].claims.clone();
        let mut odd = claims[0].clone();
        odd.id = "a\"b#3".into();
        odd.payer = None;
        odd.payee = Some("Amazon \\ Inc".into());
        odd.parties = Vec::new();
        odd.object = Some("capacités\n".into());
        odd.amount = Some(crate::claims::ClaimAmount {
            figure: figure(Bound::Range),
            currency: Some("EUR".into()),
            unit: Some("employés".into()),
        });
        odd.duration = Some("P7Y".into());
        odd.when = Some(DateValue { earliest: None, latest: None, timex: "PRESENT_REF".into(), unresolved: true });
        odd.milestone = Some("closing".into());
        odd.attribution = Some("Reuters".into());
        odd.notes = vec![Note::new("vague", "\u{2}")];
        claims.push(odd);
        let mut bare = claims[0].clone();
        bare.amount = None;
        bare.when = None;
        bare.notes = Vec::new();
        bare.object = None;
        claims.push(bare);
        Extraction { document: doc, sentences: Vec::new(), mentions, claims }
    }

    #[test]
    fn strings_are_escaped_as_serde_does() {
        let base = "Le déficit atteint 14\u{202f}000 € selon l’INSEE, «\u{a0}record\u{a0}» ";
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1f}", "\u{7f}", " ", "é", "\t\r\u{8}\u{c}"] {
            for at in 0..base.len() {
                if !base.is_char_boundary(at) {
                    continue;
                }
                let s = format!("{}{special}{}", &base[..at], &base[at..]);
                let mut out = Vec::new();
                push_str(&mut out, &s);
                assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
                // Short strings and tails: every prefix of up to 17 bytes.
                for k in (0..=17.min(s.len())).filter(|&k| s.is_char_boundary(k)) {
                    let mut out = Vec::new();
                    push_str(&mut out, &s[..k]);
                    assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s[..k]).unwrap());
                }
            }
        }
    }

    #[test]
    fn decimals_are_written_as_displayed() {
        use crate::decimal::Decimal;
        let mantissas = [0, 1, -1, 7, -1205, 10, 123_456_789, i128::MAX, i128::MIN, -i128::MAX];
        for m in mantissas {
            for scale in [0, 1, 2, 3, 9, 18, 28] {
                let Some(d) = Decimal::new(m, scale) else { continue };
                let mut out = Vec::new();
                push_decimal(&mut out, &d);
                assert_eq!(String::from_utf8(out).unwrap(), format!("\"{d}\""), "{m} scale {scale}");
            }
        }
    }

    #[test]
    fn hand_written_lines_equal_serde() {
        let mut extractions = vec![odd_extraction()];
        extractions.extend(fixture::report().extractions);
        for e in &extractions {
            let mut hand = Vec::new();
            document_line(e, &mut hand).unwrap();
            let mut serde = serde_json::to_vec(&DocumentJson::new(e)).unwrap();
            serde.push(b'\n');
            assert_eq!(String::from_utf8(hand).unwrap(), String::from_utf8(serde).unwrap());
        }
    }

    #[test]
    fn streamed_line_equals_the_whole_line_across_many_chunks() {
        // A document whose line is many times the streaming chunk: the streamed writer
        // must flush mid-array and still write the same bytes as the line built whole.
        let mut big = fixture::report().extractions.swap_remove(0);
        let odd = odd_extraction();
        big.claims = big.claims.iter().cycle().take(big.claims.len() * 2000).cloned().collect();
        big.mentions = odd.mentions.iter().cycle().take(odd.mentions.len() * 2000).cloned().collect();
        let mut whole = Vec::new();
        document_line(&big, &mut whole).unwrap();
        assert!(whole.len() > STREAM_CHUNK * 3, "the test line is too short: {}", whole.len());
        let mut streamed = Vec::new();
        write_document_line(&big, &mut streamed).unwrap();
        assert_eq!(streamed, whole);
    }

    /// `claimdiff.check/1` through serde: the reference for [`write_check`].
    fn write_check_serde(report: &CheckReport) -> String {
        let doc = CheckJson {
            schema: "claimdiff.check/1",
            sources: report
                .extractions
                .iter()
                .map(|e| SourceJson {
                    source: &e.document.source,
                    path: &e.document.path,
                    published: e.document.published.map(|p| p.to_string()),
                    lang: e.document.lang.code(),
                })
                .collect(),
            events: EventsJson(report),
            findings: &report.findings,
            summary: Summary::of(report),
        };
        serde_json::to_string_pretty(&doc).unwrap() + "\n"
    }

    #[test]
    fn hand_written_check_equals_serde() {
        let mut odd = fixture::report();
        odd.extractions[0].document.published = Some(jiff::civil::date(-5, 1, 2));
        odd.extractions[1].document.published = None;
        odd.extractions[1].document.source = "a\"b\\c\u{1}\n\té".into();
        odd.events[0].label = "O\"penAI ↔ \u{7f}\u{1f}".into();
        odd.events[0].agreement[0].sources.clear();
        odd.events[0].parties.clear();
        let mut empty_event = odd.events[0].clone();
        empty_event.agreement.clear();
        empty_event.claims.clear();
        odd.events.push(empty_event);
        odd.findings[0].message = "line\nbreak \"quoted\"".into();
        odd.findings[0].event = None;
        odd.findings[0].evidence[0].span.start = 12_345_678_901;
        let mut bare = odd.findings[0].clone();
        bare.evidence.clear();
        odd.findings.push(bare);
        let rules = crate::rules::Rules::builtin().unwrap();
        let (inputs, _) = crate::ingest::expand(&[std::path::PathBuf::from("examples/openai-aws")]);
        let xs: Vec<Extraction> = inputs
            .iter()
            .map(|i| crate::extract(crate::ingest::read(i, &crate::ingest::Options::default()).unwrap(), &rules))
            .collect();
        let compact = crate::check_compact(xs, &rules, &[]);
        let empty = CheckReport::new(Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (name, report) in [("fixture", fixture::report()), ("odd", odd), ("compact", compact), ("empty", empty)] {
            let mut hand = Vec::new();
            write_check(&report, &mut hand).unwrap();
            assert_eq!(String::from_utf8(hand).unwrap(), write_check_serde(&report), "{name}");
        }
    }

    #[test]
    fn check_json_snapshot() {
        let mut out = Vec::new();
        write_check(&fixture::report(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["schema"], "claimdiff.check/1");
        assert_eq!(v["summary"]["errors"], 2);
        assert_eq!(v["findings"][0]["evidence"][1]["span"]["line"], 9);
        let text = String::from_utf8(out).unwrap();
        fixture::snapshots().bind(|| insta::assert_snapshot!("check_json", text));
    }
}
