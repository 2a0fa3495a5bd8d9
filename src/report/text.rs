//! The human format of `extract`: per document a header, then one line per mention (what
//! was read, and its normalized value) and one line per claim (its reading). Article text
//! is sanitized; color comes from the [`Theme`].

use super::{Theme, sanitize};
use crate::Extraction;
use crate::claims::{ClaimAmount, describe_when};
use crate::mention::{Mention, MentionValue};
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// The normalized value of a mention, as an editor reads it.
fn value(m: &Mention) -> String {
    match &m.value {
        MentionValue::Date(d) => describe_when(d),
        MentionValue::Duration(d) => d.iso.clone(),
        other => ClaimAmount::from_mention(other).map(|a| a.describe()).unwrap_or_default(),
    }
}

/// Writes every document's mentions and claims.
pub fn write_extract_human(extractions: &[Extraction], theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    for (i, e) in extractions.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let d = &e.document;
        let head = format!("{} ({})", sanitize::inline(&d.path), sanitize::inline(&d.source));
        let date = d.published.map_or("no date: relative dates stay unresolved".to_string(), |p| p.to_string());
        writeln!(out, "{} · {} · {}", head.style(theme.strong), date, d.lang.code())?;
        for m in &e.mentions {
            let at = format!("{}:{}", m.span.line, m.span.column);
            let notes: Vec<String> = m.notes.iter().map(|n| format!(" [{}]", sanitize::inline(&n.code))).collect();
            writeln!(
                out,
                "  {:>7} {:<8} {} → {}{}",
                at.style(theme.dim),
                m.value.kind(),
                sanitize::inline(&m.text),
                value(m),
                notes.concat()
            )?;
        }
        for c in &e.claims {
            let at = format!("{}:{}", c.sentence.span.line, c.sentence.span.column);
            writeln!(
                out,
                "  {:>7} {:<8} {}",
                at.style(theme.dim),
                "claim".style(theme.strong),
                sanitize::inline(&c.reading())
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn one_line_per_claim_under_its_document() {
        let r = fixture::report();
        let mut out = Vec::new();
        write_extract_human(&r.extractions, &Theme::plain(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("corpus/a.md (lqe) · 2025-11-03 · fr\n"), "{text}");
        assert!(
            text.contains("      8:1 claim    OpenAI → Amazon · purchase · 38 000 000 000 USD · P7Y · asserted"),
            "{text}"
        );
    }
}
