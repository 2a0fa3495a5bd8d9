//! What every rule sees (the claims, their events, party roots, the severity policy) and
//! the shared machinery to turn two disagreeing readings into a [`Finding`]: severity from
//! the modalities of both sides, evidence majority first, and a message that names each
//! reading with the sources backing it.

use super::{Evidence, Finding, RuleInfo, Severity};
use crate::align::Event;
use crate::align::axis::{self, Axis, Tally};
use crate::align::parties::PartyRoots;
use crate::claims::{Claim, ClaimAmount, Modality, Relation};
use crate::rules::severity::SeverityPolicy;

/// How much two readings conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// They cannot both hold.
    Full,
    /// They can both hold only at one point ("up to 100" and "at least 100").
    Partial,
}

/// One event with its member claims.
#[derive(Debug, Clone)]
pub struct EventView<'a> {
    /// The event.
    pub event: &'a Event,
    /// Indices of its claims in [`Context::claims`], ascending.
    pub members: Vec<usize>,
    /// Its readings per axis (in [`Axis::ALL`] order), majority first; empty when all its
    /// claims come from one source, since one source cannot contradict another there.
    pub tallies: Vec<Vec<Tally>>,
}

impl<'a> EventView<'a> {
    /// The view of `event` with `members` (indices into `claims`): members sorted, and the
    /// readings tallied when more than one source speaks.
    pub fn new(event: &'a Event, mut members: Vec<usize>, claims: &[Claim], roots: &PartyRoots) -> EventView<'a> {
        members.sort_unstable();
        members.dedup();
        let first = members.first().map(|&i| claims[i].source.as_str());
        let tallies = if members.iter().any(|&i| Some(claims[i].source.as_str()) != first) {
            Axis::ALL.iter().map(|&a| axis::tally(a, &members, claims, roots)).collect()
        } else {
            Vec::new()
        };
        EventView { event, members, tallies }
    }

    /// True when every claim is a milestone claim.
    pub fn is_milestone(&self, claims: &[Claim]) -> bool {
        !self.members.is_empty() && self.members.iter().all(|&i| claims[i].relation == Relation::Milestone)
    }
}

/// Everything a rule reads.
pub struct Context<'a> {
    /// Every claim of every source, in source order.
    pub claims: &'a [Claim],
    /// The events and their members.
    pub events: Vec<EventView<'a>>,
    /// Party roots of the run (borrowed when the run is checked a chunk of events at a time).
    pub roots: std::borrow::Cow<'a, PartyRoots>,
    /// The editorial severity choices.
    pub policy: &'a SeverityPolicy,
    /// Where the sentence of claim `i` is read from when the claims were unpacked without
    /// it (see [`crate::align::store::Store::claim_unquoted`]); `None`: the claims carry it.
    pub quote: Option<&'a (dyn Fn(usize) -> String + Sync)>,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("claims", &self.claims.len())
            .field("events", &self.events.len())
            .field("quote", &self.quote.is_some())
            .finish_non_exhaustive()
    }
}

impl<'a> Context<'a> {
    /// The stated figures of two readings (their first claims'): what the amount and bound
    /// rules compare.
    pub fn amounts(&self, a: &Tally, b: &Tally) -> Option<(&'a ClaimAmount, &'a ClaimAmount)> {
        Some((self.claims[*a.claims.first()?].amount.as_ref()?, self.claims[*b.claims.first()?].amount.as_ref()?))
    }

    /// Builds the context, resolving each event's claim ids to indices.
    pub fn new(events: &'a [Event], claims: &'a [Claim], policy: &'a SeverityPolicy) -> Context<'a> {
        let roots = PartyRoots::new(claims);
        let mut by_id: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
        for (i, c) in claims.iter().enumerate() {
            by_id.entry(c.id.as_str()).or_default().push(i);
        }
        // Claim ids should be unique; if a stage ever repeats one, ids cannot say which claim
        // an event holds, so the (deterministic) alignment is replayed to get indices.
        let replay = if by_id.values().any(|v| v.len() > 1) {
            let clusters = crate::align::block::clusters(claims, &roots);
            (clusters.len() == events.len()).then_some(clusters)
        } else {
            None
        };
        use rayon::prelude::*;
        let events = events
            .par_iter()
            .enumerate()
            .map(|(n, event)| {
                let members: Vec<usize> = match &replay {
                    Some(clusters) => clusters[n].clone(),
                    None => event.claims.iter().filter_map(|id| by_id.get(id.as_str())).flatten().copied().collect(),
                };
                EventView::new(event, members, claims, &roots)
            })
            .collect();
        Context { claims, events, roots: std::borrow::Cow::Owned(roots), policy, quote: None }
    }

    /// The claim's modality as the policy sees it: the parties' own word counts as
    /// asserted when the policy says so.
    pub fn effective_modality(&self, c: &Claim) -> Modality {
        if c.modality == Modality::Reported
            && self.policy.party_attribution_is_firm()
            && let Some(a) = c.attribution.as_deref()
        {
            let parties: Vec<&str> = c
                .parties
                .iter()
                .chain(c.payer.iter())
                .chain(c.payee.iter())
                .flat_map(|p| [p.as_str(), self.roots.root(p)])
                .collect();
            if self.policy.is_principal(a, &parties) {
                return Modality::Asserted;
            }
        }
        c.modality
    }

    /// The firmest modality among `claims` indices.
    fn firmest(&self, members: &[usize]) -> Modality {
        members
            .iter()
            .map(|&i| self.effective_modality(&self.claims[i]))
            .max_by_key(|m| strength(*m))
            .unwrap_or(Modality::Speculative)
    }

    /// Severity of a clash between two groups of claims: the policy's severity for the
    /// weaker of the two sides' firmest modalities, capped for a partial clash.
    pub fn severity(&self, a: &[usize], b: &[usize], clash: Clash) -> Severity {
        let (ma, mb) = (self.firmest(a), self.firmest(b));
        let weaker = if strength(ma) <= strength(mb) { ma } else { mb };
        let s = self.policy.for_modality(weaker);
        match clash {
            Clash::Full => s,
            Clash::Partial => s.min(self.policy.partial()),
        }
    }

    /// Evidence for `members`, in order.
    pub fn evidence(&self, members: &[usize]) -> Vec<Evidence> {
        members
            .iter()
            .map(|&i| {
                let c = &self.claims[i];
                Evidence {
                    source: c.source.clone(),
                    claim: c.id.clone(),
                    text: match self.quote {
                        Some(quote) => quote(i),
                        None => c.sentence.text.clone(),
                    },
                    span: c.sentence.span,
                    reading: c.reading(),
                }
            })
            .collect()
    }

    /// Compares every pair of distinct readings of `axis` in `view` with `clash`, and
    /// reports each pair that clashes, the better-backed reading first. Pairs stated only
    /// by one and the same source are left alone (a source restating itself is not a
    /// contradiction between sources).
    pub fn pairwise(
        &self,
        view: &EventView<'_>,
        axis: Axis,
        rule: &RuleInfo,
        what: &str,
        clash: impl Fn(&Tally, &Tally, &Context<'_>) -> Option<Clash>,
    ) -> Vec<Finding> {
        // Bounded so a pathological event cannot go quadratic: readings, not claims, are
        // compared, and only the best-backed ones.
        const MAX_READINGS: usize = 64;
        let Some(tallies) = Axis::ALL.iter().position(|&a| a == axis).and_then(|k| view.tallies.get(k)) else {
            return Vec::new();
        };
        let tallies = &tallies[..tallies.len().min(MAX_READINGS)];
        // Each reading is reported once, against the best-backed reading it clashes with:
        // every contradicting reading appears in a finding, and an event with many readings
        // gives a few findings, not one per pair.
        let mut out = Vec::new();
        for (j, b) in tallies.iter().enumerate().skip(1) {
            for a in &tallies[..j] {
                if a.sources.len() == 1 && a.sources == b.sources {
                    continue;
                }
                if let Some(kind) = clash(a, b, self) {
                    out.push(self.finding(rule, Some(view.event), what, a, b, kind));
                    break;
                }
            }
        }
        out
    }

    /// A finding between two tallies (`a` the majority).
    pub fn finding(
        &self,
        rule: &RuleInfo,
        event: Option<&Event>,
        what: &str,
        a: &Tally,
        b: &Tally,
        clash: Clash,
    ) -> Finding {
        let mut evidence = self.evidence(capped(&a.claims));
        evidence.extend(self.evidence(capped(&b.claims)));
        let partial = if clash == Clash::Partial { " (both hold only at the shared bound)" } else { "" };
        Finding {
            rule: rule.id.to_string(),
            kind: rule.kind,
            severity: self.severity(&a.claims, &b.claims, clash),
            event: event.map(|e| e.id.clone()),
            message: format!("{what}{partial}: {}; {}", backing(a), backing(b)),
            evidence,
        }
    }
}

/// At most this many claims of one side go into a finding's evidence: enough for any
/// editor, and a reading backed by thousands of archive articles stays one finding of
/// bounded size (the message still counts every source).
pub const MAX_EVIDENCE_PER_SIDE: usize = 50;

/// At most this many source names are spelled out in a message.
const MAX_NAMED_SOURCES: usize = 12;

/// The first [`MAX_EVIDENCE_PER_SIDE`] claims.
pub fn capped(claims: &[usize]) -> &[usize] {
    &claims[..claims.len().min(MAX_EVIDENCE_PER_SIDE)]
}

/// `3 sources: OpenAI pays Amazon (a, b, c)`; past a dozen names, `(a, b, … and 988 more)`.
pub fn backing(t: &Tally) -> String {
    let n = t.sources.len();
    let mut names = t.sources.iter().take(MAX_NAMED_SOURCES).cloned().collect::<Vec<_>>().join(", ");
    if n > MAX_NAMED_SOURCES {
        names.push_str(&format!(" and {} more", n - MAX_NAMED_SOURCES));
    }
    format!("{n} source{}: {} ({names})", if n == 1 { "" } else { "s" }, t.reading.label)
}

/// How firm a modality is: asserted and planned above reported above speculative.
pub fn strength(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 3,
        Modality::Planned => 3,
        Modality::Reported => 1,
        Modality::Speculative => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::axis::Reading;

    #[test]
    fn backing_names_a_dozen_sources_then_counts() {
        let t = |n: usize| Tally {
            reading: Reading { key: "k".into(), label: "P7Y".into() },
            claims: (0..n).collect(),
            sources: (0..n).map(|i| format!("s{i:02}")).collect(),
        };
        assert_eq!(backing(&t(1)), "1 source: P7Y (s00)");
        let many = backing(&t(20));
        assert!(many.starts_with("20 sources: P7Y (s00, s01,") && many.ends_with("s11 and 8 more)"), "{many}");
        assert_eq!(capped(&t(80).claims).len(), MAX_EVIDENCE_PER_SIDE);
    }
}
