//! Resolves date expressions and durations against the publication date (jiff).

use crate::grammar::{DurationExpr, TimeExpr};
use crate::mention::{DateValue, DurationValue, Note};
use jiff::civil::Date;

/// Resolves a date expression to an inclusive interval of days, against `published`.
pub fn resolve(expr: &TimeExpr, _published: Option<Date>, _notes: &mut Vec<Note>) -> DateValue {
    DateValue { earliest: None, latest: None, timex: expr.timex.clone(), unresolved: true }
}

/// Resolves a duration, and the interval it covers when anchored.
pub fn resolve_duration(expr: &DurationExpr, _published: Option<Date>, _notes: &mut Vec<Note>) -> DurationValue {
    DurationValue { iso: expr.iso.clone(), earliest: None, latest: None }
}
