//! `rules/modality.toml`.

use super::RuleFile;
use serde::Deserialize;

/// The contents of `rules/modality.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Modality {}

impl RuleFile for Modality {
    fn merge(&mut self, _overlay: Self) {}
}
