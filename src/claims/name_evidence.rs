//! Name evidence: when a capitalised word the generic party finder would not trust (the
//! first word of a sentence, a headline word, a name seen once) is shown by the document
//! to be an organisation's name.
//!
//! Every sentence starts with a capital, so `Sanofi a annoncé …` alone does not say that
//! `Sanofi` is a name (`Closing is near`, `Including rights, …` start sentences too). The
//! grammar around it can: a deal verb or a saying verb of the rules' lexicons right after
//! it, maybe after an auxiliary (`Sanofi rachète`, `Sanofi said`, `Sanofi a annoncé`,
//! `Sanofi agreed to pay`, `Sanofi to buy`), or an apposition naming an organisation
//! (`Sanofi, le laboratoire français, …`). A word that is itself a lexicon word
//! (`Revenue rose`, `Investors bought`), a listed common subject (`Officials said`) or a
//! word the document also writes in lower case (`Closing` … `the closing`) is a common
//! noun and is never taken. Function words are the
//! rules' `not-names`, filtered before this module is asked. This module knows no company:
//! it reads only the rule lexicons' hits and the text.

use super::lexicon::Hit;
use crate::claims::Relation;
use crate::rules::entities::Generic;
use crate::rules::modality::Cue;
use crate::rules::relations::{RelationRule, RelationWord};
use std::ops::Range;

/// Where the verbs and the lexicon words of one document are.
#[derive(Debug, Clone, Default)]
pub struct NameEvidence {
    /// Starts of the verbs that take an organisation as subject: directional deal triggers
    /// and spending, saying and announcing verbs. Sorted, deduplicated.
    verbs: Vec<usize>,
    /// The deal verbs alone (no saying verb: `said Fitch` names a source), sorted: a name
    /// right after one is its object.
    deal_verbs: Vec<Range<usize>>,
    /// Every lexicon word (triggers, blocked look-alikes, measures, cues), sorted by start.
    words: Vec<Range<usize>>,
}

impl NameEvidence {
    /// The evidence of one document from its lexicon hits. Growth, share and workforce
    /// triggers are left out of the verbs (their subject is a measure: `Sales rose`), and so
    /// are neutral deal nouns (`Energy deal`).
    pub fn from_hits(
        triggers: &[Hit<'_, RelationWord>],
        entries: &[RelationRule],
        cues: &[Hit<'_, Cue>],
        measures: &[Hit<'_, usize>],
    ) -> NameEvidence {
        let agentive = |r: Relation| r.is_deal() && r != Relation::Agreement || r == Relation::Spending;
        let mut verbs: Vec<usize> = triggers
            .iter()
            .filter(|h| matches!(h.value, RelationWord::Trigger(e) if entries.get(*e).is_some_and(|x| agentive(x.relation))))
            .map(|h| h.range.start)
            .chain(
                cues.iter().filter(|h| matches!(h.value, Cue::ReportingVerb | Cue::Announcement)).map(|h| h.range.start),
            )
            .collect();
        verbs.sort_unstable();
        verbs.dedup();
        let mut deal_verbs: Vec<Range<usize>> = triggers
            .iter()
            .filter(|h| matches!(h.value, RelationWord::Trigger(e) if entries.get(*e).is_some_and(|x| agentive(x.relation))))
            .map(|h| h.range.clone())
            .collect();
        deal_verbs.sort_by_key(|r| (r.start, r.end));
        deal_verbs.dedup();
        let mut words: Vec<Range<usize>> = triggers
            .iter()
            .map(|h| h.range.clone())
            .chain(cues.iter().map(|h| h.range.clone()))
            .chain(measures.iter().map(|h| h.range.clone()))
            .collect();
        words.sort_by_key(|r| (r.start, r.end));
        NameEvidence { verbs, deal_verbs, words }
    }

    /// True when the document shows that the capitalised word(s) at `range` name an
    /// organisation: a verb follows (after at most three auxiliaries of `generic`), or an
    /// apposition with an organisation noun (starting at one of `org_noun_starts`, sorted)
    /// — and the words are no lexicon word and are never written in lower case.
    pub fn shows_name(&self, text: &str, range: Range<usize>, org_noun_starts: &[usize], generic: &Generic) -> bool {
        let Some(name) = text.get(range.clone()) else { return false };
        let first = name.split_whitespace().next().unwrap_or("");
        if self.is_lexicon_word(&range) || generic.common_subjects.iter().any(|w| w == first) {
            return false;
        }
        let followed = self.verb_follows(text, range.end, &generic.auxiliaries)
            || apposition_follows(text, range.end, org_noun_starts)
            || relative_clause_end(text, range.end)
                .is_some_and(|e| self.verb_follows(text, e, &generic.auxiliaries) || self.has_verb_in(range.end..e));
        followed && !written_in_lower_case(text, name)
    }

    /// True when `second` follows `first` across one coordinator of `generic` (`Sanofi et
    /// Regeneron`, `Sanofi and Regeneron`) and the document shows `second` is a name (a verb
    /// follows it: `… ont annoncé`). The caller asks only when `first` is a known name.
    pub fn shows_coordinated(
        &self,
        text: &str,
        first: Range<usize>,
        second: Range<usize>,
        org_noun_starts: &[usize],
        generic: &Generic,
    ) -> bool {
        let joined = text.get(first.end..second.start).is_some_and(|between| {
            between
                .strip_prefix(' ')
                .and_then(|b| b.strip_suffix(' '))
                .is_some_and(|w| generic.coordinators.iter().any(|c| c == w))
        });
        joined && self.shows_name(text, second, org_noun_starts, generic)
    }

    /// True when the capitalised word(s) at `range`, inside the sentence starting at
    /// `sentence_start`, are a deal's other party: the direct object of a deal verb
    /// (`Acme bought Northwind`) or the word after one of `generic`'s party prepositions
    /// with a deal verb earlier in the sentence (`a commandé 40 blindés à Arquus`). Lexicon
    /// words, common subjects and words also written in lower case are never taken.
    pub fn shows_object(&self, text: &str, range: Range<usize>, sentence_start: usize, generic: &Generic) -> bool {
        let Some(name) = text.get(range.clone()) else { return false };
        // The direct object stands one space after its verb; `None` after an elided article.
        let spaced = text.get(..range.start).and_then(|b| b.strip_suffix(' ')).map(str::len);
        let first = name.split_whitespace().next().unwrap_or("");
        if self.is_lexicon_word(&range) || generic.common_subjects.iter().any(|w| w == first) {
            return false;
        }
        let from = self.deal_verbs.partition_point(|v| v.start < sentence_start);
        let here = self.deal_verbs[from..].iter().take_while(|v| v.end <= range.start);
        let object = spaced.is_some_and(|end| here.clone().any(|v| v.end == end));
        let after_preposition = || {
            preposition_before(text, range.start, &generic.party_prepositions)
                .is_some_and(|at| here.clone().any(|v| v.end <= at))
        };
        (object || after_preposition()) && !written_in_lower_case(text, name)
    }

    fn is_lexicon_word(&self, r: &Range<usize>) -> bool {
        let upto = self.words.partition_point(|w| w.start < r.end);
        // Lexicon words are short: the last few starting before the end are the only ones
        // that can reach into `r`.
        self.words[..upto].iter().rev().take(8).any(|w| w.end > r.start)
    }

    /// A verb right after `end` (one space), or after at most three auxiliaries
    /// (`a accepté de se vendre`).
    /// True when a deal or saying verb of the lexicons starts inside `range` (`Kaptiva, qui
    /// a bouclé une levée de 450 millions,`: the relative clause is about the name before it).
    fn has_verb_in(&self, range: Range<usize>) -> bool {
        let from = self.verbs.partition_point(|&v| v < range.start);
        self.verbs.get(from).is_some_and(|&v| v < range.end)
    }

    fn verb_follows(&self, text: &str, end: usize, auxiliaries: &[String]) -> bool {
        let mut at = end;
        for _ in 0..4 {
            let Some(rest) = text.get(at..) else { return false };
            let Some(word) = rest.strip_prefix(' ') else { return false };
            at += 1;
            if self.verbs.binary_search(&at).is_ok() {
                return true;
            }
            // The longest auxiliary that fits (`a accepté de` over `a`).
            let aux = auxiliaries.iter().map(|a| a.trim()).filter(|a| {
                !a.is_empty()
                    && word.get(..a.len()).is_some_and(|w| w.eq_ignore_ascii_case(a))
                    && word[a.len()..].starts_with(' ')
            });
            let aux = aux.max_by_key(|a| a.len());
            match aux {
                Some(a) => at += a.len(),
                None => return false,
            }
        }
        false
    }
}

/// Relative pronouns that open a clause about the word before them.
const RELATIVES: [&str; 3] = ["qui", "which", "who"];

/// `, qui détient 20 % de X,`: the end of a relative clause right after `end` (at its
/// closing comma), so the verb after it (`a investi`) can show the name before it.
fn relative_clause_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let pronoun = rest.split(' ').next()?;
    if !RELATIVES.iter().any(|r| pronoun.eq_ignore_ascii_case(r)) {
        return None;
    }
    let close = rest.find(", ")?;
    // One clause: no sentence or clause end inside it.
    (!rest[..close].contains(['.', ';', ':', '(', ')'])).then_some(end + 2 + close + 1)
}

/// `, le laboratoire français`: a comma, then at most two words, then an organisation noun.
fn apposition_follows(text: &str, end: usize, org_noun_starts: &[usize]) -> bool {
    if !text.get(end..).is_some_and(|r| r.starts_with(", ")) {
        return false;
    }
    let from = org_noun_starts.partition_point(|&s| s < end);
    org_noun_starts[from..].iter().take(3).any(|&s| {
        text.get(end + 1..s).is_some_and(|between| {
            !between.contains([',', ';', ':', '.', '(', ')']) && between.split_whitespace().count() <= 2
        })
    })
}

/// The party preposition of `prepositions` written right before the name starting at
/// `start`, with one space between (`à Arquus`, `auprès de la SNCF`) or none after an
/// elided article (`auprès de l'État`), and no letter right before it: its start offset.
/// Articles are part of the listed forms, so the rules decide which may stand between.
fn preposition_before(text: &str, start: usize, prepositions: &[String]) -> Option<usize> {
    let before = text.get(..start)?;
    prepositions.iter().find_map(|p| {
        let head = if p.ends_with('\'') || p.ends_with('’') { before } else { before.strip_suffix(' ')? };
        let at = head.len().checked_sub(p.len())?;
        let matches = head.get(at..).is_some_and(|tail| tail.eq_ignore_ascii_case(p))
            && head[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        matches.then_some(at)
    })
}

/// True when `name` lower-cased occurs as a whole word in `text` (`closing` for `Closing`).
fn written_in_lower_case(text: &str, name: &str) -> bool {
    let lower = name.to_lowercase();
    if lower == name {
        return false;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(lower.as_str()).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::fold::Folded;
    use crate::rules::Rules;

    /// The names among `words` (each the first word of `text` at that position) shown by
    /// the built-in rules' lexicons.
    fn shown(text: &str, words: &[&str]) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let folded = Folded::new(text);
        let hits = crate::claims::scan::scan(&rules, &folded);
        let ev = NameEvidence::from_hits(&hits.triggers, &rules.relations.relation, &hits.cues, &hits.measures);
        let org: Vec<usize> = hits.org_nouns.iter().map(|h| h.range.start).collect();
        words
            .iter()
            .filter(|w| {
                let at = text.find(*w).unwrap();
                ev.shows_name(text, at..at + w.len(), &org, &rules.entities.generic)
            })
            .map(|w| w.to_string())
            .collect()
    }

    #[test]
    fn a_verb_or_an_apposition_after_the_word_shows_a_name() {
        let text = "Sanofi a annoncé le rachat. Orvane rachète Kelt. Brix said on Monday. \
                    Talvo agreed to pay $1 billion. Quorra, le laboratoire français, grandit. Nembo to buy Irra.";
        assert_eq!(
            shown(text, &["Sanofi", "Orvane", "Brix", "Talvo", "Quorra", "Nembo"]),
            ["Sanofi", "Orvane", "Brix", "Talvo", "Quorra", "Nembo"]
        );
    }

    /// The words among `words` that `shows_object` takes in one-sentence `text`.
    fn objects(text: &str, words: &[&str]) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let folded = Folded::new(text);
        let hits = crate::claims::scan::scan(&rules, &folded);
        let ev = NameEvidence::from_hits(&hits.triggers, &rules.relations.relation, &hits.cues, &hits.measures);
        words
            .iter()
            .filter(|w| {
                let at = text.find(*w).unwrap();
                ev.shows_object(text, at..at + w.len(), 0, &rules.entities.generic)
            })
            .map(|w| w.to_string())
            .collect()
    }

    #[test]
    fn a_word_after_a_deal_verb_or_a_party_preposition_is_a_name() {
        assert_eq!(objects("Acme bought Northwind for $3 billion.", &["Northwind"]), ["Northwind"]);
        assert_eq!(
            objects("Le ministère a commandé 40 blindés à Arquus pour 300 millions d'euros.", &["Arquus"]),
            ["Arquus"]
        );
        // Articles stand between only in the listed forms (`auprès de la`, `auprès de l'`).
        assert_eq!(
            objects("Alstom a remporté une commande de 2,4 milliards d'euros auprès de la SNCF.", &["SNCF"]),
            ["SNCF"]
        );
        assert_eq!(
            objects("Alstom a remporté une commande de 2 milliards d'euros auprès de l'Étoile.", &["Étoile"]),
            ["Étoile"]
        );
        assert!(objects("Acme invested $3 billion in the Midwest.", &["Midwest"]).is_empty());
        // A saying verb names a source, and a preposition with no deal verb before it
        // introduces no party.
        assert!(objects("Growth was strong, said Fitch.", &["Fitch"]).is_empty());
        assert!(objects("Deals rose this year, according to Dealogic.", &["Dealogic"]).is_empty());
        // A word the text also writes in lower case is a common noun.
        assert!(objects("Acme bought Closing rights before the closing.", &["Closing"]).is_empty());
    }

    #[test]
    fn a_verb_after_a_relative_clause_shows_a_name() {
        let text = "Kestra, qui détient 20 % de Irra, a investi 90 millions. Velmo, which owns Irra, said on Monday. \
                    Closing, which is near, matters. Parvo, qui est connu. Tosca, qui grandit, reste prudent.";
        assert_eq!(shown(text, &["Kestra", "Velmo", "Closing", "Parvo", "Tosca"]), ["Kestra", "Velmo"]);
        // A deal verb inside the relative clause shows the name it is about.
        let text = "Kaptiva, qui a bouclé une levée de 450 millions d'euros, ne cesse de grandir. \
                    Brumo, qui a ouvert un bureau, grandit.";
        assert_eq!(shown(text, &["Kaptiva", "Brumo"]), ["Kaptiva"]);
    }

    #[test]
    fn common_nouns_and_function_words_are_not_names() {
        // A measure or trigger word, a growth verb, a word also written in lower case, no verb.
        let text = "Revenue rose 5%. Sales jumped. Closing is expected soon; the closing said. \
                    Including rights, the deal is worth more. Shares rose. Contacté, il a refusé. \
                    Officials said on Monday.";
        let words = ["Revenue", "Sales", "Closing", "Including", "Shares", "Contacté", "Officials"];
        assert!(shown(text, &words).is_empty());
    }

    #[test]
    fn lower_case_occurrences_are_whole_words() {
        assert!(written_in_lower_case("Closing is near. At the closing.", "Closing"));
        assert!(!written_in_lower_case("Orvane said. The orvanes.", "Orvane"));
        assert!(!written_in_lower_case("ACME said.", "acme"));
    }
}
