//! Case- and accent-folded text with a map back to the original bytes.
//!
//! Rule words are matched on folded text (`Déployé` and `deploye` read the same, `’` is
//! `'`, no-break spaces are spaces) so a rule file need not spell every variant; every hit
//! is mapped back to exact byte offsets of the original text. Folding is a per-character
//! table, not full Unicode normalization: it covers the Latin letters of French and
//! English news text and lower-cases everything else.

use std::ops::Range;

/// Folded text and, for each folded byte, the original byte offset of the character that
/// produced it.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// `map[i]`: original offset of the character that produced folded byte `i`; one more
    /// entry holds the original length.
    map: Vec<usize>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            map.resize(map.len() + (text.len() - before), at);
        }
        map.push(original.len());
        Folded { text, map }
    }

    /// The original byte range of a folded byte range.
    pub fn original(&self, folded: Range<usize>) -> Range<usize> {
        let last = self.map.len().saturating_sub(1);
        let start = self.map.get(folded.start).copied().unwrap_or_else(|| self.map[last]);
        // The end maps to the start of the next original character.
        let end = if folded.end >= last {
            self.map[last]
        } else {
            // If `end` falls inside one character's expansion, extend to its end.
            let e = self.map[folded.end];
            if folded.end > 0 && self.map[folded.end - 1] == e {
                self.map[(folded.end..=last).find(|&i| self.map[i] != e).unwrap_or(last)]
            } else {
                e
            }
        };
        start..end.max(start)
    }

    /// The folded offset of an original offset (the first folded byte produced at or after
    /// it).
    pub fn folded_offset(&self, original: usize) -> usize {
        self.map.partition_point(|&o| o < original)
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
