//! Numbers in digits (French and English separators) and in words (FR + EN).
//!
//! Digits: the document language decides the separators (`1 400` and `1.400` are thousands
//! in French, `3,5` is a decimal; `1,400` is thousands in English, `3.5` a decimal) and the
//! number's shape settles the mixed cases (`1.4` in French is a decimal, `1,400,000` in
//! French is thousands, `3,5` in English is a decimal). Words: the cardinal numbers up to
//! the thousands, with the fractions news use before a scale (`half`, `a quarter`,
//! `demi`). Scale words (`milliards`, `billion`) are not read here but in [`super::scale`].
//! Values are exact [`Decimal`]s; nothing here goes through a float.

use super::lexeme::{Table, boundary, fail, keyword, ws0};
use crate::decimal::Decimal;
use crate::lang::Lang;
use nom::IResult;

use nom::character::complete::digit1;

/// A number as read: its value and how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The exact value.
    pub value: Decimal,
    /// Spelled out (`deux`, `twenty-one`) rather than written in digits.
    pub words: bool,
    /// A round collective (`une vingtaine de`): about that many.
    pub approx: bool,
}

/// French collective numerals: `une dizaine de` is about ten.
const COLLECTIVES: &[(&str, i128)] = &[
    ("dizaine", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
    ("centaine", 100),
];

/// `une vingtaine de` (the `de` consumed, so a scale or a noun follows).
fn collective(s: &str) -> IResult<&str, Number> {
    let (r, _) = keyword(s, "une")?;
    let r1 = ws0(r);
    if r1.len() == r.len() {
        return fail(s);
    }
    let (r2, v) = COLLECTIVE_TABLE.longest(r1)?;
    let r3 = ws0(r2);
    let (rest, _) = keyword(r3, "de").or_else(|_| keyword(r3, "d'"))?;
    Ok((rest, Number { value: Decimal::from_int(v), words: true, approx: true }))
}

/// Reads a number in digits or words at the start of `s`.
pub fn number(s: &str, lang: Lang) -> IResult<&str, Number> {
    if let Ok((rest, value)) = digits(s, lang) {
        return Ok((rest, Number { value, words: false, approx: false }));
    }
    if lang == Lang::Fr
        && let Ok(x) = collective(s)
    {
        return Ok(x);
    }
    let (rest, value) = words(s, lang)?;
    Ok((rest, Number { value, words: true, approx: false }))
}

/// One group of exactly three digits after a separator, not followed by another digit.
fn group3(s: &str, sep: impl Fn(char) -> bool) -> Option<(&str, &str)> {
    let mut it = s.chars();
    let c = it.next()?;
    if !sep(c) {
        return None;
    }
    let r = it.as_str();
    let d = r.get(..3)?;
    if d.bytes().all(|b| b.is_ascii_digit()) && !r[3..].starts_with(|c: char| c.is_ascii_digit()) {
        Some((d, &r[3..]))
    } else {
        None
    }
}

/// Reads `sep ddd` groups after an integer head; returns the rest and how many groups
/// were read (the digits are those of the text read).
fn groups(s: &str, sep: impl Fn(char) -> bool + Copy) -> (&str, usize) {
    let mut rest = s;
    let mut n = 0;
    while let Some((_, r)) = group3(rest, sep) {
        rest = r;
        n += 1;
    }
    (rest, n)
}

/// Indian grouping (`12,34,567`): two-digit groups, then a last three-digit group; the
/// rest after them.
fn indian_groups(s: &str) -> Option<&str> {
    let mut rest = s;
    let mut twos = 0;
    loop {
        let r = rest.strip_prefix(',')?;
        let b = r.as_bytes();
        if b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_digit) {
            if twos == 0 {
                return None;
            }
            return Some(&r[3..]);
        }
        if b.len() >= 2 && b[..2].iter().all(u8::is_ascii_digit) && !b.get(2).is_some_and(u8::is_ascii_digit) {
            rest = &r[2..];
            twos += 1;
            continue;
        }
        return None;
    }
}

/// Reads a number written in digits, with the separators of `lang` (see the module doc).
/// Integers with a leading zero (`007`, `01 23 45`) are codes, not numbers.
pub fn digits(s: &str, lang: Lang) -> IResult<&str, Decimal> {
    let (mut rest, head) = digit1::<&str, nom::error::Error<&str>>(s)?;
    // The separator used between thousands, if any, so the decimal mark is the other one.
    let mut grouped_with: Option<char> = None;
    if head.len() <= 3 {
        let space = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}';
        let (own, cross) = match lang {
            Lang::Fr => ('.', ','),
            Lang::En => (',', '.'),
        };
        let (r, n) = groups(rest, space);
        if n > 0 {
            rest = r;
            grouped_with = Some(' ');
        } else {
            let (r, n) = groups(rest, |c| c == own);
            if n > 0 {
                rest = r;
                grouped_with = Some(own);
            } else if let (r, 2..) = groups(rest, |c| c == cross) {
                rest = r;
                grouped_with = Some(cross);
            } else if lang == Lang::En
                && head.len() <= 2
                && let Some(r) = indian_groups(rest)
            {
                rest = r;
                grouped_with = Some(',');
            }
        }
    }
    // The integer part as written: the head and its groups (separators are not digits).
    let int = &s[..s.len() - rest.len()];
    if head.len() > 1 && head.starts_with('0') && grouped_with.is_none() {
        let is_decimal = rest.starts_with(['.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        if !is_decimal {
            return fail(s);
        }
    }
    let mut frac = "";
    let decimal_marks: &[char] = match grouped_with {
        Some(',') => &['.'],
        Some('.') => &[','],
        _ => &['.', ','],
    };
    // In the language's own thousands mark, exactly three digits were a group (read
    // above); anything else after it is a decimal by shape (`1.4` in French).
    if let Some(c) = rest.chars().next()
        && decimal_marks.contains(&c)
        && let Ok((r, f)) = digit1::<&str, nom::error::Error<&str>>(&rest[1..])
    {
        frac = f;
        rest = r;
    }
    // `1.2.3` (a version) or `1,2,3` (a list) is not one number.
    if rest.starts_with(['.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(s);
    }
    let mut m: i128 = 0;
    for b in int.bytes().filter(u8::is_ascii_digit).chain(frac.bytes()) {
        let d = i128::from(b - b'0');
        m = match m.checked_mul(10).and_then(|m| m.checked_add(d)) {
            Some(m) => m,
            None => return fail(s),
        };
    }
    let Ok(scale) = u32::try_from(frac.len()) else { return fail(s) };
    match Decimal::new(m, scale) {
        Some(v) => Ok((rest, v)),
        None => fail(s),
    }
}

/// A number word's role in a spelled number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    /// 0–19 (and `un`/`une`/`one`).
    Unit(i128),
    /// 20, 30, … 90.
    Tens(i128),
    /// `cent`, `hundred`.
    Hundred,
    /// `mille`, `thousand`.
    Thousand,
    /// `dozen`.
    Dozen,
    /// `half`, `demi`: one half.
    Half,
    /// `quarter(s)`: a quarter of what precedes (or one).
    Quarter,
}

const FR_WORDS: &[(&str, W)] = &[
    ("zéro", W::Unit(0)),
    ("un", W::Unit(1)),
    ("une", W::Unit(1)),
    ("deux", W::Unit(2)),
    ("trois", W::Unit(3)),
    ("quatre", W::Unit(4)),
    ("cinq", W::Unit(5)),
    ("six", W::Unit(6)),
    ("sept", W::Unit(7)),
    ("huit", W::Unit(8)),
    ("neuf", W::Unit(9)),
    ("dix", W::Unit(10)),
    ("onze", W::Unit(11)),
    ("douze", W::Unit(12)),
    ("treize", W::Unit(13)),
    ("quatorze", W::Unit(14)),
    ("quinze", W::Unit(15)),
    ("seize", W::Unit(16)),
    ("vingt", W::Tens(20)),
    ("vingts", W::Tens(20)),
    ("trente", W::Tens(30)),
    ("quarante", W::Tens(40)),
    ("cinquante", W::Tens(50)),
    ("soixante", W::Tens(60)),
    ("septante", W::Tens(70)),
    ("huitante", W::Tens(80)),
    ("octante", W::Tens(80)),
    ("nonante", W::Tens(90)),
    ("cent", W::Hundred),
    ("cents", W::Hundred),
    ("mille", W::Thousand),
    ("demi", W::Half),
];

const EN_WORDS: &[(&str, W)] = &[
    ("zero", W::Unit(0)),
    ("one", W::Unit(1)),
    ("two", W::Unit(2)),
    ("three", W::Unit(3)),
    ("four", W::Unit(4)),
    ("five", W::Unit(5)),
    ("six", W::Unit(6)),
    ("seven", W::Unit(7)),
    ("eight", W::Unit(8)),
    ("nine", W::Unit(9)),
    ("ten", W::Unit(10)),
    ("eleven", W::Unit(11)),
    ("twelve", W::Unit(12)),
    ("thirteen", W::Unit(13)),
    ("fourteen", W::Unit(14)),
    ("fifteen", W::Unit(15)),
    ("sixteen", W::Unit(16)),
    ("seventeen", W::Unit(17)),
    ("eighteen", W::Unit(18)),
    ("nineteen", W::Unit(19)),
    ("twenty", W::Tens(20)),
    ("thirty", W::Tens(30)),
    ("forty", W::Tens(40)),
    ("fifty", W::Tens(50)),
    ("sixty", W::Tens(60)),
    ("seventy", W::Tens(70)),
    ("eighty", W::Tens(80)),
    ("ninety", W::Tens(90)),
    ("hundred", W::Hundred),
    ("thousand", W::Thousand),
    ("dozen", W::Dozen),
    ("half", W::Half),
    ("quarter", W::Quarter),
    ("quarters", W::Quarter),
];

/// Words after which English `a`/`an` means one (`a dozen`, `a billion`, `half a billion`).
const A_MEANS_ONE_BEFORE: &[&str] =
    &["hundred", "thousand", "dozen", "quarter", "million", "billion", "trillion", "lakh", "crore"];

/// Scale words a fraction word must precede.
const SCALE_WORDS: &[&str] =
    &["million", "millions", "billion", "billions", "trillion", "lakh", "crore", "milliard", "milliards", "thousand"];

/// The first lowercase words a spelled number can begin with, per language: used by the
/// prefilter lists (`STARTS`) of the figure grammars.
pub const FR_NUMBER_STARTS: &[&str] = &[
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "huitante",
    "octante",
    "nonante",
    "cent",
    "mille",
    "demi",
];

/// See [`FR_NUMBER_STARTS`].
pub const EN_NUMBER_STARTS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "dozen",
    "half",
    "quarter",
    "a",
    "an",
];

/// Every word a number in words can begin with (the words, `une` of the French
/// collectives, English `a`/`an`), for the grammars' [`LeadSet`](super::lexeme::LeadSet)s.
pub fn lead_phrases(lang: Lang) -> impl Iterator<Item = &'static str> {
    let (table, extra): (&[(&str, W)], &[&str]) = match lang {
        Lang::Fr => (FR_WORDS, &["une"]),
        Lang::En => (EN_WORDS, &["a", "an"]),
    };
    table.iter().map(|(w, _)| *w).chain(extra.iter().copied())
}

/// One number word at the start of `s`.
fn word_token(s: &str, lang: Lang) -> IResult<&str, W> {
    let table = match lang {
        Lang::Fr => &FR_TABLE,
        Lang::En => &EN_TABLE,
    };
    table.longest(s)
}

/// The indexed word tables.
static FR_TABLE: Table<W> = Table::new(FR_WORDS);
static EN_TABLE: Table<W> = Table::new(EN_WORDS);
static COLLECTIVE_TABLE: Table<i128> = Table::new(COLLECTIVES);

/// A joiner between two number words: a hyphen or white space.
fn joiner(s: &str) -> Option<&str> {
    if let Some(r) = s.strip_prefix('-') {
        return Some(r);
    }
    let r = ws0(s);
    (r.len() < s.len()).then_some(r)
}

/// Reads a spelled number (`vingt-et-un`, `trois cent cinq`, `twenty-one`, `a dozen`,
/// `half a`, `three quarters`). Scale words are left for the scale parser.
pub fn words(s: &str, lang: Lang) -> IResult<&str, Decimal> {
    // English `a`/`an` is one only before a multiplier (`a dozen`, `a billion`).
    if lang == Lang::En
        && let Ok((r, _)) = keyword(s, "a").or_else(|_| keyword(s, "an"))
    {
        let r2 = ws0(r);
        if r2.len() < r.len() && A_MEANS_ONE_BEFORE.iter().any(|w| keyword(r2, w).is_ok()) {
            if A_MEANS_ONE_BEFORE[4..].iter().any(|w| keyword(r2, w).is_ok()) {
                return Ok((r, Decimal::from_int(1)));
            }
            let _ = r2;
            return words_from(r, lang, 1, s);
        }
        return fail(s);
    }
    words_from(s, lang, 0, s)
}

/// The accumulation loop of [`words`], starting with `cur` already counted.
fn words_from<'a>(s: &'a str, lang: Lang, start: i128, orig: &'a str) -> IResult<&'a str, Decimal> {
    let mut total: i128 = 0;
    let mut cur: i128 = start;
    let mut rest = s;
    let mut read_any = start > 0;
    let mut seen_thousand = false;
    loop {
        // The next token, possibly after a joiner (and `et`/`and`).
        let candidates: [Option<&str>; 2] = if read_any {
            let Some(j) = joiner(rest) else { break };
            let mut second = None;
            if let Some(after) = ["et", "and"].iter().find_map(|w| keyword(j, w).ok().map(|(r, _)| r))
                && let Some(j2) = joiner(after)
            {
                second = Some(j2);
            }
            [Some(j), second]
        } else {
            [Some(rest), None]
        };
        let mut advanced = false;
        for (i, c) in candidates.into_iter().flatten().enumerate() {
            let via_and = i == 1;
            let Ok((r, w)) = word_token(c, lang) else { continue };
            let ok = match w {
                W::Unit(u) => {
                    let low = cur % 100;
                    let fits =
                        low == 0 || (low % 10 == 0 && low >= 20 && u <= 19) || (low == 10 && (7..=9).contains(&u));
                    let and_ok = !via_and || (lang == Lang::Fr && (u == 1 || u == 11) && low >= 20) || lang == Lang::En;
                    fits && and_ok && !(read_any && u == 0)
                }
                W::Tens(t) => {
                    !via_and
                        && (cur % 100 == 0 || (t == 20 && cur % 100 == 4 && lang == Lang::Fr))
                        && !(lang == Lang::Fr && cur % 100 == 4 && t != 20)
                }
                W::Hundred => !via_and && cur < 10 && (cur > 0 || lang == Lang::Fr || start > 0),
                W::Thousand => !via_and && !seen_thousand && (cur > 0 || lang == Lang::Fr),
                W::Dozen => !via_and && cur < 100,
                W::Half | W::Quarter => !via_and,
            };
            if !ok {
                continue;
            }
            match w {
                W::Unit(u) => cur += u,
                W::Tens(t) => {
                    if cur % 100 == 4 && t == 20 {
                        cur += 76;
                    } else {
                        cur += t;
                    }
                }
                W::Hundred => cur = cur.max(1) * 100,
                W::Thousand => {
                    total += cur.max(1) * 1000;
                    cur = 0;
                    seen_thousand = true;
                }
                W::Dozen => cur = cur.max(1) * 12,
                W::Half | W::Quarter => {
                    if total != 0 || cur > 3 {
                        break;
                    }
                    // A fraction counts only before a scale word (`half a billion`,
                    // `three quarters billion`, `demi-milliard`): `the quarter` is a period.
                    let after = ws0(r.strip_prefix('-').unwrap_or(r));
                    let after = keyword(after, "a").map_or(after, |(x, _)| ws0(x));
                    if !SCALE_WORDS.iter().any(|x| keyword(after, x).is_ok()) {
                        break;
                    }
                    let (m, d) = if w == W::Half { (5, 1) } else { (25 * cur.max(1), 2) };
                    let v = Decimal::new(m, d).unwrap_or(Decimal::ZERO);
                    let mut r = r;
                    // `half a billion`: the article belongs to the fraction.
                    if w == W::Half
                        && let Ok((r2, _)) = keyword(ws0(r), "a")
                        && A_MEANS_ONE_BEFORE[4..].iter().any(|x| keyword(ws0(r2), x).is_ok())
                    {
                        r = r2;
                    }
                    return Ok((r, v));
                }
            }
            rest = r;
            read_any = true;
            advanced = true;
            break;
        }
        if !advanced {
            break;
        }
        if total + cur > 999_999_999 {
            break;
        }
    }
    if !read_any || !boundary(rest) {
        return fail(orig);
    }
    Ok((rest, Decimal::from_int(total + cur)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, lang: Lang) -> Option<(String, String)> {
        digits(s, lang).ok().map(|(r, v)| (v.to_string(), r.to_string()))
    }

    fn w(s: &str, lang: Lang) -> Option<(String, String)> {
        words(s, lang).ok().map(|(r, v)| (v.to_string(), r.to_string()))
    }

    #[test]
    fn french_digits() {
        assert_eq!(d("1 400 x", Lang::Fr), Some(("1400".into(), " x".into())));
        assert_eq!(d("1\u{202f}400\u{a0}000", Lang::Fr), Some(("1400000".into(), "".into())));
        assert_eq!(d("1.400 milliards", Lang::Fr), Some(("1400".into(), " milliards".into())));
        assert_eq!(d("3,5 %", Lang::Fr), Some(("3.5".into(), " %".into())));
        assert_eq!(d("1.4 milliard", Lang::Fr), Some(("1.4".into(), " milliard".into())));
        assert_eq!(d("125.000,50 $", Lang::Fr), Some(("125000.5".into(), " $".into())));
        assert_eq!(d("12,345 $", Lang::Fr), Some(("12.345".into(), " $".into())));
        assert_eq!(d("1,400,000 $", Lang::Fr), Some(("1400000".into(), " $".into())));
        assert_eq!(d("2019 300", Lang::Fr), Some(("2019".into(), " 300".into())));
    }

    #[test]
    fn english_digits() {
        assert_eq!(d("1,400 x", Lang::En), Some(("1400".into(), " x".into())));
        assert_eq!(d("3.5 percent", Lang::En), Some(("3.5".into(), " percent".into())));
        assert_eq!(d("1.4 billion", Lang::En), Some(("1.4".into(), " billion".into())));
        assert_eq!(d("12,34,567.89 r", Lang::En), Some(("1234567.89".into(), " r".into())));
        assert_eq!(d("3,5 %", Lang::En), Some(("3.5".into(), " %".into())));
        assert_eq!(d("1.400.000", Lang::En), Some(("1400000".into(), "".into())));
    }

    #[test]
    fn codes_are_not_numbers() {
        assert_eq!(d("007", Lang::En), None);
        assert_eq!(d("1.2.3", Lang::En), None);
        assert_eq!(d("0,5", Lang::Fr), Some(("0.5".into(), "".into())));
    }

    #[test]
    fn french_words() {
        assert_eq!(w("vingt-et-un x", Lang::Fr), Some(("21".into(), " x".into())));
        assert_eq!(w("vingt et un", Lang::Fr), Some(("21".into(), "".into())));
        assert_eq!(w("trois cent cinq", Lang::Fr), Some(("305".into(), "".into())));
        assert_eq!(w("quatre-vingt-dix-neuf", Lang::Fr), Some(("99".into(), "".into())));
        assert_eq!(w("soixante-et-onze", Lang::Fr), Some(("71".into(), "".into())));
        assert_eq!(w("deux mille trois cents", Lang::Fr), Some(("2300".into(), "".into())));
        assert_eq!(w("cinq cent trente cinq", Lang::Fr), Some(("535".into(), "".into())));
        assert_eq!(w("mille", Lang::Fr), Some(("1000".into(), "".into())));
        assert_eq!(w("deux trois", Lang::Fr), Some(("2".into(), " trois".into())));
        assert_eq!(w("demi-milliard", Lang::Fr), Some(("0.5".into(), "-milliard".into())));
        assert_eq!(w("uniforme", Lang::Fr), None);
    }

    #[test]
    fn english_words() {
        assert_eq!(w("twenty-one", Lang::En), Some(("21".into(), "".into())));
        assert_eq!(w("one hundred and five", Lang::En), Some(("105".into(), "".into())));
        assert_eq!(w("a dozen x", Lang::En), Some(("12".into(), " x".into())));
        assert_eq!(w("a billion", Lang::En), Some(("1".into(), " billion".into())));
        assert_eq!(w("half a billion", Lang::En), Some(("0.5".into(), " billion".into())));
        assert_eq!(w("three quarters billion", Lang::En), Some(("0.75".into(), " billion".into())));
        assert_eq!(w("a quarter million", Lang::En), Some(("0.25".into(), " million".into())));
        assert_eq!(w("a car", Lang::En), None);
        assert_eq!(w("thirteen dollars", Lang::En), Some(("13".into(), " dollars".into())));
    }
}
