//! Story and language knowledge as data: the `rules/*.toml` files.
//!
//! The built-in files are embedded at compile time; `--rules DIR` adds to them or
//! overrides them file by file (a file in DIR with a built-in name is merged into it:
//! lists grow, named entries replace the built-in entry of the same name). Every file is
//! strict: an unknown key or a malformed value is an error naming the file, the line and
//! the key. This module loads and merges; the stages decide what the words mean.

pub mod abbreviations;
pub mod entities;
pub mod milestones;
pub mod modality;
pub mod relations;
pub mod severity;

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// A rule file's contents: parsed strictly, and merged with an overlay of the same file.
pub trait RuleFile: DeserializeOwned + Default {
    /// Adds `overlay`'s entries to `self`; an overlay entry with the name of an existing
    /// entry replaces it.
    fn merge(&mut self, overlay: Self);
}

/// The built-in rule files, by name, as embedded text. A test checks this list against the
/// `rules/` directory so a new file cannot be forgotten.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("abbreviations.toml", include_str!("../../rules/abbreviations.toml")),
    ("entities.toml", include_str!("../../rules/entities.toml")),
    ("milestones.toml", include_str!("../../rules/milestones.toml")),
    ("modality.toml", include_str!("../../rules/modality.toml")),
    ("relations.toml", include_str!("../../rules/relations.toml")),
    ("severity.toml", include_str!("../../rules/severity.toml")),
];

/// A named list of words per language: one milestone (`deployment`: `déploiement`,
/// `deployed`) or one measure (`revenue`: `chiffre d'affaires`, `revenue`). An overlay
/// entry with the same name replaces the built-in one; a final `*` makes a stem.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NamedWords {
    /// The name claims carry (`deployment`, `revenue`).
    pub name: String,
    /// French words.
    #[serde(default)]
    pub fr: Vec<String>,
    /// English words.
    #[serde(default)]
    pub en: Vec<String>,
}

/// Every rule the pipeline uses.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Words that end with a period without ending a sentence.
    pub abbreviations: abbreviations::Abbreviations,
    /// Organisations, their aliases and groups.
    pub entities: entities::Entities,
    /// Verbs and nouns that frame a deal, and who pays.
    pub relations: relations::Relations,
    /// Hedges, plans and attribution cues.
    pub modality: modality::Modality,
    /// Milestone words (deployment, closing, launch…).
    pub milestones: milestones::Milestones,
    /// Editorial severity choices for findings.
    pub severity: severity::SeverityPolicy,
    /// The claims lexicons compiled into one automaton, built on first use.
    pub(crate) claim_scan: crate::claims::scan::ScanCache,
}

impl Rules {
    /// The built-in rules.
    pub fn builtin() -> Result<Rules> {
        let mut rules = Rules::default();
        for (name, text) in DEFAULTS {
            rules.apply(name, text, &PathBuf::from("rules").join(name))?;
        }
        Ok(rules)
    }

    /// The built-in rules with the `.toml` files of `dir` merged over them.
    pub fn with_overlay(dir: &Path) -> Result<Rules> {
        let mut rules = Rules::builtin()?;
        let entries = std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            rules.apply(&name, &text, &path)?;
        }
        Ok(rules)
    }

    fn apply(&mut self, name: &str, text: &str, path: &Path) -> Result<()> {
        self.claim_scan = Default::default();
        match name {
            "abbreviations.toml" => merge_file(&mut self.abbreviations, text, path),
            "entities.toml" => merge_file(&mut self.entities, text, path),
            "milestones.toml" => merge_file(&mut self.milestones, text, path),
            "modality.toml" => merge_file(&mut self.modality, text, path),
            "relations.toml" => merge_file(&mut self.relations, text, path),
            "severity.toml" => merge_file(&mut self.severity, text, path),
            _ => Err(Error::Rules {
                path: path.to_path_buf(),
                message: format!(
                    "unknown rule file {name:?}; expected one of {}",
                    DEFAULTS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                ),
            }),
        }
    }
}

/// Parses `text` strictly into `T` and merges it into `into`.
fn merge_file<T: RuleFile>(into: &mut T, text: &str, path: &Path) -> Result<()> {
    let overlay: T =
        toml::from_str(text).map_err(|e| Error::Rules { path: path.to_path_buf(), message: one_line(&e) })?;
    into.merge(overlay);
    Ok(())
}

/// A toml error on one line: `line 4, column 1: unknown field `stanse`, expected …`.
fn one_line(e: &toml::de::Error) -> String {
    let mut msg = e.message().replace('\n', " ");
    if let Some(span) = e.span() {
        msg = format!("at byte {}: {msg}", span.start);
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_list_every_rule_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let listed: Vec<String> = DEFAULTS.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn builtin_rules_parse() {
        let rules = Rules::builtin().unwrap();
        assert!(rules.abbreviations.contains("Mme"));
    }

    #[test]
    fn unknown_keys_name_the_file_and_key() {
        let mut rules = Rules::default();
        let err = rules
            .apply("abbreviations.toml", "fr = [\"M\"]\nstanse = 1\n", Path::new("x/abbreviations.toml"))
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("x/abbreviations.toml") && msg.contains("stanse"), "{msg}");
        let err = rules.apply("nope.toml", "", Path::new("x/nope.toml")).unwrap_err();
        assert!(err.to_string().contains("unknown rule file"));
    }
}
