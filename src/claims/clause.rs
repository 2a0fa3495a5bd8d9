//! Clauses: the part of a sentence one claim lives in.
//!
//! A sentence often carries two claims (`X a investi 8 milliards, et Y prévoit 2027`);
//! each claim must take the amount, duration and date of its own clause. Clauses end at
//! the breaks of `rules/relations.toml` (`; `, `: `, `, et `, `, while `…). A relative
//! clause (`, qui …`, `, dans lequel …`) runs to the next comma; it and the rest of its
//! main clause remember their antecedent, so `Microsoft, qui a investi 13 milliards`
//! still knows who invested. Plain commas do not split: `X rachète Y, exploitant canadien,
//! pour 2,4 milliards` is one clause.

use super::lexicon::Hit;
use crate::rules::relations::Break;
use crate::rules::relations::lower;
use std::collections::HashSet;
use std::ops::Range;

/// Where a relative clause's antecedent is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Antecedent {
    /// Byte range (document) of the comma segment that holds it.
    pub region: Range<usize>,
    /// The preposition before the pronoun (`dans` in `dans lequel`): the antecedent is that
    /// preposition's party rather than the subject.
    pub prep: Option<String>,
    /// For the rest of a main clause after a relative clause: the main clause's part before
    /// it, whose trigger and parties still frame a figure here (`le rachat de X, qui
    /// exploite …, pour 3 milliards`: the buyer pays, not the relative clause's antecedent).
    pub main: Option<Range<usize>>,
}

/// One clause of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Byte range in the document.
    pub range: Range<usize>,
    /// For a relative clause and the rest of its main clause.
    pub antecedent: Option<Antecedent>,
}

impl Clause {
    /// True when `r` starts inside the clause.
    pub fn holds(&self, r: &Range<usize>) -> bool {
        self.range.start <= r.start && r.start < self.range.end
    }

    /// The main clause's part before the relative clause, when this clause continues it
    /// and `trigger` lies there.
    pub fn main_part(&self, trigger: &Range<usize>) -> Option<Range<usize>> {
        let main = self.antecedent.as_ref()?.main.clone()?;
        (main.start <= trigger.start && trigger.end <= main.end).then_some(main)
    }
}

/// Splits the sentence at `range` of `text` into clauses; `breaks` are the break hits
/// inside the sentence, in order.
pub fn split(text: &str, range: Range<usize>, breaks: &[Hit<'_, Break>], determiners: &HashSet<String>) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut start = range.start;
    let mut pending: Option<Antecedent> = None;
    let mut skip_until = range.start;
    let push = |clauses: &mut Vec<Clause>, r: Range<usize>, antecedent: Option<Antecedent>| {
        if text.get(r.clone()).is_some_and(|s| s.chars().any(char::is_alphanumeric)) {
            clauses.push(Clause { range: r, antecedent });
        }
    };
    for hit in breaks {
        if hit.range.start < skip_until || hit.range.start < start || hit.range.end > range.end {
            continue;
        }
        match hit.value {
            Break::Hard => {
                push(&mut clauses, start..hit.range.start, pending.take());
                start = hit.range.end;
            }
            Break::Relative(prep) => {
                let main = start..hit.range.start;
                let region = antecedent_region(text, main.clone(), determiners);
                push(&mut clauses, main.clone(), pending.take());
                let rel_start = hit.range.start + 1;
                let next_hard = breaks
                    .iter()
                    .filter(|b| b.range.start > hit.range.end && b.value == &Break::Hard)
                    .map(|b| b.range.start)
                    .next()
                    .unwrap_or(range.end)
                    .min(range.end);
                // `, ` and not `,`: `3,200 employees` does not end the clause.
                let rel_end = text[hit.range.end..next_hard].find(", ").map_or(next_hard, |p| hit.range.end + p);
                let relative = Antecedent { region: region.clone(), prep: prep.clone(), main: None };
                push(&mut clauses, rel_start..rel_end, Some(relative));
                if rel_end < next_hard {
                    pending = Some(Antecedent { region, prep: None, main: Some(main) });
                    start = rel_end + 1;
                } else {
                    start = rel_end;
                }
                skip_until = rel_end;
            }
        }
    }
    push(&mut clauses, start..range.end, pending.take());
    if clauses.is_empty() {
        clauses.push(Clause { range, antecedent: None });
    }
    clauses
}

/// The last comma segment of `main` that is not an apposition (`le rival d'OpenAI`).
fn antecedent_region(text: &str, main: Range<usize>, determiners: &HashSet<String>) -> Range<usize> {
    let s = &text[main.clone()];
    let mut bounds: Vec<usize> = s.match_indices(", ").map(|(i, _)| i).collect();
    bounds.insert(0, 0);
    let mut end = s.len();
    for &b in bounds.iter().rev() {
        let seg_start = if b == 0 && !s.starts_with(',') { 0 } else { b + 1 };
        let seg = &s[seg_start..end];
        let first = seg.split_whitespace().next().map(|w| {
            let f = lower(w);
            match f.find('\'') {
                Some(p) => f[..=p].to_string(),
                None => f,
            }
        });
        let apposition = first.is_some_and(|w| determiners.contains(&w));
        if !apposition || seg_start == 0 {
            return main.start + seg_start..main.start + end;
        }
        end = b;
    }
    main
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::fold::Folded;
    use crate::rules::Rules;

    fn clauses(s: &str) -> Vec<(String, Option<String>)> {
        let rules = Rules::builtin().unwrap();
        let lex = rules.relations.lexicons();
        let folded = Folded::new(s);
        let hits = lex.breaks.find(&folded);
        split(s, 0..s.len(), &hits, &lex.determiners)
            .into_iter()
            .map(|c| (s[c.range].trim().to_string(), c.antecedent.map(|a| s[a.region].trim().to_string())))
            .collect()
    }

    #[test]
    fn hard_breaks_split_commas_do_not() {
        let got =
            clauses("Forgeval rachète Boreal, exploitant canadien, pour 2 milliards : le prix est bas, et Reste suit.");
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, "Forgeval rachète Boreal, exploitant canadien, pour 2 milliards");
    }

    #[test]
    fn relative_clauses_know_their_antecedent_past_appositions() {
        let got = clauses("Il n'oublie pas Anthropic, le rival d'OpenAI, dans lequel Amazon a investi 8 milliards.");
        assert_eq!(got[1].0, "dans lequel Amazon a investi 8 milliards.");
        assert_eq!(got[1].1.as_deref(), Some("Il n'oublie pas Anthropic"));
        let got = clauses("Boreal Iron, which has 3,200 employees, mines ore.");
        assert_eq!(got[1].0, "which has 3,200 employees");
        let got = clauses("Microsoft, qui détient 27 % d'OpenAI, observe la scène.");
        assert_eq!(got[1], ("qui détient 27 % d'OpenAI".to_string(), Some("Microsoft".to_string())));
        assert_eq!(got[2], ("observe la scène.".to_string(), Some("Microsoft".to_string())));
    }
}
