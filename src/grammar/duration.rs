//! Durations (`sept ans`, `over seven years`, `la prochaine décennie`).

use super::{Context, Found};

/// A duration as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DurationExpr {
    /// ISO 8601 duration (`P7Y`).
    pub iso: String,
}

/// Reads a duration starting at `ctx.at`.
pub fn parse(_ctx: &Context<'_>) -> Option<Found> {
    None
}
