//! Expressions relative to the publication date: `aujourd'hui`, `hier`, `lundi dernier`,
//! `la semaine prochaine`, `l'an dernier`, `le trimestre dernier`, `il y a trois ans`,
//! `dans deux ans`, `les 3 prochaines semaines`, `ces derniers mois`, and their English
//! equivalents. They are only read here; [`crate::normalize::calendar`] resolves them.

use super::operators::Env;
use super::tokens::Cur;
use super::words::{Unit, count, unit, weekday};
use super::{Period, WeekdayRef, YearRef};

/// One alternative of the relative grammar.
type Alt = fn(&mut Cur<'_>, &Env<'_>, &mut bool) -> Option<Period>;

/// Reads a relative period at the cursor; sets `vague` for unquantified stretches.
pub fn parse(c: &mut Cur<'_>, env: &Env<'_>, vague: &mut bool) -> Option<Period> {
    let save = c.i;
    let alts: [Alt; 7] = [day_word, offset, window, unit_relative, weekday_relative, vague_stretch, weekend];
    let mut best: Option<(usize, Period, bool)> = None;
    for alt in alts {
        c.i = save;
        let mut v = false;
        if let Some(p) = alt(c, env, &mut v)
            && best.as_ref().is_none_or(|(i, _, _)| c.i > *i)
        {
            best = Some((c.i, p, v));
        }
    }
    let (i, p, v) = best.or_else(|| {
        c.i = save;
        None
    })?;
    c.i = i;
    *vague |= v;
    Some(p)
}

/// `aujourd'hui`, `hier`, `demain`, `avant-hier`, `après-demain`, `today`, `the day
/// before yesterday`.
fn day_word(c: &mut Cur<'_>, _env: &Env<'_>, _v: &mut bool) -> Option<Period> {
    if c.eat_seq(&["aujourd'", "hui"]) || c.eat("today") || c.eat("aujourdhui") {
        return Some(Period::RelDay(0));
    }
    if c.eat_seq(&["avant", "-", "hier"]) || c.eat_seq(&["the", "day", "before", "yesterday"]) {
        return Some(Period::RelDay(-2));
    }
    if c.eat_seq(&["apres", "-", "demain"]) || c.eat_seq(&["the", "day", "after", "tomorrow"]) {
        return Some(Period::RelDay(2));
    }
    if c.eat("hier") || c.eat("yesterday") {
        return Some(Period::RelDay(-1));
    }
    if c.eat("demain") || c.eat("tomorrow") || c.eat("tmrw") || c.eat("lendemain") {
        return Some(Period::RelDay(1));
    }
    None
}

/// A count and a calendar unit (`trois ans`, `2 weeks`, `un mois`): the count must be a
/// whole number.
pub(super) fn count_unit(c: &mut Cur<'_>) -> Option<(i32, Unit, bool)> {
    let save = c.i;
    let (n, few) = count(c)?;
    if !n.is_integer() || n.scale() > 0 {
        c.i = save;
        return None;
    }
    let n = i32::try_from(n.mantissa()).ok().filter(|n| (0..=1000).contains(n))?;
    let Some(u) = unit(c.key()).filter(|u| !u.is_clock()) else {
        c.i = save;
        return None;
    };
    c.bump();
    Some((n, u, few))
}

/// More parts of a compound count after a first `count_unit` (`deux ans et trois mois`,
/// `2 weeks and 2 days`, `1 year 2 months`, `un an et demi`), whole numbers only; a half
/// year is six months and a half month fifteen days.
fn more_parts(c: &mut Cur<'_>, first: Unit) -> Vec<(i32, Unit)> {
    let mut out = Vec::new();
    let half = if c.eat_any_seq(&[&["et", "demi"], &["et", "demie"], &["and", "a", "half"]]) {
        match first {
            Unit::Year => Some((6, Unit::Month)),
            Unit::Month => Some((15, Unit::Day)),
            _ => None,
        }
    } else {
        None
    };
    if let Some(h) = half {
        out.push(h);
        return out;
    }
    loop {
        let save = c.i;
        c.eat_any(&["and", "et", ","]);
        match count_unit(c) {
            Some((n, u, false)) if !u.is_clock() && u != Unit::Weekend => out.push((n, u)),
            _ => {
                c.i = save;
                return out;
            }
        }
    }
}

/// The day `sign` × (first part + more parts) away from publication: an [`Period::Offset`]
/// for the first part, shifted by each further one.
fn compound_offset(sign: i32, first: (i32, Unit), more: Vec<(i32, Unit)>) -> Period {
    let mut p = Period::Offset { amount: sign * first.0, unit: first.1 };
    for (n, u) in more {
        p = Period::Shift { base: Box::new(p), amount: sign * n, unit: u };
    }
    p
}

/// `il y a trois ans`, `dans deux ans`, `2 days ago`, `in two weeks`, `3 weeks later`,
/// `two days from today`, `in a fortnight`.
fn offset(c: &mut Cur<'_>, env: &Env<'_>, v: &mut bool) -> Option<Period> {
    let save = c.i;
    if c.eat_seq(&["il", "y", "a"]) || c.eat_seq(&["il", "ya"]) {
        c.eat_any_seq(&[&["a", "peu", "pres"], &["environ"], &["pres", "de"], &["plus", "de"], &["quelque"]]);
        let (n, u, few) = count_unit(c)?;
        *v = few;
        let more = more_parts(c, u);
        return Some(compound_offset(-1, (n, u), more));
    }
    c.i = save;
    if c.eat("dans") || c.eat("in") {
        c.eat_any(&["about", "around", "environ"]);
        let (n, u, few) = count_unit(c)?;
        *v = few;
        let more = more_parts(c, u);
        // `in a fortnight’s time`
        let s2 = c.i;
        if !(c.eat_seq(&["'", "s", "time"]) || c.eat_seq(&["’", "s", "time"])) {
            c.i = s2;
        }
        return Some(compound_offset(1, (n, u), more));
    }
    c.i = save;
    let (n, u, few) = count_unit(c)?;
    *v = few;
    // `3 days after January 12th`, `two weeks before May 13 1999`, `3 weeks from tomorrow`
    let s2 = c.i;
    if let Some(w) = c.eat_any(&["after", "before", "from", "apres", "avant"]) {
        c.eat_any(&["le", "the"]);
        let mut v2 = false;
        if let Some(base) = super::operators::core(c, env, true, &mut v2).filter(|b| {
            matches!(
                b,
                Period::Day { .. }
                    | Period::RelDay(_)
                    | Period::Weekday { .. }
                    | Period::DayOfMonth { .. }
                    | Period::WeekdayDay { .. }
            )
        }) {
            let amount = if matches!(w, "before" | "avant") { -n } else { n };
            return Some(Period::Shift { base: Box::new(base), amount, unit: u });
        }
        c.i = s2;
    }
    let s3 = c.i;
    let more = more_parts(c, u);
    if c.eat("ago") || c.eat("earlier") {
        return Some(compound_offset(-1, (n, u), more));
    }
    if c.eat("later") || c.eat_seq(&["from", "now"]) || c.eat_seq(&["from", "today"]) || c.eat_seq(&["plus", "tard"]) {
        return Some(compound_offset(1, (n, u), more));
    }
    c.i = s3;
    c.i = save;
    None
}

/// Words for "next" and "last" before or after a plural unit.
fn direction(k: &str) -> Option<bool> {
    match k {
        "prochain" | "prochaine" | "prochains" | "prochaines" | "next" | "coming" | "upcoming" | "following"
        | "suivants" | "suivantes" => Some(true),
        "dernier" | "derniere" | "derniers" | "dernieres" | "last" | "past" | "previous" | "precedents"
        | "precedentes" => Some(false),
        _ => None,
    }
}

/// `les 3 prochaines semaines`, `des dix derniers mois`, `the next 3 days`, `the last 3
/// months`, `the 5 upcoming years`, `next couple weeks`.
fn window(c: &mut Cur<'_>, _env: &Env<'_>, v: &mut bool) -> Option<Period> {
    let save = c.i;
    c.eat_any(&["les", "des", "ces", "the", "these", "ses", "leurs", "their"]);
    // number first: `les 3 prochaines semaines`, `the 5 upcoming years`
    let s1 = c.i;
    if let Some((n, few)) = count(c)
        && let Some(fut) = direction(c.key())
    {
        c.bump();
        let plural = c.key().ends_with('s') || c.key() == "mois";
        if let Some(u) = unit(c.key()).filter(|u| !u.is_clock() && *u != Unit::Weekend && plural) {
            c.bump();
            *v = few;
            return window_of(n, u, fut, c, save);
        }
    }
    c.i = s1;
    // direction first: `the next 3 days`, `last 3 months`
    let fut = direction(c.key())?;
    c.bump();
    let (n, few) = count(c)?;
    let u = unit(c.key()).filter(|u| !u.is_clock() && *u != Unit::Weekend)?;
    c.bump();
    *v = few;
    window_of(n, u, fut, c, save)
}

fn window_of(n: crate::decimal::Decimal, u: Unit, future: bool, c: &mut Cur<'_>, save: usize) -> Option<Period> {
    let Some(amount) = i32::try_from(n.mantissa()).ok().filter(|a| n.scale() == 0 && (1..=1000).contains(a)) else {
        c.i = save;
        return None;
    };
    Some(Period::Window { amount, unit: u, future })
}

/// `cette semaine`, `la semaine dernière`, `le mois prochain`, `ce mois-ci`, `l'an
/// dernier`, `l'année prochaine`, `cette année`, `le trimestre dernier`, `au dernier
/// trimestre`, `this week`, `last year`, `next quarter`, `the week after next`.
fn unit_relative(c: &mut Cur<'_>, _env: &Env<'_>, _v: &mut bool) -> Option<Period> {
    let save = c.i;
    let make = |u: Unit, n: i32| -> Option<Period> {
        Some(match u {
            Unit::Day => Period::RelDay(n),
            Unit::Week => Period::RelWeek(n),
            Unit::Month => Period::RelMonth(n),
            Unit::Quarter => Period::RelQuarter(n),
            Unit::Year => Period::Year(YearRef::Rel(n)),
            _ => return None,
        })
    };
    let singular = |k: &str| {
        matches!(k, "semaine" | "mois" | "an" | "annee" | "trimestre" | "week" | "month" | "year" | "quarter")
    };
    // determiner + unit + direction (French)
    let det = c.eat_any(&["cette", "ce", "cet", "la", "le", "l'", "au", "du", "de", "the"]);
    c.eat("calendar");
    if singular(c.key()) {
        let u = unit(c.key())?;
        c.bump();
        let n = match c.key() {
            "dernier" | "derniere" | "passe" | "passee" | "ecoule" | "ecoulee" => -1,
            "prochain" | "prochaine" => 1,
            "-" if c.peek_at(1).is_some_and(|t| t.key == "ci") => {
                c.bump();
                0
            }
            "en" if c.peek_at(1).is_some_and(|t| t.key == "cours") => {
                c.bump();
                0
            }
            "courant" | "courante" => 0,
            "after" if c.peek_at(1).is_some_and(|t| t.key == "next") => {
                c.bump();
                2
            }
            _ => {
                if matches!(det, Some("cette" | "ce" | "cet")) {
                    return make(u, 0);
                }
                c.i = save;
                return None;
            }
        };
        c.bump();
        return make(u, n);
    }
    // direction + unit: `le mois dernier` handled above; `le dernier trimestre`, `next week`
    let k = c.key();
    let n = match k {
        "dernier" | "derniere" | "last" | "past" | "previous" => -1,
        "prochain" | "prochaine" | "next" | "coming" | "following" => 1,
        "this" | "current" | "cette" | "ce" => 0,
        _ => {
            c.i = save;
            return None;
        }
    };
    c.bump();
    c.eat("calendar");
    // `this working week`, `next workweek`: Monday to Friday of that week
    if c.eat_any_seq(&[&["working", "week"], &["work", "week"], &["workweek"], &["business", "week"]]) {
        return Some(Period::Slice { of: Box::new(Period::RelWeek(n)), amount: 5, unit: Unit::Day, from_end: false });
    }
    let Some(u) = unit(c.key()).filter(|_| singular(c.key())) else {
        c.i = save;
        return None;
    };
    c.bump();
    // `the last quarter of the fiscal year`, `le dernier trimestre de l'exercice`: a
    // fiscal period, whose calendar months are not written
    if super::absolute::fiscal_next(c) {
        c.i = save;
        return None;
    }
    // `this week Monday`, `next week on Tuesday` are weekdays
    if u == Unit::Week && (n == 1 || n == -1 || n == 0) {
        let s2 = c.i;
        c.eat_any(&["on", "-"]);
        if let Some(w) = weekday(c.key()) {
            c.bump();
            let which = match n {
                1 => WeekdayRef::NextWeek,
                -1 => WeekdayRef::LastWeek,
                _ => WeekdayRef::This,
            };
            return Some(Period::Weekday { weekday: w, which });
        }
        c.i = s2;
    }
    make(u, n)
}

/// True when the weekday just read (at `at`, the cursor after it) is part of a named day
/// rather than the day of that week: `Black Friday`, `Cyber Monday`, `Good Friday`, `Super
/// Tuesday`, `Ash Wednesday`, `mardi gras`, `vendredi saint`, `jeudi noir`, `lundi de
/// Pâques`. Such a name says nothing of the nearest weekday, so reading one would date
/// the sentence falsely.
fn named_day(c: &Cur<'_>, env: &Env<'_>, at: usize) -> bool {
    let before = at == 0
        && matches!(
            env.prev_word(),
            Some("black" | "cyber" | "good" | "super" | "ash" | "holy" | "maundy" | "bloody" | "palm" | "easter")
        );
    let after = match c.key() {
        "gras" | "saint" | "noir" | "saints" => true,
        "de" => matches!(c.peek_at(1).map(|t| t.key), Some("paques" | "pentecote")),
        _ => false,
    };
    before || after
}

/// `lundi`, `ce lundi`, `lundi dernier`, `lundi prochain`, `Monday`, `next Monday`, `last
/// Monday`, `this past Wednesday`, `coming Thursday`, `Tuesday of next week`.
fn weekday_relative(c: &mut Cur<'_>, env: &Env<'_>, _v: &mut bool) -> Option<Period> {
    let save = c.i;
    let mut which = WeekdayRef::Bare;
    if c.eat_seq(&["this", "past"]) || c.eat("past") {
        which = WeekdayRef::Past;
    } else if c.eat_seq(&["this", "coming"]) || c.eat_seq(&["this", "upcoming"]) || c.eat("coming") || c.eat("upcoming")
    {
        which = WeekdayRef::Coming;
    } else if c.eat("this") || c.eat("ce") {
        which = WeekdayRef::This;
    } else if c.eat("next") || c.eat("following") {
        which = WeekdayRef::NextWeek;
    } else if c.eat("last") || c.eat("previous") {
        which = WeekdayRef::LastWeek;
    }
    let Some(w) = weekday(c.key()) else {
        c.i = save;
        return None;
    };
    c.bump();
    if which == WeekdayRef::Bare && named_day(c, env, save) {
        c.i = save;
        return None;
    }
    if which == WeekdayRef::Bare {
        match c.key() {
            "dernier" | "passe" => {
                c.bump();
                which = WeekdayRef::Past;
            }
            "prochain" => {
                c.bump();
                which = WeekdayRef::Coming;
            }
            "of" => {
                let s2 = c.i;
                c.bump();
                if c.eat_seq(&["next", "week"]) || c.eat_seq(&["the", "following", "week"]) {
                    which = WeekdayRef::NextWeek;
                } else if c.eat_seq(&["last", "week"]) || c.eat_seq(&["the", "previous", "week"]) {
                    which = WeekdayRef::LastWeek;
                } else if c.eat_seq(&["this", "week"]) {
                    which = WeekdayRef::This;
                } else {
                    c.i = s2;
                }
            }
            _ => {}
        }
    }
    Some(Period::Weekday { weekday: w, which })
}

/// `ces derniers mois`, `ces dernières années`, `dans les prochaines années`, `les années à
/// venir`, `in recent years`, `the coming years`, `the years ahead`, `the past few months`.
fn vague_stretch(c: &mut Cur<'_>, _env: &Env<'_>, v: &mut bool) -> Option<Period> {
    let save = c.i;
    c.eat_any(&["dans", "in", "over", "au", "cours", "des", "de"]);
    c.eat_any(&["ces", "les", "des", "the", "these"]);
    let plural = |k: &str| {
        matches!(
            k,
            "semaines"
                | "mois"
                | "annees"
                | "ans"
                | "decennies"
                | "trimestres"
                | "weeks"
                | "months"
                | "years"
                | "decades"
                | "quarters"
        )
    };
    // direction before the unit: `ces derniers mois`, `recent years`, `the coming years`
    let fut = match c.key() {
        "derniers" | "dernieres" | "recent" | "past" | "last" => Some(false),
        "prochains" | "prochaines" | "coming" | "next" | "upcoming" => Some(true),
        _ => None,
    };
    if let Some(fut) = fut {
        c.bump();
        c.eat("few");
        if plural(c.key()) {
            let u = unit(c.key())?;
            c.bump();
            *v = true;
            return Some(Period::Vague { unit: u, future: fut });
        }
        c.i = save;
        return None;
    }
    // unit before the direction: `les années à venir`, `the years ahead`
    if plural(c.key()) {
        let u = unit(c.key())?;
        c.bump();
        if c.eat_seq(&["a", "venir"])
            || c.eat("ahead")
            || c.eat("prochaines")
            || c.eat("prochains")
            || c.eat("to") && c.eat("come")
        {
            *v = true;
            return Some(Period::Vague { unit: u, future: true });
        }
        if c.eat("passees") || c.eat("passes") || c.eat("ecoulees") || c.eat("ecoules") || c.eat("recentes") {
            *v = true;
            return Some(Period::Vague { unit: u, future: false });
        }
    }
    c.i = save;
    None
}

/// `ce week-end`, `le week-end dernier`, `le week-end prochain`, `this weekend`, `last
/// weekend`, `next weekend`: the Saturday and Sunday of a week relative to publication.
fn weekend(c: &mut Cur<'_>, env: &Env<'_>, _v: &mut bool) -> Option<Period> {
    let save = c.i;
    // `over the weekend`, `pendant le week-end`: the nearest weekend on the side the tense
    // says, only after a preposition and not before `of` (`the weekend of June 3`)
    if matches!(c.key(), "the" | "le")
        && matches!(
            env.prev_word(),
            Some("over" | "during" | "on" | "at" | "throughout" | "pendant" | "durant" | "for")
        )
        && c.eat_any(&["the", "le"]).is_some()
        && (c.eat("weekend") || c.eat_seq(&["week", "-", "end"]))
        && !matches!(c.key(), "of" | "de" | "du" | "d'" | "dernier" | "passe" | "prochain")
    {
        return Some(Period::Weekend);
    }
    c.i = save;
    let det = c.eat_any(&["ce", "le", "this", "last", "next", "the", "past", "coming"]);
    if !(c.eat("weekend") || c.eat_seq(&["week", "-", "end"])) {
        c.i = save;
        return None;
    }
    let n = match det {
        Some("last" | "past") => -1,
        Some("next" | "coming") => 1,
        Some("ce" | "this") => 0,
        Some("le") => {
            if c.eat_any(&["dernier", "passe"]).is_some() {
                -1
            } else if c.eat("prochain") {
                1
            } else {
                c.i = save;
                return None;
            }
        }
        _ => {
            c.i = save;
            return None;
        }
    };
    Some(Period::RelWeekend(n))
}
