//! Word lists from `rules/` compiled into one aho-corasick automaton each.
//!
//! A rule word is folded like the text ([`super::fold`]); a word ending in `*` is a stem
//! (`achet*` matches `achète`, `achetait`), any other word must end at a word edge. Every
//! hit starts at a word edge. A lexicon is built once per [`crate::rules::Rules`] (the rule
//! structs keep it in a `OnceLock`) and run once per document, never per sentence.

use super::fold::{Folded, ends_word, fold, starts_word};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::ops::Range;

/// A compiled word list whose words carry a value of type `T`.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    automaton: Option<AhoCorasick>,
    /// False for punctuation lists (`: `, `, et `) that need no word edges.
    edges: bool,
    stems: Vec<bool>,
    values: Vec<T>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon { automaton: None, edges: true, stems: Vec::new(), values: Vec::new() }
    }
}

/// One match of a lexicon word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a, T> {
    /// Byte range in the folded text.
    pub folded: Range<usize>,
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// The value of the word that matched.
    pub value: &'a T,
}

impl<T> Lexicon<T> {
    /// Compiles `(word, value)` pairs; empty words are skipped.
    pub fn new(words: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        Lexicon::build(words, true)
    }

    fn build(words: impl IntoIterator<Item = (String, T)>, trim: bool) -> Lexicon<T> {
        let mut patterns = Vec::new();
        let mut stems = Vec::new();
        let mut values = Vec::new();
        for (word, value) in words {
            let trimmed = if trim { word.trim() } else { word.as_str() };
            let (body, stem) = match trimmed.strip_suffix('*').filter(|_| trim) {
                Some(b) => (b, true),
                None => (trimmed, false),
            };
            let folded = fold(body);
            if folded.is_empty() || (trim && folded.trim().is_empty()) {
                continue;
            }
            // A word ending in an apostrophe (`prévoit d'`) runs into the next word.
            let open_end = stem || folded.ends_with(|c: char| !c.is_alphanumeric());
            patterns.push(folded);
            stems.push(open_end);
            values.push(value);
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            // A DFA: a few hundred short words compile small and search fastest.
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .or_else(|_| AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns))
                .ok()
        };
        Lexicon { automaton, edges: true, stems, values }
    }

    /// Like [`Lexicon::new`], for phrases that carry their own edges (`, et `, `: `).
    pub fn without_edges(words: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        let mut lex = Lexicon::build(words, false);
        lex.edges = false;
        lex
    }

    /// Folded `(start, end, pattern)` of every hit at word edges, sorted by start then
    /// longest first. Mapping back to the original is left to the callers, for the hits
    /// they keep.
    fn raw(&self, text: &Folded) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.automaton else { return Vec::new() };
        let mut hits: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(&text.text)
            .filter(|m| {
                let id = m.pattern().as_usize();
                !self.edges
                    || (starts_word(&text.text, m.start()) && (self.stems[id] || ends_word(&text.text, m.end())))
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        hits
    }

    fn hit<'a>(&'a self, text: &Folded, (start, end, id): (usize, usize, usize)) -> Hit<'a, T> {
        Hit { folded: start..end, range: text.original(start..end), value: &self.values[id] }
    }

    /// Every hit at word edges, overlapping ones included, sorted by start then longest.
    pub fn find_overlapping<'a>(&'a self, text: &Folded) -> Vec<Hit<'a, T>> {
        self.raw(text).into_iter().map(|h| self.hit(text, h)).collect()
    }

    /// Leftmost-longest hits that do not overlap.
    pub fn find<'a>(&'a self, text: &Folded) -> Vec<Hit<'a, T>> {
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for h in self.raw(text) {
            if kept.last().is_none_or(|l| h.0 >= l.1) {
                kept.push(h);
            }
        }
        kept.into_iter().map(|h| self.hit(text, h)).collect()
    }

    /// True when no word was compiled.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_whole_words_and_longest_first() {
        let lex = Lexicon::new(vec![
            ("achet*".to_string(), 1),
            ("va".to_string(), 2),
            ("auprès de".to_string(), 3),
            ("auprès".to_string(), 4),
        ]);
        let text = Folded::new("Il achètera auprès de lui, il va, il vante");
        let hits: Vec<i32> = lex.find(&text).iter().map(|h| *h.value).collect();
        assert_eq!(hits, [1, 3, 2]);
        let h = &lex.find(&text)[0];
        assert_eq!(&"Il achètera auprès de lui, il va, il vante"[h.range.clone()], "achèt");
    }

    #[test]
    fn empty_lexicon_finds_nothing() {
        let lex: Lexicon<u8> = Lexicon::new(Vec::new());
        assert!(lex.find(&Folded::new("abc")).is_empty());
        assert!(lex.is_empty());
    }
}
