//! Resolves date expressions and durations against the publication date (jiff).
//!
//! Every expression becomes an inclusive interval of days, `[earliest, latest]`, with
//! `None` for an open side (`avant 2027` has no earliest day). Relative expressions are
//! resolved the way a reader of *that* article resolves them: against its publication
//! date. Without one they are reported unresolved — never resolved against the wall
//! clock, which this module cannot even reach (it takes the date as an argument).
//!
//! Conventions (news, not scheduling): a bare weekday is the latest such day on or before
//! publication unless the sentence speaks of the future; a year-less date is in the
//! publication year unless the sentence speaks of the future and that day is past;
//! `début / mi- / fin` split a year into thirds (January–April, May–August,
//! September–December) and a month into 1–15, 10–20, 16–end; seasons are meteorological
//! (winter runs from December to February).
//!
//! Ranges include both ends as a reader takes them: `de 2010 à 2018` runs to 2018-12-31
//! and `du 3 au 12 septembre` includes the 12th (some recognizer test suites end such
//! ranges at the start of the last period instead). `avant 2027` ends on 2026-12-31,
//! `d'ici 2030` / `by 2030` / `jusqu'en 2030` on 2030-12-31, `après 2027` starts on
//! 2028-01-01, `depuis 2022` / `dès 2026` / `ne … pas avant 2027` start on the first day.
//! Offsets (`il y a trois ans`) are the exact day; windows (`les 3 prochaines semaines`)
//! run from the day after publication, or up to the day before it; unquantified stretches
//! (`ces derniers mois`) keep their far side open.

use crate::grammar::DurationExpr;
use crate::grammar::duration::Anchor;
use crate::grammar::time::{Operator, Part, Period, TimeExpr, Unit, WeekdayRef, YearRef};
use crate::mention::{DateValue, DurationValue, Note};
use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::{Span, ToSpan};

/// Why an expression has no interval.
enum Fail {
    /// It needs the publication date and the document has none.
    NeedsDate,
    /// It names a day that does not exist (`30 février`).
    Invalid,
}

type Interval = (Option<Date>, Option<Date>);

/// Resolves a date expression to an inclusive interval of days, against `published`.
pub fn resolve(expr: &TimeExpr, published: Option<Date>, notes: &mut Vec<Note>) -> DateValue {
    match interval(&expr.period, published, expr.future) {
        Ok((s, e)) => {
            let timex = timex(&expr.period, published, expr.future);
            let (earliest, latest) = apply(expr.op, s, e);
            DateValue { earliest, latest, timex, unresolved: false }
        }
        Err(Fail::NeedsDate) => {
            notes.push(Note::new("unresolved", "relative date and no publication date: not resolved"));
            DateValue { earliest: None, latest: None, timex: timex(&expr.period, None, expr.future), unresolved: true }
        }
        Err(Fail::Invalid) => {
            notes.push(Note::new("invalid-date", "this day does not exist in the calendar"));
            DateValue {
                earliest: None,
                latest: None,
                timex: timex(&expr.period, published, expr.future),
                unresolved: false,
            }
        }
    }
}

/// Applies the bound of the sentence to the period's interval.
fn apply(op: Operator, s: Option<Date>, e: Option<Date>) -> Interval {
    match op {
        Operator::At => (s, e),
        Operator::Before => (None, s.and_then(|d| d.yesterday().ok())),
        Operator::By => (None, e),
        Operator::Since | Operator::NotBefore => (s, None),
        Operator::After => (e.and_then(|d| d.tomorrow().ok()), None),
    }
}

/// Resolves a duration, and the interval it covers when anchored.
pub fn resolve_duration(expr: &DurationExpr, published: Option<Date>, notes: &mut Vec<Note>) -> DurationValue {
    let iso = expr.iso();
    let span = span_of(expr);
    let (earliest, latest) = match (expr.anchor, published, span) {
        (Anchor::Future, Some(p), Some(sp)) => (p.tomorrow().ok(), p.checked_add(sp).ok()),
        (Anchor::Past, Some(p), Some(sp)) => (p.checked_sub(sp).ok(), Some(p)),
        (Anchor::Future | Anchor::Past, None, _) => {
            notes.push(Note::new("unresolved", "anchored duration and no publication date: interval not resolved"));
            (None, None)
        }
        _ => (None, None),
    };
    DurationValue { iso, earliest, latest }
}

/// The calendar span of a duration with whole date units, if it has one.
fn span_of(expr: &DurationExpr) -> Option<Span> {
    let mut months: i64 = 0;
    let mut days: i64 = 0;
    for &(n, u) in &expr.parts {
        if !n.is_integer() {
            return None;
        }
        let n = i64::try_from(n.mantissa()).ok()?;
        match u {
            Unit::Year => months += 12 * n,
            Unit::Decade => months += 120 * n,
            Unit::Century => months += 1200 * n,
            Unit::Semester => months += 6 * n,
            Unit::Quarter => months += 3 * n,
            Unit::Month => months += n,
            Unit::Fortnight => days += 14 * n,
            Unit::Week | Unit::Weekend => days += 7 * n,
            Unit::Day => days += n,
            Unit::Hour | Unit::Minute | Unit::Second => return None,
        }
    }
    if expr.parts.is_empty() || months > 120_000 || days > 3_650_000 {
        return None;
    }
    Some(months.months().days(days))
}

fn date(y: i64, m: i64, d: i64) -> Result<Date, Fail> {
    let y = i16::try_from(y).map_err(|_| Fail::Invalid)?;
    let m = i8::try_from(m).map_err(|_| Fail::Invalid)?;
    let d = i8::try_from(d).map_err(|_| Fail::Invalid)?;
    Date::new(y, m, d).map_err(|_| Fail::Invalid)
}

fn month_end(y: i64, m: i64) -> Result<Date, Fail> {
    Ok(date(y, m, 1)?.last_of_month())
}

/// The year a year-bearing period is in; `md` is the (month, day) it starts on, for
/// year-less dates and `Latest`/`Following`.
fn year_of(y: YearRef, md: (i8, i8), p: Option<Date>, future: bool) -> Result<i64, Fail> {
    if let YearRef::Abs(y) = y {
        return Ok(i64::from(y));
    }
    let p = p.ok_or(Fail::NeedsDate)?;
    let py = i64::from(p.year());
    let here = (p.month(), p.day());
    Ok(match y {
        YearRef::Abs(y) => i64::from(y),
        YearRef::Rel(n) => py + i64::from(n),
        YearRef::Implicit if md == (2, 29) => {
            // a year-less 29 February: the nearest leap year on the side the tense says
            let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let mut y = py;
            let step = if future { 1 } else { -1 };
            while !leap(y) || (future && y == py && md < here) || (!future && y == py && md > here) {
                y += step;
            }
            y
        }
        YearRef::Implicit => {
            let past = if md.1 == 0 { md.0 < here.0 } else { md < here };
            if future && past { py + 1 } else { py }
        }
        YearRef::Latest => {
            if md.0 < here.0 || (md.1 != 0 && md < here) {
                py
            } else {
                py - 1
            }
        }
        YearRef::Following => {
            if md.0 > here.0 || (md.1 != 0 && md > here) {
                py
            } else {
                py + 1
            }
        }
    })
}

fn shift_months(d: Date, n: i64) -> Result<Date, Fail> {
    d.checked_add(n.months()).map_err(|_| Fail::Invalid)
}

fn add_units(d: Date, n: i64, u: Unit) -> Result<Date, Fail> {
    let r = match u {
        Unit::Day => d.checked_add(n.days()),
        Unit::Week | Unit::Weekend => d.checked_add((7 * n).days()),
        Unit::Fortnight => d.checked_add((14 * n).days()),
        Unit::Month => d.checked_add(n.months()),
        Unit::Quarter => d.checked_add((3 * n).months()),
        Unit::Semester => d.checked_add((6 * n).months()),
        Unit::Year => d.checked_add(n.years()),
        Unit::Decade => d.checked_add((10 * n).years()),
        Unit::Century => d.checked_add((100 * n).years()),
        Unit::Hour | Unit::Minute | Unit::Second => Ok(d),
    };
    r.map_err(|_| Fail::Invalid)
}

fn monday_of(d: Date) -> Result<Date, Fail> {
    let back = i64::from(d.weekday().to_monday_one_offset()) - 1;
    d.checked_sub(back.days()).map_err(|_| Fail::Invalid)
}

fn quarter_start(d: Date) -> Result<Date, Fail> {
    let q0 = (i64::from(d.month()) - 1) / 3;
    date(i64::from(d.year()), q0 * 3 + 1, 1)
}

fn whole(s: Date, e: Date) -> Result<Interval, Fail> {
    Ok((Some(s), Some(e)))
}

fn days(d: Date, n: i64) -> Result<Date, Fail> {
    d.checked_add(n.days()).map_err(|_| Fail::Invalid)
}

/// The inclusive interval a period covers, before any bound.
fn interval(period: &Period, p: Option<Date>, future: bool) -> Result<Interval, Fail> {
    let pubd = || p.ok_or(Fail::NeedsDate);
    match period {
        Period::Day { year, month, day } => {
            let y = year_of(*year, (*month, *day), p, future)?;
            let d = date(y, i64::from(*month), i64::from(*day))?;
            whole(d, d)
        }
        Period::Month { year, month } => {
            let y = year_of(*year, (*month, 0), p, future)?;
            whole(date(y, i64::from(*month), 1)?, month_end(y, i64::from(*month))?)
        }
        Period::Year(year) => {
            let y = year_of(*year, (1, 0), p, false)?;
            whole(date(y, 1, 1)?, date(y, 12, 31)?)
        }
        Period::Quarter { year, quarter } => {
            let m = i64::from(*quarter - 1) * 3 + 1;
            let y = year_of(*year, (m as i8, 0), p, future)?;
            whole(date(y, m, 1)?, month_end(y, m + 2)?)
        }
        Period::Half { year, half } => {
            let m = i64::from(*half - 1) * 6 + 1;
            let y = year_of(*year, (m as i8, 0), p, future)?;
            whole(date(y, m, 1)?, month_end(y, m + 5)?)
        }
        Period::Season { year, season } => {
            let start_month = [3, 6, 9, 12][usize::try_from(*season - 1).unwrap_or(0).min(3)];
            let mut y = year_of(*year, (start_month as i8, 0), p, future)?;
            // `cet hiver` written in January is the winter that began in December
            if *season == 4
                && matches!(year, YearRef::Rel(0) | YearRef::Implicit)
                && let Some(pd) = p
                && pd.month() <= 2
            {
                y -= 1;
            }
            let s = date(y, start_month, 1)?;
            let e = shift_months(s, 3)?.yesterday().map_err(|_| Fail::Invalid)?;
            whole(s, e)
        }
        Period::Decade(y) => whole(date(i64::from(*y), 1, 1)?, date(i64::from(*y) + 9, 12, 31)?),
        Period::Century(y) => whole(date(i64::from(*y), 1, 1)?, date(i64::from(*y) + 99, 12, 31)?),
        Period::IsoWeek { year, week } => {
            let y = year_of(*year, (1, 0), p, false)?;
            let y = i16::try_from(y).map_err(|_| Fail::Invalid)?;
            let s = ISOWeekDate::new(y, *week, Weekday::Monday).map_err(|_| Fail::Invalid)?.date();
            whole(s, days(s, 6)?)
        }
        Period::RelDay(n) => {
            let d = days(pubd()?, i64::from(*n))?;
            whole(d, d)
        }
        Period::DayOfMonth { day, shift } => {
            let pd = pubd()?;
            let mut first = shift_months(pd.first_of_month(), i64::from(shift.unwrap_or(0)))?;
            // `le 23` in a future sentence written on the 25th is next month's; in a past
            // one written on the 3rd, last month's
            if shift.is_none() && future && *day < pd.day() {
                first = shift_months(first, 1)?;
            } else if shift.is_none() && !future && *day > pd.day() {
                first = shift_months(first, -1)?;
            }
            let d = date(i64::from(first.year()), i64::from(first.month()), i64::from(*day))?;
            whole(d, d)
        }
        Period::WeekdayDay { weekday, day } => {
            let d = weekday_day(pubd()?, *weekday, *day, future)?;
            whole(d, d)
        }
        Period::WeekOf(base) => {
            let (s, _) = interval(base, p, future)?;
            let m = monday_of(s.ok_or(Fail::Invalid)?)?;
            whole(m, days(m, 6)?)
        }
        Period::Shift { base, amount, unit } => {
            let (s, _) = interval(base, p, future)?;
            let d = add_units(s.ok_or(Fail::Invalid)?, i64::from(*amount), *unit)?;
            whole(d, d)
        }
        Period::RelWeekend(n) => {
            let sat = days(monday_of(pubd()?)?, 5 + 7 * i64::from(*n))?;
            whole(sat, days(sat, 1)?)
        }
        Period::Weekend => {
            let pd = pubd()?;
            let this_sat = days(monday_of(pd)?, 5)?;
            let sat = if future || pd >= this_sat { this_sat } else { days(this_sat, -7)? };
            whole(sat, days(sat, 1)?)
        }
        Period::RelWeek(n) => {
            let s = days(monday_of(pubd()?)?, 7 * i64::from(*n))?;
            whole(s, days(s, 6)?)
        }
        Period::RelMonth(n) => {
            let s = shift_months(pubd()?.first_of_month(), i64::from(*n))?;
            whole(s, s.last_of_month())
        }
        Period::RelQuarter(n) => {
            let s = shift_months(quarter_start(pubd()?)?, 3 * i64::from(*n))?;
            whole(s, shift_months(s, 3)?.yesterday().map_err(|_| Fail::Invalid)?)
        }
        Period::Weekday { weekday, which } => {
            let pd = pubd()?;
            let today = i64::from(pd.weekday().to_monday_one_offset());
            let want = i64::from(*weekday);
            let ahead = (want - today).rem_euclid(7); // 0..6 days to the next or same
            let back = (today - want).rem_euclid(7); // 0..6 days back to the latest or same
            let d = match which {
                WeekdayRef::Bare if future => days(pd, if ahead == 0 { 7 } else { ahead })?,
                WeekdayRef::Bare => days(pd, -back)?,
                WeekdayRef::This => days(monday_of(pd)?, want - 1)?,
                WeekdayRef::Coming => days(pd, if ahead == 0 { 7 } else { ahead })?,
                WeekdayRef::Past => days(pd, -(if back == 0 { 7 } else { back }))?,
                WeekdayRef::NextWeek => days(monday_of(pd)?, 7 + want - 1)?,
                WeekdayRef::LastWeek => days(monday_of(pd)?, -7 + want - 1)?,
            };
            whole(d, d)
        }
        Period::Offset { amount, unit } => {
            let d = add_units(pubd()?, i64::from(*amount), *unit)?;
            whole(d, d)
        }
        Period::Window { amount, unit, future: fut } => {
            let pd = pubd()?;
            let n = i64::from(*amount);
            match unit {
                Unit::Quarter => {
                    let q = quarter_start(pd)?;
                    if *fut {
                        let s = shift_months(q, 3)?;
                        whole(s, shift_months(s, 3 * n)?.yesterday().map_err(|_| Fail::Invalid)?)
                    } else {
                        whole(shift_months(q, -3 * n)?, q.yesterday().map_err(|_| Fail::Invalid)?)
                    }
                }
                _ if *fut => whole(pd.tomorrow().map_err(|_| Fail::Invalid)?, add_units(pd, n, *unit)?),
                _ => whole(add_units(pd, -n, *unit)?, pd.yesterday().map_err(|_| Fail::Invalid)?),
            }
        }
        Period::Vague { future: fut, .. } => {
            let pd = pubd()?;
            if *fut {
                Ok((Some(pd.tomorrow().map_err(|_| Fail::Invalid)?), None))
            } else {
                Ok((None, Some(pd.yesterday().map_err(|_| Fail::Invalid)?)))
            }
        }
        Period::Slice { of, amount, unit: Unit::Week, from_end } => {
            let (s, e) = interval(of, p, future)?;
            let (Some(s), Some(e)) = (s, e) else { return Ok((s, e)) };
            let n = i64::from(*amount);
            let (first, last) = week_bounds(s, e)?;
            if *from_end { whole(days(last, -7 * n + 1)?, last) } else { whole(first, days(first, 7 * n - 1)?) }
        }
        Period::Stretch { from, amount, unit } => {
            let (s, _) = interval(from, p, future)?;
            let s = s.ok_or(Fail::Invalid)?;
            let e = add_units(s, i64::from(*amount), *unit)?.yesterday().map_err(|_| Fail::Invalid)?;
            whole(s, e.max(s))
        }
        Period::NthWeek { of, nth } => {
            let (s, e) = interval(of, p, future)?;
            let (Some(s), Some(e)) = (s, e) else { return Err(Fail::Invalid) };
            let (first, last) = week_bounds(s, e)?;
            let m = days(first, 7 * (i64::from(*nth) - 1))?;
            // there is no fifth week in a month with four Thursdays
            if m > last {
                return Err(Fail::Invalid);
            }
            whole(m, days(m, 6)?)
        }
        Period::Slice { of, amount, unit, from_end } => {
            let (s, e) = interval(of, p, future)?;
            let (Some(s), Some(e)) = (s, e) else { return Ok((s, e)) };
            let n = i64::from(*amount);
            let (a, b) = if *from_end {
                let end = e.tomorrow().map_err(|_| Fail::Invalid)?;
                (add_units(end, -n, *unit)?, e)
            } else {
                (s, add_units(s, n, *unit)?.yesterday().map_err(|_| Fail::Invalid)?)
            };
            // a slice never spills out of its period
            whole(a.max(s), b.min(e))
        }
        Period::Rest { of, after } => {
            let pd = pubd()?;
            let (s, e) = interval(of, p, future)?;
            if *after {
                let from = pd.tomorrow().map_err(|_| Fail::Invalid)?;
                Ok((s.map(|s| s.max(from)), e))
            } else {
                let to = pd.yesterday().map_err(|_| Fail::Invalid)?;
                Ok((s, e.map(|e| e.min(to))))
            }
        }
        Period::Part { of, part } => {
            let (s, e) = interval(of, p, future)?;
            let (Some(s), Some(e)) = (s, e) else { return Ok((s, e)) };
            part_of(s, e, *part)
        }
        Period::Range { from, to } => {
            let (s, _) = interval(from, p, future)?;
            let (_, mut e) = interval(to, p, future)?;
            // `from next Monday to Friday`: a bare weekday ends the range on the first such
            // day on or after its start
            if let (Some(a), Period::Weekday { weekday, which: WeekdayRef::Bare }) = (s, &**to) {
                let ahead = (i64::from(*weekday) - i64::from(a.weekday().to_monday_one_offset())).rem_euclid(7);
                e = Some(days(a, ahead)?);
            }
            // `from November to March`: a year-less end before the start is in the next year
            if let (Some(a), Some(b)) = (s, e)
                && b < a
                && matches!(
                    **to,
                    Period::Month { year: YearRef::Implicit, .. } | Period::Day { year: YearRef::Implicit, .. }
                )
            {
                e = b
                    .checked_add(1.year())
                    .ok()
                    .map(|d| if matches!(**to, Period::Month { .. }) { d.last_of_month() } else { d });
            }
            if let (Some(a), Some(b)) = (s, e)
                && b < a
            {
                return Err(Fail::Invalid);
            }
            Ok((s, e))
        }
    }
}

/// The Monday of the first and the Sunday of the last calendar week of `[s, e]`, a week
/// belonging to the span that holds its Thursday (the ISO 8601 rule for years, applied to
/// months and quarters too).
fn week_bounds(s: Date, e: Date) -> Result<(Date, Date), Fail> {
    let to_thu = |d: Date| 4 - i64::from(d.weekday().to_monday_one_offset());
    let first_thu = days(s, to_thu(s).rem_euclid(7))?;
    let last_thu = days(e, -(-to_thu(e)).rem_euclid(7))?;
    if last_thu < first_thu {
        return Err(Fail::Invalid);
    }
    Ok((days(first_thu, -3)?, days(last_thu, 3)?))
}

/// The date with day number `day` falling on `weekday` nearest to `p` (only after it
/// when the sentence speaks of the future), within three years.
fn weekday_day(p: Date, weekday: i8, day: i8, future: bool) -> Result<Date, Fail> {
    let first = p.first_of_month();
    let mut best: Option<(i64, Date)> = None;
    for k in -36i64..=36 {
        let Ok(m) = shift_months(first, k) else { continue };
        let Ok(d) = date(i64::from(m.year()), i64::from(m.month()), i64::from(day)) else { continue };
        if d.weekday().to_monday_one_offset() != weekday || (future && d < p) {
            continue;
        }
        let dist = i64::from((d - p).get_days()).abs();
        if best.is_none_or(|(bd, bdate)| dist < bd || (dist == bd && d < bdate)) {
            best = Some((dist, d));
        }
    }
    best.map(|(_, d)| d).ok_or(Fail::Invalid)
}

/// A third of a period at least a month long (`fin 2026` = September–December), or a
/// part of a month (1–15, 10–20, 16–end), or of a shorter span (first, middle, last
/// third of its days).
fn part_of(s: Date, e: Date, part: Part) -> Result<Interval, Fail> {
    let single_month = s.year() == e.year() && s.month() == e.month() && s.day() == 1 && e == e.last_of_month();
    if single_month {
        let y = i64::from(s.year());
        let m = i64::from(s.month());
        return match part {
            Part::Early => whole(s, date(y, m, 15)?),
            Part::Mid => whole(date(y, m, 10)?, date(y, m, 20)?),
            Part::Late => whole(date(y, m, 16)?, e),
        };
    }
    let months = (i64::from(e.year()) - i64::from(s.year())) * 12 + i64::from(e.month()) - i64::from(s.month()) + 1;
    let aligned = s.day() == 1 && e == e.last_of_month();
    if aligned && months >= 3 && months % 3 == 0 {
        let third = months / 3;
        return match part {
            Part::Early => whole(s, shift_months(s, third)?.yesterday().map_err(|_| Fail::Invalid)?),
            Part::Mid => {
                whole(shift_months(s, third)?, shift_months(s, 2 * third)?.yesterday().map_err(|_| Fail::Invalid)?)
            }
            Part::Late => whole(shift_months(s, 2 * third)?, e),
        };
    }
    let len = i64::from((e - s).get_days()) + 1;
    let third = (len / 3).max(1);
    match part {
        Part::Early => whole(s, days(s, third - 1)?),
        Part::Mid => whole(days(s, third)?, days(s, 2 * third - 1)?),
        Part::Late => whole(days(s, 2 * third)?, e),
    }
}

/// The TIMEX3-style value of the core expression: the resolved calendar unit when known
/// (`2026`, `2026-09`, `2026-Q3`, `2025-W45`, `2025-11-03`), else its pattern with `X`
/// for what the publication date would have told (`XXXX-WXX-1`, `XXXX-09`).
fn timex(period: &Period, p: Option<Date>, future: bool) -> String {
    let yr = |y: YearRef, md: (i8, i8)| match year_of(y, md, p, future) {
        Ok(v) => format!("{v:04}"),
        Err(_) => "XXXX".to_string(),
    };
    let day_of = |r: Result<Interval, Fail>| match r {
        Ok((Some(s), _)) => s.to_string(),
        _ => "XXXX-XX-XX".to_string(),
    };
    match period {
        Period::Day { year, month, day } => format!("{}-{month:02}-{day:02}", yr(*year, (*month, *day))),
        Period::Month { year, month } => format!("{}-{month:02}", yr(*year, (*month, 0))),
        Period::Year(year) => yr(*year, (1, 0)),
        Period::Quarter { year, quarter } => format!("{}-Q{quarter}", yr(*year, ((*quarter - 1) * 3 + 1, 0))),
        Period::Half { year, half } => format!("{}-H{half}", yr(*year, ((*half - 1) * 6 + 1, 0))),
        Period::Season { year, season } => {
            let code = ["SP", "SU", "FA", "WI"][usize::try_from(*season - 1).unwrap_or(0).min(3)];
            match interval(period, p, future) {
                Ok((Some(s), _)) => format!("{}-{code}", s.year()),
                _ => format!("{}-{code}", yr(*year, (1, 0))),
            }
        }
        Period::Decade(y) => format!("{}X", y / 10),
        Period::Century(y) => format!("{}XX", y / 100),
        Period::IsoWeek { year, week } => format!("{}-W{week:02}", yr(*year, (1, 0))),
        Period::RelDay(_) | Period::Offset { .. } | Period::Shift { .. } => day_of(interval(period, p, future)),
        Period::DayOfMonth { day, .. } => match interval(period, p, future) {
            Ok((Some(s), _)) => s.to_string(),
            _ => format!("XXXX-XX-{day:02}"),
        },
        Period::WeekdayDay { weekday, .. } => match interval(period, p, future) {
            Ok((Some(s), _)) => s.to_string(),
            _ => format!("XXXX-WXX-{weekday}"),
        },
        Period::WeekOf(base) => match interval(period, p, future) {
            Ok((Some(s), _)) => {
                let w = s.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            _ => timex(base, p, future),
        },
        Period::RelWeekend(_) | Period::Weekend => match interval(period, p, future) {
            Ok((Some(s), _)) => {
                let w = s.iso_week_date();
                format!("{:04}-W{:02}-WE", w.year(), w.week())
            }
            _ => "XXXX-WXX-WE".to_string(),
        },
        Period::Weekday { weekday, .. } => match interval(period, p, future) {
            Ok((Some(s), _)) => s.to_string(),
            _ => format!("XXXX-WXX-{weekday}"),
        },
        Period::RelWeek(_) => match interval(period, p, future) {
            Ok((Some(s), _)) => {
                let w = s.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            _ => "XXXX-WXX".to_string(),
        },
        Period::RelMonth(_) => match interval(period, p, future) {
            Ok((Some(s), _)) => format!("{:04}-{:02}", s.year(), s.month()),
            _ => "XXXX-XX".to_string(),
        },
        Period::RelQuarter(_) => match interval(period, p, future) {
            Ok((Some(s), _)) => format!("{:04}-Q{}", s.year(), (s.month() - 1) / 3 + 1),
            _ => "XXXX-QX".to_string(),
        },
        Period::Window { amount, unit, .. } | Period::Stretch { amount, unit, .. } => {
            let dur = DurationExpr {
                parts: vec![(crate::decimal::Decimal::from_int(i128::from(*amount)), *unit)],
                vague_unit: None,
                anchor: Anchor::None,
            }
            .iso();
            match interval(period, p, future) {
                Ok((Some(s), Some(e))) => format!("({s},{e},{dur})"),
                _ => dur,
            }
        }
        Period::Vague { future: f, .. } => if *f { "FUTURE_REF" } else { "PAST_REF" }.to_string(),
        Period::NthWeek { of, nth } => format!("{}-W{nth:02}", timex(of, p, future)),
        Period::Part { of, .. } | Period::Rest { of, .. } | Period::Slice { of, .. } => timex(of, p, future),
        Period::Range { from, to } => {
            // an end the range moved (`from November to March`, `from Monday to Friday`) is
            // written as resolved
            let end = match (interval(period, p, future), &**to) {
                (Ok((_, Some(e))), Period::Month { year: YearRef::Implicit, month }) => {
                    format!("{:04}-{month:02}", e.year())
                }
                (
                    Ok((_, Some(e))),
                    Period::Day { year: YearRef::Implicit, .. } | Period::Weekday { which: WeekdayRef::Bare, .. },
                ) => e.to_string(),
                _ => timex(to, p, future),
            };
            format!("({},{end})", timex(from, p, future))
        }
    }
}

#[cfg(test)]
mod tests;
