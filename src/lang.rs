//! The two languages claimdiff reads, and how a document's language is decided.
//!
//! The language changes how numbers read (`1.400` is 1 400 in French, 1.4 in English) and
//! which words the grammar and the rules look for. Detection is a small stop-word vote:
//! reliable on a paragraph, which is all an article needs; it does not try to detect any
//! other language.

use serde::{Deserialize, Serialize};

/// A document language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The two-letter code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses a language code or name as found in front matter (`fr`, `fr-FR`, `French`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        let head = c.split(['-', '_']).next().unwrap_or("");
        match head {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// True for a French stop word (lower-cased).
fn is_french_word(w: &str) -> bool {
    // A `match` on string literals compiles to a length switch: no scan of a list.
    matches!(
        w,
        "le" | "la"
            | "les"
            | "des"
            | "du"
            | "de"
            | "un"
            | "une"
            | "et"
            | "est"
            | "dans"
            | "pour"
            | "sur"
            | "avec"
            | "qui"
            | "que"
            | "par"
            | "au"
            | "aux"
            | "ce"
            | "cette"
            | "son"
            | "ses"
            | "pas"
            | "plus"
            | "selon"
            | "ont"
            | "sera"
            | "été"
            | "d'ici"
            | "milliards"
            | "millions"
            | "dollars"
            | "année"
            | "ans"
    )
}
/// True for an English stop word (lower-cased).
fn is_english_word(w: &str) -> bool {
    // A `match` on string literals compiles to a length switch: no scan of a list.
    matches!(
        w,
        "the"
            | "of"
            | "and"
            | "to"
            | "in"
            | "is"
            | "for"
            | "on"
            | "with"
            | "that"
            | "by"
            | "at"
            | "from"
            | "its"
            | "was"
            | "will"
            | "has"
            | "have"
            | "be"
            | "are"
            | "it"
            | "an"
            | "said"
            | "billion"
            | "million"
            | "year"
            | "years"
            | "this"
            | "which"
    )
}

/// Guesses French or English from the words of `text`; ties and empty text give `None`.
pub fn detect(text: &str) -> Option<Lang> {
    let (mut fr, mut en) = (0u32, 0u32);
    for word in words(text).take(5000) {
        // Lowercased into a stack buffer: no allocation per word. A word too long for the
        // buffer is in neither list; its first letters still show an elision (`l'`, `qu'`).
        let mut buf = [0u8; 48];
        let (w, whole) = fold_word(word, &mut buf);
        if (whole && is_french_word(w)) || w.starts_with("l'") || w.starts_with("d'") || w.starts_with("qu'") {
            fr += 1;
        }
        if whole && is_english_word(w) {
            en += 1;
        }
    }
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::En),
        std::cmp::Ordering::Equal => None,
    }
}

/// The words of `text`: runs of alphanumeric characters, `'` and `’`. Splits byte by byte
/// on ASCII and decodes a character only where the text is not ASCII, which makes
/// detection several times cheaper than a `char` predicate on French text.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while at < bytes.len() {
            let (is_word, len) = match bytes[at] {
                b if b.is_ascii() => (b.is_ascii_alphanumeric() || b == b'\'', 1),
                _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (is_word_char(c), c.len_utf8()),
                    None => (false, 1),
                },
            };
            match (is_word, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    let word = &text[s..at];
                    at += len;
                    return Some(word);
                }
                _ => {}
            }
            at += len;
        }
        start.map(|s| &text[s..])
    })
}

/// A non-ASCII character of a word: alphanumeric or `’`. The accented Latin letters and
/// the usual French punctuation and spaces are answered without the Unicode tables.
fn is_word_char(c: char) -> bool {
    match c {
        '\u{c0}'..='\u{17f}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        '’' => true,
        '\u{a0}' | '\u{202f}' | '«' | '»' | '€' | '–' | '—' | '…' | '‘' | '“' | '”' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `word` lowercased with `’` read as `'`, written into `buf`; the flag is false when the
/// word did not fit (the returned text is then a prefix of the folded word).
fn fold_word<'a>(word: &str, buf: &'a mut [u8]) -> (&'a str, bool) {
    if word.is_ascii() {
        // ASCII lower-cases byte for byte.
        let n = word.len().min(buf.len());
        for (to, from) in buf.iter_mut().zip(word.as_bytes()) {
            *to = from.to_ascii_lowercase();
        }
        return (std::str::from_utf8(&buf[..n]).unwrap_or(""), n == word.len());
    }
    let mut len = 0;
    let mut whole = true;
    'chars: for c in word.chars() {
        let mut lower = c.to_lowercase();
        let first = if c == '’' { Some('\'') } else { lower.next() };
        for l in first.into_iter().chain(lower.filter(|_| c != '’')) {
            if len + l.len_utf8() > buf.len() {
                whole = false;
                break 'chars;
            }
            len += l.encode_utf8(&mut buf[len..]).len();
        }
    }
    (std::str::from_utf8(&buf[..len]).unwrap_or(""), whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_paragraphs() {
        assert_eq!(detect("OpenAI va acheter pour 38 milliards de dollars de capacités à Amazon."), Some(Lang::Fr));
        assert_eq!(
            detect("OpenAI will buy $38 billion of computing capacity from Amazon over seven years."),
            Some(Lang::En)
        );
        assert_eq!(detect(""), None);
    }

    #[test]
    fn folds_words_without_allocating() {
        let mut buf = [0u8; 48];
        assert_eq!(fold_word("L’ANNÉE", &mut buf), ("l'année", true));
        let mut small = [0u8; 4];
        assert_eq!(fold_word("Qu’Alors", &mut small), ("qu'a", false));
        assert_eq!(fold_word("QuAlors", &mut small), ("qual", false));
        assert_eq!(fold_word("THE", &mut buf), ("the", true));
        assert!(is_french_word("milliards") && is_english_word("which") && !is_french_word("the"));
    }

    #[test]
    fn words_split_like_a_char_predicate() {
        let texts = ["", "a", " l’année, 38 milliards d'euros… é-t-é ", "x\u{202f}y\u{a0}z!", "¿Qué? ÀB"];
        for t in texts {
            let expected: Vec<&str> =
                t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect();
            assert_eq!(words(t).collect::<Vec<_>>(), expected, "text {t:?}");
        }
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in (0x80..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || c == '’', "char {c:?}");
        }
    }

    #[test]
    fn reads_codes() {
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("English"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
