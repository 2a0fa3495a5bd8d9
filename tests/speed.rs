//! Robustness at volume: every input the fuzzers once broke still goes through the whole
//! pipeline (bytes → ingest → extract → check → JSON) without a panic.

use claimdiff::{ingest, report, rules::Rules};

#[test]
fn fuzz_crash_inputs_go_through_the_pipeline() {
    let rules = Rules::builtin().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // The pipeline fuzz target reads its first byte as options.
        for data in [&bytes[..], bytes.get(1..).unwrap_or(&[])] {
            let Ok(doc) = ingest::from_bytes("f.md", "f", data.to_vec(), &ingest::Options::default()) else { continue };
            let x = claimdiff::extract(doc, &rules);
            let report = claimdiff::check(vec![x], &rules, &[]);
            let mut json = Vec::new();
            report::json::write_check(&report, &mut json).unwrap();
            serde_json::from_slice::<serde_json::Value>(&json).unwrap();
        }
        seen += 1;
    }
    assert!(seen > 0, "no fixture in {}", dir.display());
}
