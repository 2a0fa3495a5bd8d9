//! Calendar expressions that name their period without reference to the publication date
//! (except for a missing year): ISO and numeric dates, `3 novembre 2025`, `November 3,
//! 2025`, months, years, quarters, halves, seasons, decades, centuries, ISO weeks.
//!
//! A bare four-digit number is a year only where it reads as one: after a preposition or
//! an operator (`en 2027`, `since 2022`), or standing alone before punctuation or a
//! connecting word. Numbers inside amounts (`$2026`), codes (`GB200`) and counts (`2026
//! salariés`) are left alone.

use super::operators::Env;
use super::tokens::{Cur, Kind};
use super::words::{ordinal, spelled, spelled_year, unit, weekday, weekday_abbrev};
use super::{Period, YearRef};
use crate::lang::Lang;

/// Plausible years for a bare number.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2100;

/// One alternative of the absolute grammar.
type Alt = fn(&mut Cur<'_>, &Env<'_>, bool) -> Option<Period>;

/// Reads an absolute (or year-less) period at the cursor.
pub fn parse(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let save = c.i;
    // the first token rules out some alternatives before they run: each gate is implied
    // by the first thing its alternative reads (a weekday it may skip, a number, a month
    // name, a determiner it may eat, a keyword)
    let t0 = c.peek()?;
    let k0 = t0.key;
    let weekday0 = weekday(k0).is_some() || weekday_abbrev(k0).is_some();
    let num0 = t0.kind == Kind::Num;
    let month0 = t0.kind == Kind::Word && t0.month.is_some();
    let num1 = c.peek_at(1).is_some_and(|t| t.kind == Kind::Num);
    let alts: [(Alt, bool); 14] = [
        (numeric, weekday0 || num0 || month0 || (matches!(k0, "le" | "the") && num1)),
        (day_month, true),
        (month_day, weekday0 || month0),
        (quarter, true),
        (half, true),
        (
            season,
            super::words::season(k0).is_some()
                || matches!(k0, "l'" | "cet" | "cette" | "ce" | "this" | "le" | "au" | "the"),
        ),
        (decade, true),
        (century, true),
        (iso_week, matches!(k0, "the" | "week" | "semaine")),
        (month_or_year, true),
        (day_of_month, true),
        (weekday_day, weekday0 || k0 == "le"),
        (nth_of_year, true),
        (week_of, matches!(k0, "the" | "la" | "week" | "w" | "semaine")),
    ];
    let mut best: Option<(usize, Period)> = None;
    for (alt, may) in alts {
        if !may {
            continue;
        }
        c.i = save;
        if let Some(p) = alt(c, env, intro)
            && best.as_ref().is_none_or(|(i, _)| c.i > *i)
        {
            best = Some((c.i, p));
        }
    }
    match best {
        Some((i, p)) => {
            c.i = i;
            Some(p)
        }
        None => {
            c.i = save;
            None
        }
    }
}

/// A month name at the cursor (`novembre`, `Nov.`, `sept`), with its trailing period.
/// Ambiguous short words (`may`, `mar`, `sept`, `march`) are only taken when `strict`
/// is false.
pub fn month(c: &mut Cur<'_>, strict: bool) -> Option<i8> {
    let t = c.peek()?;
    if t.kind != Kind::Word {
        return None;
    }
    let m = t.month?;
    let k = t.key;
    // a month before a year or a day number is a month whatever the word
    let mut probe = *c;
    probe.bump();
    if probe.key() == "." {
        probe.bump();
    }
    probe.eat(",");
    let dated = probe.peek().is_some_and(|n| n.kind == Kind::Num && n.key.len() <= 4);
    let risky =
        matches!(k, "may" | "mar" | "mars" | "march" | "sept" | "jun" | "jan" | "dec" | "sep" | "oct" | "nov" | "aug");
    if strict && risky && !dated {
        return None;
    }
    c.bump();
    // `Nov.`: the period belongs to the abbreviation.
    if c.key() == "." && c.glued() && k.len() <= 5 && !matches!(k, "mai" | "juin" | "mars" | "june" | "july" | "may") {
        c.bump();
    }
    Some(m)
}

/// A four-digit year at the cursor (no guard).
fn year4(c: &mut Cur<'_>) -> Option<i16> {
    let t = c.peek()?;
    if t.kind != Kind::Num || t.key.len() != 4 {
        return None;
    }
    let y: i64 = t.key.parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    c.bump();
    i16::try_from(y).ok()
}

/// A year after a day or month: four digits, or `'87`/`87` read in 1930–2029.
fn year_after(c: &mut Cur<'_>) -> Option<i16> {
    let save = c.i;
    let prep = c.eat_any(&["de", "of", "in", "en", ","]);
    if let Some(y) = year4(c) {
        return Some(y);
    }
    if let Some(y) = spelled_year(c).and_then(|y| i16::try_from(y).ok()) {
        return Some(y);
    }
    // a two-digit year only after an apostrophe or `of` (`April of 87`, `juillet '98`)
    let apos = c.eat("'");
    if (apos || matches!(prep, Some("of")))
        && let Some(t) = c.peek().filter(|t| t.kind == Kind::Num && t.key.len() == 2)
    {
        let y: i16 = t.key.parse().ok()?;
        let nxt = c.peek_at(1);
        if nxt.is_none_or(|n| n.kind == Kind::Punct && n.key != "%" && n.key != ":") {
            c.bump();
            return Some(if y < 30 { 2000 + y } else { 1900 + y });
        }
    }
    c.i = save;
    None
}

/// A day number 1–31 (digits, ordinal, `1er`, spelled).
fn day_number(c: &mut Cur<'_>) -> Option<i8> {
    let save = c.i;
    if let Some(d) = ordinal(c) {
        return i8::try_from(d).ok().filter(|d| (1..=31).contains(d));
    }
    if let Some(t) = c.peek().filter(|t| t.kind == Kind::Num && t.key.len() <= 2) {
        let d: i8 = t.key.parse().ok()?;
        if (1..=31).contains(&d) {
            c.bump();
            return Some(d);
        }
        return None;
    }
    if let Some(d) = spelled(c).filter(|d| (1..=31).contains(d))
        && !matches!(c.toks.get(save).map(|t| t.key), Some("a" | "an" | "un" | "une"))
    {
        return i8::try_from(d).ok();
    }
    c.i = save;
    None
}

/// An optional weekday before a date (`mardi`, `Tue.`, `Tuesday,`).
fn skip_weekday(c: &mut Cur<'_>) {
    let save = c.i;
    let k = c.key();
    if weekday(k).is_some() || weekday_abbrev(k).is_some() {
        c.bump();
        if c.key() == "." && c.glued() {
            c.bump();
        }
        c.eat(",");
        c.eat("the");
        c.eat("le");
        if c.peek().is_some_and(|t| t.kind == Kind::Num || ordinal(&mut c.clone()).is_some()) {
            return;
        }
        if month(&mut c.clone(), false).is_some() {
            return;
        }
    }
    c.i = save;
}

/// Separators inside a numeric date.
fn date_sep(k: &str) -> bool {
    matches!(k, "/" | "-" | ".")
}

/// One component of a numeric date: a number (value, digit count) or a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comp {
    N(i64, usize),
    M(i8),
}

/// `2025-11-03`, `2025/11/03`, `2015-3` (a month), `03/11/2025`, `15.05.99`, `Sep-23-2020`,
/// `23/Sep/2020`, `Dec/2018`, `Oct/2`, `11/20` (English month first only when the order
/// is unambiguous), `02 04 2009` (French, spaces).
fn numeric(c: &mut Cur<'_>, env: &Env<'_>, _intro: bool) -> Option<Period> {
    skip_weekday(c);
    if c.peek_at(1).is_some_and(|t| t.kind == Kind::Num) {
        c.eat_any(&["le", "the"]);
    }
    let start = c.i;
    let first = c.peek()?;
    if let Some(prev) = env.char_before(first.start)
        && (prev.is_ascii_digit() || matches!(prev, '/' | '.' | '$' | '€' | '£' | ','))
    {
        return None;
    }
    let comp = |c: &mut Cur<'_>| -> Option<Comp> {
        let t = c.peek()?;
        match t.kind {
            Kind::Num if t.key.len() <= 4 => {
                let v = t.key.parse().ok()?;
                c.bump();
                Some(Comp::N(v, t.key.len()))
            }
            Kind::Word => {
                let m = t.month?;
                c.bump();
                Some(Comp::M(m))
            }
            _ => None,
        }
    };
    let mut comps = [comp(c)?; 3];
    let mut n_comps = 1;
    let mut sep = "";
    while n_comps < 3 {
        let s = c.i;
        let k = c.key();
        if !date_sep(k) || !c.glued() || (!sep.is_empty() && k != sep) {
            break;
        }
        c.bump();
        if !c.glued() {
            c.i = s;
            break;
        }
        match comp(c) {
            Some(x) => {
                sep = c.toks[s].key;
                comps[n_comps] = x;
                n_comps += 1;
            }
            None => {
                c.i = s;
                break;
            }
        }
    }
    // the date must end here (`1.2.3.4`, `12/2025/7` are something else)
    if c.peek().is_some_and(|t| {
        !t.space_before
            && (t.kind != Kind::Punct
                || (t.key == sep && c.peek_at(1).is_some_and(|n| !n.space_before && n.kind == Kind::Num)))
    }) {
        c.i = start;
        return None;
    }
    let yy = |v: i64, len: usize| -> Option<i16> {
        match len {
            4 if (1000..=2999).contains(&v) => Some(v as i16),
            2 => Some(if v < 30 { 2000 + v as i16 } else { 1900 + v as i16 }),
            _ => None,
        }
    };
    let day = |d: i64| (1..=31).contains(&d).then_some(d as i8);
    let mon = |m: i64| (1..=12).contains(&m).then_some(m as i8);
    let ymd = |y: Option<i16>, m: Option<i8>, d: Option<i8>| -> Option<Period> {
        Some(Period::Day { year: YearRef::Abs(y?), month: m?, day: d? })
    };
    // an unambiguous day/month order for the language
    let order = |a: i64, b: i64| -> Option<(i64, i64)> {
        match env.lang {
            Lang::Fr => Some((a, b)),
            Lang::En if a > 12 => Some((a, b)),
            Lang::En if b > 12 || a == b => Some((b, a)),
            Lang::En => None,
        }
    };
    use Comp::{M, N};
    let p = match &comps[..n_comps] {
        [N(y, 4), N(m, ml)] if *ml <= 2 && sep != "." => {
            mon(*m).map(|m| Period::Month { year: YearRef::Abs(*y as i16), month: m })
        }
        [N(m, ml), N(y, 4)] if *ml <= 2 && sep != "." => {
            mon(*m).map(|m| Period::Month { year: YearRef::Abs(*y as i16), month: m })
        }
        [N(y, 4), M(m)] | [M(m), N(y, 4)] => yy(*y, 4).map(|y| Period::Month { year: YearRef::Abs(y), month: *m }),
        [M(m), N(d, dl)] | [N(d, dl), M(m)] if *dl <= 2 => {
            day(*d).map(|d| Period::Day { year: YearRef::Implicit, month: *m, day: d })
        }
        [N(a, al), N(b, bl)] if *al <= 2 && *bl <= 2 && sep == "/" => {
            // year-less: only where it cannot be a fraction (`1/3`)
            let plausible = *a > 12 || *b > 12 || (*al == 2 && *bl == 2);
            match order(*a, *b) {
                Some((d, m)) if plausible => {
                    day(d).and_then(|d| mon(m).map(|m| Period::Day { year: YearRef::Implicit, month: m, day: d }))
                }
                _ => None,
            }
        }
        [N(y, 4), N(m, ml), N(d, dl)] if *ml <= 2 && *dl <= 2 => ymd(yy(*y, 4), mon(*m), day(*d)),
        [N(y, 4), M(m), N(d, dl)] | [N(y, 4), N(d, dl), M(m)] if *dl <= 2 => ymd(yy(*y, 4), Some(*m), day(*d)),
        [M(m), N(d, dl), N(y, 4)]
        | [M(m), N(y, 4), N(d, dl)]
        | [N(d, dl), M(m), N(y, 4)]
        | [N(d, dl), N(y, 4), M(m)]
            if *dl <= 2 =>
        {
            ymd(yy(*y, 4), Some(*m), day(*d))
        }
        [N(d, dl), M(m), N(y, 2)] if *dl <= 2 => ymd(yy(*y, 2), Some(*m), day(*d)),
        [N(a, al), N(b, bl), N(y, yl)] if *al <= 2 && *bl <= 2 && (*yl == 4 || *yl == 2) => match order(*a, *b) {
            Some((d, m)) => ymd(yy(*y, *yl), mon(m), day(d)),
            None => None,
        },
        [N(a, al), N(b, bl), N(y, yl)] if *al == 2 && *bl == 2 && *yl == 4 => ymd(yy(*y, 4), mon(*b), day(*a)),
        [N(..)] if env.lang == Lang::Fr => spaced(c, start),
        _ => None,
    };
    if p.is_none() {
        c.i = start;
    }
    p
}

/// French `02 04 2009`, `18 8 78`: day, month and year separated by spaces, nothing after.
fn spaced(c: &mut Cur<'_>, start: usize) -> Option<Period> {
    c.i = start;
    let (d, dl) = c.eat_num()?;
    let (m, ml) = c.eat_num()?;
    let (y, yl) = c.eat_num()?;
    if dl > 2 || ml > 2 || !(yl == 4 || yl == 2) || c.peek().is_some_and(|t| t.kind == Kind::Num) {
        return None;
    }
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    let y = if yl == 4 {
        y
    } else if y < 30 {
        2000 + y
    } else {
        1900 + y
    };
    Some(Period::Day { year: YearRef::Abs(y as i16), month: m as i8, day: d as i8 })
}

/// `Q3`/`T3`/`H2`/`S2` right after a year (`2026 Q3`, `2026-Q3`, `2019 H2`).
fn code_after_year(c: &mut Cur<'_>, y: i16) -> Option<Period> {
    c.eat("-");
    let (kind, n) = code(c)?;
    Some(match kind {
        'q' => Period::Quarter { year: YearRef::Abs(y), quarter: n },
        _ => Period::Half { year: YearRef::Abs(y), half: n },
    })
}

/// The end of a split year right after year `y` (`2025-26`, `2026/27`, `2025/2026`): a
/// fiscal year, season or school year that straddles two calendar years. Its dates are
/// not written, so it reads as both years whole (the honest bound); the cursor is left
/// alone when the second number is not the next year.
pub(super) fn split_year(c: &mut Cur<'_>, y: i16) -> Option<Period> {
    let save = c.i;
    if !matches!(c.key(), "-" | "/") || !c.glued() {
        return None;
    }
    c.bump();
    let next = c.peek().filter(|t| t.kind == Kind::Num && !t.space_before).and_then(|t| {
        let v: i16 = t.key.parse().ok()?;
        let fits = match t.key.len() {
            2 => v == (y + 1) % 100,
            4 => v == y + 1,
            _ => false,
        };
        fits.then_some(y + 1)
    });
    let Some(y2) = next else {
        c.i = save;
        return None;
    };
    c.bump();
    Some(Period::Range { from: Box::new(Period::Year(YearRef::Abs(y))), to: Box::new(Period::Year(YearRef::Abs(y2))) })
}

/// A quarter or half code: `Q3`, `T3`, `H2`, `S2`.
fn code(c: &mut Cur<'_>) -> Option<(char, i8)> {
    let save = c.i;
    let k = c.key();
    let kind = match k {
        "q" | "t" => 'q',
        "h" | "s" => 'h',
        _ => return None,
    };
    c.bump();
    let t = c.peek().filter(|t| t.kind == Kind::Num && !t.space_before && t.key.len() == 1);
    let Some(t) = t else {
        c.i = save;
        return None;
    };
    let n: i8 = t.key.parse().ok()?;
    let max = if kind == 'q' { 4 } else { 2 };
    if !(1..=max).contains(&n) {
        c.i = save;
        return None;
    }
    c.bump();
    // `Q3` must end there (`Q3s`, `T35` are something else)
    if c.peek().is_some_and(|t| !t.space_before && t.kind != Kind::Punct) {
        c.i = save;
        return None;
    }
    Some((kind, n))
}

/// A quarter or half of any year at the cursor, its number and year left unread: `Q3`,
/// `H2`, `T1`, `first quarter`, `first-quarter`, `second half`, `premier trimestre`,
/// `second semestre`. The fiscal reading's opening ([`super::operators`]).
pub(super) fn quarter_or_half(c: &mut Cur<'_>) -> bool {
    let save = c.i;
    if code(c).is_some() {
        return true;
    }
    if rank(c, 4).is_some() {
        if c.eat("-") && !c.glued() {
            c.i = save;
            return false;
        }
        if c.eat_any(&["quarter", "trimestre", "half", "semestre"]).is_some() {
            return true;
        }
    }
    c.i = save;
    false
}

/// Whether a fiscal year follows at the cursor (`fiscal 2027`, `FY27`, `of fiscal 2027`,
/// `of the fiscal year`, `de l'exercice 2027`, `de l'exercice`), without moving it: the
/// quarter or half before it is a fiscal one, whose calendar months are not written.
pub(super) fn fiscal_next(c: &Cur<'_>) -> bool {
    let mut i = c.i;
    let key = |i: usize| c.toks.get(i).map_or("", |t| t.key);
    if matches!(key(i), "of" | "de" | "d'" | "du") {
        i += 1;
        if matches!(key(i), "the" | "l'" | "this" | "their" | "cet") {
            i += 1;
        }
    }
    matches!(key(i), "fiscal" | "fy" | "exercice" | "financial")
}

/// `3 novembre 2025`, `1er mars`, `le 3 Nov. 2025`, `mardi 3 novembre`, `the 3rd of
/// November`, `3-12 septembre` (a range), `15 April of 87`.
fn day_month(c: &mut Cur<'_>, env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    c.eat("le");
    skip_weekday(c);
    c.eat("the");
    if let Some(t) = c.peek()
        && let Some(prev) = env.char_before(t.start)
        && matches!(prev, '$' | '€' | '£')
    {
        c.i = start;
        return None;
    }
    if let Some(t) = c.peek()
        && env.char_before(t.start).is_some_and(char::is_whitespace)
        && env.char_before(t.start.saturating_sub(1)).is_some_and(|p| matches!(p, '$' | '€' | '£'))
    {
        c.i = start;
        return None;
    }
    let d = day_number(c)?;
    // `3-12 septembre`, `du 3 au 12 septembre`, `3 to 12 of June`
    let s2 = c.i;
    let mut d2 = None;
    if c.eat_any(&["-", "–", "au", "to", "through", "till", "until", "a", "et", "and"]).is_some() {
        c.eat("the");
        c.eat("le");
        if let Some(x) = day_number(c).filter(|x| *x > d) {
            d2 = Some(x);
        } else {
            c.i = s2;
        }
    }
    // `4-23 mois prochain`, `from 4-23 in next month`: a day range in a relative month
    if let Some(e) = d2 {
        let s3 = c.i;
        c.eat_any(&["in", "of", "du", "de"]);
        c.eat("the");
        let shift = if c.eat_seq(&["mois", "prochain"]) || c.eat_seq(&["next", "month"]) {
            Some(1)
        } else if c.eat_seq(&["ce", "mois"]) || c.eat_seq(&["this", "month"]) {
            Some(0)
        } else if c.eat_seq(&["mois", "dernier"]) || c.eat_seq(&["last", "month"]) {
            Some(-1)
        } else {
            None
        };
        if let Some(shift) = shift {
            return Some(Period::Range {
                from: Box::new(Period::DayOfMonth { day: d, shift: Some(shift) }),
                to: Box::new(Period::DayOfMonth { day: e, shift: Some(shift) }),
            });
        }
        c.i = s3;
    }
    c.eat("of");
    c.eat("de");
    let Some(m) = month(c, false) else {
        c.i = start;
        return None;
    };
    let mut year = year_after(c).map_or(YearRef::Implicit, YearRef::Abs);
    if year == YearRef::Implicit {
        if c.eat("dernier") {
            year = YearRef::Latest;
        } else if c.eat("prochain") {
            year = YearRef::Following;
        }
    }
    let first = Period::Day { year, month: m, day: d };
    Some(match d2 {
        Some(e) => Period::Range { from: Box::new(first), to: Box::new(Period::Day { year, month: m, day: e }) },
        None => first,
    })
}

/// `November 3, 2025`, `Nov. 3rd`, `May twenty nine`, `November 19-20`, `April 9th
/// through 17th`, `Dec31 , 1994`.
fn month_day(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    skip_weekday(c);
    let m = month(c, false)?;
    c.eat(",");
    c.eat("the");
    let Some(d) = day_number(c) else {
        c.i = start;
        return None;
    };
    // `November 3 2025` must not read a following count (`May 3 200 people`)
    let s2 = c.i;
    let mut d2 = None;
    if c.eat_any(&["-", "–", "to", "through", "till", "until", "thru"]).is_some() {
        c.eat("the");
        if let Some(x) = day_number(c).filter(|x| *x > d) {
            d2 = Some(x);
        } else {
            c.i = s2;
        }
    }
    let s3 = c.i;
    c.eat(",");
    let year = match year_after(c) {
        Some(y) => YearRef::Abs(y),
        None => {
            c.i = s3;
            YearRef::Implicit
        }
    };
    let first = Period::Day { year, month: m, day: d };
    Some(match d2 {
        Some(e) => Period::Range { from: Box::new(first), to: Box::new(Period::Day { year, month: m, day: e }) },
        None => first,
    })
}

/// An ordinal rank for quarters and halves: `3e`, `troisième`, `third`, `dernier`, `last`.
fn rank(c: &mut Cur<'_>, max: i8) -> Option<i8> {
    if let Some(n) = ordinal(c) {
        return i8::try_from(n).ok().filter(|n| (1..=max).contains(n));
    }
    if c.eat_any(&["dernier", "derniere", "last", "final"]).is_some() {
        return Some(max);
    }
    None
}

/// The year after a quarter or half: `2026`, `de 2026`, `of 2026`, `de l'année 2026`,
/// `de l'année prochaine`, `of next year`, `of the year` (publication year).
fn year_of(c: &mut Cur<'_>) -> Option<YearRef> {
    let save = c.i;
    if let Some(y) = year_after(c) {
        return Some(YearRef::Abs(y));
    }
    c.i = save;
    c.eat_any(&["de", "of", "d'", "du"]);
    c.eat_any(&["l'", "the", "cette", "this"]);
    if c.eat_any(&["annee", "year", "an", "exercice"]).is_some() {
        if let Some(y) = year4(c) {
            return Some(YearRef::Abs(y));
        }
        if c.eat_any(&["prochaine", "prochain", "suivante"]).is_some() {
            return Some(YearRef::Rel(1));
        }
        if c.eat_any(&["derniere", "dernier", "passee", "precedente"]).is_some() {
            return Some(YearRef::Rel(-1));
        }
        if c.eat_seq(&["en", "cours"]) {
            return Some(YearRef::Rel(0));
        }
        return Some(YearRef::Rel(0));
    }
    c.i = save;
    c.eat("of");
    if c.eat_any(&["next", "last", "this"]).is_some() {
        let k = c.toks[c.i - 1].key;
        if c.eat("year") {
            return Some(YearRef::Rel(match k {
                "next" => 1,
                "last" => -1,
                _ => 0,
            }));
        }
    }
    c.i = save;
    None
}

/// `T3 2026`, `Q3 2026`, `3e trimestre 2026`, `the third quarter of 2026`, `Q1 of 2017`,
/// `au troisième trimestre` (publication year), `dernier trimestre 2025`.
fn quarter(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let start = c.i;
    let p = quarter_read(c, env, intro)?;
    not_fiscal(c, env, start, p)
}

/// [`quarter`] before the fiscal check.
fn quarter_read(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let start = c.i;
    // `in Q1`, `au T1`: a year-less code only after a preposition
    if c.peek_at(1).is_some_and(|t| matches!(t.key, "dernier" | "derniere" | "last" | "final")) {
        c.eat_any(&["au", "le", "du", "the"]);
    }
    let after_det = c.i;
    if let Some(('q', n)) = code(c) {
        let s2 = c.i;
        if !(c.eat("-") && c.glued()) {
            c.i = s2;
        }
        if fiscal_next(c) {
            c.i = start;
            return None;
        }
        if let Some(y) = year_of(c) {
            return Some(Period::Quarter { year: y, quarter: n });
        }
        if (intro || env.intro_before()) && matches!(c.toks[start].key, "q" | "t") {
            return Some(Period::Quarter { year: YearRef::Implicit, quarter: n });
        }
    }
    c.i = after_det;
    let rank_at = c.i;
    let Some(n) = rank(c, 4) else {
        c.i = start;
        return None;
    };
    let was_last = matches!(c.toks[rank_at].key, "dernier" | "derniere" | "last" | "final");
    if c.eat_any(&["trimestre", "quarter"]).is_none() || fiscal_next(c) {
        c.i = start;
        return None;
    }
    match year_of(c) {
        Some(y) => Some(Period::Quarter { year: y, quarter: n }),
        // `dernier trimestre` alone is the previous quarter: relative grammar's
        None if was_last => {
            c.i = start;
            None
        }
        None => Some(Period::Quarter { year: YearRef::Implicit, quarter: n }),
    }
}

/// `second semestre 2026`, `S2 2026`, `H2 2026`, `second half of 2026`, `la première
/// moitié de 2026`, `premier semestre`.
fn half(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let start = c.i;
    let p = half_read(c, env, intro)?;
    not_fiscal(c, env, start, p)
}

/// A quarter or half read from `start`, unless `fiscal` (or `FY`) stands right before it
/// (`fiscal first quarter`): that one is the fiscal reading's, when its year is written.
/// The word before is looked at only once a quarter or half is read, which is rare.
fn not_fiscal(c: &mut Cur<'_>, env: &Env<'_>, start: usize, p: Period) -> Option<Period> {
    if start == 0 && matches!(env.prev_word(), Some("fiscal" | "fy")) {
        c.i = start;
        return None;
    }
    Some(p)
}

/// [`half`] before the fiscal check.
fn half_read(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let start = c.i;
    if let Some(('h', n)) = code(c) {
        if fiscal_next(c) {
            c.i = start;
            return None;
        }
        if let Some(y) = year_of(c) {
            return Some(Period::Half { year: y, half: n });
        }
        // `in H2`, `au S2`: a year-less code only after a preposition
        if intro || env.intro_before() {
            return Some(Period::Half { year: YearRef::Implicit, half: n });
        }
    }
    c.i = start;
    let n = rank(c, 2)?;
    if c.eat_any(&["semestre", "half", "moitie"]).is_none() || fiscal_next(c) {
        c.i = start;
        return None;
    }
    match year_of(c) {
        Some(y) => Some(Period::Half { year: y, half: n }),
        None if matches!(c.toks[c.i - 1].key, "semestre") => Some(Period::Half { year: YearRef::Implicit, half: n }),
        // a bare `half` (`in the second half`, `la seconde moitié`) is as often a match's
        // as a year's: a date only with its year written (`of 2026`, `of the year`)
        None => {
            c.i = start;
            None
        }
    }
}

/// `l'été 2026`, `summer 2026`, `cet été`, `l'hiver dernier`, `en été`, `this summer`.
fn season(c: &mut Cur<'_>, env: &Env<'_>, intro: bool) -> Option<Period> {
    let start = c.i;
    let det = c.eat_any(&["l'", "cet", "cette", "ce", "this", "le", "au", "the"]);
    let s = super::words::season(c.key())?;
    // `été` is also a past participle: it needs a determiner, a year or a preposition.
    let word = c.key();
    c.bump();
    if let Some(y) = year4(c) {
        return Some(Period::Season { year: YearRef::Abs(y), season: s });
    }
    if c.eat_any(&["dernier", "passe", "last"]).is_some() {
        return Some(Period::Season { year: YearRef::Latest, season: s });
    }
    if c.eat_any(&["prochain", "next"]).is_some() {
        return Some(Period::Season { year: YearRef::Following, season: s });
    }
    let this = matches!(det, Some("cet" | "cette" | "ce" | "this"));
    if this {
        return Some(Period::Season { year: YearRef::Rel(0), season: s });
    }
    // `a été`: `été` after anything but a determiner or a real preposition is a verb
    let prep = env.prev_word().is_some_and(|w| {
        matches!(
            w,
            "en" | "pendant" | "durant" | "depuis" | "avant" | "apres" | "in" | "during" | "since" | "before" | "after"
        )
    });
    let bare_ok = det.is_some() || (intro && word != "ete") || prep || (word != "ete" && word != "fall");
    // `the fall of Rome` is no season; `in the fall` is
    let fall_ok = word != "fall" || (det == Some("the") && prep);
    if bare_ok && fall_ok {
        return Some(Period::Season { year: YearRef::Implicit, season: s });
    }
    c.i = start;
    None
}

/// `les années 2020`, `les années 90`, `the 2020s`, `1990s`, `the '90s`, `the nineties`.
fn decade(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    if c.eat_seq(&["les", "annees"]) || c.eat_seq(&["des", "annees"]) || c.eat_seq(&["annees"]) {
        if let Some(t) = c.peek().filter(|t| t.kind == Kind::Num) {
            let v: i64 = t.key.parse().ok()?;
            let y = match t.key.len() {
                4 if v % 10 == 0 && YEARS.contains(&v) => v,
                2 if v % 10 == 0 => 1900 + v,
                _ => {
                    c.i = start;
                    return None;
                }
            };
            c.bump();
            return Some(Period::Decade(y as i16));
        }
        if let Some(v) = spelled(c).filter(|v| v % 10 == 0 && *v >= 20) {
            return Some(Period::Decade(1900 + v as i16));
        }
        c.i = start;
        return None;
    }
    c.eat("the");
    c.eat("'");
    if let Some(t) = c.peek().filter(|t| t.kind == Kind::Num && (t.key.len() == 4 || t.key.len() == 2)) {
        let v: i64 = t.key.parse().ok()?;
        c.bump();
        c.eat("'");
        if v % 10 == 0 && c.key() == "s" && c.peek().is_some_and(|t| !t.space_before || t.key == "s") {
            c.bump();
            let y = if t.key.len() == 2 { 1900 + v } else { v };
            if YEARS.contains(&y) {
                return Some(Period::Decade(y as i16));
            }
        }
        c.i = start;
        return None;
    }
    let tens = match c.key() {
        "twenties" => 1920,
        "thirties" => 1930,
        "forties" => 1940,
        "fifties" => 1950,
        "sixties" => 1960,
        "seventies" => 1970,
        "eighties" => 1980,
        "nineties" => 1990,
        _ => {
            c.i = start;
            return None;
        }
    };
    c.bump();
    Some(Period::Decade(tens))
}

/// `21st century`, `XXIe siècle` is not read (roman numerals), `le 21e siècle` is.
fn century(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    c.eat("the");
    let n = ordinal(c)?;
    if c.eat_any(&["century", "siecle"]).is_none() || !(1..=30).contains(&n) {
        c.i = start;
        return None;
    }
    Some(Period::Century(((n - 1) * 100) as i16))
}

/// `week 31`, `week 3 of 2027`, `semaine 45`.
fn iso_week(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    c.eat("the");
    if c.eat_any(&["week", "semaine"]).is_none() {
        c.i = start;
        return None;
    }
    let Some((w, l)) = c.eat_num() else {
        c.i = start;
        return None;
    };
    if l > 2 || !(1..=53).contains(&w) {
        c.i = start;
        return None;
    }
    let year = year_of(c).unwrap_or(YearRef::Rel(0));
    Some(Period::IsoWeek { year, week: w as i8 })
}

/// Words after which a bare year still reads as a date.
fn continues_year(k: &str) -> bool {
    matches!(
        k,
        "et" | "and"
            | "ou"
            | "or"
            | "a"
            | "au"
            | "to"
            | "through"
            | "until"
            | "till"
            | "thru"
            | "jusqu'"
            | "contre"
            | "vs"
            | "versus"
            | "puis"
            | "then"
            | "alors"
            | "already"
            | "deja"
            | "encore"
            | "still"
            | "when"
            | "lorsque"
            | "quand"
            | "ont"
            | "a-t-il"
    )
}

/// `septembre 2025`, `September of 2025`, `Dec-2018`, `en septembre` (year-less, needs a
/// preposition or an unambiguous name), `mars dernier`, `2027`, `l'année 2026`, `the
/// year 2008`, `2017 april`.
fn month_or_year(c: &mut Cur<'_>, env: &Env<'_>, intro_arg: bool) -> Option<Period> {
    let start = c.i;
    // the words before the candidate are read only when a reading needs them
    let intro = || intro_arg || env.intro_before();
    if let Some(w) = c.eat_any(&["last", "next", "past", "coming"]) {
        if let Some(m) = month(c, false) {
            let year = if matches!(w, "last" | "past") { YearRef::Latest } else { YearRef::Following };
            return Some(Period::Month { year, month: m });
        }
        c.i = start;
        return None;
    }
    if c.eat_any(&["this", "cette", "ce", "cet"]).is_some() {
        c.eat_seq(&["mois", "de"]);
        c.eat_seq(&["mois", "d'"]);
        if let Some(m) = month(c, false) {
            return Some(Period::Month { year: YearRef::Rel(0), month: m });
        }
        c.i = start;
        return None;
    }
    // `Nov-Feb 2017`: a short month before a joiner and another month
    let joined = c.peek_at(1).is_some_and(|t| t.key == "-" && !t.space_before)
        && c.peek_at(2).is_some_and(|t| !t.space_before && t.month.is_some());
    // `month` reads `strict` only for a month word
    let strict = c.peek().is_some_and(|t| t.kind == Kind::Word && t.month.is_some()) && !(intro() || joined);
    if let Some(m) = month(c, strict) {
        let s2 = c.i;
        // `Dec-2018`, `Dec/2018`, `Dec, 2018`, `novembre de 2025`
        if c.eat_any(&["-", "/"]).is_some() && !c.glued() {
            c.i = s2;
        }
        if let Some(y) = year_after(c) {
            return Some(Period::Month { year: YearRef::Abs(y), month: m });
        }
        c.i = s2;
        if c.toks[start].key.len() >= 4
            && let Some(t) = c.peek().filter(|t| t.kind == Kind::Num && t.key.len() == 2)
            && c.peek_at(1).is_none_or(|n| n.kind == Kind::Punct && matches!(n.key, "," | "." | ";" | ")"))
            && let Ok(y) = t.key.parse::<i16>()
            && y >= 30
        {
            c.bump();
            return Some(Period::Month { year: YearRef::Abs(1900 + y), month: m });
        }
        if c.eat_any(&["dernier", "passe", "last"]).is_some() {
            return Some(Period::Month { year: YearRef::Latest, month: m });
        }
        if c.eat_any(&["prochain", "next"]).is_some() {
            return Some(Period::Month { year: YearRef::Following, month: m });
        }
        // a bare month: after a preposition, or a full unambiguous name not after a number
        let after_number = env.prev_is_number(c.toks[start].start);
        // French writes months in lower case: `Mars` inside a sentence is the planet,
        // `Mai` a name
        let m_tok = &c.toks[start];
        let capitalized = env.lang == Lang::Fr
            && m_tok.start > 0
            && env.sentence.get(m_tok.start..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase);
        if (intro() || joined || c.toks[start].key.len() >= 4) && !after_number && !capitalized {
            return Some(Period::Month { year: YearRef::Implicit, month: m });
        }
        c.i = start;
        return None;
    }
    if env.lang == Lang::En
        && intro()
        && let Some(y) = spelled_year(c)
        && c.peek().is_none_or(|t| t.kind == Kind::Punct || matches!(t.key, "and" | "or" | "to"))
    {
        return Some(Period::Year(YearRef::Abs(y as i16)));
    }
    c.i = start;
    // `l'année 2026`, `the year 2008`, `year 2008`
    let lead = c.eat_any(&["l'", "the"]).is_some();
    let has_year_word = c.eat_any(&["annee", "year", "exercice"]).is_some() || (lead && c.eat("an"));
    if lead && !has_year_word {
        c.i = start;
        return None;
    }
    if has_year_word {
        c.eat("of");
    }
    let t = c.peek()?;
    if t.kind != Kind::Num || t.key.len() != 4 {
        c.i = start;
        return None;
    }
    let y: i64 = t.key.parse().ok()?;
    if !YEARS.contains(&y) {
        c.i = start;
        return None;
    }
    let code_next = {
        let mut probe = *c;
        probe.bump();
        code_after_year(&mut probe, y as i16).map(|p| (probe.i, p))
    };
    if let Some((i, p)) = code_next {
        c.i = i;
        return Some(p);
    }
    if !(has_year_word || intro() || standalone_year(c, env)) {
        c.i = start;
        return None;
    }
    if let Some(prev) = env.char_before(t.start)
        && (matches!(prev, '$' | '€' | '£' | '¥' | '#' | '.' | ',' | '+' | '/') || (prev == '-' && !intro()))
    {
        c.i = start;
        return None;
    }
    c.bump();
    if let Some(p) = split_year(c, y as i16) {
        return Some(p);
    }
    // `2017 april`
    let s2 = c.i;
    if let Some(m) = month(c, true) {
        return Some(Period::Month { year: YearRef::Abs(y as i16), month: m });
    }
    c.i = s2;
    if let Some(p) = code_after_year(c, y as i16) {
        return Some(p);
    }
    c.i = s2;
    // `2026 salariés`: a count, unless a preposition made it a date
    if !has_year_word
        && let Some(n) = c.peek()
        && (matches!(n.key, "%" | "€" | "$" | "£") || (n.kind == Kind::Num && n.space_before))
    {
        c.i = start;
        return None;
    }
    Some(Period::Year(YearRef::Abs(y as i16)))
}

/// A year with no preposition before it reads as a date only when nothing after it
/// makes it a count: the end, punctuation, or a connecting word.
fn standalone_year(c: &Cur<'_>, env: &Env<'_>) -> bool {
    let Some(t) = c.peek() else { return false };
    if env.prev_is_number(t.start) {
        return false;
    }
    match c.peek_at(1) {
        None => true,
        Some(n) if n.kind == Kind::Punct => {
            !matches!(n.key, "%" | "€" | "$" | "£" | "/" | "." | ":")
                || (n.key == "." && c.peek_at(2).is_none_or(|x| x.space_before))
        }
        Some(n) if n.kind == Kind::Word => continues_year(n.key) || n.month.is_some(),
        Some(_) => false,
    }
}

/// `le 23` (French, a bare day number after `le`), `the 18th` (English, a numeric
/// ordinal), `the 15th day of next month`, `the twenty-sixth day of the month`, `the 15th
/// day of June`.
fn day_of_month(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    let det = c.eat_any(&["le", "the"]);
    let numeric_ordinal = c.peek().is_some_and(|t| t.kind == Kind::Num)
        && c.peek_at(1).is_some_and(|t| !t.space_before && t.kind == Kind::Word);
    let d = day_number(c)?;
    // `the 15th day of …`
    if c.eat_seq(&["day", "of"]) || c.eat_seq(&["jour", "de"]) || c.eat_seq(&["jour", "du"]) {
        c.eat_any(&["the", "this", "ce", "le"]);
        if c.eat_any(&["month", "mois"]).is_some() {
            return Some(Period::DayOfMonth { day: d, shift: Some(0) });
        }
        if c.eat_seq(&["next", "month"]) || c.eat_seq(&["mois", "prochain"]) {
            return Some(Period::DayOfMonth { day: d, shift: Some(1) });
        }
        if c.eat_seq(&["last", "month"]) || c.eat_seq(&["mois", "dernier"]) {
            return Some(Period::DayOfMonth { day: d, shift: Some(-1) });
        }
        if let Some(m) = month(c, false) {
            let year = year_after(c).map_or(YearRef::Implicit, YearRef::Abs);
            return Some(Period::Day { year, month: m, day: d });
        }
        c.i = start;
        return None;
    }
    let ok = match det {
        Some("le") => c.toks[start + 1].kind == Kind::Num,
        Some("the") => numeric_ordinal,
        _ => false,
    };
    // nothing after that would make it a count (`le 23 salariés`, `the 4th quarter`)
    let next_ok = match c.peek() {
        None => true,
        Some(t) if t.kind == Kind::Punct => !matches!(t.key, "%" | "€" | "$" | "£"),
        Some(t) => matches!(
            t.key,
            "pour"
                | "a"
                | "au"
                | "et"
                | "ou"
                | "prochain"
                | "dernier"
                | "de"
                | "this"
                | "and"
                | "or"
                | "at"
                | "for"
                | "to"
                | "du"
        ),
    };
    if !ok || !next_ok {
        c.i = start;
        return None;
    }
    // `the 21st this month`
    if c.eat_seq(&["this", "month"]) || c.eat_seq(&["de", "ce", "mois"]) {
        return Some(Period::DayOfMonth { day: d, shift: Some(0) });
    }
    Some(Period::DayOfMonth { day: d, shift: None })
}

/// `mardi 13`, `Mon 13th`, `Tuesday the eleventh`, `le 25 mardi`: a weekday and a day
/// number with no month.
fn weekday_day(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    // `le 25 mardi`
    if c.eat("le") {
        if let Some(d) = day_number(c)
            && let Some(w) = weekday(c.key())
        {
            c.bump();
            return Some(Period::WeekdayDay { weekday: w, day: d });
        }
        c.i = start;
        return None;
    }
    let k = c.key();
    let w = weekday(k).or_else(|| weekday_abbrev(k))?;
    let full = weekday(k).is_some();
    c.bump();
    if c.key() == "." && c.glued() {
        c.bump();
    }
    c.eat(",");
    let the = c.eat("the") || c.eat("le");
    let numeric = c.peek().is_some_and(|t| t.kind == Kind::Num);
    let Some(d) = day_number(c) else {
        c.i = start;
        return None;
    };
    // abbreviations only before a numeric ordinal (`Mon 13th`), never `sat 14 people`
    let suffixed = numeric && c.toks.get(c.i - 1).is_some_and(|t| t.kind == Kind::Word);
    if !full && !suffixed {
        c.i = start;
        return None;
    }
    if !the && !numeric && !full {
        c.i = start;
        return None;
    }
    // `Monday two weeks from now`, `Friday 7.6`: the number belongs to something else
    let number_follows = c.peek_at(1).is_some_and(|t| !t.space_before && t.kind == Kind::Num);
    if unit(c.key()).is_some() || (c.glued() && matches!(c.key(), "." | "-" | "/") && number_follows) {
        c.i = start;
        return None;
    }
    // a following month makes it a full date (`day_month`/`month_day` read it)
    let mut probe = *c;
    probe.eat("of");
    if month(&mut probe, false).is_some()
        || c.peek().is_some_and(|t| t.kind == Kind::Num || t.key == "/" || t.key == "%")
    {
        c.i = start;
        return None;
    }
    Some(Period::WeekdayDay { weekday: w, day: d })
}

/// `first week of 2015`, `the last week of 2016`, `3rd week of 2018`, `the third month
/// of 2021`, `the 9th month of next year`.
fn nth_of_year(c: &mut Cur<'_>, _env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    c.eat("the");
    let last = c.eat_any(&["last", "derniere", "dernier"]).is_some();
    let n = if last { Some(0) } else { ordinal(c) };
    let Some(n) = n else {
        c.i = start;
        return None;
    };
    let unit = c.eat_any(&["week", "month", "semaine", "mois"]);
    if unit.is_none() || !(c.eat("of") || c.eat("de") || c.eat("du")) {
        c.i = start;
        return None;
    }
    c.i -= 1;
    let Some(year) = year_of(c) else {
        c.i = start;
        return None;
    };
    match unit {
        Some("week" | "semaine") => {
            let week = if last { 52 } else { n };
            let week = i8::try_from(week).ok().filter(|w| (1..=53).contains(w))?;
            Some(Period::IsoWeek { year, week })
        }
        _ => {
            let m = if last { 12 } else { n };
            let month = i8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
            Some(Period::Month { year, month })
        }
    }
}

/// `the week of April 10th`, `the week beginning February 4`, `w/c Feb 4`, `la semaine
/// du 10 avril`.
fn week_of(c: &mut Cur<'_>, env: &Env<'_>, _intro: bool) -> Option<Period> {
    let start = c.i;
    c.eat_any(&["the", "la"]);
    let lead = c.eat_seq(&["week", "of"])
        || c.eat_seq(&["week", "beginning"])
        || c.eat_seq(&["week", "starting"])
        || c.eat_seq(&["week", "commencing"])
        || c.eat_seq(&["w", "/", "c"])
        || c.eat_seq(&["semaine", "du"]);
    if !lead {
        c.i = start;
        return None;
    }
    c.eat("on");
    c.eat("the");
    let s = c.i;
    let base = day_month(c, env, true)
        .or_else(|| {
            c.i = s;
            month_day(c, env, true)
        })
        .or_else(|| {
            c.i = s;
            let d = day_number(c)?;
            Some(Period::DayOfMonth { day: d, shift: None })
        });
    match base {
        Some(b @ (Period::Day { .. } | Period::DayOfMonth { .. })) => Some(Period::WeekOf(Box::new(b))),
        _ => {
            c.i = start;
            None
        }
    }
}
