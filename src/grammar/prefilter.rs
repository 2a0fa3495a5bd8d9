//! The candidate gate of the scan loop: which sub-grammars can begin at a word start,
//! decided from the sub-grammars' `STARTS` lists before any nom parser runs.
//!
//! Every start word of every sub-grammar sits in one byte trie over lowercased text, each
//! node carrying the sub-grammars for which the path to it is a start (as a prefix, or as
//! a whole word). A word start is decided by one walk down the trie while the text is
//! lowercased on the fly: an ordinary word leaves the trie after a byte or two, so most
//! word starts cost a few table steps, no allocation and no parser.

use super::lexeme::{is_letter, lower_latin1};
use super::{ALL, Starts};

/// Decides which sub-grammars can begin at a word start.
///
/// Digits pass every gate. A figure grammar's gate ([`Starts::Prefix`]) passes any other
/// non-letter and the letter positions whose lowercased text starts with one of its words;
/// a date or duration grammar's gate ([`Starts::Word`]) passes when the lowercased leading
/// run of letters is one of its words, or, at a non-letter, when the character as written
/// is (`½`).
#[derive(Debug)]
pub(super) struct Prefilter {
    /// The trie; node 0 is the root.
    nodes: Vec<Node>,
    /// The root's children by byte (0: none), the one wide node: every walk starts there.
    root: Box<[u32; 256]>,
    /// Sub-grammars that pass at every non-letter start (the prefix gates).
    non_letter: u32,
    /// Sub-grammars that pass at every letter start (a prefix gate without words).
    any_letter: u32,
    /// Per word gate: its one-character words, matched against a first character that is
    /// not a letter, as written (`½`, `~`).
    single: Vec<(u32, Vec<char>)>,
}

/// A trie node.
#[derive(Debug, Default)]
struct Node {
    /// Children by byte, few per node.
    children: Vec<(u8, u32)>,
    /// Sub-grammars for which the path to this node is a prefix start word.
    prefix: u32,
    /// Sub-grammars for which the path to this node is a whole start word.
    word: u32,
}

impl Prefilter {
    /// Builds the gates, bit `k` for entry `k` of `starts`.
    pub(super) fn new(starts: &[Starts]) -> Prefilter {
        let mut p = Prefilter {
            nodes: vec![Node::default()],
            root: Box::new([0; 256]),
            non_letter: 0,
            any_letter: 0,
            single: Vec::new(),
        };
        for (k, s) in starts.iter().enumerate() {
            let bit = 1u32 << k;
            match s {
                Starts::Prefix(words) => {
                    p.non_letter |= bit;
                    let mut any = false;
                    for w in words.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()) {
                        let n = p.insert(&w);
                        p.nodes[n].prefix |= bit;
                        any = true;
                    }
                    if !any {
                        p.any_letter |= bit;
                    }
                }
                Starts::Word(words) => {
                    let mut single = Vec::new();
                    for w in words.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()) {
                        let mut chars = w.chars();
                        if let (Some(c), None) = (chars.next(), chars.next()) {
                            single.push(c);
                        }
                        let n = p.insert(&w);
                        p.nodes[n].word |= bit;
                    }
                    p.single.push((bit, single));
                }
            }
        }
        p
    }

    /// The node reached from `node` by `byte`, creating it.
    fn insert(&mut self, word: &str) -> usize {
        let mut node = 0;
        for &b in word.as_bytes() {
            node = match self.child(node, b) {
                Some(n) => n,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    if node == 0 {
                        self.root[usize::from(b)] = n as u32;
                    } else {
                        self.nodes[node].children.push((b, n as u32));
                    }
                    n
                }
            };
        }
        node
    }

    /// The child of `node` by `byte`.
    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        if node == 0 {
            let n = self.root[usize::from(byte)];
            return (n != 0).then_some(n as usize);
        }
        self.nodes[node].children.iter().find(|(b, _)| *b == byte).map(|&(_, n)| n as usize)
    }

    /// The one-character words of the word gates that `first` (as written) is.
    fn single_char(&self, first: char) -> u32 {
        self.single.iter().filter(|(_, cs)| cs.contains(&first)).fold(0, |m, (bit, _)| m | bit)
    }

    /// The sub-grammars (bit `k` for entry `k` of the table) that may begin at byte `at`
    /// of `sentence`, a char boundary.
    pub(super) fn mask(&self, sentence: &str, at: usize) -> u32 {
        let Some(rest) = sentence.get(at..) else { return ALL };
        let Some(first) = rest.chars().next() else { return 0 };
        if first.is_ascii_digit() {
            return ALL;
        }
        if !is_letter(first) {
            return self.single_char(first) | self.non_letter;
        }
        let mut m = self.any_letter;
        // Walk the lowercased text down the trie; a whole word counts where the leading
        // run of letters ends, a prefix word wherever it ends.
        let (mut node, mut in_run) = (0, true);
        let bytes = rest.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // ASCII (most text) byte by byte, without decoding a char
            if b < 0x80 {
                if in_run && !b.is_ascii_alphabetic() {
                    in_run = false;
                    m |= self.nodes[node].word;
                }
                match self.child(node, b.to_ascii_lowercase()) {
                    Some(n) => node = n,
                    None => return m,
                }
                m |= self.nodes[node].prefix;
                i += 1;
                continue;
            }
            let Some(c) = rest.get(i..).and_then(|r| r.chars().next()) else { break };
            i += c.len_utf8();
            if in_run && !is_letter(c) {
                in_run = false;
                m |= self.nodes[node].word;
            }
            let mut buf = [0u8; 4];
            // A Latin-1 letter lowers to one character (no Unicode table).
            let latin = lower_latin1(c);
            for l in latin.into_iter().chain(latin.is_none().then(|| c.to_lowercase()).into_iter().flatten()) {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    match self.child(node, b) {
                        Some(n) => node = n,
                        None => return m,
                    }
                }
            }
            m |= self.nodes[node].prefix;
        }
        if in_run {
            m |= self.nodes[node].word;
        }
        m
    }
}
