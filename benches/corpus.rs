//! A deterministic generator of realistic news articles, French and English, for
//! benchmarks and scale tests.
//!
//! The articles tell many different stories (a purchase, an investment, an acquisition, a
//! loan, a contract between two invented companies), each retold by several outlets that
//! vary the wording, the number formats (`38 milliards de dollars`, `38 Md$`, `$38bn`,
//! `38 000 millions`), the date and duration phrasing, and the front matter (YAML, TOML or a
//! bare dateline). Some outlets get a fact wrong — another amount, a hedged bound, the money
//! flowing the other way, a later deadline, a longer duration — so `check` has real
//! contradictions to find. Background paragraphs carry the figures that are not the story
//! (share moves, headcounts, model codes) and quotes with attributions.
//!
//! Sources are the file stems (`000123-wire-daily`): unique, so claim ids never collide
//! across a 100 000-article archive where one outlet writes about many stories.
//!
//! Everything comes from a seeded SplitMix64 generator: the same `(seed, n, lang)` always
//! gives byte-identical articles, on every platform. This file is shared by
//! `examples/gen-corpus.rs` and the benches (`#[path]` module), so it has no dependency.

#![allow(dead_code)]

/// Which languages to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangMode {
    /// French only (the `extract` throughput target).
    Fr,
    /// English only.
    En,
    /// About 60 % French, 40 % English, per story.
    Mixed,
}

impl LangMode {
    /// Parses `fr`, `en` or `mixed`.
    pub fn parse(s: &str) -> Option<LangMode> {
        match s {
            "fr" => Some(LangMode::Fr),
            "en" => Some(LangMode::En),
            "mixed" => Some(LangMode::Mixed),
            _ => None,
        }
    }
}

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Relative path, `012/012345-wire-daily.md` (1 000 articles per directory).
    pub path: String,
    /// The file contents.
    pub text: String,
}

/// SplitMix64: tiny, fast, and stable forever (unlike a crate's default generator).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent / 100`.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const NAME_HEADS: &[&str] = &[
    "Nova", "Atla", "Bore", "Cygn", "Dela", "Equi", "Fera", "Galv", "Heli", "Iber", "Juno", "Kest", "Lumi", "Mira",
    "Noct", "Orbi", "Pyra", "Quar", "Rhea", "Sola", "Tera", "Umbr", "Vega", "Wolf", "Xeno", "Yarr", "Zeph", "Alto",
    "Brio", "Cora", "Dyna", "Eolo",
];
const NAME_TAILS: &[&str] = &[
    "tech", "nova", "gen", "soft", "corp", "lis", "ra", "vest", "line", "port", "data", "mind", "cloud", "grid",
    "wave", "met", "via", "flux", "sys", "tica",
];
const NAME_FORMS: &[&str] = &["{}", "{} Group", "{} Holdings", "{} Industries", "{} Energy"];

const OUTLETS_FR: &[&str] = &[
    "Le Quotidien de l'Éco",
    "La Gazette Numérique",
    "L'Écho des Marchés",
    "Le Courrier Financier",
    "TechFil",
    "Bulletin de la Cote",
    "Les Dépêches du Matin",
    "Le Moniteur Industriel",
    "La Lettre de l'Énergie",
    "Capital Hebdo",
];
const OUTLETS_EN: &[&str] = &[
    "Wire Daily",
    "The Ledger Brief",
    "Compute Notes",
    "Market Herald",
    "The Daily Tally",
    "Capital Times",
    "Industry Dispatch",
    "The Morning Ticker",
];

/// What the money buys, per language.
const OBJECTS: &[(&str, &str)] = &[
    ("capacités de calcul", "computing capacity"),
    ("éoliennes en mer", "offshore wind turbines"),
    ("acier bas carbone", "low-carbon steel"),
    ("licences logicielles", "software licences"),
    ("satellites de communication", "communication satellites"),
    ("batteries pour véhicules électriques", "electric-vehicle batteries"),
    ("puces graphiques", "graphics chips"),
    ("doses de vaccin", "vaccine doses"),
    ("services cloud", "cloud services"),
    ("trains à grande vitesse", "high-speed trains"),
];

const MONTHS_FR: &[&str] = &[
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
];
const MONTHS_FR_ABBR: &[&str] =
    &["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const MONTHS_EN: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS_FR: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const DAYS_EN: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBERS_FR: &[&str] =
    &["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
const NUMBERS_EN: &[&str] =
    &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// The kind of deal a story is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deal {
    Purchase,
    Investment,
    Acquisition,
    Loan,
    Contract,
}

/// A calendar date (proleptic Gregorian), enough for generating articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day {
    year: i32,
    month: usize, // 1..=12
    day: usize,   // 1..=31
}

impl Day {
    /// The day `n` days after 2024-01-01.
    fn from_index(n: usize) -> Day {
        let mut year = 2024;
        let mut left = n;
        loop {
            let len = if is_leap(year) { 366 } else { 365 };
            if left < len {
                break;
            }
            left -= len;
            year += 1;
        }
        let mut month = 1;
        loop {
            let len = month_len(year, month);
            if left < len {
                break;
            }
            left -= len;
            month += 1;
        }
        Day { year, month, day: left + 1 }
    }

    /// Days since 2024-01-01.
    fn index(self) -> usize {
        let mut n = 0;
        for y in 2024..self.year {
            n += if is_leap(y) { 366 } else { 365 };
        }
        for m in 1..self.month {
            n += month_len(self.year, m);
        }
        n + self.day - 1
    }

    /// 0 = Monday (2024-01-01 was a Monday).
    fn weekday(self) -> usize {
        self.index() % 7
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_len(y: i32, m: usize) -> usize {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An amount: `mantissa × 10^-decimals` units of `scale` (6 = millions, 9 = billions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Amount {
    mantissa: u64,
    decimals: u32,
    scale: u32,
    currency: usize, // index into CURRENCIES
}

/// ISO code, French plural noun, English noun, symbol.
const CURRENCIES: &[(&str, &str, &str, &str)] = &[
    ("USD", "dollars", "dollars", "$"),
    ("EUR", "euros", "euros", "€"),
    ("GBP", "livres sterling", "pounds", "£"),
    ("CHF", "francs suisses", "Swiss francs", "CHF"),
];

/// The facts of one story, as the faithful outlets tell them.
#[derive(Debug, Clone)]
struct Story {
    payer: String,
    payee: String,
    deal: Deal,
    object: usize,
    amount: Amount,
    years: usize,
    deadline_year: i32,
    deadline_kind: usize,
    announced: Day,
    growth: u64,
    headcount: u64,
    share: u64,
    fr: bool,
}

fn company(rng: &mut Rng) -> String {
    let base = format!("{}{}", rng.pick(NAME_HEADS), rng.pick(NAME_TAILS));
    rng.pick(NAME_FORMS).replace("{}", &base)
}

impl Story {
    fn new(rng: &mut Rng, lang: LangMode) -> Story {
        let payer = company(rng);
        let mut payee = company(rng);
        while payee == payer {
            payee = company(rng);
        }
        let deal = *rng.pick(&[Deal::Purchase, Deal::Investment, Deal::Acquisition, Deal::Loan, Deal::Contract]);
        let scale = if rng.chance(60) { 9 } else { 6 };
        let (mantissa, decimals) =
            if rng.chance(25) { (rng.range(11, 99) as u64, 1) } else { (rng.range(2, 950) as u64, 0) };
        let announced = Day::from_index(rng.below(3 * 365));
        let fr = match lang {
            LangMode::Fr => true,
            LangMode::En => false,
            LangMode::Mixed => rng.chance(60),
        };
        Story {
            payer,
            payee,
            deal,
            object: rng.below(OBJECTS.len()),
            amount: Amount { mantissa, decimals, scale, currency: rng.below(CURRENCIES.len()) },
            years: rng.range(2, 12),
            deadline_year: announced.year + rng.range(1, 3) as i32,
            deadline_kind: rng.below(4),
            announced,
            growth: rng.range(2, 45) as u64,
            headcount: rng.range(1, 90) as u64 * 1000 + rng.range(0, 9) as u64 * 100,
            share: rng.range(3, 40) as u64,
            fr,
        }
    }
}

/// How one article departs from the story (most do not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Twist {
    Faithful,
    OtherAmount,
    Hedged,
    Reversed,
    LaterDeadline,
    LongerDuration,
    Rumour,
}

fn twist(rng: &mut Rng) -> Twist {
    match rng.below(100) {
        0..=61 => Twist::Faithful,
        62..=69 => Twist::OtherAmount,
        70..=76 => Twist::Hedged,
        77..=82 => Twist::Reversed,
        83..=88 => Twist::LaterDeadline,
        89..=94 => Twist::LongerDuration,
        _ => Twist::Rumour,
    }
}

/// Groups an integer's thousands with `sep` (`14 000`, `14,000`).
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The number part of an amount, in the language's decimal style.
fn number(a: Amount, fr: bool) -> String {
    if a.decimals == 0 {
        return grouped(a.mantissa, if fr { "\u{202F}" } else { "," });
    }
    let p = 10u64.pow(a.decimals);
    format!("{}{}{}", a.mantissa / p, if fr { "," } else { "." }, a.mantissa % p)
}

/// The same amount in one of many written forms.
fn amount_text(rng: &mut Rng, a: Amount, fr: bool) -> String {
    let (_, fr_noun, en_noun, sym) = CURRENCIES[a.currency];
    let n = number(a, fr);
    if fr {
        let scale = if a.scale == 9 { "milliards" } else { "millions" };
        let de = if fr_noun.starts_with('e') { "d'" } else { "de " };
        match rng.below(6) {
            0 | 1 => format!("{n} {scale} {de}{fr_noun}"),
            2 => format!("{n}\u{a0}{scale} {de}{fr_noun}"),
            3 if sym.len() < 3 => format!("{n} {}{sym}", if a.scale == 9 { "Md" } else { "M" }),
            4 if a.scale == 9 && a.decimals == 0 && a.mantissa < 100 => {
                format!("{} millions {de}{fr_noun}", grouped(a.mantissa * 1000, "\u{a0}"))
            }
            _ => format!("{n} {scale} {sym}"),
        }
    } else {
        let scale = if a.scale == 9 { "billion" } else { "million" };
        match rng.below(5) {
            0 | 1 if sym.len() < 3 => format!("{sym}{n} {scale}"),
            2 if sym.len() < 3 => format!("{sym}{n}{}", if a.scale == 9 { "bn" } else { "m" }),
            3 => format!("{} {n} {scale}", CURRENCIES[a.currency].0),
            _ => format!("{n} {scale} {en_noun}"),
        }
    }
}

fn years_text(rng: &mut Rng, years: usize, fr: bool) -> String {
    let words = rng.chance(60) && years < NUMBERS_FR.len();
    match (fr, rng.below(3)) {
        (true, 0) => format!("sur {} ans", if words { NUMBERS_FR[years].to_string() } else { years.to_string() }),
        (true, 1) => format!("pendant {} ans", if words { NUMBERS_FR[years].to_string() } else { years.to_string() }),
        (true, _) => format!(
            "sur les {} prochaines années",
            if words { NUMBERS_FR[years].to_string() } else { years.to_string() }
        ),
        (false, 0) => format!("over {} years", if words { NUMBERS_EN[years].to_string() } else { years.to_string() }),
        (false, 1) => format!("for {} years", if words { NUMBERS_EN[years].to_string() } else { years.to_string() }),
        (false, _) => {
            format!("over the next {} years", if words { NUMBERS_EN[years].to_string() } else { years.to_string() })
        }
    }
}

fn deadline_text(rng: &mut Rng, year: i32, kind: usize, fr: bool) -> String {
    let q = ["premier", "deuxième", "troisième", "quatrième"];
    let qe = ["first", "second", "third", "fourth"];
    let m = 3 + (year as usize % 9);
    match (fr, kind) {
        (true, 0) => (*rng.pick(&["d'ici la fin {y}", "avant la fin {y}", "d'ici à la fin de l'année {y}"]))
            .replace("{y}", &year.to_string()),
        (true, 1) => format!("au {} trimestre {year}", q[year as usize % 4]),
        (true, 2) => format!("d'ici {} {year}", MONTHS_FR[m - 1]),
        (true, _) => format!("au plus tard le {} {} {year}", 1 + year as usize % 27, MONTHS_FR[m - 1]),
        (false, 0) => format!("by the end of {year}"),
        (false, 1) => format!("in the {} quarter of {year}", qe[year as usize % 4]),
        (false, 2) => format!("by {} {year}", MONTHS_EN[m - 1]),
        (false, _) => format!("no later than {} {}, {year}", MONTHS_EN[m - 1], 1 + year as usize % 27),
    }
}

/// The lead sentence: who pays whom, how much, for how long.
fn lead(rng: &mut Rng, s: &Story, t: Twist, fr: bool, amount: &str, years: &str, day: &str) -> String {
    let (payer, payee) = if t == Twist::Reversed { (&s.payee, &s.payer) } else { (&s.payer, &s.payee) };
    let obj = if fr { OBJECTS[s.object].0 } else { OBJECTS[s.object].1 };
    let hedge_fr = if t == Twist::Rumour { "pourrait " } else { "va " };
    let hedge_en = if t == Twist::Rumour { "could " } else { "will " };
    let announced_fr = if t == Twist::Rumour {
        format!(", selon des sources proches du dossier citées {day}")
    } else {
        format!(", ont annoncé {day} les deux groupes")
    };
    let announced_en = if t == Twist::Rumour {
        format!(", people familiar with the matter said {day}")
    } else {
        format!(", the two companies said {day}")
    };
    match (fr, s.deal, rng.below(2)) {
        (true, Deal::Purchase, 0) => {
            format!("{payer} {hedge_fr}acheter pour {amount} de {obj} à {payee} {years}{announced_fr}.")
        }
        (true, Deal::Purchase, _) => {
            format!("{payer} a signé un accord avec {payee} pour lui acheter {amount} de {obj} {years}{announced_fr}.")
        }
        (true, Deal::Investment, _) => {
            format!("{payer} {hedge_fr}investir {amount} dans {payee} {years}{announced_fr}.")
        }
        (true, Deal::Acquisition, _) => format!("{payer} {hedge_fr}racheter {payee} pour {amount}{announced_fr}."),
        (true, Deal::Loan, _) => {
            format!("{payer} {hedge_fr}prêter {amount} à {payee}, remboursables {years}{announced_fr}.")
        }
        (true, Deal::Contract, _) => {
            format!("{payer} et {payee} ont conclu un contrat de {amount} portant sur des {obj} {years}{announced_fr}.")
        }
        (false, Deal::Purchase, 0) => {
            format!("{payer} {hedge_en}buy {amount} of {obj} from {payee} {years}{announced_en}.")
        }
        (false, Deal::Purchase, _) => {
            format!("{payer} has agreed to purchase {amount} worth of {obj} from {payee} {years}{announced_en}.")
        }
        (false, Deal::Investment, _) => format!("{payer} {hedge_en}invest {amount} in {payee} {years}{announced_en}."),
        (false, Deal::Acquisition, _) => format!("{payer} {hedge_en}acquire {payee} for {amount}{announced_en}."),
        (false, Deal::Loan, _) => {
            format!("{payer} {hedge_en}lend {amount} to {payee}, repayable {years}{announced_en}.")
        }
        (false, Deal::Contract, _) => {
            format!("{payer} and {payee} signed a {amount} contract for {obj} {years}{announced_en}.")
        }
    }
}

fn title(s: &Story, t: Twist, fr: bool, amount: &str) -> String {
    let (payer, payee) = if t == Twist::Reversed { (&s.payee, &s.payer) } else { (&s.payer, &s.payee) };
    match (fr, s.deal) {
        (true, Deal::Acquisition) => format!("{payer} rachète {payee} pour {amount}"),
        (true, Deal::Investment) => format!("{payer} mise {amount} sur {payee}"),
        (true, _) => format!("{payer} et {payee} : un accord à {amount}"),
        (false, Deal::Acquisition) => format!("{payer} to buy {payee} for {amount}"),
        (false, Deal::Investment) => format!("{payer} bets {amount} on {payee}"),
        (false, _) => format!("{payer} and {payee} strike {amount} deal"),
    }
}

/// Background paragraphs: other figures, quotes, codes that are not amounts.
fn background(rng: &mut Rng, s: &Story, fr: bool, count: usize) -> Vec<String> {
    let mut out = Vec::new();
    let y = s.announced.year;
    let mut order: Vec<usize> = (0..16).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    for &template in order.iter().take(count) {
        let g = s.growth;
        let h = grouped(s.headcount, if fr { "\u{202F}" } else { "," });
        let sh = s.share;
        let p = rng.range(1, 9);
        let tenth = rng.range(0, 9);
        let code = format!("{}{}", rng.pick(&["GB", "XR", "A", "TX", "M"]), rng.range(100, 990));
        let para = if fr {
            match template {
                0 => format!(
                    "Le chiffre d'affaires de {} a progressé de {g} % sur un an, selon ses derniers résultats. Le groupe emploie environ {h} salariés dans le monde.",
                    s.payee
                ),
                1 => format!(
                    "L'action {} gagnait {p},{tenth} % en fin de séance, tandis que le titre {} cédait près de 1 %. Les analystes saluent une opération « structurante » pour le secteur.",
                    s.payer, s.payee
                ),
                2 => format!(
                    "« Cet accord change d'échelle notre ambition », a déclaré le directeur général de {}, qui promet de nouvelles annonces d'ici l'été. Le conseil d'administration doit se réunir en {}.",
                    s.payer,
                    MONTHS_FR[rng.below(12)]
                ),
                3 => format!(
                    "{} détient {sh} % de son marché, selon le cabinet Arcadia, loin derrière ses deux principaux concurrents. Les modèles {code} et {code}X resteront produits en Europe.",
                    s.payee
                ),
                4 => format!(
                    "Depuis {}, le secteur a connu une vague de consolidation sans précédent. Les opérations annoncées cette année dépassent déjà celles de {}, d'après les données compilées par Dealogic.",
                    y - 3,
                    y - 1
                ),
                5 => format!(
                    "Le groupe a par ailleurs annoncé la suppression de {} postes dans ses fonctions support, soit près de {p} % de ses effectifs. Les syndicats ont appelé à une grève le {} {}.",
                    grouped(rng.range(2, 40) as u64 * 100, "\u{a0}"),
                    rng.range(1, 28),
                    MONTHS_FR[rng.below(12)]
                ),
                6 => format!(
                    "Contacté, {} n'a pas souhaité commenter. Une conférence avec les investisseurs est prévue le {} à 14 h 30, heure de Paris.",
                    s.payee,
                    DAYS_FR[rng.below(5)]
                ),
                7 => format!(
                    "La concurrence reste vive. Plusieurs acteurs asiatiques proposent des prix inférieurs de {}0 % environ, et la demande pourrait ralentir au second semestre {}.",
                    p,
                    y + 1
                ),
                8 => format!(
                    "Pour les observateurs, l'enjeu dépasse les deux entreprises. « Le marché européen doit se structurer », estime une économiste de la banque Ostrava, qui table sur une croissance annuelle de {p} % jusqu'en {}.",
                    y + 5
                ),
                9 => format!(
                    "Le site de production, situé près de Lyon, emploie {} personnes et tourne déjà à {}0 % de ses capacités. Un deuxième site devrait ouvrir en {}.",
                    rng.range(120, 900),
                    rng.range(6, 9),
                    y + 2
                ),
                10 => format!(
                    "Sur le plan financier, {} affiche une dette nette de {},{tenth} milliards d'euros, en baisse de {p} % sur un an. L'agence de notation Fitch a confirmé sa note la semaine dernière, tout en relevant que la trésorerie resterait « sous tension » jusqu'à la fin de l'exercice. Le groupe versera néanmoins un dividende de {},{} euros par action au titre de {}.",
                    s.payer,
                    rng.range(1, 40),
                    rng.range(1, 3),
                    rng.range(10, 99),
                    y - 1
                ),
                11 => format!(
                    "Les syndicats restent prudents. « Nous demandons des garanties écrites sur l'emploi et sur les investissements en France », explique une représentante de la CFDT, qui rappelle que le précédent plan, présenté en {}, prévoyait déjà {} embauches qui n'ont jamais vu le jour. Une réunion avec la direction est prévue le {} {}.",
                    y - 2,
                    rng.range(200, 2000),
                    rng.range(1, 28),
                    MONTHS_FR[rng.below(12)]
                ),
                12 => format!(
                    "L'opération intervient dans un contexte de taux d'intérêt élevés. La Banque centrale européenne a maintenu son taux de dépôt à {},{} % lors de sa dernière réunion, et les marchés n'anticipent pas de baisse avant le {} trimestre {}. Plusieurs projets concurrents ont été reportés faute de financement, notamment en Allemagne et en Italie.",
                    rng.range(2, 4),
                    rng.range(0, 3) * 25,
                    ["premier", "deuxième", "troisième"][rng.below(3)],
                    y + 1
                ),
                13 => format!(
                    "Du côté de {}, on insiste sur la dimension industrielle du projet. La société, fondée en {} par deux anciens ingénieurs de l'aéronautique, revendique plus de {} clients dans une trentaine de pays. Elle a réalisé l'an dernier un chiffre d'affaires de {} millions d'euros, dont près de la moitié hors d'Europe, et vise l'équilibre opérationnel dès {}.",
                    s.payee,
                    y - rng.range(8, 40) as i32,
                    rng.range(50, 900),
                    rng.range(40, 900),
                    y + 1
                ),
                14 => format!(
                    "Les autorités de la concurrence devront toutefois se prononcer. À Bruxelles, la Commission européenne dispose de {} jours ouvrés pour mener un premier examen, et pourrait ouvrir une enquête approfondie si elle estime que l'opération réduit le choix des clients. Une décision est attendue au plus tôt en {} {}, selon un avocat spécialisé.",
                    rng.range(25, 35),
                    MONTHS_FR[rng.below(12)],
                    y + 1
                ),
                _ => format!(
                    "En Bourse, la réaction a été contrastée. Après avoir ouvert en hausse de {p} %, le titre {} a terminé la séance sur un repli de 0,{tenth} %, dans un marché globalement orienté à la baisse. Depuis le début de l'année, l'action a pris {} %, contre {} % pour l'indice sectoriel européen.",
                    s.payer,
                    rng.range(5, 60),
                    rng.range(2, 20)
                ),
            }
        } else {
            match template {
                0 => format!(
                    "{}'s revenue grew {g}% year on year, according to its latest results. The group employs about {h} people worldwide.",
                    s.payee
                ),
                1 => format!(
                    "Shares of {} rose {p}.{tenth}% in late trading, while {} slipped almost 1%. Analysts called the deal \"transformational\" for the sector.",
                    s.payer, s.payee
                ),
                2 => format!(
                    "\"This agreement changes the scale of our ambition,\" the chief executive of {} said, promising more announcements by the summer. The board is due to meet in {}.",
                    s.payer,
                    MONTHS_EN[rng.below(12)]
                ),
                3 => format!(
                    "{} holds {sh}% of its market, according to research firm Arcadia, well behind its two main rivals. The {code} and {code}X models will still be built in Europe.",
                    s.payee
                ),
                4 => format!(
                    "Since {}, the sector has gone through an unprecedented wave of consolidation. Deals announced this year already exceed those of {}, according to Dealogic data.",
                    y - 3,
                    y - 1
                ),
                5 => format!(
                    "The group also announced {} job cuts in support functions, nearly {p}% of its workforce. Unions called a strike for {} {}.",
                    grouped(rng.range(2, 40) as u64 * 100, ","),
                    MONTHS_EN[rng.below(12)],
                    rng.range(1, 28)
                ),
                6 => format!(
                    "{} declined to comment. A call with investors is scheduled for {} at 2:30 p.m. New York time.",
                    s.payee,
                    DAYS_EN[rng.below(5)]
                ),
                7 => format!(
                    "Competition remains fierce. Several Asian players offer prices about {}0% lower, and demand could slow in the second half of {}.",
                    p,
                    y + 1
                ),
                8 => format!(
                    "For observers, the stakes go beyond the two companies. \"The market has to consolidate,\" said an economist at Ostrava Bank, who expects annual growth of {p}% through {}.",
                    y + 5
                ),
                9 => format!(
                    "The plant, near Manchester, employs {} people and already runs at {}0% of capacity. A second site is expected to open in {}.",
                    rng.range(120, 900),
                    rng.range(6, 9),
                    y + 2
                ),
                10 => format!(
                    "On the financial side, {} reported net debt of {}.{tenth} billion euros, down {p}% from a year earlier. Ratings agency Fitch affirmed its rating last week but warned that cash would remain \"tight\" until the end of the fiscal year. The group will nonetheless pay a dividend of {}.{} euros a share for {}.",
                    s.payer,
                    rng.range(1, 40),
                    rng.range(1, 3),
                    rng.range(10, 99),
                    y - 1
                ),
                11 => format!(
                    "Unions remain cautious. \"We want written guarantees on jobs and on investment in the country,\" said a union representative, recalling that the previous plan, presented in {}, already promised {} hires that never materialised. A meeting with management is scheduled for {} {}.",
                    y - 2,
                    rng.range(200, 2000),
                    MONTHS_EN[rng.below(12)],
                    rng.range(1, 28)
                ),
                12 => format!(
                    "The deal comes as interest rates stay high. The Bank of England kept its key rate at {}.{}% at its last meeting, and markets do not expect a cut before the {} quarter of {}. Several rival projects have been postponed for lack of financing, notably in Germany and Italy.",
                    rng.range(2, 5),
                    rng.range(0, 3) * 25,
                    ["first", "second", "third"][rng.below(3)],
                    y + 1
                ),
                13 => format!(
                    "At {}, executives stress the industrial logic of the project. The company, founded in {} by two former aerospace engineers, says it has more than {} customers in some thirty countries. It posted revenue of {} million euros last year, nearly half of it outside Europe, and aims to break even at the operating level in {}.",
                    s.payee,
                    y - rng.range(8, 40) as i32,
                    rng.range(50, 900),
                    rng.range(40, 900),
                    y + 1
                ),
                14 => format!(
                    "Competition authorities still have to rule. In Brussels, the European Commission has {} working days for a first review and could open an in-depth investigation if it finds the deal reduces customer choice. A decision is expected in {} {} at the earliest, according to a competition lawyer.",
                    rng.range(25, 35),
                    MONTHS_EN[rng.below(12)],
                    y + 1
                ),
                _ => format!(
                    "The market reaction was mixed. After opening {p}% higher, {} shares ended the session down 0.{tenth}%, in a broadly falling market. The stock is up {}% since the start of the year, against {}% for the European sector index.",
                    s.payer,
                    rng.range(5, 60),
                    rng.range(2, 20)
                ),
            }
        };
        out.push(para);
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'à' | 'â' => 'a',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'ô' => 'o',
            'û' | 'ù' => 'u',
            'î' => 'i',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One article of a story, by one outlet.
fn article(rng: &mut Rng, s: &Story, index: usize) -> Article {
    let fr = s.fr;
    let t = twist(rng);
    let mut amount = s.amount;
    if t == Twist::OtherAmount {
        amount.mantissa = amount.mantissa * rng.range(11, 30) as u64 / 10;
    }
    let mut amount_str = amount_text(rng, amount, fr);
    if t == Twist::Hedged {
        let bound = if fr {
            rng.pick(&["au moins ", "plus de ", "environ ", "près de ", "jusqu'à "])
        } else {
            rng.pick(&["at least ", "more than ", "about ", "nearly ", "up to "])
        };
        amount_str = format!("{bound}{amount_str}");
    }
    let years = if t == Twist::LongerDuration { s.years + rng.range(1, 3) } else { s.years };
    let years_str = years_text(rng, years, fr);
    let deadline_year = if t == Twist::LaterDeadline { s.deadline_year + 1 } else { s.deadline_year };
    let deadline = deadline_text(rng, deadline_year, s.deadline_kind, fr);
    let published = Day::from_index(s.announced.index() + rng.below(4));
    let lag = published.index() - s.announced.index();
    let day = match (fr, lag) {
        (true, 0) => "aujourd'hui".to_string(),
        (true, _) if rng.chance(50) => DAYS_FR[s.announced.weekday()].to_string(),
        (true, _) => format!("le {} {}", s.announced.day, MONTHS_FR[s.announced.month - 1]),
        (false, 0) => "today".to_string(),
        (false, _) if rng.chance(50) => format!("on {}", DAYS_EN[s.announced.weekday()]),
        (false, _) => format!("on {} {}", MONTHS_EN[s.announced.month - 1], s.announced.day),
    };
    let outlet = if fr { rng.pick(OUTLETS_FR) } else { rng.pick(OUTLETS_EN) };
    let headline = title(s, t, fr, &amount_str);

    let mut text = String::new();
    let dateline = match rng.below(100) {
        0..=64 => {
            text.push_str(&format!(
                "---\npublished: {}\nlang: {}\ntitle: \"{}\"\nurl: https://example.org/{}/{}\n---\n\n",
                published.iso(),
                if fr { "fr" } else { "en" },
                headline.replace('"', "'"),
                slug(outlet),
                index
            ));
            String::new()
        }
        65..=84 => {
            text.push_str(&format!(
                "+++\npublished = \"{}\"\nlang = \"{}\"\n+++\n\n",
                published.iso(),
                if fr { "fr" } else { "en" }
            ));
            String::new()
        }
        _ if fr => {
            format!("PARIS, {} {} {} (AFP) - ", published.day, MONTHS_FR_ABBR[published.month - 1], published.year)
        }
        _ => format!(
            "LONDON, {} {}, {} (Reuters) - ",
            &MONTHS_EN[published.month - 1][..3],
            published.day,
            published.year
        ),
    };
    text.push_str(&format!("# {headline}\n\n"));
    text.push_str(&dateline);
    text.push_str(&lead(rng, s, t, fr, &amount_str, &years_str, &day));
    text.push_str("\n\n");
    let deliver = if fr {
        match s.deal {
            Deal::Acquisition => format!(
                "La finalisation de l'opération est attendue {deadline}, sous réserve du feu vert des autorités de la concurrence."
            ),
            Deal::Loan => format!("Les premiers versements interviendront {deadline}, précise le communiqué."),
            _ => format!("L'ensemble des livraisons doit être achevé {deadline}, selon les termes de l'accord."),
        }
    } else {
        match s.deal {
            Deal::Acquisition => format!("The deal is expected to close {deadline}, subject to regulatory approval."),
            Deal::Loan => format!("The first disbursements will be made {deadline}, the statement said."),
            _ => format!("All deliveries are due to be completed {deadline}, under the terms of the agreement."),
        }
    };
    text.push_str(&deliver);
    text.push_str("\n\n");
    let paragraphs = rng.range(7, 14);
    for para in background(rng, s, fr, paragraphs) {
        text.push_str(&para);
        text.push_str("\n\n");
    }
    let path = format!("{:03}/{index:06}-{}.md", index / 1000, slug(outlet));
    Article { path, text }
}

/// The articles `0..n` of the corpus for `seed`, story after story (4 to 12 articles
/// each), in a fixed order.
pub fn articles(seed: u64, n: usize, lang: LangMode) -> impl Iterator<Item = Article> {
    let mut rng = Rng::new(seed);
    let mut story: Option<(Story, usize)> = None;
    (0..n).map(move |i| {
        let (s, left) = match story.take() {
            Some((s, left)) if left > 0 => (s, left),
            _ => {
                let s = Story::new(&mut rng, lang);
                let count = rng.range(4, 12);
                (s, count)
            }
        };
        let a = article(&mut rng, &s, i);
        story = Some((s, left - 1));
        a
    })
}

/// The default seed of `gen-corpus` and the benches.
pub const SEED: u64 = 0xC1A1_D1FF;
