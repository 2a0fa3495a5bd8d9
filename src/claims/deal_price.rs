//! Deal prices said another way: as a price per share (`$42 a share`, `42 dollars par
//! action`) or as a valuation of the deal or of the purchase's target (`in a deal valuing X
//! at $8 billion`, `l'opération valorise X à 8 milliards`).
//!
//! A per-share figure is a unit price: it is never the deal's total, so it makes no deal
//! claim that could be compared with totals. A valuation the deal itself gives is the
//! deal's price, so it is read as the sentence's purchase (two sources' `deal valued at`
//! figures then conflict like prices); a company's own valuation (`valued at $2 billion
//! after the round`), a stake's deal or an enterprise value (`including debt`) stay as they
//! were. The words come from `[deal-price]` in `rules/relations.toml`.

use super::Relation;
use super::relation::Trigger;
use crate::rules::relations::{DealPrice, RelationRule, lower};
use std::ops::Range;

/// The object of a per-share amount (an offer's price, a dividend): a unit figure, apart
/// from every total.
pub const PER_SHARE: &str = "per share";

/// How many words before a valuing verb may stand between it and a deal noun (`deal that
/// would value`).
const DEAL_NOUN_WORDS: usize = 3;

/// True when a per-share unit follows the money figure ending at `end` (`$42 a share`,
/// `$42-a-share`, `42 dollars par action`), and is not the start of a longer noun phrase
/// (`a share of the market`).
pub fn per_share(text: &str, end: usize, words: &DealPrice) -> bool {
    let Some(rest) = text.get(end..) else { return false };
    // Most figures are followed by a word no unit starts with (`de`, `in`): they are
    // answered before any string is built.
    let first_lower = |s: &str| s.chars().next().and_then(|c| c.to_lowercase().next());
    let first = first_lower(rest.trim_start_matches([' ', '\u{a0}', '-']));
    if !words.per_share.iter().any(|u| first_lower(u) == first) {
        return false;
    }
    // A few words are enough: the longest unit is four words.
    let rest: String = rest.chars().take(48).collect();
    let rest = lower(&rest).replace('-', " ");
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    words.per_share.iter().any(|unit| {
        // Most units are written in lower case already: lower only the others.
        let unit: std::borrow::Cow<'_, str> = if unit.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            unit.into()
        } else {
            lower(unit).into()
        };
        let Some(after) = rest.strip_prefix(&*unit) else { return false };
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let next = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        !matches!(next, "of" | "de" | "du" | "des")
    })
}

/// The purchase or sale trigger whose price a valuation figure gives, when the valuation
/// `valuing` (a trigger of a `valuation` entry in `clause`) is the deal's own: a purchase
/// or sale trigger stands before it in the clause, and either a deal noun stands just
/// before the valuing word (`in a deal valued at`, `a transaction that values`,
/// `l'opération valorise`) or an active valuing verb opens a participial clause after a
/// comma (`agreed to buy X for $42 a share, valuing it at`). Not when the clause gives
/// `other_figures`: a percentage (a stake's deal values the whole company, not the stake)
/// or a total of its own (`for €180 million, valuing it at €240 million`: the price is
/// stated, so the valuation is something else); nor when a stake is bought (`a stake in X
/// in a deal valuing X at`: the whole company is valued, not the part bought); nor when the
/// sentence gives an enterprise value (`including debt`).
#[allow(clippy::too_many_arguments)]
pub fn deal_trigger<'t>(
    text: &str,
    clause: Range<usize>,
    sentence: Range<usize>,
    valuing: &Trigger,
    triggers: &'t [Trigger],
    entries: &[RelationRule],
    words: &DealPrice,
    other_figures: bool,
) -> Option<&'t Trigger> {
    if other_figures || entries.get(valuing.entry)?.relation != Relation::Valuation {
        return None;
    }
    let deal = triggers
        .iter()
        .filter(|t| t.range.end <= valuing.range.start && clause.start <= t.range.start)
        .rfind(|t| entries.get(t.entry).is_some_and(|e| matches!(e.relation, Relation::Purchase | Relation::Sale)))?;
    let said = lower(text.get(sentence)?);
    if words.enterprise_value.iter().any(|p| said.contains(&lower(p))) {
        return None;
    }
    let before = text.get(deal.range.end..valuing.range.start)?;
    let bought = lower(before);
    let bought: Vec<&str> = bought.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let part = words.stakes.iter().any(|st| {
        let st = lower(st);
        holds_phrase(&bought, &st.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>())
    });
    if part {
        return None;
    }
    // A stem trigger (`valoris*`) spans its stem only: the verb runs to the word's end.
    let tail = text.get(valuing.range.end..)?;
    let end = valuing.range.end + tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len());
    let verb = lower(text.get(valuing.range.start..end)?);
    let after_comma = before.trim_end().ends_with(',') && words.valuing_verbs.iter().any(|v| lower(v) == verb);
    let noun = |w: &str| {
        let w = lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
        // `l'opération` → `opération`.
        let w = w.rsplit('\'').next().unwrap_or("").to_string();
        words.deal_nouns.iter().any(|n| lower(n) == w)
    };
    let near: Vec<&str> = before.split_whitespace().rev().take(DEAL_NOUN_WORDS).collect();
    let after_noun = !before.trim_end().ends_with([',', ';', ':']) && near.iter().any(|w| noun(w));
    (after_comma || after_noun).then_some(deal)
}

/// True when the date at `date` stands in a ranking after the deal figure at `figure`
/// (`for $8 billion, the biggest acquisition in the sector this year`, `pour 2 milliards,
/// la plus grosse opération de l'année`): after a comma following the figure, a superlative
/// opens the phrase that holds the date, so the date frames the ranking, not the deal.
pub fn ranking_date(text: &str, figure: &Range<usize>, date: &Range<usize>, words: &DealPrice) -> bool {
    if date.start < figure.end {
        return false;
    }
    let Some(between) = text.get(figure.end..date.start) else { return false };
    let Some(comma) = between.rfind(',') else { return false };
    let phrase = lower(&between[comma + 1..]);
    let phrase: Vec<&str> =
        phrase.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words.rankings.iter().any(|r| {
        let r = lower(r);
        holds_phrase(&phrase, &r.split_whitespace().collect::<Vec<_>>())
    })
}

/// True when the words `phrase` stand one after another in `words` (an empty phrase never
/// does): how a listed stake noun or ranking is found in the words between two places.
fn holds_phrase(words: &[&str], phrase: &[&str]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> DealPrice {
        crate::rules::Rules::builtin().unwrap().relations.deal_price.clone()
    }

    fn per_share_after(text: &str, figure: &str) -> bool {
        let end = text.find(figure).unwrap() + figure.len();
        per_share(text, end, &words())
    }

    #[test]
    fn a_unit_after_the_figure_makes_a_per_share_price() {
        assert!(per_share_after("agreed to buy Acme for $42 a share in cash", "$42"));
        assert!(per_share_after("an offer of €12.50 per share.", "€12.50"));
        assert!(per_share_after("a $42-a-share bid", "$42"));
        assert!(per_share_after("Les actionnaires recevront 42 dollars par action.", "42 dollars"));
        assert!(per_share_after("une offre à 12,50 euros l'action", "12,50 euros"));
    }

    #[test]
    fn a_total_or_a_share_of_something_is_no_per_share_price() {
        assert!(!per_share_after("agreed to buy Acme for $8 billion in cash", "$8 billion"));
        assert!(!per_share_after("it paid $2 billion, a share of which went to staff", "$2 billion"));
        assert!(!per_share_after("paid $2 billion a share of the market", "$2 billion"));
        assert!(!per_share_after("pour 8 milliards de dollars par actionnaire", "8 milliards de dollars"));
        assert!(!per_share_after("8 milliards d'euros, la part de l'État", "8 milliards d'euros"));
    }
}
