//! Table tests of the figure grammars (money, percent, quantity) through the scan loop, per
//! language, plus property tests of the number reader and of the whole grammar.
//!
//! Each row is an input and the mentions expected in it, one string per mention:
//! `kind|text|value|currency or unit|bound|note codes`, where `value` is `low..high` for a
//! range. Only money, percent and quantity readings are compared (dates and durations are
//! other grammars'). Every phrase here was written for these tests.

use crate::grammar::{Found, Parsed, scan};
use crate::lang::Lang;
use crate::mention::{Bound, Figure};

mod en;
mod fr;
mod gates;

/// The varied and generated texts of the gate tests, for the shared-reading test.
pub(crate) use gates::texts as gate_texts;
mod props;

/// Renders a figure as `amount` or `low..high`.
fn value(f: &Figure) -> String {
    match (f.bound, f.high) {
        (Bound::Range, Some(h)) => format!("{}..{}", f.amount, h),
        _ => f.amount.to_string(),
    }
}

/// Renders one reading in the table format, or nothing for other kinds.
fn render(sentence: &str, f: &Found) -> Option<String> {
    let notes: Vec<&str> = f.notes.iter().map(|n| n.code.as_str()).collect();
    let (kind, figure, extra) = match &f.value {
        Parsed::Money(m) => ("money", &m.figure, m.currency.clone().unwrap_or_default()),
        Parsed::Percent(p) => ("percent", &p.figure, String::new()),
        Parsed::Quantity(q) => ("quantity", &q.figure, q.unit.clone()),
        _ => return None,
    };
    Some(format!(
        "{kind}|{}|{}|{extra}|{}|{}",
        &sentence[f.range.clone()],
        value(figure),
        figure.bound.as_str(),
        notes.join(",")
    ))
}

/// Checks the prefilter lists on every input of a table: wherever a grammar reads
/// something, the text there starts with a digit, one of its symbols or one of its words.
fn check_starts(lang: Lang, rows: &[(&str, &[&str])]) {
    use crate::grammar::{Context, money, percent, quantity};
    type Grammar = (fn(&Context<'_>) -> Option<Found>, &'static [&'static str], &'static [char]);
    let grammars: [Grammar; 3] = [
        (money::parse, money::STARTS, money::SYMBOL_STARTS),
        (percent::parse, percent::STARTS, percent::SYMBOL_STARTS),
        (quantity::parse, quantity::STARTS, quantity::SYMBOL_STARTS),
    ];
    for (input, _) in rows {
        for (at, _) in input.char_indices() {
            let ctx = Context { lang, sentence: input, at };
            let lower = input[at..].to_lowercase();
            for (i, (parse, words, symbols)) in grammars.iter().enumerate() {
                if parse(&ctx).is_some() {
                    let c = lower.chars().next().unwrap_or(' ');
                    let ok = c.is_ascii_digit() || symbols.contains(&c) || words.iter().any(|w| lower.starts_with(w));
                    assert!(ok, "grammar {i} reads {:?} but its STARTS miss it", &input[at..]);
                }
            }
        }
    }
}

/// Runs a table and reports every row that differs, all at once.
fn check(lang: Lang, rows: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    check_starts(lang, rows);
    for (input, want) in rows {
        let got: Vec<String> = scan(input, lang).iter().filter_map(|f| render(input, f)).collect();
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{input:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows differ:\n{}", failures.len(), rows.len(), failures.join("\n"));
}
