//! Blocking and clustering: which claims may be the same event, found without comparing
//! every claim with every other.
//!
//! 1. Every claim gets a block key: its party roots and its relation family (a deal, one
//!    milestone, one measure). Only claims of one block can join.
//! 2. A block whose only party also appears in exactly one larger block of the same family
//!    joins it ("Amazon says the servers will be deployed" with "OpenAI and Amazon…").
//! 3. Inside a deal block, claims with the same figure join (the same figure is strong
//!    evidence of the same deal, whatever the framing); figure clusters then join when their
//!    majority says the same payer, payee and framing and neither is mere speculation
//!    (a 10-billion investment under discussion stays apart from a 38-billion purchase).
//!    Claims with no figure join the best-backed firm cluster.
//! 4. A milestone block is one event (a milestone happens once); in a measure block only
//!    the same figure for the same period joins (one measure at two dates is a time series,
//!    and one party has many measures, so different figures are never taken for one event).
//!
//! Every step uses hash maps keyed on the block, the figure or the reading.

use super::axis::{self, Axis};
use super::parties::PartyRoots;
use super::store::Store;
use crate::claims::{Claim, ClaimAmount, Modality, Relation};
use crate::decimal::Decimal;
use crate::fasthash::FastMap as HashMap;
use crate::mention::DateValue;
use rayon::prelude::*;

/// The relation family of a claim: what it may be lined up with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Money moving between parties (purchase, sale, investment, agreement…).
    Deal,
    /// One named milestone (`deployment`, `closing`).
    Milestone(String),
    /// One measure of a party, with the kind of its unit (`money`, `%`, `pp`, `count`).
    Measure(Relation, &'static str),
}

impl Family {
    /// The family of a claim.
    pub fn of(claim: &Claim) -> Family {
        Family::from_parts(claim.relation, claim.milestone.as_deref(), claim.amount.as_ref())
    }

    /// The family of a claim with this relation, milestone and figure.
    pub fn from_parts(relation: Relation, milestone: Option<&str>, amount: Option<&ClaimAmount>) -> Family {
        if relation.is_deal() {
            return Family::Deal;
        }
        // A milestone without a name is not known to be *the* milestone of anything: it is
        // lined up like a measure (same period only), so it can never clash.
        if relation == Relation::Milestone
            && let Some(name) = milestone.filter(|m| !m.trim().is_empty())
        {
            return Family::Milestone(name.to_string());
        }
        Family::Measure(relation, unit_kind_of(amount))
    }
}

/// `money`, `%`, `pp`, `count` or `none`: what kind of figure a claim has.
pub fn unit_kind(claim: &Claim) -> &'static str {
    unit_kind_of(claim.amount.as_ref())
}

/// [`unit_kind`] of a figure.
pub fn unit_kind_of(amount: Option<&ClaimAmount>) -> &'static str {
    match amount {
        None => "none",
        Some(a) if a.currency.is_some() => "money",
        Some(a) => match a.unit.as_deref() {
            Some("%") => "%",
            Some("pp") => "pp",
            Some(_) => "count",
            None => "money",
        },
    }
}

/// The figure identity used to join claims: value(s) and unit, without the bound
/// (`at least 38` and `38` are the same figure; whether they agree is for the findings).
type FigureKey = (Decimal, Option<Decimal>, String);

fn figure_key(claim: &Claim) -> Option<FigureKey> {
    figure_key_of(claim.amount.as_ref())
}

fn figure_key_of(amount: Option<&ClaimAmount>) -> Option<FigureKey> {
    let a = amount?;
    let unit = match (&a.currency, &a.unit) {
        (Some(c), _) => c.clone(),
        (None, Some(_)) if unit_kind_of(Some(a)) == "count" => "count".to_string(),
        (None, Some(u)) => u.clone(),
        (None, None) => "?".to_string(),
    };
    Some((a.figure.amount, a.figure.high, unit))
}

/// The parties a claim is blocked under: for a deal whose payer and payee are known, those
/// two sides only (a sentence often names bystanders: "OpenAI will buy $38 billion of
/// capacity from AWS to run Nvidia chips" is still an OpenAI–Amazon deal); otherwise every
/// party.
pub(crate) fn block_parties<'a>(c: &'a Claim, roots: &'a PartyRoots) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match (c.relation.is_deal(), c.payer.as_deref(), c.payee.as_deref()) {
        (true, Some(a), Some(b)) if roots.root(a) != roots.root(b) => {
            Box::new([roots.root(a), roots.root(b)].into_iter())
        }
        _ => Box::new(c.parties.iter().chain(c.payer.iter()).chain(c.payee.iter()).map(|p| roots.root(p))),
    }
}

/// Groups `claims` into clusters of indices: each ascending, clusters ordered by their
/// first claim.
pub fn clusters(claims: &[Claim], roots: &PartyRoots) -> Vec<Vec<usize>> {
    // Party roots are interned so block keys hash and compare as small integer lists.
    let mut interned: HashMap<&str, u32> = HashMap::default();
    let mut blocks = Blocks::default();
    for (i, c) in claims.iter().enumerate() {
        let parties: Vec<u32> = block_parties(c, roots)
            .map(|p| {
                let next = interned.len() as u32;
                *interned.entry(p).or_insert(next)
            })
            .collect();
        blocks.add(i, parties, Family::of(c));
    }
    blocks.cluster(|family, members| cluster_block(family, members, claims, roots))
}

/// [`clusters`] of the claims of a [`Store`], unpacked a batch at a time for the block keys
/// and a block at a time for clustering, so the run never holds every claim unpacked.
pub fn clusters_in(store: &Store, roots: &PartyRoots) -> super::clusters::Clusters {
    const BATCH: usize = 1 << 15;
    let mut ids: HashMap<&str, u32> = HashMap::default();
    for name in store.party_names() {
        let root = roots.root(name);
        let next = ids.len() as u32;
        ids.entry(root).or_insert(next);
    }
    let mut blocks = Blocks::default();
    for start in (0..store.len()).step_by(BATCH) {
        let end = (start + BATCH).min(store.len());
        let id = |p: &str| ids.get(roots.root(p)).copied().unwrap_or(u32::MAX);
        let keys: Vec<(Vec<u32>, Family)> = (start..end)
            .into_par_iter()
            .map(|i| {
                // As `block_parties`, read from the store's rows.
                let (relation, payer, payee) = (store.relation(i), store.payer(i), store.payee(i));
                let parties = match (relation.is_deal(), payer, payee) {
                    (true, Some(a), Some(b)) if roots.root(a) != roots.root(b) => vec![id(a), id(b)],
                    _ => store.parties(i).chain(payer).chain(payee).map(id).collect(),
                };
                (parties, Family::from_parts(relation, store.milestone(i), store.amount(i)))
            })
            .collect();
        for (k, (parties, family)) in keys.into_iter().enumerate() {
            blocks.add(start + k, parties, family);
        }
    }
    let nested = blocks.cluster(|family, members| {
        // Only a deal of several claims needs them unpacked: one claim is one cluster, a
        // milestone block is one event, measures join on figure and date alone.
        match family {
            _ if members.is_empty() => return Vec::new(),
            _ if members.len() == 1 => return vec![members.to_vec()],
            Family::Milestone(_) => return vec![members.to_vec()],
            Family::Measure(..) => {
                let clusters = measure_clusters_by(members, |i| (store.amount(i), store.when(i)));
                return join_same_measure(clusters, |i| {
                    let one_party = store.parties(i).count() == 1;
                    let (relation, object) = (store.relation(i), store.object(i));
                    same_measure_key(relation, one_party, object, store.modality(i), store.amount(i), store.when(i))
                });
            }
            Family::Deal => {}
        }
        let local = store.claims_unquoted(members);
        let at: Vec<usize> = (0..local.len()).collect();
        cluster_block(family, &at, &local, roots)
            .into_iter()
            .map(|c| c.into_iter().filter_map(|j| members.get(j).copied()).collect())
            .collect()
    });
    super::clusters::Clusters::from_nested(nested)
}

/// Clusters one block's `members` (ascending indices into `claims`).
fn cluster_block(family: &Family, members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Vec<Vec<usize>> {
    match (family, members.is_empty()) {
        (_, true) => Vec::new(),
        (Family::Deal, false) => deal_clusters(members, claims, roots),
        (Family::Milestone(_), false) => vec![members.to_vec()],
        (Family::Measure(..), false) => measure_clusters(members, claims),
    }
}

/// A block key: the interned party roots and the relation family.
type BlockKey = (Vec<u32>, Family);

/// The blocks of a run, in order of first appearance.
#[derive(Default)]
struct Blocks {
    block_of: HashMap<BlockKey, usize>,
    blocks: Vec<(BlockKey, Vec<usize>)>,
}

impl Blocks {
    /// Puts claim `i` in the block of its (interned) party roots and family.
    fn add(&mut self, i: usize, mut parties: Vec<u32>, family: Family) {
        parties.sort_unstable();
        parties.dedup();
        let key = (parties, family);
        let b = match self.block_of.get(&key) {
            Some(&b) => b,
            None => {
                self.blocks.push((key.clone(), Vec::new()));
                self.block_of.insert(key, self.blocks.len() - 1);
                self.blocks.len() - 1
            }
        };
        self.blocks[b].1.push(i);
    }

    /// Joins single-party blocks to their one larger block, clusters every block with
    /// `cluster` (family, ascending members), and orders clusters by first claim.
    fn cluster<F>(self, cluster: F) -> Vec<Vec<usize>>
    where
        F: Fn(&Family, &[usize]) -> Vec<Vec<usize>> + Sync,
    {
        let Blocks { block_of, mut blocks } = self;
        drop(block_of);
        // Single-party blocks join the one larger block of their family holding that party.
        let mut holders: HashMap<(u32, &Family), Vec<usize>> = HashMap::default();
        for (b, ((parties, family), _)) in blocks.iter().enumerate() {
            if parties.len() >= 2 {
                for &p in parties {
                    holders.entry((p, family)).or_default().push(b);
                }
            }
        }
        let mut target: Vec<usize> = (0..blocks.len()).collect();
        for (b, ((parties, family), _)) in blocks.iter().enumerate() {
            if let [p] = parties.as_slice()
                && let Some([only]) = holders.get(&(*p, family)).map(Vec::as_slice)
            {
                target[b] = *only;
            }
        }
        drop(holders);
        // Members are moved, not copied, into their target block.
        let mut merged: Vec<Vec<usize>> = blocks.iter_mut().map(|(_, members)| std::mem::take(members)).collect();
        for (b, &t) in target.iter().enumerate() {
            if t != b {
                let moved = std::mem::take(&mut merged[b]);
                merged[t].extend_from_slice(&moved);
            }
        }

        // Cluster inside each block; blocks are independent, so in parallel.
        let mut out: Vec<Vec<usize>> = merged
            .into_par_iter()
            .enumerate()
            .flat_map_iter(|(b, mut members)| {
                members.sort_unstable();
                cluster(&blocks[b].0.1, &members).into_iter()
            })
            .collect();
        for c in &mut out {
            c.sort_unstable();
        }
        out.sort_by_key(|c| c.first().copied().unwrap_or(usize::MAX));
        out
    }
}

/// Measures: the same figure for the same period (or both undated) joins; different figures
/// never do. A party has many measures that share a relation word ("growth" of what?), and
/// one measure moves over time, so two different figures are not evidence of one event:
/// they stay apart and cannot clash. Equal figures still line up (agreement, and opposite
/// bounds on one figure), and `figure-reuse` looks across events.
fn measure_clusters(members: &[usize], claims: &[Claim]) -> Vec<Vec<usize>> {
    let clusters = measure_clusters_by(members, |i| (claims[i].amount.as_ref(), claims[i].when.as_ref()));
    join_same_measure(clusters, |i| {
        let c = &claims[i];
        let one_party = c.parties.len() == 1;
        same_measure_key(c.relation, one_party, c.object.as_deref(), c.modality, c.amount.as_ref(), c.when.as_ref())
    })
}

/// The one exception to "different figures never join" in a measure block (same parties,
/// relation and kind of unit): claims of one named party (not the headline pair a sentence
/// without a subject falls back on) that name the same specific measure (`revenue growth`,
/// `revenue`, `market share`; not a bare `growth`, and never a figure whose relation the
/// text leaves unclear) for the same closed period (`2024`, `Q3 2025`; not `by 2026`),
/// stated firmly (asserted or planned) as a value (not a bound). Two such figures are one fact told twice — 27 % vs 45 % revenue growth of one
/// company in 2024 — so they are one event, and `amount-conflict` judges whether they
/// agree within rounding. The object carries the direction of a change (`revenue growth`
/// vs `revenue decline`), so a rise and a fall are never joined by this rule. A measure at two dates
/// stays a time series, and a figure reused for another measure stays `figure-reuse`'s.
pub fn same_measure_key(
    relation: Relation,
    one_party: bool,
    object: Option<&str>,
    modality: Modality,
    amount: Option<&ClaimAmount>,
    when: Option<&DateValue>,
) -> Option<(String, String)> {
    let value =
        amount.is_some_and(|a| matches!(a.figure.bound, crate::mention::Bound::Exact | crate::mention::Bound::Approx));
    // The stake a buyer takes in a target (two parties) is sold once, whenever told.
    if relation == Relation::Share && !one_party && object == Some(crate::claims::STAKE_ACQUIRED) {
        return (modality.is_firm() && value).then(|| (crate::claims::STAKE_ACQUIRED.to_string(), String::new()));
    }
    if !one_party || matches!(relation, Relation::Other | Relation::Milestone) || relation.is_deal() {
        return None;
    }
    let object = object.filter(|o| !matches!(*o, "growth" | "decline" | "share"))?;
    let when = when.filter(|w| !w.unresolved)?;
    let (Some(from), Some(to)) = (when.earliest, when.latest) else { return None };
    (modality.is_firm() && value).then(|| (object.to_string(), format!("{from}..{to}")))
}

/// Joins the `clusters` (of one measure block) whose members share a [`same_measure_key`].
fn join_same_measure(clusters: Vec<Vec<usize>>, key: impl Fn(usize) -> Option<(String, String)>) -> Vec<Vec<usize>> {
    if clusters.len() < 2 {
        return clusters;
    }
    let mut union = Union((0..clusters.len()).collect());
    let mut first: HashMap<(String, String), usize> = HashMap::default();
    for (slot, c) in clusters.iter().enumerate() {
        for &i in c {
            if let Some(k) = key(i) {
                match first.get(&k) {
                    Some(&other) => union.join(other, slot),
                    None => {
                        first.insert(k, slot);
                    }
                }
            }
        }
    }
    let mut joined: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (slot, c) in clusters.into_iter().enumerate() {
        let root = union.find(slot);
        joined[root].extend(c);
    }
    joined.retain(|c| !c.is_empty());
    joined
}

/// [`measure_clusters`] on each member's figure and date, however they are read.
fn measure_clusters_by<'c>(
    members: &[usize],
    read: impl Fn(usize) -> (Option<&'c ClaimAmount>, Option<&'c DateValue>),
) -> Vec<Vec<usize>> {
    let mut at: HashMap<(Option<FigureKey>, String), usize> = HashMap::default();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in members {
        let (amount, when) = read(i);
        let period = when
            .filter(|w| !w.unresolved && (w.earliest.is_some() || w.latest.is_some()))
            .map(|w| format!("{:?}..{:?}", w.earliest, w.latest))
            .unwrap_or_default();
        let slot = *at.entry((figure_key_of(amount), period)).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[slot].push(i);
    }
    out
}

/// True when `a` and `b` are within a factor of ten of each other (both positive).
fn within_ten(a: Decimal, b: Decimal) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    lo > Decimal::ZERO && lo.checked_mul_pow10(1).is_some_and(|l| hi <= l)
}

/// A tiny union-find over cluster slots.
struct Union(Vec<usize>);

impl Union {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // Keep the smaller slot as root so order stays by first appearance.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// The majority reading of `axis` among `members`, if any.
fn majority(axis: Axis, members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Option<String> {
    axis::tally(axis, members, claims, roots).into_iter().next().map(|t| t.reading.key)
}

/// The majority one-sided reading of an investment among `members` whose claims name only
/// the payee (`Kaptiva lève 600 millions`: `? → Kaptiva`): a start-up's round
/// is raised from investors the text often leaves unnamed, and two such figures for the
/// same side are still one round told twice. Keys never equal a two-sided direction's.
fn majority_side(members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for &i in members {
        let c = &claims[i];
        // Only money raised (an investment whose payee alone is named): a one-sided purchase
        // or sale (`Atlacorp → ? · 3.48 EUR`, a buy-back price) says too little of the deal.
        if c.relation != Relation::Investment {
            continue;
        }
        let side = match (c.payer.as_deref(), c.payee.as_deref()) {
            (None, Some(b)) => format!("?\u{1f}{}", roots.root(b)),
            _ => continue,
        };
        match counts.iter_mut().find(|(x, _)| *x == side) {
            Some((_, n)) => *n += 1,
            None => counts.push((side, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(s, _)| s)
}

/// The dated periods of `members` (claims with a resolved date), as (earliest, latest,
/// finer than a year).
fn periods(members: &[usize], claims: &[Claim]) -> Vec<(Option<jiff::civil::Date>, Option<jiff::civil::Date>, bool)> {
    members
        .iter()
        .filter_map(|&i| claims[i].when.as_ref())
        .filter(|w| !w.unresolved && (w.earliest.is_some() || w.latest.is_some()))
        .map(|w| {
            let whole_year = w.timex.len() == 4 && w.timex.bytes().all(|b| b.is_ascii_digit());
            (w.earliest, w.latest, !whole_year)
        })
        .collect()
}

/// True when two figure clusters may be one deal as far as their dates tell: both undated,
/// dated to overlapping periods, or one undated and the other dated finer than a year (`le
/// mois dernier`, `mardi`: the news of the day). A figure dated only by its year next to an
/// undated one is told as history (`avait levé 120 millions d'euros en 2024`) or as a later
/// plan, never as a restatement of today's deal.
fn dates_compatible(a: &[usize], b: &[usize], claims: &[Claim]) -> bool {
    let (pa, pb) = (periods(a, claims), periods(b, claims));
    match (pa.is_empty(), pb.is_empty()) {
        (true, true) => true,
        (false, true) => pa.iter().all(|p| p.2),
        (true, false) => pb.iter().all(|p| p.2),
        (false, false) => pa.iter().any(|x| {
            pb.iter().any(|y| {
                let starts_before_end = |s: Option<jiff::civil::Date>, e: Option<jiff::civil::Date>| match (s, e) {
                    (Some(s), Some(e)) => s <= e,
                    _ => true,
                };
                starts_before_end(x.0, y.1) && starts_before_end(y.0, x.1)
            })
        }),
    }
}

/// The most common deal relation of `members` (a sale counts as a purchase: one exchange
/// seen from either side).
fn majority_relation(members: &[usize], claims: &[Claim]) -> Option<String> {
    let mut counts: Vec<(Relation, usize)> = Vec::new();
    for &i in members {
        let r = match claims[i].relation {
            Relation::Sale => Relation::Purchase,
            Relation::Agreement => continue,
            r => r,
        };
        match counts.iter_mut().find(|(x, _)| *x == r) {
            Some((_, n)) => *n += 1,
            None => counts.push((r, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(r, _)| r.as_str().to_string())
}

/// True when the majority figure of `members` is a value (exact or approximate), not a bound.
fn stated_as_value(members: &[usize], claims: &[Claim], roots: &PartyRoots) -> bool {
    axis::tally(Axis::Amount, members, claims, roots)
        .first()
        .and_then(|t| t.claims.first())
        .and_then(|&i| claims[i].amount.as_ref())
        .is_some_and(|a| matches!(a.figure.bound, crate::mention::Bound::Exact | crate::mention::Bound::Approx))
}

/// True when the majority figure of `members` is a value or a range (`entre 200 et 220
/// millions`: an estimate of one value), not an open bound.
fn stated_as_estimate(members: &[usize], claims: &[Claim], roots: &PartyRoots) -> bool {
    axis::tally(Axis::Amount, members, claims, roots)
        .first()
        .and_then(|t| t.claims.first())
        .and_then(|&i| claims[i].amount.as_ref())
        .is_some_and(|a| {
            matches!(
                a.figure.bound,
                crate::mention::Bound::Exact | crate::mention::Bound::Approx | crate::mention::Bound::Range
            )
        })
}

fn distinct_sources(members: &[usize], claims: &[Claim]) -> usize {
    let mut s: Vec<&str> = members.iter().map(|&i| claims[i].source.as_str()).collect();
    s.sort_unstable();
    s.dedup();
    s.len()
}

fn all_speculative(members: &[usize], claims: &[Claim]) -> bool {
    members.iter().all(|&i| claims[i].modality == Modality::Speculative)
}

/// Deals: same figure joins; figure clusters with the same firm payer, payee and framing
/// join; claims without a figure join the best-backed firm cluster.
fn deal_clusters(members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Vec<Vec<usize>> {
    // Same figure. A figure with no unit joins the one figure of that value with a unit.
    let mut by_figure: HashMap<FigureKey, usize> = HashMap::default();
    let mut by_value: HashMap<(Decimal, Option<Decimal>), Vec<usize>> = HashMap::default();
    let mut figures: Vec<Vec<usize>> = Vec::new();
    let mut loose = Vec::new();
    let mut unitless = Vec::new();
    for &i in members {
        match figure_key(&claims[i]) {
            None => loose.push(i),
            Some(k) if k.2 == "?" => unitless.push(i),
            Some(k) => {
                let value = (k.0, k.1);
                let slot = *by_figure.entry(k).or_insert_with(|| {
                    figures.push(Vec::new());
                    by_value.entry(value).or_default().push(figures.len() - 1);
                    figures.len() - 1
                });
                figures[slot].push(i);
            }
        }
    }
    for i in unitless {
        let Some(k) = figure_key(&claims[i]) else { continue };
        match by_value.get(&(k.0, k.1)).map(Vec::as_slice) {
            Some([only]) => figures[*only].push(i),
            _ => {
                let slot = *by_figure.entry(k).or_insert_with(|| {
                    figures.push(Vec::new());
                    figures.len() - 1
                });
                figures[slot].push(i);
            }
        }
    }

    // Same firm signature (payer, payee, framing, kind of unit) joins figure clusters whose
    // figures are within a factor of ten: "4 billion" vs "8 billion" is one investment told
    // twice; "38 billion" vs "1 trillion" between the same parties is two different things.
    // Currencies are one kind (`9,1 milliards de dollars` and `environ 8 milliards d'euros`
    // for the same purchase are one deal told in two currencies): the event then shows both
    // readings, and the findings never compare figures across currencies.
    let mut union = Union((0..figures.len()).collect());
    let mut by_signature: HashMap<(String, String, String), Vec<usize>> = HashMap::default();
    // (payer → payee, relation, kind of unit) and the figure of a cluster.
    let signature = |f: &[usize]| {
        let key = f.first().and_then(|&i| figure_key(&claims[i]))?;
        let kind = if claims[f[0]].amount.as_ref().is_some_and(|a| a.currency.is_some()) {
            "money".to_string()
        } else {
            key.2.clone()
        };
        let direction = majority(Axis::Direction, f, claims, roots).or_else(|| majority_side(f, claims, roots))?;
        Some(((direction, majority_relation(f, claims)?, kind), key.0))
    };
    let near = |o: usize, slot: usize, value: Decimal| {
        figures[o].first().and_then(|&i| figure_key(&claims[i])).is_some_and(|k| within_ten(k.0, value))
            && dates_compatible(&figures[o], &figures[slot], claims)
    };
    for (slot, f) in figures.iter().enumerate() {
        if all_speculative(f, claims) {
            continue;
        }
        // Joining different figures is the boldest step of alignment, so it asks for the
        // strongest evidence: the same payer, payee and relation word (a purchase is not a
        // spending commitment), and figures stated as values, not as bounds ("more than
        // 1 trillion" of commitments is not a restatement of a 250-billion purchase).
        if !stated_as_value(f, claims, roots) {
            continue;
        }
        let Some((sig, value)) = signature(f) else { continue };
        let same = by_signature.entry(sig).or_default();
        // Bounded scan: a signature rarely has more than a handful of figures.
        if let Some(&other) = same.iter().take(16).find(|&&o| near(o, slot, value)) {
            union.join(other, slot);
        } else {
            same.push(slot);
        }
    }
    // A rumour of the same exchange (`serait en discussions pour racheter X pour 200 à 220
    // millions`) joins the firm cluster of the same payer, payee and relation, so the price
    // announced later is compared with it (a warning: one side is speculative). It never
    // anchors a signature: talks with no firm deal of the same signature stay apart.
    for (slot, f) in figures.iter().enumerate() {
        if !all_speculative(f, claims) || !stated_as_estimate(f, claims, roots) {
            continue;
        }
        let Some((sig, value)) = signature(f) else { continue };
        if let Some(&other) =
            by_signature.get(&sig).and_then(|same| same.iter().take(16).find(|&&o| near(o, slot, value)))
        {
            union.join(other, slot);
        }
    }
    let mut joined: HashMap<usize, Vec<usize>> = HashMap::default();
    for (slot, f) in figures.iter().enumerate() {
        let root = union.find(slot);
        joined.entry(root).or_default().extend_from_slice(f);
    }
    let mut out: Vec<Vec<usize>> = joined.into_values().collect();
    out.sort_by_key(|c| c.iter().min().copied().unwrap_or(usize::MAX));

    // Claims with no figure: the firm cluster of the same signature, else the best-backed
    // firm cluster, else a cluster of their own.
    if !loose.is_empty() {
        let firm: Vec<usize> = (0..out.len()).filter(|&k| !all_speculative(&out[k], claims)).collect();
        let best = firm.iter().copied().max_by_key(|&k| (distinct_sources(&out[k], claims), usize::MAX - k));
        // Index the firm clusters by their majority readings (first cluster wins).
        let mut by_both: HashMap<(String, String), usize> = HashMap::default();
        let mut by_dir: HashMap<String, usize> = HashMap::default();
        let mut by_frame: HashMap<String, usize> = HashMap::default();
        for &k in &firm {
            let dir = majority(Axis::Direction, &out[k], claims, roots);
            let frame = majority(Axis::Framing, &out[k], claims, roots);
            if let Some(d) = &dir {
                by_dir.entry(d.clone()).or_insert(k);
            }
            if let Some(f) = &frame {
                by_frame.entry(f.clone()).or_insert(k);
            }
            if let (Some(d), Some(f)) = (dir, frame) {
                by_both.entry((d, f)).or_insert(k);
            }
        }
        let mut own = Vec::new();
        for i in loose {
            let one = [i];
            let same =
                match (majority(Axis::Direction, &one, claims, roots), majority(Axis::Framing, &one, claims, roots)) {
                    (Some(d), Some(f)) => by_both.get(&(d, f)),
                    (Some(d), None) => by_dir.get(&d),
                    (None, Some(f)) => by_frame.get(&f),
                    (None, None) => None,
                };
            match same.copied().or(best) {
                Some(k) => out[k].push(i),
                None => own.push(i),
            }
        }
        if !own.is_empty() {
            out.push(own);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::testing::ClaimBuilder as B;

    fn run(claims: &[Claim]) -> Vec<Vec<usize>> {
        clusters(claims, &PartyRoots::new(claims))
    }

    #[test]
    fn same_figure_joins_across_framing_and_direction() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon Web Services").usd("38000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "OpenAI").usd("38000000000").build(),
            B::party_claim("c", Relation::Revenue, &["Amazon"]).usd("38000000000").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn bystanders_do_not_split_a_deal() {
        let mut with_nvidia = B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build();
        with_nvidia.parties.push("Nvidia".to_string());
        let claims = vec![B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(), with_nvidia];
        assert_eq!(run(&claims), vec![vec![0, 1]]);
    }

    #[test]
    fn talks_stay_apart_from_the_purchase() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "OpenAI")
                .usd_bound(crate::mention::Bound::AtMost, "10000000000")
                .modality(Modality::Speculative)
                .build(),
            B::deal("c", Relation::Investment, "Amazon", "OpenAI")
                .usd("10000000000")
                .modality(Modality::Speculative)
                .build(),
        ];
        assert_eq!(run(&claims), vec![vec![0], vec![1, 2]]);
    }

    #[test]
    fn a_rumoured_figure_joins_the_firm_deal_of_its_signature() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "Kestrel", "Vauclair")
                .money(crate::mention::Bound::Exact, "180000000", "EUR")
                .build(),
            B::deal("b", Relation::Purchase, "Kestrel", "Vauclair")
                .money(crate::mention::Bound::Exact, "210000000", "EUR")
                .modality(Modality::Speculative)
                .build(),
            // Talks with no firm deal of their signature stay apart.
            B::deal("c", Relation::Investment, "Kestrel", "Vauclair")
                .money(crate::mention::Bound::Exact, "50000000", "EUR")
                .modality(Modality::Speculative)
                .build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn firm_same_signature_joins_different_figures() {
        let claims = vec![
            B::deal("a", Relation::Investment, "Amazon", "Anthropic").usd("8000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "Anthropic").usd("4000000000").build(),
            B::deal("c", Relation::Purchase, "Amazon", "Anthropic").usd("1000000000").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn far_apart_figures_of_one_signature_stay_apart() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Commitment, "OpenAI", "Amazon").usd("1000000000000").build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Amazon").usd("30000000000").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn bounds_and_other_relations_do_not_join_by_signature() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Microsoft").usd("250000000000").build(),
            B::deal("b", Relation::Commitment, "OpenAI", "Microsoft").usd("400000000000").build(),
            B::deal("c", Relation::Purchase, "OpenAI", "Microsoft")
                .usd_bound(crate::mention::Bound::MoreThan, "1000000000000")
                .build(),
        ];
        assert_eq!(run(&claims), vec![vec![0], vec![1], vec![2]]);
    }

    #[test]
    fn measures_split_by_period() {
        let claims = vec![
            B::party_claim("a", Relation::Share, &["Amazon"]).percent("29").when("2025-09-01", "2025-09-30").build(),
            B::party_claim("b", Relation::Share, &["Amazon"]).percent("34").when("2022-01-01", "2022-12-31").build(),
            B::party_claim("c", Relation::Share, &["Amazon"]).percent("29").when("2025-09-01", "2025-09-30").build(),
            B::party_claim("d", Relation::Share, &["Amazon"]).percent("12").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 2], vec![1], vec![3]]);
    }

    #[test]
    fn different_figures_of_one_measure_and_period_stay_apart() {
        let claims = vec![
            B::party_claim("a", Relation::Growth, &["Bank"]).percent("5").when_by("2029-12-31").build(),
            B::party_claim("b", Relation::Growth, &["Bank"]).percent("8").when_by("2029-12-31").build(),
            B::party_claim("c", Relation::Growth, &["Bank"]).percent("5").when_by("2029-12-31").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn one_named_measure_of_one_closed_period_joins_whatever_the_figure() {
        let growth = |id: &str, v: &str, object: &str| {
            B::party_claim(id, Relation::Growth, &["Blueprint"])
                .percent(v)
                .object(object)
                .when("2024-01-01", "2024-12-31")
        };
        let claims = vec![
            growth("a", "27", "revenue growth").build(),
            growth("b", "45", "revenue growth").build(),
            // A fall, a bare `growth`, a hedge, another year: each stays apart.
            growth("c", "40", "revenue decline").build(),
            growth("d", "30", "growth").build(),
            growth("e", "50", "revenue growth").modality(Modality::Speculative).build(),
            B::party_claim("g", Relation::Growth, &["Blueprint", "Sanofi"])
                .percent("60")
                .object("revenue growth")
                .when("2024-01-01", "2024-12-31")
                .build(),
            B::party_claim("h", Relation::Other, &["Blueprint"])
                .percent("70")
                .object("revenue growth")
                .when("2024-01-01", "2024-12-31")
                .build(),
            B::party_claim("f", Relation::Growth, &["Blueprint"])
                .percent("9")
                .object("revenue growth")
                .when("2023-01-01", "2023-12-31")
                .build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 1], vec![2], vec![3], vec![4], vec![5], vec![6], vec![7]]);
    }

    #[test]
    fn single_party_milestone_joins_the_deal_parties() {
        let claims = vec![
            B::milestone("a", "deployment", &["Amazon", "OpenAI"]).when_by("2026-12-31").build(),
            B::milestone("b", "deployment", &["Amazon"]).when("2027-07-01", "2027-12-31").build(),
            B::milestone("c", "closing", &["Amazon", "OpenAI"]).when_by("2026-12-31").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn unnamed_milestones_never_share_an_event_across_periods() {
        let mut a = B::milestone("a", "x", &["A", "B"]).when_by("2026-12-31").build();
        let mut b = B::milestone("b", "x", &["A", "B"]).when("2027-01-01", "2027-12-31").build();
        a.milestone = None;
        b.milestone = Some(String::new());
        assert_eq!(run(&[a, b]), vec![vec![0], vec![1]]);
    }

    #[test]
    fn figureless_deal_claims_join_the_firm_event() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
            B::deal("b", Relation::Investment, "Amazon", "OpenAI")
                .usd("10000000000")
                .modality(Modality::Speculative)
                .build(),
            B::party_claim("c", Relation::Agreement, &["Amazon", "OpenAI"]).duration("P7Y").build(),
        ];
        assert_eq!(run(&claims), vec![vec![0, 2], vec![1]]);
    }
}
