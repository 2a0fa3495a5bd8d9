//! The command-line contract: exit codes, stdin, bad inputs, directory order, publication
//! dates, spans.

use crate::util::{json, run, run_with_stdin, temp_dir, write};
use std::io::Read;
use std::process::{Command, Stdio};

const GOOD: &[u8] = b"---\nsource: good\npublished: 2025-11-03\nlang: fr\n---\n# Titre\n\nOpenAI signe avec Amazon.\n";

fn documents(v: &serde_json::Value) -> Vec<serde_json::Value> {
    v["documents"].as_array().cloned().unwrap_or_default()
}

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
fn check_json_has_the_contract_shape() {
    let dir = temp_dir("checkshape");
    let a = write(&dir, "a.md", GOOD);
    let r = run(&["check", "--format", "json", &a]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r);
    assert_eq!(v["schema"], "claimdiff.check/1");
    assert_eq!(v["sources"][0]["source"], "good");
    assert_eq!(v["sources"][0]["published"], "2025-11-03");
    assert!(v["events"].is_array() && v["findings"].is_array());
    assert_eq!(v["summary"]["sources"], 1);
}

#[test]
fn explain_lists_rules_and_rejects_unknown_ids() {
    assert_eq!(run(&["explain"]).code, 0);
    let r = run(&["explain", "no-such-rule"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-rule"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check"]).code, 2);
    assert_eq!(run(&["frobnicate"]).code, 2);
    let r = run(&["extract", "--date", "2025-13-01", "-"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("2025-13-01"), "{}", r.stderr);
    assert_eq!(run(&["check", "--format", "xml", "-"]).code, 2);
}

/// Each bad input: one line on stderr naming the file and the problem, exit 2, and the
/// good input is still processed and reported.
#[test]
fn bad_inputs_are_reported_and_the_others_processed() {
    let dir = temp_dir("bad");
    let good = write(&dir, "good.md", GOOD);
    let empty_dir = dir.join("empty-dir");
    std::fs::create_dir_all(empty_dir.join("sub")).unwrap();
    write(&empty_dir, "notes.pdf", b"%PDF");
    let not_a_dir = write(&dir, "plain.md", b"x");
    let cases: Vec<(String, &str)> = vec![
        (dir.join("missing.md").to_string_lossy().into_owned(), "cannot read"),
        (format!("{not_a_dir}/inside.md"), "cannot read"),
        (empty_dir.to_string_lossy().into_owned(), "no .txt or .md article"),
        (write(&dir, "latin1.md", b"Caf\xe9 cr\xe8me\n"), "not valid UTF-8"),
        (write(&dir, "binary.md", b"PK\x03\x04\x00\x00binary"), "binary file"),
        (write(&dir, "empty.md", b""), "empty file"),
        (write(&dir, "blank.txt", b"  \n\n"), "empty file"),
        (write(&dir, "open-fm.md", b"---\nsource: x\npublished: 2025-11-03\nTitre\n"), "unterminated"),
        (write(&dir, "bad-date.md", b"---\npublished: 2025-02-30\n---\nTitre\n"), "invalid publication date"),
        (write(&dir, "bad-yaml.md", b"---\nsource: [unclosed\n---\nTitre\n"), "front matter"),
        (write(&dir, "bad-lang.md", b"---\nlang: klingon\n---\nTitre\n"), "unknown language"),
    ];
    for (bad, problem) in &cases {
        for format in ["json", "human"] {
            let r = run(&["extract", "--format", format, bad, &good]);
            assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
            let lines: Vec<&str> = r.stderr.lines().collect();
            assert_eq!(lines.len(), 1, "one line for {bad}: {}", r.stderr);
            let name = std::path::Path::new(bad).file_name().unwrap().to_string_lossy();
            assert!(lines[0].contains(&*name) && lines[0].contains(problem), "{bad}: {}", lines[0]);
            assert!(!r.stderr.contains("panicked"));
            if format == "json" {
                let docs = documents(&json(&r));
                assert_eq!(docs.len(), 1, "{bad}");
                assert_eq!(docs[0]["source"], "good");
            } else {
                assert!(r.stdout.contains("good.md"), "{}", r.stdout);
            }
        }
        let r = run(&["check", "--format", "json", bad, &good]);
        assert_eq!(r.code, 2, "check {bad}");
        assert_eq!(json(&r)["summary"]["sources"], 1);
    }
}

#[test]
fn malformed_rules_name_the_file_and_key() {
    let dir = temp_dir("rules");
    let rules = dir.join("rules");
    write(&rules, "abbreviations.toml", b"fr = [\"M\"]\nbogus-key = 3\n");
    let a = write(&dir, "a.md", GOOD);
    let r = run(&["check", "--rules", &rules.to_string_lossy(), &a]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("abbreviations.toml") && r.stderr.contains("bogus-key"), "{}", r.stderr);
    write(&rules, "abbreviations.toml", b"fr = [\"M\"\n");
    let r = run(&["check", "--rules", &rules.to_string_lossy(), &a]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("abbreviations.toml"), "{}", r.stderr);
}

#[test]
fn directories_are_walked_recursively_in_sorted_order() {
    let dir = temp_dir("order");
    for name in ["b.md", "a.txt", "sub/c.md", "sub/a.md", "z/readme.md", "skip.pdf", "Z.MD"] {
        write(&dir, name, format!("Titre {name}\n\nTexte.\n").as_bytes());
    }
    let r = run(&["extract", "--format", "json", "--lang", "fr", &dir.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got: Vec<String> = documents(&json(&r))
        .iter()
        .map(|d| {
            let p = d["path"].as_str().unwrap();
            p.strip_prefix(&*dir.to_string_lossy()).unwrap().trim_start_matches('/').to_string()
        })
        .collect();
    assert_eq!(got, ["Z.MD", "a.txt", "b.md", "sub/a.md", "sub/c.md"]);
}

#[test]
fn publication_date_from_front_matter_dateline_and_flag() {
    let dir = temp_dir("dates");
    let files = [
        ("yaml.md", "---\npublished: 2025-11-03\n---\nTitre\n", Some("2025-11-03")),
        ("toml.md", "+++\npublished = 2025-11-04\n+++\nTitre\n", Some("2025-11-04")),
        ("iso.txt", "date 2025-11-05 OpenAI et AWS\n\nTexte.\n", Some("2025-11-05")),
        ("fr.txt", "OpenAI et AWS\nLe 6 novembre 2025 — Texte du jour.\n", Some("2025-11-06")),
        ("afp.txt", "Titre\n\nPARIS, 7 nov. 2025 (AFP) - OpenAI signe.\n", Some("2025-11-07")),
        ("en.txt", "November 8, 2025\nOpenAI signs with Amazon.\n", Some("2025-11-08")),
        ("none.txt", "OpenAI signs with Amazon.\n\nIt will pay on Monday.\n", None),
    ];
    for (name, text, _) in &files {
        write(&dir, name, text.as_bytes());
    }
    let r = run(&["extract", "--format", "json", &dir.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = documents(&json(&r));
    let published = |name: &str| {
        docs.iter().find(|d| d["path"].as_str().unwrap().ends_with(name)).map(|d| d["published"].clone()).unwrap()
    };
    for (name, _, want) in &files {
        assert_eq!(published(name), want.map_or(serde_json::Value::Null, |w| w.into()), "{name}");
    }
    // --date fills in only where the article gives none.
    let r = run(&["extract", "--format", "json", "--date", "2024-01-02", &dir.to_string_lossy()]);
    let docs = documents(&json(&r));
    let get =
        |name: &str| docs.iter().find(|d| d["path"].as_str().unwrap().ends_with(name)).unwrap()["published"].clone();
    assert_eq!(get("none.txt"), "2024-01-02");
    assert_eq!(get("yaml.md"), "2025-11-03");
    assert_eq!(get("afp.txt"), "2025-11-07");
}

#[test]
fn source_name_and_language() {
    let dir = temp_dir("lang");
    let fr = write(
        &dir,
        "le-monde-fictif.md",
        "Titre\n\nOpenAI va acheter des capacités de calcul à Amazon pour sept ans.\n".as_bytes(),
    );
    let en = write(
        &dir,
        "wire.md",
        b"---\nsource: Wire Daily\n---\nOpenAI will buy computing capacity from Amazon over seven years.\n",
    );
    let r = run(&["extract", "--format", "json", &fr, &en]);
    let docs = documents(&json(&r));
    assert_eq!(docs[0]["source"], "le-monde-fictif");
    assert_eq!(docs[0]["lang"], "fr");
    assert_eq!(docs[1]["source"], "Wire Daily");
    assert_eq!(docs[1]["lang"], "en");
    let r = run(&["extract", "--format", "json", "--lang", "en", &fr]);
    assert_eq!(documents(&json(&r))[0]["lang"], "en");
}

/// Spans are byte offsets into the file, front matter included, with a 1-based character
/// column: on a line with accents and a U+202F narrow no-break space.
#[test]
fn spans_are_bytes_with_character_columns() {
    let dir = temp_dir("spans");
    let text =
        "---\npublished: 2025-11-03\nlang: fr\n---\nTitre\n\nÉlève déçu : l’État paiera 14\u{202F}000 € à Amazon.\n";
    let p = write(&dir, "a.md", text.as_bytes());
    let r = run(&["extract", "--format", "json", &p]);
    let docs = documents(&json(&r));
    let mentions = docs[0]["mentions"].as_array().unwrap().clone();
    let m = mentions.iter().find(|m| m["kind"] == "money").unwrap_or_else(|| panic!("no money mention: {mentions:?}"));
    let start = text.find("14").unwrap();
    let end = text.find('€').unwrap() + '€'.len_utf8();
    assert_eq!(m["span"]["start"], start);
    assert_eq!(m["span"]["end"], end);
    assert_eq!(m["text"], &text[start..end]);
    assert_eq!(m["span"]["line"], 7);
    assert_eq!(m["span"]["column"], "Élève déçu : l’État paiera ".chars().count() + 1);
}

#[test]
fn stdin_reads_one_article() {
    let r = run_with_stdin(&["extract", "--format", "json", "-"], GOOD);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = &documents(&json(&r))[0];
    assert_eq!(d["source"], "good");
    assert_eq!(d["path"], "-");
    let r = run_with_stdin(&["check", "--format", "json", "-"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("-: empty file"), "{}", r.stderr);
}

/// `| head`: a closed stdout ends quietly with exit 0.
#[test]
fn closed_stdout_ends_quietly() {
    let dir = temp_dir("pipe");
    let body: String = (0..4000).map(|i| format!("Le groupe {i} a versé {i} millions d'euros en 2025. ")).collect();
    let p = write(&dir, "big.md", format!("Titre\n\n{body}\n").as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["extract", "--format", "json", "--lang", "fr", &p, &p, &p])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn huge_lines_and_odd_text_do_not_panic() {
    let dir = temp_dir("huge");
    let line = "9".repeat(200_000) + " € " + &"é".repeat(100_000) + &"«".repeat(1000);
    let p = write(&dir, "huge.md", line.as_bytes());
    let r = run(&["check", "--format", "json", &p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn two_articles_of_one_outlet_keep_distinct_claim_ids() {
    // One outlet's first dispatch and its update: same `source`, different figures. The
    // finding's evidence must say which article each reading comes from.
    let dir = temp_dir("one-outlet");
    let article = |source: &str, price: &str| {
        format!(
            "---\nsource: {source}\npublished: 2026-03-02\nlang: en\n---\n# Quillon to buy Brantwood\n\nQuillon will buy Brantwood for {price}, the companies said.\n"
        )
    };
    write(&dir, "a.md", article("Harbor Wire", "$8.1 billion").as_bytes());
    write(&dir, "b.md", article("Harbor Wire", "$8.6 billion").as_bytes());
    write(&dir, "c.md", article("Other Daily", "$8.1 billion").as_bytes());
    let r = run(&["check", "--format", "json", &dir.to_string_lossy()]);
    let v = json(&r);
    let evidence: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap().iter().map(|e| e["claim"].as_str().unwrap()))
        .collect();
    assert!(evidence.iter().any(|id| id.starts_with("Harbor Wire#")), "{evidence:?}");
    assert!(evidence.iter().any(|id| id.starts_with("Harbor Wire~2#")), "{evidence:?}");
    let mut ids: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["claims"].as_array().unwrap())
        .map(|c| c.as_str().unwrap())
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "claim ids repeat across events: {ids:?}");
}
