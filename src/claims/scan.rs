//! One walk of every word-edged claims lexicon over a document.
//!
//! Triggers, measures, cues, milestones and entity words come from four rule files; each
//! used to be its own pass over the folded document. They are compiled together into one
//! [`LexiconSet`], built once per [`Rules`] and kept in it, so a document is walked once.

use super::fold::Folded;
use super::lexicon::{Hit, LexiconSet};
use crate::rules::Rules;
use crate::rules::entities::EntityWord;
use crate::rules::modality::Cue;
use crate::rules::relations::RelationWord;
use std::sync::OnceLock;

/// The compiled set, with the addresses of the rule lexicons it was built from: a rule
/// file merged later recompiles its lexicons elsewhere, and the set is then stale.
#[derive(Debug)]
pub struct ClaimLexicons {
    set: LexiconSet,
    from: [usize; 4],
}

/// The [`ClaimLexicons`] of one [`Rules`], built on first use. A clone starts empty (its
/// rule lexicons live elsewhere).
#[derive(Debug, Default)]
pub struct ScanCache(OnceLock<ClaimLexicons>);

impl Clone for ScanCache {
    fn clone(&self) -> Self {
        ScanCache::default()
    }
}

/// Every lexicon hit of one document, per lexicon.
pub struct DocHits<'r> {
    /// Relation triggers and blocked words (leftmost-longest).
    pub triggers: Vec<Hit<'r, RelationWord>>,
    /// Measure words.
    pub measures: Vec<Hit<'r, usize>>,
    /// Deal anaphora.
    pub deal_anaphora: Vec<Hit<'r, ()>>,
    /// Modality cues, overlapping ones included.
    pub cues: Vec<Hit<'r, Cue>>,
    /// Milestone words.
    pub milestones: Vec<Hit<'r, usize>>,
    /// Entity names and descriptions.
    pub names: Vec<Hit<'r, EntityWord>>,
    /// Nouns that announce an organisation.
    pub org_nouns: Vec<Hit<'r, ()>>,
    /// Anaphoric nouns.
    pub anaphora: Vec<Hit<'r, ()>>,
}

fn address<T>(x: &T) -> usize {
    std::ptr::from_ref(x) as usize
}

fn build(rules: &Rules) -> ClaimLexicons {
    let r = rules.relations.lexicons();
    let m = rules.modality.lexicon();
    let ms = rules.milestones.lexicon();
    let e = rules.entities.lexicons();
    let set = LexiconSet::new([
        r.triggers.words(),
        r.measures.words(),
        r.deal_anaphora.words(),
        m.cues.words(),
        ms.words(),
        e.names.words(),
        e.org_nouns.words(),
        e.anaphora.words(),
    ]);
    ClaimLexicons { set, from: [address(r), address(m), address(ms), address(e)] }
}

/// Walks `folded` once and hands each lexicon its hits, as its own `find` (or
/// `find_overlapping` for cues) would have found them.
pub fn scan<'r>(rules: &'r Rules, folded: &Folded) -> DocHits<'r> {
    let r = rules.relations.lexicons();
    let m = rules.modality.lexicon();
    let ms = rules.milestones.lexicon();
    let e = rules.entities.lexicons();
    let from = [address(r), address(m), address(ms), address(e)];
    let cached = rules.claim_scan.0.get_or_init(|| build(rules));
    let fresh;
    let lex = if cached.from == from {
        cached
    } else {
        fresh = build(rules);
        &fresh
    };
    let mut raw = lex.set.raw(folded).into_iter();
    let mut next = || raw.next().unwrap_or_default();
    DocHits {
        triggers: r.triggers.find_from(folded, next()),
        measures: r.measures.find_from(folded, next()),
        deal_anaphora: r.deal_anaphora.find_from(folded, next()),
        cues: m.cues.overlapping_from(folded, next()),
        milestones: ms.find_from(folded, next()),
        names: e.names.find_from(folded, next()),
        org_nouns: e.org_nouns.find_from(folded, next()),
        anaphora: e.anaphora.find_from(folded, next()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_walk_finds_what_each_lexicon_finds() {
        let rules = Rules::builtin().unwrap();
        let text = "Le groupe OpenAI a signé un accord de 38 milliards de dollars avec Amazon, selon Reuters. \
                    The company will deploy the start-up's servers by 2026, analysts said; revenue grew.";
        let f = Folded::new(text);
        let hits = scan(&rules, &f);
        let r = rules.relations.lexicons();
        let e = rules.entities.lexicons();
        assert_eq!(hits.triggers, r.triggers.find(&f));
        assert_eq!(hits.measures, r.measures.find(&f));
        assert_eq!(hits.cues, rules.modality.lexicon().cues.find_overlapping(&f));
        assert_eq!(hits.milestones, rules.milestones.lexicon().find(&f));
        assert_eq!(hits.names, e.names.find(&f));
        assert_eq!(hits.anaphora, e.anaphora.find(&f));
        assert!(!hits.triggers.is_empty() && !hits.cues.is_empty() && !hits.names.is_empty());
        // A clone of the rules has its own lexicons and still scans the same.
        let clone = rules.clone();
        assert_eq!(scan(&clone, &f).names, hits.names);
    }
}
