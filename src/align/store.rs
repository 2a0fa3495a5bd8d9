//! A compact store of claims for archive-scale checks.
//!
//! A [`Claim`] is several hundred bytes plus a dozen heap strings; at a million claims
//! that is gigabytes. The store keeps each claim as a fixed row of small integers: names,
//! objects, amounts, dates, notes and party lists are interned once per run, ids and
//! sentence texts live in two arenas, spans are packed into `u32`s. Alignment and findings
//! work block by block on claims unpacked again from the store ([`Store::claim`]), which
//! gives back exactly the claim that was stored.

use crate::claims::{Claim, ClaimAmount, Modality, Relation, SentenceRef};
use crate::fasthash::FastMap as HashMap;
use crate::mention::{DateValue, Note};
use crate::span::Span;
use std::hash::Hash;

/// Rows per page of the store.
const PAGE: usize = 1 << 14;

/// "No value" for an interned index.
const NONE: u32 = u32::MAX;

/// Values interned once, referred to by index.
#[derive(Debug, Clone)]
struct Interner<T> {
    items: Vec<T>,
    index: HashMap<T, u32>,
}

impl<T: Hash + Eq + Clone> Interner<T> {
    fn new() -> Self {
        Interner { items: Vec::new(), index: HashMap::default() }
    }

    fn add(&mut self, value: T) -> u32 {
        if let Some(&k) = self.index.get(&value) {
            return k;
        }
        let k = u32::try_from(self.items.len()).unwrap_or(NONE - 1);
        self.items.push(value.clone());
        self.index.insert(value, k);
        k
    }

    fn get(&self, k: u32) -> Option<&T> {
        self.items.get(k as usize)
    }
}

/// A span in 16 bytes; the rare span that does not fit `u32`s is kept aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PackedSpan {
    start: u32,
    end: u32,
    line: u32,
    column: u32,
}

/// `start == NONE && end == NONE` is "no span"; `start == NONE` otherwise points into
/// the wide spans at `end`.
const NO_SPAN: PackedSpan = PackedSpan { start: NONE, end: NONE, line: 0, column: 0 };

/// A span inside (or near) its claim's sentence in 8 bytes: its start and line relative to
/// the sentence's, its length and column. A span that does not fit is kept aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SubSpan {
    offset: u16,
    len: u16,
    line: u16,
    column: u16,
}

/// "No span".
const NO_SUB: SubSpan = SubSpan { offset: u16::MAX, len: u16::MAX, line: u16::MAX, column: u16::MAX };

/// `offset == u16::MAX` with another length: a wide span, at index `line << 16 | column`.
const WIDE_SUB: u16 = u16::MAX;

/// A range of an arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slice {
    at: u32,
    len: u32,
}

/// Who a claim is about: payer, payee and the list of parties (interned strings, and an
/// interned list). Few distinct casts recur across claims, so a row holds one number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Cast {
    payer: u32,
    payee: u32,
    parties: u32,
}

/// The rarely varying words of a claim, interned together for the same reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Extras {
    object: u32,
    duration: u32,
    milestone: u32,
    attribution: u32,
    notes: u32,
}

/// One claim as a row of integers (76 bytes).
#[derive(Debug, Clone)]
struct Row {
    /// The id after `source#` (or the whole id, see `id_whole`), at this offset of the id
    /// arena, `id_len` bytes long (longer ids go to the arena's wide ids).
    id_at: u32,
    id_len: u16,
    id_whole: bool,
    relation: Relation,
    modality: Modality,
    source: u32,
    cast: u32,
    extras: u32,
    amount: u32,
    when: u32,
    /// The sentence text, an index into the sentence slices (`NONE`: empty).
    text: u32,
    sentence: PackedSpan,
    amount_span: SubSpan,
    trigger_span: SubSpan,
    when_span: SubSpan,
}

/// What a claim reads on every axis, as interned numbers (see [`Store::readings_key`]):
/// deal or not, payer, payee, framing class, figure, duration, date.
pub type ReadingsKey = (bool, u32, u32, Option<&'static str>, u32, u32, u32);

/// Every claim of a run, compactly.
#[derive(Debug, Clone)]
pub struct Store {
    strings: Interner<String>,
    lists: Interner<Vec<u32>>,
    amounts: Interner<ClaimAmount>,
    dates: Interner<DateValue>,
    notes: Interner<Vec<Note>>,
    casts: Interner<Cast>,
    extras: Interner<Extras>,
    ids: String,
    /// Ids whose stored part is too long for a row's `u16` length, by row.
    long_ids: HashMap<usize, Slice>,
    texts: String,
    /// The sentence texts of the rows, as slices of `texts`.
    sentences: Vec<Slice>,
    wide: Vec<Span>,
    /// Rows in pages of [`PAGE`], so growing never copies (or doubles) them all.
    rows: Vec<Vec<Row>>,
    len: usize,
    /// Indices into `strings` used as a party, payer or payee.
    party_names: Vec<bool>,
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

impl Store {
    /// An empty store.
    pub fn new() -> Store {
        let mut notes = Interner::new();
        notes.add(Vec::new());
        Store {
            strings: Interner::new(),
            lists: Interner::new(),
            amounts: Interner::new(),
            dates: Interner::new(),
            notes,
            casts: Interner::new(),
            extras: Interner::new(),
            ids: String::new(),
            long_ids: HashMap::default(),
            texts: String::new(),
            sentences: Vec::new(),
            wide: Vec::new(),
            rows: Vec::new(),
            len: 0,
            party_names: Vec::new(),
        }
    }

    /// How many claims are stored.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no claim is stored.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn string(&mut self, s: &str) -> u32 {
        match self.strings.index.get(s) {
            Some(&k) => k,
            None => self.strings.add(s.to_string()),
        }
    }

    fn opt(&mut self, s: Option<&str>) -> u32 {
        s.map_or(NONE, |s| self.string(s))
    }

    fn party(&mut self, s: &str) -> u32 {
        let k = self.string(s);
        if let Some(slot) = self.party_names.get_mut(k as usize) {
            *slot = true;
        } else {
            self.party_names.resize(k as usize + 1, false);
            self.party_names[k as usize] = true;
        }
        k
    }

    fn slice(arena: &mut String, s: &str) -> Slice {
        let at = u32::try_from(arena.len()).unwrap_or(NONE);
        arena.push_str(s);
        Slice { at, len: u32::try_from(s.len()).unwrap_or(0) }
    }

    fn span(&mut self, span: Option<Span>) -> PackedSpan {
        let Some(s) = span else { return NO_SPAN };
        match (u32::try_from(s.start), u32::try_from(s.end)) {
            (Ok(start), Ok(end)) if start != NONE => PackedSpan { start, end, line: s.line, column: s.column },
            _ => {
                self.wide.push(s);
                PackedSpan { start: NONE, end: u32::try_from(self.wide.len() - 1).unwrap_or(0), line: 0, column: 0 }
            }
        }
    }

    /// `span` relative to the sentence span `of`, or kept aside when it does not fit.
    fn sub_span(&mut self, span: Option<Span>, of: Span) -> SubSpan {
        let Some(s) = span else { return NO_SUB };
        let fits = (
            s.start.checked_sub(of.start).and_then(|o| u16::try_from(o).ok()).filter(|&o| o != WIDE_SUB),
            s.end.checked_sub(s.start).and_then(|l| u16::try_from(l).ok()),
            s.line.checked_sub(of.line).and_then(|l| u16::try_from(l).ok()),
            u16::try_from(s.column).ok(),
        );
        if let (Some(offset), Some(len), Some(line), Some(column)) = fits {
            return SubSpan { offset, len, line, column };
        }
        let k = self.wide.len();
        self.wide.push(s);
        SubSpan { offset: WIDE_SUB, len: 0, line: (k >> 16) as u16, column: (k & 0xffff) as u16 }
    }

    /// Adds a claim; the claims of one source are added one after the other.
    pub fn push(&mut self, c: Claim) {
        let (id, id_whole) = match c.id.strip_prefix(c.source.as_str()).and_then(|r| r.strip_prefix('#')) {
            Some(rest) => (Self::slice(&mut self.ids, rest), false),
            None => (Self::slice(&mut self.ids, &c.id), true),
        };
        let id_len = match u16::try_from(id.len) {
            Ok(n) if n != u16::MAX => n,
            _ => {
                self.long_ids.insert(self.len, id);
                u16::MAX
            }
        };
        // Claims of one sentence follow each other: their text is stored once.
        let text = if c.sentence.text.is_empty() {
            NONE
        } else {
            match self.len.checked_sub(1).and_then(|i| self.row(i)) {
                Some(prev)
                    if prev.text != NONE
                        && prev.sentence == self.span_peek(c.sentence.span)
                        && self.sentence_text(prev.text) == c.sentence.text =>
                {
                    prev.text
                }
                _ => {
                    let slice = Self::slice(&mut self.texts, &c.sentence.text);
                    self.sentences.push(slice);
                    u32::try_from(self.sentences.len() - 1).unwrap_or(NONE)
                }
            }
        };
        let source = self.string(&c.source);
        let payer = c.payer.as_deref().map_or(NONE, |p| self.party(p));
        let payee = c.payee.as_deref().map_or(NONE, |p| self.party(p));
        let parties: Vec<u32> = c.parties.iter().map(|p| self.party(p)).collect();
        let parties = self.lists.add(parties);
        let cast = self.casts.add(Cast { payer, payee, parties });
        let extras = Extras {
            object: self.opt(c.object.as_deref()),
            duration: self.opt(c.duration.as_deref()),
            milestone: self.opt(c.milestone.as_deref()),
            attribution: self.opt(c.attribution.as_deref()),
            notes: self.notes.add(c.notes),
        };
        let row = Row {
            id_at: id.at,
            id_len,
            id_whole,
            relation: c.relation,
            modality: c.modality,
            source,
            cast,
            extras: self.extras.add(extras),
            amount: c.amount.map_or(NONE, |a| self.amounts.add(a)),
            when: c.when.map_or(NONE, |w| self.dates.add(w)),
            text,
            sentence: self.span(Some(c.sentence.span)),
            amount_span: self.sub_span(c.amount_span, c.sentence.span),
            trigger_span: self.sub_span(c.trigger_span, c.sentence.span),
            when_span: self.sub_span(c.when_span, c.sentence.span),
        };
        match self.rows.last_mut() {
            Some(page) if page.len() < PAGE => page.push(row),
            _ => {
                let mut page = Vec::with_capacity(PAGE);
                page.push(row);
                self.rows.push(page);
            }
        }
        self.len += 1;
    }

    /// The packed form a span would take, without storing a wide one.
    fn span_peek(&self, s: Span) -> PackedSpan {
        match (u32::try_from(s.start), u32::try_from(s.end)) {
            (Ok(start), Ok(end)) if start != NONE => PackedSpan { start, end, line: s.line, column: s.column },
            _ => NO_SPAN,
        }
    }

    fn row(&self, i: usize) -> Option<&Row> {
        self.rows.get(i / PAGE)?.get(i % PAGE)
    }

    fn text_of(&self, s: Slice) -> &str {
        self.texts.get(s.at as usize..(s.at as usize).saturating_add(s.len as usize)).unwrap_or("")
    }

    fn sentence_text(&self, k: u32) -> &str {
        self.sentences.get(k as usize).map_or("", |&s| self.text_of(s))
    }

    fn cast(&self, r: &Row) -> Option<&Cast> {
        self.casts.get(r.cast)
    }

    fn extras(&self, r: &Row) -> Option<&Extras> {
        self.extras.get(r.extras)
    }

    /// The span `p` of a claim whose sentence starts at `of`.
    fn unsub(&self, p: SubSpan, of: Option<Span>) -> Option<Span> {
        match p {
            NO_SUB => None,
            SubSpan { offset: WIDE_SUB, line, column, .. } => {
                self.wide.get((usize::from(line) << 16) | usize::from(column)).copied()
            }
            p => {
                let of = of?;
                let start = of.start + usize::from(p.offset);
                Some(Span {
                    start,
                    end: start + usize::from(p.len),
                    line: of.line + u32::from(p.line),
                    column: u32::from(p.column),
                })
            }
        }
    }

    fn str_of(&self, k: u32) -> Option<&str> {
        if k == NONE { None } else { self.strings.get(k).map(String::as_str) }
    }

    fn unspan(&self, p: PackedSpan) -> Option<Span> {
        match p {
            NO_SPAN => None,
            PackedSpan { start: NONE, end, .. } => self.wide.get(end as usize).copied(),
            p => Some(Span { start: p.start as usize, end: p.end as usize, line: p.line, column: p.column }),
        }
    }

    /// The sentence text of claim `i` (empty when it was not kept).
    pub fn text(&self, i: usize) -> &str {
        self.row(i).map_or("", |r| self.sentence_text(r.text))
    }

    /// The source name of claim `i`.
    pub fn source(&self, i: usize) -> &str {
        self.row(i).and_then(|r| self.str_of(r.source)).unwrap_or("")
    }

    /// The id of claim `i`.
    pub fn id(&self, i: usize) -> String {
        let Some(r) = self.row(i) else { return String::new() };
        let id = match r.id_len {
            u16::MAX => self.long_ids.get(&i).copied().unwrap_or(Slice { at: 0, len: 0 }),
            len => Slice { at: r.id_at, len: u32::from(len) },
        };
        let tail = self.ids.get(id.at as usize..(id.at as usize).saturating_add(id.len as usize)).unwrap_or("");
        if r.id_whole {
            return tail.to_string();
        }
        let source = self.source(i);
        let mut id = String::with_capacity(source.len() + 1 + tail.len());
        id.push_str(source);
        id.push('#');
        id.push_str(tail);
        id
    }

    /// The source of claim `i` as an interned number: equal exactly when the names are.
    pub fn source_id(&self, i: usize) -> u32 {
        self.row(i).map_or(NONE, |r| r.source)
    }

    /// The relation of claim `i`.
    pub fn relation(&self, i: usize) -> Relation {
        self.row(i).map_or(Relation::Other, |r| r.relation)
    }

    /// The payer of claim `i`.
    pub fn payer(&self, i: usize) -> Option<&str> {
        self.row(i).and_then(|r| self.str_of(self.cast(r)?.payer))
    }

    /// The payee of claim `i`.
    pub fn payee(&self, i: usize) -> Option<&str> {
        self.row(i).and_then(|r| self.str_of(self.cast(r)?.payee))
    }

    /// The parties of claim `i`, in order.
    pub fn parties(&self, i: usize) -> impl Iterator<Item = &str> {
        let list = self.row(i).and_then(|r| self.lists.get(self.cast(r)?.parties)).map_or(&[][..], Vec::as_slice);
        list.iter().filter_map(|&p| self.str_of(p))
    }

    /// What claim `i` measures or buys.
    pub fn object(&self, i: usize) -> Option<&str> {
        self.row(i).and_then(|r| self.str_of(self.extras(r)?.object))
    }

    /// How sure the writer of claim `i` is.
    pub fn modality(&self, i: usize) -> Modality {
        self.row(i).map_or(Modality::Speculative, |r| r.modality)
    }

    /// The milestone of claim `i`.
    pub fn milestone(&self, i: usize) -> Option<&str> {
        self.row(i).and_then(|r| self.str_of(self.extras(r)?.milestone))
    }

    /// The figure of claim `i`.
    pub fn amount(&self, i: usize) -> Option<&ClaimAmount> {
        self.row(i).filter(|r| r.amount != NONE).and_then(|r| self.amounts.get(r.amount))
    }

    /// The date of claim `i`.
    pub fn when(&self, i: usize) -> Option<&DateValue> {
        self.row(i).filter(|r| r.when != NONE).and_then(|r| self.dates.get(r.when))
    }

    /// What claim `i` reads on every axis of [`crate::align::axis`], as interned numbers:
    /// claims with equal keys have equal readings on every axis (the converse does not
    /// hold: `P7Y` and `P84M` read the same but differ here).
    pub fn readings_key(&self, i: usize) -> Option<ReadingsKey> {
        let r = self.row(i)?;
        let deal = r.relation.is_deal();
        let cast = self.cast(r)?;
        Some((
            deal,
            if deal { cast.payer } else { NONE },
            if deal { cast.payee } else { NONE },
            crate::align::axis::framing_class(r.relation),
            r.amount,
            self.extras(r)?.duration,
            r.when,
        ))
    }

    /// True when claim `i` has a note with this code.
    pub fn has_note(&self, i: usize, code: &str) -> bool {
        self.row(i)
            .and_then(|r| self.notes.get(self.extras(r)?.notes))
            .is_some_and(|ns| ns.iter().any(|n| n.code == code))
    }

    /// The unit of claim `i`'s figure (`%`, `pp`, a noun), if any.
    pub fn unit(&self, i: usize) -> Option<&str> {
        let r = self.row(i)?;
        if r.amount == NONE {
            return None;
        }
        self.amounts.get(r.amount)?.unit.as_deref()
    }

    /// Every party, payer or payee name of the run (each once).
    pub fn party_names(&self) -> impl Iterator<Item = &str> {
        self.party_names
            .iter()
            .enumerate()
            .filter(|(_, on)| **on)
            .filter_map(|(k, _)| self.strings.get(u32::try_from(k).ok()?).map(String::as_str))
    }

    /// Claim `i` as it was stored.
    pub fn claim(&self, i: usize) -> Option<Claim> {
        self.unpack(i, true)
    }

    /// Claim `i` without its sentence text (empty), for the stages that never quote it
    /// (alignment, event labels and tallies): one allocation less, and the largest.
    pub fn claim_unquoted(&self, i: usize) -> Option<Claim> {
        self.unpack(i, false)
    }

    fn unpack(&self, i: usize, quoted: bool) -> Option<Claim> {
        let r = self.row(i)?;
        let (cast, extras) = (self.cast(r)?, self.extras(r)?);
        let owned = |k: u32| self.str_of(k).map(str::to_string);
        let sentence = self.unspan(r.sentence);
        Some(Claim {
            id: self.id(i),
            source: self.source(i).to_string(),
            relation: r.relation,
            payer: owned(cast.payer),
            payee: owned(cast.payee),
            parties: self
                .lists
                .get(cast.parties)
                .map(|ps| ps.iter().filter_map(|&p| owned(p)).collect())
                .unwrap_or_default(),
            object: owned(extras.object),
            amount: if r.amount == NONE { None } else { self.amounts.get(r.amount).cloned() },
            duration: owned(extras.duration),
            when: if r.when == NONE { None } else { self.dates.get(r.when).cloned() },
            milestone: owned(extras.milestone),
            modality: r.modality,
            attribution: owned(extras.attribution),
            notes: self.notes.get(extras.notes).cloned().unwrap_or_default(),
            sentence: SentenceRef {
                text: if quoted { self.sentence_text(r.text).to_string() } else { String::new() },
                span: sentence.unwrap_or(Span { start: 0, end: 0, line: 1, column: 1 }),
            },
            amount_span: self.unsub(r.amount_span, sentence),
            trigger_span: self.unsub(r.trigger_span, sentence),
            when_span: self.unsub(r.when_span, sentence),
        })
    }

    /// Claims `members` (indices), unpacked, in that order.
    pub fn claims(&self, members: &[usize]) -> Vec<Claim> {
        members.iter().filter_map(|&i| self.claim(i)).collect()
    }

    /// [`Store::claims`] without their sentence texts ([`Store::claim_unquoted`]).
    pub fn claims_unquoted(&self, members: &[usize]) -> Vec<Claim> {
        members.iter().filter_map(|&i| self.claim_unquoted(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn claims_come_back_exactly() {
        let mut a = B::deal("s1", Relation::Purchase, "OpenAI", "Amazon Web Services")
            .usd("38000000000")
            .object("cloud")
            .duration("P7Y")
            .when_by("2026-12-31")
            .note("ambiguous-scale", "x")
            .build();
        a.amount_span = Some(Span { start: 5_000_000_000, end: 5_000_000_010, line: 3, column: 2 });
        a.id = "weird-id".to_string();
        let b = B::party_claim("s1", Relation::Share, &["Amazon"]).percent("29").build();
        let mut c = b.clone();
        c.id = format!("{}#7.1", c.source);
        let mut store = Store::new();
        for x in [&a, &b, &c] {
            store.push(x.clone());
        }
        assert_eq!(store.len(), 3);
        assert_eq!(store.claim(0).as_ref(), Some(&a));
        assert_eq!(store.claim(1).as_ref(), Some(&b));
        assert_eq!(store.claim(2).as_ref(), Some(&c));
        assert_eq!(store.id(2), c.id);
        assert!(store.has_note(0, "ambiguous-scale") && !store.has_note(1, "ambiguous-scale"));
        assert_eq!(store.unit(1), Some("%"));
        let mut names: Vec<&str> = store.party_names().collect();
        names.sort();
        assert_eq!(names, ["Amazon", "Amazon Web Services", "OpenAI"]);
        assert_eq!(store.claim(3), None);
        let unquoted = store.claim_unquoted(0).unwrap();
        assert!(unquoted.sentence.text.is_empty() && !a.sentence.text.is_empty());
        assert_eq!(Claim { sentence: a.sentence.clone(), ..unquoted }, a);
    }

    #[test]
    fn spans_and_ids_that_do_not_fit_a_row_come_back_exactly() {
        let base = B::deal("s1", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build();
        let sentence = Span { start: 70_000, end: 70_200, line: 40, column: 3 };
        let at = |start: usize, end: usize, line: u32, column: u32| Some(Span { start, end, line, column });
        let mut claims = Vec::new();
        for (amount, trigger, when) in [
            (at(70_010, 70_020, 40, 13), at(70_000, 70_000, 40, 3), None),
            // Before the sentence, far after it, a long span, a line far below, a wide column.
            (at(69_999, 70_001, 39, 80), at(70_000 + 65_535, 70_000 + 65_540, 41, 1), at(70_001, 170_000, 40, 4)),
            (
                at(70_001, 70_002, 40 + 70_000, 1),
                at(70_001, 70_002, 40, 70_000),
                at(5_000_000_000, 5_000_000_001, 1, 1),
            ),
        ] {
            let mut c = base.clone();
            c.sentence.span = sentence;
            (c.amount_span, c.trigger_span, c.when_span) = (amount, trigger, when);
            claims.push(c);
        }
        let mut long = base.clone();
        long.id = format!("s1#{}", "7".repeat(70_000));
        claims.push(long);
        let mut store = Store::new();
        for c in &claims {
            store.push(c.clone());
        }
        for (i, c) in claims.iter().enumerate() {
            assert_eq!(store.claim(i).as_ref(), Some(c), "claim {i}");
            assert_eq!(store.id(i), c.id);
        }
        assert!(std::mem::size_of::<Row>() <= 76, "{}", std::mem::size_of::<Row>());
    }
}
