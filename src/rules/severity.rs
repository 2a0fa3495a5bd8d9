//! `rules/severity.toml`: editorial severity choices for findings.

use super::RuleFile;
use serde::Deserialize;

/// The contents of `rules/severity.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SeverityPolicy {}

impl RuleFile for SeverityPolicy {
    fn merge(&mut self, _overlay: Self) {}
}
