//! `rules/modality.toml`: how sure the writer is, and on whose word, per language.
//!
//! `planned` and `speculative` are cue phrases; `conditional-suffixes` catch the French
//! conditional (`pourrait`, `atteindrait`) with `not-conditional` for nouns that end the
//! same way (`portrait`). `source-before` cues introduce a source after them (`selon X`,
//! `according to X`); `reporting-verbs` have their source as subject or inverted
//! (`X a indiqué`, `ont annoncé les deux groupes`). `self-sources` are phrases naming the
//! parties themselves (`les deux groupes`, `the companies`): a claim the parties state on
//! the record stays firm. `not-reporting` blocks look-alikes (`selon les termes de`).

use super::RuleFile;
use crate::claims::Modality as Mood;
use crate::claims::lexicon::Lexicon;
use serde::Deserialize;
use std::sync::OnceLock;

/// The cue lists of one language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ModalityWords {
    /// Intentions and schedules (`prévoit de`, `will`).
    #[serde(default)]
    pub planned: Vec<String>,
    /// Hedges (`pourrait`, `in talks`).
    #[serde(default)]
    pub speculative: Vec<String>,
    /// Cues followed by their source (`selon`, `according to`).
    #[serde(default)]
    pub source_before: Vec<String>,
    /// Saying verbs whose subject (or inverted subject) is the source.
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Phrases that name the parties themselves as the source.
    #[serde(default)]
    pub self_sources: Vec<String>,
    /// Look-alikes of reporting cues that report nothing (`selon les termes`).
    #[serde(default)]
    pub not_reporting: Vec<String>,
    /// Word endings of a conditional verb (`rait`, `raient`).
    #[serde(default)]
    pub conditional_suffixes: Vec<String>,
    /// Words with a conditional ending that are not verbs (`portrait`).
    #[serde(default)]
    pub not_conditional: Vec<String>,
    /// Phrases that point back to the previous source (`la même source`).
    #[serde(default)]
    pub same_source: Vec<String>,
    /// Announcement words: a date right after one (`annoncé lundi`) dates the
    /// announcement, not the claim.
    #[serde(default)]
    pub announcement: Vec<String>,
    /// Hedges that, after a saying verb in the same clause, are a reported future rather
    /// than a hedge (`said the broadcaster would launch a channel` reports a plan; `the
    /// deal would value the group at` alone speculates).
    #[serde(default)]
    pub backshifted: Vec<String>,
}

/// The contents of `rules/modality.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Modality {
    /// French cues.
    #[serde(default)]
    pub fr: ModalityWords,
    /// English cues.
    #[serde(default)]
    pub en: ModalityWords,
    #[serde(skip)]
    compiled: OnceLock<ModalityLexicon>,
}

/// What a modality word means once matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A modality cue.
    Mood(Mood),
    /// `selon`, `according to`.
    SourceBefore,
    /// `a indiqué`, `said`.
    ReportingVerb,
    /// `les deux groupes`.
    SelfSource,
    /// A look-alike that blocks a reporting cue.
    NotReporting,
    /// `la même source`.
    SameSource,
    /// `annoncé`, `unveiled`.
    Announcement,
    /// `would`: planned after a saying verb, else speculative.
    Backshifted,
}

/// The compiled matcher of the modality file.
#[derive(Debug, Clone, Default)]
pub struct ModalityLexicon {
    /// Every cue of both languages.
    pub cues: Lexicon<Cue>,
}

impl Modality {
    /// The compiled matcher, built on first use.
    pub fn lexicon(&self) -> &ModalityLexicon {
        self.compiled.get_or_init(|| {
            let mut words = Vec::new();
            for w in [&self.fr, &self.en] {
                words.extend(w.planned.iter().map(|s| (s.clone(), Cue::Mood(Mood::Planned))));
                words.extend(w.speculative.iter().map(|s| (s.clone(), Cue::Mood(Mood::Speculative))));
                words.extend(w.source_before.iter().map(|s| (s.clone(), Cue::SourceBefore)));
                words.extend(w.reporting_verbs.iter().map(|s| (s.clone(), Cue::ReportingVerb)));
                words.extend(w.self_sources.iter().map(|s| (s.clone(), Cue::SelfSource)));
                words.extend(w.not_reporting.iter().map(|s| (s.clone(), Cue::NotReporting)));
                words.extend(w.same_source.iter().map(|s| (s.clone(), Cue::SameSource)));
                words.extend(w.announcement.iter().map(|s| (s.clone(), Cue::Announcement)));
                words.extend(w.backshifted.iter().map(|s| (s.clone(), Cue::Backshifted)));
            }
            ModalityLexicon { cues: Lexicon::new(words) }
        })
    }

    /// True when the folded word `word` is a conditional verb form.
    pub fn is_conditional(&self, word: &str) -> bool {
        let w = &self.fr;
        // Cheapest test first: most words have none of the suffixes.
        word.len() > 5
            && w.conditional_suffixes.iter().any(|s| word.ends_with(s.as_str()))
            && word.chars().count() > 5
            && !w.not_conditional.iter().any(|n| n == word)
    }
}

impl RuleFile for Modality {
    fn merge(&mut self, overlay: Self) {
        for (into, from) in [(&mut self.fr, overlay.fr), (&mut self.en, overlay.en)] {
            into.planned.extend(from.planned);
            into.speculative.extend(from.speculative);
            into.source_before.extend(from.source_before);
            into.reporting_verbs.extend(from.reporting_verbs);
            into.self_sources.extend(from.self_sources);
            into.not_reporting.extend(from.not_reporting);
            into.conditional_suffixes.extend(from.conditional_suffixes);
            into.not_conditional.extend(from.not_conditional);
            into.same_source.extend(from.same_source);
            into.announcement.extend(from.announcement);
            into.backshifted.extend(from.backshifted);
        }
        self.compiled = OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditional_endings_with_exceptions() {
        let m: Modality =
            toml::from_str("[fr]\nconditional-suffixes = [\"rait\", \"raient\"]\nnot-conditional = [\"portrait\"]\n")
                .unwrap();
        assert!(m.is_conditional("pourrait"));
        assert!(m.is_conditional("seraient"));
        assert!(!m.is_conditional("portrait"));
        assert!(!m.is_conditional("trait"));
        assert!(toml::from_str::<Modality>("[fr]\nplaned = []\n").is_err());
    }
}
