//! `rules/milestones.toml`: the words that name a dated milestone of a deal or a party
//! (deployment, delivery, closing, launch, profitability…), per language.
//!
//! A clause with one of these words and a date is a `milestone` claim, money or not. The
//! longest word wins, so `commencer à livrer` (delivery start) beats `livrer`.

use super::RuleFile;
use crate::claims::lexicon::Lexicon;
use serde::Deserialize;
use std::sync::OnceLock;

/// One `[[milestone]]`: its name and its words per language.
pub type Milestone = super::NamedWords;

/// The contents of `rules/milestones.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Milestones {
    /// Milestone entries.
    #[serde(default)]
    pub milestone: Vec<Milestone>,
    /// Phrases that hold a milestone word but name no milestone (`closing price`, `cours de
    /// clôture`: a market's close, not a deal's): as the longest word they hide it.
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(skip)]
    compiled: OnceLock<Lexicon<usize>>,
}

/// The lexicon value of an `except` phrase: it matches so that the milestone word inside
/// it cannot, and names no milestone.
pub const NOT_A_MILESTONE: usize = usize::MAX;

impl Milestones {
    /// The compiled matcher (values index [`Milestones::milestone`]), built on first use.
    pub fn lexicon(&self) -> &Lexicon<usize> {
        self.compiled.get_or_init(|| {
            Lexicon::new(
                self.milestone
                    .iter()
                    .enumerate()
                    .flat_map(|(i, m)| m.fr.iter().chain(&m.en).map(move |w| (w.clone(), i)))
                    .chain(self.except.iter().map(|w| (w.clone(), NOT_A_MILESTONE)))
                    .collect::<Vec<_>>(),
            )
        })
    }
}

impl RuleFile for Milestones {
    fn merge(&mut self, overlay: Self) {
        for m in overlay.milestone {
            match self.milestone.iter_mut().find(|x| x.name == m.name) {
                Some(x) => *x = m,
                None => self.milestone.push(m),
            }
        }
        self.except.extend(overlay.except);
        self.compiled = OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::fold::Folded;

    #[test]
    fn longest_word_wins_and_overlay_replaces() {
        let mut m: Milestones = toml::from_str(
            "[[milestone]]\nname = \"delivery\"\nfr = [\"livr*\"]\n[[milestone]]\nname = \"delivery-start\"\nfr = [\"commencer à livrer\"]\n",
        )
        .unwrap();
        let hits = m.lexicon().find(&Folded::new("doit commencer à livrer les puces"));
        assert_eq!(hits.len(), 1);
        assert_eq!(m.milestone[*hits[0].value].name, "delivery-start");
        m.merge(toml::from_str("[[milestone]]\nname = \"delivery\"\nen = [\"ship\"]\n").unwrap());
        assert_eq!(m.milestone.len(), 2);
        assert!(m.milestone[0].fr.is_empty());
    }

    #[test]
    fn an_except_phrase_hides_the_milestone_word_inside_it() {
        let m: Milestones =
            toml::from_str("except = [\"closing price\", \"cours de clôture\"]\n[[milestone]]\nname = \"closing\"\nen = [\"closing\"]\nfr = [\"clôture\"]\n")
                .unwrap();
        for text in ["a premium to the closing price on Friday", "une prime sur le cours de clôture de vendredi"] {
            let hits = m.lexicon().find(&Folded::new(text));
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!(*hits[0].value, NOT_A_MILESTONE, "{text}");
        }
        let hits = m.lexicon().find(&Folded::new("the closing of the deal"));
        assert_eq!(*hits[0].value, 0);
    }
}
