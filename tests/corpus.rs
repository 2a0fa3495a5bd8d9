//! The bundled example corpus, end to end: the extract JSON of every article, its claims,
//! and every `check` format, each pinned by a reviewed snapshot in `snapshots/`.

use crate::util::{json, run, snapshot_settings};

const CORPUS: &str = "examples/openai-aws";

fn articles() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(crate::util::root().join(CORPUS))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md") && n != "README.md")
        .collect();
    files.sort();
    files
}

/// `extract --format json` of each article: mentions with exact spans and values, claims.
#[test]
fn extract_json_of_each_article() {
    let files = articles();
    assert!(files.len() >= 6, "at least six articles: {files:?}");
    for file in files {
        let path = format!("{CORPUS}/{file}");
        let r = run(&["extract", "--format", "json", &path]);
        assert_eq!(r.code, 0, "{path}: {}", r.stderr);
        let v = json(&r);
        let doc = &v["documents"][0];
        // Every span points at exactly the bytes of its text.
        let text = std::fs::read_to_string(crate::util::root().join(&path)).unwrap();
        for m in doc["mentions"].as_array().unwrap() {
            let (s, e) = (m["span"]["start"].as_u64().unwrap() as usize, m["span"]["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], m["text"].as_str().unwrap(), "{path}");
        }
        let name = format!("extract-{}", file.trim_end_matches(".md"));
        snapshot_settings().bind(|| insta::assert_snapshot!(name, r.stdout));
    }
}

/// One readable line per claim of every article (`extract --format human`).
#[test]
fn claims_of_the_corpus() {
    let r = run(&["extract", "--color", "never", CORPUS]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    snapshot_settings().bind(|| insta::assert_snapshot!("corpus-claims", r.stdout));
}

/// Every `check` format on the corpus; exit 1 because the corpus holds errors.
#[test]
fn every_check_format_on_the_corpus() {
    for format in ["human", "concise", "json", "markdown", "github", "sarif"] {
        let r = run(&["check", "--color", "never", "--format", format, CORPUS]);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        assert!(!r.stdout.contains('\x1b'), "{format}: no escape byte without color");
        if matches!(format, "json" | "sarif") {
            json(&r);
        }
        let name = format!("corpus-check-{format}");
        snapshot_settings().bind(|| insta::assert_snapshot!(name, r.stdout));
    }
}
