//! The nom grammar: finds money, percentages, counted quantities, dates and durations in a
//! sentence, with exact byte ranges.
//!
//! The grammar reads text; it does not resolve anything. Dates come out as [`TimeExpr`]
//! (resolved against the publication date by [`crate::normalize`]), amounts without a
//! currency stay without one (the normalizer infers it from context). Scanning starts only
//! at word starts; at each, every sub-grammar is tried and the longest reading wins, so
//! `au minimum 38 milliards de dollars` is one money mention, not a bound word and a number.
//!
//! Sub-grammars are nom 8 parsers over `&str`, entered with `parse_complete`; they import
//! only from `nom::…::complete` (see `research/rust-stack.md`).

pub mod bound;
pub mod currency;
pub mod duration;
pub mod lexeme;
pub mod money;
pub mod month;
pub mod number;
pub mod percent;
pub mod quantity;
pub mod scale;
pub mod time;

pub use duration::DurationExpr;
pub use time::TimeExpr;

use crate::lang::Lang;
use crate::mention::{Money, Note, Percent, Quantity};
use std::ops::Range;

/// Where a sub-grammar is asked to read: a position in a sentence of a document.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The document language: decides `1.400` (fr: 1400) vs `1.4` (en).
    pub lang: Lang,
    /// The whole sentence text, so a parser may look behind (`ne … pas avant`) or ahead.
    pub sentence: &'a str,
    /// Byte offset of the candidate position in `sentence`.
    pub at: usize,
}

impl<'a> Context<'a> {
    /// The text from the candidate position to the end of the sentence.
    pub fn rest(&self) -> &'a str {
        &self.sentence[self.at..]
    }

    /// The text of the sentence before the candidate position.
    pub fn before(&self) -> &'a str {
        &self.sentence[..self.at]
    }

    /// Byte offset in the sentence of a suffix `remaining` of [`Context::rest`]: how a
    /// parser turns nom's remaining input into an end offset.
    pub fn offset_of(&self, remaining: &str) -> usize {
        self.sentence.len() - remaining.len()
    }
}

/// A reading before normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A monetary amount; the currency may still be unknown.
    Money(Money),
    /// A percentage.
    Percent(Percent),
    /// A counted quantity.
    Quantity(Quantity),
    /// A date, period or deadline, unresolved.
    Time(TimeExpr),
    /// A duration.
    Duration(DurationExpr),
}

/// One reading found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the sentence (not the document).
    pub range: Range<usize>,
    /// What was read.
    pub value: Parsed,
    /// Notes from the reading (`ambiguous-scale`, `points`, `vague`, …).
    pub notes: Vec<Note>,
}

/// A sub-grammar: reads one expression starting exactly at `ctx.at`, or nothing.
type SubGrammar = fn(&Context<'_>) -> Option<Found>;

/// Tried at every word start; the longest reading wins, ties go to the earlier entry.
const SUB_GRAMMARS: &[SubGrammar] = &[money::parse, percent::parse, time::parse, duration::parse, quantity::parse];

/// Reads every expression of `sentence`, left to right, without overlaps.
///
/// Word starts where no sub-grammar can begin are skipped by the [`Prefilter`] before any
/// nom parser runs; the result is the same as trying every sub-grammar everywhere.
pub fn scan(sentence: &str, lang: Lang) -> Vec<Found> {
    scan_with(sentence, lang, prefilter())
}

/// The scan loop; `filter: None` tries every sub-grammar at every word start.
fn scan_with(sentence: &str, lang: Lang, filter: Option<&Prefilter>) -> Vec<Found> {
    let bytes = sentence.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    let mut prev_alnum = false;
    while let Some(&b) = bytes.get(at) {
        let (len, space, alnum) = if b < 0x80 {
            (1, is_ascii_space(b), b.is_ascii_alphanumeric())
        } else {
            let Some(c) = sentence.get(at..).and_then(|r| r.chars().next()) else { break };
            (c.len_utf8(), c.is_whitespace(), c.is_alphanumeric())
        };
        if !space
            && !prev_alnum
            && filter.is_none_or(|f| f.may_start(sentence, at))
            && let Some(f) = best_at(sentence, lang, at)
        {
            at = f.range.end;
            prev_alnum = sentence.get(..at).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric);
            found.push(f);
            continue;
        }
        prev_alnum = alnum;
        at += len;
    }
    found
}

/// The longest reading of any sub-grammar at `at` (ties go to the earlier sub-grammar).
fn best_at(sentence: &str, lang: Lang, at: usize) -> Option<Found> {
    let ctx = Context { lang, sentence, at };
    let mut best: Option<Found> = None;
    for g in SUB_GRAMMARS {
        let Some(f) = g(&ctx) else { continue };
        let valid = f.range.start >= at
            && f.range.end > f.range.start
            && f.range.end <= sentence.len()
            && sentence.is_char_boundary(f.range.start)
            && sentence.is_char_boundary(f.range.end);
        if valid && best.as_ref().is_none_or(|b| f.range.end > b.range.end) {
            best = Some(f);
        }
    }
    best
}

/// `char::is_whitespace` for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The lowercase words at which some sub-grammar can begin (each sub-grammar's `STARTS`).
/// Digits and non-letters (currency symbols, `~`, `+`, quotes…) are always candidates.
const START_WORDS: &[&[&str]] = &[];

/// The shared prefilter, or `None` while no sub-grammar declares its start words.
fn prefilter() -> Option<&'static Prefilter> {
    static PREFILTER: std::sync::OnceLock<Option<Prefilter>> = std::sync::OnceLock::new();
    PREFILTER
        .get_or_init(|| {
            let words: Vec<&str> = START_WORDS.iter().flat_map(|w| w.iter().copied()).collect();
            if words.is_empty() { None } else { Prefilter::new(&words) }
        })
        .as_ref()
}

/// Decides, before any nom parser runs, whether a word start can begin an expression.
///
/// Contract with the sub-grammars: an expression begins with a digit, a non-letter (a
/// currency symbol, `~`, `+`, an opening quote), or a word whose lowercase form starts
/// with one of the sub-grammars' `STARTS` words. Letter positions are matched by an
/// anchored Aho-Corasick automaton (ASCII case folded by the automaton; a window holding a
/// non-ASCII capital is lowercased into a stack buffer first), so the common case —
/// an ordinary word — costs a few table steps and no allocation.
#[derive(Debug)]
pub struct Prefilter {
    words: aho_corasick::AhoCorasick,
    /// Longest start word, in bytes: how far a match can reach.
    max_len: usize,
}

/// Lowercased windows longer than this are not folded; such a position stays a candidate.
const FOLD_BUF: usize = 128;

impl Prefilter {
    /// Builds the prefilter from lowercase start words; `None` if the automaton cannot be
    /// built (then every word start stays a candidate).
    pub fn new(words: &[&str]) -> Option<Prefilter> {
        let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()).collect();
        let max_len = words.iter().map(String::len).max().unwrap_or(0);
        let words = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(&words)
            .ok()?;
        Some(Prefilter { words, max_len })
    }

    /// True when some sub-grammar may begin at byte `at` of `sentence` (a char boundary).
    pub fn may_start(&self, sentence: &str, at: usize) -> bool {
        let Some(rest) = sentence.get(at..) else { return true };
        let Some(&b) = rest.as_bytes().first() else { return false };
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                return true;
            }
        } else if !rest.chars().next().is_some_and(char::is_alphabetic) {
            return true;
        }
        let mut end = rest.len().min(self.max_len);
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let window = &rest[..end];
        let anchored =
            |hay: &str| self.words.is_match(aho_corasick::Input::new(hay).anchored(aho_corasick::Anchored::Yes));
        if window.is_ascii() || !window.chars().any(|c| !c.is_ascii() && c.to_lowercase().ne(std::iter::once(c))) {
            return anchored(window);
        }
        // A non-ASCII letter that lowercases to something else (`ÉTÉ`, `À`): fold the window into a stack buffer.
        let mut buf = [0u8; FOLD_BUF];
        let mut len = 0;
        for c in rest.chars().flat_map(char::to_lowercase) {
            if len >= self.max_len {
                break;
            }
            if len + c.len_utf8() > FOLD_BUF {
                return true;
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
        std::str::from_utf8(&buf[..len]).map_or(true, anchored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Varied text: the example corpus, the steel story, and odd casing and symbols.
    fn varied_sentences() -> Vec<String> {
        let mut texts: Vec<String> = [
            include_str!("../../examples/openai-aws/01-quotidien-eco.md"),
            include_str!("../../examples/openai-aws/02-techfil.md"),
            include_str!("../../examples/openai-aws/03-gazette-numerique.md"),
            include_str!("../../examples/openai-aws/04-echo-marches.md"),
            include_str!("../../examples/openai-aws/05-wire-daily.md"),
            include_str!("../../examples/openai-aws/06-ledger-brief.md"),
            include_str!("../../examples/openai-aws/07-compute-notes-blog.md"),
            include_str!("../../examples/openai-aws/08-bulletin-cote.md"),
            include_str!("../../examples/openai-aws/09-courrier-financier.md"),
        ]
        .iter()
        .flat_map(|t| t.split(['\n', '.']))
        .map(str::to_string)
        .collect();
        let odd = [
            "AU MINIMUM 38 MILLIARDS DE DOLLARS D'ICI LA FIN DE L'ANNÉE PROCHAINE",
            "Été 2026, À partir de 2027, ÉTÉ 2026, Début 2026, DÉBUT 2026, Mi-2026, T3 2026, Q3 2026",
            "Au Moins 10 %, Plus De 5 Md€, Environ 14\u{202F}000 Employés, Jusqu’à 3,5 milliards d’euros",
            "$38bn over seven years, USD 38 billion, €2.5 billion, £400m, ~5%, +20 %, -3 %, (12 %)",
            "By The End Of Next Year, Next Monday, Last Week, In Q3, H2 2026, FY2025, Fiscal 2026",
            "Sept Ans, SEPT ANS, Seven Years, la prochaine décennie, LA PROCHAINE DÉCENNIE, a decade",
            "İstanbul ΣΊΣΥΦΟΣ straße STRASSE ǅ ﬁn 𝟑𝟖 ½ ٣ « 38 » — 38 – 12 · 5",
            "lundi 3 novembre 2025, le 3 nov. 2025, 2025-11-03, November 3, 2025, 3/11/2025",
            "trente-huit milliards, thirty-eight billion, un billion, one trillion, 1 trillion",
        ];
        texts.extend(odd.iter().map(|s| s.to_string()));
        texts
    }

    #[test]
    fn prefiltered_scan_equals_unfiltered_scan() {
        let filter = prefilter();
        for s in varied_sentences() {
            for lang in [Lang::Fr, Lang::En] {
                assert_eq!(scan_with(&s, lang, filter), scan_with(&s, lang, None), "{lang:?}: {s}");
            }
        }
    }

    #[test]
    fn prefilter_skips_ordinary_words_and_keeps_candidates() {
        let f = Prefilter::new(&["au minimum", "milliard", "été", "fin"]).unwrap();
        let s = "Le groupe AU MINIMUM Été ÉTÉ fin fine 38 € « x";
        let at = |w: &str| s.find(w).unwrap();
        assert!(!f.may_start(s, at("Le")));
        assert!(!f.may_start(s, at("groupe")));
        assert!(f.may_start(s, at("AU MINIMUM")));
        assert!(f.may_start(s, at("Été")));
        assert!(f.may_start(s, at("ÉTÉ")));
        assert!(f.may_start(s, at("fin")));
        assert!(f.may_start(s, at("fine")), "a prefix match is a candidate");
        assert!(f.may_start(s, at("38")));
        assert!(f.may_start(s, at("€")));
        assert!(f.may_start(s, at("«")));
        assert!(!f.may_start(s, at("x")));
    }

    #[test]
    fn scan_never_panics_on_odd_text() {
        for s in ["", " ", "€", "’’’", "1", "\u{202F}\u{a0}", "ééé 12 €", "😀 3 %"] {
            let _ = scan(s, Lang::Fr);
            let _ = scan(s, Lang::En);
        }
    }
}
