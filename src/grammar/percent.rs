//! Percentages and percentage points (FR + EN): `29 %`, `29%`, `3,5 pour cent`,
//! `3.5 percent`, `+5 %`, `minus five percent`, `20 points de pourcentage` (note `points`),
//! with the bounds of [`super::bound`]. A `%` glued to more letters or digits (`30%25` in
//! a URL) is not a percentage.

use super::bound::{self, Piece, Reading};
use super::figure::Shared;
use super::lexeme::{LangLeads, Table, boundary, continues_token, fail, in_url, keyword, longest, may_start, ws0};
use super::number::number;
use super::{Context, Found, Parsed};
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::mention::{Figure, Note, Percent};
use nom::IResult;

/// The lowercase words (or their prefixes) at which a percentage can begin, besides digits,
/// signs (`+`, `-`, `−`) and bound symbols (`~`, `≈`, `>`, `<`, `≥`, `≤`): bound words,
/// range openers, number words, `minus`, and the reversed forms (`pourcentage de vingt`).
pub const STARTS: &[&str] = &super::lexeme::concat_words::<
    {
        bound::FR_STARTS.len()
            + bound::EN_STARTS.len()
            + super::number::FR_NUMBER_STARTS.len()
            + super::number::EN_NUMBER_STARTS.len()
            + PERCENT_STARTS.len()
    },
>(&[
    bound::FR_STARTS,
    bound::EN_STARTS,
    super::number::FR_NUMBER_STARTS,
    super::number::EN_NUMBER_STARTS,
    PERCENT_STARTS,
]);

/// Words of the reversed and signed forms (`pourcent de`, `minus 5 %`).
const PERCENT_STARTS: &[&str] = &["minus", "pourcent", "percent", "per cent", "per"];

/// The non-alphanumeric characters (besides digits) a percentage can begin with: signs and
/// bound symbols.
pub const SYMBOL_STARTS: &[char] = &['+', '-', '−', '~', '≈', '>', '<', '≥', '≤'];

/// What a percent mark says about the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A percentage (`%`, `pour cent`).
    Percent,
    /// Percentage points (`points de pourcentage`).
    Points,
    /// Basis points (`points de base`, `bps`): hundredths of a percentage point.
    Basis,
}

/// The percent marks after a number.
const FR_MARKS: &[(&str, Mark)] = &[
    ("%", Mark::Percent),
    ("pour cent", Mark::Percent),
    ("pour-cent", Mark::Percent),
    ("pourcent", Mark::Percent),
    ("pourcents", Mark::Percent),
    ("pourcentage", Mark::Percent),
    ("pourcentages", Mark::Percent),
    ("point de pourcentage", Mark::Points),
    ("points de pourcentage", Mark::Points),
    ("% points", Mark::Points),
    ("point de base", Mark::Basis),
    ("points de base", Mark::Basis),
    ("pb", Mark::Basis),
];

const EN_MARKS: &[(&str, Mark)] = &[
    ("%", Mark::Percent),
    ("percent", Mark::Percent),
    ("percents", Mark::Percent),
    ("per cent", Mark::Percent),
    ("percentage", Mark::Percent),
    ("percentages", Mark::Percent),
    ("percentage point", Mark::Points),
    ("percentage points", Mark::Points),
    ("% points", Mark::Points),
    ("pct", Mark::Percent),
    ("basis point", Mark::Basis),
    ("basis points", Mark::Basis),
    ("bp", Mark::Basis),
    ("bps", Mark::Basis),
];

/// The indexed mark tables.
static FR_MARK_TABLE: Table<Mark> = Table::new(FR_MARKS);
static EN_MARK_TABLE: Table<Mark> = Table::new(EN_MARKS);

fn marks(lang: Lang) -> &'static Table<Mark> {
    match lang {
        Lang::Fr => &FR_MARK_TABLE,
        Lang::En => &EN_MARK_TABLE,
    }
}

/// The [`lead_key`](super::lexeme::lead_key)s of the texts at which a mark may begin (see
/// [`Table::short_keys`]).
pub(super) fn mark_keys(lang: Lang) -> impl Iterator<Item = u128> {
    marks(lang).short_keys()
}

/// A percent mark after the number; `%` must not be glued to a following word or digit.
fn mark(s: &str, lang: Lang) -> IResult<&str, Mark> {
    let (rest, m) = marks(lang).longest(ws0(s))?;
    if !boundary(rest) {
        return fail(s);
    }
    Ok((rest, m))
}

/// A signed number: `+5`, `-3`, `−3`, `minus five`.
fn signed<'a>(s: &'a str, sh: &Shared<'a>) -> IResult<&'a str, Decimal> {
    let lang = sh.lang();
    let (neg, r, symbol) = if let Some(r) = s.strip_prefix('+') {
        (false, r, true)
    } else if let Some(r) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        (true, r, true)
    } else if lang == Lang::En
        && let Ok((r, _)) = keyword(s, "minus")
    {
        (true, ws0(r), false)
    } else {
        (false, s, false)
    };
    if symbol && !r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(s);
    }
    let (rest, n) = sh.number(r)?;
    let v = if neg { Decimal::ZERO.checked_sub(n.value).unwrap_or(n.value) } else { n.value };
    Ok((rest, v))
}

/// One percentage piece; the mark may be missing (the low end of a range): a full
/// percentage is a piece with its mark.
fn piece<'a>(s: &'a str, sh: &Shared<'a>) -> IResult<&'a str, Piece<Mark>> {
    let lang = sh.lang();
    if !sh.piece_may_lead(s, 1) {
        return fail(s);
    }
    let (r, v) = signed(s, sh)?;
    match mark(r, lang) {
        Ok((rest, m)) => Ok((rest, Piece { number: v, scale: None, tail: Some(m), approx: false })),
        Err(_) if boundary(r) => Ok((r, Piece { number: v, scale: None, tail: None, approx: false })),
        Err(e) => Err(e),
    }
}

/// The reversed forms of the recognizers' tradition: `pourcentage de vingt`,
/// `percent of 10`, when the number ends the clause.
fn reversed(s: &str, lang: Lang) -> IResult<&str, Decimal> {
    let (r, m) = marks(lang).longest(s)?;
    if m != Mark::Percent || s.starts_with('%') {
        return fail(s);
    }
    let r = ws0(r);
    let (r, _) = match lang {
        Lang::Fr => longest(r, &[("de", ()), ("des", ()), ("du", ())])?,
        Lang::En => keyword(r, "of").map(|(r, _)| (r, ()))?,
    };
    let (rest, n) = number(ws0(r), lang)?;
    let next = ws0(rest);
    if !next.chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?' | ')')) {
        return fail(s);
    }
    Ok((rest, n.value))
}

/// The leading words a percentage can begin with (see [`LeadSet`](super::lexeme::LeadSet)).
pub(super) static LEADS: LangLeads = LangLeads::new(lead_phrases);

/// The phrases of [`LEADS`].
fn lead_phrases(lang: Lang) -> Vec<&'static str> {
    bound::lead_phrases(lang)
        .chain(piece_lead_phrases(lang))
        .chain(marks(lang).entries().iter().map(|(w, _)| *w))
        .collect()
}

/// The leading words a piece (see [`piece`]) can begin with.
pub(super) static PIECE_LEADS: LangLeads = LangLeads::new(piece_lead_phrases);

/// The phrases of [`PIECE_LEADS`].
fn piece_lead_phrases(lang: Lang) -> Vec<&'static str> {
    super::number::lead_phrases(lang).chain(["minus"]).collect()
}

/// Reads a percentage starting at `ctx.at`.
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
    let reversed = if sh.may_mark(s) { reversed(s, lang).ok() } else { None };
    let piece = |x| piece(x, sh);
    let read = match reversed {
        Some(_) => None,
        None => Some(bound::read_from(s, sh.front(s), lang, &piece, &|_, p| p.tail.is_some()).ok()?),
    };
    // The context checks, after the (pure) reading: most positions have none.
    if !may_start(s, STARTS, SYMBOL_STARTS) || continues_token(ctx.sentence, ctx.at) || in_url(ctx.sentence, ctx.at) {
        return None;
    }
    if let Some((rest, v)) = reversed {
        let percent = Percent { figure: Figure::exact(v), points: false };
        return Some(Found { range: ctx.at..ctx.offset_of(rest), value: Parsed::Percent(percent), notes: vec![] });
    }
    let (rest, reading) = read?;
    let (figure, m) = match reading {
        Reading::One(b, p) => (Figure::bounded(b, p.number), p.tail),
        Reading::Range(lo, hi) => (Figure::range(lo.number, hi.number), hi.tail),
    };
    let mut notes = Vec::new();
    let mut figure = figure;
    if m != Some(Mark::Percent) {
        notes.push(Note::new("points", "percentage points: a difference between two percentages"));
    }
    if m == Some(Mark::Basis) {
        // A basis point is a hundredth of a percentage point.
        let written = figure.amount;
        figure = Figure {
            amount: figure.amount.checked_div_pow10(2)?,
            high: match figure.high {
                Some(h) => Some(h.checked_div_pow10(2)?),
                None => None,
            },
            ..figure
        };
        notes.push(Note::new(
            "basis-points",
            format!("{written} basis points read as {} percentage points", figure.amount),
        ));
    }
    let points = m != Some(Mark::Percent);
    Some(Found { range: ctx.at..ctx.offset_of(rest), value: Parsed::Percent(Percent { figure, points }), notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, lang: Lang) -> Option<(String, String, bool)> {
        let f = parse(&Context { lang, sentence: s, at: 0 })?;
        let Parsed::Percent(pc) = f.value else { return None };
        Some((s[f.range].to_string(), format!("{} {}", pc.figure.bound.as_str(), pc.figure.amount), pc.points))
    }

    #[test]
    fn reads_signs_points_and_urls() {
        assert_eq!(p("+5 % sur un an", Lang::Fr), Some(("+5 %".into(), "exact 5".into(), false)));
        assert_eq!(p("-3 %", Lang::Fr), Some(("-3 %".into(), "exact -3".into(), false)));
        assert_eq!(p("minus five percent", Lang::En), Some(("minus five percent".into(), "exact -5".into(), false)));
        assert_eq!(
            p("20 points de pourcentage", Lang::Fr),
            Some(("20 points de pourcentage".into(), "exact 20".into(), true))
        );
        assert_eq!(p("30%25", Lang::Fr), None);
        assert_eq!(p("- 3 %", Lang::Fr), None);
    }
}
