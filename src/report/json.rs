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

/// Writes one document as one line of JSON (the `jsonl` format).
pub fn write_document_line(extraction: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    let mut line = Vec::new();
    document_line(extraction, &mut line)?;
    out.write_all(&line)
}

/// Appends one document as one line of JSON to `line`. Serializing into a `Vec` rather
/// than a `dyn Write` lets every small write inline: the `jsonl` path of `extract`.
pub fn document_line(extraction: &Extraction, line: &mut Vec<u8>) -> io::Result<()> {
    line.reserve(extraction.document.text.len() * 6);
    serde_json::to_writer(&mut *line, &DocumentJson::new(extraction))?;
    line.push(b'\n');
    Ok(())
}

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
struct EventsJson<'a>(&'a CheckReport);

impl Serialize for EventsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.events_iter())
    }
}

/// Writes `claimdiff.check/1`.
pub fn write_check(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
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
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

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
