//! Counted quantities: a number followed by a counted noun (`14 000 employés`).

use super::{Context, Found};

/// Reads a counted quantity starting at `ctx.at`.
pub fn parse(_ctx: &Context<'_>) -> Option<Found> {
    None
}
