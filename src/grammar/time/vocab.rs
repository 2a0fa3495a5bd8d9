//! Which words can follow the first word of a date or duration, so the two grammars can
//! give up after one or two tokens at the commonest word starts (`de`, `la`, `les`, `un`…).
//!
//! The date grammar's start words include the commonest French and English function
//! words, and at each of them the full grammar used to run (a dozen alternatives, each
//! backtracking). But a reading that starts at such a word never ends there: the grammar
//! must consume the next token, and it only ever consumes a word it compares with one of
//! its literals (or a month name, or a spelled number's prefix such as `vingt`). So when
//! the next word is none of those, no reading can start here. [`FOLLOW`] lists every
//! single-word literal of the date and duration grammars; a test keeps it complete by
//! reading their sources.

/// Every single-word literal (folded) that the date and duration grammars compare a token
/// with, anywhere: a superset of the words a reading can consume after its first token.
#[rustfmt::skip]
pub const FOLLOW: &[&str] = &[
    "a", "about", "after", "ago", "ahead", "aient", "ait", "all", "almost", "alors", "already",
    "an", "and", "annee", "annees", "annual", "annuel", "another", "ans", "apres", "around", "as",
    "at", "au", "aug", "aujourd'", "aujourdhui", "automne", "autumn", "aux", "avaient", "avait",
    "avant", "balance", "barely", "before", "beginning", "between", "beyond", "bra", "business",
    "by", "c", "calendar", "camera", "cara", "ce", "centuries", "century", "ces", "cet", "cette",
    "chez", "ci", "cinq", "cinquante", "cinquieme", "circa", "clara", "come", "coming",
    "commencing", "compter", "contre", "couple", "courant", "courante", "cours", "current", "d",
    "d'", "dans", "date", "day", "days", "de", "debut", "dec", "decade", "decades", "decennie",
    "decennies", "deja", "dela", "demain", "demi", "demie", "depuis", "dernier", "derniere",
    "dernieres", "derniers", "des", "deux", "deuxieme", "devraient", "devrait", "did", "dim",
    "dimanche", "dix", "dixieme", "doit", "doivent", "douze", "du", "due", "durant", "during", "e",
    "earlier", "earliest", "early", "ecoule", "ecoulee", "ecoulees", "ecoules", "ed", "ee", "ees",
    "eight", "eighteen", "eighteenth", "eighth", "eighties", "eighty", "eleven", "eleventh", "eme",
    "en", "encore", "end", "entire", "entre", "environ", "er", "es", "et", "etaient", "etait",
    "ete", "exercice", "expected", "expiration", "expiry", "fall", "far", "few", "fifteen",
    "fifteenth", "fifth", "fifties", "fifty", "fin", "final", "financial", "first", "fiscal", "five",
    "following", "for", "forties", "fortnight", "fortnights", "forty", "four", "fourteen",
    "fourteenth", "fourth", "fri", "friday", "from", "furent", "fut", "fy", "gara", "going", "h",
    "had", "half", "heure", "heures", "hier", "hiver", "horizon", "hour", "hours", "hr", "hrs",
    "hui", "huit", "huitieme", "hundred", "hydra", "ici", "ieme", "il", "in", "ir", "jamais", "jan",
    "jeu", "jeudi", "jour", "journee", "journees", "jours", "juin", "july", "jun", "june", "jusqu'",
    "jusque", "just", "l", "l'", "la", "last", "lasting", "late", "later", "latest", "laura", "le",
    "least", "lendemain", "les", "less", "leurs", "lorsque", "lun", "lundi", "m", "mai",
    "maintenant", "mantra", "mar", "mara", "march", "mardi", "mars", "may", "mer", "mercredi", "mi",
    "mid", "middle", "milieu", "min", "mins", "minute", "minutes", "mois", "moitie", "mon",
    "monday", "month", "months", "more", "most", "multi", "multiannual", "multiyear", "nd",
    "nearly", "neuf", "neuvieme", "never", "next", "night", "nights", "nine", "nineteen",
    "nineteenth", "nineties", "ninety", "ninth", "no", "nora", "not", "nov", "now", "nuit", "nuits",
    "oct", "of", "on", "once", "one", "only", "ont", "onward", "onwards", "onze", "opera", "or",
    "ou", "out", "over", "p", "para", "partir", "pas", "passe", "passee", "passees", "passes",
    "past", "pendant", "peu", "planned", "plans", "pluri", "pluriannuel", "pluriannuelle",
    "pluriannuelles", "pluriannuels", "plus", "pour", "precedent", "precedente", "precedentes", "precedents",
    "premier", "premiere", "premieres", "premiers", "pres", "present", "previous", "prevu",
    "prevue", "prevues", "prevus", "printemps", "prochain", "prochaine", "prochaines", "prochains",
    "puis", "q", "quand", "quarante", "quart", "quarter", "quarters", "quatorze", "quatre",
    "quatrieme", "quel", "quelque", "quelques", "ques", "qui", "quinzaine", "quinzaines", "quinze", "ra",
    "rai", "ras", "rd", "re", "recent", "recentes", "remainder", "rest", "reste", "rez", "rons",
    "ront", "roughly", "s", "said", "sam", "samedi", "sara", "sat", "saturday", "scheduled", "sec",
    "second", "seconde", "secondes", "seconds", "secs", "seize", "semaine", "semaines", "semestre",
    "semestres", "sep", "sept", "septieme", "ses", "set", "seven", "seventeen", "seventeenth",
    "seventh", "seventies", "seventy", "several", "shall", "siecle", "siecles", "sierra", "since",
    "six", "sixieme", "sixteen", "sixteenth", "sixth", "sixties", "sixty", "so", "soixante", "some",
    "sous", "spend", "spent", "spring", "st", "start", "starting", "still", "suivant", "suivante", "suivantes", "suivent", "suivront",
    "suivants", "summer", "sun", "sunday", "sur", "t", "take", "takes", "tard", "ten", "tenth",
    "th", "than", "the", "their", "then", "these", "third", "thirteen", "thirteenth", "thirties",
    "thirtieth", "thirty", "this", "thousand", "three", "through", "throughout", "thru", "thu",
    "thur", "thurs", "thursday", "till", "time", "tmrw", "to", "today", "tomorrow", "took", "tot",
    "tout", "toute", "tra", "treize", "trente", "trimestre", "trimestres", "trois", "troisieme",
    "tue", "tues", "tuesday", "twelfth", "twelve", "twenties", "twentieth", "twenty", "two", "txh",
    "un", "under", "une", "until", "up", "upcoming", "used", "va", "vague", "ven", "vendredi",
    "venir", "vera", "vers", "versus", "vingt", "vingts", "vont", "vs", "w", "was", "we", "wed",
    "wednesday", "week", "weekend", "weekends", "weeks", "were", "when", "whole", "will", "winter",
    "within", "wk", "wks", "wont", "work", "working", "workweek", "xd", "xm", "xw", "xy", "y", "ya",
    "year", "years", "yesterday", "yr", "yrs", "ytd", "zero", "½",
    // words that make a weekday a named day (`Black Friday`, `mardi gras`, `lundi de Pâques`)
    "ash", "black", "bloody", "cyber", "easter", "good", "gras", "holy", "maundy", "noir", "palm",
    "paques", "pentecote", "saint", "saints", "super",
];

/// Folded keys of every month form [`crate::grammar::month::month_number`] reads: only
/// these tokens are looked up there.
const MONTHS: &[&str] = &[
    "aout",
    "apr",
    "april",
    "aug",
    "august",
    "avr",
    "avril",
    "dec",
    "december",
    "decembre",
    "feb",
    "february",
    "fev",
    "fevr",
    "fevrier",
    "jan",
    "january",
    "janv",
    "janvier",
    "juil",
    "juillet",
    "juin",
    "jul",
    "july",
    "jun",
    "june",
    "mai",
    "mar",
    "march",
    "mars",
    "may",
    "nov",
    "november",
    "novembre",
    "oct",
    "october",
    "octobre",
    "sep",
    "sept",
    "september",
    "septembre",
];

/// Function words that are never a whole date or duration by themselves: a reading that
/// starts at one goes on to the next token.
const COMMON: &[&str] = &[
    "a", "an", "apres", "as", "at", "au", "aux", "avant", "between", "by", "ce", "ces", "cet", "cette", "d'", "dans",
    "de", "depuis", "des", "deux", "du", "durant", "during", "entre", "fin", "for", "from", "il", "in", "jusqu'", "l'",
    "la", "le", "les", "leurs", "no", "not", "of", "on", "one", "over", "pas", "pendant", "plus", "pour", "ses",
    "since", "so", "sur", "that", "the", "their", "this", "to", "two", "un", "une", "up",
];

/// Words that never end a reading when they follow a [`COMMON`] word: determiners and
/// prepositions, possessives, spelled numbers (not `sept`, also a month) and ordinals
/// (`les deux groupes`, `un premier examen`, `de ses effectifs`). After a [`COMMON`] word,
/// one of these must be followed by a word of [`FOLLOW`] as well (`de la fin`, not `de la
/// société`).
const NON_FINAL: &[&str] = &[
    "a",
    "au",
    "aux",
    "ce",
    "ces",
    "cet",
    "cette",
    "d'",
    "de",
    "des",
    "du",
    "l'",
    "la",
    "le",
    "les",
    "of",
    "the",
    "un",
    "une",
    "ses",
    "leurs",
    "their",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
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
    "two",
    "three",
    "four",
    "five",
    "seven",
    "eight",
    "nine",
    "ten",
    "premier",
    "premiere",
    "premiers",
    "premieres",
    "deuxieme",
    "troisieme",
    "quatrieme",
    "derniers",
    "dernieres",
    "first",
    "third",
];

/// Bit: the key is in [`FOLLOW`] (or a month, or opens a spelled compound).
pub const F_FOLLOW: u8 = 1;
/// Bit: the key is in [`COMMON`].
pub const F_COMMON: u8 = 2;
/// Bit: the key is in [`NON_FINAL`].
pub const F_NON_FINAL: u8 = 4;
/// Bit: the key is a month form (see [`MONTHS`]).
pub const F_MONTH: u8 = 8;

/// A small, fast string hasher (FNV-1a) for word tables: words are short, and SipHash
/// costs more than the lookup it serves.
#[derive(Default)]
pub struct Fnv(u64);

/// Builds [`Fnv`] hashers (`HashSet<&str, FnvBuild>`).
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The word table: open addressing over `word_hash`, linear probing, at most half full,
/// so that a word that is not listed (most words of a sentence) meets an empty slot at
/// once. Every word token of a sentence is looked up here: a general-purpose hash map cost
/// several times more, and slots of four bytes keep the table in the first-level cache.
struct Vocab {
    /// Listed words and their flags.
    words: Vec<(&'static str, u8)>,
    /// Per slot: 0 when empty, else a 16-bit fingerprint of the hash and 1 + the index
    /// of the word in `words`.
    slots: Box<[u32]>,
}

/// A hash of a word from its first eight bytes and its length (listed words that share
/// both only share a probe sequence).
fn word_hash(word: &[u8]) -> u64 {
    let head = match word.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => word.iter().rev().fold(0u64, |h, &b| h << 8 | u64::from(b)),
    };
    (head ^ (word.len() as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Vocab {
    /// The index in `words` of `word`, or `Err` with the empty slot where it would go.
    fn find(&self, word: &str) -> Result<usize, usize> {
        let h = word_hash(word.as_bytes());
        let mask = self.slots.len() - 1;
        let print = (h >> 48) as u32;
        let mut i = (h >> 20) as usize & mask;
        loop {
            let e = self.slots[i];
            if e == 0 {
                return Err(i);
            }
            if e >> 16 == print
                && let Some(&(w, _)) = self.words.get((e & 0xffff) as usize - 1)
                && w == word
            {
                return Ok((e & 0xffff) as usize - 1);
            }
            i = (i + 1) & mask;
        }
    }
}

fn vocab() -> &'static Vocab {
    static VOCAB: std::sync::OnceLock<Vocab> = std::sync::OnceLock::new();
    VOCAB.get_or_init(|| {
        let lists = [(FOLLOW, F_FOLLOW), (COMMON, F_COMMON), (NON_FINAL, F_NON_FINAL), (MONTHS, F_MONTH | F_FOLLOW)];
        let words: usize = lists.iter().map(|(l, _)| l.len()).sum();
        let mut v = Vocab { words: Vec::new(), slots: vec![0; (words * 2).next_power_of_two()].into_boxed_slice() };
        for (list, bit) in lists {
            for w in list.iter().filter(|w| !w.is_empty()) {
                match v.find(w) {
                    Ok(k) => v.words[k].1 |= bit,
                    Err(i) => {
                        v.words.push((w, bit));
                        let print = (word_hash(w.as_bytes()) >> 48) as u32;
                        v.slots[i] = print << 16 | v.words.len() as u32;
                    }
                }
            }
        }
        assert!(v.words.len() < 0xffff, "the word table indexes words on 16 bits");
        v
    })
}

/// The flags of a word token's folded key.
pub fn flags(key: &str) -> u8 {
    lookup(key).0
}

/// The flags of a word token's folded key, with the table's own `'static` copy of the key
/// when the key is a listed word: the tokenizer keeps that copy instead of allocating one.
pub fn lookup(key: &str) -> (u8, Option<&'static str>) {
    let v = vocab();
    let (f, interned) = match v.find(key) {
        Ok(k) => v.words.get(k).map_or((0, None), |&(w, f)| (f, Some(w))),
        Err(_) => (0, None),
    };
    // parts of spelled compounds read by prefix (`quatre-vingts`, `pluri-annuel`, `multi-year`)
    if key.len() >= 5
        && matches!(key.as_bytes().first(), Some(b'v' | b'p' | b'a' | b'm'))
        && ["vingt", "pluri", "annuel", "multi"].iter().any(|p| key.starts_with(p))
    {
        (f | F_FOLLOW, interned)
    } else {
        (f, interned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::time::tokens::fold;
    use std::collections::HashMap;

    /// The string literals of Rust source text (comments and char literals skipped).
    fn literals(src: &str) -> Vec<String> {
        let b: Vec<char> = src.chars().collect();
        let (mut out, mut i) = (Vec::new(), 0);
        while i < b.len() {
            match b[i] {
                '/' if b.get(i + 1) == Some(&'/') => {
                    while i < b.len() && b[i] != '\n' {
                        i += 1;
                    }
                }
                '"' => {
                    let mut s = String::new();
                    i += 1;
                    while i < b.len() && b[i] != '"' {
                        if b[i] == '\\' {
                            i += 1;
                        }
                        s.extend(b.get(i));
                        i += 1;
                    }
                    out.push(s);
                    i += 1;
                }
                '\'' if b.get(i + 1) != Some(&'\\') && b.get(i + 2) == Some(&'\'') => i += 3,
                '\'' if b.get(i + 1) == Some(&'\\') => {
                    i += 2;
                    while i < b.len() && b[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// A literal a word token could equal: letters, maybe an elision apostrophe.
    fn word_like(s: &str) -> bool {
        let t = s.strip_suffix('\'').unwrap_or(s);
        !t.is_empty() && t.chars().all(char::is_alphabetic)
    }

    fn code(src: &'static str) -> &'static str {
        src.split("#[cfg(test)]").next().unwrap_or(src)
    }

    #[test]
    fn follow_lists_every_word_the_grammars_compare() {
        let time_mod = include_str!("mod.rs");
        let sources = [
            code(include_str!("operators.rs")),
            code(include_str!("absolute.rs")),
            code(include_str!("relative.rs")),
            code(include_str!("words.rs")),
            code(include_str!("../duration.rs")),
            // the STARTS list is not a comparison; the parser after it is
            code(time_mod.split("pub fn parse").nth(1).unwrap_or(time_mod)),
        ];
        let mut seen = 0;
        for src in sources {
            for lit in literals(src).into_iter().filter(|l| word_like(l)) {
                assert!(flags(&fold(&lit)) & F_FOLLOW != 0, "{lit:?} is compared but not in FOLLOW");
                seen += 1;
            }
        }
        assert!(seen > 500, "the literal reader found only {seen} words");
        for lit in literals(code(include_str!("../month.rs"))).into_iter().filter(|l| word_like(l)) {
            assert!(flags(&fold(&lit)) & F_MONTH != 0, "month form {lit:?} is not in MONTHS");
        }
    }

    #[test]
    fn literal_reader_skips_chars_and_comments() {
        let src = "let a = '\"'; // \"no\"\nlet b = [\"x\", \"d'\"]; let c = '\\''; f::<'a>(\"y\")";
        assert_eq!(literals(src), ["x", "d'", "y"]);
    }

    #[test]
    fn table_equals_a_hash_map_of_the_lists() {
        let mut map: HashMap<&str, u8> = HashMap::new();
        for (list, bit) in
            [(FOLLOW, F_FOLLOW), (COMMON, F_COMMON), (NON_FINAL, F_NON_FINAL), (MONTHS, F_MONTH | F_FOLLOW)]
        {
            for w in list {
                *map.entry(w).or_insert(0) |= bit;
            }
        }
        let others = ["", "société", "x", "2026", "aujourd'", "vingtaine", "multiyear", "l'", "ée", "premieres-x"];
        for w in map.keys().copied().chain(others) {
            let direct = map.get_key_value(w).map_or((0, None), |(k, f)| (*f, Some(*k)));
            assert_eq!(lookup(w), (direct.0 | lookup_prefix_bits(w), direct.1), "{w}");
        }
    }

    /// The prefix rule of [`lookup`], written plainly.
    fn lookup_prefix_bits(w: &str) -> u8 {
        if ["vingt", "pluri", "annuel", "multi"].iter().any(|p| w.starts_with(p)) { F_FOLLOW } else { 0 }
    }

    #[test]
    fn common_words_are_flagged() {
        assert_eq!(flags("de") & (F_COMMON | F_NON_FINAL | F_FOLLOW), F_COMMON | F_NON_FINAL | F_FOLLOW);
        assert_eq!(flags("societe"), 0);
        assert_eq!(flags("vingtaine") & F_FOLLOW, F_FOLLOW, "spelled compounds are read by prefix");
        assert_eq!(flags("fev"), F_MONTH | F_FOLLOW);
    }
}
