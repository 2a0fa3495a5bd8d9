//! Mentions: the figures, dates and durations found in a document, normalized.
//!
//! A mention is what the grammar read at one exact span, after normalization: an exact
//! value, a currency, the bound the writer put on it, or a resolved date interval. It says
//! nothing yet about *who* pays *whom*; that is the claims stage. These types serialize to
//! the `mentions` array of the public `claimdiff.extract/1` JSON (see [`crate::report::json`]).

use crate::decimal::Decimal;
use crate::span::Span;
use jiff::civil::Date;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// How the writer bounded a figure: the part of a claim that rule-based recognizers drop
/// and that reports most often contradict each other on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The figure as stated (`38 milliards`).
    Exact,
    /// About the figure (`environ`, `près de`, `about`, `~`).
    Approx,
    /// The figure or more (`au minimum`, `at least`).
    AtLeast,
    /// Strictly more (`plus de`, `over`, `more than`).
    MoreThan,
    /// The figure or less (`jusqu'à`, `up to`).
    AtMost,
    /// Strictly less (`moins de`, `under`).
    LessThan,
    /// Between two figures (`entre 10 et 15`, `from 10 to 15`).
    Range,
}

impl Bound {
    /// The wire name (`at_least`).
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
            Bound::Range => "range",
        }
    }
}

/// A bounded figure: one value with its [`Bound`], or a range `[amount, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Figure {
    /// How the value is bounded.
    pub bound: Bound,
    /// The value; for [`Bound::Range`], the low end.
    pub amount: Decimal,
    /// The high end, for [`Bound::Range`] only.
    pub high: Option<Decimal>,
}

impl Figure {
    /// An exact figure.
    pub fn exact(amount: Decimal) -> Figure {
        Figure { bound: Bound::Exact, amount, high: None }
    }

    /// A figure with a one-sided or approximate bound.
    pub fn bounded(bound: Bound, amount: Decimal) -> Figure {
        Figure { bound, amount, high: None }
    }

    /// A range `[low, high]`.
    pub fn range(low: Decimal, high: Decimal) -> Figure {
        Figure { bound: Bound::Range, amount: low, high: Some(high) }
    }

    /// Every figure scaled by `10^exp`; `None` on overflow.
    pub fn mul_pow10(self, exp: u32) -> Option<Figure> {
        Some(Figure {
            bound: self.bound,
            amount: self.amount.checked_mul_pow10(exp)?,
            high: match self.high {
                Some(h) => Some(h.checked_mul_pow10(exp)?),
                None => None,
            },
        })
    }

    /// Writes `amount`/`bound` or `low`/`high`/`bound` into a serde map.
    fn serialize_into<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        match (self.bound, self.high) {
            (Bound::Range, Some(high)) => {
                map.serialize_entry("low", &self.amount)?;
                map.serialize_entry("high", &high)?;
            }
            _ => map.serialize_entry("amount", &self.amount)?,
        }
        Ok(())
    }
}

/// A note attached to a mention: something an editor should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct Note {
    /// A stable kebab-case code: `ambiguous-scale`, `currency-inferred`, `vague`, `points`,
    /// `unresolved`, …
    pub code: String,
    /// A sentence for humans, e.g. both readings of an ambiguous scale word.
    pub detail: String,
}

impl Note {
    /// Builds a note.
    pub fn new(code: &str, detail: impl Into<String>) -> Note {
        Note { code: code.to_string(), detail: detail.into() }
    }
}

/// A monetary amount.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Money {
    /// The bounded value in currency units (not thousands or millions).
    pub figure: Figure,
    /// ISO 4217 code (`USD`, `EUR`), or `None` when neither the text nor its context says.
    pub currency: Option<String>,
}

/// A percentage (`29 %`), or percentage points when `points` is set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Percent {
    /// The bounded value in percent (`29`, not `0.29`).
    pub figure: Figure,
    /// `20 points de pourcentage`: a difference of percentages, not a percentage.
    pub points: bool,
}

/// A counted quantity (`14 000 employés`, `10 gigawatts`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The bounded count.
    pub figure: Figure,
    /// The counted noun as written (`employés`).
    pub unit: String,
}

/// A date or period resolved to an inclusive interval of days.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// First day that satisfies the expression; `None` for an open start (`avant 2027`).
    pub earliest: Option<Date>,
    /// Last day that satisfies it; `None` for an open end (`depuis 2022`).
    pub latest: Option<Date>,
    /// TIMEX3-style value of the core expression (`2026`, `2026-Q3`, `XXXX-WXX-1`).
    pub timex: String,
    /// True when the expression is relative and the document has no publication date.
    pub unresolved: bool,
}

/// A length of time (`sept ans` → `P7Y`), with the interval it covers when the text
/// anchors it (`sur les sept prochaines années` written on a known date).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DurationValue {
    /// ISO 8601 duration (`P7Y`, `P18M`, `P10Y`).
    pub iso: String,
    /// First day of the anchored interval, if any.
    pub earliest: Option<Date>,
    /// Last day of the anchored interval, if any.
    pub latest: Option<Date>,
}

/// What a mention is, with its normalized value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MentionValue {
    /// `38 milliards de dollars`.
    Money(Money),
    /// `29 %`.
    Percent(Percent),
    /// `14 000 employés`.
    Quantity(Quantity),
    /// `d'ici la fin de l'année prochaine`.
    Date(DateValue),
    /// `sur sept ans`.
    Duration(DurationValue),
}

impl MentionValue {
    /// The wire name of the kind (`money`, `percent`, `quantity`, `date`, `duration`).
    pub fn kind(&self) -> &'static str {
        match self {
            MentionValue::Money(_) => "money",
            MentionValue::Percent(_) => "percent",
            MentionValue::Quantity(_) => "quantity",
            MentionValue::Date(_) => "date",
            MentionValue::Duration(_) => "duration",
        }
    }

    /// The bounded figure of a money, percent or quantity mention.
    pub fn figure(&self) -> Option<&Figure> {
        match self {
            MentionValue::Money(m) => Some(&m.figure),
            MentionValue::Percent(p) => Some(&p.figure),
            MentionValue::Quantity(q) => Some(&q.figure),
            MentionValue::Date(_) | MentionValue::Duration(_) => None,
        }
    }
}

impl Serialize for MentionValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        match self {
            MentionValue::Money(m) => {
                m.figure.serialize_into(&mut map)?;
                map.serialize_entry("currency", &m.currency)?;
                map.serialize_entry("bound", &m.figure.bound)?;
            }
            MentionValue::Percent(p) => {
                p.figure.serialize_into(&mut map)?;
                map.serialize_entry("bound", &p.figure.bound)?;
                if p.points {
                    map.serialize_entry("points", &true)?;
                }
            }
            MentionValue::Quantity(q) => {
                q.figure.serialize_into(&mut map)?;
                map.serialize_entry("unit", &q.unit)?;
                map.serialize_entry("bound", &q.figure.bound)?;
            }
            MentionValue::Date(d) => {
                map.serialize_entry("earliest", &d.earliest.map(|x| x.to_string()))?;
                map.serialize_entry("latest", &d.latest.map(|x| x.to_string()))?;
                map.serialize_entry("timex", &d.timex)?;
                if d.unresolved {
                    map.serialize_entry("unresolved", &true)?;
                }
            }
            MentionValue::Duration(d) => {
                map.serialize_entry("iso", &d.iso)?;
                if d.earliest.is_some() || d.latest.is_some() {
                    map.serialize_entry("earliest", &d.earliest.map(|x| x.to_string()))?;
                    map.serialize_entry("latest", &d.latest.map(|x| x.to_string()))?;
                }
            }
        }
        map.end()
    }
}

/// One normalized mention at an exact span of its document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// The value, which also gives the kind.
    pub value: MentionValue,
    /// The exact source text of the span (bound words included).
    pub text: String,
    /// Where it is in the file.
    pub span: Span,
    /// Index of the sentence it belongs to, in the document's sentence list.
    pub sentence: usize,
    /// What an editor should know about the reading.
    pub notes: Vec<Note>,
}

impl Mention {
    /// True when a note with this code is attached.
    pub fn has_note(&self, code: &str) -> bool {
        self.notes.iter().any(|n| n.code == code)
    }
}

impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(5))?;
        map.serialize_entry("kind", self.value.kind())?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("span", &self.span)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("notes", &self.notes)?;
        map.end()
    }
}
