//! Scale words and abbreviations after a number (`milliards`, `billion`, `Md`, `bn`, `M`).
//!
//! The table is ours and language-aware: French `billion` is 10^12, English `billion` 10^9.
//! French `trillion` is literally 10^18, but French news using it almost always copies the
//! English word, so it reads 10^12 and says so ([`Scale::ambiguous`]). Abbreviations are
//! case-sensitive (`M` is a million, `m` only when glued to the number, `g` is a gram).

use super::lexeme::{Table, boundary, fail, keyword, ws0};
use crate::lang::Lang;
use nom::IResult;

/// A scale read after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// The power of ten (`milliards` → 9).
    pub exp: u32,
    /// Spelled as a word (`milliards`, `million`) or a news abbreviation that only money
    /// uses (`bn`, `Md`); `k` and `M` are not, so they never make money on their own.
    pub word: bool,
    /// Spelled out in full (`millions`, `thousand`), as counted quantities use them.
    pub spelled: bool,
    /// French `trillion`: read 10^12, but 10^18 is the literal reading.
    pub ambiguous: bool,
}

const FR_WORDS: &[(&str, u32)] = &[
    ("mille", 3),
    ("millier", 3),
    ("milliers", 3),
    ("million", 6),
    ("millions", 6),
    ("milliard", 9),
    ("milliards", 9),
    ("billion", 12),
    ("billions", 12),
    ("billiard", 15),
    ("billiards", 15),
    ("trillion", 12),
    ("trillions", 12),
];

const EN_WORDS: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("millions", 6),
    ("billion", 9),
    ("billions", 9),
    ("trillion", 12),
    ("trillions", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
];

/// The indexed word tables.
static FR_TABLE: Table<u32> = Table::new(FR_WORDS);
static EN_TABLE: Table<u32> = Table::new(EN_WORDS);

/// Case-sensitive abbreviations: (text, exponent, money-only word, needs to be glued).
const ABBREVIATIONS: &[(&str, u32, bool, bool)] = &[
    ("k", 3, false, false),
    ("K", 3, false, false),
    ("M", 6, false, false),
    ("m", 6, false, true),
    ("mn", 6, true, false),
    ("mln", 6, true, false),
    ("Mn", 6, true, false),
    ("MM", 6, true, false),
    ("Md", 9, true, false),
    ("Mds", 9, true, false),
    ("Mrd", 9, true, false),
    ("Mrds", 9, true, false),
    ("md", 9, true, false),
    ("mds", 9, true, false),
    ("G", 9, false, false),
    ("bn", 9, true, false),
    ("Bn", 9, true, false),
    ("bln", 9, true, false),
    ("B", 9, false, true),
    ("b", 9, false, true),
    ("tn", 12, true, false),
    ("Tn", 12, true, false),
    ("trn", 12, true, false),
];

/// Reads a scale at the start of `s` (white space or a hyphen before it allowed).
/// `glued` says whether `s` starts right after the number's last digit.
pub fn scale(s: &str, lang: Lang, glued: bool) -> IResult<&str, Scale> {
    let spaced = ws0(s);
    let at_word = spaced.strip_prefix('-').unwrap_or(spaced);
    let table = match lang {
        Lang::Fr => &FR_TABLE,
        Lang::En => &EN_TABLE,
    };
    if let Ok((rest, exp)) = table.longest(at_word) {
        let ambiguous = lang == Lang::Fr
            && at_word.starts_with(['t', 'T'])
            && keyword(at_word, "trillion").or_else(|_| keyword(at_word, "trillions")).is_ok();
        let first = Scale { exp, word: true, spelled: true, ambiguous };
        // `mille milliards`, `thousand billion`: a second, larger scale multiplies.
        if let Ok((rest2, second)) = longest_word(rest, table)
            && second.exp > exp
        {
            return Ok((
                rest2,
                Scale { exp: exp + second.exp, word: true, spelled: true, ambiguous: second.ambiguous || ambiguous },
            ));
        }
        return Ok((rest, first));
    }
    // Every abbreviation starts with one of these letters.
    if !spaced.starts_with(['k', 'K', 'M', 'm', 'G', 'b', 'B', 't', 'T']) {
        return fail(s);
    }
    for &(abbr, exp, word, needs_glue) in ABBREVIATIONS {
        if needs_glue && !glued {
            continue;
        }
        if lang == Lang::Fr && matches!(abbr, "B" | "b" | "bn" | "Bn" | "bln" | "tn" | "Tn" | "trn") && !glued {
            continue;
        }
        if let Some(rest) = spaced.strip_prefix(abbr)
            && (boundary(rest) || !rest.starts_with(|c: char| c.is_ascii_lowercase()))
            && !rest.starts_with(|c: char| c.is_ascii_digit())
        {
            // A glued currency (`M€`, `MUSD`) may follow without a boundary; letters that
            // continue a word (`Mars`, `kg`) may not.
            return Ok((rest, Scale { exp, word, spelled: false, ambiguous: false }));
        }
    }
    fail(s)
}

/// A scale word only (no abbreviation), after white space.
fn longest_word<'a>(s: &'a str, table: &Table<u32>) -> IResult<&'a str, Scale> {
    let r = ws0(s);
    if r.len() == s.len() {
        return fail(s);
    }
    let (rest, exp) = table.longest(r)?;
    // Only ASCII `t` and `T` fold to `t`.
    let ambiguous = r.starts_with(['t', 'T']) && (keyword(r, "trillion").is_ok() || keyword(r, "trillions").is_ok());
    Ok((rest, Scale { exp, word: true, spelled: true, ambiguous }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sc(s: &str, lang: Lang, glued: bool) -> Option<(u32, bool, &str)> {
        scale(s, lang, glued).ok().map(|(r, x)| (x.exp, x.ambiguous, r))
    }

    #[test]
    fn words_depend_on_language() {
        assert_eq!(sc(" milliards de", Lang::Fr, false), Some((9, false, " de")));
        assert_eq!(sc(" billion de", Lang::Fr, false), Some((12, false, " de")));
        assert_eq!(sc(" billion", Lang::En, false), Some((9, false, "")));
        assert_eq!(sc(" trillion de", Lang::Fr, false), Some((12, true, " de")));
        assert_eq!(sc(" mille milliards", Lang::Fr, false), Some((12, false, "")));
        assert_eq!(sc("-milliard", Lang::Fr, false), Some((9, false, "")));
    }

    #[test]
    fn abbreviations_start_with_the_quick_letters() {
        assert!(ABBREVIATIONS.iter().all(|(a, ..)| a.starts_with(['k', 'K', 'M', 'm', 'G', 'b', 'B', 't', 'T'])));
    }

    #[test]
    fn abbreviations_are_case_sensitive() {
        assert_eq!(sc("M€", Lang::Fr, true), Some((6, false, "€")));
        assert_eq!(sc(" Md$", Lang::Fr, false), Some((9, false, "$")));
        assert_eq!(sc("bn ", Lang::En, true), Some((9, false, " ")));
        assert_eq!(sc("m", Lang::En, true), Some((6, false, "")));
        assert_eq!(sc(" m", Lang::En, false), None);
        assert_eq!(sc(" Mars", Lang::Fr, false), None);
        assert_eq!(sc(" g", Lang::Fr, false), None);
        assert_eq!(sc("MUSD", Lang::En, true), Some((6, false, "USD")));
    }
}
