//! A small word tokenizer and cursor for the date and duration grammars.
//!
//! Dates are multi-word phrases (`d'ici la fin de l'année prochaine`, `the second half of
//! 2026`) whose words matter more than their characters, so the date grammar reads a short
//! window of tokens rather than raw bytes. Each token keeps its byte range in the sentence;
//! its `key` is lower-cased, accent-folded and uses `'` for every apostrophe, so the
//! grammar compares `derniere`, `dernière` and `DERNIÈRE` alike. Elided articles stay
//! separate tokens (`l'` + `année`, `d'` + `ici`, `aujourd'` + `hui`).

use super::vocab::{F_COMMON, F_FOLLOW, F_MONTH, F_NON_FINAL, FnvBuild, lookup};
use crate::grammar::lexeme::lowercase;
use crate::grammar::month::month_number;
use std::collections::HashSet;

/// How many tokens a date phrase may span at most: bounds the work done per start.
pub const WINDOW: usize = 32;

/// True when `rest` opens with a digit or with a word of `starts` (its leading run of
/// letters, lower-cased; a lone symbol such as `½` is its own word). The date and
/// duration grammars check this before tokenizing, which keeps them cheap on the many
/// word starts of a sentence and makes their `STARTS` lists exact by construction.
pub fn opens_with(rest: &str, starts: &HashSet<&'static str, FnvBuild>) -> bool {
    let Some(first) = rest.chars().next() else { return false };
    if first.is_ascii_digit() {
        return true;
    }
    // The lowercased leading letters, on the stack (24 chars, at most 3 of 4 bytes each).
    let mut buf = [0u8; 24 * 3 * 4];
    let mut len = 0;
    let ascii_run = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if ascii_run < 24 && rest.as_bytes().get(ascii_run).is_none_or(|b| b.is_ascii()) {
        // only ASCII letters (the next byte, if any, is ASCII and no letter)
        for (d, b) in buf.iter_mut().zip(&rest.as_bytes()[..ascii_run]) {
            *d = b.to_ascii_lowercase();
        }
        len = ascii_run;
    } else {
        for l in rest.chars().take_while(|c| is_letter(*c)).take(24).flat_map(char::to_lowercase) {
            len += l.encode_utf8(&mut buf[len..]).len();
        }
    }
    let word = std::str::from_utf8(&buf[..len]).unwrap_or("");
    if word.is_empty() {
        let mut buf = [0u8; 4];
        return starts.contains(&*first.encode_utf8(&mut buf));
    }
    starts.contains(word)
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly ending with an elision apostrophe (`l'`).
    Word,
    /// ASCII digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// Printable ASCII, so that a one-character token's key is a slice of it.
const PRINTABLE: &str =
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// Non-ASCII symbols common in news text, kept as `'static` keys.
const SYMBOLS: &[&str] = &["«", "»", "–", "—", "…", "€", "£", "°", "½", "¼", "¾", "•", "“", "”"];

/// The `'static` key for already-folded `text`, when one exists: `interned` (the
/// vocabulary's copy, if the text is a listed word), a printable ASCII character or a
/// common symbol.
fn static_key(text: &str, interned: Option<&'static str>) -> Option<&'static str> {
    if interned.is_some() {
        return interned;
    }
    match text.as_bytes() {
        [b @ 0x20..=0x7e] => {
            let i = usize::from(b - 0x20);
            PRINTABLE.get(i..=i)
        }
        [0x80..=0xff, ..] if text.len() <= 3 => SYMBOLS.iter().find(|s| **s == text).copied(),
        _ => None,
    }
}

/// One token of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'s> {
    /// Byte offset of the token in the sentence.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Lower-cased, accent-folded text (`'` for `’`): the vocabulary's `'static` copy for a
    /// listed word or a common symbol, the sentence's own text when folding changes
    /// nothing, else a slice of the sentence's [`KeyStore`]. No token allocates.
    pub key: &'s str,
    /// The accented lower case of a listed word when it differs from `key` (see
    /// [`Tok::low`]).
    low_text: Option<&'static str>,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// True when whitespace separates this token from the previous one.
    pub space_before: bool,
    /// The month a word names (`nov`, `Février`, `May`), as [`month_number`] reads its
    /// accented lower case; read once here rather than at every try.
    pub month: Option<i8>,
    /// Word classes of the key (bits of [`super::vocab`]): whether a reading may go on
    /// through this token, whether it is a common function word.
    pub flags: u8,
}

/// The accented lower-case forms that the grammars compare [`Tok::low`] with (they compare
/// it with ASCII words too, which an accented form never equals). Any other accented form
/// reads as [`OTHER_ACCENTED`].
const LOW_FORMS: &[&str] = &["dès", "à"];

/// [`Tok::low`] of a listed word whose accented lower case is none of [`LOW_FORMS`]: equal
/// to no word the grammars compare it with, as the form itself is.
const OTHER_ACCENTED: &str = "\u{301}";

impl<'s> Tok<'s> {
    /// Lower-cased text with its accents (`dès` and `des` differ here, not in `key`) for
    /// a listed word; the key for any other token (the grammars compare `low` only with
    /// listed words, so an unlisted word never equals what they look for either way).
    /// An accented form other than [`LOW_FORMS`] reads as a mark that equals no word.
    pub fn low(&self) -> &'s str {
        self.low_text.unwrap_or(self.key)
    }

    /// True when a reading can consume this token after its first one: a number, a
    /// symbol, or a word the grammars know (see [`super::vocab::FOLLOW`]).
    pub fn may_follow(&self) -> bool {
        self.flags & F_FOLLOW != 0
    }
}

/// False when no date or duration can start at the window: it opens with a common function
/// word (`de`, `la`, `les`, `un`, `the`…, never a reading by itself) and the next token is
/// not one the grammars could go on with — or the next is a determiner (`de la`, `à l'`),
/// never the end of a reading, and the one after it is not either. A number followed by
/// `%` is a percentage, never a year, a day or a count of units, so no reading starts at
/// it or at a function word before it (`de 3 %`); nor at a number of other than four
/// digits followed by a word the grammars do not know (`12 millions`, `de 300 postes`).
/// Cheap: it reads only flags set at tokenization.
pub fn may_open(toks: &[Tok]) -> bool {
    let percent_at =
        |i: usize| toks.get(i).is_some_and(|t| t.kind == Kind::Num) && toks.get(i + 1).is_some_and(|t| t.key == "%");
    // a number that cannot be a year (not four digits) is a whole reading only as `le 23`
    // before punctuation or a known word: before any other word, none starts at it
    let count_of_things = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == Kind::Num && t.key.len() != 4)
            && toks.get(i + 1).is_some_and(|t| !t.may_follow())
    };
    let Some(t0) = toks.first() else { return false };
    if percent_at(0) || count_of_things(0) {
        return false;
    }
    if t0.flags & F_COMMON == 0 {
        return true;
    }
    let Some(t1) = toks.get(1).filter(|t| t.may_follow()) else { return false };
    if percent_at(1) || count_of_things(1) {
        return false;
    }
    t1.flags & F_NON_FINAL == 0 || toks.get(2).is_some_and(Tok::may_follow)
}

/// True when the window opens with a decimal number (`3,5`), or with a function word and
/// one (`de 3,5`): a count of units that no date reads (offsets, windows and slices count
/// whole units; a year has four digits, and `le 12,5` is kept for `le 12`). Durations do
/// read them (`3,5 ans`).
pub fn decimal_first(toks: &[Tok]) -> bool {
    let decimal_at = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == Kind::Num && t.key.len() != 4)
            && toks.get(i + 1).is_some_and(|t| t.key == "," && !t.space_before)
            && toks.get(i + 2).is_some_and(|t| t.kind == Kind::Num && !t.space_before)
    };
    let Some(t0) = toks.first() else { return false };
    decimal_at(0) || (t0.flags & F_COMMON != 0 && !matches!(t0.key, "le" | "the") && decimal_at(1))
}

/// Lower-cases and folds the accents French uses (`é` → `e`), and `’` → `'`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appending to `out`.
fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        fold_char_into(c, out);
    }
}

/// Lower-cases and folds one non-ASCII character into `out` (see [`fold`]).
fn fold_char_into(c: char, out: &mut String) {
    // the letters of French first, without the Unicode case tables
    let direct = match c {
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        '’' | 'ʼ' | '‘' => '\'',
        _ => return fold_char_slow(c, out),
    };
    out.push(direct);
}

/// [`fold_char_into`] for any character.
fn fold_char_slow(c: char, out: &mut String) {
    for c in c.to_lowercase() {
        out.push(match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            '’' | 'ʼ' | '‘' => '\'',
            other => other,
        });
    }
}

/// [`fold`], borrowing `s` when folding would not change it (ASCII without capitals).
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// [`char::is_alphabetic`] with the Latin letters of French decided without the Unicode
/// table search (`é`, `ç`, `œ` are frequent, and that search costs a hundred instructions).
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{C0}'..='\u{24F}' => c != '\u{D7}' && c != '\u{F7}',
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Words that elide before a vowel and so end at their apostrophe.
fn elides(word: &str) -> bool {
    const ELIDING: &[&str] = &["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "aujourd", "n", "s", "c", "j", "m", "t"];
    if word.is_ascii() {
        return ELIDING.iter().any(|e| e.eq_ignore_ascii_case(word));
    }
    ELIDING.contains(&fold(word).as_str())
}

/// The char at byte `i` of `text` (a char boundary), with its length.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// Where a sentence's folded keys live (those that are neither a `'static` word nor the
/// sentence's own text): one string per sentence, written once, so that tokens can
/// borrow their keys from it. The scan loop keeps one beside its [`SentenceTokens`].
#[derive(Debug, Default)]
pub struct KeyStore(std::cell::OnceCell<String>);

/// Tokenizes `sentence` from byte `at` (a char boundary), at most `limit` tokens, keeping
/// the folded keys that need it in `store` (which must be unused: its text is written
/// once; when it is not, those keys read as `""`).
fn read_tokens<'s>(sentence: &'s str, at: usize, limit: usize, store: &'s KeyStore) -> Vec<Tok<'s>> {
    let Some(text) = sentence.get(at..) else { return Vec::new() };
    let bytes = sentence.as_bytes();
    // about one token per four bytes of news text (words, numbers, punctuation): one
    // allocation for most sentences
    let mut toks = Vec::with_capacity(limit.min(text.len() / 4 + 4));
    // tokens whose key is bytes `s..e` of `folded`, set once `folded` is stored
    let mut pending: Vec<(usize, usize, usize)> = Vec::new();
    let mut folded = String::new();
    // the accented lower case of a listed word, on the stack
    let mut lower_buf = [0u8; 64];
    let mut i = at;
    let mut space = false;
    while let Some(&b) = bytes.get(i) {
        if toks.len() >= limit {
            break;
        }
        // ASCII bytes (most of news text) are read without decoding a char
        let (c, len) = if b < 0x80 {
            // `char::is_whitespace` of an ASCII byte
            if matches!(b, b' ' | b'\t'..=b'\r') {
                space = true;
                i += 1;
                continue;
            }
            (char::from(b), 1)
        } else {
            let Some((c, len)) = char_at(sentence, i) else { break };
            if c.is_whitespace() {
                space = true;
                i += len;
                continue;
            }
            (c, len)
        };
        let start = i;
        i += len;
        let kind;
        // whether the token has a non-ASCII character or an ASCII capital, noted while
        // reading it rather than in passes over it afterwards
        let mut non_ascii = !c.is_ascii();
        let mut upper = c.is_ascii_uppercase();
        if c.is_ascii_digit() {
            kind = Kind::Num;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        } else if is_letter(c) {
            kind = Kind::Word;
            loop {
                // ASCII letters byte by byte; any other character decoded
                while let Some(&b) = bytes.get(i) {
                    if !b.is_ascii_alphabetic() {
                        break;
                    }
                    upper |= b.is_ascii_uppercase();
                    i += 1;
                }
                if bytes.get(i).is_none_or(u8::is_ascii) {
                    break;
                }
                match char_at(sentence, i) {
                    Some((d, l)) if is_letter(d) => {
                        non_ascii = true;
                        i += l;
                    }
                    _ => break,
                }
            }
            // An elision apostrophe followed by a letter closes the word (`l'année`); every
            // apostrophe is `'` or starts with a non-ASCII byte.
            if bytes.get(i).is_some_and(|&b| b == b'\'' || !b.is_ascii())
                && let Some((a, l)) = char_at(sentence, i)
                && is_apostrophe(a)
                && elides(&sentence[start..i])
                && char_at(sentence, i + l).is_some_and(|(n, _)| is_letter(n))
            {
                non_ascii |= !a.is_ascii();
                i += l;
            }
        } else {
            kind = Kind::Punct;
        }
        let word: &'s str = &sentence[start..i];
        // the folded key: the word itself when folding changes nothing, else folded into
        // `folded` at `fs..fe`
        let fs = folded.len();
        let as_is = !non_ascii && !upper;
        if !as_is {
            if folded.capacity() == 0 {
                // the keys of the rest of the sentence fit: no growth
                folded.reserve(sentence.len() - start);
            }
            if !non_ascii {
                folded.push_str(word);
                folded[fs..].make_ascii_lowercase();
            } else {
                fold_into(word, &mut folded);
            }
        }
        let fe = folded.len();
        let fold: &str = if as_is { word } else { folded.get(fs..fe).unwrap_or("") };
        let (flags, interned) = if kind == Kind::Word { lookup(fold) } else { (F_FOLLOW, None) };
        let fixed = static_key(fold, interned);
        // The accented lower case is read only for listed words (`dès`, months), so only
        // they keep it; for any other word `low` is the key.
        let lower = if interned.is_some() && non_ascii {
            Some(lowercase(word, &mut lower_buf)).filter(|l| l != fold)
        } else {
            None
        };
        let month = if flags & F_MONTH != 0 { month_number(lower.as_deref().unwrap_or(fold)) } else { None };
        let low_text = lower.map(|l| LOW_FORMS.iter().find(|f| **f == l).copied().unwrap_or(OTHER_ACCENTED));
        let key = match fixed {
            Some(k) => {
                folded.truncate(fs);
                k
            }
            None if as_is => word,
            None => {
                pending.push((toks.len(), fs, fe));
                ""
            }
        };
        toks.push(Tok { start, end: i, key, low_text, kind, space_before: space, month, flags });
        space = false;
    }
    if !pending.is_empty() {
        let done = store.0.set(folded).is_ok();
        let text: &'s str = store.0.get().map_or("", String::as_str);
        for (k, s, e) in pending {
            if let Some(t) = toks.get_mut(k) {
                t.key = if done { text.get(s..e).unwrap_or("") } else { "" };
            }
        }
    }
    toks
}

/// The tokens of one sentence for the date and duration grammars, shared by every
/// candidate position: the scan loop makes one per sentence (with its [`KeyStore`]) and
/// both grammars read windows of it. The sentence is tokenized once, when a window is
/// first asked for, without an allocation per token.
#[derive(Debug)]
pub struct SentenceTokens<'s> {
    /// The sentence.
    text: &'s str,
    /// Where the folded keys go.
    store: &'s KeyStore,
    /// Every token of `text`, once read.
    toks: Option<Vec<Tok<'s>>>,
    /// Index in `toks` of the last window's first token (candidates come left to right).
    hint: usize,
}

impl<'s> SentenceTokens<'s> {
    /// No token is read until a window is asked for; `store` must be unused.
    pub fn new(text: &'s str, store: &'s KeyStore) -> SentenceTokens<'s> {
        SentenceTokens { text, store, toks: None, hint: 0 }
    }

    /// The sentence.
    pub fn text(&self) -> &'s str {
        self.text
    }

    /// Calls `f` with the first `n` tokens (fewer at the sentence end) that
    /// [`tokenize`]`(sentence, at, …)` would read, `at` a char boundary.
    ///
    /// The tokenizer keeps no state across a token boundary but the `space_before` flag,
    /// so from any token start the whole-sentence tokens are the window's tokens; the
    /// window's first token never has `space_before`, so it is cleared for the call and
    /// restored. Where `at` is no token start (white space, inside a token), the window is
    /// tokenized on its own.
    pub fn window<R>(&mut self, at: usize, n: usize, f: impl for<'a> FnOnce(&'a [Tok<'a>]) -> R) -> R {
        let (text, store) = (self.text, self.store);
        let toks = self.toks.get_or_insert_with(|| read_tokens(text, 0, usize::MAX, store));
        let mut k = self.hint.min(toks.len());
        if toks.get(k).is_none_or(|t| t.start > at) {
            k = toks.partition_point(|t| t.start < at);
        }
        while toks.get(k).is_some_and(|t| t.start < at) {
            k += 1;
        }
        if toks.get(k).is_none_or(|t| t.start != at) {
            let own = KeyStore::default();
            let window = read_tokens(text, at, n, &own);
            return f(&window);
        }
        self.hint = k;
        let end = toks.len().min(k + n);
        let space = std::mem::replace(&mut toks[k].space_before, false);
        let r = f(&toks[k..end]);
        toks[k].space_before = space;
        r
    }
}

/// Tokenizes `sentence` from byte `at` (a char boundary), at most 32 tokens (`WINDOW`),
/// keeping folded keys in `store` (which must be unused).
pub fn tokenize<'s>(sentence: &'s str, at: usize, store: &'s KeyStore) -> Vec<Tok<'s>> {
    read_tokens(sentence, at, WINDOW, store)
}

/// The tokenizer as it was before [`read_tokens`] (one `String` per unlisted key), kept
/// to test that the batch tokenizer reads the same tokens.
#[cfg(test)]
pub(crate) fn reference_tokenize(sentence: &str, at: usize, limit: usize) -> Vec<Tok<'static>> {
    let Some(text) = sentence.get(at..) else { return Vec::new() };
    // about one token per five bytes of news text: one allocation for most sentences
    let mut toks = Vec::with_capacity(limit.min(text.len() / 5 + 4));
    let mut i = 0;
    let mut space = false;
    let mut fold_buf = String::new();
    while let Some((c, len)) = char_at(text, i) {
        if toks.len() >= limit {
            break;
        }
        if c.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        let start = i;
        i += len;
        let kind;
        if c.is_ascii_digit() {
            kind = Kind::Num;
            while text.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        } else if is_letter(c) {
            kind = Kind::Word;
            loop {
                // ASCII letters byte by byte; any other character decoded
                while text.as_bytes().get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                match char_at(text, i) {
                    Some((d, l)) if !d.is_ascii() && is_letter(d) => i += l,
                    _ => break,
                }
            }
            // An elision apostrophe followed by a letter closes the word (`l'année`).
            if let Some((a, l)) = char_at(text, i)
                && is_apostrophe(a)
                && elides(&text[start..i])
                && char_at(text, i + l).is_some_and(|(n, _)| is_letter(n))
            {
                i += l;
            }
        } else {
            kind = Kind::Punct;
        }
        let word = &text[start..i];
        let mut low = None;
        let folded: &str = if word.is_ascii() {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                fold_buf.clear();
                fold_buf.push_str(word);
                fold_buf.make_ascii_lowercase();
                &fold_buf
            } else {
                word
            }
        } else {
            fold_buf.clear();
            fold_into(word, &mut fold_buf);
            &fold_buf
        };
        let (flags, interned) = if kind == Kind::Word { lookup(folded) } else { (F_FOLLOW, None) };
        // The accented lower case is read only for listed words (`dès`, months), so only
        // they keep it; for any other word `low` is the key.
        if interned.is_some() && !word.is_ascii() {
            let lower = word.to_lowercase();
            if lower != folded {
                low = Some(lower);
            }
        }
        let month = if flags & F_MONTH != 0 { month_number(low.as_deref().unwrap_or(folded)) } else { None };
        let key = static_key(folded, interned).unwrap_or_else(|| owned_key(folded));
        let low_text = low.map(|l| LOW_FORMS.iter().find(|f| **f == l).copied().unwrap_or(OTHER_ACCENTED));
        toks.push(Tok { start: at + start, end: at + i, key, low_text, kind, space_before: space, month, flags });
        space = false;
    }
    toks
}

/// An owned key (the reference tokenizer's, one leaked allocation per key: tests only).
#[cfg(test)]
fn owned_key(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// A position in a token window; parsers advance it on success and callers restore it
/// (`let save = c.i; … c.i = save;`) on failure.
#[derive(Debug, Clone, Copy)]
pub struct Cur<'t> {
    /// The window.
    pub toks: &'t [Tok<'t>],
    /// Index of the next token.
    pub i: usize,
}

impl<'t> Cur<'t> {
    /// A cursor at the start of `toks`.
    pub fn new(toks: &'t [Tok<'t>]) -> Cur<'t> {
        Cur { toks, i: 0 }
    }

    /// The next token.
    pub fn peek(&self) -> Option<&'t Tok<'t>> {
        self.toks.get(self.i)
    }

    /// The token `n` places ahead.
    pub fn peek_at(&self, n: usize) -> Option<&'t Tok<'t>> {
        self.toks.get(self.i + n)
    }

    /// The key of the next token, or `""` at the end.
    pub fn key(&self) -> &'t str {
        self.peek().map_or("", |t| t.key)
    }

    /// True when nothing is left.
    pub fn at_end(&self) -> bool {
        self.i >= self.toks.len()
    }

    /// Takes the next token whatever it is.
    pub fn bump(&mut self) -> Option<&'t Tok<'t>> {
        let t = self.toks.get(self.i)?;
        self.i += 1;
        Some(t)
    }

    /// Takes the next token if its key is `word`.
    pub fn eat(&mut self, word: &str) -> bool {
        if self.key() == word && !self.at_end() {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Takes the next token if its key is one of `words`; returns which.
    pub fn eat_any(&mut self, words: &[&'static str]) -> Option<&'static str> {
        let k = self.key();
        let w = words.iter().find(|w| **w == k && !k.is_empty())?;
        self.i += 1;
        Some(w)
    }

    /// Takes a whole sequence of keys, or nothing.
    pub fn eat_seq(&mut self, words: &[&str]) -> bool {
        let save = self.i;
        for w in words {
            if !self.eat(w) {
                self.i = save;
                return false;
            }
        }
        true
    }

    /// Takes the first sequence of `seqs` that matches entirely.
    pub fn eat_any_seq(&mut self, seqs: &[&[&str]]) -> bool {
        seqs.iter().any(|s| self.eat_seq(s))
    }

    /// Takes a number token and returns its value and digit count.
    pub fn eat_num(&mut self) -> Option<(i64, usize)> {
        let t = self.peek()?;
        if t.kind != Kind::Num || t.key.len() > 9 {
            return None;
        }
        let v = t.key.parse().ok()?;
        self.i += 1;
        Some((v, t.key.len()))
    }

    /// True when the next token is glued to the previous one (no space between).
    pub fn glued(&self) -> bool {
        self.peek().is_some_and(|t| !t.space_before)
    }

    /// Byte offset just past the last taken token, if any was taken.
    pub fn end_offset(&self) -> Option<usize> {
        self.i.checked_sub(1).and_then(|j| self.toks.get(j)).map(|t| t.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_elisions_and_folds() {
        let store = KeyStore::default();
        let t = tokenize("d’ici la fin de l'Année", 0, &store);
        let keys: Vec<&str> = t.iter().map(|t| t.key).collect();
        assert_eq!(keys, ["d'", "ici", "la", "fin", "de", "l'", "annee"]);
        assert_eq!(&"d’ici la fin de l'Année"[t[6].start..t[6].end], "Année");
    }

    #[test]
    fn digits_and_letters_split() {
        let store = KeyStore::default();
        let t = tokenize("3heures T3 2026", 0, &store);
        let keys: Vec<&str> = t.iter().map(|t| t.key).collect();
        assert_eq!(keys, ["3", "heures", "t", "3", "2026"]);
        assert!(!t[1].space_before);
    }

    /// Sentences with elisions, odd spaces, symbols, capitals and accents.
    const MIXED: &[&str] = &[
        "d’ici la fin de l'Année, soit  le 3 nov. 2025 (T3)",
        "  l'an 2026 — ½ an",
        "in 3heures 2026",
        "AU MINIMUM 38 MILLIARDS D'ICI LA FIN DE L'ANNÉE PROCHAINE\u{202F}: Été 2026, DÈS Février",
        "İstanbul ΣΊΣΥΦΟΣ straße ǅ ﬁn 𝟑𝟖 « 38 » — aujourd’hui qu’il l’État",
    ];

    #[test]
    fn batch_tokenizer_equals_the_reference() {
        let generated: Vec<String> = [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En]
            .into_iter()
            .flat_map(|l| crate::grammar::corpus::articles(5, 3, l))
            .flat_map(|a| a.text.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        for s in &generated {
            let store = KeyStore::default();
            assert_eq!(read_tokens(s, 0, usize::MAX, &store), reference_tokenize(s, 0, usize::MAX), "{s:?}");
        }
        for s in MIXED {
            for at in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                assert_eq!(tokenize(s, at, &KeyStore::default()), reference_tokenize(s, at, WINDOW), "{s:?} at {at}");
                let store = KeyStore::default();
                let all = read_tokens(s, at, usize::MAX, &store);
                assert_eq!(all, reference_tokenize(s, at, usize::MAX), "{s:?} at {at}");
            }
        }
    }

    #[test]
    fn shared_window_equals_a_fresh_window() {
        for s in MIXED.iter().chain(MIXED.iter().rev()) {
            let starts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            // left to right as the scan loop asks, then every position again out of order
            let store = KeyStore::default();
            let mut shared = SentenceTokens::new(s, &store);
            for &at in starts.iter().chain(starts.iter().rev()) {
                for n in [1, 3, 4, WINDOW] {
                    let mut fresh = reference_tokenize(s, at, WINDOW);
                    fresh.truncate(n);
                    let window = shared.window(at, n, |t| t.iter().map(|t| format!("{t:?}")).collect::<Vec<_>>());
                    let fresh: Vec<String> = fresh.iter().map(|t| format!("{t:?}")).collect();
                    assert_eq!(window, fresh, "{s:?} at {at}, {n}");
                }
            }
        }
    }

    /// `low()` keeps only the accented forms of [`LOW_FORMS`]: every word the grammars
    /// compare it with must be ASCII (which an accented form never equals) or listed there.
    #[test]
    fn low_is_compared_only_with_kept_forms() {
        let sources = [
            include_str!("operators.rs"),
            include_str!("absolute.rs"),
            include_str!("relative.rs"),
            include_str!("words.rs"),
            include_str!("mod.rs"),
            include_str!("../duration.rs"),
        ];
        let mut seen = 0;
        for line in sources.iter().flat_map(|s| s.lines()).filter(|l| l.contains(".low()")) {
            for lit in line.split('"').skip(1).step_by(2) {
                assert!(lit.is_ascii() || LOW_FORMS.contains(&lit), "{lit:?} compared with low(): {line}");
                seen += 1;
            }
        }
        assert!(seen >= 5, "found only {seen} comparisons");
        let store = KeyStore::default();
        let t = tokenize("Dès À été DÈS", 0, &store);
        let lows: Vec<&str> = t.iter().map(Tok::low).collect();
        assert_eq!(lows, ["dès", "à", OTHER_ACCENTED, "dès"]);
    }

    #[test]
    fn folding_equals_the_case_tables_char_by_char() {
        for s in MIXED.iter().copied().chain(["", "É", "aÉb", "ÉTÉ 2026", "ǅ’x", "straße"]) {
            let mut folded = String::new();
            fold_into(s, &mut folded);
            let mut by_chars = String::new();
            for c in s.chars() {
                if c.is_ascii() {
                    by_chars.push(c.to_ascii_lowercase());
                } else {
                    fold_char_slow(c, &mut by_chars);
                }
            }
            assert_eq!(folded, by_chars, "{s:?}");
        }
    }

    #[test]
    fn direct_folding_equals_the_case_tables() {
        for c in (0x80..0x3000).filter_map(char::from_u32) {
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char_into(c, &mut fast);
            fold_char_slow(c, &mut slow);
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    #[test]
    fn letters_are_the_alphabetic_chars() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn starts_mid_sentence() {
        let s = "Il a dit: aujourd’hui";
        let store = KeyStore::default();
        let t = tokenize(s, 10, &store);
        assert_eq!(t[0].key, "aujourd'");
        assert_eq!(t[1].key, "hui");
        assert_eq!(t[1].end, s.len());
    }
}
