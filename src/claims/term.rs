//! Terms: whether a duration in a deal's clause is that deal's length.
//!
//! A clause about one deal often recalls another party's arrangement (`ending rival Pennant
//! TV's 12-year hold`, `after the league ended a 12-year partnership with Pennant TV`): that
//! duration belongs to the third party named with it, not to the deal the figure states.
//! A deal's term may also be written as a compound adjective on a deal noun (`a six-year
//! agreement`) with only a rate beside it (`£200m a season`), which restates the deal
//! rather than pricing something else. This module reads words only; it does not decide
//! which claim is built.

use super::parties::PartyMention;
use std::ops::Range;

/// How far (bytes) a name may stand after a duration and still be its complement
/// (`12-year partnership with Pennant TV`).
const COMPLEMENT_REACH: usize = 48;

/// Words that introduce the other side of an arrangement after its noun.
const COMPLEMENT_WORDS: &[&str] = &["with", "avec"];

/// Words after a figure that make it a rate per period (`£200m a season`, `par an`).
const RATE_WORDS: &[&str] = &[
    "a year",
    "a season",
    "a month",
    "per year",
    "per season",
    "per annum",
    "each year",
    "each season",
    "every year",
    "annually",
    "par an",
    "par saison",
    "par année",
    "chaque année",
];

/// Words after `a year` that make it a time in the past (`a year ago`), not a rate.
const PAST_WORDS: &[&str] = &["ago", "earlier", "before", "later"];

/// True when the duration at `duration` belongs to a party that is not one of `sides`:
/// written right after that party's possessive (`Pennant TV's 12-year hold`), or its noun
/// followed by `with` that party (`a 12-year partnership with Pennant TV`).
///
/// ```
/// # use claimdiff::claims::term::owned_by_third_party;
/// # use claimdiff::claims::parties::PartyMention;
/// # use claimdiff::rules::entities::EntityKind;
/// let text = "ending Pennant TV's 12-year hold";
/// let p = PartyMention { range: 7..17, name: "Pennant TV".into(), kind: EntityKind::Organisation,
///     sentence: 0, modifier: false, anaphoric: false };
/// assert!(owned_by_third_party(text, &(20..27), &[&p], &["Strathview Media"]));
/// assert!(!owned_by_third_party(text, &(20..27), &[&p], &["Pennant TV"]));
/// ```
pub fn owned_by_third_party(text: &str, duration: &Range<usize>, parties: &[&PartyMention], sides: &[&str]) -> bool {
    parties.iter().filter(|p| p.is_party() && !sides.contains(&p.name.as_str())).any(|p| {
        let possessive = p.range.end <= duration.start
            && duration.start - p.range.end <= "’s ".len()
            && text.get(p.range.end..duration.start).is_some_and(|g| matches!(g.trim(), "'s" | "’s" | "'" | "’"));
        let complement = p.range.start >= duration.end
            && p.range.start - duration.end <= COMPLEMENT_REACH
            && text.get(duration.end..p.range.start).is_some_and(|g| {
                let words: Vec<&str> = g.split_whitespace().collect();
                words.len() <= 4
                    && words.last().is_some_and(|w| COMPLEMENT_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
            });
        possessive || complement
    })
}

/// True when the figure ending at `end` is a rate per period (`£200m a season`,
/// `240 millions par an`): a figure that restates a deal's size per period.
pub fn is_rate(text: &str, end: usize) -> bool {
    let Some(after) = text.get(end..) else { return false };
    let after = after.trim_start();
    RATE_WORDS.iter().any(|w| {
        after.len() >= w.len()
            && after.is_char_boundary(w.len())
            && after[..w.len()].eq_ignore_ascii_case(w)
            && after[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
            && !after[w.len()..]
                .split_whitespace()
                .next()
                .is_some_and(|n| PAST_WORDS.contains(&n.trim_end_matches(['.', ','])))
    })
}

/// Words that name a length right before a duration (`d'une durée de dix ans`, `for a
/// term of ten years`): the duration is a term, as after `sur` or `over`.
const LENGTH_WORDS: &[&str] = &["durée de", "durée d'", "durée d’", "term of", "période de", "period of"];

/// True when the duration at `duration` is introduced by a word naming a length
/// (`Le contrat, d'une durée de dix ans, …`): the deal's term, stated without a term
/// preposition.
pub fn is_named_length(text: &str, duration: &Range<usize>) -> bool {
    let Some(before) = text.get(..duration.start) else { return false };
    let before = before.trim_end();
    LENGTH_WORDS.iter().any(|w| {
        let w = w.trim_end_matches(['\'', '’']);
        let head = before.trim_end_matches(['\'', '’']);
        head.len() >= w.len()
            && head.is_char_boundary(head.len() - w.len())
            && head[head.len() - w.len()..].eq_ignore_ascii_case(w)
    })
}

/// True when the duration at `duration` is a compound adjective on the noun that starts at
/// `noun` (`six-year agreement`, `five-year deal`): the deal's term.
pub fn is_compound_on(text: &str, duration: &Range<usize>, noun: usize) -> bool {
    noun >= duration.end
        && text.get(duration.start..duration.end).is_some_and(|d| d.contains('-'))
        && text.get(duration.end..noun).is_some_and(|g| g.len() <= 1 && g.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::entities::EntityKind;

    fn party(text: &str, name: &str) -> PartyMention {
        let start = text.find(name).unwrap();
        PartyMention {
            range: start..start + name.len(),
            name: name.to_string(),
            kind: EntityKind::Organisation,
            sentence: 0,
            modifier: false,
            anaphoric: false,
        }
    }

    fn span(text: &str, part: &str) -> Range<usize> {
        let start = text.find(part).unwrap();
        start..start + part.len()
    }

    #[test]
    fn a_third_partys_possessive_or_partner_owns_the_duration() {
        let a = "Strathview Media will pay £1.2bn, ending rival Pennant TV’s 12-year hold on the league.";
        let p = party(a, "Pennant TV");
        assert!(owned_by_third_party(a, &span(a, "12-year"), &[&p], &["Strathview Media"]));
        let b = "Strathview will pay £1.2bn after the league ended a 12-year partnership with Pennant TV.";
        let p = party(b, "Pennant TV");
        assert!(owned_by_third_party(b, &span(b, "12-year"), &[&p], &["Strathview"]));
        // The deal's own side, or a name further away, does not take the term.
        assert!(!owned_by_third_party(b, &span(b, "12-year"), &[&p], &["Pennant TV"]));
        let c = "Nordvind signed a ten-year contract worth €1bn, Baltic Offshore said.";
        let p = party(c, "Baltic Offshore");
        assert!(!owned_by_third_party(c, &span(c, "ten-year"), &[&p], &["Nordvind"]));
    }

    #[test]
    fn a_named_length_is_a_term() {
        let a = "Le contrat, d'une durée de dix ans, comprend la maintenance.";
        assert!(is_named_length(a, &span(a, "dix ans")));
        let b = "The deal, for a term of ten years, was signed.";
        assert!(is_named_length(b, &span(b, "ten years")));
        let c = "Il y a dix ans, le contrat était signé.";
        assert!(!is_named_length(c, &span(c, "dix ans")));
    }

    #[test]
    fn rates_and_compound_terms() {
        let a = "Over a six-year agreement, that is £200m a season.";
        assert!(is_rate(a, span(a, "£200m").end));
        let ago = "It paid £200m a year ago.";
        assert!(!is_rate(ago, span(ago, "£200m").end), "a date, not a rate");
        assert!(!is_rate("£200m as a fee", "£200m".len()));
        let fr = "240 millions d'euros par an";
        assert!(is_rate(fr, fr.find(" par").unwrap()));
        let d = span(a, "six-year");
        assert!(is_compound_on(a, &d, d.end + 1));
        assert!(!is_compound_on("over six years of talks", &(5..14), 15));
    }
}
