//! Milestones: dated steps of a deal or a party (deployment, closing, launch…).
//!
//! A clause with a milestone word from `rules/milestones.toml` and a date is a claim of
//! its own, with or without money: `l'ensemble des capacités doit être déployé avant la
//! fin 2026` can be contradicted by `fully deployed in the second half of 2027`. The date
//! is the one nearest after the word (else nearest before) in the same clause.

use super::lexicon::Hit;
use crate::mention::Mention;
use std::ops::Range;

/// A milestone found in a clause.
#[derive(Debug, Clone)]
pub struct Found<'m> {
    /// Index in `Milestones::milestone`.
    pub milestone: usize,
    /// The milestone word (for carets).
    pub trigger: Range<usize>,
    /// Its date.
    pub date: &'m Mention,
}

/// The first milestone word of the clause that has a date; `dates` are the clause's date
/// mentions that date the claim (announcement dates left out).
pub fn find<'m>(words: &[Hit<'_, usize>], dates: &[&'m Mention]) -> Option<Found<'m>> {
    for w in words.iter().filter(|w| *w.value != crate::rules::milestones::NOT_A_MILESTONE) {
        let after = dates.iter().filter(|d| d.span.start >= w.range.end).min_by_key(|d| d.span.start - w.range.end);
        let before = dates.iter().filter(|d| d.span.end <= w.range.start).min_by_key(|d| w.range.start - d.span.end);
        if let Some(date) = after.or(before) {
            return Some(Found { milestone: *w.value, trigger: w.range.clone(), date });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::{DateValue, MentionValue};
    use crate::span::Span;

    fn date(start: usize) -> Mention {
        Mention {
            value: MentionValue::Date(DateValue {
                earliest: None,
                latest: None,
                timex: "2026".into(),
                unresolved: false,
            }),
            text: "2026".into(),
            span: Span { start, end: start + 4, line: 1, column: 1 },
            sentence: 0,
            notes: Vec::new(),
        }
    }

    #[test]
    fn nearest_date_after_the_word_wins() {
        let v = 3usize;
        let words = vec![Hit { folded: 10..15, range: 10..15, value: &v }];
        let (a, b, c) = (date(0), date(40), date(20));
        let found = find(&words, &[&a, &b, &c]).unwrap();
        assert_eq!(found.date.span.start, 20);
        assert_eq!(found.milestone, 3);
        assert!(find(&words, &[]).is_none());
    }
}
