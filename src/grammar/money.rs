//! Monetary amounts: currency before or after, scale words, bounds (FR + EN).

use super::{Context, Found};

/// Reads a monetary amount starting at `ctx.at`.
pub fn parse(_ctx: &Context<'_>) -> Option<Found> {
    None
}
