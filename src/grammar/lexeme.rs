//! Small nom parsers shared by the figure grammars (money, percent, quantity): French-aware
//! whitespace, case-insensitive keywords with word boundaries, keyword tables.
//!
//! French text separates words and digit groups with U+00A0 and U+202F and writes `’` for
//! the apostrophe; nom's `space1` and `tag_no_case` see neither, so these parsers do. They
//! do not fold accents: `pres de` is not `près de`.

use crate::lang::Lang;
use nom::IResult;
use nom::error::{Error, ErrorKind};

/// A failed parse at `s`: the `Err` every parser of this grammar returns.
pub fn fail<T>(s: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(s, ErrorKind::Tag)))
}

/// Any Unicode white space, which includes U+00A0 and U+202F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Skips white space (none is fine).
///
/// ASCII bytes are judged without decoding a char: the grammars call this before nearly
/// every word they try, mostly at a letter or a single space.
pub fn ws0(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            // any other white space (U+00A0, U+202F…) from here on, char by char
            return s.get(i..).map_or(s, |r| r.trim_start_matches(is_space));
        }
        // `char::is_whitespace` of an ASCII byte
        if !matches!(b, b' ' | b'\t'..=b'\r') {
            break;
        }
        i += 1;
    }
    s.get(i..).unwrap_or(s)
}

/// At least one white-space character.
pub fn ws1(s: &str) -> IResult<&str, ()> {
    let rest = ws0(s);
    if rest.len() == s.len() { fail(s) } else { Ok((rest, ())) }
}

/// True when `s` starts at a word boundary: at its end or before a non-alphanumeric char.
pub fn boundary(s: &str) -> bool {
    s.chars().next().is_none_or(|c| !is_alnum(c))
}

/// `char::is_alphabetic`, with ASCII and the Latin-1 letters (French accents) answered
/// without the Unicode tables.
#[inline]
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        // Every character of U+00C0–U+00FF is a letter but `×` and `÷`.
        0xC0..=0xFF => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

/// The lowercase of a character of U+00C0–U+00FF (one character: what
/// `char::to_lowercase` yields), `None` for any other character.
#[inline]
pub fn lower_latin1(c: char) -> Option<char> {
    match c {
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 32),
        '×' | 'ß'..='ÿ' => Some(c),
        _ => None,
    }
}

/// `char::is_alphanumeric`, with ASCII and the Latin-1 letters answered without the
/// Unicode tables.
#[inline]
pub fn is_alnum(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // No character of U+00C0–U+00FF is numeric; all but `×` and `÷` are letters.
        0xC0..=0xFF => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// `word.to_lowercase()`, on the stack in `buf` when it fits (no allocation on the common
/// path). A word with `Σ`, whose lowercase depends on its place in the word, is lowered
/// by `str::to_lowercase` itself.
pub fn lowercase<'b>(word: &str, buf: &'b mut [u8; 64]) -> std::borrow::Cow<'b, str> {
    fn fill<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
        let mut len = 0;
        for c in word.chars() {
            if c.is_ascii() {
                *buf.get_mut(len)? = c.to_ascii_lowercase() as u8;
                len += 1;
                continue;
            }
            if c == 'Σ' {
                return None;
            }
            for l in c.to_lowercase() {
                let n = l.len_utf8();
                l.encode_utf8(buf.get_mut(len..len + n)?);
                len += n;
            }
        }
        std::str::from_utf8(buf.get(..len)?).ok()
    }
    match fill(word, buf) {
        Some(l) => std::borrow::Cow::Borrowed(l),
        None => std::borrow::Cow::Owned(word.to_lowercase()),
    }
}

/// The apostrophes French writes (`'`, `’`) compare equal.
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '’' | 'ʼ' | '´' => '\'',
        // Latin-1 capitals lower by 32 (`×` is no letter); the rest of the block is lower
        // case or uncased.
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
        'ß'..='ÿ' => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The cheap gate of a figure grammar: true when `rest` starts with an ASCII digit, one of
/// `symbols`, or (lowercased) one of `words`. Parsers call it first, so the keyword tables
/// are only tried where a figure can begin.
pub fn may_start(rest: &str, words: &[&str], symbols: &[char]) -> bool {
    let Some(c) = rest.chars().next() else { return false };
    if c.is_ascii_digit() || symbols.contains(&c) {
        return true;
    }
    if !is_letter(c) {
        return false;
    }
    // The lowercased first 12 characters, on the stack (at most 3 chars of 4 bytes each).
    let mut buf = [0u8; 12 * 3 * 4];
    let mut len = 0;
    for l in rest.chars().take(12).flat_map(char::to_lowercase) {
        len += l.encode_utf8(&mut buf[len..]).len();
    }
    let head = std::str::from_utf8(&buf[..len]).unwrap_or("");
    words.iter().any(|w| head.starts_with(w))
}

/// The leading run of letters of `s`, folded as [`keyword`] folds it, into `buf`; `None`
/// when the run does not fit (longer than any keyword).
fn folded_run<'b>(s: &str, buf: &'b mut [u8; LEAD_BUF]) -> Option<&'b [u8]> {
    let mut len = 0;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
            rest = &rest[1..];
            continue;
        }
        let mut it = rest.chars();
        let Some(c) = it.next() else { break };
        if !is_letter(c) {
            break;
        }
        rest = it.as_str();
        let f = fold(c);
        let end = len + f.len_utf8();
        f.encode_utf8(buf.get_mut(len..end)?);
        len = end;
    }
    Some(&buf[..len])
}

/// The room for a folded leading run: longer runs start no keyword.
const LEAD_BUF: usize = 48;

/// A folded run of at most 16 bytes as one number (no folded letter is a zero byte, so the
/// zero padding cannot make two runs equal).
fn packed(run: &[u8]) -> Option<u128> {
    if run.len() > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..run.len()].copy_from_slice(run);
    Some(u128::from_le_bytes(bytes))
}

/// What a text starts with, for the run-keyed lookups: its folded leading run of letters
/// packed when it has at most 16 bytes ([`packed`]); when it has none, the first byte of
/// its folded first character, marked so it equals no run; `None` for a longer run.
pub fn lead_key(s: &str) -> Option<u128> {
    // ASCII fast path: a run of ASCII letters ended by an ASCII byte or the end.
    let bytes = s.as_bytes();
    let mut buf = [0u8; 16];
    let mut len = 0;
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        if !b.is_ascii_alphabetic() {
            break;
        }
        *slot = b | 0x20;
        len += 1;
    }
    match bytes.get(len) {
        None => {}
        Some(&b) if b < 0x80 && !(len == 16 && b.is_ascii_alphabetic()) => {}
        Some(_) => return lead_key_slow(s),
    }
    if len > 0 {
        return Some(u128::from_le_bytes(buf));
    }
    Some(NO_RUN | (u128::from(bytes.first().copied().unwrap_or(0)) << 8))
}

/// [`lead_key`] for any text (the fast path's reference).
fn lead_key_slow(s: &str) -> Option<u128> {
    let bytes = s.as_bytes();
    let mut buf = [0u8; 16];
    let mut len = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else { break };
        if !is_letter(c) {
            break;
        }
        i += c.len_utf8();
        let mut cb = [0u8; 4];
        for &fb in fold(c).encode_utf8(&mut cb).as_bytes() {
            *buf.get_mut(len)? = fb;
            len += 1;
        }
    }
    if len > 0 {
        return Some(u128::from_le_bytes(buf));
    }
    let first = s.chars().next().map_or(0, |c| {
        let mut cb = [0u8; 4];
        fold(c).encode_utf8(&mut cb).as_bytes()[0]
    });
    Some(NO_RUN | (u128::from(first) << 8))
}

/// A read-only hash map from [`lead_key`]s to small values: open addressing, a multiply
/// hash, no allocation per lookup. Key 0 marks an empty slot (no [`lead_key`] is 0: a run
/// starts with a letter's byte, a key without a run with [`NO_RUN`]).
#[derive(Debug)]
pub struct KeyMap<V> {
    /// `(key, value)` slots, a power of two of them.
    slots: Vec<(u128, V)>,
    /// The shift that keeps the hash's top bits.
    shift: u32,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A map of `pairs` (keys distinct and not 0; a repeated key keeps its first value).
    pub fn new(pairs: &[(u128, V)]) -> KeyMap<V> {
        let bits = (pairs.len() * 2).max(8).next_power_of_two().trailing_zeros();
        let mut map = KeyMap { slots: vec![(0, V::default()); 1 << bits], shift: 64 - bits };
        for &(k, v) in pairs {
            let mask = map.slots.len() - 1;
            let mut i = map.slot(k);
            while map.slots[i].0 != 0 && map.slots[i].0 != k {
                i = (i + 1) & mask;
            }
            if map.slots[i].0 == 0 {
                map.slots[i] = (k, v);
            }
        }
        map
    }

    /// The first slot to probe for `key`.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        let h = (key as u64) ^ ((key >> 64) as u64).rotate_left(17);
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `key`.
    #[inline]
    pub fn get(&self, key: u128) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let &(k, v) = self.slots.get(i)?;
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The low byte of a [`lead_key`] without a run (a run's first byte is a letter's, never 1).
const NO_RUN: u128 = 1;

/// True when the [`lead_key`] `key` is that of a text starting with a run of letters.
pub fn key_has_run(key: u128) -> bool {
    key & 0xFF != NO_RUN
}

/// The leading runs of letters (folded) of every phrase a grammar can start with: a
/// necessary condition checked before any parser runs.
///
/// A [`keyword`] match at the start of a text covers the keyword's leading run of letters
/// exactly (the boundary rule ends the text's run where the keyword's ends), so a position
/// whose leading run is none of these runs starts no phrase of the tables, and a miss costs
/// one fold of a short word and a binary search.
#[derive(Debug)]
pub struct LeadSet {
    /// The runs of up to 16 bytes, packed, sorted, deduplicated.
    short: Vec<u128>,
    /// The longer runs.
    long_runs: Vec<Vec<u8>>,
    /// Some phrase's run did not fit the buffer: then a run too long to fold may lead.
    long: bool,
}

impl LeadSet {
    /// The set of the leading runs of `phrases` (a phrase with no leading letter, such as
    /// `%` or `$`, adds nothing: non-letters are the caller's to handle).
    pub fn new<'w>(phrases: impl IntoIterator<Item = &'w str>) -> LeadSet {
        let mut set = LeadSet { short: Vec::new(), long_runs: Vec::new(), long: false };
        for p in phrases {
            let mut buf = [0u8; LEAD_BUF];
            match folded_run(p, &mut buf) {
                Some([]) => {}
                Some(run) => match packed(run) {
                    Some(k) => set.short.push(k),
                    None => set.long_runs.push(run.to_vec()),
                },
                None => set.long = true,
            }
        }
        set.short.sort_unstable();
        set.short.dedup();
        set
    }

    /// The packed runs of up to 16 bytes ([`lead_key`]s of the texts the set admits besides
    /// the long runs), sorted.
    pub fn short_keys(&self) -> &[u128] {
        &self.short
    }

    /// False when `s` starts with a letter run that begins no phrase of the set; true
    /// otherwise (and always when `s` does not start with a letter).
    pub fn may_lead(&self, s: &str) -> bool {
        self.may_lead_keyed(s, lead_key(s))
    }

    /// [`LeadSet::may_lead`] with `key`, the [`lead_key`] of `s`, already computed (one
    /// position is asked by several grammars).
    pub fn may_lead_keyed(&self, s: &str, key: Option<u128>) -> bool {
        match key {
            Some(k) if k & 0xFF == NO_RUN => true,
            Some(k) => self.short.binary_search(&k).is_ok(),
            None => {
                let mut buf = [0u8; LEAD_BUF];
                match folded_run(s, &mut buf) {
                    Some(run) => self.long_runs.iter().any(|r| r.as_slice() == run),
                    None => self.long,
                }
            }
        }
    }
}

/// A [`LeadSet`] per language, built on first use from a list of phrases.
#[derive(Debug)]
pub struct LangLeads {
    /// The French set.
    fr: std::sync::OnceLock<LeadSet>,
    /// The English set.
    en: std::sync::OnceLock<LeadSet>,
    /// The phrases of a language.
    phrases: fn(Lang) -> Vec<&'static str>,
}

impl LangLeads {
    /// The sets of the phrases `phrases` returns per language.
    pub const fn new(phrases: fn(Lang) -> Vec<&'static str>) -> LangLeads {
        LangLeads { fr: std::sync::OnceLock::new(), en: std::sync::OnceLock::new(), phrases }
    }

    /// The cheap gate of a figure grammar, a necessary condition of [`may_start`] and of a
    /// reading: `rest` starts with an ASCII digit, one of `symbols`, or a letter run of the
    /// set of `lang`.
    pub fn may_begin(&self, lang: Lang, rest: &str, symbols: &[char]) -> bool {
        // No symbol is an ASCII letter or digit (the grammars' tests check it).
        match rest.as_bytes().first() {
            None => return false,
            Some(b) if b.is_ascii_digit() => return true,
            Some(b) if b.is_ascii_alphabetic() => return self.may_lead(lang, rest),
            Some(_) => {}
        }
        let Some(c) = rest.chars().next() else { return false };
        if c.is_ascii_digit() || symbols.contains(&c) {
            return true;
        }
        is_letter(c) && self.may_lead(lang, rest)
    }

    /// [`LeadSet::may_lead`] in the set of `lang`.
    pub fn may_lead(&self, lang: Lang, s: &str) -> bool {
        self.set(lang).may_lead(s)
    }

    /// [`LeadSet::may_lead_keyed`] in the set of `lang`.
    pub fn may_lead_keyed(&self, lang: Lang, s: &str, key: Option<u128>) -> bool {
        self.set(lang).may_lead_keyed(s, key)
    }

    /// The set of `lang`, built on first use.
    pub fn set(&self, lang: Lang) -> &LeadSet {
        let cell = match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        };
        cell.get_or_init(|| LeadSet::new((self.phrases)(lang)))
    }
}

/// Matches the keyword `w` (lowercase; a space in it matches any run of white space)
/// case-insensitively at the start of `s`, requiring a word boundary after it when it
/// ends with a letter or digit.
pub fn keyword<'a>(s: &'a str, w: &str) -> IResult<&'a str, &'a str> {
    let mut rest = s;
    let mut ks = w;
    while let Some(&k) = ks.as_bytes().first() {
        // ASCII against ASCII: one byte each, folded by `to_ascii_lowercase` as `fold` does.
        if k != b' '
            && k < 0x80
            && let Some(&c) = rest.as_bytes().first()
            && c < 0x80
        {
            if c.to_ascii_lowercase() != k {
                return fail(s);
            }
            rest = &rest[1..];
            ks = &ks[1..];
            continue;
        }
        let mut kit = ks.chars();
        let Some(kc) = kit.next() else { break };
        ks = kit.as_str();
        if kc == ' ' {
            match ws1(rest) {
                Ok((r, ())) => rest = r,
                Err(_) => return fail(s),
            }
            continue;
        }
        let mut it = rest.chars();
        match it.next() {
            Some(c) if fold(c) == kc => rest = it.as_str(),
            _ => return fail(s),
        }
    }
    let last_alnum = match w.as_bytes().last() {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        _ => w.chars().next_back().is_some_and(is_alnum),
    };
    if last_alnum && !boundary(rest) {
        return fail(s);
    }
    Ok((rest, &s[..s.len() - rest.len()]))
}

/// The longest keyword of `table` at the start of `s`, with its value.
pub fn longest<'a, T: Copy>(s: &'a str, table: &[(&str, T)]) -> IResult<&'a str, T> {
    let mut best: Option<(&'a str, T)> = None;
    let Some(first) = s.chars().next().map(fold) else { return fail(s) };
    for &(w, v) in table {
        if !w.starts_with(first) {
            continue;
        }
        if let Ok((rest, _)) = keyword(s, w)
            && best.is_none_or(|(b, _)| rest.len() < b.len())
        {
            best = Some((rest, v));
        }
    }
    match best {
        Some((rest, v)) => Ok((rest, v)),
        None => fail(s),
    }
}

/// A keyword table (as [`longest`] reads one) indexed by the folded leading run of letters
/// of its keywords, so a lookup tries only the keywords whose run is the text's.
///
/// [`Table::longest`] returns exactly what [`longest`] returns on the same table: a keyword
/// matches only a text with the same leading run (see [`LeadSet`]), a keyword without
/// letters in front only a text without them, and the candidates are tried in table order.
#[derive(Debug)]
pub struct Table<T: 'static> {
    /// The keywords (lowercase) and their values.
    entries: &'static [(&'static str, T)],
    /// Built on first use.
    index: std::sync::OnceLock<TableIndex>,
}

/// The entries of a [`Table`] grouped by leading run, each group in table order.
#[derive(Debug)]
struct TableIndex {
    /// (packed run, entry number) for the runs of up to 16 bytes, sorted; run 0 is the
    /// keywords that start with no letter.
    short: Vec<(u128, usize)>,
    /// Each key of `short` to the range of its entries there.
    ranges: KeyMap<(u32, u32)>,
    /// (run, entry number) for the longer runs, in table order.
    long: Vec<(Vec<u8>, usize)>,
    /// Entries whose run does not fit the fold buffer: tried for any long run.
    huge: Vec<usize>,
}

impl<T: Copy> Table<T> {
    /// A table over `entries`.
    pub const fn new(entries: &'static [(&'static str, T)]) -> Table<T> {
        Table { entries, index: std::sync::OnceLock::new() }
    }

    /// The table's entries.
    pub fn entries(&self) -> &'static [(&'static str, T)] {
        self.entries
    }

    /// The [`lead_key`]s under which [`Table::longest_keyed`] tries some entry: a text whose
    /// key is `Some` and none of these matches no keyword of the table.
    pub fn short_keys(&self) -> impl Iterator<Item = u128> + '_ {
        self.index().short.iter().map(|&(k, _)| k)
    }

    fn index(&self) -> &TableIndex {
        self.index.get_or_init(|| {
            let mut index =
                TableIndex { short: Vec::new(), ranges: KeyMap::new(&[]), long: Vec::new(), huge: Vec::new() };
            for (i, (w, _)) in self.entries.iter().enumerate() {
                let mut buf = [0u8; LEAD_BUF];
                // Keywords are written folded, so a match folds the text to the keyword's run.
                debug_assert!(
                    folded_run(w, &mut buf).is_none_or(|r| w.as_bytes().starts_with(r)),
                    "keyword {w:?} is not lowercase"
                );
                match folded_run(w, &mut buf) {
                    Some([]) => index.short.push((lead_key(w).unwrap_or(NO_RUN), i)),
                    Some(run) => match packed(run) {
                        Some(k) => index.short.push((k, i)),
                        None => index.long.push((run.to_vec(), i)),
                    },
                    None => index.huge.push(i),
                }
            }
            index.short.sort_unstable();
            let mut ranges: Vec<(u128, (u32, u32))> = Vec::new();
            for (i, &(k, _)) in index.short.iter().enumerate() {
                let i = u32::try_from(i).unwrap_or(u32::MAX);
                match ranges.last_mut() {
                    Some((last, (_, end))) if *last == k => *end = i + 1,
                    _ => ranges.push((k, (i, i + 1))),
                }
            }
            index.ranges = KeyMap::new(&ranges);
            index
        })
    }

    /// The longest keyword of the table at the start of `s`, with its value (see
    /// [`longest`]).
    pub fn longest<'a>(&self, s: &'a str) -> IResult<&'a str, T> {
        self.longest_keyed(s, lead_key(s))
    }

    /// [`Table::longest`] with `key`, the [`lead_key`] of `s`, already computed (a text
    /// looked up in several tables folds its first word once).
    pub fn longest_keyed<'a>(&self, s: &'a str, key: Option<u128>) -> IResult<&'a str, T> {
        let Some(first) = s.chars().next().map(fold) else { return fail(s) };
        let index = self.index();
        let mut best: Option<(&'a str, T)> = None;
        let mut try_entry = |i: usize| {
            let Some(&(w, v)) = self.entries.get(i) else { return };
            if !w.starts_with(first) {
                return;
            }
            if let Ok((rest, _)) = keyword(s, w)
                && best.is_none_or(|(b, _)| rest.len() < b.len())
            {
                best = Some((rest, v));
            }
        };
        match key {
            Some(k) => {
                if let Some((lo, hi)) = index.ranges.get(k) {
                    for &(_, i) in index.short.get(lo as usize..hi as usize).unwrap_or(&[]) {
                        try_entry(i);
                    }
                }
            }
            None => {
                let mut buf = [0u8; LEAD_BUF];
                match folded_run(s, &mut buf) {
                    Some(run) => {
                        for (_, i) in index.long.iter().filter(|(r, _)| r.as_slice() == run) {
                            try_entry(*i);
                        }
                    }
                    None => index.huge.iter().for_each(|&i| try_entry(i)),
                }
            }
        }
        match best {
            Some((rest, v)) => Ok((rest, v)),
            None => fail(s),
        }
    }
}

/// The next word: a run of letters, with inner hyphens or apostrophes kept only between
/// letters (`data-centers`), and the text after it.
pub fn next_word(s: &str) -> IResult<&str, &str> {
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_letter(c) {
            end = i + c.len_utf8();
        } else if c == '-' && end == i && chars.peek().is_some_and(|&(_, n)| is_letter(n)) {
            continue;
        } else {
            break;
        }
    }
    if end == 0 { fail(s) } else { Ok((&s[end..], &s[..end])) }
}

/// True when the position `at` of `sentence` lies inside a URL, an e-mail address or a
/// file path: a white-space-delimited token with `://`, `www.`, `@` or `%2`/`%3` escapes.
pub fn in_url(sentence: &str, at: usize) -> bool {
    let start =
        sentence[..at].rfind(is_space).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
    let end = sentence[at..].find(is_space).map_or(sentence.len(), |i| at + i);
    let token = &sentence[start..end];
    token.contains("://")
        || token.starts_with("www.")
        || token.contains('@')
        || token.contains("%2")
        || token.contains("%3")
        || token.contains(".com/")
}

/// True when the candidate start `at` continues a number or code already begun (`3.5` at
/// `5`, `14:30` at `30`, `2025-11-03` at `11`, `GB-200` at `200`): such a start never begins
/// a figure of its own.
pub fn continues_token(sentence: &str, at: usize) -> bool {
    let mut back = sentence[..at].chars().rev();
    let Some(p) = back.next() else { return false };
    let pp = back.next();
    match p {
        '.' | ',' | ':' | '/' | '-' | '–' => pp.is_some_and(is_alnum),
        '^' | '_' => true,
        _ => false,
    }
}

/// Joins word lists at compile time: each grammar's prefilter list (`STARTS`) is the bound
/// words, the number words and its own words, kept in one place each. `N` must be the sum
/// of the lengths (a mismatch fails the build).
pub const fn concat_words<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut k = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(k == N, "concat_words: N is not the total length");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ws0_trims_what_is_whitespace_trims() {
        let texts = [
            "",
            " ",
            "  a",
            "\t\n\r\u{0B}\u{0C}x",
            "\u{a0}\u{202F} 12",
            " \u{a0} \u{2009}\n€",
            "é",
            " é",
            "\u{85}a",
            "\u{1680}\u{3000}b ",
            "a b",
            "\u{200B}z",
        ];
        for t in texts {
            for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let s = &t[at..];
                assert_eq!(ws0(s), s.trim_start_matches(char::is_whitespace), "{s:?}");
            }
        }
    }

    #[test]
    fn keywords_fold_case_apostrophes_and_spaces() {
        assert_eq!(keyword("Jusqu’à 10", "jusqu'à"), Ok((" 10", "Jusqu’à")));
        assert_eq!(keyword("plus\u{a0}de 3", "plus de"), Ok((" 3", "plus\u{a0}de")));
        assert!(keyword("plusieurs", "plus").is_err());
        assert_eq!(keyword("d'euros", "d'"), Ok(("euros", "d'")));
    }

    #[test]
    fn latin1_fast_paths_are_the_unicode_answers() {
        for u in 0..0x300u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            if let Some(l) = lower_latin1(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
            if !matches!(c, '’' | 'ʼ' | '´') {
                assert_eq!(fold(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
            }
        }
    }

    #[test]
    fn only_kelvin_and_dotted_i_fold_to_ascii() {
        // The quick first-letter checks of the figure grammars (`a`, `e`, `o`, `u`) rely on it.
        let folding: Vec<char> =
            (0x80..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| fold(c).is_ascii()).collect();
        assert_eq!(folding, ['´', 'İ', 'ʼ', '’', '\u{212A}']);
    }

    #[test]
    fn lead_key_fast_path_is_the_slow_one() {
        let words = [
            "",
            " x",
            "de la",
            "DE",
            "Été",
            "été",
            "àla",
            "a€",
            "abcdefghijklmnop",
            "abcdefghijklmnop q",
            "abcdefghijklmnopq",
            "abcdefghijklmnopé",
            "abcdefghijklmnoé",
            "38 x",
            "% x",
            "€",
            "K",
            "Straße",
            "x’y",
        ];
        for w in words {
            assert_eq!(lead_key(w), lead_key_slow(w), "{w:?}");
        }
    }

    #[test]
    fn key_maps_find_their_keys_only() {
        let pairs: Vec<(u128, u16)> = (1..500u128).map(|k| (k * 0x1_0000_0001 + (k << 70), k as u16)).collect();
        let map = KeyMap::new(&pairs);
        for &(k, v) in &pairs {
            assert_eq!(map.get(k), Some(v));
            assert_eq!(map.get(k + 1), None);
        }
        assert_eq!(KeyMap::<u8>::new(&[]).get(5), None);
    }

    #[test]
    fn lowercase_is_str_lowercase() {
        for w in ["Employés", "ÉTÉ", "straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ǅ", "DATA-CENTERS", "", &"É".repeat(40)]
        {
            let mut buf = [0u8; 64];
            assert_eq!(lowercase(w, &mut buf), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn longest_prefers_the_longer_keyword() {
        let t = [("plus", 1), ("plus de", 2)];
        assert_eq!(longest("plus de 3", &t), Ok((" 3", 2)));
    }

    #[test]
    fn lead_sets_hold_the_leading_runs() {
        let set = LeadSet::new(["au-delà de", "jusqu'à", "usd", "%", "près d'", "approximativement"]);
        assert!(set.may_lead("Au-delà"));
        assert!(set.may_lead("JUSQU’À 5"));
        assert!(set.may_lead("USD115"));
        assert!(set.may_lead("PRÈS D'UN"));
        assert!(set.may_lead("% x"), "a non-letter is the caller's");
        assert!(set.may_lead("38"));
        assert!(set.may_lead("Approximativement"));
        assert!(!set.may_lead("aussi"), "a longer run is another word");
        assert!(!set.may_lead("a"));
        assert!(!set.may_lead("usdx"));
        assert!(!set.may_lead(&"a".repeat(100)));
    }

    #[test]
    fn tables_find_what_a_linear_scan_finds() {
        static T: Table<u8> = Table::new(&[
            ("plus", 1),
            ("plus de", 2),
            ("près d'", 3),
            ("%", 4),
            ("% points", 5),
            ("$", 6),
            ("approximativement", 7),
            ("approximativement plus", 8),
            ("abcdefghijklmnop", 9),
            ("abcdefghijklmnopq", 10),
        ]);
        for s in [
            "plus de 3",
            "PLUS  x",
            "plusieurs",
            "Près d’un",
            "% points",
            "%x",
            "$5",
            "Approximativement plus",
            "abcdefghijklmnop",
            "abcdefghijklmnopq x",
            "abcdefghijklmnopqr",
            "",
            "€",
            "K",
        ] {
            assert_eq!(T.longest(s), longest(s, T.entries()), "{s:?}");
        }
    }

    #[test]
    fn words_and_urls() {
        assert_eq!(next_word("data-centers, x"), Ok((", x", "data-centers")));
        assert!(next_word("3 x").is_err());
        let s = "voir https://x.com/?q=30% ici";
        assert!(in_url(s, s.find("30").unwrap()));
        assert!(!in_url(s, s.find("ici").unwrap()));
        assert!(continues_token("3.5", 2));
        assert!(!continues_token("a 5", 2));
    }
}
