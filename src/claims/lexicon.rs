//! Word lists from `rules/` compiled into anchored aho-corasick automata.
//!
//! A rule word is folded like the text ([`super::fold`]); a word ending in `*` is a stem
//! (`achet*` matches `achète`, `achetait`), any other word must end at a word edge. Every
//! hit starts at a word edge. A lexicon is built once per [`crate::rules::Rules`] (the rule
//! structs keep it in a `OnceLock`) and run once per document, never per sentence.

use super::fold::{Folded, ends_word, fold, starts_word};
use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, StartKind, dfa, nfa};
use std::ops::Range;
use std::sync::OnceLock;

/// An anchored automaton of a lexicon's words: a DFA when it compiles, else a contiguous
/// NFA.
///
/// Every hit of a word-edged lexicon starts at a word start, so instead of an unanchored
/// overlapping scan of every byte, the automaton is walked from each word start (and only
/// from those whose first byte some word begins with) until it dies: on news text that is a
/// handful of transitions per word instead of one per byte per lexicon.
#[derive(Debug, Clone)]
enum Engine {
    Dfa(dfa::DFA),
    Nfa(nfa::contiguous::NFA),
}

impl Engine {
    fn build(patterns: &[String]) -> Option<Engine> {
        let d = dfa::DFA::builder().match_kind(MatchKind::Standard).start_kind(StartKind::Anchored).build(patterns);
        match d {
            Ok(d) => Some(Engine::Dfa(d)),
            Err(_) => {
                nfa::contiguous::NFA::builder().match_kind(MatchKind::Standard).build(patterns).ok().map(Engine::Nfa)
            }
        }
    }

    /// Calls `found(end, pattern)` for every word that starts exactly at `start`.
    fn walk(&self, hay: &[u8], start: usize, found: impl FnMut(usize, usize)) {
        match self {
            Engine::Dfa(a) => walk(a, hay, start, found),
            Engine::Nfa(a) => walk(a, hay, start, found),
        }
    }
}

fn walk<A: Automaton>(a: &A, hay: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
    let Ok(mut sid) = a.start_state(Anchored::Yes) else { return };
    for (i, &b) in hay.get(start..).unwrap_or_default().iter().enumerate() {
        sid = a.next_state(Anchored::Yes, sid, b);
        if a.is_special(sid) {
            if a.is_dead(sid) {
                return;
            }
            if a.is_match(sid) {
                let len = i + 1;
                for k in 0..a.match_len(sid) {
                    let pid = a.match_pattern(sid, k);
                    // A match state also lists the words that are suffixes of this one;
                    // they start later and are found from their own start.
                    if a.pattern_len(pid) == len {
                        found(start + len, pid.as_usize());
                    }
                }
            }
        }
    }
}

/// A compiled word list whose words carry a value of type `T`.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    /// Compiled on first direct use: lexicons scanned through a [`LexiconSet`] never need
    /// their own.
    automaton: OnceLock<Option<Engine>>,
    /// The folded words, for [`LexiconSet`].
    patterns: Vec<String>,
    /// The first two bytes some word starts with.
    first: Starts,
    /// False for punctuation lists (`: `, `, et `) that need no word edges.
    edges: bool,
    stems: Vec<bool>,
    values: Vec<T>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            automaton: OnceLock::new(),
            patterns: Vec::new(),
            first: Starts::new(&[]),
            edges: true,
            stems: Vec::new(),
            values: Vec::new(),
        }
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
        let first = Starts::new(&patterns);
        Lexicon { automaton: OnceLock::new(), patterns, first, edges: true, stems, values }
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
        let engine =
            self.automaton.get_or_init(|| if self.patterns.is_empty() { None } else { Engine::build(&self.patterns) });
        let Some(engine) = engine else { return Vec::new() };
        let hay = text.text.as_bytes();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        if self.edges {
            for_each_start(&text.text, &self.first, |start| {
                engine.walk(hay, start, |end, id| {
                    if self.stems[id] || ends_word(&text.text, end) {
                        hits.push((start, end, id));
                    }
                });
            });
        } else {
            for (start, &b) in hay.iter().enumerate() {
                if self.first.first[usize::from(b)] && self.first.may(hay, start) {
                    engine.walk(hay, start, |end, id| hits.push((start, end, id)));
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        hits
    }

    fn hit<'a>(&'a self, text: &Folded, (start, end, id): (usize, usize, usize)) -> Option<Hit<'a, T>> {
        Some(Hit { folded: start..end, range: text.original(start..end), value: self.values.get(id)? })
    }

    /// Every hit at word edges, overlapping ones included, sorted by start then longest.
    pub fn find_overlapping<'a>(&'a self, text: &Folded) -> Vec<Hit<'a, T>> {
        self.overlapping_from(text, RawHits(self.raw(text)))
    }

    /// Leftmost-longest hits that do not overlap.
    pub fn find<'a>(&'a self, text: &Folded) -> Vec<Hit<'a, T>> {
        self.find_from(text, RawHits(self.raw(text)))
    }

    /// [`Lexicon::find_overlapping`] from this lexicon's share of a [`LexiconSet`] walk.
    pub fn overlapping_from<'a>(&'a self, text: &Folded, raw: RawHits) -> Vec<Hit<'a, T>> {
        raw.0.into_iter().filter_map(|h| self.hit(text, h)).collect()
    }

    /// [`Lexicon::find`] from this lexicon's share of a [`LexiconSet`] walk.
    pub fn find_from<'a>(&'a self, text: &Folded, raw: RawHits) -> Vec<Hit<'a, T>> {
        let mut out = Vec::new();
        let mut last_end = None;
        for h in raw.0 {
            if last_end.is_none_or(|l| h.0 >= l) {
                last_end = Some(h.1);
                out.extend(self.hit(text, h));
            }
        }
        out
    }

    /// The folded words and whether each is open-ended (a stem), for [`LexiconSet::new`].
    pub fn words(&self) -> (&[String], &[bool]) {
        (&self.patterns, &self.stems)
    }

    /// True when no word was compiled.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The first two bytes of some pattern: a walk of the automaton is tried only where both
/// match (one table lookup for the first byte, one bit for the pair), so frequent bytes
/// such as the space that starts ` : ` cost no walk where the next byte rules every word
/// out.
#[derive(Debug, Clone)]
struct Starts {
    /// The bytes some pattern starts with.
    first: Box<[bool; 256]>,
    /// Bit `a * 256 + b` is set when some pattern starts with `a` then `b`, or is the
    /// one byte `a`.
    pairs: Box<[u64; 1024]>,
}

impl Starts {
    fn new(patterns: &[String]) -> Starts {
        let mut first = Box::new([false; 256]);
        let mut pairs = Box::new([0u64; 1024]);
        let mut set = |k: usize| {
            if let Some(w) = pairs.get_mut(k / 64) {
                *w |= 1 << (k % 64);
            }
        };
        for p in patterns {
            let b = p.as_bytes();
            let Some(&a) = b.first() else { continue };
            first[usize::from(a)] = true;
            match b.get(1) {
                Some(&n) => set(usize::from(a) * 256 + usize::from(n)),
                None => (0..256).for_each(|n| set(usize::from(a) * 256 + n)),
            }
        }
        Starts { first, pairs }
    }

    /// True when some pattern may start at `i` of `hay`.
    #[inline]
    fn may(&self, hay: &[u8], i: usize) -> bool {
        let Some(&a) = hay.get(i) else { return false };
        if !self.first[usize::from(a)] {
            return false;
        }
        match hay.get(i + 1) {
            Some(&n) => {
                let k = usize::from(a) * 256 + usize::from(n);
                self.pairs[k / 64] & (1 << (k % 64)) != 0
            }
            None => true,
        }
    }
}

/// Calls `f` at every word start of the folded `text` (see [`super::fold::starts_word`])
/// where some pattern of `starts` may begin, in ascending order: one pass over the bytes,
/// the word-start test made only where the first byte fits.
fn for_each_start(text: &str, starts: &Starts, mut f: impl FnMut(usize)) {
    let hay = text.as_bytes();
    let mut i = 0;
    while i < hay.len() {
        let b = hay[i];
        // A pattern's first byte is ASCII or a UTF-8 lead byte: `i` is a char boundary.
        if starts.first[usize::from(b)] {
            let start = match i.checked_sub(1).map(|k| hay[k]) {
                None => true,
                Some(p) if p.is_ascii_alphanumeric() => false,
                Some(p) if p >= 0x80 || p == b'-' => starts_word(text, i),
                Some(_) => true,
            };
            if start && starts.may(hay, i) {
                f(i);
            }
        }
        i += 1;
        if b.is_ascii_alphanumeric() {
            // Inside a run of ASCII letters and digits no word starts, nor right after it.
            while hay.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            i += 1;
        }
    }
}

/// One lexicon's hits from a [`LexiconSet`] walk: folded `(start, end, word)`, sorted by
/// start then longest first, word edges checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawHits(Vec<(usize, usize, usize)>);

/// Several word-edged lexicons compiled into one automaton, walked once per word start of
/// a document instead of once per lexicon: the words of every rule file share the walk.
/// Part `i` of [`LexiconSet::raw`] is what [`Lexicon::find_from`] and
/// [`Lexicon::overlapping_from`] of the `i`-th lexicon given to [`LexiconSet::new`] expect.
#[derive(Debug, Clone)]
pub struct LexiconSet {
    engine: Option<Engine>,
    first: Starts,
    /// For each word of the set: its lexicon, its index there, and whether it may end
    /// inside a word (a stem).
    owners: Vec<(usize, usize, bool)>,
    parts: usize,
}

impl LexiconSet {
    /// Compiles the [`Lexicon::words`] of each part (word-edged lexicons, see
    /// [`Lexicon::new`]).
    pub fn new<'a>(parts: impl IntoIterator<Item = (&'a [String], &'a [bool])>) -> LexiconSet {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners = Vec::new();
        let mut count = 0;
        for (i, (words, stems)) in parts.into_iter().enumerate() {
            for (k, (w, &stem)) in words.iter().zip(stems).enumerate() {
                patterns.push(w.clone());
                owners.push((i, k, stem));
            }
            count = i + 1;
        }
        let first = Starts::new(&patterns);
        let engine = if patterns.is_empty() { None } else { Engine::build(&patterns) };
        LexiconSet { engine, first, owners, parts: count }
    }

    /// Every part's hits in `text`, in the order the parts were given.
    pub fn raw(&self, text: &Folded) -> Vec<RawHits> {
        let mut out = vec![RawHits::default(); self.parts];
        let Some(engine) = &self.engine else { return out };
        let hay = text.text.as_bytes();
        for_each_start(&text.text, &self.first, |start| {
            engine.walk(hay, start, |end, id| {
                if let Some(&(part, word, stem)) = self.owners.get(id)
                    && (stem || ends_word(&text.text, end))
                    && let Some(p) = out.get_mut(part)
                {
                    p.0.push((start, end, word));
                }
            });
        });
        for p in &mut out {
            p.0.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        }
        out
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

    /// The walk before the pair filter: every word start (every byte without edges)
    /// whose first byte some word starts with.
    fn raw_reference<T>(lex: &Lexicon<T>, text: &Folded) -> Vec<(usize, usize, usize)> {
        let engine = Engine::build(&lex.patterns).unwrap();
        let hay = text.text.as_bytes();
        let first = |b: u8| lex.patterns.iter().any(|p| p.as_bytes().first() == Some(&b));
        let starts: Vec<usize> = if lex.edges { text.word_starts().collect() } else { (0..hay.len()).collect() };
        let mut hits = Vec::new();
        for start in starts {
            if hay.get(start).is_some_and(|&b| first(b)) {
                engine.walk(hay, start, |end, id| {
                    if !lex.edges || lex.stems[id] || ends_word(&text.text, end) {
                        hits.push((start, end, id));
                    }
                });
            }
        }
        hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        hits
    }

    #[test]
    fn pair_filtered_walks_find_what_every_start_finds() {
        let rules = crate::rules::Rules::builtin().unwrap();
        let mut texts: Vec<String> = vec![
            "Il achètera auprès de lui, il va ; il vante : x — y - z, et puis, qui sait".into(),
            "a-b -a --a é-a «a» ’a x: a ; ,et , et  , qui".into(),
            String::new(),
            ",".into(),
            "a".into(),
        ];
        for dir in ["examples/openai-aws", "tests/fixtures/stories/steel"] {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
        let r = rules.relations.lexicons();
        let e = rules.entities.lexicons();
        for t in &texts {
            let f = Folded::new(t);
            assert_eq!(r.breaks.raw(&f), raw_reference(&r.breaks, &f), "{t:?}");
            assert_eq!(r.triggers.raw(&f), raw_reference(&r.triggers, &f), "{t:?}");
            assert_eq!(e.names.raw(&f), raw_reference(&e.names, &f), "{t:?}");
            assert_eq!(rules.modality.lexicon().cues.raw(&f), raw_reference(&rules.modality.lexicon().cues, &f));
        }
    }
}
