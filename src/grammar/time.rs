//! Dates, periods and deadlines, read but not resolved.

use super::{Context, Found};

/// A date expression as written, before resolution against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeExpr {
    /// TIMEX3-style value of the core expression.
    pub timex: String,
}

/// Reads a date expression starting at `ctx.at`.
pub fn parse(_ctx: &Context<'_>) -> Option<Found> {
    None
}
