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
    lowercase: std::sync::OnceLock<Lowercase>,
}

/// The lowercased entries and the most characters any of them has.
#[derive(Debug, Clone, Default)]
struct Lowercase {
    set: crate::fasthash::FastSet<String>,
    max_chars: usize,
}

impl Abbreviations {
    fn lowercase(&self) -> &Lowercase {
        self.lowercase.get_or_init(|| {
            let set: crate::fasthash::FastSet<String> =
                self.common.iter().chain(&self.fr).chain(&self.en).map(|a| a.to_lowercase()).collect();
            let max_chars = set.iter().map(|a| a.chars().count()).max().unwrap_or(0);
            Lowercase { set, max_chars }
        })
    }

    /// The most characters an abbreviation has (lowercased): a longer word is none, and
    /// lowercasing never shortens a word's count of characters.
    pub fn max_chars(&self) -> usize {
        self.lowercase().max_chars
    }

    /// True when `token` (without its final period) is an abbreviation in either language.
    /// Languages are pooled: a French article quoting `U.S.` must not split there either.
    pub fn contains(&self, token: &str) -> bool {
        let lower = self.lowercase();
        if token.is_ascii() {
            if token.len() > lower.max_chars {
                return false;
            }
            // Short tokens fold on the stack; ASCII lowercasing is what `to_lowercase` does.
            let mut buf = [0u8; 32];
            if let Some(b) = buf.get_mut(..token.len()) {
                b.copy_from_slice(token.as_bytes());
                b.make_ascii_lowercase();
                return std::str::from_utf8(b).is_ok_and(|t| lower.set.contains(t));
            }
        }
        if token.chars().count() > lower.max_chars {
            return false;
        }
        lower.set.contains(&token.to_lowercase())
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
