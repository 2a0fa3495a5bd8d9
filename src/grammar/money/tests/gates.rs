//! The figure grammars' fast gates never turn away a reading: at every word start of
//! varied and generated text, a grammar behind its gates reads exactly what it reads
//! without them.

use crate::grammar::{Context, money, percent, quantity};
use crate::lang::Lang;

/// The example stories, generated news in both languages, and odd casing and symbols.
pub(crate) fn texts() -> Vec<String> {
    let mut out: Vec<String> = [
        include_str!("../../../../examples/openai-aws/01-quotidien-eco.md"),
        include_str!("../../../../examples/openai-aws/04-echo-marches.md"),
        include_str!("../../../../examples/openai-aws/05-wire-daily.md"),
        include_str!("../../../../examples/openai-aws/08-bulletin-cote.md"),
    ]
    .iter()
    .flat_map(|t| t.lines())
    .map(str::to_string)
    .collect();
    for lang in [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En] {
        for a in crate::grammar::corpus::articles(11, 3, lang) {
            out.extend(a.text.lines().map(str::to_string));
        }
    }
    out.extend(
        [
            "AU MINIMUM 38 MILLIARDS DE DOLLARS, Jusqu’à 3,5 milliards d’euros, Près D'un milliard",
            "USD115, US$10 billion, c $ 16, MAUD 60, RUB 300, Rub 300, u.s. $ 5, £300m, ￥500",
            "une vingtaine de sites, Une Dizaine d'usines, a dozen plants, half a billion dollars",
            "Pourcentage de vingt, percent of 10, minus five percent, MINUS 5 %, +5 %, −3 %",
            "Au-delà de 5 %, au-delà des 10 000 salariés, approx. 300 staff, Approximativement 20 %",
            "İstanbul ΣΊΣΥΦΟΣ straße STRASSE ǅ ﬁn K 𝟑𝟖 ½ ٣ « 38 » — 38 – 12 · 5",
            "Dépasser les 5 %, dépassant 3 millions de clients, Excède 10 Md€, supérieures à 2 %",
        ]
        .map(str::to_string),
    );
    // Every phrase a figure can begin with, in front of figures of each kind, as written
    // and capitalized: a gate that forgets a phrase turns a reading away here.
    let phrases: Vec<&str> = [Lang::Fr, Lang::En]
        .into_iter()
        .flat_map(|l| {
            crate::grammar::bound::lead_phrases(l).chain(crate::grammar::number::lead_phrases(l)).collect::<Vec<_>>()
        })
        .chain(crate::grammar::currency::before_phrases())
        // Written out again here, so a phrase dropped from the lists above still shows.
        .chain(["entre", "de", "between", "from", "au moins", "jusqu'à", "about", "up to", "US$", "usd", "€"])
        .chain(["minus", "pourcentage de", "pour cent de", "percent of", "une dizaine de", "a dozen", "half a"])
        .collect();
    for p in phrases {
        let cap: String = p.chars().take(1).flat_map(char::to_uppercase).chain(p.chars().skip(1)).collect();
        for w in [p.to_string(), cap] {
            out.push(format!(
                "{w} 5 %, {w} 38 milliards de dollars, {w} 10 et 12 salariés, {w}10 à 12 %, {w} 3. {w} 2 to 4 plants, {w} five hundred jobs, {w} vingt,"
            ));
        }
    }
    out
}

#[test]
fn gated_grammars_read_what_ungated_ones_read() {
    type Pair = (fn(&Context<'_>) -> Option<crate::grammar::Found>, fn(&Context<'_>) -> Option<crate::grammar::Found>);
    let grammars: [(&str, Pair); 3] = [
        ("money", (money::parse, money::read_unguarded)),
        ("percent", (percent::parse, percent::read_unguarded)),
        ("quantity", (quantity::parse, quantity::read_unguarded)),
    ];
    let mut read = 0;
    for s in texts() {
        for lang in [Lang::Fr, Lang::En] {
            // Where the scan tries the grammars: at the start of each word.
            let starts = s.char_indices().filter(|&(i, c)| {
                !c.is_whitespace() && s[..i].chars().next_back().is_none_or(|p| !p.is_alphanumeric())
            });
            for (at, _) in starts {
                let ctx = Context { lang, sentence: &s, at };
                for (name, (gated, ungated)) in &grammars {
                    let want = ungated(&ctx);
                    read += usize::from(want.is_some());
                    assert_eq!(gated(&ctx), want, "{name} {lang:?} at {at}: {s}");
                }
            }
        }
    }
    assert!(read > 100, "the texts hold figures ({read})");
}

#[test]
fn no_start_symbol_is_an_ascii_letter_or_digit() {
    // `LangLeads::may_begin` decides ASCII letters and digits before it looks at symbols.
    for symbols in [money::SYMBOL_STARTS, percent::SYMBOL_STARTS, quantity::SYMBOL_STARTS] {
        assert!(symbols.iter().all(|c| !c.is_ascii_alphanumeric()));
    }
}
