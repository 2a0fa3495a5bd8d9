//! Property tests: the date and duration grammars never panic, start exactly where they
//! are asked to, end on a character boundary, and their readings resolve without panic
//! against any publication date (including the ends of the calendar).

use super::parse;
use super::tokens::{Cur, KeyStore, may_open, tokenize};
use crate::grammar::{Context, Parsed, duration, scan};
use crate::lang::Lang;
use crate::normalize::calendar::{resolve, resolve_duration};
use jiff::civil::Date;
use proptest::prelude::*;

/// Words and marks that reach deep into the grammar when shuffled together.
const VOCAB: &[&str] = &[
    "d'ici",
    "la",
    "fin",
    "de",
    "l'année",
    "prochaine",
    "avant",
    "après",
    "depuis",
    "jusqu'à",
    "en",
    "le",
    "1er",
    "3",
    "12",
    "31",
    "2026",
    "1999",
    "9999",
    "0",
    "novembre",
    "Nov.",
    "mars",
    "May",
    "March",
    "T3",
    "Q4",
    "H2",
    "S1",
    "semestre",
    "trimestre",
    "second",
    "half",
    "of",
    "the",
    "last",
    "next",
    "week",
    "semaine",
    "dernière",
    "lundi",
    "Friday",
    "il",
    "y",
    "a",
    "ans",
    "years",
    "ago",
    "dans",
    "in",
    "sur",
    "over",
    "les",
    "sept",
    "seven",
    "prochaines",
    "mois",
    "mi",
    "-",
    "/",
    ".",
    ",",
    "’",
    "'",
    "été",
    "les années",
    "90",
    "'90s",
    "between",
    "and",
    "entre",
    "et",
    "from",
    "to",
    "½",
    "quelques",
    "few",
    "pas",
    "not",
    "before",
    "by",
    "since",
    "week-end",
    "29",
    "février",
    "2/29",
    "aujourd’hui",
    "hier",
    "tomorrow",
    "\u{a0}",
    "\u{202f}",
    "é",
    "😀",
];

fn published() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        Just(Date::new(9999, 12, 31).ok()),
        Just(Date::new(-9999, 1, 1).ok()),
        (1900i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).ok()),
    ]
}

/// The early exit is sound: where [`may_open`] says no date or duration can start, the
/// full grammars find none.
fn gate_is_sound(text: &str, at: usize, lang: Lang) -> Result<(), TestCaseError> {
    let store = KeyStore::default();
    let toks = tokenize(text, at, &store);
    if !may_open(&toks) {
        let ctx = Context { lang, sentence: text, at };
        prop_assert_eq!(super::operators::expression(&ctx, &toks), None, "{:?} at {}", text, at);
    }
    if !may_open(&toks) || super::tokens::decimal_first(&toks) {
        let ctx = Context { lang, sentence: text, at };
        prop_assert_eq!(super::operators::expression(&ctx, &toks), None, "{:?} at {}", text, at);
    }
    if !may_open(&toks) {
        prop_assert!(duration::read(&mut Cur::new(&toks)).is_none(), "{:?} at {}", text, at);
    }
    Ok(())
}

fn check(text: &str, published: Option<Date>) -> Result<(), TestCaseError> {
    for lang in [Lang::Fr, Lang::En] {
        for (at, _) in text.char_indices() {
            gate_is_sound(text, at, lang)?;
            let ctx = Context { lang, sentence: text, at };
            for (f, starts) in [(parse(&ctx), super::STARTS), (duration::parse(&ctx), duration::STARTS)] {
                let Some(f) = f else { continue };
                prop_assert_eq!(f.range.start, at);
                prop_assert!(f.range.end > at && f.range.end <= text.len());
                prop_assert!(text.is_char_boundary(f.range.end));
                // the prefilter contract: a reading starts at a digit or a listed word
                let rest = &text[at..];
                if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                    let word: String =
                        rest.chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
                    let first = rest.chars().next().map(String::from).unwrap_or_default();
                    prop_assert!(
                        starts.contains(&word.as_str()) || starts.contains(&first.as_str()),
                        "{:?} starts {:?}",
                        word,
                        text
                    );
                }
            }
        }
        let mut notes = Vec::new();
        for f in scan(text, lang) {
            match f.value {
                Parsed::Time(t) => {
                    let v = resolve(&t, published, &mut notes);
                    if let (Some(a), Some(b)) = (v.earliest, v.latest) {
                        prop_assert!(a <= b, "{text:?}: {a} > {b}");
                    }
                }
                Parsed::Duration(d) => {
                    let _ = resolve_duration(&d, published, &mut notes);
                }
                _ => {}
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,40}", p in published()) {
        check(&text, p)?;
    }

    #[test]
    fn date_words_never_panic(words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..12),
                              glue in proptest::sample::select(&[" ", "", "\u{a0}", "-"][..]),
                              p in published()) {
        check(&words.join(glue), p)?;
    }
}

/// The early exit at common words changes no reading on real and generated text: at every
/// word start of the example stories and of generated French and English articles, when
/// [`may_open`] says no, the full grammars find nothing.
#[test]
fn gate_is_sound_on_articles() {
    let examples = [
        include_str!("../../../examples/openai-aws/01-quotidien-eco.md"),
        include_str!("../../../examples/openai-aws/02-techfil.md"),
        include_str!("../../../examples/openai-aws/04-echo-marches.md"),
        include_str!("../../../examples/openai-aws/05-wire-daily.md"),
        include_str!("../../../examples/openai-aws/07-compute-notes-blog.md"),
    ];
    let generated: Vec<String> = [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En]
        .into_iter()
        .flat_map(|l| crate::grammar::corpus::articles(11, 6, l))
        .map(|a| a.text)
        .collect();
    let odd = "en 2026 % de hausse, de 3 % à 2026 %, le 3 %, the 90 %, du 3 au 12 %, de la fin 2026 %, \
               à 2026 %, a 20 % stake, il y a 3 %, dans 3 %, d'ici 2030 %, de 2025 à 2026 %, le 12 % mardi, \
               2026 salariés, depuis 2026 personnes, le 23 salariés, le 23 mars, 3 personnes, en 1500 \
               personnes, de 12 millions, the 18th employees, le 3e site, au 12 mai, 12 mai, le 23, \
               le 12,5 %, de 3,5 milliards, 2026,5, à 12,5, le 12,5, du 12,5 au 13, the 12,5, \
               depuis deux, les deux groupes, mardi deux, depuis premier, le premier, la dernière, \
               in twenty twenty, since one, le deux mars, ses deux, the first, de ses, depuis sept";
    let mut gated = 0;
    for text in examples.iter().copied().chain(generated.iter().map(String::as_str)).chain([odd]) {
        for line in text.lines() {
            let mut prev_alnum = false;
            for (at, ch) in line.char_indices() {
                if !prev_alnum && !ch.is_whitespace() {
                    for lang in [Lang::Fr, Lang::En] {
                        gate_is_sound(line, at, lang).unwrap();
                    }
                    gated += usize::from(!may_open(&tokenize(line, at, &KeyStore::default())));
                }
                prev_alnum = ch.is_alphanumeric();
            }
        }
    }
    assert!(gated > 1000, "the gate should turn many word starts away, turned {gated}");
}

/// The date grammar as it read before the shared tokens: a fresh 32-token window at the
/// position, tokenized by the reference tokenizer (one string per key).
fn old_time(ctx: &Context<'_>) -> Option<(usize, Parsed)> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, super::vocab::FnvBuild>> =
        std::sync::OnceLock::new();
    let first = ctx.rest().chars().next()?;
    if !first.is_alphanumeric()
        || !super::tokens::opens_with(ctx.rest(), SET.get_or_init(|| super::STARTS.iter().copied().collect()))
    {
        return None;
    }
    let toks = super::tokens::reference_tokenize(ctx.sentence, ctx.at, super::tokens::WINDOW);
    if !may_open(&toks) || super::tokens::decimal_first(&toks) {
        return None;
    }
    let (expr, end, _) = super::operators::expression(ctx, &toks)?;
    Some((end, Parsed::Time(expr)))
}

/// The duration grammar as it read before the shared tokens (see [`old_time`]).
fn old_duration(ctx: &Context<'_>) -> Option<(usize, Parsed)> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, super::vocab::FnvBuild>> =
        std::sync::OnceLock::new();
    let first = ctx.rest().chars().next()?;
    if !first.is_alphanumeric() && first != '½' {
        return None;
    }
    if !super::tokens::opens_with(ctx.rest(), SET.get_or_init(|| duration::STARTS.iter().copied().collect())) {
        return None;
    }
    let toks = super::tokens::reference_tokenize(ctx.sentence, ctx.at, super::tokens::WINDOW);
    if !may_open(&toks) {
        return None;
    }
    let mut c = Cur::new(&toks);
    let (expr, _) = duration::read(&mut c)?;
    let end = c.end_offset()?;
    if duration::is_rate(ctx, &toks) {
        return None;
    }
    Some((end, Parsed::Duration(expr)))
}

/// The shared tokens give the readings fresh windows gave, at every position of varied
/// and generated sentences, asked left to right as the scan loop asks (gated by the
/// grammars themselves, and again without their gate where the prefilter would let
/// them through).
#[test]
fn shared_tokens_read_what_fresh_windows_read() {
    let generated: Vec<String> = [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En]
        .into_iter()
        .flat_map(|l| crate::grammar::corpus::articles(23, 4, l))
        .flat_map(|a| a.text.lines().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let varied = VOCAB.join(" ");
    let mut read = 0;
    for line in generated.iter().map(String::as_str).chain([varied.as_str()]) {
        for lang in [Lang::Fr, Lang::En] {
            let store = KeyStore::default();
            let mut shared = super::tokens::SentenceTokens::new(line, &store);
            for (at, _) in line.char_indices() {
                let ctx = Context { lang, sentence: line, at };
                let time = super::parse_from(&ctx, &mut shared, false).map(|f| (f.range.end, f.value));
                assert_eq!(time, old_time(&ctx), "{lang:?} {line:?} at {at}");
                let dur = duration::parse_from(&ctx, &mut shared, false).map(|f| (f.range.end, f.value));
                assert_eq!(dur, old_duration(&ctx), "{lang:?} {line:?} at {at}");
                read += usize::from(time.is_some()) + usize::from(dur.is_some());
            }
        }
    }
    assert!(read > 200, "only {read} readings");
}
