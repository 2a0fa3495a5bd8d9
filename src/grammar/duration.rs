//! Durations (`sept ans`, `sur sept ans`, `sur les sept prochaines années`, `pendant dix
//! ans`, `une décennie`, `18 mois`, `over seven years`, `a decade`, `pluriannuel`).
//!
//! A duration is a length of time, printed as ISO 8601 (`P7Y`). When the words anchor it
//! to the publication date (`sur les sept prochaines années`, `depuis 3 ans`, `over the
//! past decade`), the anchor is kept so the normalizer can also give the interval it
//! covers. Offsets (`dans deux ans`, `il y a trois ans`) and windows without `sur`/`over`
//! are dates, read by [`super::time`]; the scan loop keeps the longer reading.

use super::time::tokens::{Cur, KeyStore, Kind, SentenceTokens, WINDOW, may_open, opens_with};
use super::time::vocab::FnvBuild;
use super::time::words::{Unit, count, unit};
use super::{Context, Found, Parsed};
use crate::decimal::Decimal;
use crate::mention::Note;

/// Where a duration sits relative to the publication date, when the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// A free length (`un contrat de sept ans`).
    None,
    /// Starts just after publication (`sur les sept prochaines années`).
    Future,
    /// Ends at publication (`depuis 3 ans`, `over the past decade`).
    Past,
}

/// A duration as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DurationExpr {
    /// Counted units (`1 hour and 30 minutes` has two); empty for an unquantified
    /// length (`pluriannuel`).
    pub parts: Vec<(Decimal, Unit)>,
    /// The unit of an unquantified length (`multi-year` → years).
    pub vague_unit: Option<Unit>,
    /// Anchoring to the publication date.
    pub anchor: Anchor,
}

impl DurationExpr {
    /// ISO 8601 form (`P7Y`, `P18M`, `PT1H30M`, `P1.5Y`); an unquantified length prints
    /// its unit with `X` (`PXY`), as TIMEX3 does.
    pub fn iso(&self) -> String {
        let mut date = [Decimal::from_int(0); 5]; // Y M W D WE
        let mut time = [Decimal::from_int(0); 3]; // H M S
        let add = |slot: &mut Decimal, v: Decimal| {
            *slot = slot.checked_add(v).unwrap_or(*slot);
        };
        for &(n, u) in &self.parts {
            let times = |k: i128| n.checked_mul(Decimal::from_int(k)).unwrap_or(n);
            match u {
                Unit::Year => add(&mut date[0], n),
                Unit::Decade => add(&mut date[0], times(10)),
                Unit::Century => add(&mut date[0], times(100)),
                Unit::Month => add(&mut date[1], n),
                Unit::Quarter => add(&mut date[1], times(3)),
                Unit::Semester => add(&mut date[1], times(6)),
                Unit::Week => add(&mut date[2], n),
                Unit::Fortnight => add(&mut date[2], times(2)),
                Unit::Day => add(&mut date[3], n),
                Unit::Weekend => add(&mut date[4], n),
                Unit::Hour => add(&mut time[0], n),
                Unit::Minute => add(&mut time[1], n),
                Unit::Second => add(&mut time[2], n),
            }
        }
        let zero = Decimal::from_int(0);
        let mut s = String::from("P");
        if let Some(u) = self.vague_unit.filter(|_| self.parts.is_empty()) {
            s.push_str(match u {
                Unit::Month | Unit::Quarter | Unit::Semester => "XM",
                Unit::Week | Unit::Fortnight => "XW",
                Unit::Day | Unit::Weekend => "XD",
                Unit::Hour | Unit::Minute | Unit::Second => "TXH",
                Unit::Year | Unit::Decade | Unit::Century => "XY",
            });
            return s;
        }
        for (v, l) in date.iter().zip(["Y", "M", "W", "D", "WE"]) {
            if *v != zero {
                s.push_str(&format!("{v}{l}"));
            }
        }
        if time.iter().any(|v| *v != zero) {
            s.push('T');
            for (v, l) in time.iter().zip(["H", "M", "S"]) {
                if *v != zero {
                    s.push_str(&format!("{v}{l}"));
                }
            }
        }
        if s == "P" {
            s.push_str("0D");
        }
        s
    }
}

/// Lower-case words (accented and folded forms) at which a duration can start, other
/// than digits: the anchoring prepositions, number words, `all`/`toute`, and the
/// unquantified `pluriannuel` / `multi-year` family.
pub const STARTS: &[&str] = &[
    "half",
    "demi",
    "sur",
    "pendant",
    "durant",
    "depuis",
    "over",
    "for",
    "during",
    "since",
    "les",
    "the",
    "la",
    "le",
    "prochaine",
    "prochain",
    "next",
    "coming",
    "past",
    "last",
    "dernière",
    "derniere",
    "un",
    "une",
    "a",
    "an",
    "one",
    "deux",
    "two",
    "trois",
    "three",
    "quatre",
    "four",
    "cinq",
    "five",
    "six",
    "sept",
    "seven",
    "huit",
    "eight",
    "neuf",
    "nine",
    "dix",
    "ten",
    "onze",
    "eleven",
    "douze",
    "twelve",
    "treize",
    "thirteen",
    "quatorze",
    "fourteen",
    "quinze",
    "fifteen",
    "seize",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "vingt",
    "twenty",
    "trente",
    "thirty",
    "quarante",
    "forty",
    "cinquante",
    "fifty",
    "soixante",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "quelques",
    "quel",
    "few",
    "several",
    "couple",
    "toute",
    "tout",
    "all",
    "whole",
    "entire",
    "pluriannuel",
    "pluriannuelle",
    "pluriannuels",
    "pluriannuelles",
    "pluri",
    "multi",
    "multiyear",
    "multiannual",
    "décennie",
    "decennie",
    "decade",
    "quinzaine",
    "fortnight",
    // more determiners, directions and counts
    "l",
    "ces",
    "these",
    "prochaines",
    "prochains",
    "upcoming",
    "dernières",
    "dernieres",
    "derniers",
    "previous",
    "another",
    "some",
    "½",
    "quinzaines",
    "mi",
];

/// True when a duration mention's text opens with a term preposition (`sur sept ans`,
/// `over ten years`, `pendant trois ans`): the length of something, not a distance in
/// time (`ten years after`) nor a span ending now (`depuis 3 ans`).
pub fn is_term(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(anchor_word(&first), Some(Anchor::None))
}

/// Words that anchor a following duration, and to which side.
fn anchor_word(k: &str) -> Option<Anchor> {
    match k {
        "sur" | "pendant" | "durant" | "over" | "for" | "during" => Some(Anchor::None),
        "depuis" | "since" => Some(Anchor::Past),
        _ => None,
    }
}

/// Counted parts: `7 ans`, `1 hour and 30 minutes`, `2 years 1 month 21 days`.
fn parts(c: &mut Cur<'_>) -> Option<(Vec<(Decimal, Unit)>, bool)> {
    let mut out = Vec::new();
    let mut vague = false;
    loop {
        let save = c.i;
        if !out.is_empty() {
            c.eat_any(&["and", "et", ","]);
        }
        let Some((n, few)) = count(c) else {
            c.i = save;
            break;
        };
        c.eat("-");
        let Some(t) = c.peek().filter(|t| t.kind == Kind::Word) else {
            c.i = save;
            break;
        };
        let Some(u) = unit(t.key) else {
            c.i = save;
            break;
        };
        // one-letter units only glued to their number (`3h`, `10D`), and never `m`/`s`
        if t.key.chars().count() == 1 && (t.space_before || !matches!(t.key, "h" | "d" | "w" | "y")) {
            c.i = save;
            break;
        }
        // `vers 11h00`, `à 07h30`, `06h`: a clock time (minutes glued after `h`, or an hour
        // written with a leading zero), not a length of hours
        if t.key == "h" && !t.space_before {
            let minutes = c.peek_at(1).is_some_and(|m| !m.space_before && m.key.bytes().all(|b| b.is_ascii_digit()));
            let zero_hour = c.toks[save..c.i].last().is_some_and(|n| n.key.len() == 2 && n.key.starts_with('0'));
            if minutes || zero_hour {
                c.i = save;
                break;
            }
        }
        // `une seconde clôture`, `a second round`: an ordinal before its noun, not one second
        // (`one second time difference` is a length)
        if matches!(t.key, "seconde" | "second")
            && c.toks[save..c.i].first().is_some_and(|n| matches!(n.key, "une" | "un" | "a"))
            && c.peek_at(1).is_some_and(|n| n.kind == Kind::Word && n.space_before && !is_link_word(n.key))
        {
            c.i = save;
            break;
        }
        // `2021 weekend` is a year before a noun, not 2021 weekends
        if n.is_integer() && (1900..=2100).contains(&n.mantissa()) && !t.key.ends_with('s') {
            c.i = save;
            break;
        }
        c.bump();
        // `3 months and 2 days ago`: the last part opens an offset, the date grammar's
        if !out.is_empty() && matches!(c.key(), "ago" | "earlier" | "later") {
            c.i = save;
            break;
        }
        vague |= few;
        out.push((n, u));
        // `one hour and a half`, `one year and a quarter`
        let frac = if c.eat_seq(&["and", "a", "half"])
            || c.eat_seq(&["and", "half"])
            || c.eat_seq(&["et", "demie"])
            || c.eat_seq(&["et", "demi"])
        {
            Decimal::new(5, 1)
        } else if c.eat_seq(&["and", "a", "quarter"]) || c.eat_seq(&["et", "quart"]) {
            Decimal::new(25, 2)
        } else {
            None
        };
        if let Some(f) = frac {
            let total = n.checked_add(f).unwrap_or(n);
            out.pop();
            out.push((total, u));
        }
    }
    if out.is_empty() { None } else { Some((out, vague)) }
}

/// Small words that may follow a length of time (`une seconde de plus`, `a second or
/// two`): after one, `seconde`/`second` is still a unit.
fn is_link_word(key: &str) -> bool {
    matches!(
        key,
        "de" | "d'"
            | "et"
            | "ou"
            | "a"
            | "pour"
            | "plus"
            | "apres"
            | "avant"
            | "pres"
            | "puis"
            | "and"
            | "or"
            | "of"
            | "to"
            | "for"
            | "more"
            | "later"
            | "earlier"
            | "ago"
            | "after"
            | "before"
    )
}

/// Reads a duration starting at `ctx.at`.
pub fn parse(ctx: &Context<'_>) -> Option<Found> {
    let store = KeyStore::default();
    parse_from(ctx, &mut SentenceTokens::new(ctx.sentence, &store), false)
}

/// [`parse`], reading the tokens of `toks` (the tokens of `ctx.sentence`, shared by every
/// candidate of the sentence); `gated` says the caller already checked that the position
/// opens with a word of [`STARTS`] or a digit (the scan loop's prefilter does).
pub fn parse_from(ctx: &Context<'_>, toks: &mut SentenceTokens<'_>, gated: bool) -> Option<Found> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, FnvBuild>> = std::sync::OnceLock::new();
    let first = ctx.rest().chars().next()?;
    if !first.is_alphanumeric() && first != '½' {
        return None;
    }
    if !gated && !opens_with(ctx.rest(), SET.get_or_init(|| STARTS.iter().copied().collect())) {
        return None;
    }
    debug_assert!(std::ptr::eq(toks.text(), ctx.sentence), "tokens of another sentence");
    // the early exit reads at most three tokens: only those are read at most candidates
    if !toks.window(ctx.at, 3, may_open) {
        return None;
    }
    let (expr, vague, end) = toks.window(ctx.at, WINDOW, |toks| {
        let mut c = Cur::new(toks);
        let (expr, vague) = read(&mut c)?;
        let end = c.end_offset()?;
        if is_rate(ctx, toks) || is_clock_time(ctx, toks) {
            return None;
        }
        Some((expr, vague, end))
    })?;
    let mut notes = Vec::new();
    if vague {
        notes.push(Note::new("vague", "the text gives this length only approximately"));
    }
    Some(Found { range: ctx.at..end, value: Parsed::Duration(expr), notes })
}

/// `12 million tonnes a year`, `€500 million of synergies a year`: `a year` after a
/// quantity is a rate, not a length. A bare `a`/`an` + unit is a duration only after a
/// word that introduces one (`for a year`, `more than a year`, `in a week`) or at the
/// start of a clause.
pub(super) fn is_rate(ctx: &Context<'_>, toks: &[super::time::tokens::Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    if !matches!(first.low(), "a" | "an") || toks.get(1).is_some_and(|t| t.key == "few" || t.key == "couple") {
        return false;
    }
    let before = ctx.before().trim_end();
    if before.is_empty() || before.ends_with([',', ';', ':', '(', '—', '–']) {
        return false;
    }
    let prev = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    !matches!(
        prev.as_str(),
        "for"
            | "over"
            | "during"
            | "in"
            | "within"
            | "after"
            | "than"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "only"
            | "just"
            | "least"
            | "most"
            | "under"
            | "to"
            | "by"
            | "of"
            | "lasting"
            | "took"
            | "takes"
            | "take"
            | "spent"
            | "spend"
            | "and"
            | "or"
            | "half"
            | "once"
            | "roughly"
            | "some"
            | "barely"
    )
}

/// `vers 11h`, `à 8h`, `dès 7h`, `avant 10h`: a count of hours glued to `h` right after a
/// word that places an event on the clock is a time of day, not a length (`pendant 11h`,
/// `une grève de 24h` stay lengths).
fn is_clock_time(ctx: &Context<'_>, toks: &[super::time::tokens::Tok]) -> bool {
    if !(toks.len() >= 2 && toks[0].kind == Kind::Num && toks[1].key == "h" && !toks[1].space_before) {
        return false;
    }
    let before = ctx.before().trim_end();
    let prev = before.rsplit(|c: char| !c.is_alphanumeric() && c != '\'').next().unwrap_or("");
    let prev = prev.rsplit(['\'', '’']).next().unwrap_or(prev).to_lowercase();
    matches!(prev.as_str(), "vers" | "à" | "dès" | "des" | "avant" | "at" | "around")
}

/// The duration grammar over a token window.
pub(super) fn read(c: &mut Cur<'_>) -> Option<(DurationExpr, bool)> {
    let save = c.i;
    // unquantified: `pluriannuel`, `multi-year`, `pluri-annuel`
    if c.key().starts_with("pluriannuel")
        || c.eat_seq(&["multi", "-", "year"]) && {
            c.i -= 1;
            true
        }
        || c.key() == "multiyear"
        || c.key() == "multiannual"
        || c.eat_seq(&["pluri", "-"]) && c.key().starts_with("annuel")
        || c.eat_seq(&["multi", "-"]) && matches!(c.key(), "annual" | "years")
    {
        c.bump();
        return Some((DurationExpr { parts: Vec::new(), vague_unit: Some(Unit::Year), anchor: Anchor::None }, true));
    }
    c.i = save;
    let mut anchor = Anchor::None;
    let lead = anchor_word(c.key());
    if let Some(a) = lead {
        c.bump();
        anchor = a;
    }
    // `sur les sept prochaines années`, `over the next seven years`, `pendant les dix
    // dernières années`, `over the past decade`, `la prochaine décennie`
    let s1 = c.i;
    c.eat_any(&["les", "the", "la", "le", "l'", "ces", "these"]);
    let dir = |k: &str| match k {
        "prochaines" | "prochains" | "prochaine" | "prochain" | "next" | "coming" | "upcoming" => Some(Anchor::Future),
        "dernieres" | "derniers" | "derniere" | "dernier" | "past" | "last" | "previous" => Some(Anchor::Past),
        _ => None,
    };
    // `for the last 2 quarters` is a period (the time grammar's), `over the next 7 years` a
    // length
    if let Some(a) = dir(c.key()).filter(|_| lead.is_none() || c.toks[save].key != "for") {
        c.bump();
        if let Some((p, v)) = parts(c) {
            return Some((DurationExpr { parts: p, vague_unit: None, anchor: a }, v));
        }
        if let Some(u) = unit(c.key()).filter(|u| matches!(u, Unit::Decade | Unit::Century)) {
            c.bump();
            return Some((DurationExpr { parts: vec![(Decimal::from_int(1), u)], vague_unit: None, anchor: a }, false));
        }
    }
    c.i = s1;
    c.eat_any(&["les", "the", "ces", "these"]);
    if let Some((p, v)) = parts(c) {
        return Some((DurationExpr { parts: p, vague_unit: None, anchor }, v));
    }
    c.i = s1;
    c.eat_any(&["les", "the", "ces"]);
    // `les sept prochaines années`: count, direction, unit
    if let Some((n, few)) = count(c)
        && let Some(a) = dir(c.key())
    {
        c.bump();
        if let Some(u) = unit(c.key()).filter(|_| c.peek().is_some_and(|t| t.key.len() > 1)) {
            c.bump();
            if lead.is_some() {
                return Some((DurationExpr { parts: vec![(n, u)], vague_unit: None, anchor: a }, few));
            }
            // without `sur`/`over`, `les sept prochaines années` is a period (time grammar)
            c.i = save;
            return None;
        }
    }
    c.i = s1;
    // `toute la journée`, `all day`, `the whole week`, `tout le mois`
    if c.eat_any_seq(&[
        &["toute", "la"],
        &["tout", "le"],
        &["toute", "le"],
        &["all"],
        &["the", "whole"],
        &["the", "entire"],
        &["whole"],
    ]) && let Some(u) = unit(c.key()).filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year))
    {
        c.bump();
        return Some((DurationExpr { parts: vec![(Decimal::from_int(1), u)], vague_unit: None, anchor }, false));
    }
    c.i = save;
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{Context, Parsed};
    use crate::lang::Lang;

    fn iso(s: &str, lang: Lang) -> Option<(String, String, Anchor)> {
        let f = parse(&Context { lang, sentence: s, at: 0 })?;
        match f.value {
            Parsed::Duration(d) => Some((d.iso(), s[f.range].to_string(), d.anchor)),
            _ => None,
        }
    }

    #[test]
    fn french_durations() {
        assert_eq!(iso("sept ans de contrat", Lang::Fr).map(|x| x.0), Some("P7Y".into()));
        assert_eq!(iso("sur sept ans", Lang::Fr).map(|x| (x.0, x.1)), Some(("P7Y".into(), "sur sept ans".into())));
        assert_eq!(iso("pendant dix ans", Lang::Fr).map(|x| x.0), Some("P10Y".into()));
        assert_eq!(iso("18 mois", Lang::Fr).map(|x| x.0), Some("P18M".into()));
        assert_eq!(iso("une décennie", Lang::Fr).map(|x| x.0), Some("P10Y".into()));
        assert_eq!(iso("3,5 ans", Lang::Fr).map(|x| x.0), Some("P3.5Y".into()));
        assert_eq!(iso("pluriannuel", Lang::Fr).map(|x| x.0), Some("PXY".into()));
        let (i, text, a) = iso("sur les sept prochaines années.", Lang::Fr).unwrap();
        assert_eq!((i.as_str(), text.as_str(), a), ("P7Y", "sur les sept prochaines années", Anchor::Future));
        assert_eq!(iso("la prochaine décennie", Lang::Fr).map(|x| (x.0, x.2)), Some(("P10Y".into(), Anchor::Future)));
    }

    #[test]
    fn english_durations() {
        assert_eq!(iso("over seven years", Lang::En).map(|x| x.0), Some("P7Y".into()));
        assert_eq!(iso("a decade", Lang::En).map(|x| x.0), Some("P10Y".into()));
        assert_eq!(iso("1 hour and 30 minutes", Lang::En).map(|x| x.0), Some("PT1H30M".into()));
        assert_eq!(iso("3h", Lang::En).map(|x| x.0), Some("PT3H".into()));
        assert_eq!(iso("seven-year deal", Lang::En).map(|x| x.0), Some("P7Y".into()));
        assert_eq!(iso("multi-year", Lang::En).map(|x| x.0), Some("PXY".into()));
        assert_eq!(
            iso("over the next seven years", Lang::En).map(|x| (x.0, x.2)),
            Some(("P7Y".into(), Anchor::Future))
        );
    }

    #[test]
    fn rates_are_not_durations() {
        let s = "The mines produce 12 million tonnes of ore a year.";
        let at = s.find("a year").unwrap();
        assert!(parse(&Context { lang: Lang::En, sentence: s, at }).is_none());
        let s = "The contract runs for a year.";
        let at = s.find("a year").unwrap();
        assert!(parse(&Context { lang: Lang::En, sentence: s, at }).is_some());
    }

    #[test]
    fn not_durations() {
        assert!(iso("3 m", Lang::En).is_none());
        assert!(iso("sept", Lang::Fr).is_none());
        assert!(iso("les sept prochaines années", Lang::Fr).is_none());
        assert!(iso("a few", Lang::En).is_none());
        assert!(iso("une seconde clôture", Lang::Fr).is_none());
        assert!(iso("a second round", Lang::En).is_none());
        assert_eq!(iso("one second time difference", Lang::En).map(|x| x.0), Some("PT1S".into()));
        assert_eq!(iso("une seconde de plus", Lang::Fr).map(|x| x.0), Some("PT1S".into()));
        // Clock times: `vers 11h00`, `à 07h30`, `06h`.
        for clock in ["11h00", "07h30", "06h", "14h15"] {
            assert!(iso(clock, Lang::Fr).is_none(), "{clock}");
        }
    }

    /// The duration read at `word` in `s`, if any.
    fn iso_at(s: &str, word: &str) -> Option<String> {
        let at = s.find(word).unwrap();
        match parse(&Context { lang: Lang::Fr, sentence: s, at })?.value {
            Parsed::Duration(d) => Some(d.iso()),
            _ => None,
        }
    }

    #[test]
    fn clock_times_are_not_durations() {
        // hours glued to minutes: a time of day wherever it stands
        assert_eq!(iso_at("La séance a repris à 14h45 au Sénat.", "14h"), None);
        assert_eq!(iso_at("Le cortège partira 9h15 précises.", "9h"), None);
        // a bare hour after a word that places an event on the clock
        assert_eq!(iso_at("Les élus sont attendus vers 18h devant la mairie.", "18h"), None);
        assert_eq!(iso_at("Le vote est prévu dès 7h ce matin.", "7h"), None);
        assert_eq!(iso_at("Le bureau ouvre jusqu'à 20h.", "20h"), None);
        // lengths stay lengths
        assert_eq!(iso_at("Les routiers observent une grève de 48h.", "48h"), Some("PT48H".into()));
        assert_eq!(iso_at("Le débat a duré pendant 6h sans pause.", "pendant"), Some("PT6H".into()));
        assert_eq!(iso_at("Il a fallu 3h pour dégager la route.", "3h"), Some("PT3H".into()));
    }
}
