//! Discourse: the article's main parties, from its headline and lead.
//!
//! A sentence that names no counterparty (`Selon les termes de ce partenariat, l'ensemble
//! des capacités doit être déployé…`) speaks of the deal the headline announced. The
//! main parties are the organisations of the headline, completed from the lead sentence
//! when the headline names fewer than two; at most two, the two sides of a deal.

use super::parties::PartyMention;
use crate::segment::Sentence;

/// The main parties, by canonical name, in order of first mention.
pub fn main_parties(parties: &[PartyMention], sentences: &[Sentence]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let headline = sentences.iter().position(|s| s.heading);
    let lead = sentences.iter().position(|s| !s.heading);
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
}
