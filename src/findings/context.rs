//! What every rule sees (the claims, their events, party roots, the severity policy) and
//! the shared machinery to turn two disagreeing readings into a [`Finding`]: severity from
//! the modalities of both sides, evidence majority first, and a message that names each
//! reading with the sources backing it.

use super::{Evidence, Finding, RuleInfo, Severity};
use crate::align::Event;
use crate::align::axis::{self, Axis, Tally};
use crate::align::parties::PartyRoots;
use crate::claims::{Claim, Modality, Relation};
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

impl EventView<'_> {
    /// True when every claim is a milestone claim.
    pub fn is_milestone(&self, claims: &[Claim]) -> bool {
        !self.members.is_empty() && self.members.iter().all(|&i| claims[i].relation == Relation::Milestone)
    }
}

/// Everything a rule reads.
#[derive(Debug)]
pub struct Context<'a> {
    /// Every claim of every source, in source order.
    pub claims: &'a [Claim],
    /// The events and their members.
    pub events: Vec<EventView<'a>>,
    /// Party roots of the run.
    pub roots: PartyRoots,
    /// The editorial severity choices.
    pub policy: &'a SeverityPolicy,
}

impl<'a> Context<'a> {
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
                let mut members: Vec<usize> = match &replay {
                    Some(clusters) => clusters[n].clone(),
                    None => event.claims.iter().filter_map(|id| by_id.get(id.as_str())).flatten().copied().collect(),
                };
                members.sort_unstable();
                members.dedup();
                let first = members.first().map(|&i| claims[i].source.as_str());
                let tallies = if members.iter().any(|&i| Some(claims[i].source.as_str()) != first) {
                    Axis::ALL.iter().map(|&a| axis::tally(a, &members, claims, &roots)).collect()
                } else {
                    Vec::new()
                };
                EventView { event, members, tallies }
            })
            .collect();
        Context { claims, events, roots, policy }
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
                    text: c.sentence.text.clone(),
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
        let mut out = Vec::new();
        for (i, a) in tallies.iter().enumerate() {
            for b in &tallies[i + 1..] {
                if a.sources.len() == 1 && a.sources == b.sources {
                    continue;
                }
                let Some(kind) = clash(a, b, self) else { continue };
                out.push(self.finding(rule, Some(view.event), what, a, b, kind));
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
        let mut evidence = self.evidence(&a.claims);
        evidence.extend(self.evidence(&b.claims));
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

/// `3 sources: OpenAI pays Amazon (a, b, c)`.
pub fn backing(t: &Tally) -> String {
    let n = t.sources.len();
    format!("{n} source{}: {} ({})", if n == 1 { "" } else { "s" }, t.reading.label, t.sources.join(", "))
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
