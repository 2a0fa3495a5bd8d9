//! Monetary amounts: currency before or after, scale words, bounds (FR + EN).
//!
//! `au minimum 38 milliards de dollars`, `13 milliards de dollars environ`, `$100bn`,
//! `US$10 billion`, `€2,5 Md`, `1,2 M€`, `75 USD million`, `15 dollars et 15 cents`. A
//! scaled amount with no currency (`des contrats pour 300 milliards`) is money whose
//! currency the normalizer infers; a scaled number followed by a counted noun
//! (`2 millions de personnes`) is left to [`super::quantity`]. The value is exact, in
//! currency units; minor units (`50 cents`) keep their number and carry the note
//! `minor-unit`.

use super::bound::{self, Piece, Reading};
use super::currency::{self, Currency};
use super::figure::Shared;
use super::lexeme::{
    LangLeads, boundary, continues_token, fail, in_url, is_space, keyword, lowercase, may_start, next_word, ws0,
};
use super::number::{self, Number, number};
use super::scale::{Scale, scale};
use super::{Context, Found, Parsed};
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::mention::{Figure, Money, Note};
use nom::IResult;

/// The lowercase words (prefixes of them, for `jusqu'à`/`jusqu’à`) at which a money
/// mention can begin, besides digits and [`SYMBOL_STARTS`]: bound words, range openers,
/// number words and currencies written before the number. A prefilter may skip a position
/// whose lowercased text starts with none of these.
pub const STARTS: &[&str] =
    &super::lexeme::concat_words::<
        {
            bound::FR_STARTS.len()
                + bound::EN_STARTS.len()
                + number::FR_NUMBER_STARTS.len()
                + number::EN_NUMBER_STARTS.len()
                + CURRENCY_STARTS.len()
        },
    >(&[bound::FR_STARTS, bound::EN_STARTS, number::FR_NUMBER_STARTS, number::EN_NUMBER_STARTS, CURRENCY_STARTS]);

/// Currency codes and words written before the number (`us$`, `usd`, `c$`, `meur`).
const CURRENCY_STARTS: &[&str] = &[
    "us", "usd", "u.s", "c", "ca", "can", "cad", "au", "aud", "hk", "hkd", "nz", "nzd", "s", "sgd", "mex", "mxn", "r",
    "eur", "jpy", "gbp", "cny", "rmb", "chf", "sek", "krw", "nok", "inr", "twd", "zar", "brl", "dkk", "pln", "thb",
    "idr", "czk", "huf", "clp", "myr", "rub", "ron", "btc", "xof", "xaf", "musd", "meur", "mgbp", "maud", "mchf",
    "mcad", "try", "ils", "aed", "sar", "php", "cop", "ars", "egp", "ngn", "vnd",
];

/// The non-alphanumeric characters (besides digits) a money mention can begin with:
/// currency symbols and bound symbols.
pub const SYMBOL_STARTS: &[char] = &[
    '$', '€', '£', '¥', '￥', '₹', '₩', '₽', '₺', '₿', '₪', '₫', '₱', '₴', '฿', '₦', '₡', '₾', '₭', '¢', '~', '≈', '>',
    '<', '≥', '≤', '元', 'ர',
];

/// What follows the number of a money piece.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    /// The currency as read.
    currency: Currency,
    /// Cents read after a whole amount (`15 dollars et 15 cents` → 0.15).
    cents: Decimal,
}

/// `et demi`, `and a half` after a scale word: one half more.
pub fn and_a_half(s: &str) -> Option<&str> {
    let r = ws0(s);
    // Each phrase starts with `e` or `a`, which only those ASCII letters fold to.
    if !r.starts_with(['e', 'E', 'a', 'A']) {
        return None;
    }
    for w in ["et demi", "et demie", "and a half"] {
        if let Ok((rest, _)) = keyword(r, w) {
            return Some(rest);
        }
    }
    None
}

/// The number and scale of a figure: shared by money and quantity.
/// Returns the value, the scale and whether the number was an approximate collective.
pub fn number_and_scale(s: &str, lang: Lang) -> IResult<&str, (Decimal, Option<Scale>, bool)> {
    let (r, n) = number(s, lang)?;
    Ok(scale_after(r, n, lang))
}

/// The rest of [`number_and_scale`] once its number `n` has been read, `r` after it.
pub fn scale_after(r: &str, n: Number, lang: Lang) -> (&str, (Decimal, Option<Scale>, bool)) {
    let half = Decimal::new(5, 1).unwrap_or(Decimal::ZERO);
    // `2 and a half billion`, `deux et demi milliards`: the half belongs before the scale.
    if let Some(r2) = and_a_half(r)
        && let Ok((r3, sc)) = scale(r2, lang, false)
        && sc.spelled
    {
        return (r3, (n.value.checked_add(half).unwrap_or(n.value), Some(sc), n.approx));
    }
    let glued = !r.starts_with(is_space);
    match scale(r, lang, glued) {
        Ok((r2, sc)) => {
            let mut value = n.value;
            let mut rest = r2;
            if sc.spelled
                && let Some(r3) = and_a_half(r2)
            {
                value = value.checked_add(Decimal::new(5, 1).unwrap_or(Decimal::ZERO)).unwrap_or(value);
                rest = r3;
            }
            (rest, (value, Some(sc), n.approx))
        }
        Err(_) => (r, (n.value, None, n.approx)),
    }
}

/// Words that may follow a bare scaled amount without making it a count (`300 milliards
/// pour`, `38 billion over seven years`).
const EN_NOT_NOUNS: &[&str] = &[
    "in", "on", "at", "for", "to", "from", "by", "with", "into", "over", "under", "and", "or", "but", "the", "a", "an",
    "of", "this", "that", "these", "those", "is", "was", "were", "are", "be", "been", "will", "would", "could",
    "should", "may", "might", "has", "have", "had", "as", "than", "per", "each", "it", "its", "they", "he", "she",
    "we", "which", "who", "so", "also", "already", "more", "less", "last", "next", "this", "year", "a year",
    "annually", "in", "deal", "worth", "since", "after", "before", "until", "while", "when", "if", "then", "now", "up",
    "down", "out", "about", "across", "through", "during", "plus", "minus", "versus", "vs",
];

/// True when a bare scaled amount is followed by a counted noun (so it is a quantity).
fn followed_by_noun(s: &str, lang: Lang) -> bool {
    let r = ws0(s);
    match lang {
        Lang::Fr => {
            let Some(after) = keyword(r, "de").or_else(|_| keyword(r, "d'")).ok().map(|(a, _)| ws0(a)) else {
                return false;
            };
            match next_word(after) {
                Ok((_, w)) => !["plus", "moins", "dollars", "euros"].contains(&&*lowercase(w, &mut [0; 64])),
                Err(_) => false,
            }
        }
        Lang::En => {
            if r.len() == s.len() {
                return false;
            }
            match next_word(r) {
                Ok((_, w)) => !EN_NOT_NOUNS.contains(&&*lowercase(w, &mut [0; 64])),
                Err(_) => false,
            }
        }
    }
}

/// Cents after a whole amount: `et 15 cents`, `and forty-five cents`, ` 50.`, `and fifty`.
fn cents_after(s: &str, lang: Lang) -> Option<(&str, Decimal)> {
    let r = ws0(s);
    if r.len() == s.len() {
        return None;
    }
    let r = match keyword(r, "et").or_else(|_| keyword(r, "and")) {
        Ok((a, _)) => ws0(a),
        Err(_) => r,
    };
    let (r2, n) = number(r, lang).ok()?;
    let c = n.value;
    if !c.is_integer() || c < Decimal::from_int(1) || c > Decimal::from_int(99) {
        return None;
    }
    if !n.words && r.len() - r2.len() > 2 {
        return None;
    }
    let cents = c.checked_div_pow10(2)?;
    if let Ok((r3, cur)) = currency::after(r2, lang)
        && cur.minor
    {
        return Some((r3, cents));
    }
    let next = ws0(r2);
    let ends = next.chars().next().is_none_or(|ch| matches!(ch, '.' | ',' | ';' | '!' | '?' | ')' | '"' | '»'));
    let joins = ["and", "et", "more", "less", "de plus"].iter().any(|w| keyword(next, w).is_ok());
    (ends || (joins && next.len() < r2.len())).then_some((r2, cents))
}

/// True when a piece, `rest` after it, is a full amount: it has a currency or is
/// a bare amount with a spelled scale (`300 milliards`); any other piece is only the low end
/// of a range.
fn complete(rest: &str, p: &Piece<Tail>, lang: Lang) -> bool {
    p.tail.is_some() || (p.scale.is_some_and(|x| x.word) && !followed_by_noun(rest, lang) && p.number != Decimal::ZERO)
}

/// One money piece: an amount with its currency, or any number (see [`complete`]).
fn piece<'a>(s: &'a str, sh: &Shared<'a>) -> IResult<&'a str, Piece<Tail>> {
    let lang = sh.lang();
    if !sh.piece_may_lead(s, 0) {
        return fail(s);
    }
    // A currency before the number: `$ 75 millions`, `US$10 billion`, `€2,5 Md`, `USD115`.
    if let Ok((r, cur)) = currency::before(s)
        && let Ok((r1, (value, sc, approx))) = number_and_scale(ws0(r), lang)
    {
        if !boundary(r1) && !r1.starts_with('-') {
            return fail(s);
        }
        let mut tail = Tail { currency: cur, cents: Decimal::ZERO };
        let mut rest = r1;
        if sc.is_none()
            && value.is_integer()
            && !cur.minor
            && let Some((r2, c)) = cents_after(r1, lang)
        {
            tail.cents = c;
            rest = r2;
        }
        return Ok((rest, Piece { number: value, scale: sc, tail: Some(tail), approx }));
    }
    let (r0, n) = sh.number(s)?;
    // `75 USD million`: an ISO code between the number and its scale.
    let after_number = currency::after(r0, lang);
    if let Ok((r2, cur)) = after_number
        && cur.code.is_some()
        && !cur.minor
        && let Ok((r3, sc)) = scale(r2, lang, false)
        && sc.spelled
    {
        return Ok((
            r3,
            Piece {
                number: n.value,
                scale: Some(sc),
                tail: Some(Tail { currency: cur, cents: Decimal::ZERO }),
                approx: n.approx,
            },
        ));
    }
    let (r1, (value, sc, approx)) = sh.scale_after(r0, n);
    // The currency right after (`10 €`, `M€`, `dollars`), after `de`/`of` when scaled, or
    // hyphen-glued (`12-cent`, `one-yen`); without a scale, that was read above.
    let direct = if std::ptr::eq(r1, r0) { after_number } else { currency::after(r1, lang) };
    let via_de = || {
        let r = ws0(r1);
        let (r, _) = keyword(r, "de").or_else(|_| keyword(r, "d'")).or_else(|_| keyword(r, "of"))?;
        currency::after(r, lang)
    };
    let hyphen = || -> IResult<&str, Currency> {
        let r = r1.strip_prefix('-').map_or_else(|| fail(r1), |r| Ok((r, ())))?.0;
        let (rest, cur) = currency::after(r, lang)?;
        if r.starts_with(is_space) { fail(r1) } else { Ok((rest, cur)) }
    };
    let found = direct.or_else(|_| via_de()).or_else(|_| hyphen()).ok();
    if let Some((r2, cur)) = found {
        let mut tail = Tail { currency: cur, cents: Decimal::ZERO };
        let mut rest = r2;
        if sc.is_none()
            && value.is_integer()
            && !cur.minor
            && let Some((r3, c)) = cents_after(r2, lang)
        {
            tail.cents = c;
            rest = r3;
        }
        return Ok((rest, Piece { number: value, scale: sc, tail: Some(tail), approx }));
    }
    if !boundary(r1) {
        return fail(s);
    }
    Ok((r1, Piece { number: value, scale: sc, tail: None, approx }))
}

/// The exact amount of a piece in currency units (or minor units), cents included.
fn amount(p: &Piece<Tail>) -> Option<Decimal> {
    let extra = p.tail.as_ref().map_or(0, |t| t.currency.exp);
    let base = p.number.checked_mul_pow10(p.scale.map_or(0, |s| s.exp) + extra)?;
    match &p.tail {
        Some(t) if t.cents != Decimal::ZERO => base.checked_add(t.cents),
        _ => Some(base),
    }
}

/// The leading words a monetary amount can begin with (see [`LeadSet`](super::lexeme::LeadSet)).
pub(super) static LEADS: LangLeads = LangLeads::new(lead_phrases);

/// The phrases of [`LEADS`].
fn lead_phrases(lang: Lang) -> Vec<&'static str> {
    bound::lead_phrases(lang).chain(piece_lead_phrases(lang)).collect()
}

/// The leading words a piece (see [`piece`]) can begin with.
pub(super) static PIECE_LEADS: LangLeads = LangLeads::new(piece_lead_phrases);

/// The phrases of [`PIECE_LEADS`].
fn piece_lead_phrases(lang: Lang) -> Vec<&'static str> {
    number::lead_phrases(lang).chain(currency::before_phrases()).collect()
}

/// Reads a monetary amount starting at `ctx.at`.
pub fn parse(ctx: &Context<'_>) -> Option<Found> {
    if !LEADS.may_begin(ctx.lang, ctx.rest(), SYMBOL_STARTS) {
        return None;
    }
    read_unguarded(ctx)
}

/// [`parse`] without the [`LeadSet`](super::lexeme::LeadSet) gate: the reference its tests compare the gate with.
pub(crate) fn read_unguarded(ctx: &Context<'_>) -> Option<Found> {
    read_shared(ctx, &Shared::new(ctx.lang))
}

/// [`read_unguarded`] with the values read at the position kept in `sh`, shared with the
/// other figure grammars (see [`super::figure`]).
pub(super) fn read_shared<'a>(ctx: &Context<'a>, sh: &Shared<'a>) -> Option<Found> {
    let lang = ctx.lang;
    let s = ctx.rest();
    let piece = |x| piece(x, sh);
    let (rest, reading) = bound::read_from(s, sh.front(s), lang, &piece, &|r, p| complete(r, p, lang)).ok()?;
    // The context checks, after the (pure) reading: most positions have none.
    if !may_start(s, STARTS, SYMBOL_STARTS) || continues_token(ctx.sentence, ctx.at) || in_url(ctx.sentence, ctx.at) {
        return None;
    }
    let (figure, pieces) = match &reading {
        Reading::One(b, p) => (Figure::bounded(*b, amount(p)?), vec![p]),
        Reading::Range(lo, hi) => (Figure::range(amount(lo)?, amount(hi)?), vec![lo, hi]),
    };
    let main = pieces.last()?;
    let tail = main.tail.as_ref();
    let mut notes = Vec::new();
    if tail.is_some_and(|t| t.currency.minor) {
        notes.push(Note::new("minor-unit", "amount in the currency's minor unit (cents, pence), as written"));
    }
    if let Some(sc) = main.scale
        && sc.ambiguous
    {
        let literal = figure.amount.checked_mul_pow10(6).map_or_else(|| "10^18 times more".into(), |d| d.to_string());
        notes.push(Note::new(
            "ambiguous-scale",
            format!(
                "« trillion » in French text: read as the English 10^12 ({}); the literal French reading is 10^18 ({literal})",
                figure.amount
            ),
        ));
    }
    let money = Money { figure, currency: tail.and_then(|t| t.currency.code).map(str::to_string) };
    let end = ctx.offset_of(rest);
    Some(Found { range: ctx.at..end, value: Parsed::Money(money), notes })
}

/// True when the lowercase `word` is one the money grammar reads as a spelled number, for
/// the quantity grammar's exclusions.
pub fn is_number_word(word: &str, lang: Lang) -> bool {
    number::words(word, lang).is_ok_and(|(r, _)| r.is_empty())
}

#[cfg(test)]
pub(super) mod tests;
