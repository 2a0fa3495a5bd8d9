//! The command-line contract: exit codes, stdin, bad inputs.

use crate::util::{json, run, run_with_stdin, temp_dir, write};

#[test]
fn extract_json_has_the_contract_shape() {
    let r = run_with_stdin(
        &["extract", "--format", "json", "--date", "2025-11-03", "-"],
        "OpenAI signe avec Amazon.".as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r);
    assert_eq!(v["schema"], "claimdiff.extract/1");
    let d = &v["documents"][0];
    assert_eq!(d["source"], "stdin");
    assert_eq!(d["path"], "-");
    assert_eq!(d["published"], "2025-11-03");
    assert_eq!(d["lang"], "fr");
    assert!(d["mentions"].is_array() && d["claims"].is_array());
}

#[test]
fn explain_lists_rules_and_rejects_unknown_ids() {
    assert_eq!(run(&["explain"]).code, 0);
    let r = run(&["explain", "no-such-rule"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-rule"));
}

#[test]
fn missing_file_is_reported_and_others_still_processed() {
    let dir = temp_dir("missing");
    let ok = write(&dir, "ok.md", b"---\npublished: 2025-11-03\n---\nTitre\n\nTexte.\n");
    let missing = dir.join("nope.md").to_string_lossy().into_owned();
    let r = run(&["extract", "--format", "json", &missing, &ok]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nope.md") && r.stderr.contains("cannot read"), "{}", r.stderr);
    assert_eq!(json(&r)["documents"].as_array().unwrap().len(), 1);
}
