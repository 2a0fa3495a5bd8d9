//! The human format of `extract`: one line per claim under each document.

use super::Theme;
use crate::Extraction;
use std::io::{self, Write};

/// Human extract: one line per claim.
pub fn write_extract_human(extractions: &[Extraction], _theme: &Theme, out: &mut dyn Write) -> io::Result<()> {
    for e in extractions {
        writeln!(
            out,
            "{} ({})",
            e.document.path,
            e.document.published.map_or("no date".to_string(), |d| d.to_string())
        )?;
        for c in &e.claims {
            writeln!(out, "  {}:{} {}", c.sentence.span.line, c.sentence.span.column, c.reading())?;
        }
    }
    Ok(())
}
