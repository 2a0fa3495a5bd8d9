//! Dates, periods and deadlines (French and English), read but not resolved.
//!
//! The grammar turns a phrase into a [`TimeExpr`]: a [`Period`] (what span of the
//! calendar the words name, possibly relative to the publication date, possibly
//! year-less) and an [`Operator`] (what the sentence says about it: `avant`, `d'ici`,
//! `depuis`, `after`…). Resolution against the publication date is
//! [`crate::normalize::calendar`]'s job: this module never looks at any date, and in
//! particular never at the wall clock.
//!
//! It deliberately does not read clock times, time zones, recurring sets (`every Monday`)
//! or holidays; durations are [`super::duration`]'s.
//!
//! Submodules: [`tokens`] (word window with byte ranges), [`words`] (closed word
//! classes), [`absolute`] (calendar dates, months, years, quarters…), [`relative`]
//! (`hier`, `la semaine dernière`, `il y a trois ans`…), [`operators`] (bounds, ranges,
//! tense).

pub mod absolute;
pub mod operators;
pub mod relative;
pub mod tokens;
pub mod vocab;
pub mod words;

use super::{Context, Found, Parsed};
use crate::mention::Note;
pub use words::Unit;

/// Which year a year-bearing period is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearRef {
    /// Written out (`2026`).
    Abs(i16),
    /// Relative to the publication year (`l'an dernier` = −1, `cette année` = 0).
    Rel(i32),
    /// Not said (`en septembre`, `le 3 mars`): the publication year, or the next one when
    /// the sentence speaks of the future and the date would otherwise be past.
    Implicit,
    /// The latest occurrence strictly before the publication date (`en mars dernier`).
    Latest,
    /// The first occurrence strictly after the publication date (`en mars prochain`).
    Following,
}

/// A part of a period: `début`, `mi-`, `fin` / `early`, `mid`, `late`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// First third of a year (January–April), first half of a month (1–15).
    Early,
    /// Middle third of a year (May–August), middle of a month (10–20).
    Mid,
    /// Last third of a year (September–December), second half of a month (16–end).
    Late,
}

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekdayRef {
    /// `lundi` alone: news convention, the latest such day on or before publication, or
    /// the next one after it when the sentence speaks of the future.
    Bare,
    /// `ce lundi`, `this Monday`: that day of the publication week.
    This,
    /// `lundi prochain`, `coming Monday`: the first such day after publication.
    Coming,
    /// `lundi dernier`, `this past Monday`: the latest such day before publication.
    Past,
    /// English `next Monday`: the Monday of the following week.
    NextWeek,
    /// English `last Monday`: the Monday of the previous week.
    LastWeek,
}

/// A span of the calendar named by the words, before resolution.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Period {
    /// One day (`3 novembre 2025`, `le 1er mars`).
    Day {
        /// The year.
        year: YearRef,
        /// Month 1–12.
        month: i8,
        /// Day of month.
        day: i8,
    },
    /// A month (`septembre 2025`, `en septembre`, `cette décembre`).
    Month {
        /// The year.
        year: YearRef,
        /// Month 1–12.
        month: i8,
    },
    /// A year (`2027`, `l'an prochain`).
    Year(YearRef),
    /// A quarter (`T3 2026`, `Q3 2026`).
    Quarter {
        /// The year.
        year: YearRef,
        /// 1–4.
        quarter: i8,
    },
    /// A half-year (`second semestre 2026`, `H2 2026`).
    Half {
        /// The year.
        year: YearRef,
        /// 1 or 2.
        half: i8,
    },
    /// A meteorological season (winter runs December to February).
    Season {
        /// The year (of its start).
        year: YearRef,
        /// 1 spring, 2 summer, 3 autumn, 4 winter.
        season: i8,
    },
    /// A decade by its first year (`les années 2020` → 2020).
    Decade(i16),
    /// A century by its first year (`21st century` → 2000).
    Century(i16),
    /// An ISO week of a year (`week 31`).
    IsoWeek {
        /// The year.
        year: YearRef,
        /// 1–53.
        week: i8,
    },
    /// A day of a month relative to the publication month (`the 15th day of next month`
    /// has `shift` 1); a bare `le 23` has no shift and is the nearest 23rd on the side
    /// the tense says.
    DayOfMonth {
        /// Day of month.
        day: i8,
        /// Months after the publication month, when the text says.
        shift: Option<i32>,
    },
    /// A weekday with a day number and no month (`mardi 13`, `Mon 13th`): the nearest
    /// month where that day falls on that weekday (the next one when the sentence speaks
    /// of the future).
    WeekdayDay {
        /// ISO weekday, 1 = Monday.
        weekday: i8,
        /// Day of month.
        day: i8,
    },
    /// The Monday-to-Sunday week containing a day (`the week of April 10th`).
    WeekOf(Box<Period>),
    /// A count of units after (positive) or before a day (`3 days after January 12th`,
    /// `two weeks before Christmas` is not read: holidays are out of scope).
    Shift {
        /// The day counted from.
        base: Box<Period>,
        /// Signed count.
        amount: i32,
        /// Unit counted.
        unit: Unit,
    },
    /// The Saturday and Sunday of a week relative to the publication week (`ce
    /// week-end` = 0, `le week-end dernier` = −1).
    RelWeekend(i32),
    /// `over the weekend`, `pendant le week-end`: the Saturday and Sunday nearest to
    /// publication on the side the tense says (the latest one begun on or before
    /// publication, or the first one not yet over when the sentence speaks of the future).
    Weekend,
    /// A day relative to publication (`hier` = −1).
    RelDay(i32),
    /// An ISO week relative to the publication week.
    RelWeek(i32),
    /// A month relative to the publication month.
    RelMonth(i32),
    /// A quarter relative to the publication quarter.
    RelQuarter(i32),
    /// A weekday.
    Weekday {
        /// ISO weekday, 1 = Monday.
        weekday: i8,
        /// Which occurrence.
        which: WeekdayRef,
    },
    /// The day a signed count of units away from publication (`il y a trois ans` = −3
    /// years, `dans deux ans` = +2).
    Offset {
        /// Signed count.
        amount: i32,
        /// Unit counted.
        unit: Unit,
    },
    /// The `amount` units just before or after publication (`les 3 prochaines semaines`,
    /// `the last 10 months`); quarters and decades are whole calendar ones.
    Window {
        /// How many units.
        amount: i32,
        /// Unit counted.
        unit: Unit,
        /// After publication (true) or before it.
        future: bool,
    },
    /// An unquantified stretch before or after publication (`ces derniers mois`, `dans les
    /// années à venir`): one side open.
    Vague {
        /// Unit named.
        unit: Unit,
        /// After publication (true) or before it.
        future: bool,
    },
    /// A part of a period (`fin 2026`, `mid-November`).
    Part {
        /// The whole period.
        of: Box<Period>,
        /// Which part.
        part: Part,
    },
    /// The first or last units of a period (`the first nine months of 2025`, `les trois
    /// derniers mois de l'année`). Weeks are whole calendar weeks, counted like
    /// [`Period::NthWeek`] (`the last week of July` may end in August).
    Slice {
        /// The whole period.
        of: Box<Period>,
        /// How many units.
        amount: i32,
        /// Unit counted (days, weeks, months, quarters).
        unit: Unit,
        /// Counted back from the end (true) or from the start.
        from_end: bool,
    },
    /// The nth calendar week (Monday to Sunday) of a month, quarter or year, counting
    /// the weeks whose Thursday falls inside it, as ISO 8601 assigns weeks to years (`the
    /// third week of January`, `la deuxième semaine de juin`).
    NthWeek {
        /// The whole period.
        of: Box<Period>,
        /// 1 for the first week.
        nth: i8,
    },
    /// The part of a period before or after publication (`earlier this year`, `plus tard
    /// dans l'année`).
    Rest {
        /// The whole period (a relative week, month or year).
        of: Box<Period>,
        /// After publication (true) or before it.
        after: bool,
    },
    /// A count of units laid from the start of a period, its first day included (`for
    /// three days starting Monday` is Monday to Wednesday).
    Stretch {
        /// The period whose first day starts the stretch.
        from: Box<Period>,
        /// How many units.
        amount: i32,
        /// Unit counted.
        unit: Unit,
    },
    /// From the start of one period to the end of another (`de 2010 à 2018`).
    Range {
        /// First period.
        from: Box<Period>,
        /// Last period (included).
        to: Box<Period>,
    },
}

/// What the sentence says about the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    /// The period itself.
    At,
    /// Strictly before its start (`avant 2027`, `before 2027`).
    Before,
    /// No later than its end (`d'ici 2027`, `jusqu'en 2027`, `by`, `until`,
    /// `avant la fin de 2026`).
    By,
    /// From its start on (`depuis 2022`, `à partir de`, `dès`, `since`, `starting`).
    Since,
    /// After its end (`après 2027`, `after`, `later than`).
    After,
    /// Negated `before` (`ne … pas avant 2027`, `not before`): from its start on.
    NotBefore,
}

/// A date expression as written, before resolution against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeExpr {
    /// The calendar span named.
    pub period: Period,
    /// The bound put on it.
    pub op: Operator,
    /// The sentence speaks of the future (`aura lieu lundi`, `will … on Monday`): decides
    /// which occurrence a bare weekday or a year-less date names.
    pub future: bool,
}

/// Lower-case words (accented and folded forms) at which a date expression can start,
/// other than digits: operator words, month and weekday names, relative words, number
/// words, and the letter runs that open codes such as `T3`, `Q3`, `H2`, `S2`. A word is
/// its leading run of letters, so `d'ici` starts at `d` and `aujourd'hui` at `aujourd`.
pub const STARTS: &[&str] = &[
    // French operators and prepositions that open an expression
    "d",
    "ici",
    "avant",
    "jusqu",
    "jusque",
    "a",
    "à",
    "partir",
    "dès",
    "des",
    "depuis",
    "après",
    "apres",
    "entre",
    "de",
    "du",
    "au",
    "aux",
    "fin",
    "début",
    "debut",
    "mi",
    "courant",
    "il",
    "dans",
    "sous",
    "ces",
    "cette",
    "cet",
    "ce",
    "le",
    "la",
    "l",
    "les",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "dernier",
    "dernière",
    "derniere",
    "derniers",
    "dernières",
    "dernieres",
    "premier",
    "première",
    "premiere",
    "deuxième",
    "deuxieme",
    "second",
    "seconde",
    "troisième",
    "troisieme",
    "quatrième",
    "quatrieme",
    "année",
    "annee",
    "an",
    "pas",
    // French relative words
    "aujourd",
    "hier",
    "demain",
    "avant-hier",
    "lendemain",
    "veille",
    // English operators and relative words
    "by",
    "before",
    "until",
    "till",
    "through",
    "thru",
    "from",
    "since",
    "after",
    "between",
    "starting",
    "beginning",
    "no",
    "not",
    "later",
    "as",
    "early",
    "mid",
    "late",
    "end",
    "the",
    "this",
    "that",
    "last",
    "next",
    "past",
    "previous",
    "coming",
    "upcoming",
    "following",
    "current",
    "today",
    "yesterday",
    "tomorrow",
    "tmrw",
    "in",
    "within",
    "year",
    "week",
    "first",
    "third",
    "fourth",
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
    "twenty",
    "thirty",
    "few",
    "several",
    "some",
    "recent",
    "these",
    "middle",
    "start",
    "second",
    "of",
    "for",
    "so",
    "ytd",
    "more",
    "less",
    "to",
    "fiscal",
    "fy",
    "reste",
    "pendant",
    "durant",
    "pour",
    // French number words
    "un",
    "une",
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
    "quelques",
    // months (full and abbreviated)
    "janvier",
    "janv",
    "février",
    "fevrier",
    "févr",
    "fevr",
    "mars",
    "avril",
    "avr",
    "mai",
    "juin",
    "juillet",
    "juil",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "déc",
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    // weekdays (full and abbreviated)
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lun",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    // seasons, quarters, halves
    "printemps",
    "été",
    "ete",
    "automne",
    "hiver",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "t",
    "q",
    "h",
    "s",
    "trimestre",
    "semestre",
    "quarter",
    "half",
    // more counts, ordinals, plural units and openers
    "calendar",
    "compter",
    "aux",
    "premiers",
    "premières",
    "premieres",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "another",
    "couple",
    "quel",
    "½",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "cinquième",
    "cinquieme",
    "sixième",
    "sixieme",
    "septième",
    "septieme",
    "huitième",
    "huitieme",
    "neuvième",
    "neuvieme",
    "dixième",
    "dixieme",
    "over",
    "cours",
    "ses",
    "leurs",
    "their",
    "final",
    "années",
    "annees",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "exercice",
    "w",
    "up",
    "at",
    "earlier",
    "milieu",
    "now",
    "maintenant",
    "horizon",
    "plus",
    "semaines",
    "mois",
    "ans",
    "décennies",
    "decennies",
    "trimestres",
    "weeks",
    "months",
    "years",
    "decades",
    "quarters",
    "day",
];

/// Reads a date expression starting at `ctx.at`.
pub fn parse(ctx: &Context<'_>) -> Option<Found> {
    let store = tokens::KeyStore::default();
    parse_from(ctx, &mut tokens::SentenceTokens::new(ctx.sentence, &store), false)
}

/// [`parse`], reading the tokens of `toks` (the tokens of `ctx.sentence`, shared by every
/// candidate of the sentence); `gated` says the caller already checked that the position
/// opens with a word of [`STARTS`] or a digit (the scan loop's prefilter does).
pub fn parse_from(ctx: &Context<'_>, toks: &mut tokens::SentenceTokens<'_>, gated: bool) -> Option<Found> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, vocab::FnvBuild>> =
        std::sync::OnceLock::new();
    let first = ctx.rest().chars().next()?;
    if !first.is_alphanumeric()
        || !(gated || tokens::opens_with(ctx.rest(), SET.get_or_init(|| STARTS.iter().copied().collect())))
    {
        return None;
    }
    debug_assert!(std::ptr::eq(toks.text(), ctx.sentence), "tokens of another sentence");
    // the early exits read at most four tokens: only those are read at most candidates
    if !toks.window(ctx.at, 4, |t| tokens::may_open(t) && !tokens::decimal_first(t)) {
        return None;
    }
    let (expr, end, vague) = toks.window(ctx.at, tokens::WINDOW, |t| operators::expression(ctx, t))?;
    let mut notes = Vec::new();
    if vague {
        notes.push(Note::new("vague", "the text names this period only approximately"));
    }
    Some(Found { range: ctx.at..end, value: Parsed::Time(expr), notes })
}

#[cfg(test)]
mod tests;
