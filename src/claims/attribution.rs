//! Attribution: on whose word a sentence states its claims.
//!
//! `selon Reuters`, `according to the companies` name the source after the cue; saying
//! verbs (`OpenAI a indiqué`, `ont annoncé lundi les deux groupes`, `the companies said`)
//! have it as subject or inverted subject. A source that is one of the parties (or a
//! phrase naming them, `les deux groupes`, `un communiqué`) leaves the claim firm: the
//! parties said it on the record. Any other source makes it reported. `la même source`
//! points back to the previous source of the document.

use super::lexicon::Hit;
use super::parties::PartyMention;
use crate::rules::modality::Cue;
use std::ops::Range;

/// The source of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Canonical name of an entity, or the words as written (`des estimations d'analystes`).
    pub name: String,
    /// The parties themselves (`les deux groupes`, `un communiqué`).
    pub self_source: bool,
}

/// Usable reporting cues lying inside `range`: those not overlapped by a `not-reporting`
/// phrase that also lies inside it.
fn usable<'a, 'b>(cues: &'b [Hit<'a, Cue>], range: Range<usize>) -> impl Iterator<Item = &'b Hit<'a, Cue>> {
    let within = move |c: &Hit<'a, Cue>| range.start <= c.range.start && c.range.end <= range.end;
    cues.iter().filter(move |c| {
        within(c)
            && matches!(c.value, Cue::SourceBefore | Cue::ReportingVerb)
            && !cues.iter().any(|b| {
                *b.value == Cue::NotReporting && b.range.start < c.range.end && c.range.start < b.range.end && within(b)
            })
    })
}

/// The source of the sentence at `range`, if it names one.
pub fn sentence_source(
    text: &str,
    range: Range<usize>,
    cues: &[Hit<'_, Cue>],
    parties: &[&PartyMention],
    previous: Option<&Source>,
) -> Option<Source> {
    // `name_in` looks only at cues inside its phrase, itself inside `range`: it can take
    // every cue given.
    // Explicit cues first (`selon X`), then saying verbs.
    if let Some(c) = usable(cues, range.clone()).find(|c| *c.value == Cue::SourceBefore) {
        let phrase = phrase_after(text, c.range.end, range.end);
        if let Some(s) = name_in(text, phrase.clone(), cues, parties, previous, 6) {
            return Some(s);
        }
    }
    for c in usable(cues, range.clone()).filter(|c| *c.value == Cue::ReportingVerb) {
        let clause_start =
            text[range.start..c.range.start].rfind([',', ';', ':']).map_or(range.start, |p| range.start + p + 1);
        let before = clause_start..c.range.start;
        if let Some(s) = name_in(text, before.clone(), cues, parties, previous, 0) {
            return Some(s);
        }
        let words = text[before.clone()].split_whitespace().count();
        if (1..=3).contains(&words) {
            return Some(Source { name: text[before].trim().to_string(), self_source: false });
        }
        let after = phrase_after(text, c.range.end, range.end);
        if let Some(s) = name_in(text, after, cues, parties, previous, 4) {
            return Some(s);
        }
    }
    None
}

/// The words after a cue, up to the next punctuation mark.
fn phrase_after(text: &str, from: usize, end: usize) -> Range<usize> {
    let rest = &text[from..end];
    let stop = rest.find([',', ';', '.', ')', '—', ':', '(']).unwrap_or(rest.len());
    from..from + stop
}

/// The source named in `range`: a self-source phrase, an entity, `la même source`, or the
/// words themselves when there are at most `max_words`.
fn name_in(
    text: &str,
    range: Range<usize>,
    cues: &[Hit<'_, Cue>],
    parties: &[&PartyMention],
    previous: Option<&Source>,
    max_words: usize,
) -> Option<Source> {
    if range.is_empty() {
        return None;
    }
    let inside = |r: &Range<usize>| range.start <= r.start && r.end <= range.end;
    if cues.iter().any(|c| inside(&c.range) && *c.value == Cue::SameSource) {
        return previous.cloned();
    }
    if let Some(c) = cues.iter().find(|c| inside(&c.range) && *c.value == Cue::SelfSource) {
        return Some(Source { name: text[c.range.clone()].to_string(), self_source: true });
    }
    if let Some(p) = parties.iter().rev().find(|p| inside(&p.range)) {
        return Some(Source { name: p.name.clone(), self_source: false });
    }
    let words: Vec<&str> = text[range.clone()].split_whitespace().collect();
    if words.is_empty() || words.len() > max_words {
        return None;
    }
    Some(Source { name: words.join(" "), self_source: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::fold::Folded;
    use crate::rules::Rules;
    use crate::rules::entities::EntityKind;

    fn source(s: &str, party: Option<(&str, &str)>) -> Option<Source> {
        let rules = Rules::builtin().unwrap();
        let cues = rules.modality.lexicon().cues.find_overlapping(&Folded::new(s));
        let parties: Vec<PartyMention> = party
            .map(|(w, n)| PartyMention {
                range: s.find(w).unwrap()..s.find(w).unwrap() + w.len(),
                name: n.to_string(),
                kind: EntityKind::Outlet,
                sentence: 0,
                modifier: false,
                anaphoric: false,
            })
            .into_iter()
            .collect();
        let refs: Vec<&PartyMention> = parties.iter().collect();
        sentence_source(s, 0..s.len(), &cues, &refs, None)
    }

    #[test]
    fn cues_before_saying_verbs_and_self_sources() {
        let s = source(
            "Amazon pourrait investir 10 milliards, selon The Information.",
            Some(("The Information", "The Information")),
        );
        assert_eq!(s, Some(Source { name: "The Information".into(), self_source: false }));
        let s = source("OpenAI va acheter pour 38 milliards, ont annoncé lundi les deux groupes.", None).unwrap();
        assert!(s.self_source, "{s:?}");
        let s = source("OpenAI will buy capacity, the companies said.", None).unwrap();
        assert!(s.self_source);
        assert_eq!(source("Selon les termes de ce partenariat, tout sera déployé.", None), None);
        let s = source("AWS détenait 29 % du marché, selon des estimations d'analystes, mais recule.", None).unwrap();
        assert_eq!(s.name, "des estimations d'analystes");
        let s = source("Analysts said the deal was a vote of confidence.", None).unwrap();
        assert_eq!(s.name, "Analysts");
    }
}
