//! `rules/relations.toml`.

use super::RuleFile;
use serde::Deserialize;

/// The contents of `rules/relations.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Relations {}

impl RuleFile for Relations {
    fn merge(&mut self, _overlay: Self) {}
}
