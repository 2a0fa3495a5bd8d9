//! Front matter: YAML between `---` lines or TOML between `+++` lines, at the very top.
//!
//! Only the keys claimdiff uses are read (`source`, `published`, `lang`, `title`, `url`);
//! other keys (tags, authors…) are allowed and ignored, since front matter belongs to the
//! publishing system, not to us.

use std::collections::BTreeMap;
use std::ops::Range;

/// The front matter fields claimdiff reads, and where the body starts.
#[derive(Debug, Default)]
pub(super) struct FrontMatter {
    pub source: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Byte range of the body: the whole text when there is no front matter.
    pub body: Range<usize>,
}

/// Splits the front matter off `text`. An opening fence with no closing fence, or a block
/// that is not valid YAML/TOML, is an error message.
pub(super) fn split(text: &str) -> Result<FrontMatter, String> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let (fence, kind) = if rest.starts_with("---") && first_line(rest).trim_end() == "---" {
        ("---", "YAML")
    } else if rest.starts_with("+++") && first_line(rest).trim_end() == "+++" {
        ("+++", "TOML")
    } else {
        return Ok(FrontMatter { body: 0..text.len(), ..FrontMatter::default() });
    };
    let block_start = start + first_line(rest).len();
    let mut at = block_start;
    let mut close = None;
    while at < text.len() {
        let line = first_line(&text[at..]);
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            close = Some((at, at + line.len()));
            break;
        }
        at += line.len();
    }
    let Some((block_end, body_start)) = close else {
        return Err(format!("unterminated {kind} front matter: no closing `{fence}` line"));
    };
    let block = &text[block_start..block_end];
    let fields = if fence == "---" { yaml_fields(block)? } else { toml_fields(block)? };
    let get = |k: &str| fields.get(k).cloned();
    Ok(FrontMatter {
        source: get("source"),
        published: get("published").or_else(|| get("date")),
        lang: get("lang").or_else(|| get("language")),
        title: get("title"),
        url: get("url"),
        body: body_start..text.len(),
    })
}

/// The first line of `s`, including its `\n`.
fn first_line(s: &str) -> &str {
    match memchr::memchr(b'\n', s.as_bytes()) {
        Some(i) => &s[..=i],
        None => s,
    }
}

fn yaml_fields(block: &str) -> Result<BTreeMap<String, String>, String> {
    if block.trim().is_empty() {
        return Ok(BTreeMap::new());
    }
    let map: BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(block).map_err(|e| format!("invalid YAML: {}", first_line(&e.to_string()).trim()))?;
    Ok(scalars(map.into_iter()))
}

fn toml_fields(block: &str) -> Result<BTreeMap<String, String>, String> {
    let table: toml::Table = toml::from_str(block).map_err(|e| format!("invalid TOML: {}", e.message()))?;
    Ok(table
        .into_iter()
        .filter_map(|(k, v)| match v {
            toml::Value::String(s) => Some((k, s)),
            toml::Value::Datetime(d) => Some((k, d.to_string())),
            toml::Value::Integer(i) => Some((k, i.to_string())),
            _ => None,
        })
        .collect())
}

/// Keeps the scalar fields as strings (a YAML `source: 20minutes` may read as a number).
fn scalars(fields: impl Iterator<Item = (String, serde_json::Value)>) -> BTreeMap<String, String> {
    fields
        .filter_map(|(k, v)| match v {
            serde_json::Value::String(s) => Some((k, s)),
            serde_json::Value::Number(n) => Some((k, n.to_string())),
            serde_json::Value::Bool(b) => Some((k, b.to_string())),
            _ => None,
        })
        .collect()
}
