//! Reports at the command line: exit codes per `--fail-on`, color decisions, untrusted
//! article text through `human` and `github`, the GitHub step summary, SARIF fields.
//!
//! Assertions hold whatever the pipeline finds in the fixtures: where one needs a finding,
//! it first checks that findings exist (the JSON report says how many).

use crate::util::{json, run, run_env, temp_dir, write};

const CORPUS: &str = "tests/fixtures/report";
const EXAMPLES: &str = "examples/openai-aws";

/// The hostile article: ANSI escapes (color, clear screen, window title, BEL) and lines
/// that would be workflow commands if printed raw.
const HOSTILE: &[u8] = b"---\nsource: evil\npublished: 2025-11-06\nlang: en\n---\n\n# Acme \x1b[2Jbuys\n\nAcme will buy \x1b[31m$30 billion\x1b[0m of cloud capacity from Globex over five years.\n::set-output name=pwned::1\n::error file=x.md::injected\n\x1b]0;owned\x07Globex will invest $38 billion in Acme, 100% of it.\n";

/// Severities of the findings `check` reports on `paths` (from the JSON report).
fn severities(paths: &[&str]) -> Vec<String> {
    let mut args = vec!["check", "--format", "json", "--fail-on", "never"];
    args.extend_from_slice(paths);
    let r = run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r);
    let list = v["findings"].as_array().expect("findings array");
    let s = &v["summary"];
    let count = |k: &str| s[k].as_u64().unwrap() as usize;
    assert_eq!(count("errors") + count("warnings") + count("infos"), list.len());
    list.iter().map(|f| f["severity"].as_str().unwrap().to_string()).collect()
}

fn rank(severity: &str) -> u8 {
    match severity {
        "info" => 1,
        "warning" => 2,
        "error" => 3,
        other => panic!("unknown severity {other}"),
    }
}

#[test]
fn exit_codes_follow_fail_on() {
    // The fixtures and the example corpus (which has errors, warnings and an info).
    for corpus in [CORPUS, EXAMPLES] {
        let found = severities(&[corpus]);
        let worst = found.iter().map(|s| rank(s)).max().unwrap_or(0);
        for (level, threshold) in [("error", 3), ("warning", 2), ("info", 1), ("never", u8::MAX)] {
            let r = run(&["check", "--fail-on", level, "--format", "concise", corpus]);
            let expected = if worst >= threshold { 1 } else { 0 };
            assert_eq!(r.code, expected, "{corpus} --fail-on {level} with findings {found:?}: {}", r.stderr);
        }
        // The default is `error`.
        let r = run(&["check", "--format", "concise", corpus]);
        assert_eq!(r.code, if worst >= 3 { 1 } else { 0 });
    }
}

#[test]
fn focus_puts_every_location_on_the_focused_article() {
    let focus = "examples/openai-aws/04-echo-marches.md";
    let r = run(&["check", "--format", "github", "--fail-on", "never", "--focus", focus, EXAMPLES]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for line in r.stdout.lines().filter(|l| !l.starts_with("::notice title=claimdiff::")) {
        assert!(line.contains(&format!("file={focus},")), "{line}");
    }
    let r = run(&["check", "--format", "sarif", "--fail-on", "never", "--focus", focus, EXAMPLES]);
    let v = json(&r);
    for result in v["runs"][0]["results"].as_array().unwrap() {
        assert_eq!(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], focus);
    }
    let r = run(&["check", "--format", "concise", "--fail-on", "never", "--focus", focus, EXAMPLES]);
    assert!(r.stdout.lines().all(|l| l.starts_with(&format!("{focus}:"))), "{}", r.stdout);
}

#[test]
fn unreadable_input_exits_2_whatever_fail_on_says() {
    let dir = temp_dir("report-missing");
    let missing = dir.join("nope.md").to_string_lossy().into_owned();
    for level in ["error", "never"] {
        let r = run(&["check", "--fail-on", level, CORPUS, &missing]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stdout.contains("3 sources"), "the readable inputs are still reported: {}", r.stdout);
    }
}

#[test]
fn bad_fail_on_is_a_usage_error() {
    let r = run(&["check", "--fail-on", "sometimes", CORPUS]);
    assert_eq!(r.code, 2);
}

#[test]
fn no_color_output_holds_no_escape_byte() {
    for format in ["human", "concise", "markdown", "github", "sarif", "json"] {
        let r = run_env(&["check", "--format", format, "--fail-on", "never", CORPUS], b"", &[("NO_COLOR", "1")]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!r.stdout.contains('\x1b'), "{format} wrote an escape byte:\n{}", r.stdout);
    }
    // Piped stdout without any variable: no color either.
    assert!(!run(&["check", CORPUS]).stdout.contains('\x1b'));
}

#[test]
fn color_always_colors_and_wins_over_no_color() {
    let r = run(&["check", "--color", "always", "--fail-on", "never", CORPUS]);
    assert!(r.stdout.contains('\x1b'), "{}", r.stdout);
    let r = run_env(&["check", "--color", "always", "--fail-on", "never", CORPUS], b"", &[("NO_COLOR", "1")]);
    assert!(r.stdout.contains('\x1b'));
    let r = run_env(&["check", "--color", "never", "--fail-on", "never", CORPUS], b"", &[("CLICOLOR_FORCE", "1")]);
    assert!(!r.stdout.contains('\x1b'));
}

#[test]
fn clicolor_force_colors_a_pipe_unless_no_color() {
    let r = run_env(&["check", "--fail-on", "never", CORPUS], b"", &[("CLICOLOR_FORCE", "1")]);
    assert!(r.stdout.contains('\x1b'));
    let r = run_env(&["check", "--fail-on", "never", CORPUS], b"", &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!r.stdout.contains('\x1b'));
}

/// A copy of the fixtures plus the hostile article, in a directory of its own per test.
fn hostile_corpus(test: &str) -> (String, String) {
    let dir = temp_dir(&format!("report-hostile-{test}"));
    for name in ["01-buys.md", "02-invests.md", "03-agrees.md"] {
        let bytes = std::fs::read(format!("{}/{CORPUS}/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        write(&dir, name, &bytes);
    }
    let evil = write(&dir, "04-evil.md", HOSTILE);
    (dir.to_string_lossy().into_owned(), evil)
}

#[test]
fn hostile_article_cannot_drive_the_terminal() {
    let (dir, evil) = hostile_corpus("human");
    for color in ["never", "always"] {
        let r = run(&["check", "--color", color, "--fail-on", "never", &dir]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        for raw in ["\x1b[2J", "\x1b[31m$30", "\x1b]0;", "\x07"] {
            assert!(!r.stdout.contains(raw), "--color {color}: article bytes {raw:?} reached stdout:\n{}", r.stdout);
        }
        if color == "never" {
            assert!(!r.stdout.contains('\x1b'));
        }
    }
    let r = run(&["check", "--focus", &evil, "--fail-on", "never", &dir]);
    assert!(!r.stdout.contains('\x1b'), "{}", r.stdout);
}

#[test]
fn hostile_article_cannot_inject_workflow_commands() {
    let (dir, evil) = hostile_corpus("github");
    for focus in [None, Some(evil.as_str())] {
        let mut args = vec!["check", "--format", "github", "--fail-on", "never"];
        if let Some(f) = focus {
            args.extend(["--focus", f]);
        }
        args.push(&dir);
        let r = run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        for line in r.stdout.lines() {
            assert!(
                ["::error ", "::warning ", "::notice "].iter().any(|p| line.starts_with(p)),
                "a line that is not one of our annotations: {line:?}"
            );
            assert!(!line.contains('\x1b') && !line.contains('\r'), "{line:?}");
            // Past GitHub's ten annotations, one notice of ours (no file) says so.
            if line.starts_with("::notice title=claimdiff::claimdiff reported ") {
                continue;
            }
            // Article lines may be quoted, but only inside one annotation's message.
            // ...and the properties part is ours: one file, inside the corpus.
            let properties = line[2..].split("::").next().unwrap();
            assert_eq!(properties.matches("file=").count(), 1, "{line}");
            assert!(properties.contains(&format!("file={dir}/")), "{line}");
            assert!(!line.contains('\x1b') && !line.contains('\r'), "{line:?}");
        }
    }
}

#[test]
fn github_step_summary_is_appended() {
    let dir = temp_dir("report-summary");
    let summary = write(&dir, "summary.md", b"# earlier step\n");
    let r = run_env(
        &["check", "--format", "github", "--fail-on", "never", CORPUS],
        b"",
        &[("GITHUB_STEP_SUMMARY", &summary)],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("# earlier step\n## claimdiff\n"), "{text}");
    assert!(text.contains("3 sources"), "{text}");
    // Other formats leave it alone.
    let before = text.len();
    run_env(&["check", "--format", "human", CORPUS], b"", &[("GITHUB_STEP_SUMMARY", &summary)]);
    assert_eq!(std::fs::read_to_string(&summary).unwrap().len(), before);
}

#[test]
fn sarif_has_the_fields_code_scanning_requires() {
    let r = run(&["check", "--format", "sarif", "--fail-on", "never", CORPUS]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif"));
    let run0 = &v["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "claimdiff");
    let rules = run0["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for result in run0["results"].as_array().expect("results") {
        assert!(ids.contains(&result["ruleId"].as_str().unwrap()));
        assert!(result["level"].is_string() && result["message"]["text"].is_string());
        let loc = &result["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.starts_with("tests/fixtures/report/"), "{uri}");
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
    }
    // Every rule `explain` lists is declared, with its explanation.
    let listed = run(&["explain"]).stdout;
    for line in listed.lines() {
        let id = line.split_whitespace().next().unwrap();
        let rule = rules.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id} missing from SARIF"));
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
    }
}

#[test]
fn explain_gives_every_listed_rule() {
    let r = run(&["explain"]);
    assert_eq!(r.code, 0);
    for line in r.stdout.lines() {
        let id = line.split_whitespace().next().unwrap();
        let one = run(&["explain", id]);
        assert_eq!(one.code, 0, "{id}: {}", one.stderr);
        assert!(!one.stdout.trim().is_empty());
    }
}
