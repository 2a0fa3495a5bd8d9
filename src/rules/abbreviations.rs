//! `rules/abbreviations.toml`: words that end with a period without ending a sentence.

use super::RuleFile;
use serde::Deserialize;

/// Abbreviations per language; `common` applies to both. Matching ignores case, so
/// `nov` covers `Nov.` and `NOV.`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Abbreviations {
    /// Both languages.
    #[serde(default)]
    pub common: Vec<String>,
    /// French only.
    #[serde(default)]
    pub fr: Vec<String>,
    /// English only.
    #[serde(default)]
    pub en: Vec<String>,
}

impl Abbreviations {
    /// True when `token` (without its final period) is an abbreviation in either language.
    /// Languages are pooled: a French article quoting `U.S.` must not split there either.
    pub fn contains(&self, token: &str) -> bool {
        self.common
            .iter()
            .chain(&self.fr)
            .chain(&self.en)
            .any(|a| a.eq_ignore_ascii_case(token) || (!(a.is_ascii() && token.is_ascii()) && same_lowercase(a, token)))
    }
}

/// `a.to_lowercase() == b.to_lowercase()`, without allocating (this runs at every period).
fn same_lowercase(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

impl RuleFile for Abbreviations {
    fn merge(&mut self, overlay: Self) {
        self.common.extend(overlay.common);
        self.fr.extend(overlay.fr);
        self.en.extend(overlay.en);
    }
}
