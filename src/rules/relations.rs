//! `rules/relations.toml`: the verbs and nouns that frame a deal or a measure, per
//! language, and how the parties around them map to payer and payee.
//!
//! A `[[relation]]` entry lists trigger words and a role mapping: the role of the party
//! before the trigger (`subject`), of a party right after it (`object`), of a party after
//! one of the listed prepositions (`payer-after`, `payee-after`), and of a passive or
//! nominal agent (`agent-after`: `acquis par X`, `l'acquisition par X` — the agent takes
//! the subject's role and the subject the object's). `[[measure]]` entries name what a
//! figure measures or buys (`revenus` → `revenue`). `[discourse]` lists the phrases that
//! point back to the article's main deal (`ce partenariat`, `the deal`). All of this is
//! language knowledge, not story knowledge.

use super::RuleFile;
use crate::claims::Relation;
use crate::claims::lexicon::Lexicon;
use crate::lang::Lang;
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A party's role in a deal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The side that pays.
    Payer,
    /// The side that is paid.
    Payee,
    /// A party with no stated direction.
    #[default]
    Party,
}

/// The kinds of figure a trigger frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// Money.
    Money,
    /// A percentage.
    Percent,
    /// A counted quantity.
    Quantity,
}

/// One `[[relation]]`: a trigger list with its role mapping.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RelationRule {
    /// Unique name (`purchase-fr`); an overlay entry with the same name replaces this one.
    pub name: String,
    /// The language of the words; absent: both.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The relation the trigger states.
    pub relation: Relation,
    /// Trigger words; a final `*` makes a stem.
    pub triggers: Vec<String>,
    /// Words that look like a trigger but are not (`investisseur*`).
    #[serde(default)]
    pub except: Vec<String>,
    /// Which figures it frames (default: money only).
    #[serde(default = "money_only")]
    pub figures: Vec<FigureKind>,
    /// Role of the party before the trigger.
    #[serde(default)]
    pub subject: Role,
    /// Role of a party right after the trigger (a direct object).
    #[serde(default)]
    pub object: Role,
    /// Prepositions after the trigger that introduce the payer.
    #[serde(default)]
    pub payer_after: Vec<String>,
    /// Prepositions after the trigger that introduce the payee.
    #[serde(default)]
    pub payee_after: Vec<String>,
    /// Prepositions that introduce an agent (passive or noun): the agent takes the
    /// subject's role and the subject the object's.
    #[serde(default)]
    pub agent_after: Vec<String>,
    /// Prepositions that introduce the object of a noun (`l'acquisition de X`).
    #[serde(default)]
    pub object_after: Vec<String>,
    /// The relation to use instead when a counterparty is named (`dépenser` → spending,
    /// `dépenser … auprès de X` → purchase).
    #[serde(default)]
    pub with_counterparty: Option<Relation>,
    /// For growth triggers: the word states a fall (`recule`, `fell`), so the claim's
    /// object reads `revenue decline`, and a rise and a fall are never one measure.
    #[serde(default)]
    pub falling: bool,
    /// A verb whose direct object may be another trigger's noun (`sell its stake in X`,
    /// `céder sa participation`): when it comes a few words before that noun, the verb
    /// frames the figure, since what is sold is the stake.
    #[serde(default)]
    pub takes_object: bool,
    /// Object pronouns written before the trigger (`qui la valorise`, `en le valorisant`):
    /// the pronoun stands for something named before, most often the deal's target, so
    /// the figure is not the clause subject's but the main deal's.
    #[serde(default)]
    pub pronoun_before: Vec<String>,
    /// Object pronouns written right after the trigger (`valuing it at`), read as
    /// `pronoun-before`.
    #[serde(default)]
    pub pronoun_after: Vec<String>,
    /// A measure of the verb's direct object, not of its subject (`X valorise le club à`,
    /// `valuing the club at`): the object, when named, is whom the figure is about.
    #[serde(default)]
    pub measures_object: bool,
    /// Nouns that, a few words after one of this entry's triggers, are what it frames
    /// (`wins €1.2 billion turbine order from X`): the noun becomes this entry's trigger,
    /// replacing any other reading of it, and the verb alone frames nothing (`won praise`).
    #[serde(default)]
    pub nouns_after: Vec<String>,
}

fn money_only() -> Vec<FigureKind> {
    vec![FigureKind::Money]
}

/// One `[[measure]]`: the label claims carry in `object` and its nouns per language.
pub type Measure = super::NamedWords;

/// `[discourse]`: phrases that point back to the article's main deal.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Discourse {
    /// `ce partenariat`, `the deal`…
    #[serde(default)]
    pub deal_anaphora: Vec<String>,
}

/// `[syntax]`: the closed word classes the clause splitter and the role mapping need.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Syntax {
    /// Words allowed between a preposition and its party (`la`, `the`, `sa`).
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Words that end a direct object or a prepositional gap (`pour`, `from`).
    #[serde(default)]
    pub object_breaks: Vec<String>,
    /// Phrases that end a clause, spaces included (`; `, `, et `, `, while `).
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Phrases that open a relative clause, spaces included (`, qui `, `, dans lequel `):
    /// its subject (or, with a preposition, that preposition's party) is the antecedent.
    #[serde(default)]
    pub relative_openers: Vec<String>,
}

/// `[deal-price]`: the words that tell a deal's price from a unit price or a company's
/// valuation (see [`crate::claims::deal_price`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DealPrice {
    /// Units right after a money figure that make it a per-share price (`a share`, `par
    /// action`): a unit price, never a deal's total.
    #[serde(default)]
    pub per_share: Vec<String>,
    /// Nouns naming a deal (`deal`, `transaction`, `opération`): a deal said to be valued
    /// at a figure is priced at it.
    #[serde(default)]
    pub deal_nouns: Vec<String>,
    /// Active valuing verbs that, after a comma, hang on the sentence's purchase (`…,
    /// valuing it at`, `…, valorisant`): the purchase values its target at its price.
    #[serde(default)]
    pub valuing_verbs: Vec<String>,
    /// Phrases that make a valuation an enterprise value (`including debt`): it counts the
    /// target's debt, so it is not the price.
    #[serde(default)]
    pub enterprise_value: Vec<String>,
    /// Superlatives that open a ranking after a deal's figure (`, the biggest acquisition in
    /// the sector this year`): a date in the ranking frames the ranking, not the deal.
    #[serde(default)]
    pub rankings: Vec<String>,
    /// Nouns of a part of a company (`stake`, `participation`): a deal for a part values
    /// the whole company, so its valuation is not the deal's price.
    #[serde(default)]
    pub stakes: Vec<String>,
}

/// What a clause-splitting phrase does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// Ends the clause.
    Hard,
    /// Opens a relative clause; the preposition before the pronoun, if any (`dans`).
    Relative(Option<String>),
}

/// The contents of `rules/relations.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Relations {
    /// Trigger entries.
    #[serde(default)]
    pub relation: Vec<RelationRule>,
    /// Measure nouns.
    #[serde(default)]
    pub measure: Vec<Measure>,
    /// Discourse cues.
    #[serde(default)]
    pub discourse: Discourse,
    /// Closed word classes.
    #[serde(default)]
    pub syntax: Syntax,
    /// Unit prices and deal valuations.
    #[serde(default)]
    pub deal_price: DealPrice,
    #[serde(skip)]
    compiled: OnceLock<RelationLexicons>,
}

/// What a relation-file word means once matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationWord {
    /// A trigger of entry `n`.
    Trigger(usize),
    /// A word that blocks triggers (`except`).
    Blocked,
}

/// The compiled matchers of the relation file.
#[derive(Debug, Clone, Default)]
pub struct RelationLexicons {
    /// Triggers and their blocking words.
    pub triggers: Lexicon<RelationWord>,
    /// Measure nouns → index in [`Relations::measure`].
    pub measures: Lexicon<usize>,
    /// Deal anaphora.
    pub deal_anaphora: Lexicon<()>,
    /// Clause breaks and relative openers (no word edges: they carry their spaces).
    pub breaks: Lexicon<Break>,
    /// Lower-cased determiners (accents kept, see [`lower`]).
    pub determiners: HashSet<String>,
    /// Lower-cased object breaks.
    pub object_breaks: HashSet<String>,
    /// Lower-cased relative pronouns (the last word of each opener): a party right after one
    /// is the relative clause's subject.
    pub relative_words: HashSet<String>,
}

impl Relations {
    /// The compiled matchers, built on first use.
    pub fn lexicons(&self) -> &RelationLexicons {
        self.compiled.get_or_init(|| {
            let mut triggers = Vec::new();
            for (i, r) in self.relation.iter().enumerate() {
                triggers.extend(r.triggers.iter().map(|t| (t.clone(), RelationWord::Trigger(i))));
                triggers.extend(r.except.iter().map(|t| (t.clone(), RelationWord::Blocked)));
            }
            let measures = self
                .measure
                .iter()
                .enumerate()
                .flat_map(|(i, m)| m.fr.iter().chain(&m.en).map(move |w| (w.clone(), i)))
                .collect::<Vec<_>>();
            RelationLexicons {
                triggers: Lexicon::new(triggers),
                measures: Lexicon::new(measures),
                deal_anaphora: Lexicon::new(self.discourse.deal_anaphora.iter().map(|w| (w.clone(), ()))),
                breaks: Lexicon::without_edges(
                    self.syntax.clause_breaks.iter().map(|w| (w.clone(), Break::Hard)).chain(
                        self.syntax.relative_openers.iter().map(|w| (w.clone(), Break::Relative(opener_prep(w)))),
                    ),
                ),
                determiners: self.syntax.determiners.iter().map(|w| lower(w.trim())).collect(),
                object_breaks: self.syntax.object_breaks.iter().map(|w| lower(w.trim())).collect(),
                relative_words: self
                    .syntax
                    .relative_openers
                    .iter()
                    .filter_map(|w| w.split_whitespace().last().map(lower))
                    .collect(),
            }
        })
    }
}

/// Lower case with one apostrophe, accents kept: the closed word classes must tell the
/// preposition `à` from the verb `a`, which folding would merge.
pub fn lower(s: &str) -> String {
    s.to_lowercase().replace(['’', 'ʼ'], "'")
}

/// `, dans lequel ` → `dans`; `, qui ` → none.
fn opener_prep(opener: &str) -> Option<String> {
    let words: Vec<&str> = opener.trim_matches(|c: char| c == ',' || c.is_whitespace()).split_whitespace().collect();
    if words.len() >= 2 { Some(lower(words[0])) } else { None }
}

impl RuleFile for Relations {
    fn merge(&mut self, overlay: Self) {
        for r in overlay.relation {
            match self.relation.iter_mut().find(|x| x.name == r.name) {
                Some(x) => *x = r,
                None => self.relation.push(r),
            }
        }
        for m in overlay.measure {
            match self.measure.iter_mut().find(|x| x.name == m.name) {
                Some(x) => *x = m,
                None => self.measure.push(m),
            }
        }
        self.discourse.deal_anaphora.extend(overlay.discourse.deal_anaphora);
        let y = overlay.syntax;
        self.syntax.determiners.extend(y.determiners);
        self.syntax.object_breaks.extend(y.object_breaks);
        self.syntax.clause_breaks.extend(y.clause_breaks);
        self.syntax.relative_openers.extend(y.relative_openers);
        let d = overlay.deal_price;
        self.deal_price.per_share.extend(d.per_share);
        self.deal_price.deal_nouns.extend(d.deal_nouns);
        self.deal_price.valuing_verbs.extend(d.valuing_verbs);
        self.deal_price.enterprise_value.extend(d.enterprise_value);
        self.deal_price.rankings.extend(d.rankings);
        self.deal_price.stakes.extend(d.stakes);
        self.compiled = OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_names_are_unique_and_words_compile() {
        let rules = crate::rules::Rules::builtin().unwrap();
        let r = &rules.relations;
        let mut names: Vec<&str> = r.relation.iter().map(|x| x.name.as_str()).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate [[relation]] name");
        assert!(!r.lexicons().triggers.is_empty() && !r.lexicons().breaks.is_empty());
        assert!(r.lexicons().object_breaks.contains("à") && !r.lexicons().object_breaks.contains("a"));
    }

    #[test]
    fn strict_schema_and_merge_by_name() {
        let mut base: Relations = toml::from_str(
            "[[relation]]\nname = \"p\"\nrelation = \"purchase\"\ntriggers = [\"buy\"]\nsubject = \"payer\"\n",
        )
        .unwrap();
        assert_eq!(base.relation[0].figures, [FigureKind::Money]);
        let overlay: Relations =
            toml::from_str("[[relation]]\nname = \"p\"\nrelation = \"sale\"\ntriggers = [\"sell\"]\n").unwrap();
        base.merge(overlay);
        assert_eq!(base.relation.len(), 1);
        assert_eq!(base.relation[0].relation, Relation::Sale);
        assert!(toml::from_str::<Relations>("[[relation]]\nname = \"p\"\nrelation = \"x\"\ntriggers = []\n").is_err());
        assert!(
            toml::from_str::<Relations>(
                "[[relation]]\nname = \"p\"\nrelation = \"sale\"\ntriggers = []\nsubjet = \"payer\"\n"
            )
            .is_err()
        );
    }
}
