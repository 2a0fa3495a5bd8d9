//! Leading datelines: the publication date written at the top of an article that has no
//! front matter (`date 2025-11-03 Titre…`, `Le 3 novembre 2025 —`, `November 3, 2025`,
//! `PARIS, 3 nov. 2025 (AFP) -`).
//!
//! Only the first three non-empty lines are looked at, and only a date standing near the
//! start of its line (a few words of place or weekday before it), or closing a byline
//! (`*By our media correspondent — 11 March 2026*`, `Par Jeanne Roux | 3 novembre 2025`):
//! a date inside the first sentence of the story is an event date, not the publication
//! date.

use crate::grammar::month::month_number;
use jiff::civil::Date;

/// How many words may stand before the date on its line (`PARIS,`, `Le`, `lundi`, `date`).
const MAX_WORDS_BEFORE: usize = 4;

/// The dateline's date, if there is one: `Some(Err((text, why)))` when a dateline is there
/// but names an impossible day (`30 février 2025`).
pub(super) fn find(body: &str) -> Option<Result<Date, (String, String)>> {
    body.lines().map(str::trim).filter(|l| !l.is_empty()).take(3).find_map(in_line)
}

/// A word of the line with its text, punctuation trimmed.
struct Word<'a> {
    raw: &'a str,
    text: &'a str,
}

/// How many words a byline may have (`By our media correspondent — 11 March 2026`).
const MAX_BYLINE_WORDS: usize = 16;

fn in_line(line: &str) -> Option<Result<Date, (String, String)>> {
    let line = line.trim_start_matches('#').trim().trim_matches(|c| c == '*' || c == '_').trim();
    let words: Vec<Word<'_>> = line
        .split_whitespace()
        .map(|raw| Word {
            raw,
            text: raw.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '|')),
        })
        .take(MAX_BYLINE_WORDS + 1)
        .collect();
    if let Some(found) = byline_date(&words) {
        return Some(found);
    }
    for i in 0..words.len().min(MAX_WORDS_BEFORE + 1) {
        if words[..i].iter().any(|w| w.text.chars().any(|c| c.is_ascii_digit())) {
            return None;
        }
        if let Some(found) = date_at(&words[i..]) {
            return Some(found);
        }
    }
    None
}

/// The date closing a byline: a short line opening with `By` or `Par`, the date its last
/// three words, after a separator (`—`, `–`, `|`, or a comma). `By March 3, 2026, the
/// clubs must vote` is a sentence, not a byline: its date does not end the line.
fn byline_date(w: &[Word<'_>]) -> Option<Result<Date, (String, String)>> {
    let opener = w.first()?.text;
    if !(opener.eq_ignore_ascii_case("by") || opener.eq_ignore_ascii_case("par")) || w.len() > MAX_BYLINE_WORDS {
        return None;
    }
    let at = w.len().checked_sub(3).filter(|&at| at >= 2)?;
    let before = &w[at - 1];
    let separated = before.raw.ends_with(',') || before.text.is_empty();
    if !separated {
        return None;
    }
    date_at(&w[at..])
}

fn date_at(w: &[Word<'_>]) -> Option<Result<Date, (String, String)>> {
    let first = w.first()?;
    if let Some(iso) = iso_date(first.text) {
        return Some(iso);
    }
    let year =
        |s: &str| s.trim_end_matches('.').parse::<i16>().ok().filter(|y| (1900..=2200).contains(y) && s.len() == 4);
    let day = |s: &str| {
        let s = s
            .trim_end_matches("er")
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        s.parse::<i8>().ok().filter(|d| (1..=31).contains(d) && s.len() <= 2)
    };
    // 3 novembre 2025 / 3 nov. 2025
    if w.len() >= 3
        && let (Some(d), Some(m), Some(y)) = (day(first.text), month_number(w[1].text), year(w[2].text))
    {
        return Some(checked(y, m, d, &[first.raw, w[1].raw, w[2].raw]));
    }
    // November 3, 2025 / Nov. 3 2025
    if w.len() >= 3
        && let (Some(m), Some(d), Some(y)) = (month_number(first.text), day(w[1].text), year(w[2].text))
    {
        return Some(checked(y, m, d, &[first.raw, w[1].raw, w[2].raw]));
    }
    None
}

fn iso_date(s: &str) -> Option<Result<Date, (String, String)>> {
    let b = s.as_bytes();
    let shape = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && b.get(10).is_none_or(|c| !c.is_ascii_digit());
    if !shape {
        return None;
    }
    let text = &s[..10];
    Some(text.parse::<Date>().map_err(|e| (text.to_string(), e.to_string())))
}

fn checked(y: i16, m: i8, d: i8, words: &[&str]) -> Result<Date, (String, String)> {
    Date::new(y, m, d).map_err(|e| (words.join(" "), e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_common_datelines() {
        let cases = [
            ("date 2025-11-03 OpenAI signe avec AWS", date(2025, 11, 3)),
            ("2025-11-03\nTitre", date(2025, 11, 3)),
            ("Titre\n3 novembre 2025\nTexte", date(2025, 11, 3)),
            ("Le 3 novembre 2025 — OpenAI a signé.", date(2025, 11, 3)),
            ("November 3, 2025", date(2025, 11, 3)),
            ("# Titre\n\nPARIS, 3 nov. 2025 (AFP) - OpenAI", date(2025, 11, 3)),
            ("Lundi 1er décembre 2025", date(2025, 12, 1)),
            ("# Titre\n\n*By our media correspondent — 11 March 2026*\n\nText", date(2026, 3, 11)),
            ("Titre\nPar Jeanne Roux, envoyée spéciale | 3 novembre 2025\nTexte", date(2025, 11, 3)),
            ("Title\nBy Jane Roe, March 3, 2026\nText", date(2026, 3, 3)),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), Some(Ok(want)), "{text}");
        }
    }

    #[test]
    fn ignores_dates_deep_in_a_sentence_or_late() {
        assert_eq!(find("OpenAI a annoncé un accord avec Amazon le 3 novembre 2025."), None);
        assert_eq!(find("a\nb\nc\n3 novembre 2025"), None);
        assert_eq!(find("Le groupe a 38 salariés et le 3 novembre 2025 il signe."), None);
        // A line opening with `By` whose date does not close it is not a byline.
        assert_eq!(find("Title\nBy the end of the season the league will sign — 3 March 2026 at the latest"), None);
    }

    #[test]
    fn impossible_days_are_reported() {
        assert!(matches!(find("30 février 2025 — Titre"), Some(Err(_))));
    }
}
