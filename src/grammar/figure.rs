//! One shared reading per position for the three figure grammars (money, percent,
//! quantity).
//!
//! The grammars begin alike: a lead gate on the first word, the bound in front
//! ([`bound::front`]), then a number and its scale where the first piece starts. Each used
//! to do all of that on its own at every candidate position; here the gate is decided once
//! (one fold of the first word), the front is read once, and the number, scale and
//! lead keys read at a position are kept in a [`Shared`] memo the grammars consult. The
//! grammars then decide on what follows, each as before: every shared value is the
//! result of a pure function of the text, so a grammar reads exactly what it read alone
//! (a test compares both at every word start of varied and generated text).

use super::bound::{self, Front};
use super::lexeme::{KeyMap, is_letter, key_has_run, lead_key};
use super::number::{self, Number};
use super::scale::Scale;
use super::{Context, Found, money, percent, quantity};
use crate::decimal::Decimal;
use crate::lang::Lang;
use nom::IResult;
use std::cell::Cell;

/// The figure grammars, in the order of their results in [`read_all`].
pub const GRAMMARS: usize = 3;

/// The lead gate of each figure grammar (money, percent, quantity), in a class.
const LEAD: [u16; GRAMMARS] = [1, 2, 4];
/// The piece gate of each figure grammar, in a class.
const PIECE: [u16; GRAMMARS] = [8, 16, 32];
/// A bound prefix or a range opener may begin here ([`bound::front_keys`]).
const FRONT: u16 = 64;
/// A percent mark may begin here ([`percent::mark_keys`]).
const MARK: u16 = 128;

/// The lead-word classes of a language: for each [`lead_key`] some gate or table knows, the
/// bits of the gates it passes and of the tables it may begin an entry of. One fold of the
/// first word and one search answer every gate at a position.
fn classes(lang: Lang) -> &'static KeyMap<u16> {
    static FR: std::sync::OnceLock<KeyMap<u16>> = std::sync::OnceLock::new();
    static EN: std::sync::OnceLock<KeyMap<u16>> = std::sync::OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let mut all: Vec<(u128, u16)> = Vec::new();
        let leads = [&money::LEADS, &percent::LEADS, &quantity::LEADS];
        let pieces = [&money::PIECE_LEADS, &percent::PIECE_LEADS, &quantity::PIECE_LEADS];
        for i in 0..GRAMMARS {
            all.extend(leads[i].set(lang).short_keys().iter().map(|&k| (k, LEAD[i])));
            all.extend(pieces[i].set(lang).short_keys().iter().map(|&k| (k, PIECE[i])));
        }
        all.extend(bound::front_keys(lang).into_iter().map(|k| (k, FRONT)));
        all.extend(percent::mark_keys(lang).map(|k| (k, MARK)));
        all.sort_unstable_by_key(|&(k, _)| k);
        let mut merged: Vec<(u128, u16)> = Vec::with_capacity(all.len());
        for (k, bits) in all {
            match merged.last_mut() {
                Some((last, b)) if *last == k => *b |= bits,
                _ => merged.push((k, bits)),
            }
        }
        KeyMap::new(&merged)
    })
}

/// The class of a text whose [`lead_key`] is `key`; `None` when the key is `None` (a run
/// too long to pack: then every gate is asked on its own).
fn class_of(lang: Lang, key: Option<u128>) -> Option<u16> {
    let k = key?;
    let bits = classes(lang).get(k).unwrap_or(0);
    // A text without a leading run passes every lead and piece gate (non-letters are the
    // callers' to judge).
    Some(if key_has_run(k) { bits } else { bits | LEAD.iter().chain(&PIECE).fold(0, |m, b| m | b) })
}

/// What [`Shared::class`] keeps: the slice address, its lead key and its class.
type ClassEntry = (usize, Option<u128>, Option<u16>);

/// What [`Shared::number`] keeps: the slice read from (address, length) and the reading
/// (length of the rest, number), if any.
type NumberEntry = ((usize, usize), Option<(usize, Number)>);

/// What [`Shared::scale_after`] keeps: the slice and number it was asked about, and the
/// length of the rest with the value, scale and approximation it returned.
type ScaleEntry = ((usize, usize), Number, (usize, (Decimal, Option<Scale>, bool)));

/// Values read at one position and its suffixes, shared by the figure grammars.
///
/// Keys are slices of the one sentence the memo lives for (address and length), so a
/// value found under a key is the value of the same text. A memo built with
/// [`Shared::new`] keeps nothing and recomputes every value: the reference path.
#[derive(Debug)]
pub struct Shared<'a> {
    /// The document language.
    lang: Lang,
    /// Whether values are kept.
    keep: bool,
    /// The front at the position, once read.
    front: Cell<Option<Front<'a>>>,
    /// The last lead key and class computed (slice address, key, class).
    class: Cell<Option<ClassEntry>>,
    /// The last numbers read, round robin.
    numbers: [Cell<Option<NumberEntry>>; 2],
    /// The next slot of `numbers` to fill.
    next_number: Cell<usize>,
    /// The last scale read after a number.
    scale: Cell<Option<ScaleEntry>>,
}

/// The address and length of a slice: a memo key.
fn at(s: &str) -> (usize, usize) {
    (s.as_ptr() as usize, s.len())
}

impl<'a> Shared<'a> {
    /// A memo that keeps nothing: every value is recomputed (what a grammar does alone).
    pub fn new(lang: Lang) -> Shared<'a> {
        Shared {
            lang,
            keep: false,
            front: Cell::new(None),
            class: Cell::new(None),
            numbers: [Cell::new(None), Cell::new(None)],
            next_number: Cell::new(0),
            scale: Cell::new(None),
        }
    }

    /// A memo that keeps what it reads, for the grammars at one position of one sentence.
    fn keeping(lang: Lang) -> Shared<'a> {
        Shared { keep: true, ..Shared::new(lang) }
    }

    /// The document language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// [`lead_key`] of `s` and its class ([`class_of`]).
    fn class(&self, s: &str) -> (Option<u128>, Option<u16>) {
        let addr = s.as_ptr() as usize;
        if let Some((a, k, c)) = self.class.get()
            && a == addr
        {
            return (k, c);
        }
        let k = lead_key(s);
        let c = class_of(self.lang, k);
        self.class.set(Some((addr, k, c)));
        (k, c)
    }

    /// The piece gate of figure grammar `g` (0 money, 1 percent, 2 quantity) at `s`: its
    /// `PIECE_LEADS` set.
    pub fn piece_may_lead(&self, s: &str, g: usize) -> bool {
        let sets = [&money::PIECE_LEADS, &percent::PIECE_LEADS, &quantity::PIECE_LEADS];
        let Some(set) = sets.get(g) else { return true };
        if !self.keep {
            return set.may_lead(self.lang, s);
        }
        match self.class(s) {
            (_, Some(c)) => c & PIECE[g] != 0,
            (k, None) => set.may_lead_keyed(self.lang, s, k),
        }
    }

    /// False when no percent mark can begin at `s` (its table would find none).
    pub fn may_mark(&self, s: &str) -> bool {
        !self.keep || self.class(s).1.is_none_or(|c| c & MARK != 0)
    }

    /// [`bound::front`] of `s`, the text at the position.
    pub fn front(&self, s: &'a str) -> Front<'a> {
        if !self.keep {
            return bound::front(s, self.lang);
        }
        if let Some(f) = self.front.get() {
            return f;
        }
        let f = match self.class(s) {
            (_, Some(c)) if c & FRONT == 0 => Front::Plain,
            (k, _) => bound::front_keyed(s, self.lang, k),
        };
        self.front.set(Some(f));
        f
    }

    /// [`number::number`] at the start of `s`.
    pub fn number(&self, s: &'a str) -> IResult<&'a str, Number> {
        if !self.keep {
            return number::number(s, self.lang);
        }
        let key = at(s);
        for slot in &self.numbers {
            if let Some((k, v)) = slot.get()
                && k == key
            {
                return match v.and_then(|(len, n)| Some((s.get(s.len() - len..)?, n))) {
                    Some(x) => Ok(x),
                    None => super::lexeme::fail(s),
                };
            }
        }
        let r = number::number(s, self.lang);
        let v = r.as_ref().ok().map(|(rest, n)| (rest.len(), *n));
        let i = self.next_number.get();
        if let Some(slot) = self.numbers.get(i) {
            slot.set(Some((key, v)));
        }
        self.next_number.set((i + 1) % self.numbers.len());
        r
    }

    /// [`money::scale_after`] of the number `n` read before `r`.
    pub fn scale_after(&self, r: &'a str, n: Number) -> (&'a str, (Decimal, Option<Scale>, bool)) {
        if !self.keep {
            return money::scale_after(r, n, self.lang);
        }
        let key = at(r);
        if let Some((k, kn, (len, v))) = self.scale.get()
            && k == key
            && kn == n
            && let Some(rest) = r.get(r.len() - len..)
        {
            return (rest, v);
        }
        let (rest, v) = money::scale_after(r, n, self.lang);
        self.scale.set(Some((key, n, (rest.len(), v))));
        (rest, v)
    }
}

/// Reads money, percent and quantity at `ctx.at` into `out` (those of `want` only; the
/// others are left as they are), each exactly what [`money::parse`], [`percent::parse`]
/// and [`quantity::parse`] return there.
pub fn read_all(ctx: &Context<'_>, want: [bool; GRAMMARS], out: &mut [Option<Found>; GRAMMARS]) {
    let lang = ctx.lang;
    let rest = ctx.rest();
    let sh = Shared::keeping(lang);
    // The lead gates of the three grammars (`LangLeads::may_begin`), on one fold.
    let pass = match rest.as_bytes().first() {
        None => return,
        Some(b) if b.is_ascii_digit() => want,
        Some(b) if b.is_ascii_alphabetic() => leads(&sh, rest, want),
        Some(_) => {
            let Some(c) = rest.chars().next() else { return };
            let symbols = [money::SYMBOL_STARTS, percent::SYMBOL_STARTS, quantity::SYMBOL_STARTS];
            if c.is_ascii_digit() {
                want
            } else if is_letter(c) {
                leads(&sh, rest, want)
            } else {
                [0, 1, 2].map(|i| want[i] && symbols[i].contains(&c))
            }
        }
    };
    // A reading is moved into `out` only when there is one: most positions have none, and
    // moving a `None` would copy the whole (large) slot.
    if pass[0] {
        if let Some(f) = money::read_shared(ctx, &sh) {
            out[0] = Some(f);
        } else {
            out[0] = None;
        }
    }
    if pass[1] {
        if let Some(f) = percent::read_shared(ctx, &sh) {
            out[1] = Some(f);
        } else {
            out[1] = None;
        }
    }
    if pass[2] {
        if let Some(f) = quantity::read_shared(ctx, &sh) {
            out[2] = Some(f);
        } else {
            out[2] = None;
        }
    }
}

/// The letter-run lead gates of the grammars of `want` at `rest` (their `LEADS` sets).
fn leads(sh: &Shared<'_>, rest: &str, want: [bool; GRAMMARS]) -> [bool; GRAMMARS] {
    match sh.class(rest) {
        (_, Some(c)) => [0, 1, 2].map(|i| want[i] && c & LEAD[i] != 0),
        (k, None) => {
            let sets = [&money::LEADS, &percent::LEADS, &quantity::LEADS];
            [0, 1, 2].map(|i| want[i] && sets[i].may_lead_keyed(sh.lang, rest, k))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_readings_equal_each_grammar_alone() {
        let mut read = 0;
        for s in super::super::money::tests::gate_texts() {
            for lang in [Lang::Fr, Lang::En] {
                let starts = s.char_indices().filter(|&(i, c)| {
                    !c.is_whitespace() && s[..i].chars().next_back().is_none_or(|p| !p.is_alphanumeric())
                });
                for (at, _) in starts {
                    let ctx = Context { lang, sentence: &s, at };
                    let alone = [money::parse(&ctx), percent::parse(&ctx), quantity::parse(&ctx)];
                    read += alone.iter().filter(|f| f.is_some()).count();
                    let mut all = [None, None, None];
                    read_all(&ctx, [true; 3], &mut all);
                    assert_eq!(all, alone, "{lang:?} at {at}: {s}");
                    for (i, f) in alone.iter().enumerate() {
                        let mut want = [false; 3];
                        want[i] = true;
                        let mut one = [None, None, None];
                        read_all(&ctx, want, &mut one);
                        assert_eq!(&one[i], f, "only {i}, {lang:?} at {at}: {s}");
                        assert_eq!(one.iter().filter(|f| f.is_some()).count(), usize::from(f.is_some()));
                    }
                }
            }
        }
        assert!(read > 100, "the texts hold figures ({read})");
    }

    #[test]
    fn a_kept_number_is_the_number_of_its_slice() {
        let s = "entre 10 et 15 %";
        let sh = Shared::keeping(Lang::Fr);
        let a = sh.number(&s[6..]);
        let b = sh.number(&s[12..]);
        assert_eq!(a.map(|(r, n)| (r, n.value)), Ok((" et 15 %", Decimal::from_int(10))));
        assert_eq!(sh.number(&s[12..]).map(|(r, n)| (r, n.value)), b.map(|(r, n)| (r, n.value)));
        assert_eq!(sh.number(&s[6..]).map(|(r, n)| (r, n.value)), Ok((" et 15 %", Decimal::from_int(10))));
        assert!(sh.number(&s[..5]).is_err());
    }
}
