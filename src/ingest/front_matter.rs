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
    if let Some(fields) = simple_yaml(block) {
        return Ok(fields);
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

/// The fields of the common front matter shape — one `key: value` per line, values plain
/// words or double-quoted strings without escapes — read without the YAML parser, which
/// costs more than the rest of ingest on a typical article. `None` as soon as anything is
/// unusual (blank or comment lines, indentation, tabs, `\r`, flow or block collections,
/// anchors, tags, escapes, single quotes, duplicate keys, values YAML could read as a
/// number, boolean or null…): the caller then uses the full parser, so the result is
/// always the one the parser gives.
fn simple_yaml(block: &str) -> Option<BTreeMap<String, String>> {
    let mut fields = BTreeMap::new();
    for line in block.split_terminator('\n') {
        let colon = memchr::memchr(b':', line.as_bytes())?;
        let (key, rest) = (&line[..colon], &line[colon + 1..]);
        if !is_simple_key(key) {
            return None;
        }
        let value = rest.strip_prefix(' ')?.trim_start_matches(' ');
        let value = if let Some(quoted) = value.strip_prefix('"') {
            let close = memchr::memchr(b'"', quoted.as_bytes())?;
            if !quoted[close + 1..].bytes().all(|b| b == b' ') {
                return None;
            }
            let inner = &quoted[..close];
            if inner.contains('\\') || !inner.chars().all(is_plain_char) {
                return None;
            }
            inner
        } else {
            let value = value.trim_end_matches(' ');
            if !is_simple_plain(value) {
                return None;
            }
            value
        };
        if fields.insert(key.to_string(), value.to_string()).is_some() {
            return None;
        }
    }
    Some(fields)
}

/// Words YAML or serde may read as something other than a string.
fn is_keyword(word: &str) -> bool {
    const KEYWORDS: [&str; 14] =
        ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf", "infinity", "none", "tilde"];
    KEYWORDS.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// A key of ASCII letters, digits, `_` and `-`, starting with a letter.
fn is_simple_key(key: &str) -> bool {
    key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && !is_keyword(key)
}

/// A character allowed in a fast-path value: printable, not a YAML line break or BOM.
fn is_plain_char(c: char) -> bool {
    !(c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'))
}

/// A plain scalar that YAML certainly reads as this very string: it starts with a letter
/// (or is an ISO date `YYYY-MM-DD`), is no keyword, and holds no `: `, ` #` or final `:`.
fn is_simple_plain(value: &str) -> bool {
    let b = value.as_bytes();
    let is_date = b.len() == 10
        && b.iter().enumerate().all(|(i, &c)| if i == 4 || i == 7 { c == b'-' } else { c.is_ascii_digit() });
    if is_date {
        return true;
    }
    b.first().is_some_and(u8::is_ascii_alphabetic)
        && !is_keyword(value)
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.ends_with(':')
        && value.chars().all(is_plain_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full parser's reading of a block, for comparison with the fast path.
    fn parsed(block: &str) -> Result<BTreeMap<String, String>, String> {
        let map: BTreeMap<String, serde_json::Value> = serde_saphyr::from_str(block)
            .map_err(|e| format!("invalid YAML: {}", first_line(&e.to_string()).trim()))?;
        Ok(scalars(map.into_iter()))
    }

    #[test]
    fn fast_path_reads_what_the_parser_reads() {
        let blocks = [
            "published: 2024-11-05\nlang: fr\ntitle: \"Rheagrid : un accord à 678 milliards CHF\"\nurl: https://example.org/x/2\n",
            "source: lqe\npublished: 2025-11-03\nlang: fr\ntitle: Titre\n",
            "source: 20minutes\n",
            "source: 20\n",
            "source: 1e3\n",
            "source: yes\n",
            "source: True\n",
            "source: null\n",
            "source: ~\n",
            "source: .nan\n",
            "source: NaN\n",
            "title: a: b\n",
            "title: a #comment\n",
            "title: abc:\n",
            "title: \"a\\tb\"\n",
            "title: \"a\" x\n",
            "title: \"a\"   \n",
            "title: 'a'\n",
            "title: 'it''s'\n",
            "title: [a, b]\n",
            "title: {a: b}\n",
            "title: &x a\n",
            "title: !!str 12\n",
            "title: |\n  a\n  b\n",
            "title: >\n  a\n",
            "title: a\n  continued\n",
            "title: a\nsource: b\ntitle: c\n",
            "title:\n",
            "title:x\n",
            "title:  spaced  \n",
            "title: a\r\n",
            "title:\ta\n",
            "# comment\ntitle: a\n",
            "title: a\n\nsource: b\n",
            "tags:\n  - a\n  - b\ntitle: t\n",
            "title: \"unterminated\n",
            "title: \"multi\n line\"\n",
            "true: a\n",
            "Title: A\n",
            "date: 2025-13-45\n",
            "date: 2025-11-03T09:00:00Z\n",
            "url: https://example.org/a?b=c&d=e\n",
            "title: café [brouillon] {v2}, fin\n",
            "title: a\u{85}b\n",
            "title: \"\"\n",
            "key-with_dash: x\n",
            "title: a\n...\n",
            "title: a",
        ];
        for block in blocks {
            if let Some(fast) = simple_yaml(block) {
                assert_eq!(Ok(fast), parsed(block), "block {block:?}");
            }
            assert_eq!(yaml_fields(block), parsed(block), "block {block:?}");
        }
        assert!(simple_yaml(blocks[0]).is_some());
        assert!(simple_yaml(blocks[1]).is_some());
    }
}
