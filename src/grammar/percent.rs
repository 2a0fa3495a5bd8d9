//! Percentages and percentage points (FR + EN).

use super::{Context, Found};

/// Reads a percentage starting at `ctx.at`.
pub fn parse(_ctx: &Context<'_>) -> Option<Found> {
    None
}
