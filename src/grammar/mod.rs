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
pub fn scan(sentence: &str, lang: Lang) -> Vec<Found> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut prev: Option<char> = None;
    while at < sentence.len() {
        let Some(c) = sentence[at..].chars().next() else { break };
        let word_start = !c.is_whitespace() && !prev.is_some_and(|p| p.is_alphanumeric());
        if word_start {
            let ctx = Context { lang, sentence, at };
            let best = SUB_GRAMMARS
                .iter()
                .filter_map(|g| g(&ctx))
                .filter(|f| f.range.start >= at && f.range.end > f.range.start && f.range.end <= sentence.len())
                .filter(|f| sentence.is_char_boundary(f.range.start) && sentence.is_char_boundary(f.range.end))
                .fold(None::<Found>, |best, f| match best {
                    Some(b) if b.range.end >= f.range.end => Some(b),
                    _ => Some(f),
                });
            if let Some(f) = best {
                at = f.range.end;
                prev = sentence[..at].chars().next_back();
                found.push(f);
                continue;
            }
        }
        prev = Some(c);
        at += c.len_utf8();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_never_panics_on_odd_text() {
        for s in ["", " ", "€", "’’’", "1", "\u{202F}\u{a0}", "ééé 12 €", "😀 3 %"] {
            let _ = scan(s, Lang::Fr);
            let _ = scan(s, Lang::En);
        }
    }
}
