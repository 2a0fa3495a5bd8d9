//! `rules/milestones.toml`.

use super::RuleFile;
use serde::Deserialize;

/// The contents of `rules/milestones.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Milestones {}

impl RuleFile for Milestones {
    fn merge(&mut self, _overlay: Self) {}
}
