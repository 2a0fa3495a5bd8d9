//! Case- and accent-folded text with a map back to the original bytes.
//!
//! Rule words are matched on folded text (`Déployé` and `deploye` read the same, `’` is
//! `'`, no-break spaces are spaces) so a rule file need not spell every variant; every hit
//! is mapped back to exact byte offsets of the original text. Folding is a per-character
//! table, not full Unicode normalization: it covers the Latin letters of French and
//! English news text and lower-cases everything else.

use std::ops::Range;

/// Folded text with a sparse map back to the original bytes.
///
/// ASCII folds byte for byte, so the map only records anchors where that stops being
/// true: each non-ASCII character is an atomic anchor (every folded byte of its expansion
/// maps to the character's start) followed by a linear anchor. A mostly-ASCII article
/// needs few anchors, so folding a large file costs little more than copying it.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    anchors: Vec<Anchor>,
}

/// Where a run of the mapping starts.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    folded: usize,
    original: usize,
    /// For one non-ASCII character: its folded and original lengths; `None` for a linear
    /// (byte for byte) run.
    atomic: Option<(usize, usize)>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut anchors = vec![Anchor { folded: 0, original: 0, atomic: None }];
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII is copied and lower-cased at once.
            let run = bytes[at..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - at);
            if run > 0 {
                let before = text.len();
                text.push_str(&original[at..at + run]);
                text[before..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let Some(c) = original[at..].chars().next() else { break };
            let before = text.len();
            fold_char(c, &mut text);
            let (flen, olen) = (text.len() - before, c.len_utf8());
            anchors.push(Anchor { folded: before, original: at, atomic: Some((flen, olen)) });
            anchors.push(Anchor { folded: before + flen, original: at + olen, atomic: None });
            at += olen;
        }
        Folded { text, anchors }
    }

    /// The folded offsets where [`starts_word`] holds (character starts only), ascending,
    /// in one pass: lexicons try only those.
    pub fn word_starts(&self) -> impl Iterator<Item = usize> + '_ {
        WordStarts { text: &self.text, at: 0, prev_word: false, prev_hyphen: false, before_hyphen_word: false }
    }

    /// The anchor that governs folded offset `f`: the last one starting at or before it.
    /// Expansions are never empty, so inside one the atomic anchor is the last; at a
    /// character start the atomic anchor comes after the linear one and wins.
    fn anchor_of_folded(&self, f: usize) -> Anchor {
        let i = self.anchors.partition_point(|a| a.folded <= f);
        self.anchors[i.saturating_sub(1)]
    }

    fn map(&self, f: usize) -> usize {
        let a = self.anchor_of_folded(f);
        match a.atomic {
            Some(_) => a.original,
            None => a.original + (f - a.folded),
        }
    }

    /// The original byte range of a folded byte range.
    pub fn original(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.map(folded.start.min(self.text.len()));
        let end_f = folded.end.min(self.text.len());
        let a = self.anchor_of_folded(end_f);
        // An end inside one character's expansion widens to the whole character.
        let end = match a.atomic {
            Some((_, olen)) if end_f > a.folded => a.original + olen,
            Some(_) => a.original,
            None => a.original + (end_f - a.folded),
        };
        start..end.max(start)
    }

    /// The folded offset of an original offset (the first folded byte produced at or after
    /// it).
    pub fn folded_offset(&self, original: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.original <= original);
        let a = self.anchors[i.saturating_sub(1)];
        match a.atomic {
            Some((flen, _)) if original > a.original => a.folded + flen,
            Some(_) => a.folded,
            None => a.folded + (original - a.original),
        }
    }
}

/// Appends the folded form of `c`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        '’' | '‘' | 'ʼ' | '′' => "'",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => " ",
        '–' | '—' => "-",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(s);
}

/// Folds a rule word the way [`Folded`] folds text.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The iterator of [`Folded::word_starts`].
struct WordStarts<'a> {
    text: &'a str,
    at: usize,
    /// The previous character is a word character; it is `-`; the one before that `-` is
    /// a word character.
    prev_word: bool,
    prev_hyphen: bool,
    before_hyphen_word: bool,
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            if self.prev_word {
                // Inside a word no word starts: skip its ASCII letters and digits at once
                // (the state after one is the state before it).
                while bytes.get(self.at).is_some_and(u8::is_ascii_alphanumeric) {
                    self.at += 1;
                }
                if self.at >= bytes.len() {
                    break;
                }
            }
            let at = self.at;
            let b = bytes[at];
            let starts = if self.prev_hyphen { !self.before_hyphen_word } else { !self.prev_word };
            let (word, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = self.text.get(at..).and_then(|t| t.chars().next()).unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            self.before_hyphen_word = self.prev_word;
            self.prev_hyphen = b == b'-';
            self.prev_word = word;
            self.at += len;
            if starts {
                return Some(at);
            }
        }
        None
    }
}

/// True when the folded text has no word character right before `start`.
pub fn starts_word(text: &str, start: usize) -> bool {
    let mut back = text.get(..start).unwrap_or("").chars().rev();
    match back.next() {
        None => true,
        // `start-up` is one word: `up` does not start one.
        Some('-') => back.next().is_none_or(|c| !c.is_alphanumeric()),
        Some(c) => !c.is_alphanumeric(),
    }
}

/// True when the folded text has no word character at `end`.
pub fn ends_word(text: &str, end: usize) -> bool {
    let mut ahead = text.get(end..).unwrap_or("").chars();
    match ahead.next() {
        None => true,
        // `start-up` is one word: `start` does not end there.
        Some('-') => ahead.next().is_none_or(|c| !c.is_alphanumeric()),
        Some(c) => !c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces_and_maps_back() {
        let s = "L’Écho a déployé 14\u{202f}000 Œuvres";
        let f = Folded::new(s);
        assert_eq!(f.text, "l'echo a deploye 14 000 oeuvres");
        let at = f.text.find("deploye").unwrap();
        assert_eq!(&s[f.original(at..at + 7)], "déployé");
        let oe = f.text.find("oeuvres").unwrap();
        assert_eq!(&s[f.original(oe..oe + 7)], "Œuvres");
        // A range ending inside `Œ`'s expansion widens to the whole character.
        assert_eq!(&s[f.original(oe..oe + 1)], "Œ");
        assert_eq!(f.folded_offset(s.find("14").unwrap()), f.text.find("14").unwrap());
        assert_eq!(f.original(0..f.text.len()), 0..s.len());
        assert_eq!(f.folded_offset(s.len()), f.text.len());
        // Every folded range maps inside the original on character boundaries.
        for i in 0..=f.text.len() {
            for j in i..=f.text.len() {
                let r = f.original(i..j);
                assert!(s.get(r.clone()).is_some(), "{i}..{j} -> {r:?}");
            }
        }
    }

    #[test]
    fn word_starts_agree_with_starts_word() {
        for s in [
            "start-up -up --x a-b- l'openai «Écho» œuvre 3-4 x",
            "-a",
            "",
            "é-é - -é",
            "a\u{a0}b…c",
            "ab-cd",
            "aé-b x-é",
        ] {
            let f = Folded::new(s);
            let slow: Vec<usize> = f.text.char_indices().map(|(i, _)| i).filter(|&i| starts_word(&f.text, i)).collect();
            assert_eq!(f.word_starts().collect::<Vec<_>>(), slow, "{s:?}");
        }
        // Every string of up to five characters over word, hyphen, space, accent and digit.
        let alphabet = ['a', '-', ' ', 'é', '1'];
        let mut layer = vec![String::new()];
        for _ in 0..5 {
            layer = layer.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            for s in &layer {
                let f = Folded::new(s);
                let slow: Vec<usize> =
                    f.text.char_indices().map(|(i, _)| i).filter(|&i| starts_word(&f.text, i)).collect();
                assert_eq!(f.word_starts().collect::<Vec<_>>(), slow, "{s:?}");
            }
        }
    }

    #[test]
    fn word_edges() {
        assert!(starts_word("l'openai", 2));
        assert!(!starts_word("xopenai", 1));
        assert!(ends_word("openai.", 6));
        assert!(!ends_word("openais", 6));
        assert!(!ends_word("start-up", 5));
        assert!(!starts_word("start-up", 6));
        assert!(ends_word("au - dela", 2));
    }
}
