//! Currencies as written before or after an amount: symbols (`$`, `€`, `US$`), ISO codes
//! (`USD`, `EUR`), words in both languages (`dollars américains`, `livres sterling`,
//! `swiss francs`) and minor units (`cents`, `pence`).
//!
//! A bare `$` is the US dollar; qualified dollars (`C$`, `$ CAD`, `dollars canadiens`) are
//! not. Minor units keep the amount as written (`50 cents` is 50) and are flagged with the
//! note `minor-unit` by the money grammar, so they are never mixed with major units.

use super::lexeme::{KeyMap, Table, boundary, fail, keyword, lead_key, ws0};
use crate::lang::Lang;
use nom::IResult;

/// A currency as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// ISO 4217 code (`BTC` for bitcoin), or `None` for a minor unit of no definite currency.
    pub code: Option<&'static str>,
    /// A hundredth-style minor unit (`cents`, `pence`): the amount is in that unit.
    pub minor: bool,
    /// An extra power of ten carried by the code (`MUSD` is millions of dollars).
    pub exp: u32,
}

const fn major(code: &'static str) -> Currency {
    Currency { code: Some(code), minor: false, exp: 0 }
}

const fn minor(code: Option<&'static str>) -> Currency {
    Currency { code, minor: true, exp: 0 }
}

const fn millions(code: &'static str) -> Currency {
    Currency { code: Some(code), minor: false, exp: 6 }
}

/// Symbols and prefixed dollars, usable before or after the number.
const SYMBOLS: &[(&str, Currency)] = &[
    ("$", major("USD")),
    ("us$", major("USD")),
    ("usd$", major("USD")),
    ("u.s.$", major("USD")),
    ("u.s. $", major("USD")),
    ("u.s $", major("USD")),
    ("us $", major("USD")),
    ("c$", major("CAD")),
    ("c $", major("CAD")),
    ("ca$", major("CAD")),
    ("can$", major("CAD")),
    ("cad$", major("CAD")),
    ("a$", major("AUD")),
    ("au$", major("AUD")),
    ("aud$", major("AUD")),
    ("hk$", major("HKD")),
    ("hk $", major("HKD")),
    ("hkd$", major("HKD")),
    ("nz$", major("NZD")),
    ("nzd$", major("NZD")),
    ("s$", major("SGD")),
    ("sgd$", major("SGD")),
    ("mex$", major("MXN")),
    ("mxn$", major("MXN")),
    ("r$", major("BRL")),
    ("€", major("EUR")),
    ("£", major("GBP")),
    ("¥", major("JPY")),
    ("￥", major("JPY")),
    ("元", major("CNY")),
    ("₹", major("INR")),
    ("₩", major("KRW")),
    ("₽", major("RUB")),
    ("₺", major("TRY")),
    ("₿", major("BTC")),
    ("₪", major("ILS")),
    ("₫", major("VND")),
    ("₱", major("PHP")),
    ("₴", major("UAH")),
    ("฿", major("THB")),
    ("₦", major("NGN")),
    ("₡", major("CRC")),
    ("₾", major("GEL")),
    ("₭", major("LAK")),
    ("ரூ", major("LKR")),
    ("¢", minor(None)),
];

/// ISO codes read in any case; codes that are also common words (`ALL`, `TRY`, `TOP`) are
/// in [`UPPER_ONLY_CODES`] instead.
const CODES: &[(&str, Currency)] = &[
    ("usd", major("USD")),
    ("eur", major("EUR")),
    ("jpy", major("JPY")),
    ("gbp", major("GBP")),
    ("cny", major("CNY")),
    ("rmb", major("CNY")),
    ("aud", major("AUD")),
    ("cad", major("CAD")),
    ("chf", major("CHF")),
    ("hkd", major("HKD")),
    ("sgd", major("SGD")),
    ("sek", major("SEK")),
    ("krw", major("KRW")),
    ("nok", major("NOK")),
    ("nzd", major("NZD")),
    ("inr", major("INR")),
    ("mxn", major("MXN")),
    ("twd", major("TWD")),
    ("zar", major("ZAR")),
    ("brl", major("BRL")),
    ("dkk", major("DKK")),
    ("pln", major("PLN")),
    ("thb", major("THB")),
    ("idr", major("IDR")),
    ("czk", major("CZK")),
    ("huf", major("HUF")),
    ("clp", major("CLP")),
    ("myr", major("MYR")),
    ("btc", major("BTC")),
    ("xof", major("XOF")),
    ("xaf", major("XAF")),
    ("musd", millions("USD")),
    ("meur", millions("EUR")),
    ("mgbp", millions("GBP")),
    ("maud", millions("AUD")),
    ("mchf", millions("CHF")),
    ("mcad", millions("CAD")),
];

/// ISO codes that are also everyday words in lower case: upper case only.
const UPPER_ONLY_CODES: &[(&str, Currency)] = &[
    ("RUB", major("RUB")),
    ("RON", major("RON")),
    ("TRY", major("TRY")),
    ("ILS", major("ILS")),
    ("AED", major("AED")),
    ("SAR", major("SAR")),
    ("PHP", major("PHP")),
    ("COP", major("COP")),
    ("ARS", major("ARS")),
    ("EGP", major("EGP")),
    ("NGN", major("NGN")),
    ("VND", major("VND")),
];

/// Currency words written after the amount, in both languages (the longest match wins, so
/// `dollars canadiens` beats `dollars`).
const WORDS: &[(&str, Currency)] = &[
    ("dollar", major("USD")),
    ("dollars", major("USD")),
    ("dollar américain", major("USD")),
    ("dollars américains", major("USD")),
    ("dollars us", major("USD")),
    ("dollars u.s.", major("USD")),
    ("dollars des états-unis", major("USD")),
    ("dollar canadien", major("CAD")),
    ("dollars canadiens", major("CAD")),
    ("dollar australien", major("AUD")),
    ("dollars australiens", major("AUD")),
    ("dollars néo-zélandais", major("NZD")),
    ("dollars de hong kong", major("HKD")),
    ("dollars hongkongais", major("HKD")),
    ("dollars de singapour", major("SGD")),
    ("dollars singapouriens", major("SGD")),
    ("dollars taïwanais", major("TWD")),
    ("us dollar", major("USD")),
    ("us dollars", major("USD")),
    ("u.s. dollars", major("USD")),
    ("american dollars", major("USD")),
    ("canadian dollar", major("CAD")),
    ("canadian dollars", major("CAD")),
    ("australian dollar", major("AUD")),
    ("australian dollars", major("AUD")),
    ("new zealand dollars", major("NZD")),
    ("hong kong dollars", major("HKD")),
    ("singapore dollars", major("SGD")),
    ("taiwan dollars", major("TWD")),
    ("euro", major("EUR")),
    ("euros", major("EUR")),
    ("livre sterling", major("GBP")),
    ("livres sterling", major("GBP")),
    ("livre", major("GBP")),
    ("livres", major("GBP")),
    ("livres turques", major("TRY")),
    ("livres égyptiennes", major("EGP")),
    ("pound", major("GBP")),
    ("pounds", major("GBP")),
    ("pounds sterling", major("GBP")),
    ("british pounds", major("GBP")),
    ("sterling", major("GBP")),
    ("yen", major("JPY")),
    ("yens", major("JPY")),
    ("japanese yen", major("JPY")),
    ("yuan", major("CNY")),
    ("yuans", major("CNY")),
    ("chinese yuan", major("CNY")),
    ("renminbi", major("CNY")),
    ("franc suisse", major("CHF")),
    ("francs suisses", major("CHF")),
    ("swiss franc", major("CHF")),
    ("swiss francs", major("CHF")),
    ("franc", major("CHF")),
    ("francs", major("CHF")),
    ("francs cfa", major("XOF")),
    ("cfa francs", major("XOF")),
    ("francs belges", major("BEF")),
    ("francs français", major("FRF")),
    ("french francs", major("FRF")),
    ("roupie", major("INR")),
    ("roupies", major("INR")),
    ("roupies indiennes", major("INR")),
    ("rupee", major("INR")),
    ("rupees", major("INR")),
    ("indian rupees", major("INR")),
    ("rouble", major("RUB")),
    ("roubles", major("RUB")),
    ("ruble", major("RUB")),
    ("rubles", major("RUB")),
    ("wons", major("KRW")),
    ("south korean won", major("KRW")),
    ("korean won", major("KRW")),
    ("couronnes suédoises", major("SEK")),
    ("couronnes norvégiennes", major("NOK")),
    ("couronnes danoises", major("DKK")),
    ("couronnes tchèques", major("CZK")),
    ("swedish kronor", major("SEK")),
    ("swedish krona", major("SEK")),
    ("norwegian kroner", major("NOK")),
    ("danish kroner", major("DKK")),
    ("reais", major("BRL")),
    ("réais", major("BRL")),
    ("brazilian reais", major("BRL")),
    ("peso", major("MXN")),
    ("pesos", major("MXN")),
    ("pesos mexicains", major("MXN")),
    ("mexican pesos", major("MXN")),
    ("pesos argentins", major("ARS")),
    ("argentine pesos", major("ARS")),
    ("rand", major("ZAR")),
    ("rands", major("ZAR")),
    ("zloty", major("PLN")),
    ("zlotys", major("PLN")),
    ("shekel", major("ILS")),
    ("shekels", major("ILS")),
    ("dirham", major("AED")),
    ("dirhams", major("AED")),
    ("riyal", major("SAR")),
    ("riyals", major("SAR")),
    ("ringgit", major("MYR")),
    ("baht", major("THB")),
    ("rupiah", major("IDR")),
    ("naira", major("NGN")),
    ("turkish lira", major("TRY")),
    ("lira", major("TRY")),
    ("bitcoin", major("BTC")),
    ("bitcoins", major("BTC")),
    ("mark finlandais", major("FIM")),
    ("marks finlandais", major("FIM")),
    ("finnish markka", major("FIM")),
    ("finnish markkaa", major("FIM")),
    ("markka", major("FIM")),
    ("deutsche mark", major("DEM")),
    ("deutsche marks", major("DEM")),
    ("deutschemarks", major("DEM")),
    ("florin", major("NLG")),
    ("florins", major("NLG")),
    ("florins hollandais", major("NLG")),
    ("dutch guilders", major("NLG")),
    ("guilders", major("NLG")),
    ("peseta", major("ESP")),
    ("pesetas", major("ESP")),
    ("cent", minor(None)),
    ("cents", minor(None)),
    ("centime", minor(None)),
    ("centimes", minor(None)),
    ("penny", minor(Some("GBP"))),
    ("pence", minor(Some("GBP"))),
    ("pennies", minor(Some("GBP"))),
    ("pesewa", minor(Some("GHS"))),
    ("pesewas", minor(Some("GHS"))),
    ("satoshi", minor(Some("BTC"))),
    ("satoshis", minor(Some("BTC"))),
    ("kopeck", minor(Some("RUB"))),
    ("kopecks", minor(Some("RUB"))),
];

/// Qualifiers after a `$` that name another dollar (`$ CAD`, `$ c`, `$ HK`).
const DOLLAR_QUALIFIERS: &[(&str, Currency)] = &[
    ("c", major("CAD")),
    ("can", major("CAD")),
    ("cad", major("CAD")),
    ("ca", major("CAD")),
    ("hk", major("HKD")),
    ("us", major("USD")),
    ("usd", major("USD")),
    ("au", major("AUD")),
    ("aud", major("AUD")),
    ("nz", major("NZD")),
    ("sg", major("SGD")),
];

/// The first lowercase words of the currencies that can stand before a number: part of the
/// prefilter lists (`STARTS`).
pub const BEFORE_STARTS: &[&str] = &[
    "us", "usd", "u.s", "c", "ca", "can", "cad", "a", "au", "aud", "hk", "hkd", "nz", "nzd", "s", "sgd", "mex", "mxn",
    "r", "eur", "jpy", "gbp", "cny", "rmb", "chf", "sek", "krw", "nok", "inr", "twd", "zar", "brl", "dkk", "pln",
    "thb", "idr", "czk", "huf", "clp", "myr", "rub", "ron", "btc", "xof", "xaf", "musd", "meur", "mgbp", "maud",
    "mchf", "mcad", "try", "ils", "aed", "sar", "php", "cop", "ars", "egp", "ngn", "vnd",
];

/// The non-alphanumeric characters a currency before a number can start with.
pub const SYMBOL_STARTS: &[char] =
    &['$', '€', '£', '¥', '￥', '₹', '₩', '₽', '₺', '₿', '₪', '₫', '₱', '₴', '฿', '₦', '₡', '₾', '₭', '¢'];

/// Every way [`before`] can begin (symbols, codes), for the money grammar's
/// [`LeadSet`](super::lexeme::LeadSet).
pub fn before_phrases() -> impl Iterator<Item = &'static str> {
    SYMBOLS.iter().chain(CODES).chain(UPPER_ONLY_CODES).map(|(w, _)| *w)
}

/// The indexed tables.
static SYMBOL_TABLE: Table<Currency> = Table::new(SYMBOLS);
static CODE_TABLE: Table<Currency> = Table::new(CODES);
static WORD_TABLE: Table<Currency> = Table::new(WORDS);
static QUALIFIER_TABLE: Table<Currency> = Table::new(DOLLAR_QUALIFIERS);

/// An ISO code at the start of `s`, in the case rules above.
fn code(s: &str, key: Option<u128>) -> IResult<&str, Currency> {
    // Upper-case-only codes start with an ASCII capital.
    let upper = s.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    for &(c, cur) in UPPER_ONLY_CODES.iter().filter(|_| upper) {
        if let Some(rest) = s.strip_prefix(c)
            && boundary(rest)
        {
            return Ok((rest, cur));
        }
    }
    CODE_TABLE.longest_keyed(s, key)
}

/// An ISO code glued to a following digit (`USD115`): no boundary after it.
fn code_before_digit(s: &str) -> IResult<&str, Currency> {
    // Codes are ASCII letters: one that a digit follows spans the text's leading run of
    // ASCII letters exactly.
    let run = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if run == 0 || !s.as_bytes().get(run).is_some_and(u8::is_ascii_digit) {
        return fail(s);
    }
    for &(c, cur) in CODES.iter().chain(UPPER_ONLY_CODES).filter(|(c, _)| c.len() == run) {
        if let Some(head) = s.get(..c.len())
            && head.eq_ignore_ascii_case(c)
            && s[c.len()..].starts_with(|ch: char| ch.is_ascii_digit())
            && (c.bytes().all(|b| b.is_ascii_lowercase()) || head == c)
        {
            return Ok((&s[c.len()..], cur));
        }
    }
    fail(s)
}

/// A currency written before the number (`$`, `US$`, `c $`, `EUR`, `MAUD`).
pub fn before(s: &str) -> IResult<&str, Currency> {
    // Symbols start with no digit and codes with a letter.
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return fail(s);
    }
    if let Ok(r) = code_before_digit(s) {
        return Ok(r);
    }
    let key = lead_key(s);
    let sym = SYMBOL_TABLE.longest_keyed(s, key);
    let iso = code(s, key);
    match (sym, iso) {
        (Ok(a), Ok(b)) => Ok(if a.0.len() <= b.0.len() { a } else { b }),
        (Ok(a), Err(_)) => Ok(a),
        (Err(_), Ok(b)) => Ok(b),
        (Err(e), Err(_)) => Err(e),
    }
}

/// The [`lead_key`]s of the texts at which [`after`] may read something past its `$`
/// case, sorted.
fn after_keys() -> &'static KeyMap<bool> {
    static KEYS: std::sync::OnceLock<KeyMap<bool>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<u128> = SYMBOL_TABLE
            .short_keys()
            .chain(CODE_TABLE.short_keys())
            .chain(WORD_TABLE.short_keys())
            .chain(UPPER_ONLY_CODES.iter().filter_map(|(c, _)| lead_key(c)))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        KeyMap::new(&keys.into_iter().map(|k| (k, true)).collect::<Vec<_>>())
    })
}

/// A currency written after the number (`$`, `$ CAD`, `€`, `USD`, `dollars américains`,
/// `cents`): `s` starts right after the number or scale (white space allowed).
pub fn after(s: &str, lang: Lang) -> IResult<&str, Currency> {
    let r = ws0(s);
    // Symbols after the number are the non-letter ones; `$` may carry a qualifier.
    if let Some(rest) = r.strip_prefix('$') {
        let q = ws0(rest);
        if let Ok((rest2, cur)) = QUALIFIER_TABLE.longest(q)
            && !rest2.starts_with(['\'', '’'])
        {
            return Ok((rest2, cur));
        }
        return Ok((rest, major("USD")));
    }
    let key = lead_key(r);
    // Each table tries only the entries under the text's key; an upper-case-only code
    // followed by a boundary is the text's whole leading run.
    if let Some(k) = key
        && after_keys().get(k).is_none()
    {
        return fail(s);
    }
    if !r.starts_with(|c: char| c.is_ascii_alphanumeric())
        && let Ok(x) = SYMBOL_TABLE.longest_keyed(r, key)
    {
        return Ok(x);
    }
    if let Ok(x) = code(r, key) {
        return Ok(x);
    }
    let (rest, cur) = WORD_TABLE.longest_keyed(r, key)?;
    // `won` and `livres` read as currencies only where the language makes them so.
    if lang == Lang::En && (keyword(r, "livre").is_ok() || keyword(r, "livres").is_ok()) {
        return fail(s);
    }
    Ok((rest, cur))
}

/// True when `word` (lowercase) is a currency word or code: quantity nouns exclude them.
pub fn is_currency_word(word: &str) -> bool {
    let mut buf = [0u8; 64];
    is_currency_word_lowered(word, &super::lexeme::lowercase(word, &mut buf))
}

/// [`is_currency_word`] with `lower`, the lowercase of `word`, already computed.
pub fn is_currency_word_lowered(word: &str, lower: &str) -> bool {
    static LOWER: std::sync::OnceLock<std::collections::HashSet<&'static str, super::time::vocab::FnvBuild>> =
        std::sync::OnceLock::new();
    let set = LOWER.get_or_init(|| WORDS.iter().chain(CODES).map(|(k, _)| *k).collect());
    set.contains(lower) || UPPER_ONLY_CODES.iter().any(|(k, _)| *k == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Option<(&'static str, &str)> {
        before(s).ok().and_then(|(r, c)| c.code.map(|c| (c, r)))
    }

    fn a(s: &str) -> Option<(Option<&'static str>, bool, &str)> {
        after(s, Lang::Fr).ok().map(|(r, c)| (c.code, c.minor, r))
    }

    #[test]
    fn before_the_number() {
        assert_eq!(b("$5"), Some(("USD", "5")));
        assert_eq!(b("US$10"), Some(("USD", "10")));
        assert_eq!(b("c $ 16"), Some(("CAD", " 16")));
        assert_eq!(b("USD115"), Some(("USD", "115")));
        assert_eq!(b("EUR 1000"), Some(("EUR", " 1000")));
        assert_eq!(b("£300m"), Some(("GBP", "300m")));
        assert_eq!(b("All 70"), None);
        assert_eq!(b("MAUD 60").map(|x| x.0), Some("AUD"));
    }

    #[test]
    fn codes_are_ascii_letters() {
        // `code_before_digit` and `code` rely on it.
        assert!(CODES.iter().all(|(c, _)| !c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase())));
        assert!(UPPER_ONLY_CODES.iter().all(|(c, _)| !c.is_empty() && c.bytes().all(|b| b.is_ascii_uppercase())));
        assert_eq!(b("usd5"), Some(("USD", "5")));
        assert_eq!(b("Ron5"), None);
        assert_eq!(b("RON5"), Some(("RON", "5")));
    }

    #[test]
    fn after_the_number() {
        assert_eq!(a(" $ CAD x"), Some((Some("CAD"), false, " x")));
        assert_eq!(a(" $ c'est"), Some((Some("USD"), false, " c'est")));
        assert_eq!(a(" dollars canadiens."), Some((Some("CAD"), false, ".")));
        assert_eq!(a(" euros"), Some((Some("EUR"), false, "")));
        assert_eq!(a(" cents"), Some((None, true, "")));
        assert_eq!(a("€"), Some((Some("EUR"), false, "")));
        assert_eq!(a(" livres sterling"), Some((Some("GBP"), false, "")));
        assert_eq!(a(" employés"), None);
        assert!(is_currency_word("Dollars"));
        assert!(!is_currency_word("employés"));
    }
}
