//! Axes: the separate things a claim says about its event (who pays whom, how the deal is
//! framed, how much, for how long, when), each read as a comparable key and a label.
//!
//! Agreement is counted per axis — "3 sources: OpenAI pays Amazon; 1 source: Amazon pays
//! OpenAI" — because sources that disagree on one axis often agree on the others. The
//! findings rules compare readings of one axis; this module only reads.

use super::parties::PartyRoots;
use crate::claims::{Claim, Relation, describe_when};

/// One thing a claim says about its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Axis {
    /// Who pays whom.
    Direction,
    /// How the deal is framed (purchase, investment, loan).
    Framing,
    /// The figure.
    Amount,
    /// How long.
    Duration,
    /// When (milestones and dated measures).
    When,
}

impl Axis {
    /// Every axis, in display order.
    pub const ALL: [Axis; 5] = [Axis::Direction, Axis::Framing, Axis::Amount, Axis::Duration, Axis::When];
}

/// A claim's reading on one axis: `key` compares equal exactly when two readings say the
/// same thing once normalized; `label` is what an editor reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reading {
    /// Comparison key.
    pub key: String,
    /// Human label (`OpenAI pays Amazon`, `framed as investment`, `P7Y`).
    pub label: String,
}

/// The framing class of a deal relation: purchase, sale and commitment describe one
/// exchange from either side; an agreement is neutral and has no class.
pub fn framing_class(relation: Relation) -> Option<&'static str> {
    match relation {
        Relation::Purchase | Relation::Sale | Relation::Commitment => Some("purchase"),
        Relation::Investment => Some("investment"),
        Relation::Loan => Some("loan"),
        _ => None,
    }
}

/// An ISO 8601 duration as (months, days), so `P7Y` and `P84M` compare equal.
pub fn duration_key(iso: &str) -> Option<(u64, u64)> {
    let body = iso.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    if !time.is_empty() {
        // Hours and below never describe a deal's length in news; compare them verbatim.
        return None;
    }
    let (mut months, mut days, mut num) = (0u64, 0u64, String::new());
    for c in date.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().ok()?;
        num.clear();
        match c {
            'Y' => months = months.checked_add(n.checked_mul(12)?)?,
            'M' => months = months.checked_add(n)?,
            'W' => days = days.checked_add(n.checked_mul(7)?)?,
            'D' => days = days.checked_add(n)?,
            _ => return None,
        }
    }
    if !num.is_empty() {
        return None;
    }
    Some((months, days))
}

/// The claim's reading on `axis`, or `None` when it says nothing there.
pub fn reading(axis: Axis, claim: &Claim, roots: &PartyRoots) -> Option<Reading> {
    match axis {
        Axis::Direction => {
            if !claim.relation.is_deal() {
                return None;
            }
            let (a, b) = (roots.root(claim.payer.as_deref()?), roots.root(claim.payee.as_deref()?));
            if a == b {
                return None;
            }
            Some(Reading { key: format!("{a}\u{1f}{b}"), label: format!("{a} pays {b}") })
        }
        Axis::Framing => {
            let class = framing_class(claim.relation)?;
            // One key per class (a sale and a purchase agree); the label keeps the word of
            // the first claim of the reading.
            Some(Reading { key: class.to_string(), label: format!("framed as {}", claim.relation.as_str()) })
        }
        Axis::Amount => {
            let a = claim.amount.as_ref()?;
            let d = a.describe();
            Some(Reading { key: d.clone(), label: d })
        }
        Axis::Duration => {
            let iso = claim.duration.as_deref()?;
            let key = duration_key(iso).map_or_else(|| iso.to_string(), |(m, d)| format!("{m}m{d}d"));
            Some(Reading { key, label: format!("over {iso}") })
        }
        Axis::When => {
            let w = claim.when.as_ref()?;
            if w.unresolved || (w.earliest.is_none() && w.latest.is_none()) {
                return None;
            }
            let d = describe_when(w);
            Some(Reading { key: d.clone(), label: d })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_normalize() {
        assert_eq!(duration_key("P7Y"), duration_key("P84M"));
        assert_ne!(duration_key("P7Y"), duration_key("P5Y"));
        assert_eq!(duration_key("P2W"), Some((0, 14)));
        assert_eq!(duration_key("7Y"), None);
        assert_eq!(duration_key("P7"), None);
        assert_eq!(duration_key("PXY"), None);
    }

    #[test]
    fn framing_classes() {
        assert_eq!(framing_class(Relation::Sale), framing_class(Relation::Purchase));
        assert_ne!(framing_class(Relation::Investment), framing_class(Relation::Purchase));
        assert_eq!(framing_class(Relation::Agreement), None);
        assert_eq!(framing_class(Relation::Revenue), None);
    }
}

/// The claims of an event that share one reading on one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The shared reading.
    pub reading: Reading,
    /// Indices of the claims that state it, ascending.
    pub claims: Vec<usize>,
    /// The sources that state it, sorted and deduplicated.
    pub sources: Vec<String>,
}

/// Groups the readings of `members` (indices into `claims`) on `axis`, majority first:
/// most sources, then first appearance.
pub fn tally(axis: Axis, members: &[usize], claims: &[Claim], roots: &PartyRoots) -> Vec<Tally> {
    let mut out: Vec<Tally> = Vec::new();
    // The sources of each reading, borrowed, deduplicated once at the end: a reading held by
    // many sources (archive scale) must not cost a scan of its sources per claim.
    let mut sources: Vec<Vec<&str>> = Vec::new();
    // Claims are grouped on a borrowed key; the owned reading (and its label) is built once
    // per distinct reading, not once per claim.
    let mut at: std::collections::HashMap<KeyRef<'_>, usize> = std::collections::HashMap::new();
    for &i in members {
        let Some(c) = claims.get(i) else { continue };
        let Some(k) = key_ref(axis, c, roots) else { continue };
        let slot = match at.get(&k) {
            Some(&slot) => slot,
            None => {
                let Some(r) = reading(axis, c, roots) else { continue };
                out.push(Tally { reading: r, claims: Vec::new(), sources: Vec::new() });
                sources.push(Vec::new());
                at.insert(k, out.len() - 1);
                out.len() - 1
            }
        };
        out[slot].claims.push(i);
        sources[slot].push(&c.source);
    }
    for (t, mut names) in out.iter_mut().zip(sources) {
        names.sort_unstable();
        names.dedup();
        t.sources = names.into_iter().map(str::to_string).collect();
        t.claims.sort_unstable();
    }
    // Stable sort keeps first appearance among equals.
    out.sort_by_key(|t| std::cmp::Reverse(t.sources.len()));
    out
}

/// A borrowed reading key: equal exactly when [`reading`] keys are equal, without
/// allocating.
#[derive(Debug, PartialEq, Eq, Hash)]
enum KeyRef<'a> {
    Direction(&'a str, &'a str),
    Framing(&'static str),
    Amount(crate::mention::Bound, crate::decimal::Decimal, Option<crate::decimal::Decimal>, Option<&'a str>),
    Duration(Result<(u64, u64), &'a str>),
    When(Option<jiff::civil::Date>, Option<jiff::civil::Date>),
}

fn key_ref<'a>(axis: Axis, claim: &'a Claim, roots: &'a PartyRoots) -> Option<KeyRef<'a>> {
    match axis {
        Axis::Direction => {
            if !claim.relation.is_deal() {
                return None;
            }
            let (a, b) = (roots.root(claim.payer.as_deref()?), roots.root(claim.payee.as_deref()?));
            (a != b).then_some(KeyRef::Direction(a, b))
        }
        Axis::Framing => framing_class(claim.relation).map(KeyRef::Framing),
        Axis::Amount => {
            let a = claim.amount.as_ref()?;
            let unit = a.currency.as_deref().or(a.unit.as_deref());
            Some(KeyRef::Amount(a.figure.bound, a.figure.amount, a.figure.high, unit))
        }
        Axis::Duration => {
            let iso = claim.duration.as_deref()?;
            Some(KeyRef::Duration(duration_key(iso).ok_or(iso)))
        }
        Axis::When => {
            let w = claim.when.as_ref()?;
            if w.unresolved || (w.earliest.is_none() && w.latest.is_none()) {
                return None;
            }
            Some(KeyRef::When(w.earliest, w.latest))
        }
    }
}
