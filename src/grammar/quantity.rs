//! Counted quantities: a number followed by a counted noun (`14 000 employés`,
//! `10 gigawatts`, `500 000 GPU`, `2 millions de personnes`), with bounds.
//!
//! What it deliberately does not read: durations (`sept ans`, `18 mois`), dates
//! (`3 novembre`), years standing alone, clock times, percentages and money — their own
//! grammars do — and a bare article (`un accord` is not one agreement).

use super::bound::{self, Piece, Reading};
use super::currency::{is_currency_word, is_currency_word_lowered};
use super::figure::Shared;
use super::lexeme::{LangLeads, boundary, continues_token, fail, in_url, keyword, may_start, next_word, ws0};
use super::time::vocab::FnvBuild;
use super::{Context, Found, Parsed};
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::mention::{Figure, Quantity};
use nom::IResult;

/// The lowercase words (or their prefixes) at which a quantity can begin, besides digits
/// and bound symbols: bound words, range openers and number words from two up (a bare
/// `un`/`one` is an article or a pronoun far more often than a count).
pub const STARTS: &[&str] =
    &super::lexeme::concat_words::<
        {
            bound::FR_STARTS.len()
                + bound::EN_STARTS.len()
                + super::number::FR_NUMBER_STARTS.len()
                + super::number::EN_NUMBER_STARTS.len()
        },
    >(&[bound::FR_STARTS, bound::EN_STARTS, super::number::FR_NUMBER_STARTS, super::number::EN_NUMBER_STARTS]);

/// The non-alphanumeric characters (besides digits) a quantity can begin with: bound
/// symbols.
pub const SYMBOL_STARTS: &[char] = &['~', '≈', '>', '<', '≥', '≤'];

/// Nouns that are never counted here: time units and calendar words (durations and dates
/// are other grammars'), percent words, scale words, and function words that can follow a
/// number.
const NOT_UNITS: &[&str] = &[
    // Time (French).
    "an",
    "ans",
    "année",
    "années",
    "mois",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "heure",
    "heures",
    "minute",
    "minutes",
    "seconde",
    "secondes",
    "trimestre",
    "trimestres",
    "semestre",
    "semestres",
    "décennie",
    "décennies",
    "siècle",
    "siècles",
    "nuit",
    "nuits",
    "fois",
    "reprises",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "h",
    "min",
    "er",
    "ème",
    "e", // (English)
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "second",
    "seconds",
    "quarter",
    "quarters",
    "decade",
    "decades",
    "century",
    "centuries",
    "night",
    "nights",
    "times",
    "time",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "am",
    "pm",
    "st",
    "nd",
    "rd",
    "th",
    // Percent and scale words.
    "pour",
    "pourcent",
    "pourcents",
    "pourcentage",
    "percent",
    "per",
    "percentage",
    "pct",
    "million",
    "millions",
    "milliard",
    "milliards",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "millier",
    "milliers",
    "thousand",
    "lakh",
    "crore",
    "bn",
    "md",
    "mds", // Function words (French).
    "de",
    "du",
    "des",
    "d",
    "et",
    "ou",
    "à",
    "au",
    "aux",
    "en",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "par",
    "sur",
    "sous",
    "avec",
    "dans",
    "entre",
    "que",
    "qui",
    "qu",
    "ne",
    "n",
    "se",
    "s",
    "sa",
    "son",
    "ses",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "leur",
    "leurs",
    "y",
    "a",
    "est",
    "sont",
    "ont",
    "était",
    "sera",
    "fut",
    "plus",
    "moins",
    "très",
    "environ",
    "près",
    "selon",
    "contre",
    "vers",
    "chez",
    "après",
    "avant",
    "depuis",
    "pendant",
    "dont",
    "où",
    "mais",
    "donc",
    "car",
    "ni",
    "or",
    "si",
    "comme",
    "premiers",
    "premières",
    "derniers",
    "dernières",
    "prochains",
    "prochaines",
    "suivants",
    "suivantes",
    "fin",
    "début",
    "mi",
    "pour",
    "afin",
    "jusqu",
    "lors", // (English)
    "of",
    "and",
    "the",
    "to",
    "in",
    "at",
    "for",
    "from",
    "by",
    "with",
    "into",
    "over",
    "under",
    "as",
    "than",
    "that",
    "this",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "can",
    "could",
    "should",
    "might",
    "has",
    "have",
    "had",
    "it",
    "its",
    "they",
    "them",
    "he",
    "she",
    "we",
    "you",
    "who",
    "which",
    "more",
    "less",
    "most",
    "least",
    "first",
    "last",
    "next",
    "previous",
    "so",
    "up",
    "down",
    "out",
    "about",
    "after",
    "before",
    "since",
    "until",
    "while",
    "each",
    "all",
    "both",
    "such",
    "not",
    "no",
    "also",
    "already",
    "ago",
    "earlier",
    "later",
    "per",
    "or",
    "but",
    "if",
    "when",
    "then",
    "there",
    "here",
    "what",
    "other",
    "others",
];

/// Adjectives read through to the noun they qualify (`3 nouveaux centres`).
const ADJECTIVES: &[&str] = &[
    "nouveaux",
    "nouvelles",
    "nouveau",
    "nouvelle",
    "autres",
    "supplémentaires",
    "additionnels",
    "grands",
    "grandes",
    "petits",
    "petites",
    "new",
    "additional",
    "extra",
    "more",
    "other",
    "large",
    "small",
    "major",
];

fn lower(w: &str) -> String {
    let l = w.to_lowercase();
    if l.contains('’') { l.replace('’', "'") } else { l }
}

/// French words ending in `s` that are no plural noun (`en 2024 auprès de`, `en 2024 dans
/// la région`, `2024 puis 2025`): after a year they never make it a count.
const INVARIABLE_WORDS: &[&str] = &[
    "auprès",
    "après",
    "dans",
    "depuis",
    "sous",
    "vers",
    "sans",
    "alors",
    "puis",
    "plus",
    "moins",
    "très",
    "jamais",
    "toujours",
    "lors",
    "hors",
    "dès",
    "pas",
    "mais",
    "tous",
    "parmi",
    "désormais",
    "ailleurs",
];

/// [`NOT_UNITS`] as a set.
fn not_units() -> &'static std::collections::HashSet<&'static str, FnvBuild> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, FnvBuild>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_UNITS.iter().copied().collect())
}

/// A product or model code before the noun (`H100` in `3,5 millions de H100`,
/// `500 000 GB200 chips`): letters then digits, upper case first.
fn model_code(s: &str) -> Option<&str> {
    let end = s.find(|c: char| !super::lexeme::is_alnum(c)).unwrap_or(s.len());
    let code = &s[..end];
    let upper_first = code.starts_with(|c: char| c.is_ascii_uppercase());
    let has_digit = code.bytes().any(|b| b.is_ascii_digit());
    // `USD50` is money, not a model.
    (upper_first && has_digit && code.len() >= 2 && super::currency::before(code).is_err()).then(|| &s[end..])
}

/// A counted noun at the start of `s`, read through one qualifying adjective or one model
/// code (`3 new sites`, `500 000 H100 chips`).
fn noun(s: &str, lang: Lang) -> IResult<&str, &str> {
    if let Some(after) = model_code(s) {
        let r = ws0(after);
        if r.len() < after.len()
            && model_code(r).is_none()
            && let Ok(x) = noun(r, lang)
        {
            return Ok(x);
        }
        return fail(s);
    }
    let (rest, w) = next_word(s)?;
    if w.chars().count() < 2 || !boundary(rest) || rest.starts_with(['\'', '’']) {
        return fail(s);
    }
    // A word (letters and inner hyphens) has no `’` for `lower` to replace.
    let mut buf = [0u8; 64];
    let lw = if w.contains('’') { std::borrow::Cow::Owned(lower(w)) } else { super::lexeme::lowercase(w, &mut buf) };
    if ADJECTIVES.contains(&&*lw) {
        let r = ws0(rest);
        if r.len() < rest.len()
            && let Ok((rest2, w2)) = noun(r, lang)
        {
            return Ok((rest2, w2));
        }
        return fail(s);
    }
    let currency = if w.contains('’') { is_currency_word(w) } else { is_currency_word_lowered(w, &lw) };
    if not_units().contains(&*lw) || currency || super::money::is_number_word(&lw, lang) {
        return fail(s);
    }
    Ok((rest, w))
}

/// A number with its scale and the noun it counts; the noun may be missing (the low end of
/// a range): a full quantity is a piece with its noun.
fn piece<'a>(s: &'a str, sh: &Shared<'a>) -> IResult<&'a str, Piece<String>> {
    let lang = sh.lang();
    if !sh.piece_may_lead(s, 2) {
        return fail(s);
    }
    if s.starts_with(['+', '-', '−']) {
        return fail(s);
    }
    // A bare article is not a count (each article starts with `u`, `o` or `a`, which only
    // those ASCII letters fold to).
    let num = sh.number(s);
    let collective = num.as_ref().is_ok_and(|(_, n)| n.approx);
    let articles: &[&str] =
        if s.starts_with(['u', 'U', 'o', 'O', 'a', 'A']) { &["un", "une", "one", "a", "an"] } else { &[] };
    for w in articles {
        if let Ok((r, _)) = keyword(s, w)
            && !collective
            && keyword(ws0(r), "million").is_err()
            && keyword(ws0(r), "millions").is_err()
            && keyword(ws0(r), "milliard").is_err()
            && keyword(ws0(r), "billion").is_err()
            && keyword(ws0(r), "dozen").is_err()
            && keyword(ws0(r), "hundred").is_err()
            && keyword(ws0(r), "thousand").is_err()
        {
            return fail(s);
        }
    }
    let (r0, n) = num?;
    let (r, (value, sc, approx)) = match sh.scale_after(r0, n) {
        // `500 MW`: an abbreviation is the unit here, not a scale.
        (_, (_, Some(sc), _)) if !sc.spelled => (r0, (n.value, None, n.approx)),
        x => x,
    };
    // Years (`en 2025`, `the 2025 budget`): four plain digits in the calendar range count
    // only before a French plural (`2000 salariés`).
    let written = &s[..s.len() - r.len()];
    let year_like = sc.is_none()
        && written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && (Decimal::from_int(1800)..=Decimal::from_int(2100)).contains(&value);
    if year_like {
        let plural_noun = next_word(ws0(r)).is_ok_and(|(_, w)| {
            w.starts_with(|c: char| c.is_lowercase())
                && (w.ends_with('s') || w.ends_with('x'))
                && !INVARIABLE_WORDS.contains(&w)
        });
        if lang == Lang::En || !plural_noun {
            return fail(s);
        }
    }
    let after_scale = match (lang, sc) {
        (_, Some(_)) => {
            let r0 = ws0(r);
            match keyword(r0, "de").or_else(|_| keyword(r0, "d'")).or_else(|_| keyword(r0, "of")) {
                Ok((a, _)) => ws0(a),
                Err(_) if lang == Lang::En => r0,
                Err(_) => r,
            }
        }
        _ => ws0(r),
    };
    let spaced = after_scale.len() < r.len() || s[..s.len() - r.len()].ends_with(['\'', '’']);
    match noun(after_scale, lang) {
        Ok((rest, w)) if spaced => Ok((rest, Piece { number: value, scale: sc, tail: Some(w.to_string()), approx })),
        _ if boundary(r) => Ok((r, Piece { number: value, scale: sc, tail: None, approx })),
        _ => fail(s),
    }
}

/// The leading words a counted quantity can begin with (see [`LeadSet`](super::lexeme::LeadSet)).
pub(super) static LEADS: LangLeads = LangLeads::new(lead_phrases);

/// The phrases of [`LEADS`].
fn lead_phrases(lang: Lang) -> Vec<&'static str> {
    bound::lead_phrases(lang).chain(piece_lead_phrases(lang)).collect()
}

/// The leading words a piece (see [`piece`]) can begin with.
pub(super) static PIECE_LEADS: LangLeads = LangLeads::new(piece_lead_phrases);

/// The phrases of [`PIECE_LEADS`].
fn piece_lead_phrases(lang: Lang) -> Vec<&'static str> {
    super::number::lead_phrases(lang).collect()
}

/// Reads a counted quantity starting at `ctx.at`.
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
    let (rest, reading) = bound::read_from(s, sh.front(s), lang, &piece, &|_, p| p.tail.is_some()).ok()?;
    // The context checks, after the (pure) reading: most positions have none.
    if !may_start(s, STARTS, SYMBOL_STARTS) || continues_token(ctx.sentence, ctx.at) || in_url(ctx.sentence, ctx.at) {
        return None;
    }
    // `les deux groupes`, `the two companies`: both, not a count.
    let trimmed = ctx.before().trim_end_matches(super::lexeme::is_space);
    let tail_start = trimmed.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
    let before = trimmed[tail_start..].to_lowercase();
    let after_article = ["les", "ces", "the", "these"]
        .iter()
        .any(|a| before.strip_suffix(a).is_some_and(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric())));
    if after_article && (keyword(s, "deux").is_ok() || keyword(s, "two").is_ok()) {
        return None;
    }
    // `CAC 40`, `S&P 500`, `FTSE 100`: the number is part of a name.
    let last_word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let name_before = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    if !last_word.is_empty()
        && name_before.chars().count() >= 2
        && name_before.chars().all(|c| c.is_uppercase() || c == '&' || c.is_ascii_digit())
        && name_before.chars().any(char::is_uppercase)
    {
        return None;
    }
    let (figure, unit) = match reading {
        Reading::One(b, p) => (Figure::bounded(b, p.value()?), p.tail?),
        Reading::Range(lo, hi) => (Figure::range(lo.value()?, hi.value()?), hi.tail?),
    };
    Some(Found {
        range: ctx.at..ctx.offset_of(rest),
        value: Parsed::Quantity(Quantity { figure, unit }),
        notes: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str, lang: Lang) -> Option<(String, String)> {
        let f = parse(&Context { lang, sentence: s, at: 0 })?;
        let Parsed::Quantity(q) = f.value else { return None };
        Some((s[f.range].to_string(), format!("{} {}", q.figure.amount, q.unit)))
    }

    #[test]
    fn counts_nouns_not_time_or_articles() {
        assert_eq!(q("14 000 employés", Lang::Fr), Some(("14 000 employés".into(), "14000 employés".into())));
        assert_eq!(q("2000 salariés", Lang::Fr), Some(("2000 salariés".into(), "2000 salariés".into())));
        assert_eq!(q("2025 budget", Lang::En), None);
        assert_eq!(q("2025 les ventes", Lang::Fr), None);
        assert_eq!(q("2024 auprès de fonds", Lang::Fr), None);
        assert_eq!(q("2024 dans la région", Lang::Fr), None);
        assert_eq!(q("sept ans", Lang::Fr), None);
        assert_eq!(q("seven years", Lang::En), None);
        assert_eq!(q("3 novembre", Lang::Fr), None);
        assert_eq!(q("un accord", Lang::Fr), None);
        assert_eq!(q("29 pour cent", Lang::Fr), None);
        assert_eq!(q("3 dollars", Lang::En), None);
        assert_eq!(q("3 USD50 cards", Lang::En), None);
        assert_eq!(q("2 H100 chips", Lang::En), Some(("2 H100 chips".into(), "2 chips".into())));
    }
}
