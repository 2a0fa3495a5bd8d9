//! The top of the date grammar: bound words (`avant`, `d'ici`, `depuis`, `by`, `since`,
//! `no later than`, negated `ne … pas avant`), parts (`fin 2026`, `mid-November`), ranges
//! (`de 2010 à 2018`, `between March and May`), trailing bounds (`au plus tard`, `or
//! later`), and the tense of the sentence (`aura lieu lundi`, `will … on Monday`).

use super::tokens::{Cur, Tok, fold_cow};
use super::words::{Unit, count, ordinal, unit};
use super::{Operator, Part, Period, TimeExpr, YearRef, absolute, relative};
use crate::grammar::Context;
use crate::lang::Lang;
use std::borrow::Cow;

/// What the grammar may know about the sentence around the candidate.
pub struct Env<'a> {
    /// Document language.
    pub lang: Lang,
    /// The sentence.
    pub sentence: &'a str,
    /// Byte offset of the candidate.
    pub at: usize,
    /// The last five folded words before the candidate (within 60 characters), nearest
    /// first: read by few readings, so folded only when first asked for (see
    /// [`Env::prev`]); most are borrowed from the sentence.
    prev: std::cell::OnceCell<[Option<Cow<'a, str>>; 5]>,
}

impl<'a> Env<'a> {
    /// Builds the environment of a candidate position.
    pub fn new(ctx: &Context<'a>) -> Env<'a> {
        Env { lang: ctx.lang, sentence: ctx.sentence, at: ctx.at, prev: std::cell::OnceCell::new() }
    }

    /// The last five folded words before the candidate (within 60 characters), nearest
    /// first.
    fn prev(&self) -> &[Option<Cow<'a, str>>; 5] {
        self.prev.get_or_init(|| {
            let sentence: &'a str = self.sentence;
            let before = sentence.get(..self.at).unwrap_or("");
            let tail_start = before.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
            let mut words: [Option<Cow<'a, str>>; 5] = Default::default();
            let found = before[tail_start..]
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty());
            for (slot, w) in words.iter_mut().zip(found) {
                *slot = Some(fold_cow(w));
            }
            words
        })
    }

    /// The character just before byte `offset` of the sentence (spaces included).
    pub fn char_before(&self, offset: usize) -> Option<char> {
        self.sentence.get(..offset)?.chars().next_back()
    }

    /// True when the word before byte `offset` is a number (`3 septembre` read from
    /// `septembre` must not become a bare month).
    pub fn prev_is_number(&self, offset: usize) -> bool {
        let Some(before) = self.sentence.get(..offset) else { return false };
        let t = before.trim_end();
        t.len() < before.len() && t.chars().next_back().is_some_and(|c| c.is_ascii_digit())
    }

    /// The folded word `n` words before the candidate (0 is the word right before), if any.
    pub fn prev_word_at(&self, n: usize) -> Option<&str> {
        self.prev().get(n)?.as_deref()
    }

    /// The folded word right before the candidate, if any.
    pub fn prev_word(&self) -> Option<&str> {
        self.prev()[0].as_deref()
    }

    /// True when the word right before the candidate makes a following number or month a
    /// date (`en`, `in`, `depuis`, `courant`…).
    pub fn intro_before(&self) -> bool {
        if self.lang == Lang::En && self.prev_word() == Some("a") {
            return false;
        }
        matches!(
            self.prev_word(),
            Some(
                "en" | "in"
                    | "depuis"
                    | "since"
                    | "during"
                    | "pendant"
                    | "durant"
                    | "courant"
                    | "of"
                    | "from"
                    | "by"
                    | "before"
                    | "after"
                    | "until"
                    | "till"
                    | "avant"
                    | "apres"
                    | "jusqu'en"
                    | "for"
                    | "starting"
                    | "beginning"
                    | "des"
                    | "mi"
                    | "fin"
                    | "debut"
                    | "early"
                    | "late"
                    | "mid"
                    | "end"
                    | "et"
                    | "and"
                    | "ou"
                    | "or"
                    | "to"
                    | "au"
                    | "a"
                    | "vers"
                    | "around"
                    | "circa"
                    | "within"
                    | "throughout"
                    | "through"
                    | "on"
                    | "le"
                    | "annee"
                    | "year"
            )
        )
    }

    /// True when a negation precedes the candidate in its clause (`ne … pas avant`, `not
    /// before`, `won't … before`).
    fn negated(&self) -> bool {
        self.prev()
            .iter()
            .flatten()
            .any(|w| matches!(w.as_ref(), "pas" | "not" | "never" | "jamais") || w.ends_with("n't"))
    }
}

/// French words ending like a future-tense verb that are not verbs.
const FR_NOT_FUTURE: &[&str] = &[
    "opera", "camera", "mantra", "sierra", "hydra", "cara", "para", "mara", "sara", "nora", "vera", "clara", "laura",
    "gara", "rez", "chez",
];

/// The tense a word marks, looking at the word after it: `Some(true)` future (`will`,
/// `aura`, `va annoncer`, `prévu`), `Some(false)` past (`said`, `announced`, `a`, `ont`,
/// `annoncé`), `None` when it says nothing.
/// `word` is the raw word, `next` the raw word after it in its clause, if any.
fn tense_marker(word: &str, next: Option<&str>, lang: Lang) -> Option<bool> {
    let w = fold_cow(word);
    let w: &str = &w;
    // the next word is read only for the few verbs it decides
    let next_is = |f: &dyn Fn(&str) -> bool| f(next.map(fold_cow).as_deref().unwrap_or(""));
    match lang {
        Lang::En => {
            if matches!(w, "will" | "shall" | "won't" | "wont") || w.ends_with("'ll") {
                return Some(true);
            }
            if matches!(w, "going" | "scheduled" | "expected" | "due" | "set" | "plans" | "planned")
                && next_is(&|n| n == "to")
            {
                return Some(true);
            }
            if matches!(w, "said" | "was" | "were" | "had" | "did" | "ago")
                || (w.ends_with("ed") && w.chars().count() >= 5 && next_is(&|n| n != "to"))
            {
                return Some(false);
            }
            None
        }
        Lang::Fr => {
            let stem_future = ["ra", "ront", "rai", "ras", "rons", "rez"].iter().any(|e| w.ends_with(e))
                && w.chars().count() >= 4
                && w.chars().all(char::is_alphabetic)
                && !FR_NOT_FUTURE.contains(&w)
                && !w.ends_with("tra")
                && !w.ends_with("bra");
            let periphrastic = matches!(w, "va" | "vont" | "devrait" | "devraient" | "doit" | "doivent")
                && next_is(&|n| n.ends_with("er") || n.ends_with("ir") || n.ends_with("re"));
            if stem_future || periphrastic || matches!(w, "prevu" | "prevue" | "prevus" | "prevues") {
                return Some(true);
            }
            let low = lower_cow(word);
            let low: &str = &low;
            let participle = ["é", "ée", "és", "ées"].iter().any(|e| low.ends_with(e)) && low.chars().count() >= 4;
            if matches!(low, "a" | "ont" | "avait" | "avaient" | "était" | "étaient" | "fut" | "furent")
                || participle
                || (low.ends_with("ait") || low.ends_with("aient")) && low.chars().count() >= 5
            {
                return Some(false);
            }
            None
        }
    }
}

/// A word lower-cased, borrowed when it has no capital and is ASCII.
fn lower_cow(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// True for a character that separates the words [`future_around`] reads.
fn splits_words(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'' || c == '’')
}

/// True when the clause around `start..end` speaks of the future: the tense marker
/// nearest to the expression is a future one (`La réunion aura lieu lundi`, `will … on
/// Monday`), not a past one (`ont annoncé lundi`). Clauses end at punctuation, so `va
/// acheter …, ont annoncé lundi` reads `lundi` in the past.
pub fn future_around(sentence: &str, start: usize, end: usize, lang: Lang) -> bool {
    let is_sep = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '«' | '»' | '"' | '“' | '”');
    let before = sentence.get(..start).unwrap_or("");
    let after = sentence.get(end..).unwrap_or("");
    let left = match before.char_indices().rev().find(|&(_, c)| is_sep(c)) {
        Some((i, c)) => &before[i + c.len_utf8()..],
        None => before,
    };
    let right = match after.char_indices().find(|&(_, c)| is_sep(c)) {
        Some((i, _)) => &after[..i],
        None => after,
    };
    // nearest marker first: alternate left (backwards) and right (forwards); the words
    // are read lazily, as most clauses show a marker next to the expression
    let mut lw = left.rsplit(splits_words).filter(|w| !w.is_empty());
    let mut rw = after_words(right).peekable();
    let mut after_left: Option<&str> = None;
    loop {
        let l = lw.next();
        if let Some(w) = l {
            if let Some(t) = tense_marker(w, after_left, lang) {
                return t;
            }
            after_left = Some(w);
        }
        let r = rw.next();
        if let Some(w) = r
            && let Some(t) = tense_marker(w, rw.peek().copied(), lang)
        {
            return t;
        }
        if l.is_none() && r.is_none() {
            return false;
        }
    }
}

/// The words of `text` in order.
fn after_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(splits_words).filter(|w| !w.is_empty())
}

/// Reads a whole date expression at the start of `toks`: returns it, the end offset in
/// the sentence, and whether it is vague.
pub fn expression(ctx: &Context<'_>, toks: &[Tok]) -> Option<(TimeExpr, usize, bool)> {
    let env = Env::new(ctx);
    let mut c = Cur::new(toks);
    let mut vague = false;
    let early = stretch(&mut c, &env, &mut vague)
        .map(|p| (p, Operator::At))
        .or_else(|| more_or_less(&mut c, &env, &mut vague))
        .or_else(|| to_date(&mut c, &env));
    if let Some((period, op)) = early {
        let end = c.end_offset()?;
        let future = future_around(ctx.sentence, ctx.at, end, ctx.lang);
        return Some((TimeExpr { period, op, future }, end, vague));
    }
    // `courant 2026`, `courant mars`: in the course of the period named, which the phrase
    // covers whole
    let courant = c.key() == "courant"
        && !matches!(env.prev_word(), Some("le" | "du" | "au" | "ce" | "un"))
        && c.peek_at(1).is_some_and(|t| t.kind == super::tokens::Kind::Num || t.month.is_some());
    if courant {
        c.bump();
    }
    let (mut op, intro) = operator(&mut c, &env);
    let after_op = c.i;
    let period = match range_or_period(&mut c, &env, intro || courant, &mut vague) {
        Some(p) => p,
        // `d'ici trois ans`, `within nine months`: a count after a deadline word is an
        // offset from publication
        None if op == Operator::By && after_op > 0 => {
            c.i = after_op;
            let (n, u, few) = relative::count_unit(&mut c)?;
            // `within 18 months of the deal`, `dans les 18 mois suivant la signature`:
            // counted from another event, not from publication: a duration only
            if counts_from_event(&c) {
                return None;
            }
            vague |= few;
            Period::Offset { amount: n, unit: u }
        }
        None => return None,
    };
    if op == Operator::At {
        op = suffix(&mut c, op);
    } else {
        let s = c.i;
        let o2 = suffix(&mut c, op);
        if o2 == op {
            c.i = s;
        }
    }
    let end = c.end_offset()?;
    let future = future_around(ctx.sentence, ctx.at, end, ctx.lang);
    if matches!(period, Period::Part { .. } | Period::Season { .. } | Period::Vague { .. }) {
        vague = true;
    }
    Some((TimeExpr { period, op, future }, end, vague))
}

/// True when the words after a deadline's count tie it to another event (`of the deal`,
/// `after the launch`, `following`, `suivant la signature`, `qui suivent`, `après`).
fn counts_from_event(c: &Cur<'_>) -> bool {
    matches!(
        c.key(),
        "of" | "after" | "following" | "from" | "suivant" | "suivants" | "suivantes" | "apres" | "de" | "d'" | "du"
    ) || {
        let mut probe = *c;
        probe.eat_any_seq(&[&["qui", "suivent"], &["qui", "suivront"], &["a", "compter"]])
    }
}

/// A length of time laid from a start (`for three days starting Monday`, `a two-week
/// stretch beginning March 3` is not read, `pendant deux semaines à partir du 3 mars`,
/// `for 1 week, from December 20th`). Without `for` / `pendant`, `3 days from today` is an
/// offset, not a stretch, so a bare `from` needs the leading word.
fn stretch(c: &mut Cur<'_>, env: &Env<'_>, vague: &mut bool) -> Option<Period> {
    let save = c.i;
    let lead = c.eat_any(&["for", "pendant", "durant", "pour"]).is_some();
    let Some((amount, unit, few)) = relative::count_unit(c).filter(|(n, u, _)| *n > 0 && !matches!(u, Unit::Weekend))
    else {
        c.i = save;
        return None;
    };
    c.eat(",");
    let starts = c.eat_any_seq(&[
        &["starting", "from"],
        &["starting", "on"],
        &["starting"],
        &["beginning", "on"],
        &["beginning"],
        &["a", "partir", "du"],
        &["a", "partir", "de"],
        &["a", "compter", "du"],
        &["a", "compter", "de"],
    ]) || (lead && c.eat_any(&["from", "des"]).is_some());
    let mut v = false;
    let from = if starts { period(c, env, true, &mut v) } else { None };
    match from {
        // `for 10 years from 2015 to 2025` is a range, read as such elsewhere
        Some(from) if !RANGE_JOIN.contains(&c.key()) => {
            *vague |= few || v;
            Some(Period::Stretch { from: Box::new(from), amount, unit })
        }
        _ => {
            c.i = save;
            None
        }
    }
}

/// `to date`, `till date`, `à ce jour`, `jusqu'à présent`: up to the day before
/// publication (as `year to date`); `up to date` and `out of date` are not dates.
fn to_date(c: &mut Cur<'_>, env: &Env<'_>) -> Option<(Period, Operator)> {
    if !matches!(c.key(), "to" | "till" | "until" | "a" | "jusqu'")
        || matches!(env.prev_word(), Some("up" | "out" | "of" | "due" | "expiry" | "expiration" | "used"))
    {
        return None;
    }
    let save = c.i;
    let hit = c.eat_any_seq(&[
        &["to", "date"],
        &["till", "date"],
        &["until", "date"],
        &["a", "ce", "jour"],
        &["jusqu'", "a", "present"],
    ]);
    // `to date` must not run on into a noun (`to date night`), nor `à ce jour` into a
    // complement (`à ce jour de fête`)
    let runs_on = |t: &Tok| {
        t.kind == super::tokens::Kind::Word
            && (env.lang == Lang::En || matches!(t.key, "de" | "du" | "d'" | "des" | "la" | "le" | "l'"))
    };
    if !hit || c.peek().is_some_and(runs_on) {
        c.i = save;
        return None;
    }
    Some((Period::RelDay(-1), Operator::By))
}

/// `more than 2 weeks before May 3` (strictly before the day two weeks before), `more
/// than 3 days after today` (strictly after), `more than a year ago`, `less than 3 days
/// after the launch day` (from that day, for three days, the last one excluded), `less
/// than two weeks ago` (the days since then, up to publication).
fn more_or_less(c: &mut Cur<'_>, env: &Env<'_>, vague: &mut bool) -> Option<(Period, Operator)> {
    let save = c.i;
    let more = if c.eat_seq(&["more", "than"]) {
        true
    } else if c.eat_seq(&["less", "than"]) {
        false
    } else {
        return None;
    };
    let mut v = false;
    let read = relative::parse(c, env, &mut v).and_then(|p| match (&p, more) {
        (Period::Shift { amount, .. } | Period::Offset { amount, .. }, true) => {
            Some((p.clone(), if *amount < 0 { Operator::Before } else { Operator::After }))
        }
        (Period::Shift { base, amount, unit }, false) if *amount > 0 => {
            Some((Period::Stretch { from: base.clone(), amount: *amount, unit: *unit }, Operator::At))
        }
        // `less than two weeks ago`: after the day two weeks back, up to publication
        (Period::Offset { amount, .. }, false) if *amount < 0 => Some((
            Period::Range {
                from: Box::new(Period::Shift { base: Box::new(p.clone()), amount: 1, unit: Unit::Day }),
                to: Box::new(Period::RelDay(0)),
            },
            Operator::At,
        )),
        (Period::Offset { amount, unit }, false) if *amount > 0 => {
            Some((Period::Stretch { from: Box::new(Period::RelDay(0)), amount: *amount, unit: *unit }, Operator::At))
        }
        _ => None,
    });
    if read.is_none() {
        c.i = save;
    }
    *vague |= v;
    read
}

/// A bound word at the cursor; the flag says a preposition-like word was read (so a
/// bare number or month after it reads as a date).
fn operator(c: &mut Cur<'_>, env: &Env<'_>) -> (Operator, bool) {
    // every bound below opens with one of these words (`dès` folds to `des`)
    if !matches!(
        c.key(),
        "d'" | "jusqu'"
            | "jusque"
            | "avant"
            | "a"
            | "des"
            | "depuis"
            | "apres"
            | "au"
            | "l'"
            | "horizon"
            | "no"
            | "not"
            | "as"
            | "by"
            | "within"
            | "before"
            | "until"
            | "till"
            | "through"
            | "thru"
            | "up"
            | "since"
            | "starting"
            | "beginning"
            | "after"
            | "later"
            | "dans"
            | "sous"
    ) {
        return (Operator::At, false);
    }
    let save = c.i;
    let ends_soon = |c: &Cur<'_>| {
        c.key() == "fin"
            || (c.key() == "la" && c.peek_at(1).is_some_and(|t| t.key == "fin"))
            || (c.key() == "the" && c.peek_at(1).is_some_and(|t| t.key == "end"))
            || c.key() == "end"
    };
    // French
    // `dans les 18 mois`, `sous dix-huit mois`: within a count of units from publication
    // (`dans deux ans` is a day, read by the relative grammar)
    if matches!(c.key(), "dans" | "sous") {
        let mut probe = *c;
        probe.bump();
        if probe.key() == "les" || c.key() == "sous" {
            probe.eat("les");
            let at = probe.i;
            if relative::count_unit(&mut probe).is_some() {
                c.i = at;
                return (Operator::By, true);
            }
        }
        return (Operator::At, false);
    }
    if c.eat_seq(&["d'", "ici"]) {
        c.eat_any(&["a", "au"]);
        return (Operator::By, true);
    }
    if c.eat("jusqu'") || c.eat("jusque") {
        c.eat_any(&["a", "en", "au", "aux", "fin"]);
        if c.toks[c.i - 1].key == "fin" {
            c.i -= 1;
        }
        return (if env.negated() { Operator::NotBefore } else { Operator::By }, true);
    }
    if c.eat("avant") {
        if c.key() == "-" {
            c.i = save;
            return (Operator::At, false);
        }
        if env.negated() {
            return (Operator::NotBefore, true);
        }
        return (if ends_soon(c) { Operator::By } else { Operator::Before }, true);
    }
    if c.eat_seq(&["a", "partir"]) || c.eat_seq(&["a", "compter"]) {
        c.eat_any(&["de", "du", "d'", "des"]);
        return (Operator::Since, true);
    }
    if c.peek().is_some_and(|t| t.low() == "dès") {
        c.bump();
        c.eat_any(&["le", "la", "l'"]);
        return (Operator::Since, true);
    }
    if c.eat("depuis") {
        return (Operator::Since, true);
    }
    if c.eat("apres") {
        if c.key() == "-" {
            c.i = save;
            return (Operator::At, false);
        }
        return (Operator::After, true);
    }
    if c.eat_seq(&["au", "plus", "tard"]) {
        c.eat_any(&["le", "en", "a", "au"]);
        return (Operator::By, true);
    }
    // `à l'horizon 2030`, `horizon 2030`
    if c.eat_seq(&["a", "l'", "horizon"]) || c.eat_seq(&["l'", "horizon"]) || c.eat("horizon") {
        c.eat_any(&["de", "du"]);
        return (Operator::By, true);
    }
    if c.eat_seq(&["au", "plus", "tot"]) {
        c.eat_any(&["le", "en", "a", "au"]);
        return (Operator::NotBefore, true);
    }
    // English
    if c.eat_any_seq(&[&["no", "later", "than"], &["not", "later", "than"], &["as", "late", "as"]]) {
        return (Operator::By, true);
    }
    if c.eat_any_seq(&[&["no", "earlier", "than"], &["not", "earlier", "than"], &["not", "before"], &["not", "until"]])
    {
        return (Operator::NotBefore, true);
    }
    if c.eat("by") || c.eat("within") {
        return (Operator::By, true);
    }
    if c.eat("before") {
        if env.negated() {
            return (Operator::NotBefore, true);
        }
        return (if ends_soon(c) { Operator::By } else { Operator::Before }, true);
    }
    if c.eat_any(&["until", "till", "through", "thru"]).is_some()
        || c.eat_seq(&["up", "to"])
        || c.eat_seq(&["up", "until"])
    {
        c.eat("the");
        if c.toks[c.i - 1].key == "the" {
            c.i -= 1;
        }
        return (if env.negated() { Operator::NotBefore } else { Operator::By }, true);
    }
    if c.eat("since") || c.eat_seq(&["as", "of"]) || c.eat_seq(&["as", "early", "as"]) || c.eat_seq(&["as", "from"]) {
        return (Operator::Since, true);
    }
    if c.eat_any(&["starting", "beginning"]).is_some() {
        c.eat_any(&["on", "in", "from", "at"]);
        return (Operator::Since, true);
    }
    if c.eat("after") || c.eat_seq(&["later", "than"]) {
        return (Operator::After, true);
    }
    c.i = save;
    (Operator::At, false)
}

/// A trailing bound: `au plus tard`, `at the latest`, `or later`, `and after`, `onwards`.
fn suffix(c: &mut Cur<'_>, op: Operator) -> Operator {
    let save = c.i;
    c.eat(",");
    if c.eat_seq(&["au", "plus", "tard"]) || c.eat_seq(&["at", "the", "latest"]) {
        return Operator::By;
    }
    if c.eat_seq(&["au", "plus", "tot"]) || c.eat_seq(&["at", "the", "earliest"]) {
        return Operator::NotBefore;
    }
    if c.eat_any_seq(&[
        &["or", "later"],
        &["and", "later"],
        &["and", "after"],
        &["or", "after"],
        &["onwards"],
        &["onward"],
        &["and", "beyond"],
        &["et", "au", "-", "dela"],
    ]) {
        // `before 2010 or after 2018` is two expressions
        if c.peek().is_some_and(|t| t.kind == super::tokens::Kind::Num || super::words::weekday(t.key).is_some()) {
            c.i = save;
            return op;
        }
        return Operator::Since;
    }
    c.i = save;
    op
}

/// Words that join the two ends of a range.
const RANGE_JOIN: &[&str] = &["-", "–", "—", "~", "to", "through", "thru", "till", "until", "au", "a", "jusqu'"];

/// A range (`de 2010 à 2018`, `between 2014 and 2018`, `2014-2018`, `from March to May`)
/// or a single period.
fn range_or_period(c: &mut Cur<'_>, env: &Env<'_>, intro: bool, vague: &mut bool) -> Option<Period> {
    let save = c.i;
    let opener = c.eat_any(&["entre", "between", "de", "du", "from", "des"]);
    if opener == Some("des") && c.toks[save].low() == "dès" {
        c.i = save;
    }
    let opener = if c.i == save { None } else { opener };
    let now_first =
        opener.is_some_and(|o| matches!(o, "between" | "entre")) && c.eat_any(&["now", "maintenant"]).is_some();
    let first = if now_first { Some(Period::RelDay(0)) } else { period(c, env, intro || opener.is_some(), vague) };
    let first = match first {
        Some(p) => p,
        None => {
            c.i = save;
            // `de` may just be a preposition: the scan loop retries at the next word
            return None;
        }
    };
    let s2 = c.i;
    let joins: &[&str] = match opener {
        Some("entre" | "between") => &["et", "and", "-", "–", "~", "to", "through"],
        _ => RANGE_JOIN,
    };
    if let Some(j) = c.eat_any(joins) {
        if j == "jusqu'" {
            c.eat_any(&["a", "au", "en"]);
        }
        c.eat_any(&["the", "le", "la", "l'"]);
        let mut v2 = false;
        let now = c.eat_any(&["now", "maintenant", "date", "present"]).is_some()
            || c.eat_seq(&["current", "date"])
            || c.eat_seq(&["aujourd'", "hui"]);
        let second = if now { Some(Period::RelDay(0)) } else { period(c, env, true, &mut v2) };
        if let Some(second) = second
            && range_compatible(
                &first,
                &second,
                opener.is_some() || matches!(j, "-" | "–" | "~" | "to" | "through" | "thru"),
            )
        {
            *vague |= v2;
            return Some(fill_range(first, second));
        }
        c.i = s2;
    }
    match opener {
        // `de`/`du`/`entre` alone are not dates; `from 2014` is 2014; a day range already
        // read after `du` (`du 3 au 12 mars`) stands
        Some("from") => Some(first),
        Some(_) if matches!(first, Period::Range { .. }) => Some(first),
        Some(_) => {
            c.i = save;
            None
        }
        None => Some(first),
    }
}

/// Whether two periods can be the ends of a range: both absolute-ish, or the joiner was
/// explicit.
fn range_compatible(a: &Period, b: &Period, explicit: bool) -> bool {
    let small = |p: &Period| {
        matches!(
            p,
            Period::Day { .. }
                | Period::Month { .. }
                | Period::Year(_)
                | Period::Quarter { .. }
                | Period::Half { .. }
                | Period::Part { .. }
        )
    };
    if !explicit {
        return small(a) && small(b);
    }
    !matches!(a, Period::Window { .. } | Period::Vague { .. } | Period::Offset { .. })
        && !matches!(b, Period::Window { .. } | Period::Vague { .. })
}

/// Gives the first end of a range the year of the second when it has none (`de janvier
/// à mars 2026`; `novembre à février 2027` starts in 2026).
fn fill_range(first: Period, second: Period) -> Period {
    let year_of = |p: &Period| match p {
        Period::Day { year, .. } | Period::Month { year, .. } => Some(*year),
        _ => None,
    };
    let month_of = |p: &Period| match p {
        Period::Day { month, .. } | Period::Month { month, .. } => Some(*month),
        _ => None,
    };
    let first = match (year_of(&first), year_of(&second), month_of(&first), month_of(&second)) {
        (Some(YearRef::Implicit), Some(YearRef::Abs(y)), Some(m1), Some(m2)) => {
            let y = if m1 > m2 { y - 1 } else { y };
            match first {
                Period::Day { month, day, .. } => Period::Day { year: YearRef::Abs(y), month, day },
                Period::Month { month, .. } => Period::Month { year: YearRef::Abs(y), month },
                other => other,
            }
        }
        _ => first,
    };
    Period::Range { from: Box::new(first), to: Box::new(second) }
}

/// A part word before a period: `fin 2026`, `début mars`, `mi-2026`, `à la fin de
/// l'année`, `the end of 2026`, `early 2026`, `mid-November`, `late this year`.
fn part_prefix(c: &mut Cur<'_>) -> Option<Part> {
    let save = c.i;
    c.eat_any(&["a", "au", "at", "in", "by"]);
    c.eat_any(&["la", "le", "l'", "the"]);
    let part = match c.key() {
        "fin" | "end" | "late" | "later" => Part::Late,
        "debut" | "beginning" | "start" | "early" | "earlier" => Part::Early,
        "mi" | "milieu" | "mid" | "middle" => Part::Mid,
        _ => {
            c.i = save;
            return None;
        }
    };
    c.bump();
    c.eat("-");
    c.eat_any(&["de", "d'", "of", "du", "in"]);
    Some(part)
}

/// `earlier this year`, `later in the month`, `plus tôt cette année`, `plus tard dans
/// l'année`, `the rest of the year`, `le reste du mois`, `so far this year`, `year to
/// date`: the part of the current week, month or year before or after publication.
fn rest_of(c: &mut Cur<'_>) -> Option<Period> {
    // every reading below opens with one of these words
    if !matches!(c.key(), "year" | "ytd" | "later" | "plus" | "the" | "le" | "reste" | "earlier" | "so") {
        return None;
    }
    let save = c.i;
    // `year to date`, `year-to-date`, `YTD`: the year up to the day before publication
    if c.eat_seq(&["year", "to", "date"]) || c.eat_seq(&["year", "-", "to", "-", "date"]) || c.eat("ytd") {
        return Some(Period::Rest { of: Box::new(Period::Year(YearRef::Rel(0))), after: false });
    }
    let after = if c.eat("later")
        || c.eat_seq(&["plus", "tard"])
        || c.eat_any_seq(&[
            &["the", "rest", "of"],
            &["the", "remainder", "of"],
            &["the", "balance", "of"],
            &["le", "reste", "de"],
            &["le", "reste", "du"],
            &["reste", "de"],
            &["reste", "du"],
        ]) {
        true
    } else if c.eat("earlier") || c.eat_seq(&["plus", "tot"]) || c.eat_seq(&["so", "far", "this"]) {
        false
    } else {
        return None;
    };
    let _ = c.eat_any_seq(&[
        &["the"],
        &["la"],
        &["l'"],
        &["this"],
        &["in", "the"],
        &["cette"],
        &["ce"],
        &["cet"],
        &["dans", "l'"],
        &["dans", "la"],
        &["dans", "le"],
    ]);
    let of = match c.key() {
        "year" | "annee" => Period::Year(YearRef::Rel(0)),
        "month" | "mois" => Period::RelMonth(0),
        "week" | "semaine" => Period::RelWeek(0),
        _ => {
            c.i = save;
            return None;
        }
    };
    c.bump();
    if c.key() == "-" && c.peek_at(1).is_some_and(|t| t.key == "ci") {
        c.i += 2;
    }
    Some(Period::Rest { of: Box::new(of), after })
}

/// `the first nine months of 2025`, `the last 3 weeks of this year`, `les neuf premiers
/// mois de l'année`, `des trois derniers mois de 2024`; without a count, one unit (`the
/// last week of July`, `la première semaine de mars`); with an ordinal, one calendar week
/// (`the third week of January`, `la deuxième semaine de juin`).
fn slice(c: &mut Cur<'_>, env: &Env<'_>) -> Option<Period> {
    let save = c.i;
    c.eat_any(&["the", "les", "des", "aux", "ces", "la", "le"]);
    let edge = |k: &str| match k {
        "first" | "premiers" | "premieres" | "premier" | "premiere" => Some(false),
        "last" | "final" | "derniers" | "dernieres" | "dernier" | "derniere" => Some(true),
        _ => None,
    };
    if edge(c.key()).is_none()
        && let Some(p) = nth_week(c, env)
    {
        return Some(p);
    }
    // English order: direction, count; French: count, direction
    let (from_end, n) = if let Some(e) = edge(c.key()) {
        c.bump();
        // no count before a singular unit: one unit (`the last week of July`)
        let n = count(c).map(|x| x.0).or_else(|| {
            matches!(c.key(), "week" | "semaine" | "month" | "mois" | "day" | "jour" | "quarter" | "trimestre")
                .then(|| crate::decimal::Decimal::from_int(1))
        });
        (e, n)
    } else {
        let n = count(c).map(|x| x.0);
        let e = edge(c.key());
        if e.is_some() {
            c.bump();
        }
        match e {
            Some(e) => (e, n),
            None => {
                c.i = save;
                return None;
            }
        }
    };
    let amount =
        n.filter(|n| n.scale() == 0).and_then(|n| i32::try_from(n.mantissa()).ok()).filter(|n| (1..=366).contains(n));
    let unit = unit(c.key()).filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter));
    let (Some(amount), Some(unit)) = (amount, unit) else {
        c.i = save;
        return None;
    };
    c.bump();
    if c.eat_any(&["of", "de", "du", "d'"]).is_none() {
        c.i = save;
        return None;
    }
    let of = slice_whole(c, env);
    match of {
        Some(of) => Some(Period::Slice { of: Box::new(of), amount, unit, from_end }),
        None => {
            c.i = save;
            None
        }
    }
}

/// `third week of January`, `la deuxième semaine de juin` (the cursor after the article):
/// the nth calendar week of a month, quarter or year.
fn nth_week(c: &mut Cur<'_>, env: &Env<'_>) -> Option<Period> {
    let save = c.i;
    let nth = ordinal(c).filter(|n| (1..=5).contains(n)).and_then(|n| i8::try_from(n).ok());
    let ok = nth.is_some() && matches!(c.key(), "week" | "semaine") && {
        c.bump();
        c.eat_any(&["of", "de", "du", "d'"]).is_some()
    };
    let of = if ok { slice_whole(c, env) } else { None };
    match (nth, of) {
        (Some(nth), Some(of)) => Some(Period::NthWeek { of: Box::new(of), nth }),
        _ => {
            c.i = save;
            None
        }
    }
}

/// The period a slice is taken from, after `of` / `de`: a year, month, quarter or half
/// (`of 2025`, `de l'année`, `of this month`, `du mois`).
fn slice_whole(c: &mut Cur<'_>, env: &Env<'_>) -> Option<Period> {
    let s2 = c.i;
    // `du mois`, `of the month`: the publication month
    if c.eat_seq(&["the", "month"]) || c.eat("mois") || c.eat_seq(&["ce", "mois"]) {
        return Some(Period::RelMonth(0));
    }
    c.i = s2;
    // `de l'année`, `of the year`: the publication year
    if c.eat_seq(&["l'", "annee"]) || c.eat_seq(&["the", "year"]) || c.eat_seq(&["cette", "annee"]) {
        if let Some(t) = c.peek().filter(|t| t.key.len() == 4)
            && let Ok(y) = t.key.parse::<i16>()
        {
            c.bump();
            Some(Period::Year(YearRef::Abs(y)))
        } else {
            Some(Period::Year(YearRef::Rel(0)))
        }
    } else {
        c.i = s2;
        let mut v = false;
        let p = core(c, env, true, &mut v).filter(|p| {
            matches!(
                p,
                Period::Year(_)
                    | Period::Month { .. }
                    | Period::Quarter { .. }
                    | Period::Half { .. }
                    | Period::RelMonth(_)
                    | Period::RelQuarter(_)
            )
        });
        if p.is_none() {
            c.i = s2;
        }
        p
    }
}

/// `fiscal year 2024`, `fiscal 2024`, `FY2024`, `FY24`, `FY 2024`: the year named;
/// `fiscal 2025-26`: both years it straddles.
fn fiscal_year(c: &mut Cur<'_>) -> Option<Period> {
    let save = c.i;
    let code = c.eat("fy");
    if !code && !c.eat_seq(&["fiscal", "year"]) && !c.eat("fiscal") {
        return None;
    }
    let two_ok = code && c.glued();
    let year = c.peek().filter(|t| t.kind == super::tokens::Kind::Num).and_then(|t| {
        let v: i16 = t.key.parse().ok()?;
        match t.key.len() {
            4 if (1900..=2100).contains(&v) => Some(v),
            2 if two_ok => Some(2000 + v),
            _ => None,
        }
    });
    match year {
        Some(y) => {
            c.bump();
            // `fiscal 2025-26`, `FY2025/26`: a fiscal year over two calendar years
            Some(absolute::split_year(c, y).unwrap_or(Period::Year(YearRef::Abs(y))))
        }
        None => {
            c.i = save;
            None
        }
    }
}

/// `the first quarter of fiscal 2027`, `Q3 FY26`, `fiscal Q1 2027`, `the second half of
/// fiscal year 2026`, `premier trimestre de l'exercice 2027`: a quarter or half of a fiscal
/// year. Where the company's fiscal year starts is not written (a fiscal first quarter may
/// be July to September of the year before), so the reading is the fiscal year's own, as
/// [`fiscal_year`] reads it, never a calendar quarter.
fn fiscal_part(c: &mut Cur<'_>) -> Option<Period> {
    // cheap gate: a fiscal word within the next few tokens, or no reading here
    let ahead = c.toks.get(c.i..).unwrap_or(&[]);
    if !ahead.iter().take(7).any(|t| matches!(t.key, "fiscal" | "fy" | "exercice")) {
        return None;
    }
    let save = c.i;
    c.eat("the");
    let lead = c.eat("fiscal");
    if !absolute::quarter_or_half(c) {
        c.i = save;
        return None;
    }
    let year = if lead && !absolute::fiscal_next(c) {
        // `fiscal Q1 2027`, `fiscal first quarter of 2027`
        c.eat("of");
        written_fiscal_year(c)
    } else if absolute::fiscal_next(c) {
        c.eat_any(&["of", "de", "d'", "du"]);
        c.eat_any(&["the", "l'"]);
        if c.eat("exercice") { written_fiscal_year(c) } else { fiscal_year(c) }
    } else {
        None
    };
    if year.is_none() {
        c.i = save;
    }
    year
}

/// A written four-digit year (`2027`, or a split one: `2026-27`) as the fiscal year of a
/// quarter or half: `fiscal Q1 2027`, `T1 de l'exercice 2026-2027`.
fn written_fiscal_year(c: &mut Cur<'_>) -> Option<Period> {
    let y = c
        .peek()
        .filter(|t| t.kind == super::tokens::Kind::Num && t.key.len() == 4)
        .and_then(|t| t.key.parse::<i16>().ok())
        .filter(|y| (1900..=2100).contains(y))?;
    c.bump();
    Some(absolute::split_year(c, y).unwrap_or(Period::Year(YearRef::Abs(y))))
}

/// One period, possibly under a part word.
fn period(c: &mut Cur<'_>, env: &Env<'_>, intro: bool, vague: &mut bool) -> Option<Period> {
    let save = c.i;
    if let Some(p) = fiscal_part(c) {
        *vague = true;
        return Some(p);
    }
    if let Some(p) = rest_of(c) {
        return Some(p);
    }
    if let Some(p) = slice(c, env) {
        return Some(p);
    }
    if let Some(p) = fiscal_year(c) {
        // a company's fiscal year need not be the calendar year: read as the calendar
        // year of that number, flagged approximate
        *vague = true;
        return Some(p);
    }
    // `year-end`, `fin d'année`: the end of the current year, or of the year written next
    if c.eat_seq(&["year", "-", "end"]) || c.eat_seq(&["year", "end"]) || c.eat_seq(&["fin", "d'", "annee"]) {
        let y = c
            .peek()
            .filter(|t| t.key.len() == 4)
            .and_then(|t| t.key.parse::<i16>().ok())
            .filter(|y| (1900..=2100).contains(y));
        if y.is_some() {
            c.bump();
        }
        let year = y.map_or(YearRef::Rel(0), YearRef::Abs);
        *vague = true;
        return Some(Period::Part { of: Box::new(Period::Year(year)), part: Part::Late });
    }
    c.i = save;
    if let Some(part) = part_prefix(c) {
        let inner = c.i;
        if let Some(p) = core(c, env, true, vague).filter(partable) {
            return Some(Period::Part { of: Box::new(p), part });
        }
        c.i = inner;
        // `fin de l'année`, `fin du mois`, `end of year`, `end of the month`
        c.eat_any(&["l'", "the", "this", "cette", "ce"]);
        if let Some(p) = fiscal_year_end(c, env) {
            *vague = true;
            return Some(p);
        }
        let bare = match c.key() {
            "annee" | "year" | "an" => Some(Period::Year(YearRef::Rel(0))),
            "mois" | "month" => Some(Period::RelMonth(0)),
            "trimestre" | "quarter" => Some(Period::RelQuarter(0)),
            "semaine" | "week" => Some(Period::RelWeek(0)),
            _ => None,
        };
        if let Some(b) = bare {
            c.bump();
            // `fin du mois prochain`, `fin de l'année prochaine`
            let rel = match c.key() {
                "prochain" | "prochaine" => Some(1),
                "dernier" | "derniere" | "passe" | "passee" => Some(-1),
                _ => None,
            };
            let b = match (b, rel) {
                (Period::Year(_), Some(n)) => Period::Year(YearRef::Rel(n)),
                (Period::RelMonth(_), Some(n)) => Period::RelMonth(n),
                (Period::RelQuarter(_), Some(n)) => Period::RelQuarter(n),
                (Period::RelWeek(_), Some(n)) => Period::RelWeek(n),
                (b, _) => b,
            };
            if rel.is_some() {
                c.bump();
            }
            // `fin de l'année 2026`
            if let Period::Year(_) = b
                && let Some(t) = c.peek()
                && t.key.len() == 4
                && let Ok(y) = t.key.parse::<i16>()
                && (1900..=2100).contains(&y)
            {
                c.bump();
                return Some(Period::Part { of: Box::new(Period::Year(YearRef::Abs(y))), part });
            }
            return Some(Period::Part { of: Box::new(b), part });
        }
        c.i = save;
    }
    core(c, env, intro, vague)
}

/// `fin de l'exercice`, `the end of the fiscal year` (the cursor after the part word and
/// article): the end of a fiscal year whose calendar is not written. The fiscal year that
/// contains publication ends within the twelve months after it, the last one ended within
/// the twelve months before: the window ahead when the sentence speaks of the future or
/// says `en cours`, else both windows (a past sentence may mean either year); nothing
/// more precise is claimed. A year written after it (`fin de l'exercice 2026`) is read as the
/// calendar year elsewhere, as `fiscal 2026` is.
fn fiscal_year_end(c: &mut Cur<'_>, env: &Env<'_>) -> Option<Period> {
    let save = c.i;
    if !(c.eat("exercice") || c.eat_seq(&["fiscal", "year"]) || c.eat_seq(&["financial", "year"])) {
        return None;
    }
    let year_next = c.peek().is_some_and(|t| t.kind == super::tokens::Kind::Num)
        || matches!(c.key(), "prochain" | "dernier" | "precedent" | "suivant");
    let current = c.eat_seq(&["en", "cours"]);
    let end = c.end_offset();
    match end {
        Some(end) if !year_next => {
            let ahead = Period::Window { amount: 12, unit: Unit::Month, future: true };
            if current || future_around(env.sentence, env.at, end, env.lang) {
                return Some(ahead);
            }
            // a past sentence may speak of the current year or of the one just ended: the
            // 24 months from a year before publication
            let year_ago = Period::Offset { amount: -12, unit: Unit::Month };
            Some(Period::Stretch { from: Box::new(year_ago), amount: 24, unit: Unit::Month })
        }
        _ => {
            c.i = save;
            None
        }
    }
}

/// Whether a part word can apply to a period.
fn partable(p: &Period) -> bool {
    matches!(
        p,
        Period::Year(_)
            | Period::Month { .. }
            | Period::Quarter { .. }
            | Period::Half { .. }
            | Period::Decade(_)
            | Period::Century(_)
            | Period::RelMonth(_)
            | Period::RelQuarter(_)
            | Period::RelWeek(_)
            | Period::Season { .. }
    )
}

/// The longest of the absolute and relative readings at the cursor (also the base of a
/// shifted day: `3 days after January 12th`).
pub(super) fn core(c: &mut Cur<'_>, env: &Env<'_>, intro: bool, vague: &mut bool) -> Option<Period> {
    let save = c.i;
    let abs = absolute::parse(c, env, intro).map(|p| (c.i, p));
    c.i = save;
    let mut v = false;
    let rel = relative::parse(c, env, &mut v).map(|p| (c.i, p));
    c.i = save;
    match (abs, rel) {
        (Some((i, p)), Some((j, _))) if i >= j => {
            c.i = i;
            Some(p)
        }
        (_, Some((j, q))) => {
            c.i = j;
            *vague |= v;
            Some(q)
        }
        (Some((i, p)), None) => {
            c.i = i;
            Some(p)
        }
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The tense-marker check as it was before it read the next word lazily.
    fn old_tense_marker(word: &str, next: Option<&str>, lang: Lang) -> Option<bool> {
        let (w, low) = old_tense_forms(word);
        let (w, low): (&str, &str) = (&w, &low);
        let next_key = next.map(fold_cow);
        let next: &str = next_key.as_deref().unwrap_or("");
        match lang {
            Lang::En => {
                if matches!(w, "will" | "shall" | "won't" | "wont") || w.ends_with("'ll") {
                    return Some(true);
                }
                if next == "to" && matches!(w, "going" | "scheduled" | "expected" | "due" | "set" | "plans" | "planned")
                {
                    return Some(true);
                }
                if matches!(w, "said" | "was" | "were" | "had" | "did" | "ago")
                    || (w.ends_with("ed") && w.chars().count() >= 5 && next != "to")
                {
                    return Some(false);
                }
                None
            }
            Lang::Fr => {
                let stem_future = ["ra", "ront", "rai", "ras", "rons", "rez"].iter().any(|e| w.ends_with(e))
                    && w.chars().count() >= 4
                    && w.chars().all(char::is_alphabetic)
                    && !FR_NOT_FUTURE.contains(&w)
                    && !w.ends_with("tra")
                    && !w.ends_with("bra");
                let periphrastic = matches!(w, "va" | "vont" | "devrait" | "devraient" | "doit" | "doivent")
                    && (next.ends_with("er") || next.ends_with("ir") || next.ends_with("re"));
                if stem_future || periphrastic || matches!(w, "prevu" | "prevue" | "prevus" | "prevues") {
                    return Some(true);
                }
                let participle = ["é", "ée", "és", "ées"].iter().any(|e| low.ends_with(e)) && low.chars().count() >= 4;
                if matches!(low, "a" | "ont" | "avait" | "avaient" | "était" | "étaient" | "fut" | "furent")
                    || participle
                    || (low.ends_with("ait") || low.ends_with("aient")) && low.chars().count() >= 5
                {
                    return Some(false);
                }
                None
            }
        }
    }

    // A word folded and lower-cased.
    fn old_tense_forms(w: &str) -> (Cow<'_, str>, Cow<'_, str>) {
        let low = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(w.to_lowercase())
        };
        (fold_cow(w), low)
    }

    #[test]
    fn tense_marker_reads_as_before() {
        let mut words: Vec<String> = [crate::grammar::corpus::LangMode::Fr, crate::grammar::corpus::LangMode::En]
            .into_iter()
            .flat_map(|l| crate::grammar::corpus::articles(29, 3, l))
            .flat_map(|a| after_words(&a.text).map(str::to_string).collect::<Vec<_>>())
            .collect();
        words.sort();
        words.dedup();
        let odd = [
            "ΣΊΣΥΦΟΣ",
            "ÉTAIT",
            "Étaient",
            "Aura",
            "SERONT",
            "va",
            "Devrait",
            "Prévu",
            "PRÉVUES",
            "été",
            "annoncé",
            "ANNONCÉES",
            "won't",
            "we'll",
            "WILL",
            "planned",
            "Expected",
            "opéra",
            "OPÉRA",
            "Sierra",
            "extra",
            "algèbra",
            "A",
            "À",
            "a",
            "Ont",
            "aient",
            "vendait",
            "İstanbul",
            "straße",
        ];
        words.extend(odd.iter().map(|w| w.to_string()));
        let nexts = [None, Some("to"), Some("TO"), Some("acheter"), Some("Annoncer"), Some("finir"), Some("être")];
        let mut marked = 0;
        for w in &words {
            for n in nexts {
                for lang in [Lang::Fr, Lang::En] {
                    let now = tense_marker(w, n, lang);
                    assert_eq!(now, old_tense_marker(w, n, lang), "{w:?} before {n:?} ({lang:?})");
                    marked += usize::from(now.is_some());
                }
            }
        }
        assert!(marked > 100, "only {marked} markers");
    }
}
