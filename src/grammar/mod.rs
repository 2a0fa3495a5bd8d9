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
pub mod figure;
pub mod lexeme;
pub mod money;
pub mod month;
pub mod number;
pub mod percent;
mod prefilter;
pub mod quantity;
pub mod scale;
pub mod time;

pub use duration::DurationExpr;
pub use time::TimeExpr;

use crate::lang::Lang;
use crate::mention::{Money, Note, Percent, Quantity};
use prefilter::Prefilter;
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

/// Where a sub-grammar can begin, as its `STARTS` list declares it (besides ASCII digits,
/// where every sub-grammar may begin).
#[derive(Debug, Clone, Copy)]
enum Starts {
    /// The figure grammars' contract: the lowercased text starts with one of the words
    /// (prefixes such as `dépass`); any non-letter (a currency symbol, `~`, `+`) may
    /// begin one too.
    Prefix(&'static [&'static str]),
    /// The date and duration grammars' contract (checked by their property tests): the
    /// lowercased leading run of letters is one of the words, or, when the first character
    /// is no letter, that character is.
    Word(&'static [&'static str]),
}

/// Tried at every word start where their [`Starts`] allow; the longest reading wins, ties
/// go to the earlier entry.
const SUB_GRAMMARS: &[(SubGrammar, Starts)] = &[
    (money::parse, Starts::Prefix(money::STARTS)),
    (percent::parse, Starts::Prefix(percent::STARTS)),
    (time::parse, Starts::Word(time::STARTS)),
    (duration::parse, Starts::Word(duration::STARTS)),
    (quantity::parse, Starts::Prefix(quantity::STARTS)),
];

/// Every sub-grammar.
const ALL: u32 = (1 << SUB_GRAMMARS.len()) - 1;

/// The entries of [`SUB_GRAMMARS`] that [`figure::read_all`] reads together, in its order
/// (money, percent, quantity).
const FIGURES: [usize; figure::GRAMMARS] = [0, 1, 4];

/// The date and duration grammars' entries in [`SUB_GRAMMARS`]: the scan loop calls them
/// through their `parse_from`, which reads the sentence's shared tokens.
const TIME: usize = 2;
/// See [`TIME`].
const DURATION: usize = 3;

/// Reads every expression of `sentence`, left to right, without overlaps.
///
/// Word starts where no sub-grammar can begin are skipped by the [`Prefilter`] before any
/// nom parser runs, and at the others only the sub-grammars that can begin there are
/// tried; the result is the same as trying every sub-grammar at every word start.
pub fn scan(sentence: &str, lang: Lang) -> Vec<Found> {
    scan_with(sentence, lang, Some(prefilter()))
}

/// The scan loop; `filter: None` tries every sub-grammar at every word start.
fn scan_with(sentence: &str, lang: Lang, filter: Option<&Prefilter>) -> Vec<Found> {
    let bytes = sentence.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    let mut prev_alnum = false;
    // the date grammars' tokens, read lazily and shared by every candidate of the sentence
    let store = time::tokens::KeyStore::default();
    let mut dates = time::tokens::SentenceTokens::new(sentence, &store);
    while let Some(&b) = bytes.get(at) {
        let (len, space, alnum) = if b < 0x80 {
            (1, is_ascii_space(b), b.is_ascii_alphanumeric())
        } else {
            let Some(c) = sentence.get(at..).and_then(|r| r.chars().next()) else { break };
            (c.len_utf8(), c.is_whitespace(), lexeme::is_alnum(c))
        };
        if !space && !prev_alnum {
            let mask = filter.map_or(ALL, |f| f.mask(sentence, at));
            if mask != 0
                && let Some(end) = best_at(sentence, lang, at, mask, (&mut dates, filter.is_some()), &mut found)
            {
                at = end;
                prev_alnum = sentence.get(..at).and_then(|s| s.chars().next_back()).is_some_and(lexeme::is_alnum);
                continue;
            }
        }
        prev_alnum = alnum;
        at += len;
        // no word starts inside a run of ASCII letters and digits: skip the rest of it
        if alnum {
            while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                at += 1;
            }
        }
    }
    found
}

/// The longest reading at `at` of the sub-grammars in `mask` (ties go to the earlier one),
/// pushed on `out`; returns its end. The date grammars read `dates.0`, the sentence's
/// tokens; `dates.1` says `mask` comes from the prefilter (which checked their `STARTS`).
/// Then the figure grammars read together ([`figure::read_all`]); without the prefilter,
/// each on its own (the reference path). A [`Found`] is large: no reading is moved unless
/// there is one (most positions have none), hence the push here rather than a return.
fn best_at(
    sentence: &str,
    lang: Lang,
    at: usize,
    mask: u32,
    dates: (&mut time::tokens::SentenceTokens<'_>, bool),
    out: &mut Vec<Found>,
) -> Option<usize> {
    let ctx = Context { lang, sentence, at };
    let (toks, gated) = dates;
    let together = gated && FIGURES.iter().any(|&k| mask & (1 << k) != 0);
    let mut figures = [None, None, None];
    if together {
        figure::read_all(&ctx, FIGURES.map(|k| mask & (1 << k) != 0), &mut figures);
    }
    let mut best: Option<Found> = None;
    for (k, (g, _)) in SUB_GRAMMARS.iter().enumerate() {
        if mask & (1 << k) == 0 {
            continue;
        }
        let found = match k {
            TIME => time::parse_from(&ctx, toks, gated),
            DURATION => duration::parse_from(&ctx, toks, gated),
            _ => match FIGURES.iter().position(|&f| f == k) {
                Some(i) if together => match figures.get_mut(i) {
                    Some(slot) if slot.is_some() => slot.take(),
                    _ => None,
                },
                _ => g(&ctx),
            },
        };
        let Some(f) = found else { continue };
        let valid = f.range.start >= at
            && f.range.end > f.range.start
            && f.range.end <= sentence.len()
            && sentence.is_char_boundary(f.range.start)
            && sentence.is_char_boundary(f.range.end);
        if valid && best.as_ref().is_none_or(|b| f.range.end > b.range.end) {
            best = Some(f);
        }
    }
    let f = best?;
    let end = f.range.end;
    out.push(f);
    Some(end)
}

/// `char::is_whitespace` for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The shared prefilter, built once from the sub-grammars' `STARTS` lists.
fn prefilter() -> &'static Prefilter {
    static PREFILTER: std::sync::OnceLock<Prefilter> = std::sync::OnceLock::new();
    PREFILTER.get_or_init(|| Prefilter::new(&SUB_GRAMMARS.iter().map(|(_, s)| *s).collect::<Vec<_>>()))
}

/// The benchmark corpus generator, to test the prefilter on varied generated text.
#[cfg(test)]
#[path = "../../benches/corpus.rs"]
#[allow(unreachable_pub, missing_docs, clippy::all)]
mod corpus;

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
        let filter = Some(prefilter());
        let generated = [corpus::LangMode::Fr, corpus::LangMode::En]
            .into_iter()
            .flat_map(|l| corpus::articles(7, 4, l))
            .flat_map(|a| a.text.lines().map(str::to_string).collect::<Vec<_>>());
        for s in varied_sentences().into_iter().chain(generated) {
            for lang in [Lang::Fr, Lang::En] {
                assert_eq!(scan_with(&s, lang, filter), scan_with(&s, lang, None), "{lang:?}: {s}");
            }
        }
    }

    #[test]
    fn figure_entries_are_the_figure_grammars() {
        // Each entry reads its own kind (and so is that grammar).
        let texts = ["38 milliards de dollars", "5 %", "14 000 employés"];
        for (i, (k, s)) in FIGURES.iter().zip(texts).enumerate() {
            let found = SUB_GRAMMARS[*k].0(&Context { lang: Lang::Fr, sentence: s, at: 0 }).map(|f| f.value);
            let kind = match found {
                Some(Parsed::Money(_)) => 0,
                Some(Parsed::Percent(_)) => 1,
                Some(Parsed::Quantity(_)) => 2,
                _ => 9,
            };
            assert_eq!(kind, i, "entry {k}");
        }
    }

    #[test]
    fn date_grammar_entries_are_where_best_at_calls_them() {
        assert!(matches!(SUB_GRAMMARS[TIME].1, Starts::Word(w) if std::ptr::eq(w, time::STARTS)));
        assert!(matches!(SUB_GRAMMARS[DURATION].1, Starts::Word(w) if std::ptr::eq(w, duration::STARTS)));
    }

    #[test]
    fn prefilter_skips_ordinary_words_and_keeps_candidates() {
        let f = Prefilter::new(&[
            Starts::Prefix(&["au minimum", "milliard", "dépass"]),
            Starts::Word(&["été", "fin", "½"]),
        ]);
        let s = "Le groupe AU MINIMUM Été ÉTÉ fin fine DÉPASSE 38 € « ½ x";
        let mask = |w: &str| f.mask(s, s.find(w).unwrap());
        assert_eq!(mask("Le"), 0);
        assert_eq!(mask("groupe"), 0);
        assert_eq!(mask("AU MINIMUM"), 0b01);
        assert_eq!(mask("Été"), 0b10);
        assert_eq!(mask("ÉTÉ"), 0b10);
        assert_eq!(mask("fin "), 0b10);
        assert_eq!(mask("fine"), 0, "a date word is matched whole");
        assert_eq!(mask("DÉPASSE"), 0b01, "a figure word is a prefix");
        assert_eq!(mask("38"), ALL);
        assert_eq!(mask("€"), 0b01);
        assert_eq!(mask("«"), 0b01);
        assert_eq!(mask("½"), 0b11);
        assert_eq!(mask("x"), 0);
    }

    #[test]
    fn scan_never_panics_on_odd_text() {
        for s in ["", " ", "€", "’’’", "1", "\u{202F}\u{a0}", "ééé 12 €", "😀 3 %"] {
            let _ = scan(s, Lang::Fr);
            let _ = scan(s, Lang::En);
        }
    }
}
