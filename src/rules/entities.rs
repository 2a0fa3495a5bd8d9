//! `rules/entities.toml`.

use super::RuleFile;
use serde::Deserialize;

/// The contents of `rules/entities.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entities {}

impl RuleFile for Entities {
    fn merge(&mut self, _overlay: Self) {}
}
