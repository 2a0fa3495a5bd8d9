//! Currency inheritance: a scaled amount with no currency takes the currency of the
//! document's nearby money mentions.
//!
//! `des contrats pour 300 milliards` after `38 milliards de dollars` is in dollars: news
//! drop the currency once it is set. The nearest money mention with a currency wins, the
//! preceding one on a tie (the writer set the currency before dropping it). Minor units
//! (`50 cents`) are left alone: they name their unit. Nothing is invented when the
//! document names no currency at all.

use crate::mention::{Mention, MentionValue, Note};

/// Fills in missing currencies from nearby money mentions, with the note `currency-inferred`.
pub fn inherit(mentions: &mut [Mention]) {
    let known: Vec<(usize, usize, String, String)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| match &m.value {
            MentionValue::Money(money) if !m.has_note("currency-inferred") => {
                money.currency.clone().map(|c| (i, m.sentence, c, m.text.clone()))
            }
            _ => None,
        })
        .collect();
    for (i, m) in mentions.iter_mut().enumerate() {
        let MentionValue::Money(money) = &m.value else { continue };
        if money.currency.is_some() || m.has_note("minor-unit") {
            continue;
        }
        let sentence = m.sentence;
        // Distance in sentences, then preceding before following.
        let best = known.iter().min_by_key(|(j, s, _, _)| (s.abs_diff(sentence), usize::from(*j > i), j.abs_diff(i)));
        let Some((_, _, code, text)) = best else { continue };
        if let MentionValue::Money(money) = &mut m.value {
            money.currency = Some(code.clone());
        }
        m.notes.push(Note::new("currency-inferred", format!("currency {code} taken from « {text} »")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decimal::Decimal;
    use crate::mention::{Figure, Money, Quantity};
    use crate::span::Span;

    fn money(text: &str, sentence: usize, currency: Option<&str>) -> Mention {
        Mention {
            value: MentionValue::Money(Money {
                figure: Figure::exact(Decimal::from_int(1)),
                currency: currency.map(str::to_string),
            }),
            text: text.to_string(),
            span: Span { start: 0, end: 0, line: 1, column: 1 },
            sentence,
            notes: vec![],
        }
    }

    fn currency(m: &Mention) -> Option<&str> {
        match &m.value {
            MentionValue::Money(x) => x.currency.as_deref(),
            _ => None,
        }
    }

    #[test]
    fn nearest_preceding_currency_wins() {
        let mut ms = vec![
            money("38 milliards de dollars", 0, Some("USD")),
            money("300 milliards", 2, None),
            money("5 milliards d'euros", 4, Some("EUR")),
        ];
        inherit(&mut ms);
        assert_eq!(currency(&ms[1]), Some("USD"));
        assert!(ms[1].has_note("currency-inferred"));
        assert!(!ms[0].has_note("currency-inferred"));
    }

    #[test]
    fn nothing_is_invented_and_minor_units_stay() {
        let mut ms = vec![money("300 milliards", 0, None)];
        inherit(&mut ms);
        assert_eq!(currency(&ms[0]), None);
        let mut cents = money("50 cents", 0, None);
        cents.notes.push(Note::new("minor-unit", ""));
        let mut ms = vec![money("$5", 0, Some("USD")), cents];
        inherit(&mut ms);
        assert_eq!(currency(&ms[1]), None);
        let q = Mention {
            value: MentionValue::Quantity(Quantity { figure: Figure::exact(Decimal::from_int(3)), unit: "x".into() }),
            ..money("3 x", 0, None)
        };
        let mut ms = vec![q, money("$5", 0, Some("USD"))];
        inherit(&mut ms);
        assert!(!ms[0].has_note("currency-inferred"));
    }
}
