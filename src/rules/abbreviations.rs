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
    /// Every entry lowercased, built on first use: `contains` runs at every period of
    /// every article, so it must be one hash lookup, not a scan with allocations.
    #[serde(skip)]
    lowercase: std::sync::OnceLock<std::collections::HashSet<String>>,
}

impl Abbreviations {
    /// True when `token` (without its final period) is an abbreviation in either language.
    /// Languages are pooled: a French article quoting `U.S.` must not split there either.
    pub fn contains(&self, token: &str) -> bool {
        let set = self
            .lowercase
            .get_or_init(|| self.common.iter().chain(&self.fr).chain(&self.en).map(|a| a.to_lowercase()).collect());
        if token.is_ascii() {
            // Short tokens fold on the stack; ASCII lowercasing is what `to_lowercase` does.
            let mut buf = [0u8; 32];
            if let Some(b) = buf.get_mut(..token.len()) {
                b.copy_from_slice(token.as_bytes());
                b.make_ascii_lowercase();
                return std::str::from_utf8(b).is_ok_and(|t| set.contains(t));
            }
        }
        set.contains(&token.to_lowercase())
    }
}

impl RuleFile for Abbreviations {
    fn merge(&mut self, overlay: Self) {
        self.common.extend(overlay.common);
        self.fr.extend(overlay.fr);
        self.en.extend(overlay.en);
        self.lowercase = std::sync::OnceLock::new();
    }
}
