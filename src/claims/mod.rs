//! Claims: who pays whom, for what kind of deal, how much, for how long, by when, how sure
//! the writer is, and on whose word.
//!
//! A claim is built from one clause of one sentence and the mentions inside it; parties,
//! framing verbs, hedges and milestone words come from `rules/`, and organisations with no
//! rule are found in the text itself, so a story nobody wrote rules for still works. This
//! stage does not compare sources; that is [`crate::align`] and [`crate::findings`].

use crate::decimal::Decimal;
use crate::ingest::Document;
use crate::mention::{Bound, DateValue, Figure, Mention, MentionValue, Note};
use crate::rules::Rules;
use crate::segment::Sentence;
use crate::span::Span;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

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
        let group = |d: Decimal| group_thousands(&d.to_string());
        let value = match (self.figure.bound, self.figure.high) {
            (Bound::Range, Some(h)) => format!("{}–{}", group(self.figure.amount), group(h)),
            _ => group(self.figure.amount),
        };
        let prefix = match self.figure.bound {
            Bound::Exact | Bound::Range => "",
            Bound::Approx => "about ",
            Bound::AtLeast => "at least ",
            Bound::MoreThan => "more than ",
            Bound::AtMost => "up to ",
            Bound::LessThan => "less than ",
        };
        let unit = self.currency.as_deref().or(self.unit.as_deref()).unwrap_or("");
        if unit.is_empty() { format!("{prefix}{value}") } else { format!("{prefix}{value} {unit}") }
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
pub fn extract(doc: &Document, sentences: &[Sentence], mentions: &[Mention], rules: &Rules) -> Vec<Claim> {
    let _ = rules;
    let mut claims = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let own: Vec<&Mention> = mentions.iter().filter(|m| m.sentence == i).collect();
        let Some(amount_mention) = own.iter().find(|m| ClaimAmount::from_mention(&m.value).is_some()) else { continue };
        claims.push(Claim {
            id: format!("{}#{}", doc.source, i),
            source: doc.source.clone(),
            relation: Relation::Other,
            payer: None,
            payee: None,
            parties: Vec::new(),
            object: None,
            amount: ClaimAmount::from_mention(&amount_mention.value),
            duration: None,
            when: None,
            milestone: None,
            modality: Modality::Asserted,
            attribution: None,
            notes: amount_mention.notes.clone(),
            sentence: SentenceRef {
                text: sentence.text(doc).to_string(),
                span: doc.lines.span(&doc.text, sentence.range.clone()),
            },
            amount_span: Some(amount_mention.span),
            trigger_span: None,
            when_span: None,
        });
    }
    claims
}
