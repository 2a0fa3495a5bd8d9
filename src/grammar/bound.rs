//! The bound a writer puts on a figure (`au minimum`, `jusqu'à`, `plus de`, `environ`,
//! `entre X et Y`), shared by money, percent and quantity.
//!
//! The bound words are part of the mention: `au minimum 38 milliards de dollars` is one
//! span. A figure grammar supplies two piece parsers — a full one (`15 milliards de
//! dollars`) and a partial one for the low end of a range (`entre 10 et 15 milliards`) —
//! and [`read`] does the rest. It does not interpret the pieces: scaling and currencies are
//! the figure grammar's.

use super::lexeme::{Table, fail, key_has_run, keyword, lead_key, ws0};
use super::scale::Scale;
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::mention::Bound;
use nom::IResult;

/// One figure as read: a number, the scale after it, and what follows (currency, unit…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<T> {
    /// The number as written (signed, unscaled).
    pub number: Decimal,
    /// The scale after the number, if any.
    pub scale: Option<Scale>,
    /// The figure's tail: currency, percent sign, counted noun.
    pub tail: Option<T>,
    /// Written as a round collective (`une vingtaine de`): the figure is approximate.
    pub approx: bool,
}

impl<T> Piece<T> {
    /// The number times its scale; `None` on overflow.
    pub fn value(&self) -> Option<Decimal> {
        self.number.checked_mul_pow10(self.scale.map_or(0, |s| s.exp))
    }
}

/// A bounded reading: one figure with its bound, or a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading<T> {
    /// One figure and how it is bounded.
    One(Bound, Piece<T>),
    /// `[low, high]`; the low end took the high end's scale and tail when it had none.
    Range(Piece<T>, Piece<T>),
}

const FR_PREFIXES: &[(&str, Bound)] = &[
    ("environ", Bound::Approx),
    ("près de", Bound::Approx),
    ("près d'", Bound::Approx),
    ("presque", Bound::Approx),
    ("quasiment", Bound::Approx),
    ("quelque", Bound::Approx),
    ("autour de", Bound::Approx),
    ("autour d'", Bound::Approx),
    ("aux alentours de", Bound::Approx),
    ("aux alentours d'", Bound::Approx),
    ("de l'ordre de", Bound::Approx),
    ("de l'ordre d'", Bound::Approx),
    ("approximativement", Bound::Approx),
    ("à peu près", Bound::Approx),
    ("grosso modo", Bound::Approx),
    ("pas loin de", Bound::Approx),
    ("pas loin d'", Bound::Approx),
    ("au moins", Bound::AtLeast),
    ("au minimum", Bound::AtLeast),
    ("minimum", Bound::AtLeast),
    ("pas moins de", Bound::AtLeast),
    ("pas moins d'", Bound::AtLeast),
    ("au bas mot", Bound::AtLeast),
    ("plus de", Bound::MoreThan),
    ("plus d'", Bound::MoreThan),
    ("un peu plus de", Bound::MoreThan),
    ("un peu plus d'", Bound::MoreThan),
    ("bien plus de", Bound::MoreThan),
    ("bien plus d'", Bound::MoreThan),
    // A comparison (`vaut bien plus que 240 millions`); a bare `plus que` is left out, as
    // `ne … plus que 5 %` means `only 5 %`.
    ("bien plus que", Bound::MoreThan),
    ("bien plus qu'", Bound::MoreThan),
    ("largement plus que", Bound::MoreThan),
    ("largement plus de", Bound::MoreThan),
    ("dépasser", Bound::MoreThan),
    ("dépasser les", Bound::MoreThan),
    ("dépasse", Bound::MoreThan),
    ("dépasse les", Bound::MoreThan),
    ("dépassent les", Bound::MoreThan),
    ("dépassera les", Bound::MoreThan),
    ("dépasserait les", Bound::MoreThan),
    ("dépasseraient les", Bound::MoreThan),
    ("dépassant", Bound::MoreThan),
    ("dépassant les", Bound::MoreThan),
    ("excède", Bound::MoreThan),
    ("excèdent", Bound::MoreThan),
    ("excédant", Bound::MoreThan),
    ("supérieur à", Bound::MoreThan),
    ("supérieure à", Bound::MoreThan),
    ("supérieurs à", Bound::MoreThan),
    ("supérieures à", Bound::MoreThan),
    ("au-delà de", Bound::MoreThan),
    ("au-delà des", Bound::MoreThan),
    ("jusqu'à", Bound::AtMost),
    ("au plus", Bound::AtMost),
    ("tout au plus", Bound::AtMost),
    ("au maximum", Bound::AtMost),
    ("maximum", Bound::AtMost),
    ("pas plus de", Bound::AtMost),
    ("pas plus d'", Bound::AtMost),
    ("moins de", Bound::LessThan),
    ("moins d'", Bound::LessThan),
    ("un peu moins de", Bound::LessThan),
    ("un peu moins d'", Bound::LessThan),
    ("inférieur à", Bound::LessThan),
    ("inférieure à", Bound::LessThan),
    ("inférieurs à", Bound::LessThan),
    ("inférieures à", Bound::LessThan),
    ("en deçà de", Bound::LessThan),
    ("sous la barre des", Bound::LessThan),
];

const EN_PREFIXES: &[(&str, Bound)] = &[
    ("about", Bound::Approx),
    ("around", Bound::Approx),
    ("nearly", Bound::Approx),
    ("almost", Bound::Approx),
    ("roughly", Bound::Approx),
    ("some", Bound::Approx),
    ("approximately", Bound::Approx),
    ("approx.", Bound::Approx),
    ("an estimated", Bound::Approx),
    ("circa", Bound::Approx),
    ("close to", Bound::Approx),
    ("at least", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("a minimum of", Bound::AtLeast),
    ("more than", Bound::MoreThan),
    ("over", Bound::MoreThan),
    ("upwards of", Bound::MoreThan),
    ("above", Bound::MoreThan),
    ("in excess of", Bound::MoreThan),
    ("exceeding", Bound::MoreThan),
    ("exceeds", Bound::MoreThan),
    ("exceeded", Bound::MoreThan),
    ("exceed", Bound::MoreThan),
    ("just over", Bound::MoreThan),
    ("a little over", Bound::MoreThan),
    ("well over", Bound::MoreThan),
    ("slightly more than", Bound::MoreThan),
    ("greater than", Bound::MoreThan),
    ("up to", Bound::AtMost),
    ("at most", Bound::AtMost),
    ("as much as", Bound::AtMost),
    ("as many as", Bound::AtMost),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("a maximum of", Bound::AtMost),
    ("less than", Bound::LessThan),
    ("under", Bound::LessThan),
    ("below", Bound::LessThan),
    ("just under", Bound::LessThan),
    ("just below", Bound::LessThan),
    ("fewer than", Bound::LessThan),
    ("slightly less than", Bound::LessThan),
];

const SYMBOL_PREFIXES: &[(&str, Bound)] = &[
    ("~", Bound::Approx),
    ("≈", Bound::Approx),
    (">", Bound::MoreThan),
    ("<", Bound::LessThan),
    ("≥", Bound::AtLeast),
    (">=", Bound::AtLeast),
    ("≤", Bound::AtMost),
    ("<=", Bound::AtMost),
];

const FR_SUFFIXES: &[(&str, Bound)] = &[
    ("environ", Bound::Approx),
    ("ou plus", Bound::AtLeast),
    ("au moins", Bound::AtLeast),
    ("au minimum", Bound::AtLeast),
    ("minimum", Bound::AtLeast),
    ("au maximum", Bound::AtMost),
    ("maximum", Bound::AtMost),
    ("au plus", Bound::AtMost),
    ("ou moins", Bound::AtMost),
];

const EN_SUFFIXES: &[(&str, Bound)] = &[
    ("or so", Bound::Approx),
    ("or more", Bound::AtLeast),
    ("at least", Bound::AtLeast),
    ("minimum", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("at the most", Bound::AtMost),
    ("maximum", Bound::AtMost),
    ("or less", Bound::AtMost),
];

/// Range openers and the joiners they take (`entre … et …`, `from … to …`).
const FR_OPENERS: &[(&str, &[&str])] = &[("entre", &["et", "-", "–"]), ("de", &["à"])];
const EN_OPENERS: &[(&str, &[&str])] = &[("between", &["and", "-", "–"]), ("from", &["to", "-", "–"])];

/// The lowercase first words of every bound phrase (prefix, opener), per language: part
/// of the prefilter lists (`STARTS`).
pub const FR_STARTS: &[&str] = &[
    "environ",
    "près",
    "presque",
    "quasiment",
    "quelque",
    "autour",
    "aux",
    "de",
    "approximativement",
    "à",
    "grosso",
    "pas",
    "au",
    "minimum",
    "plus",
    "un",
    "bien",
    "largement",
    "dépass",
    "excè",
    "excé",
    "supérieur",
    "jusqu",
    "tout",
    "maximum",
    "moins",
    "inférieur",
    "en",
    "sous",
    "entre",
];

/// See [`FR_STARTS`].
pub const EN_STARTS: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "approx", "an", "circa", "close", "at", "no", "not", "a",
    "more", "over", "upwards", "above", "in", "exceed", "just", "well", "slightly", "greater", "up", "as", "less",
    "under", "below", "fewer", "between", "from",
];

/// The non-alphanumeric characters a bound can start with.
pub const SYMBOL_STARTS: &[char] = &['~', '≈', '>', '<', '≥', '≤'];

/// Every phrase a bounded reading can begin with before its figure (prefixes, range
/// openers), for the grammars' [`LeadSet`](super::lexeme::LeadSet)s.
pub fn lead_phrases(lang: Lang) -> impl Iterator<Item = &'static str> {
    let openers = match lang {
        Lang::Fr => FR_OPENERS,
        Lang::En => EN_OPENERS,
    };
    prefixes(lang).iter().chain(SYMBOL_PREFIXES).map(|(w, _)| *w).chain(openers.iter().map(|(w, _)| *w))
}

fn prefixes(lang: Lang) -> &'static [(&'static str, Bound)] {
    match lang {
        Lang::Fr => FR_PREFIXES,
        Lang::En => EN_PREFIXES,
    }
}

/// The indexed prefix tables.
static FR_PREFIX_TABLE: Table<Bound> = Table::new(FR_PREFIXES);
static EN_PREFIX_TABLE: Table<Bound> = Table::new(EN_PREFIXES);
static SYMBOL_PREFIX_TABLE: Table<Bound> = Table::new(SYMBOL_PREFIXES);
static FR_SUFFIX_TABLE: Table<Bound> = Table::new(FR_SUFFIXES);
static EN_SUFFIX_TABLE: Table<Bound> = Table::new(EN_SUFFIXES);

/// A bound word before a figure, with the text after it.
fn prefix_keyed(s: &str, lang: Lang, key: Option<u128>) -> IResult<&str, Bound> {
    let table = match lang {
        Lang::Fr => &FR_PREFIX_TABLE,
        Lang::En => &EN_PREFIX_TABLE,
    };
    let found = table.longest_keyed(s, key);
    // The symbol bounds start with no letter: a text with a leading run starts none.
    if found.is_ok() || key.is_some_and(key_has_run) {
        return found;
    }
    SYMBOL_PREFIX_TABLE.longest_keyed(s, key)
}

/// A bound word after a figure (`13 milliards de dollars environ`).
fn suffix(s: &str, lang: Lang) -> IResult<&str, Bound> {
    let r = ws0(s);
    if r.len() == s.len() {
        return fail(s);
    }
    let table = match lang {
        Lang::Fr => &FR_SUFFIX_TABLE,
        Lang::En => &EN_SUFFIX_TABLE,
    };
    let (rest, b) = table.longest(r)?;
    // `au plus tard`, `au plus tôt` are deadlines, not bounds.
    let next = ws0(rest);
    if keyword(next, "tard").is_ok() || keyword(next, "tôt").is_ok() {
        return fail(s);
    }
    Ok((rest, b))
}

/// Joins a low end to a high end: the low end takes the high end's scale and tail when it
/// has none (`entre 10 et 15 milliards de dollars`); a low end above the high end is not a
/// range but a change (`de 15 à 10`).
fn join<T: Clone>(mut low: Piece<T>, mut high: Piece<T>) -> Option<(Piece<T>, Piece<T>)> {
    if low.scale.is_none() {
        low.scale = high.scale;
    }
    if low.tail.is_none() {
        low.tail = high.tail.clone();
    } else if high.tail.is_none() {
        high.tail = low.tail.clone();
    }
    (low.value()? < high.value()?).then_some((low, high))
}

/// `X joiner Y` after the low end has been read.
fn range_tail<'a, T: Clone>(
    low: &Piece<T>,
    s: &'a str,
    joiners: &[&str],
    full: &dyn Fn(&'a str) -> IResult<&'a str, Piece<T>>,
) -> IResult<&'a str, Reading<T>> {
    let r = ws0(s);
    for j in joiners {
        if let Ok((r2, _)) = keyword(r, j)
            && let Ok((rest, high)) = full(ws0(r2))
            && let Some((low, high)) = join(low.clone(), high)
        {
            return Ok((rest, Reading::Range(low, high)));
        }
    }
    fail(s)
}

/// A range without an opener: `10-15 %`, `10 à 15 %`, `10 to 15 percent`, once its low
/// end `low` has been read, `r` after it. With a word joiner the low end must be a bare
/// number: `fell by 1.3 billion to 45.6 billion` is a change, not a range.
fn plain_range<'a, T: Clone>(
    low: &Piece<T>,
    r: &'a str,
    lang: Lang,
    full: &dyn Fn(&'a str) -> IResult<&'a str, Piece<T>>,
) -> IResult<&'a str, Reading<T>> {
    let words: &[&str] = match lang {
        Lang::Fr => &["à"],
        Lang::En => &["to"],
    };
    let words = if low.tail.is_none() && low.scale.is_none() { words } else { &[] };
    range_tail(low, r, &["-", "–"], full).or_else(|_| range_tail(low, r, words, full))
}

/// How a bounded reading begins at a position: what [`read`] decides before it reads a
/// piece. It depends on the text and the language only, so the figure grammars read it
/// once per position and share it ([`read_from`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front<'a> {
    /// A bound word (`au moins`), the text after it and its white space.
    Prefix(Bound, &'a str),
    /// A range opener (`entre`), its joiners, and the text after it and its white space.
    Opener(&'static [&'static str], &'a str),
    /// Neither: the piece starts at the position.
    Plain,
}

impl<'a> Front<'a> {
    /// Where the first piece starts, `s` being the text the front was read from.
    pub fn piece_start(&self, s: &'a str) -> &'a str {
        match *self {
            Front::Prefix(_, r) | Front::Opener(_, r) => r,
            Front::Plain => s,
        }
    }
}

/// The [`lead_key`]s of the texts at which [`front`] may be other than [`Front::Plain`]:
/// at a text whose key is `Some` and none of these, no prefix table entry is tried and no
/// opener matches (a keyword matches only a text with its leading run).
pub fn front_keys(lang: Lang) -> Vec<u128> {
    let (table, openers) = match lang {
        Lang::Fr => (&FR_PREFIX_TABLE, FR_OPENERS),
        Lang::En => (&EN_PREFIX_TABLE, EN_OPENERS),
    };
    table
        .short_keys()
        .chain(SYMBOL_PREFIX_TABLE.short_keys())
        .chain(openers.iter().filter_map(|(w, _)| lead_key(w)))
        .collect()
}

/// Reads the [`Front`] of a bounded figure at the start of `s`.
pub fn front(s: &str, lang: Lang) -> Front<'_> {
    front_keyed(s, lang, lead_key(s))
}

/// [`front`] with `key`, the [`lead_key`] of `s`, already computed.
pub fn front_keyed(s: &str, lang: Lang, key: Option<u128>) -> Front<'_> {
    if let Ok((r, bound)) = prefix_keyed(s, lang, key) {
        return Front::Prefix(bound, ws0(r));
    }
    let openers = match lang {
        Lang::Fr => FR_OPENERS,
        Lang::En => EN_OPENERS,
    };
    for (opener, joiners) in openers {
        if let Ok((r, _)) = keyword(s, opener) {
            return Front::Opener(joiners, ws0(r));
        }
    }
    Front::Plain
}

/// Reads a bounded figure at the start of `s` with the piece parser of one grammar.
///
/// `piece` reads one figure, or a bare number where the grammar's tail is missing (the low
/// end of a range: `entre 10 et 15 milliards`); `complete` says whether such a reading,
/// with the text after it, stands as a full figure (`15 milliards de dollars`). The piece
/// at a position is read once, whatever it is used for.
pub fn read<'a, T: Clone>(
    s: &'a str,
    lang: Lang,
    piece: &dyn Fn(&'a str) -> IResult<&'a str, Piece<T>>,
    complete: &dyn Fn(&'a str, &Piece<T>) -> bool,
) -> IResult<&'a str, Reading<T>> {
    read_from(s, front(s, lang), lang, piece, complete)
}

/// [`read`] with the [`Front`] of `s` already read.
pub fn read_from<'a, T: Clone>(
    s: &'a str,
    front: Front<'a>,
    lang: Lang,
    piece: &dyn Fn(&'a str) -> IResult<&'a str, Piece<T>>,
    complete: &dyn Fn(&'a str, &Piece<T>) -> bool,
) -> IResult<&'a str, Reading<T>> {
    let full = |x: &'a str| -> IResult<&'a str, Piece<T>> {
        let (r, p) = piece(x)?;
        if complete(r, &p) { Ok((r, p)) } else { fail(x) }
    };
    let full: &dyn Fn(&'a str) -> IResult<&'a str, Piece<T>> = &full;
    match front {
        Front::Prefix(bound, r) => {
            let (r1, low) = piece(r)?;
            if let Ok(x) = plain_range(&low, r1, lang, full) {
                return Ok(x);
            }
            if complete(r1, &low) {
                let bound = if low.approx && bound == Bound::Exact { Bound::Approx } else { bound };
                return Ok((r1, Reading::One(bound, low)));
            }
            fail(s)
        }
        Front::Opener(joiners, r) => {
            let (r, low) = piece(r)?;
            range_tail(&low, r, joiners, full)
        }
        Front::Plain => {
            let (rest, low) = piece(s)?;
            if let Ok(x) = plain_range(&low, rest, lang, full) {
                return Ok(x);
            }
            if !complete(rest, &low) {
                return fail(s);
            }
            if let Ok((rest2, bound)) = suffix(rest, lang) {
                return Ok((rest2, Reading::One(bound, low)));
            }
            let bound = if low.approx { Bound::Approx } else { Bound::Exact };
            Ok((rest, Reading::One(bound, low)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_bounds_start_with_no_letter() {
        // `prefix_keyed` skips their table at a text with a leading run of letters.
        assert!(SYMBOL_PREFIXES.iter().all(|(w, _)| lead_key(w).is_some_and(|k| !key_has_run(k))));
    }
    use crate::grammar::number::number;

    fn num(s: &str) -> IResult<&str, Piece<()>> {
        let (r, n) = number(s, Lang::Fr)?;
        Ok((r, Piece { number: n.value, scale: None, tail: None, approx: false }))
    }

    /// A number and an optional `%` (the tail).
    fn pct(s: &str) -> IResult<&str, Piece<()>> {
        let (r, mut p) = num(s)?;
        match keyword(ws0(r), "%") {
            Ok((r, _)) => {
                p.tail = Some(());
                Ok((r, p))
            }
            Err(_) => Ok((r, p)),
        }
    }

    fn read_fr(s: &str) -> Option<(String, String)> {
        read(s, Lang::Fr, &pct, &|_, p| p.tail.is_some()).ok().map(|(r, x)| {
            let v = match x {
                Reading::One(b, p) => format!("{} {}", b.as_str(), p.number),
                Reading::Range(a, b) => format!("range {} {}", a.number, b.number),
            };
            (v, r.to_string())
        })
    }

    #[test]
    fn prefixes_suffixes_and_ranges() {
        assert_eq!(read_fr("au moins 5 % x"), Some(("at_least 5".into(), " x".into())));
        assert_eq!(read_fr("5 % environ."), Some(("approx 5".into(), ".".into())));
        assert_eq!(read_fr("5 % au plus tard"), Some(("exact 5".into(), " au plus tard".into())));
        assert_eq!(read_fr("entre 5 et 7 %"), Some(("range 5 7".into(), "".into())));
        assert_eq!(read_fr("de 5 à 7 %"), Some(("range 5 7".into(), "".into())));
        assert_eq!(read_fr("5-7 %"), Some(("range 5 7".into(), "".into())));
        assert_eq!(read_fr("de 7 à 5 %"), None);
        assert_eq!(read_fr("entre 5 joueurs"), None);
        assert_eq!(read_fr("jusqu’à 9 %"), Some(("at_most 9".into(), "".into())));
    }
}
