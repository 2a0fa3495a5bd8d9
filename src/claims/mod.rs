//! Claims: who pays whom, for what kind of deal, how much, for how long, by when, how sure
//! the writer is, and on whose word.
//!
//! A claim is built from one clause of one sentence and the mentions inside it; parties,
//! framing verbs, hedges and milestone words come from `rules/`, and organisations with no
//! rule are found in the text itself, so a story nobody wrote rules for still works. This
//! stage does not compare sources; that is [`crate::align`] and [`crate::findings`].

pub mod attribution;
pub mod clause;
pub mod deal_price;
pub mod discourse;
pub mod fold;
pub mod lexicon;
pub mod milestone;
pub mod modality;
pub mod name_evidence;
pub mod parties;
pub mod relation;
pub mod scan;
pub mod term;

use crate::decimal::Decimal;
use crate::ingest::Document;
use crate::mention::{Bound, DateValue, Figure, Mention, MentionValue, Note};
use crate::rules::Rules;
use crate::rules::modality::Cue;
use crate::rules::relations::{FigureKind, RelationWord};
use crate::segment::Sentence;
use crate::span::Span;
use attribution::Source;
use fold::Folded;
use lexicon::Hit;
use parties::PartyMention;
use relation::{Roles, Trigger};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::ops::Range;

/// The object of a share that changes hands in a deal (`racheter 75 % du club`): one
/// deal's stake, so two sources giving it different sizes state one fact differently.
pub const STAKE_ACQUIRED: &str = "stake acquired";

/// The kind of deal or measure a claim states. Families: a neutral agreement joins a
/// purchase or an investment; a measure (revenue, valuation…) never joins a deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The payer buys from the payee.
    Purchase,
    /// The payee sells to the payer (the other side pays).
    Sale,
    /// The payer invests in the payee.
    Investment,
    /// A neutral deal, contract or partnership: no direction stated.
    Agreement,
    /// A commitment to spend with the payee.
    Commitment,
    /// The payer lends to the payee.
    Loan,
    /// What a party is valued at.
    Valuation,
    /// A party's revenue or sales.
    Revenue,
    /// A party's spending or capital expenditure.
    Spending,
    /// A growth rate of some measure.
    Growth,
    /// A share (of a market, of capital) held by a party.
    Share,
    /// Headcount, jobs, layoffs.
    Workforce,
    /// The assets a party manages (a fund's assets under management): a measure of the
    /// manager, never the price of a deal.
    Assets,
    /// A dated milestone of a deal or a party (deployment, closing, launch…).
    Milestone,
    /// A figure whose relation the text does not make clear.
    Other,
}

impl Relation {
    /// The wire name (`purchase`).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Purchase => "purchase",
            Relation::Sale => "sale",
            Relation::Investment => "investment",
            Relation::Agreement => "agreement",
            Relation::Commitment => "commitment",
            Relation::Loan => "loan",
            Relation::Valuation => "valuation",
            Relation::Revenue => "revenue",
            Relation::Spending => "spending",
            Relation::Growth => "growth",
            Relation::Share => "share",
            Relation::Workforce => "workforce",
            Relation::Assets => "assets",
            Relation::Milestone => "milestone",
            Relation::Other => "other",
        }
    }

    /// True for relations where money moves between two parties (deal relations).
    pub fn is_deal(self) -> bool {
        matches!(
            self,
            Relation::Purchase
                | Relation::Sale
                | Relation::Investment
                | Relation::Agreement
                | Relation::Commitment
                | Relation::Loan
        )
    }
}

/// How sure the writer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Announced as an intention (`prévoit de`, `will`).
    Planned,
    /// Attributed to someone else (`selon`, `said`).
    Reported,
    /// Hedged (`pourrait`, `in talks`, French conditional).
    Speculative,
}

impl Modality {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Reported => "reported",
            Modality::Speculative => "speculative",
        }
    }

    /// True for claims a writer stands behind (asserted or planned).
    pub fn is_firm(self) -> bool {
        matches!(self, Modality::Asserted | Modality::Planned)
    }
}

/// The figure a claim states: money (with currency), a percentage, or a counted quantity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClaimAmount {
    /// The bounded value.
    pub figure: Figure,
    /// ISO currency for money.
    pub currency: Option<String>,
    /// `%` for a percentage, `pp` for points, the noun for a quantity; `None` for money.
    pub unit: Option<String>,
}

impl ClaimAmount {
    /// The claim figure of a money, percent or quantity mention.
    pub fn from_mention(value: &MentionValue) -> Option<ClaimAmount> {
        match value {
            MentionValue::Money(m) => Some(ClaimAmount { figure: m.figure, currency: m.currency.clone(), unit: None }),
            MentionValue::Percent(p) => Some(ClaimAmount {
                figure: p.figure,
                currency: None,
                unit: Some(if p.points { "pp" } else { "%" }.to_string()),
            }),
            MentionValue::Quantity(q) => {
                Some(ClaimAmount { figure: q.figure, currency: None, unit: Some(q.unit.clone()) })
            }
            MentionValue::Date(_) | MentionValue::Duration(_) => None,
        }
    }

    /// The low and high ends of the values the figure allows (open ends are `None`):
    /// `au minimum 38` → `[38, ∞)`, `jusqu'à 10` → `(-∞, 10]`, `environ 13` → `[13, 13]`
    /// (approximation tolerance is the findings' business).
    pub fn interval(&self) -> (Option<Decimal>, Option<Decimal>) {
        let a = Some(self.figure.amount);
        match self.figure.bound {
            Bound::Exact | Bound::Approx => (a, a),
            Bound::AtLeast | Bound::MoreThan => (a, None),
            Bound::AtMost | Bound::LessThan => (None, a),
            Bound::Range => (a, self.figure.high),
        }
    }

    /// `38 000 000 000 USD`, `at least 38 000 000 000 USD`, `29 %`.
    pub fn describe(&self) -> String {
        self.describe_with(|d| group_thousands(&d.to_string()))
    }

    /// The bound words, the value(s) written by `value`, and the currency or unit: the one
    /// phrasing every reading and label shares, whatever the number style.
    pub fn describe_with(&self, value: impl Fn(Decimal) -> String) -> String {
        let figure = match (self.figure.bound, self.figure.high) {
            (Bound::Range, Some(h)) => format!("{}–{}", value(self.figure.amount), value(h)),
            _ => value(self.figure.amount),
        };
        let prefix = match self.figure.bound {
            Bound::Exact | Bound::Range => "",
            Bound::Approx => "about ",
            Bound::AtLeast => "at least ",
            Bound::MoreThan => "more than ",
            Bound::AtMost => "up to ",
            Bound::LessThan => "less than ",
        };
        match self.currency.as_deref().or(self.unit.as_deref()) {
            Some(u) if !u.is_empty() => format!("{prefix}{figure} {u}"),
            _ => format!("{prefix}{figure}"),
        }
    }
}

/// `38000000000` → `38 000 000 000` (the fraction, if any, is left as is).
pub fn group_thousands(s: &str) -> String {
    let (sign, body) = s.strip_prefix('-').map_or(("", s), |b| ("-", b));
    let (int, frac) = body.split_once('.').map_or((body, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

impl Serialize for ClaimAmount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        match (self.figure.bound, self.figure.high) {
            (Bound::Range, Some(h)) => {
                map.serialize_entry("low", &self.figure.amount)?;
                map.serialize_entry("high", &h)?;
            }
            _ => map.serialize_entry("amount", &self.figure.amount)?,
        }
        if let Some(c) = &self.currency {
            map.serialize_entry("currency", c)?;
        }
        if let Some(u) = &self.unit {
            map.serialize_entry("unit", u)?;
        }
        map.serialize_entry("bound", &self.figure.bound)?;
        map.end()
    }
}

/// The sentence a claim came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SentenceRef {
    /// The sentence text as written.
    pub text: String,
    /// Where it is in the file.
    pub span: Span,
}

/// One claim of one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// `source#n`, unique in a run: `n` is the 0-based sentence index.
    pub id: String,
    /// The source name of its document.
    #[serde(skip)]
    pub source: String,
    /// What kind of deal or measure.
    pub relation: Relation,
    /// Who pays, by canonical name.
    pub payer: Option<String>,
    /// Who is paid.
    pub payee: Option<String>,
    /// Every party, sorted.
    pub parties: Vec<String>,
    /// What the money buys or what the figure measures (`capacités de calcul`, `revenue growth`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The stated figure.
    pub amount: Option<ClaimAmount>,
    /// ISO 8601 duration (`P7Y`).
    pub duration: Option<String>,
    /// The date or deadline the claim states.
    #[serde(serialize_with = "serialize_when")]
    pub when: Option<DateValue>,
    /// For `milestone` claims: which one (`deployment`, `closing`…).
    pub milestone: Option<String>,
    /// How sure the writer is.
    pub modality: Modality,
    /// The named source of a reported claim.
    pub attribution: Option<String>,
    /// Notes carried over from the claim's mentions (`ambiguous-scale`, `currency-inferred`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// The sentence.
    pub sentence: SentenceRef,
    /// Span of the amount mention, for carets in reports.
    #[serde(skip)]
    pub amount_span: Option<Span>,
    /// Span of the word that framed the relation (the verb or noun), for carets.
    #[serde(skip)]
    pub trigger_span: Option<Span>,
    /// Span of the date mention.
    #[serde(skip)]
    pub when_span: Option<Span>,
}

fn serialize_when<S: Serializer>(when: &Option<DateValue>, s: S) -> Result<S::Ok, S::Error> {
    match when {
        None => s.serialize_none(),
        Some(d) => MentionValue::Date(d.clone()).serialize(s),
    }
}

impl Claim {
    /// The one-line reading an editor sees: `OpenAI → Amazon · purchase · 38 000 000 000 USD
    /// · P7Y · asserted`.
    pub fn reading(&self) -> String {
        let mut parts = Vec::new();
        parts.push(match (&self.payer, &self.payee) {
            (Some(a), Some(b)) => format!("{a} → {b}"),
            (Some(a), None) => format!("{a} → ?"),
            (None, Some(b)) => format!("? → {b}"),
            (None, None) if !self.parties.is_empty() => self.parties.join(" ↔ "),
            (None, None) => "?".to_string(),
        });
        match &self.milestone {
            Some(m) => parts.push(format!("{} ({m})", self.relation.as_str())),
            None => parts.push(self.relation.as_str().to_string()),
        }
        if let Some(a) = &self.amount {
            parts.push(a.describe());
        }
        if let Some(d) = &self.duration {
            parts.push(d.clone());
        }
        if let Some(w) = &self.when {
            parts.push(describe_when(w));
        }
        parts.push(self.modality.as_str().to_string());
        parts.join(" · ")
    }
}

/// `by 2026-12-31`, `2026-07-01..2026-12-31`, `from 2027-01-01`, `unresolved XXXX-WXX-1`.
pub fn describe_when(w: &DateValue) -> String {
    match (w.earliest, w.latest) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}..{b}"),
        (None, Some(b)) => format!("by {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, None) => format!("unresolved {}", w.timex),
    }
}

/// Builds the claims of one document from its sentences and mentions.
///
/// One pass of each rule matcher over the folded document, then, sentence by sentence and
/// clause by clause: a claim for every figure (money, percent, quantity) with the trigger,
/// roles, date and duration of its own clause, and a claim for every dated milestone.
pub fn extract(doc: &Document, sentences: &[Sentence], mentions: &[Mention], rules: &Rules) -> Vec<Claim> {
    let text = doc.text.as_str();
    let folded = Folded::new(text);
    let found = Found::scan(doc, &folded, sentences, rules);
    let main = discourse::main_parties(&found.parties, sentences);
    let mut sorted: Vec<&Mention> = mentions.iter().collect();
    sorted.sort_by_key(|m| m.span.start);
    let mut previous_source: Option<Source> = None;
    let mut claims = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let ctx = SentenceCtx::new(doc, &folded, &found, &sorted, i, sentence, rules, &main, previous_source.as_ref());
        if ctx.source.is_some() {
            previous_source = ctx.source.clone();
        }
        let mut built: Vec<(usize, Claim)> = Vec::new();
        let mut subject: Option<String> = None;
        for clause in clause::split(text, sentence.range.clone(), ctx.breaks, &rules.relations.lexicons().determiners) {
            subject = ctx.clause_claims(&clause, subject, &mut built);
        }
        built.sort_by_key(|(at, _)| *at);
        for (k, (_, mut claim)) in built.into_iter().enumerate() {
            claim.id = if k == 0 { format!("{}#{i}", doc.source) } else { format!("{}#{i}.{k}", doc.source) };
            claims.push(claim);
        }
    }
    claims
}

/// Every matcher's hits over one document, each sorted by start.
struct Found<'r> {
    parties: Vec<PartyMention>,
    triggers: Vec<Trigger>,
    measures: Vec<Hit<'r, usize>>,
    deal_anaphora: Vec<Hit<'r, ()>>,
    breaks: Vec<Hit<'r, crate::rules::relations::Break>>,
    cues: Vec<Hit<'r, Cue>>,
    milestones: Vec<Hit<'r, usize>>,
}

impl<'r> Found<'r> {
    fn scan(doc: &Document, folded: &Folded, sentences: &[Sentence], rules: &'r Rules) -> Found<'r> {
        let rlex = rules.relations.lexicons();
        let entries = &rules.relations.relation;
        let hits = scan::scan(rules, folded);
        let evidence = name_evidence::NameEvidence::from_hits(&hits.triggers, entries, &hits.cues, &hits.measures);
        let mut triggers: Vec<Trigger> = hits
            .triggers
            .into_iter()
            .filter_map(|h| match h.value {
                RelationWord::Trigger(e) if entries[*e].lang.is_none_or(|l| l == doc.lang) => {
                    if entries[*e].nouns_after.is_empty() {
                        Some(Trigger { range: h.range, entry: *e })
                    } else {
                        relation::verb_noun(&doc.text, h.range, entries, doc.lang)
                    }
                }
                _ => None,
            })
            .collect();
        relation::drop_readings_under_nouns(&mut triggers, entries);
        Found {
            parties: parties::find_with(
                &doc.text,
                sentences,
                &rules.entities,
                parties::EntityHits { names: hits.names, org_nouns: hits.org_nouns, anaphora: hits.anaphora, evidence },
            ),
            triggers,
            measures: hits.measures,
            deal_anaphora: hits.deal_anaphora,
            breaks: rlex.breaks.find(folded),
            cues: hits.cues,
            milestones: hits.milestones,
        }
    }
}

/// The items of `v` (sorted by start) that start inside `r`.
fn starting_in<'a, T>(v: &'a [T], start: impl Fn(&T) -> usize, r: &Range<usize>) -> &'a [T] {
    let a = v.partition_point(|x| start(x) < r.start);
    let b = v.partition_point(|x| start(x) < r.end).max(a);
    &v[a..b]
}

/// One sentence's share of the document's hits.
struct SentenceCtx<'a, 'r> {
    doc: &'a Document,
    folded: &'a Folded,
    rules: &'r Rules,
    sentence: &'a Sentence,
    main: &'a [String],
    /// Organisations that can be parties (brands before a product left out).
    parties: Vec<&'a PartyMention>,
    triggers: &'a [Trigger],
    measures: &'a [Hit<'r, usize>],
    breaks: &'a [Hit<'r, crate::rules::relations::Break>],
    cues: &'a [Hit<'r, Cue>],
    milestones: &'a [Hit<'r, usize>],
    mentions: Vec<&'a Mention>,
    deal_anaphora: bool,
    /// The sentence's source (for `la même source` in later sentences).
    source: Option<Source>,
    /// Every named entity of the sentence, parties or not (sources can be outlets).
    named: Vec<&'a PartyMention>,
    previous: Option<Source>,
    /// The sentence's located span, found for its first claim.
    sentence_span: std::cell::OnceCell<Span>,
}

impl<'a, 'r> SentenceCtx<'a, 'r> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        doc: &'a Document,
        folded: &'a Folded,
        found: &'a Found<'r>,
        mentions: &[&'a Mention],
        index: usize,
        sentence: &'a Sentence,
        rules: &'r Rules,
        main: &'a [String],
        previous: Option<&Source>,
    ) -> SentenceCtx<'a, 'r> {
        let r = &sentence.range;
        let all = starting_in(&found.parties, |p| p.range.start, r);
        let cues = starting_in(&found.cues, |h| h.range.start, r);
        let named: Vec<&PartyMention> = all.iter().collect();
        let source = attribution::sentence_source(&doc.text, r.clone(), cues, &named, previous);
        SentenceCtx {
            doc,
            folded,
            rules,
            sentence,
            main,
            parties: all.iter().filter(|p| p.is_party() && !p.modifier).collect(),
            triggers: starting_in(&found.triggers, |t| t.range.start, r),
            measures: starting_in(&found.measures, |h| h.range.start, r),
            breaks: starting_in(&found.breaks, |h| h.range.start, r),
            cues,
            milestones: starting_in(&found.milestones, |h| h.range.start, r),
            mentions: starting_in(mentions, |m| m.span.start, r)
                .iter()
                .copied()
                .filter(|m| m.sentence == index)
                .collect(),
            deal_anaphora: !starting_in(&found.deal_anaphora, |h| h.range.start, r).is_empty(),
            source,
            named,
            previous: previous.cloned(),
            sentence_span: std::cell::OnceCell::new(),
        }
    }

    /// True when the date `d` dates an announcement (`annoncé lundi`, `said on Monday`).
    fn dates_announcement(&self, d: &Mention) -> bool {
        self.cues.iter().any(|c| {
            matches!(c.value, Cue::Announcement | Cue::ReportingVerb)
                && c.range.end <= d.span.start
                && self
                    .doc
                    .text
                    .get(c.range.end..d.span.start)
                    .is_some_and(|between| between.split_whitespace().count() <= 1 && !between.contains(','))
        })
    }

    /// Adds the claims of one clause to `out`. `previous` is the subject of the previous
    /// clause of the sentence (`Boreal Iron exploite deux mines…, et emploie 3 200
    /// salariés`); returns this clause's subject for the next one.
    fn clause_claims(
        &self,
        clause: &clause::Clause,
        previous: Option<String>,
        out: &mut Vec<(usize, Claim)>,
    ) -> Option<String> {
        let text = self.doc.text.as_str();
        let entries = &self.rules.relations.relation;
        let lex = self.rules.relations.lexicons();
        let antecedent = clause.antecedent.as_ref().and_then(|a| {
            self.parties.iter().rev().copied().find(|p| a.region.start <= p.range.start && p.range.end <= a.region.end)
        });
        let mentions: Vec<&Mention> = self.mentions.iter().copied().filter(|m| clause.holds(&m.span.range())).collect();
        if mentions.is_empty() {
            // No figure and no date: no claim, only the subject for the next clause.
            let first = self.parties.iter().copied().find(|p| clause.holds(&p.range));
            return first.or(antecedent).map(|p| p.name.clone()).or(previous);
        }
        let parties: Vec<&PartyMention> = self.parties.iter().copied().filter(|p| clause.holds(&p.range)).collect();
        let mut triggers: Vec<Trigger> = self.triggers.iter().filter(|t| clause.holds(&t.range)).cloned().collect();
        // A relative clause with no trigger of its own is framed by its antecedent's
        // (`La part de marché d'AWS, qui atteignait 34 %`).
        let region = clause.antecedent.as_ref().map(|a| a.region.clone());
        if triggers.is_empty()
            && let Some(region) = &region
        {
            triggers = self
                .triggers
                .iter()
                .filter(|t| region.start <= t.range.start && t.range.end <= region.end)
                .cloned()
                .collect();
        }
        let dates: Vec<&Mention> = mentions
            .iter()
            .copied()
            .filter(|m| matches!(m.value, MentionValue::Date(_)) && !self.dates_announcement(m))
            .collect();
        let durations: Vec<&Mention> =
            mentions.iter().copied().filter(|m| matches!(m.value, MentionValue::Duration(_))).collect();
        // A saying verb or cue speaks for its own clause, and for the clauses before a
        // trailing one (`…, selon Reuters.`); not for the clauses after it.
        // Source and mood are read only for a clause that makes a claim (most do not).
        let source_cell = std::cell::OnceCell::new();
        let source = || {
            source_cell.get_or_init(|| {
                attribution::sentence_source(text, clause.range.clone(), self.cues, &self.named, self.previous.as_ref())
                    .or_else(|| {
                        attribution::sentence_source(
                            text,
                            clause.range.end..self.sentence.range.end,
                            self.cues,
                            &self.named,
                            self.previous.as_ref(),
                        )
                    })
            })
        };
        let mood_cell = std::cell::OnceCell::new();
        let mood = || {
            *mood_cell.get_or_init(|| {
                modality::clause_mood(self.folded, clause.range.clone(), self.cues, &self.rules.modality, self.doc.lang)
            })
        };
        for m in &mentions {
            let Some(amount) = ClaimAmount::from_mention(&m.value) else { continue };
            let kind = match m.value {
                MentionValue::Money(_) => FigureKind::Money,
                MentionValue::Percent(_) => FigureKind::Percent,
                _ => FigureKind::Quantity,
            };
            let span = m.span.range();
            let picked = relation::pick(text, &span, kind, &triggers, entries);
            // A valuation the deal gives (`in a deal valuing X at`) is the deal's price.
            let picked = match picked {
                Some(t) if kind == FigureKind::Money && entries[t.entry].relation == Relation::Valuation => {
                    let words = &self.rules.relations.deal_price;
                    let other_figures = mentions.iter().any(|x| match x.value {
                        MentionValue::Percent(_) => true,
                        MentionValue::Money(_) => {
                            x.span.start != m.span.start && !deal_price::per_share(text, x.span.range().end, words)
                        }
                        _ => false,
                    });
                    let deal = deal_price::deal_trigger(
                        text,
                        clause.range.clone(),
                        self.sentence.range.clone(),
                        t,
                        &triggers,
                        entries,
                        words,
                        other_figures,
                    );
                    deal.or(Some(t))
                }
                other => other,
            };
            // A price per share is a unit price: never a deal's total.
            let unit_price =
                kind == FigureKind::Money && deal_price::per_share(text, span.end, &self.rules.relations.deal_price);
            let signed = kind == FigureKind::Percent && m.text.trim_start_matches('(').starts_with(['+', '-', '−']);
            // A percentage bought or taken (`racheter 75 % du club`) is the stake that
            // changes hands: a share of the target held by the buyer.
            let stake = match picked {
                None if kind == FigureKind::Percent && !signed => relation::stake_deal(text, &span, &triggers, entries),
                _ => None,
            };
            let trigger = picked.or(stake);
            let mut relation = match trigger {
                _ if stake.is_some() => Relation::Share,
                Some(t) => entries[t.entry].relation,
                None if signed => Relation::Growth,
                None => Relation::Other,
            };
            if unit_price {
                relation = Relation::Other;
            }
            // `les deux groupes`, `deux mines`: small counts that frame nothing are not claims.
            if relation == Relation::Other
                && let MentionValue::Quantity(q) = &m.value
                && q.figure.amount < Decimal::from_int(100)
            {
                continue;
            }
            let roles = match trigger {
                Some(t) if let Some(main) = clause.main_part(&t.range) => self.main_roles(clause, main, t),
                Some(t) => relation::assign(text, clause, t, &entries[t.entry], &parties, antecedent, lex),
                None => Roles {
                    subject: parties.first().or(antecedent.as_ref()).map(|p| p.name.clone()),
                    ..Roles::default()
                },
            };
            if let Some(t) = trigger
                && let Some(r) = entries[t.entry].with_counterparty
                && roles.payee.is_some()
                && !unit_price
            {
                relation = r;
            }
            let mut roles = roles;
            if stake.is_some() {
                // The stake is a share of what is bought, not of the seller (`auprès de Y`);
                // its holder is the buyer, or the headline's other side.
                let company = relation::stake_company(text, &span, &parties, lex).map(|p| p.name.clone());
                let holder = roles.payer.take().or(roles.subject.take());
                let holder =
                    holder.or_else(|| company.as_ref().and_then(|c| discourse::other_side(self.main, c).cloned()));
                roles = Roles { payer: holder.clone(), payee: company, subject: holder, ..Roles::default() };
            }
            if roles.subject.is_none() && !roles.pronoun_object {
                roles.subject.clone_from(&previous);
            }
            let (payer, payee, parties_out) = self.sides(relation, roles, &parties, antecedent);
            let when = if relation.is_deal() {
                // A ranking after a deal's figure is dated by its own period, not the deal's.
                let words = &self.rules.relations.deal_price;
                let own: Vec<&Mention> = dates
                    .iter()
                    .copied()
                    .filter(|d| !deal_price::ranking_date(text, &span, &d.span.range(), words))
                    .collect();
                nearest(&own, &span)
            } else {
                nearest(&dates, &span)
            };
            // A deal lasts; a measure's `in nearly three years` is a comparison, not a term.
            let duration = if relation.is_deal() {
                // Not another party's term recalled beside the deal (`ending X's 12-year hold`):
                // the sides are the payer and payee where the clause names them, since its
                // plain parties include such bystanders.
                let paying: Vec<&str> = payer.iter().chain(payee.iter()).map(String::as_str).collect();
                let sides = if paying.is_empty() { parties_out.iter().map(String::as_str).collect() } else { paying };
                let own: Vec<&Mention> = durations
                    .iter()
                    .copied()
                    .filter(|d| !term::owned_by_third_party(text, &d.span.range(), &self.parties, &sides))
                    .collect();
                nearest(&own, &span)
            } else {
                None
            };
            let object = match stake {
                Some(_) => Some(STAKE_ACQUIRED.to_string()),
                None if unit_price => Some(deal_price::PER_SHARE.to_string()),
                None => self.object(relation, &span, trigger, clause, region.as_ref(), m),
            };
            let claim = self.claim(
                ClaimParts {
                    relation,
                    payer,
                    payee,
                    parties: parties_out,
                    object,
                    amount: Some(amount),
                    amount_span: Some(m.span),
                    trigger_span: trigger.map(|t| self.span(t.range.clone())),
                    duration,
                    when,
                    milestone: None,
                    mood: mood(),
                    notes: m.notes.clone(),
                },
                source().as_ref(),
            );
            out.push((span.start, claim));
        }
        let words: Vec<Hit<'_, usize>> = self.milestones.iter().filter(|h| clause.holds(&h.range)).cloned().collect();
        if let Some(f) = milestone::find(&words, &dates) {
            // The parties the milestone is about: those of the clause, less the one that
            // only speaks (`Amazon says the servers will be deployed…`); none named, the
            // main deal's.
            let speaker = source().as_ref().map(|s| s.name.as_str());
            let mut names: Vec<String> = Vec::new();
            for p in parties.iter().copied().chain(antecedent) {
                if !names.contains(&p.name) && Some(p.name.as_str()) != speaker {
                    names.push(p.name.clone());
                }
            }
            if names.is_empty() {
                names = self.main.to_vec();
            }
            let claim = self.claim(
                ClaimParts {
                    relation: Relation::Milestone,
                    payer: None,
                    payee: None,
                    parties: names,
                    object: None,
                    amount: None,
                    amount_span: None,
                    trigger_span: Some(self.span(f.trigger.clone())),
                    duration: nearest(&durations, &f.trigger),
                    when: Some(f.date),
                    milestone: self.rules.milestones.milestone.get(f.milestone).map(|m| m.name.clone()),
                    mood: mood(),
                    notes: f.date.notes.clone(),
                },
                source().as_ref(),
            );
            out.push((f.trigger.start, claim));
        }
        let found = self.term_claim(&mentions, &durations, &triggers, &words, &dates, &parties, antecedent, mood);
        if let Some(claim) = found {
            let at = claim.1;
            out.push((at, self.claim(claim.0, source().as_ref())));
        }
        parties.first().or(antecedent.as_ref()).map(|p| p.name.clone()).or(previous)
    }

    /// Roles of a figure in the rest of a main clause framed by the main clause's trigger
    /// (`le rachat de X, qui exploite …, pour 3 milliards`): read over the main clause and
    /// this one as one clause, the relative clause and its parties left out, so the
    /// relative clause's antecedent is not taken for the subject.
    fn main_roles(&self, clause: &clause::Clause, main: Range<usize>, trigger: &Trigger) -> Roles {
        let joined = clause::Clause { range: main.start..clause.range.end, antecedent: None };
        let parties: Vec<&PartyMention> =
            self.parties.iter().copied().filter(|p| main.contains(&p.range.start) || clause.holds(&p.range)).collect();
        let entry = &self.rules.relations.relation[trigger.entry];
        relation::assign(&self.doc.text, &joined, trigger, entry, &parties, None, self.rules.relations.lexicons())
    }

    /// A deal's term stated in a clause of its own (`Le contrat court sur sept ans`, `The
    /// contract runs over ten years`): no figure and no milestone in the clause, a duration
    /// introduced by a term preposition (`sur`, `over`, `pendant`; not `ten years after`),
    /// and a word naming the deal (a neutral deal trigger such as `contrat`, `deal`, or a
    /// phrase pointing back to the main deal) and no other trigger. The claim is a neutral agreement between
    /// the clause's parties, or the main deal's when it names none, so it lines up with
    /// that deal and `duration-conflict` can compare its term.
    #[allow(clippy::too_many_arguments)]
    fn term_claim<'m>(
        &self,
        mentions: &[&'m Mention],
        durations: &[&'m Mention],
        triggers: &[Trigger],
        words: &[Hit<'_, usize>],
        dates: &[&Mention],
        parties: &[&PartyMention],
        antecedent: Option<&PartyMention>,
        mood: impl Fn() -> Modality,
    ) -> Option<(ClaimParts<'m>, usize)> {
        let text = self.doc.text.as_str();
        let entries = &self.rules.relations.relation;
        // Only neutral deal words: a clause with another trigger states something else's
        // length (`s'engage à maintenir l'emploi pendant trois ans dans le cadre de l'accord`).
        let neutral = |t: &Trigger| entries.get(t.entry).is_some_and(|e| e.relation == Relation::Agreement);
        if !triggers.iter().all(neutral) {
            return None;
        }
        // `over ten years`, or `a six-year agreement` (a compound adjective on a deal noun).
        let term = durations.iter().copied().find(|d| {
            crate::grammar::duration::is_term(&d.text)
                || term::is_named_length(text, &d.span.range())
                || triggers.iter().any(|t| term::is_compound_on(text, &d.span.range(), t.range.start))
        })?;
        // A figure prices something else, except a rate restating the deal (`£200m a season`).
        if mentions.iter().any(|m| {
            ClaimAmount::from_mention(&m.value).is_some()
                && !(matches!(m.value, MentionValue::Money(_)) && term::is_rate(text, m.span.end))
        }) {
            return None;
        }
        let deal_word = triggers.first();
        if deal_word.is_none() && !self.deal_anaphora {
            return None;
        }
        if milestone::find(words, dates).is_some() {
            return None;
        }
        let (payer, payee, parties_out) = self.sides(Relation::Agreement, Roles::default(), parties, antecedent);
        if parties_out.is_empty() {
            return None;
        }
        let parts = ClaimParts {
            relation: Relation::Agreement,
            payer,
            payee,
            parties: parties_out,
            object: None,
            amount: None,
            amount_span: None,
            trigger_span: deal_word.map(|t| self.span(t.range.clone())),
            duration: Some(term),
            when: None,
            milestone: None,
            mood: mood(),
            notes: Vec::new(),
        };
        Some((parts, term.span.start))
    }

    /// Payer, payee and parties of a claim, with the discourse's main parties filling in
    /// what the sentence leaves out.
    fn sides(
        &self,
        relation: Relation,
        roles: Roles,
        parties: &[&PartyMention],
        antecedent: Option<&PartyMention>,
    ) -> (Option<String>, Option<String>, Vec<String>) {
        let Roles { mut payer, mut payee, mut others, subject, .. } = roles;
        if relation.is_deal() {
            if relation == Relation::Agreement {
                for p in parties.iter().copied().chain(antecedent) {
                    if !others.contains(&p.name) && Some(&p.name) != payer.as_ref() && Some(&p.name) != payee.as_ref() {
                        others.push(p.name.clone());
                    }
                }
            }
            let named = payer.iter().chain(payee.iter()).chain(others.iter()).count();
            if named == 0 {
                others = self.main.to_vec();
            } else if self.deal_anaphora && named == 1 {
                let one = payer.clone().or(payee.clone()).or(others.first().cloned()).unwrap_or_default();
                if let Some(other) = discourse::other_side(self.main, &one) {
                    match (&payer, &payee) {
                        (Some(_), None) => payee = Some(other.clone()),
                        (None, Some(_)) => payer = Some(other.clone()),
                        _ => others.push(other.clone()),
                    }
                }
            }
            let mut all: Vec<String> = payer.iter().chain(payee.iter()).chain(others.iter()).cloned().collect();
            all.sort();
            all.dedup();
            return (payer, payee, all);
        }
        // A share: its holder (the buyer of a stake) and the company it is a share of.
        if relation == Relation::Share
            && let Some(company) = payee
        {
            let mut sides: Vec<String> = payer.or(subject).into_iter().collect();
            if !sides.contains(&company) {
                sides.push(company);
            }
            return (None, None, sides);
        }
        let subject = match subject {
            Some(s) => vec![s],
            // A figure whose relation is unknown is not pinned on the main deal.
            None if relation == Relation::Other => Vec::new(),
            None => self.main.to_vec(),
        };
        (None, None, subject)
    }

    /// What the figure measures or buys.
    fn object(
        &self,
        relation: Relation,
        figure: &Range<usize>,
        trigger: Option<&Trigger>,
        clause: &clause::Clause,
        region: Option<&Range<usize>>,
        m: &Mention,
    ) -> Option<String> {
        let in_region = |r: &Range<usize>| region.is_some_and(|g| g.start <= r.start && r.end <= g.end);
        let measures: Vec<&Hit<'_, usize>> =
            self.measures.iter().filter(|h| clause.holds(&h.range) || in_region(&h.range)).collect();
        let label = |h: &&Hit<'_, usize>| self.rules.relations.measure.get(*h.value).map(|x| x.name.clone());
        let after = |at: usize| measures.iter().find(|h| h.range.start >= at).and_then(label);
        let before = |at: usize| measures.iter().rev().find(|h| h.range.end <= at).and_then(label);
        match relation {
            Relation::Growth => {
                let at = trigger.map_or(figure.start, |t| t.range.start.min(figure.start));
                let what = before(at).or_else(|| after(figure.end));
                let change =
                    if trigger.is_some_and(|t| self.rules.relations.relation.get(t.entry).is_some_and(|e| e.falling)) {
                        "decline"
                    } else {
                        "growth"
                    };
                Some(what.map_or(change.to_string(), |w| format!("{w} {change}")))
            }
            Relation::Share => {
                Some(after(figure.end).or_else(|| before(figure.start)).unwrap_or_else(|| "share".into()))
            }
            // Revenue, or the profit its trigger names (`net income`, `operating profit`).
            Relation::Revenue => Some(
                trigger
                    .and_then(|t| measures.iter().find(|h| h.range.start < t.range.end && t.range.start < h.range.end))
                    .and_then(label)
                    .unwrap_or_else(|| "revenue".into()),
            ),
            Relation::Workforce => Some("workforce".into()),
            Relation::Assets => Some("assets under management".into()),
            Relation::Valuation => Some("valuation".into()),
            _ => after(figure.end).or_else(|| before(figure.start)).or_else(|| match &m.value {
                MentionValue::Quantity(q) => Some(q.unit.clone()),
                _ => None,
            }),
        }
    }

    fn span(&self, r: Range<usize>) -> Span {
        self.doc.lines.span(&self.doc.text, r)
    }

    fn claim(&self, parts: ClaimParts<'_>, source: Option<&Source>) -> Claim {
        let modality = match source {
            _ if parts.mood == Modality::Speculative => Modality::Speculative,
            Some(s) if !s.self_source && !parts.parties.contains(&s.name) => Modality::Reported,
            _ => parts.mood,
        };
        let (when, when_span) = match parts.when {
            Some(Mention { value: MentionValue::Date(d), span, .. }) => (Some(d.clone()), Some(*span)),
            _ => (None, None),
        };
        let duration = match parts.duration {
            Some(Mention { value: MentionValue::Duration(d), .. }) => Some(d.iso.clone()),
            _ => None,
        };
        Claim {
            id: String::new(),
            source: self.doc.source.clone(),
            relation: parts.relation,
            payer: parts.payer,
            payee: parts.payee,
            parties: {
                let mut p = parts.parties;
                p.sort();
                p.dedup();
                p
            },
            object: parts.object,
            amount: parts.amount,
            duration,
            when,
            milestone: parts.milestone,
            modality,
            attribution: source.map(|s| s.name.clone()),
            notes: parts.notes,
            sentence: SentenceRef {
                text: self.sentence.text(self.doc).to_string(),
                span: *self.sentence_span.get_or_init(|| self.span(self.sentence.range.clone())),
            },
            amount_span: parts.amount_span,
            trigger_span: parts.trigger_span,
            when_span,
        }
    }
}

/// What one claim is built from.
struct ClaimParts<'m> {
    relation: Relation,
    payer: Option<String>,
    payee: Option<String>,
    parties: Vec<String>,
    object: Option<String>,
    amount: Option<ClaimAmount>,
    amount_span: Option<Span>,
    trigger_span: Option<Span>,
    duration: Option<&'m Mention>,
    when: Option<&'m Mention>,
    milestone: Option<String>,
    mood: Modality,
    notes: Vec<Note>,
}

/// The mention of `candidates` nearest to `at`.
fn nearest<'m>(candidates: &[&'m Mention], at: &Range<usize>) -> Option<&'m Mention> {
    candidates.iter().copied().min_by_key(|m| {
        if m.span.start >= at.end { m.span.start - at.end } else { at.start.saturating_sub(m.span.end) }
    })
}

#[cfg(test)]
mod tests;
