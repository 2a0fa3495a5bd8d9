//! Modality: how sure the writer is of one clause.
//!
//! The cues of `rules/modality.toml` inside the clause decide: a hedge (`pourrait`,
//! `in talks`, any French conditional form) makes it speculative, else an intention or
//! schedule (`prévoit de`, `will`) makes it planned, else it is asserted. Whether it is
//! reported depends on the sentence's source ([`super::attribution`]), not on this clause.

use super::Modality;
use super::fold::Folded;
use super::lexicon::Hit;
use crate::lang::Lang;
use crate::rules::modality::{Cue, Modality as ModalityRules};
use std::ops::Range;

/// The modality the cues of the clause at `range` (document bytes) state.
pub fn clause_mood(
    folded: &Folded,
    range: Range<usize>,
    cues: &[Hit<'_, Cue>],
    rules: &ModalityRules,
    lang: Lang,
) -> Modality {
    let inside = cues.iter().filter(|c| range.start <= c.range.start && c.range.end <= range.end);
    let mut planned = false;
    let mut said = false;
    for c in inside {
        match c.value {
            Cue::Mood(Modality::Speculative) => return Modality::Speculative,
            Cue::Mood(Modality::Planned) => planned = true,
            Cue::ReportingVerb => said = true,
            // `said … would launch`: the future of a reported plan.
            Cue::Backshifted if said => planned = true,
            Cue::Backshifted => return Modality::Speculative,
            _ => {}
        }
    }
    if lang == Lang::Fr {
        let a = folded.folded_offset(range.start);
        let b = folded.folded_offset(range.end);
        if let Some(t) = folded.text.get(a..b)
            && any_long_word(t, |w| rules.is_conditional(w))
        {
            return Modality::Speculative;
        }
    }
    if planned { Modality::Planned } else { Modality::Asserted }
}

/// True when `f` holds for one of the words of `t` longer than five bytes (words are runs
/// of alphanumeric characters; a conditional form is never shorter). A byte scan: ASCII
/// bytes are tested in place, other characters decoded only where they occur.
fn any_long_word(t: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let bytes = t.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (alnum, len) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match t.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => (true, 1),
            }
        };
        if !alnum {
            if i - start > 5 && t.get(start..i).is_some_and(&mut f) {
                return true;
            }
            start = i + len;
        }
        i += len;
    }
    bytes.len() - start.min(bytes.len()) > 5 && t.get(start..).is_some_and(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn mood(s: &str, lang: Lang) -> Modality {
        let rules = Rules::builtin().unwrap();
        let folded = Folded::new(s);
        let cues = rules.modality.lexicon().cues.find_overlapping(&folded);
        clause_mood(&folded, 0..s.len(), &cues, &rules.modality, lang)
    }

    #[test]
    fn hedges_plans_and_conditionals_both_languages() {
        assert_eq!(mood("Amazon prévoit d'investir 38 milliards", Lang::Fr), Modality::Planned);
        assert_eq!(mood("Le contrat atteindrait 300 milliards", Lang::Fr), Modality::Speculative);
        assert_eq!(mood("Les discussions seraient en train de discuter", Lang::Fr), Modality::Speculative);
        assert_eq!(mood("OpenAI achète des capacités", Lang::Fr), Modality::Asserted);
        assert_eq!(mood("Un portrait de 2 milliards", Lang::Fr), Modality::Asserted);
        assert_eq!(mood("OpenAI will buy capacity", Lang::En), Modality::Planned);
        assert_eq!(mood("Amazon is said to be in talks to invest", Lang::En), Modality::Speculative);
        assert_eq!(mood("Nvidia could invest up to $100bn", Lang::En), Modality::Speculative);
        assert_eq!(mood("Amazon has invested $4 billion", Lang::En), Modality::Asserted);
    }

    #[test]
    fn would_after_a_saying_verb_reports_a_plan() {
        let said = "Its chief executive said the broadcaster would launch a channel within 18 months";
        assert_eq!(mood(said, Lang::En), Modality::Planned);
        assert_eq!(mood("The deal would value the group at $2bn", Lang::En), Modality::Speculative);
        // A hedge stays a hedge after a saying verb.
        assert_eq!(mood("Analysts said the league could earn a further £50m", Lang::En), Modality::Speculative);
    }

    #[test]
    fn long_words_split_at_every_non_alphanumeric_character() {
        let mut seen = Vec::new();
        any_long_word("pourrait, été-atteindrait  courts x seraient", |w| {
            seen.push(w.to_string());
            false
        });
        assert_eq!(seen, ["pourrait", "atteindrait", "courts", "seraient"]);
        assert!(any_long_word("«atteindrait»", |w| w == "atteindrait"));
    }
}
