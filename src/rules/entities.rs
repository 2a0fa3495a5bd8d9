//! `rules/entities.toml`: organisations, their names and descriptions, and their groups;
//! plus the language knowledge the generic organisation finder needs.
//!
//! An entity has a canonical name, proper-name aliases (matched only when written with a
//! capital), descriptive aliases per language (`le créateur de ChatGPT`, matched in any
//! case, leading article ignored), and an optional `parent`: a subsidiary and its parent
//! are one side of a deal, and claims report the top of the group. Entries of other kinds
//! (`person`, `product`, `place`, `outlet`) are never parties; they keep the generic finder
//! from mistaking `Jeff Bezos`, `ChatGPT` or `Québec` for an organisation.

use super::RuleFile;
use crate::claims::lexicon::Lexicon;
use crate::fasthash::FastSet;
use serde::Deserialize;
use std::sync::OnceLock;

/// What an entity is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A company or institution: can be a party to a deal.
    #[default]
    Organisation,
    /// A person: can be a source, never a party.
    Person,
    /// A product or brand (`ChatGPT`, `GB200`).
    Product,
    /// A place (`Québec`, `Wall Street`).
    Place,
    /// A news outlet or agency (`Reuters`): a source.
    Outlet,
}

/// One `[[entity]]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entity {
    /// Canonical name; an overlay entity with the same name replaces this one.
    pub name: String,
    /// What it is (default `organisation`).
    #[serde(default)]
    pub kind: EntityKind,
    /// Proper names in any language (`AWS`); the canonical name is always one.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Proper names used in French text only (`Union européenne`).
    #[serde(default)]
    pub aliases_fr: Vec<String>,
    /// Proper names used in English text only.
    #[serde(default)]
    pub aliases_en: Vec<String>,
    /// French descriptions (`le créateur de ChatGPT`).
    #[serde(default)]
    pub descriptive_fr: Vec<String>,
    /// English descriptions (`the ChatGPT maker`).
    #[serde(default)]
    pub descriptive_en: Vec<String>,
    /// The canonical name of the group it belongs to (`Amazon` for AWS).
    #[serde(default)]
    pub parent: Option<String>,
}

/// Language knowledge for finding organisations nobody wrote a rule for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Generic {
    /// Legal-form suffixes (`SA`, `Inc.`, `Corp.`): a capitalised name followed by one is
    /// an organisation even at the start of a sentence. Stripped from the canonical name.
    #[serde(default)]
    pub legal_suffixes: Vec<String>,
    /// Capitalised words that never start or make an organisation name (days, months,
    /// nationality adjectives, sentence-initial function words).
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Lower-case words that may join two capitalised words inside one name (`of`, `de`).
    #[serde(default)]
    pub connectors: Vec<String>,
    /// Anaphoric nouns that refer to the organisation last spoken of (`le groupe`,
    /// `the company`).
    #[serde(default)]
    pub anaphora: Vec<String>,
    /// Articles dropped from the start of a description (`le`, `l'`, `the`).
    #[serde(default)]
    pub articles: Vec<String>,
    /// Elided words before an apostrophe that are not part of a name (`d'` in `d'OpenAI`).
    #[serde(default)]
    pub elisions: Vec<String>,
    /// Nouns that announce an organisation name after them (`le sidérurgiste Forgeval`):
    /// a name seen once is accepted when one of them comes just before it.
    #[serde(default)]
    pub org_nouns: Vec<String>,
    /// Auxiliaries and infinitive markers that may come between a name and its verb
    /// (`Sanofi a accepté de payer`, `Sanofi agreed to pay`, `Sanofi to buy`): a
    /// sentence-initial word followed by a verb of the rules' lexicons is a name
    /// (see [`crate::claims::name_evidence`]).
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Capitalised common nouns that start sentences as a verb's subject (`Officials
    /// said`, `Prices rose`): the verb after them is no evidence of a name. Unlike
    /// `not-names`, they may end a name (`Quay Partners`).
    #[serde(default)]
    pub common_subjects: Vec<String>,
    /// Words that join two subjects (`et`, `and`): in `Sanofi et Regeneron ont annoncé`, the
    /// verb after the second name shows it is a name when the first one is.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Lower-case ends of hyphenated compound adjectives (`-based` in `New York-based`,
    /// `-listed` in `Paris-listed`): a capitalised run whose last word ends with one
    /// describes the noun after it and is not a name.
    #[serde(default)]
    pub adjective_endings: Vec<String>,
    /// Head nouns of anaphora that may point to any organisation (`groupe`, `company`),
    /// whatever noun announced it; other heads (`club`, `fonds`) skip an organisation
    /// announced only by other nouns (`la holding Ferrand` is not `le club`).
    #[serde(default)]
    pub hypernyms: Vec<String>,
    /// Job titles written right before a person's name (`chief executive Morag Dunbar`,
    /// `Strathview's chief executive, Alasdair Reid,`, `le directeur général Jean Roux`): a
    /// name no rule knows that follows one is a person, a possible source but never a party.
    #[serde(default)]
    pub person_titles: Vec<String>,
    /// Words opening a byline line (`Par Claire Dumont`, `By Tom Hargreaves | October 13,
    /// 2026`), lower case: the name right after one, at the start of its sentence, is the
    /// writer's, a person and never a party (nor the lead's second side).
    #[serde(default)]
    pub byline_openers: Vec<String>,
    /// Head nouns of public bodies, lower case (`ministère`, `department`, `agence`): with a
    /// capitalised complement after them (`le ministère des Armées`, `the Department for
    /// Transport`, `la ville de Paris`) they name an organisation, head included.
    #[serde(default)]
    pub public_bodies: Vec<String>,
    /// Small words that may join a public body's head to its complement (`des`, `for`,
    /// `de la`), lower case, at most two of them.
    #[serde(default)]
    pub public_body_links: Vec<String>,
    /// Prepositions that introduce a party of a deal (`à` in `commandé 40 blindés à
    /// Arquus`, `from`, `to`): a capitalised word seen once right after one, in a sentence
    /// with a deal verb before it, is a name.
    #[serde(default)]
    pub party_prepositions: Vec<String>,
}

/// The contents of `rules/entities.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entities {
    /// Known entities.
    #[serde(default)]
    pub entity: Vec<Entity>,
    /// Generic-finder knowledge.
    #[serde(default)]
    pub generic: Generic,
    #[serde(skip)]
    compiled: OnceLock<EntityLexicons>,
}

/// What an entity word means once matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityWord {
    /// Index in [`Entities::entity`].
    pub entity: usize,
    /// True for a proper name (must be written with a capital), false for a description.
    pub proper: bool,
}

/// The compiled matchers of the entity file.
#[derive(Debug, Clone, Default)]
pub struct EntityLexicons {
    /// Every alias and description.
    pub names: Lexicon<EntityWord>,
    /// Anaphoric nouns.
    pub anaphora: Lexicon<()>,
    /// Nouns that announce an organisation name.
    pub org_nouns: Lexicon<()>,
    /// `not-names`, for constant-time lookups.
    pub not_names: FastSet<String>,
    /// Legal suffixes without their final period.
    pub legal_suffixes_bare: FastSet<String>,
}

impl Entities {
    /// The compiled matchers, built on first use.
    pub fn lexicons(&self) -> &EntityLexicons {
        self.compiled.get_or_init(|| {
            let mut words = Vec::new();
            for (i, e) in self.entity.iter().enumerate() {
                let proper = std::iter::once(&e.name).chain(&e.aliases).chain(&e.aliases_fr).chain(&e.aliases_en);
                for w in proper {
                    words.push((w.clone(), EntityWord { entity: i, proper: true }));
                }
                for w in e.descriptive_fr.iter().chain(&e.descriptive_en) {
                    words.push((
                        strip_article(w, &self.generic.articles).to_string(),
                        EntityWord { entity: i, proper: false },
                    ));
                }
            }
            EntityLexicons {
                names: Lexicon::new(words),
                anaphora: Lexicon::new(self.generic.anaphora.iter().map(|s| (s.clone(), ()))),
                org_nouns: Lexicon::new(self.generic.org_nouns.iter().map(|s| (s.clone(), ()))),
                not_names: self.generic.not_names.iter().cloned().collect(),
                legal_suffixes_bare: self
                    .generic
                    .legal_suffixes
                    .iter()
                    .map(|s| s.trim_end_matches('.').to_string())
                    .collect(),
            }
        })
    }

    /// The canonical name of the top of `index`'s group (`Amazon` for AWS). Cycles in
    /// `parent` stop after a few steps rather than loop.
    pub fn group_root(&self, index: usize) -> &str {
        let mut current = &self.entity[index];
        for _ in 0..8 {
            let Some(parent) = &current.parent else { break };
            match self.entity.iter().find(|e| &e.name == parent) {
                Some(p) => current = p,
                None => return parent,
            }
        }
        &current.name
    }

    /// True when `word` is listed as never being a name.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.lexicons().not_names.contains(word)
    }

    /// True when `word` is a hyphenated compound adjective (`York-based`): its part after
    /// the last hyphen is one of the `adjective-endings`.
    pub fn is_compound_adjective(&self, word: &str) -> bool {
        word.rsplit_once('-')
            .is_some_and(|(head, end)| !head.is_empty() && self.generic.adjective_endings.iter().any(|e| e == end))
    }

    /// True when `word` (with or without its final period) is a legal suffix.
    pub fn is_legal_suffix(&self, word: &str) -> bool {
        self.lexicons().legal_suffixes_bare.contains(word.trim_end_matches('.'))
    }
}

/// `le créateur de ChatGPT` → `créateur de ChatGPT`: the article changes with the
/// preposition before it (`au`, `du`), so descriptions match without it. `articles` are
/// the `[generic] articles` of the rule file (`le`, `l'`, `the`), matched in any case.
pub fn strip_article<'s>(s: &'s str, articles: &[String]) -> &'s str {
    let t = s.trim();
    let lower = t.to_lowercase().replace('’', "'");
    for a in articles {
        let a = a.to_lowercase().replace('’', "'");
        let elided = a.ends_with('\'');
        let a = if elided { a } else { format!("{} ", a.trim()) };
        if lower.starts_with(&a) {
            // Same byte length in `t` as in `lower` for these ASCII-or-apostrophe articles
            // only when no `’` was replaced; find the cut by characters instead.
            let n = a.chars().count();
            let cut = t.char_indices().nth(n).map_or(t.len(), |(i, _)| i);
            return t[cut..].trim_start();
        }
    }
    t
}

impl RuleFile for Entities {
    fn merge(&mut self, overlay: Self) {
        for e in overlay.entity {
            match self.entity.iter_mut().find(|x| x.name == e.name) {
                Some(x) => *x = e,
                None => self.entity.push(e),
            }
        }
        let g = overlay.generic;
        self.generic.legal_suffixes.extend(g.legal_suffixes);
        self.generic.not_names.extend(g.not_names);
        self.generic.connectors.extend(g.connectors);
        self.generic.anaphora.extend(g.anaphora);
        self.generic.org_nouns.extend(g.org_nouns);
        self.generic.articles.extend(g.articles);
        self.generic.elisions.extend(g.elisions);
        self.generic.auxiliaries.extend(g.auxiliaries);
        self.generic.common_subjects.extend(g.common_subjects);
        self.generic.coordinators.extend(g.coordinators);
        self.generic.adjective_endings.extend(g.adjective_endings);
        self.generic.hypernyms.extend(g.hypernyms);
        self.generic.person_titles.extend(g.person_titles);
        self.generic.byline_openers.extend(g.byline_openers);
        self.generic.public_bodies.extend(g.public_bodies);
        self.generic.public_body_links.extend(g.public_body_links);
        self.generic.party_prepositions.extend(g.party_prepositions);
        self.compiled = OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_replaces_same_name_and_groups_resolve() {
        let mut base: Entities =
            toml::from_str("[[entity]]\nname = \"Amazon\"\n[[entity]]\nname = \"AWS\"\nparent = \"Amazon\"\n").unwrap();
        let overlay: Entities =
            toml::from_str("[[entity]]\nname = \"AWS\"\naliases = [\"Amazon Web Services\"]\n").unwrap();
        assert_eq!(base.group_root(1), "Amazon");
        base.merge(overlay);
        assert_eq!(base.entity.len(), 2);
        assert_eq!(base.group_root(1), "AWS");
        assert!(toml::from_str::<Entities>("[[entity]]\nname = \"X\"\nalias = []\n").is_err());
    }

    #[test]
    fn descriptions_lose_their_article() {
        let articles: Vec<String> = ["le", "l'", "the"].iter().map(|s| s.to_string()).collect();
        assert_eq!(strip_article("le créateur de ChatGPT", &articles), "créateur de ChatGPT");
        assert_eq!(strip_article("l’ancien groupe", &articles), "ancien groupe");
        assert_eq!(strip_article("The ChatGPT maker", &articles), "ChatGPT maker");
        assert_eq!(strip_article("lequel", &articles), "lequel");
    }
}
