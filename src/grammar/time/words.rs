//! Closed word classes of the date grammar: spelled numbers and ordinals (small ones, as
//! dates and durations use them), weekdays, calendar units and seasons, in French and
//! English. Keys are folded (see [`super::tokens::fold`]). Large numbers and amounts are
//! the number grammar's job, not this one's.

use super::tokens::{Cur, Kind};
use crate::decimal::Decimal;

/// A calendar or clock unit a duration or an offset counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days (also nights).
    Day,
    /// Weekends.
    Weekend,
    /// Weeks.
    Week,
    /// Fortnights (two weeks).
    Fortnight,
    /// Months.
    Month,
    /// Quarters (three months).
    Quarter,
    /// Half-years.
    Semester,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// True for units below a day (they matter for durations only).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// The unit a word names (`ans`, `années`, `years`, `mois`, `jours`, `h`, …).
pub fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "seconde" | "secondes" | "second" | "seconds" | "sec" | "secs" | "s" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "heure" | "heures" | "hour" | "hours" | "h" | "hr" | "hrs" => Unit::Hour,
        "jour" | "jours" | "journee" | "journees" | "day" | "days" | "nuit" | "nuits" | "night" | "nights" | "d" => {
            Unit::Day
        }
        "weekend" | "weekends" | "week-end" | "week-ends" => Unit::Weekend,
        "semaine" | "semaines" | "week" | "weeks" | "w" | "wk" | "wks" => Unit::Week,
        "quinzaine" | "quinzaines" | "fortnight" | "fortnights" => Unit::Fortnight,
        "mois" | "month" | "months" | "m" => Unit::Month,
        "trimestre" | "trimestres" | "quarter" | "quarters" => Unit::Quarter,
        "semestre" | "semestres" => Unit::Semester,
        "an" | "ans" | "annee" | "annees" | "year" | "years" | "y" | "yr" | "yrs" => Unit::Year,
        "decennie" | "decennies" | "decade" | "decades" => Unit::Decade,
        "siecle" | "siecles" | "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// The ISO weekday (1 = Monday … 7 = Sunday) of a full weekday name.
pub fn weekday(word: &str) -> Option<i8> {
    Some(match word {
        "lundi" | "monday" => 1,
        "mardi" | "tuesday" => 2,
        "mercredi" | "wednesday" => 3,
        "jeudi" | "thursday" => 4,
        "vendredi" | "friday" => 5,
        "samedi" | "saturday" => 6,
        "dimanche" | "sunday" => 7,
        _ => return None,
    })
}

/// The weekday of an abbreviation (`lun.`, `Mon`, `Tue`); only trusted before a day number.
pub fn weekday_abbrev(word: &str) -> Option<i8> {
    Some(match word {
        "lun" | "mon" => 1,
        "mar" | "tue" | "tues" => 2,
        "mer" | "wed" => 3,
        "jeu" | "thu" | "thur" | "thurs" => 4,
        "ven" | "fri" => 5,
        "sam" | "sat" => 6,
        "dim" | "sun" => 7,
        _ => return None,
    })
}

/// Units 0–19 and tens in both languages.
fn small(word: &str) -> Option<i64> {
    Some(match word {
        "zero" => 0,
        "un" | "une" | "one" | "a" | "an" => 1,
        "deux" | "two" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        "dix" | "ten" => 10,
        "onze" | "eleven" => 11,
        "douze" | "twelve" => 12,
        "treize" | "thirteen" => 13,
        "quatorze" | "fourteen" => 14,
        "quinze" | "fifteen" => 15,
        "seize" | "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(word: &str) -> Option<i64> {
    Some(match word {
        "vingt" | "vingts" | "twenty" => 20,
        "trente" | "thirty" => 30,
        "quarante" | "forty" => 40,
        "cinquante" | "fifty" => 50,
        "soixante" | "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Skips a joiner between parts of a spelled number (`-`, `et`, `and`), or nothing.
fn joiner(c: &mut Cur<'_>) {
    let save = c.i;
    if c.eat("-") || c.eat("et") || c.eat("and") {
        if c.key() == "-" {
            c.bump();
        }
        if small(c.key()).is_none() && tens(c.key()).is_none() && !matches!(c.key(), "onze" | "dix") {
            c.i = save;
        }
    }
}

/// Reads a spelled number below 100 (`sept`, `vingt-quatre`, `soixante-dix`,
/// `quatre-vingt-dix`, `twenty five`). `a`/`an`/`un`/`une` read as 1.
pub fn spelled(c: &mut Cur<'_>) -> Option<i64> {
    let save = c.i;
    let k = c.key();
    // `à` folds to `a` but is a preposition, not the article
    if k == "a" && c.peek().is_some_and(|t| t.low() != "a") {
        return None;
    }
    if k == "quatre"
        && c.peek_at(1).is_some_and(|t| t.key == "-")
        && c.peek_at(2).is_some_and(|t| t.key.starts_with("vingt"))
    {
        c.i += 3;
        let mut v = 80;
        let s2 = c.i;
        joiner(c);
        if let Some(u) = small(c.key()).filter(|u| (1..=19).contains(u) && c.key() != "a" && c.key() != "an") {
            c.bump();
            v += u;
        } else if c.eat("dix") {
            v += 10;
        } else {
            c.i = s2;
        }
        return Some(v);
    }
    if let Some(t) = tens(k) {
        c.bump();
        let mut v = t;
        let s2 = c.i;
        joiner(c);
        let u = c.key();
        if let Some(n) = small(u).filter(|n| (1..=19).contains(n) && !matches!(u, "a" | "an"))
            && (n < 10 || t == 60)
        {
            {
                c.bump();
                v += n;
                // `soixante-dix-sept`
                if t == 60 && n == 10 {
                    let s3 = c.i;
                    joiner(c);
                    if let Some(m) = small(c.key()).filter(|m| (1..=9).contains(m)) {
                        c.bump();
                        v += m;
                    } else {
                        c.i = s3;
                    }
                }
                return Some(v);
            }
        }
        c.i = s2;
        return Some(v);
    }
    if k == "dix" && c.peek_at(1).is_some_and(|t| t.key == "-") {
        // `dix-sept`, `dix-huit`, `dix-neuf`
        if let Some(n) = c.peek_at(2).and_then(|t| small(t.key)).filter(|n| (7..=9).contains(n)) {
            c.i += 3;
            return Some(10 + n);
        }
    }
    if let Some(v) = small(k) {
        c.bump();
        return Some(v);
    }
    c.i = save;
    None
}

/// Reads a count: digits (with a decimal part `3.5`, `3,5`), a spelled number, or the
/// vague `quelques`/`a few`/`several` (read as 3, flagged vague by the second value).
pub fn count(c: &mut Cur<'_>) -> Option<(Decimal, bool)> {
    // every reading below opens with a number or one of these words: most calls (at `de`,
    // `la`, a month…) end here, before a score of comparisons
    let t = c.peek()?;
    if t.kind != Kind::Num && !opens_count(t.key) {
        return None;
    }
    count_ungated(c)
}

/// [`count`] without its first-word gate.
fn count_ungated(c: &mut Cur<'_>) -> Option<(Decimal, bool)> {
    let save = c.i;
    // `à` folds to `a` but never opens a count
    if c.key() == "a" && c.peek().is_some_and(|t| t.low() != "a") {
        return None;
    }
    if let Some((n, _)) = c.eat_num() {
        let s2 = c.i;
        if (c.key() == "." || c.key() == ",") && c.glued() {
            c.bump();
            if let Some(t) = c.peek().filter(|t| t.kind == Kind::Num && !t.space_before && t.key.len() <= 2) {
                c.bump();
                let frac: i128 = t.key.parse().ok()?;
                let scale = t.key.len() as u32;
                let d = Decimal::new(i128::from(n) * 10i128.pow(scale) + frac, scale)?;
                return Some((d, false));
            }
            c.i = s2;
        }
        return Some((Decimal::from_int(i128::from(n)), false));
    }
    // `half an hour`, `half a day`, `une demi-heure`, `une demi-journée`
    if c.eat("½")
        || c.eat_seq(&["half", "an"])
        || c.eat_seq(&["half", "a"])
        || c.eat_seq(&["une", "demi", "-"])
        || c.eat_seq(&["un", "demi", "-"])
        || c.eat_seq(&["demi", "-"])
    {
        return Some((Decimal::new(5, 1)?, false));
    }
    if c.eat("another") {
        return Some((Decimal::from_int(1), false));
    }
    if c.eat_seq(&["a", "few"])
        || c.eat("few")
        || c.eat("several")
        || c.eat("some")
        || c.eat("quelques")
        || c.eat_seq(&["quel", "ques"])
    {
        return Some((Decimal::from_int(3), true));
    }
    if c.eat_seq(&["a", "couple", "of"])
        || c.eat_seq(&["a", "couple"])
        || c.eat_seq(&["couple", "of"])
        || c.eat("couple")
    {
        return Some((Decimal::from_int(2), false));
    }
    if let Some(v) = spelled(c) {
        // `one and a half hours`
        let s2 = c.i;
        if c.eat_seq(&["and", "a", "half"]) || c.eat_seq(&["and", "half"]) || c.eat_seq(&["et", "demi"]) {
            let d = Decimal::new(i128::from(v) * 10 + 5, 1)?;
            return Some((d, false));
        }
        if c.eat_seq(&["and", "a", "quarter"]) {
            let d = Decimal::new(i128::from(v) * 100 + 25, 2)?;
            return Some((d, false));
        }
        c.i = s2;
        return Some((Decimal::from_int(i128::from(v)), false));
    }
    c.i = save;
    None
}

/// True when a count may open with the word `k` (besides digits): the first words of the
/// readings of [`count`] and [`spelled`].
fn opens_count(k: &str) -> bool {
    matches!(k, "½" | "half" | "demi" | "another" | "few" | "several" | "some" | "quelques" | "quel" | "couple")
        || small(k).is_some()
        || tens(k).is_some()
}

/// Reads an ordinal day or rank: `1er`, `3rd`, `21st`, `premier`, `first`, `third`,
/// `twenty-first`, `deuxième`, `3e`. Returns the number.
pub fn ordinal(c: &mut Cur<'_>) -> Option<i64> {
    let save = c.i;
    if let Some((n, _)) = c.eat_num() {
        if c.glued() && c.eat_any(&["er", "re", "st", "nd", "rd", "th", "e", "eme", "ieme", "d"]).is_some() {
            return Some(n);
        }
        c.i = save;
        return None;
    }
    let word_ord = |w: &str| -> Option<i64> {
        Some(match w {
            "premier" | "premiere" | "first" => 1,
            "deuxieme" | "second" | "seconde" => 2,
            "troisieme" | "third" => 3,
            "quatrieme" | "fourth" => 4,
            "cinquieme" | "fifth" => 5,
            "sixieme" | "sixth" => 6,
            "septieme" | "seventh" => 7,
            "huitieme" | "eighth" => 8,
            "neuvieme" | "ninth" => 9,
            "dixieme" | "tenth" => 10,
            "eleventh" => 11,
            "twelfth" => 12,
            "thirteenth" => 13,
            "fourteenth" => 14,
            "fifteenth" => 15,
            "sixteenth" => 16,
            "seventeenth" => 17,
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            "thirtieth" => 30,
            _ => return None,
        })
    };
    if let Some(t) = tens(c.key()) {
        // `twenty-first`, `thirty first`
        c.bump();
        let s2 = c.i;
        c.eat("-");
        if let Some(u) = word_ord(c.key()).filter(|u| *u < 10) {
            c.bump();
            return Some(t + u);
        }
        c.i = s2;
        c.i = save;
    }
    if let Some(v) = word_ord(c.key()) {
        c.bump();
        return Some(v);
    }
    c.i = save;
    None
}

/// A meteorological season: 1 spring, 2 summer, 3 autumn, 4 winter.
pub fn season(word: &str) -> Option<i8> {
    Some(match word {
        "printemps" | "spring" => 1,
        "ete" | "summer" => 2,
        "automne" | "autumn" | "fall" => 3,
        "hiver" | "winter" => 4,
        _ => return None,
    })
}

/// Reads a year spelled out in English (`nineteen ninety six`, `two thousand and
/// fifteen`, `nineteen hundred ninety three`, `seventeen hundred thirty three`).
pub fn spelled_year(c: &mut Cur<'_>) -> Option<i64> {
    let save = c.i;
    // `two thousand [and] fifteen`
    if c.eat_seq(&["two", "thousand"]) {
        let s2 = c.i;
        c.eat("and");
        if let Some(v) = spelled(c).filter(|v| *v < 100 && !matches!(c.toks[c.i - 1].key, "a" | "an")) {
            return Some(2000 + v);
        }
        c.i = s2;
        return Some(2000);
    }
    let Some(hi) = spelled(c).filter(|v| (10..=29).contains(v)) else {
        c.i = save;
        return None;
    };
    if c.eat("hundred") {
        c.eat("and");
        let lo = spelled(c).filter(|v| *v < 100).unwrap_or(0);
        return Some(hi * 100 + lo);
    }
    // `nineteen ninety six`: the second half must be 10–99
    match spelled(c).filter(|v| (10..=99).contains(v)) {
        Some(lo) => Some(hi * 100 + lo),
        None => {
            c.i = save;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{KeyStore, tokenize};
    use super::*;

    fn read(s: &str) -> Option<i64> {
        let store = KeyStore::default();
        let t = tokenize(s, 0, &store);
        let mut c = Cur::new(&t);
        spelled(&mut c)
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(read("sept"), Some(7));
        assert_eq!(read("vingt-quatre"), Some(24));
        assert_eq!(read("vingt et un"), Some(21));
        assert_eq!(read("soixante-dix-sept"), Some(77));
        assert_eq!(read("quatre-vingt-dix"), Some(90));
        assert_eq!(read("twenty five"), Some(25));
        assert_eq!(read("dix-huit"), Some(18));
        assert_eq!(read("lundi"), None);
    }

    #[test]
    fn ordinals() {
        for (s, n) in [("1er", 1), ("3rd", 3), ("twenty-first", 21), ("premier", 1), ("3e", 3), ("second", 2)] {
            let store = KeyStore::default();
            let t = tokenize(s, 0, &store);
            assert_eq!(ordinal(&mut Cur::new(&t)), Some(n), "{s}");
        }
    }

    /// Every token of `s` as the date grammars see it.
    fn all_tokens<R>(s: &str, f: impl for<'a> FnOnce(&'a [crate::grammar::time::tokens::Tok<'a>]) -> R) -> R {
        let store = KeyStore::default();
        crate::grammar::time::tokens::SentenceTokens::new(s, &store).window(0, s.len() + 1, f)
    }

    #[test]
    fn count_gate_turns_down_only_what_count_would() {
        let mut texts: Vec<String> = crate::grammar::time::vocab::FOLLOW
            .iter()
            .chain(&["Un", "UNE", "À", "a", "½", "x", "12", "3,5", "quel", "Quatre"])
            .flat_map(|w| {
                ["", " ans", "-vingt-dix jours", " demi - heure", " and a half years", " couple of weeks", " ques"]
                    .map(|tail| format!("{w}{tail}"))
            })
            .collect();
        for lang in [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En] {
            for a in crate::grammar::corpus::articles(3, 3, lang) {
                texts.extend(a.text.lines().map(str::to_string));
            }
        }
        let mut read = 0;
        for s in &texts {
            all_tokens(s, |toks| {
                for i in 0..toks.len() {
                    let (mut a, mut b) = (Cur { toks, i }, Cur { toks, i });
                    let gated = count(&mut a);
                    read += usize::from(gated.is_some());
                    assert_eq!((gated, a.i), (count_ungated(&mut b), b.i), "{s:?} at token {i}");
                }
            });
        }
        assert!(read > 1000, "only {read} counts read");
    }

    #[test]
    fn counts_with_decimals() {
        let store = KeyStore::default();
        let t = tokenize("3,5 ans", 0, &store);
        let mut c = Cur::new(&t);
        assert_eq!(count(&mut c).map(|x| x.0.to_string()), Some("3.5".to_string()));
        assert_eq!(c.key(), "ans");
    }
}
