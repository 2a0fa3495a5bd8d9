//! The whole pipeline on arbitrary bytes: ingest → extract → check → JSON report, and the
//! jsonl line read back by `check --claims`. Invalid input must be an error, never a panic;
//! every JSON written must parse.

#![no_main]

use claimdiff::{claims_file, ingest, report, rules::Rules};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::builtin().expect("built-in rules"));

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, the rest is the file.
    let (opts, bytes) = data.split_first().map_or((0, data), |(b, rest)| (*b, rest));
    let options = ingest::Options {
        date: (opts & 1 == 1).then(|| jiff::civil::date(2025, 11, 3)),
        lang: match (opts >> 1) & 3 {
            1 => Some(claimdiff::lang::Lang::Fr),
            2 => Some(claimdiff::lang::Lang::En),
            _ => None,
        },
    };
    let Ok(doc) = ingest::from_bytes("fuzz.md", "fuzz", bytes.to_vec(), &options) else { return };
    let text_len = doc.text.len();
    let x = claimdiff::extract(doc, &RULES);
    for m in &x.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= text_len);
    }
    let mut line = Vec::new();
    report::json::write_document_line(&x, &mut line).expect("write jsonl");
    let back = claims_file::parse_line(std::str::from_utf8(&line).expect("utf-8").trim()).expect("read back");
    assert_eq!(back.claims.len(), x.claims.len());
    let report = claimdiff::check(vec![x, back], &RULES, &[]);
    let mut json = Vec::new();
    report::json::write_check(&report, &mut json).expect("write check");
    serde_json::from_slice::<serde_json::Value>(&json).expect("valid JSON");
});
