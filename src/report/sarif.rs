//! SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! One run: `tool.driver` lists every rule with its explanation (the built-in ones, plus
//! any id a finding uses that the list lacks, so `ruleIndex` is always valid); each result
//! has a stable `ruleId`, a `level`, a `message`, its primary location on the focused
//! article (else the majority side), the other sources in `relatedLocations`, and a
//! `partialFingerprints` entry so code scanning can follow an alert across commits.
//! URIs are relative to the repository root (never article URLs, which code scanning
//! rejects); columns are Unicode code points, as `columnKind` declares.
//! Hand-written serde types: the few fields we need, checked by tests, no extra crate.

use super::{locate, primary};
use crate::CheckReport;
use crate::findings::{self, Evidence, Finding, Severity};
use serde::Serialize;
use std::io::{self, Write};
use std::path::Path;

/// The schema URI written in `$schema`.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    version: &'static str,
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text,
    full_description: Text,
    help: Help,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct RuleProperties {
    kind: String,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "claimdiff/v1")]
    v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
    snippet: Text,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI: relative to `root` when it is inside it, forward slashes, no
/// `./`, and characters outside the URI path set percent-encoded.
pub fn artifact_uri(path: &str, root: Option<&Path>) -> String {
    let s = super::repo_relative(path, root);
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// FNV-1a, 64 bits: a stable fingerprint that needs no dependency (not a security hash).
fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn location(report: &CheckReport, e: &Evidence, root: Option<&Path>, id: Option<usize>, note: bool) -> Location {
    let l = locate(report, e);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: artifact_uri(l.path, root) },
            region: Region {
                start_line: l.line,
                start_column: l.column,
                end_line: l.end_line,
                end_column: l.end_column,
                snippet: Text { text: e.text.clone() },
            },
        },
        message: note.then(|| Text { text: format!("{} reads {}", e.source, e.reading) }),
    }
}

fn result(report: &CheckReport, f: &Finding, rule_index: usize, root: Option<&Path>) -> SarifResult {
    let main = primary(report, f);
    let locations: Vec<Location> = main.map(|e| location(report, e, root, None, false)).into_iter().collect();
    let related = f
        .evidence
        .iter()
        .filter(|e| main.is_none_or(|m| !std::ptr::eq(*e, m)))
        .enumerate()
        .map(|(i, e)| location(report, e, root, Some(i + 1), true))
        .collect();
    let claims: Vec<&str> = f.evidence.iter().map(|e| e.claim.as_str()).collect();
    let mut parts = vec![f.rule.as_str(), main.map_or("", |e| e.claim.as_str())];
    parts.extend(claims);
    let mut message = f.message.clone();
    if let Some(m) = main {
        message.push_str(&format!(" ({} reads {})", m.source, m.reading));
    }
    SarifResult {
        rule_id: f.rule.clone(),
        rule_index,
        level: level(f.severity),
        message: Text { text: message },
        locations,
        related_locations: related,
        partial_fingerprints: Fingerprints { v1: fingerprint(&parts) },
    }
}

/// Writes the SARIF log. `root` is the repository root that URIs are relative to (the
/// CLI passes the current directory); paths given relative stay as they are.
pub fn write(report: &CheckReport, root: Option<&Path>, out: &mut dyn Write) -> io::Result<()> {
    let mut rules: Vec<Rule<'_>> = findings::RULES
        .iter()
        .map(|r| Rule {
            id: r.id,
            name: r.id,
            short_description: Text { text: r.summary.to_string() },
            full_description: Text { text: r.summary.to_string() },
            help: Help { text: r.explanation.to_string(), markdown: r.explanation.to_string() },
            properties: RuleProperties {
                kind: serde_json::to_value(r.kind).map(|v| v.as_str().unwrap_or("").to_string()).unwrap_or_default(),
            },
        })
        .collect();
    for f in &report.findings {
        if !rules.iter().any(|r| r.id == f.rule) {
            let text = format!("claimdiff rule {}", f.rule);
            rules.push(Rule {
                id: &f.rule,
                name: &f.rule,
                short_description: Text { text: text.clone() },
                full_description: Text { text: text.clone() },
                help: Help { text: text.clone(), markdown: text },
                properties: RuleProperties {
                    kind: serde_json::to_value(f.kind)
                        .map(|v| v.as_str().unwrap_or("").to_string())
                        .unwrap_or_default(),
                },
            });
        }
    }
    let results = report
        .findings
        .iter()
        .map(|f| {
            let index = rules.iter().position(|r| r.id == f.rule).unwrap_or(0);
            result(report, f, index, root)
        })
        .collect();
    let log = Log {
        version: "2.1.0",
        schema: SCHEMA,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimdiff",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;
    use serde_json::Value;

    fn render(report: &CheckReport, root: Option<&Path>) -> Value {
        let mut out = Vec::new();
        write(report, root, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn has_every_field_code_scanning_requires() {
        let v = render(&fixture::report(), None);
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(v["$schema"], SCHEMA);
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["name"], "claimdiff");
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 4);
        for r in results {
            let id = r["ruleId"].as_str().unwrap();
            let index = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], id);
            assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
            assert!(!r["message"]["text"].as_str().unwrap().is_empty());
            let loc = &r["locations"][0]["physicalLocation"];
            assert!(loc["artifactLocation"]["uri"].as_str().unwrap().starts_with("corpus/"));
            assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
            assert!(loc["region"]["startColumn"].as_u64().unwrap() >= 1);
        }
        // Without focus the primary location is the minority side, the majority is related.
        assert_eq!(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "corpus/b.md");
        assert_eq!(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], "corpus/a.md");
    }

    #[test]
    fn sarif_snapshot() {
        let mut v = render(&fixture::report(), None);
        // The crate version changes with releases; the snapshot should not.
        v["runs"][0]["tool"]["driver"]["version"] = "[version]".into();
        v["runs"][0]["tool"]["driver"]["semanticVersion"] = "[version]".into();
        fixture::snapshots().bind(|| insta::assert_json_snapshot!("sarif", v));
    }

    #[test]
    fn primary_location_is_the_focused_article() {
        let mut r = fixture::report();
        r.focus = vec!["lqe".to_string()];
        let v = render(&r, None);
        let first = &v["runs"][0]["results"][0];
        assert_eq!(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "corpus/a.md");
        assert_eq!(first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], "corpus/b.md");
    }

    #[test]
    fn uris_are_relative_to_the_root() {
        assert_eq!(artifact_uri("/repo/corpus/a b.md", Some(Path::new("/repo"))), "corpus/a%20b.md");
        assert_eq!(artifact_uri("./corpus/é.md", None), "corpus/%C3%A9.md");
        assert_eq!(artifact_uri("/elsewhere/x.md", Some(Path::new("/repo"))), "/elsewhere/x.md");
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
    }
}
