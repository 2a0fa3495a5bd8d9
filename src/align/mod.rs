//! Alignment: claims from different sources about the same deal, milestone or measure are
//! grouped into one [`Event`].
//!
//! Same parties after aliases and groups, compatible relation families, overlapping times
//! where both give one, and matching amounts are the evidence. This stage only groups; it
//! does not judge whether the grouped claims agree (that is [`crate::findings`]).
//!
//! Alignment is blocked: claims are first bucketed by a key (party roots and relation
//! family, see [`block`]), and claims are only ever compared inside their block, through
//! hash maps on the figure and the reading — never every claim against every other — so a
//! run grows near-linearly with the number of claims.

pub mod axis;
pub mod block;
pub mod clusters;
pub mod label;
pub mod parties;
pub mod store;

use crate::claims::Claim;
use parties::PartyRoots;
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
///
/// ```
/// let events = claimdiff::align::group(&[]);
/// assert!(events.is_empty());
/// ```
pub fn group(claims: &[Claim]) -> Vec<Event> {
    let roots = PartyRoots::new(claims);
    let clusters = block::clusters(claims, &roots);
    events_of(&clusters, claims, &roots)
}

/// Builds the public events of `clusters` (claim indices, each ascending, clusters in order
/// of first claim).
pub fn events_of(clusters: &[Vec<usize>], claims: &[Claim], roots: &PartyRoots) -> Vec<Event> {
    use rayon::prelude::*;
    clusters.par_iter().enumerate().map(|(n, members)| event_at(n, members, claims, roots)).collect()
}

/// The event `E{n+1}` made of `members` (ascending indices into `claims`).
pub fn event_at(n: usize, members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Event {
    // The sides of the event: payer and payee where a deal names them, so bystanders
    // named in one sentence do not become parties of the event.
    let mut parties: Vec<String> = members
        .iter()
        .filter_map(|&i| claims.get(i))
        .flat_map(|c| block::block_parties(c, roots).map(str::to_string).collect::<Vec<_>>())
        .collect();
    parties.sort();
    parties.dedup();
    let tallies: Vec<Vec<axis::Tally>> =
        axis::Axis::ALL.iter().map(|&a| axis::tally(a, members, claims, roots)).collect();
    let at = |a: axis::Axis| axis::Axis::ALL.iter().position(|&x| x == a).and_then(|k| tallies.get(k));
    let label = label::label_from(
        members,
        claims,
        roots,
        at(axis::Axis::Direction).and_then(|t| t.first()),
        at(axis::Axis::Amount).and_then(|t| t.first()),
    );
    let agreement =
        tallies.into_iter().flatten().map(|t| Agreement { reading: t.reading.label, sources: t.sources }).collect();
    Event {
        id: format!("E{}", n + 1),
        label,
        parties,
        claims: members.iter().filter_map(|&i| claims.get(i)).map(|c| c.id.clone()).collect(),
        agreement,
    }
}

/// The claims of several clusters of a [`store::Store`], unpacked once without their
/// sentence texts: the claims in ascending order, their store indices, and each cluster's
/// members as indices into them.
pub fn unpack(store: &store::Store, clusters: &[&[u32]]) -> Unpacked {
    let mut all: Vec<usize> = clusters.iter().flat_map(|c| c.iter()).map(|&i| i as usize).collect();
    all.sort_unstable();
    all.dedup();
    let local = clusters
        .iter()
        .map(|members| members.iter().filter_map(|&g| all.binary_search(&(g as usize)).ok()).collect())
        .collect();
    Unpacked { claims: store.claims_unquoted(&all), at: all, members: local }
}

/// Claims unpacked from a store by [`unpack`].
#[derive(Debug, Clone)]
pub struct Unpacked {
    /// The claims (sentence texts empty), in store order.
    pub claims: Vec<Claim>,
    /// The store index of each claim.
    pub at: Vec<usize>,
    /// Each cluster's members, as indices into `claims`.
    pub members: Vec<Vec<usize>>,
}

/// The events of `clusters[range]` of a store (numbered from `range.start`).
pub fn events_in(
    store: &store::Store,
    clusters: &clusters::Clusters,
    range: std::ops::Range<usize>,
    roots: &PartyRoots,
) -> Vec<Event> {
    let Some(chunk) = range.clone().map(|n| clusters.get(n)).collect::<Option<Vec<&[u32]>>>() else {
        return Vec::new();
    };
    let u = unpack(store, &chunk);
    u.members.iter().enumerate().map(|(k, members)| event_at(range.start + k, members, &u.claims, roots)).collect()
}
