//! Dates and durations end to end: the binary reads, resolves and prints them in the
//! public JSON, against `--date`, and leaves relative ones unresolved without it.

use crate::util::{json, run_with_stdin};

fn mentions(lang: &str, date: Option<&str>, text: &str) -> Vec<serde_json::Value> {
    let mut args = vec!["extract", "--format", "json", "--lang", lang];
    if let Some(d) = date {
        args.extend(["--date", d]);
    }
    args.push("-");
    let run = run_with_stdin(&args, text.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v = json(&run);
    v["documents"][0]["mentions"].as_array().cloned().unwrap_or_default()
}

#[test]
fn deadline_resolves_against_the_publication_date() {
    let m = mentions("fr", Some("2025-11-03"), "Le déploiement sera complet d'ici la fin de l'année prochaine.");
    let d = m.iter().find(|m| m["kind"] == "date").expect("a date mention");
    assert_eq!(d["text"], "d'ici la fin de l'année prochaine");
    assert_eq!(d["value"]["earliest"], serde_json::Value::Null);
    assert_eq!(d["value"]["latest"], "2026-12-31");
    assert_eq!(d["value"]["timex"], "2026");
}

#[test]
fn duration_with_anchor_prints_iso_and_interval() {
    let m = mentions("en", Some("2025-11-03"), "OpenAI will buy capacity over the next seven years.");
    let d = m.iter().find(|m| m["kind"] == "duration").expect("a duration mention");
    assert_eq!(d["value"]["iso"], "P7Y");
    assert_eq!(d["value"]["earliest"], "2025-11-04");
    assert_eq!(d["value"]["latest"], "2032-11-03");
}

#[test]
fn relative_dates_stay_unresolved_without_a_date() {
    let m = mentions("en", None, "The deal was announced on Monday.");
    let d = m.iter().find(|m| m["kind"] == "date").expect("a date mention");
    assert_eq!(d["value"]["unresolved"], true);
    assert_eq!(d["value"]["timex"], "XXXX-WXX-1");
    assert_eq!(d["value"]["latest"], serde_json::Value::Null);
}
