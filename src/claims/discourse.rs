//! Discourse: the article's main parties, from its headline and lead.
//!
//! A sentence that names no counterparty (`Selon les termes de ce partenariat, l'ensemble
//! des capacités doit être déployé…`) speaks of the deal the headline announced. The
//! main parties are the organisations of the headline, completed from the lead sentence
//! when the headline names fewer than two; at most two, the two sides of a deal. A
//! headline that names more than two (`Pennant loses Caledonian football to Strathview`)
//! compresses the story: when the lead opens with the third, the lead, which states the
//! deal first, orders them.

use super::parties::PartyMention;
use crate::segment::Sentence;

/// The main parties, by canonical name, in order of first mention.
pub fn main_parties(parties: &[PartyMention], sentences: &[Sentence]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let headline = sentences.iter().position(|s| s.heading);
    let lead = sentences.iter().position(|s| !s.heading);
    let named = |idx: usize| {
        let mut names: Vec<&str> = Vec::new();
        for p in parties.iter().filter(|p| p.sentence == idx && p.is_party() && !p.modifier) {
            if !names.contains(&p.name.as_str()) {
                names.push(&p.name);
            }
        }
        names
    };
    if let Some(h) = headline {
        let in_headline = named(h);
        if in_headline.len() > 2 {
            // The lead: the first body sentence that names a party (not a byline).
            let in_lead = (0..sentences.len())
                .filter(|&i| !sentences[i].heading)
                .map(named)
                .find(|n| !n.is_empty())
                .unwrap_or_default();
            // Only when the lead opens with a headline name the first two would drop: a
            // headline's stray capitalised word (a currency code) must not displace a side.
            if in_lead.first().is_some_and(|first| in_headline[2..].contains(first)) {
                let mut ranked: Vec<&str> = in_lead.iter().copied().filter(|n| in_headline.contains(n)).collect();
                ranked.truncate(2);
                return ranked.into_iter().map(str::to_string).collect();
            }
        }
    }
    for idx in [headline, lead].into_iter().flatten() {
        for p in parties.iter().filter(|p| p.sentence == idx && p.is_party() && !p.modifier) {
            if out.len() < 2 && !out.contains(&p.name) {
                out.push(p.name.clone());
            }
        }
        if out.len() >= 2 {
            break;
        }
    }
    out
}

/// The first main party that is not `name`: the other side of a deal whose text names
/// only one.
pub fn other_side<'a>(main: &'a [String], name: &str) -> Option<&'a String> {
    main.iter().find(|m| m.as_str() != name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::entities::EntityKind;

    fn party(name: &str, sentence: usize) -> PartyMention {
        PartyMention {
            range: 0..1,
            name: name.to_string(),
            kind: EntityKind::Organisation,
            sentence,
            modifier: false,
            anaphoric: false,
        }
    }

    #[test]
    fn headline_first_then_lead_at_most_two() {
        let sentences = vec![
            Sentence { range: 0..1, paragraph: 0, heading: true },
            Sentence { range: 2..3, paragraph: 1, heading: false },
        ];
        let parties = vec![party("OpenAI", 0), party("Amazon", 1), party("Nvidia", 1)];
        assert_eq!(main_parties(&parties, &sentences), ["OpenAI", "Amazon"]);
        assert_eq!(other_side(&["OpenAI".to_string(), "Amazon".to_string()], "Amazon").unwrap(), "OpenAI");
    }

    #[test]
    fn a_headline_naming_three_is_ordered_by_the_lead() {
        let sentences = vec![
            Sentence { range: 0..1, paragraph: 0, heading: true },
            Sentence { range: 2..3, paragraph: 1, heading: false },
        ];
        // `Pennant loses Caledonian football to Strathview` / `Strathview will pay … Caledonian
        // … after the league ended its partnership with Pennant`.
        let parties = vec![
            party("Pennant", 0),
            party("Caledonian", 0),
            party("Strathview", 0),
            party("Strathview", 1),
            party("Caledonian", 1),
            party("Pennant", 1),
        ];
        assert_eq!(main_parties(&parties, &sentences), ["Strathview", "Caledonian"]);
        // A lead opening with one of the headline's first two keeps the headline's order,
        // whatever stray third word the headline has.
        let parties =
            vec![party("Coracorp", 0), party("Pyradata", 0), party("CHF", 0), party("Coracorp", 1), party("CHF", 1)];
        assert_eq!(main_parties(&parties, &sentences), ["Coracorp", "Pyradata"]);
    }
}
