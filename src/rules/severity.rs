//! `rules/severity.toml`: the editorial choices behind a finding's severity.
//!
//! The findings stage decides *whether* two claims conflict; how loudly to say so is partly
//! an editorial choice (is a statement the companies made "on their own word" as firm as a
//! plain assertion? how far may "about 5 %" stray?). Those choices live here, so a newsroom
//! can tune them with `--rules DIR` without touching code. Every key is optional; a missing
//! key falls back to the documented default.

use super::RuleFile;
use crate::claims::Modality;
use crate::findings::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The contents of `rules/severity.toml`.
///
/// ```
/// use claimdiff::rules::severity::SeverityPolicy;
/// let p: SeverityPolicy = toml::from_str("approx-tolerance-percent = 15").unwrap();
/// assert_eq!(p.approx_tolerance_percent(), 15);
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SeverityPolicy {
    /// Severity of a conflict by the modality of its weaker side (`asserted`, `planned`,
    /// `reported`, `speculative`).
    #[serde(default)]
    pub modality: BTreeMap<Modality, Severity>,
    /// Severity of a partial conflict (both can hold, but only at one point: "up to 100"
    /// vs "at least 100"). Never above the modality severity.
    pub partial: Option<Severity>,
    /// Fixed severities of lints and soft rules, by rule id (`ambiguous-scale`,
    /// `figure-reuse`).
    #[serde(default)]
    pub rules: BTreeMap<String, Severity>,
    /// When true, a reported claim attributed to one of its own parties (or to one of the
    /// `principals` phrases) counts as asserted: the companies' own word is not hearsay.
    pub party_attribution_is_firm: Option<bool>,
    /// Attribution phrases that designate the parties themselves (`the companies`,
    /// `les deux groupes`), compared case-insensitively.
    #[serde(default)]
    pub principals: Vec<String>,
    /// How far an approximate figure (`environ`, `about`) may stray, in percent.
    pub approx_tolerance_percent: Option<u32>,
}

impl SeverityPolicy {
    /// Severity of a full conflict whose weaker side has `modality` (defaults: asserted and
    /// planned → error, reported and speculative → warning).
    pub fn for_modality(&self, modality: Modality) -> Severity {
        self.modality.get(&modality).copied().unwrap_or(if modality.is_firm() {
            Severity::Error
        } else {
            Severity::Warning
        })
    }

    /// Severity of a partial conflict (default warning).
    pub fn partial(&self) -> Severity {
        self.partial.unwrap_or(Severity::Warning)
    }

    /// The fixed severity of a lint or soft rule, or `default`.
    pub fn rule(&self, id: &str, default: Severity) -> Severity {
        self.rules.get(id).copied().unwrap_or(default)
    }

    /// Whether the parties' own word counts as asserted (default true).
    pub fn party_attribution_is_firm(&self) -> bool {
        self.party_attribution_is_firm.unwrap_or(true)
    }

    /// True when `attribution` names the parties themselves: one of `parties`, or a
    /// `principals` phrase.
    pub fn is_principal(&self, attribution: &str, parties: &[&str]) -> bool {
        let a = attribution.trim().to_lowercase();
        if a.is_empty() {
            return false;
        }
        parties.iter().any(|p| {
            let p = p.to_lowercase();
            !p.is_empty() && (a == p || a.contains(&p))
        }) || self.principals.iter().any(|q| {
            let q = q.to_lowercase();
            !q.is_empty() && a.contains(&q)
        })
    }

    /// Tolerance for approximate figures, in percent (default 10).
    pub fn approx_tolerance_percent(&self) -> u32 {
        self.approx_tolerance_percent.unwrap_or(10)
    }
}

impl RuleFile for SeverityPolicy {
    fn merge(&mut self, overlay: Self) {
        self.modality.extend(overlay.modality);
        self.rules.extend(overlay.rules);
        if overlay.partial.is_some() {
            self.partial = overlay.partial;
        }
        if overlay.party_attribution_is_firm.is_some() {
            self.party_attribution_is_firm = overlay.party_attribution_is_firm;
        }
        if overlay.approx_tolerance_percent.is_some() {
            self.approx_tolerance_percent = overlay.approx_tolerance_percent;
        }
        for p in overlay.principals {
            if !self.principals.contains(&p) {
                self.principals.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_design() {
        let p = SeverityPolicy::default();
        assert_eq!(p.for_modality(Modality::Asserted), Severity::Error);
        assert_eq!(p.for_modality(Modality::Planned), Severity::Error);
        assert_eq!(p.for_modality(Modality::Reported), Severity::Warning);
        assert_eq!(p.for_modality(Modality::Speculative), Severity::Warning);
        assert_eq!(p.partial(), Severity::Warning);
        assert_eq!(p.approx_tolerance_percent(), 10);
    }

    #[test]
    fn overlay_replaces_and_extends() {
        let mut p: SeverityPolicy =
            toml::from_str("principals = [\"the companies\"]\n[modality]\nreported = \"error\"\n").unwrap();
        let o: SeverityPolicy =
            toml::from_str("principals = [\"les deux groupes\"]\n[rules]\nfigure-reuse = \"info\"\n").unwrap();
        p.merge(o);
        assert_eq!(p.for_modality(Modality::Reported), Severity::Error);
        assert_eq!(p.rule("figure-reuse", Severity::Warning), Severity::Info);
        assert!(p.is_principal("Les deux groupes", &[]));
        assert!(p.is_principal("the companies", &[]));
        assert!(p.is_principal("Amazon", &["Amazon", "OpenAI"]));
        assert!(!p.is_principal("Reuters", &["Amazon"]));
    }

    #[test]
    fn unknown_keys_are_rejected() {
        assert!(toml::from_str::<SeverityPolicy>("partal = \"info\"").is_err());
        assert!(toml::from_str::<SeverityPolicy>("[modality]\nhedged = \"info\"").is_err());
        assert!(toml::from_str::<SeverityPolicy>("[modality]\nasserted = \"fatal\"").is_err());
    }

    #[test]
    fn builtin_file_parses() {
        let p: SeverityPolicy = toml::from_str(include_str!("../../rules/severity.toml")).unwrap();
        assert!(!p.principals.is_empty());
    }
}
