//! Sentences with byte spans.
//!
//! A claim lives in one sentence, so the sentence is the unit every later stage works
//! on. The headline (the first line of the body, unless it holds several sentences: then it
//! is the lead paragraph of an article without a title) and every Markdown heading are
//! sentences of their own; a blank line
//! ends a paragraph. Inside a paragraph a sentence ends at `.`, `!`, `?` or `…` followed by
//! a space and a new sentence — but not after an abbreviation from `rules/abbreviations.toml`
//! (`M.`, `Mme`, `U.S.`, `p. ex.`), a single initial (`J. Bezos`), inside « … » or “ … ”, or
//! before a lower-case word. Decimals and thousands (`1.400`, `3,5`) never split, having no
//! space after the point. This module does not read figures or names.

use crate::ingest::Document;
use crate::rules::abbreviations::Abbreviations;
use std::ops::Range;

/// One sentence of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document text, without surrounding white space or heading marks.
    pub range: Range<usize>,
    /// 0-based paragraph number (the headline is paragraph 0).
    pub paragraph: usize,
    /// True for the headline (the first line of the body) and other headings.
    pub heading: bool,
}

impl Sentence {
    /// The sentence's text in its document.
    pub fn text<'a>(&self, doc: &'a Document) -> &'a str {
        &doc.text[self.range.clone()]
    }
}

/// Splits the body of `doc` into sentences.
pub fn sentences(doc: &Document, abbreviations: &Abbreviations) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut block: Option<Range<usize>> = None;
    let mut seen_headline = false;
    let mut at = doc.body.start;
    let flush = |block: &mut Option<Range<usize>>, out: &mut Vec<Sentence>, paragraph: &mut usize| {
        if let Some(b) = block.take() {
            split_block(&doc.text, b, *paragraph, abbreviations, out);
            *paragraph += 1;
        }
    };
    for line in doc.text[doc.body.clone()].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || is_rule_line(trimmed) {
            flush(&mut block, &mut out, &mut paragraph);
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let is_heading = trimmed.starts_with('#')
            || (!seen_headline
                && !is_lead_paragraph(&doc.text, start + lead..start + lead + trimmed.len(), abbreviations));
        seen_headline = true;
        if is_heading {
            flush(&mut block, &mut out, &mut paragraph);
            let marks = trimmed.len() - trimmed.trim_start_matches('#').len();
            let text_start = start + lead + marks;
            let inner = &doc.text[text_start..start + lead + trimmed.len()];
            let skip = inner.len() - inner.trim_start().len();
            let range = text_start + skip..start + lead + trimmed.len();
            if !range.is_empty() {
                push_capped(&doc.text, 0, range, paragraph, true, &mut out);
                paragraph += 1;
            }
            continue;
        }
        let starts_item = trimmed.starts_with("- ") || trimmed.starts_with("* ") || trimmed.starts_with("> ");
        if starts_item {
            flush(&mut block, &mut out, &mut paragraph);
        }
        let end = start + lead + trimmed.len();
        block = Some(match block {
            Some(b) => b.start..end,
            None => start + lead + if starts_item { 2 } else { 0 }..end,
        });
    }
    flush(&mut block, &mut out, &mut paragraph);
    out
}

/// True when the first line of the body holds more than one sentence: it is then the
/// lead paragraph of an article that has no headline (a wire dispatch that opens with its
/// dateline, `PARIS, 4 mars 2026 (AFP) - X rachète Y. …`, or plain text pasted without a
/// title), and its sentences must be split like any paragraph's — read as one headline,
/// one sentence's figures and durations would be attached to another sentence's parties.
fn is_lead_paragraph(text: &str, line: Range<usize>, abbreviations: &Abbreviations) -> bool {
    let mut parts = Vec::new();
    split_block(text, line, 0, abbreviations, &mut parts);
    parts.len() > 1
}

/// `---`, `***`: a Markdown thematic break, not text.
fn is_rule_line(line: &str) -> bool {
    line.len() >= 3 && (line.chars().all(|c| c == '-') || line.chars().all(|c| c == '*'))
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '’' | '\'' | ')' | ']')
}

fn split_block(text: &str, block: Range<usize>, paragraph: usize, abbr: &Abbreviations, out: &mut Vec<Sentence>) {
    let s = &text[block.clone()];
    let quotes = balanced_quotes(s);
    let mut depth = 0usize;
    let mut sentence_start = 0;
    // Walks the block by byte offset: no per-character buffer, so a 100 MB paragraph costs
    // no more memory than its text.
    let char_at = |p: usize| s.get(p..).and_then(|r| r.chars().next());
    let bytes = s.as_bytes();
    let mut pos = 0;
    loop {
        // Jump to the next terminator or quote; every other character is skipped.
        pos = next_stop(bytes, pos);
        let Some(c) = char_at(pos) else { break };
        match c {
            '«' | '“' if quotes => depth += 1,
            '»' | '”' if quotes => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && matches!(c, '.' | '!' | '?' | '…') {
            // The terminator run: more terminators and closing marks.
            let mut j = pos + c.len_utf8();
            while let Some(d) = char_at(j)
                && (matches!(d, '.' | '!' | '?' | '…') || is_closing(d))
            {
                if quotes && matches!(d, '»' | '”') {
                    depth = depth.saturating_sub(1);
                }
                j += d.len_utf8();
            }
            let end = j;
            let mut k = j;
            while let Some(d) = char_at(k)
                && d.is_whitespace()
            {
                k += d.len_utf8();
            }
            let followed_by_space = k > j || j == s.len();
            let next = char_at(k);
            let new_sentence =
                next.is_none_or(|n| !n.is_lowercase() && !is_closing(n) && !matches!(n, ',' | ';' | ':'));
            // Looked up only where the period would otherwise end a sentence.
            if followed_by_space
                && new_sentence
                && !(c == '.' && j == pos + 1 && ends_with_abbreviation(&s[..pos], abbr))
            {
                push_trimmed(block.start, sentence_start, end, s, paragraph, out);
                sentence_start = k;
            }
            pos = j;
            continue;
        }
        pos += c.len_utf8();
    }
    push_trimmed(block.start, sentence_start, s.len(), s, paragraph, out);
}

/// The bytes that may begin a stop of [`next_stop`].
static STOP_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// The offset of the first `.`, `!`, `?`, `…`, `«`, `»`, `“` or `”` at or after `from`
/// (the length of `bytes` if none). Matches the UTF-8 sequences whole, so the frequent
/// `’` and no-break spaces that share their lead bytes are skipped without decoding.
fn next_stop(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if !STOP_LEAD[usize::from(b)] {
            i += 1;
            continue;
        }
        let stop = match b {
            b'.' | b'!' | b'?' => true,
            // `«` U+00AB, `»` U+00BB.
            0xC2 => matches!(bytes.get(i + 1), Some(0xAB | 0xBB)),
            // `“` U+201C, `”` U+201D, `…` U+2026.
            0xE2 => bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x9C | 0x9D | 0xA6)),
            _ => false,
        };
        if stop {
            return i;
        }
        i += 1;
    }
    bytes.len().max(from)
}

fn push_trimmed(base: usize, start: usize, end: usize, s: &str, paragraph: usize, out: &mut Vec<Sentence>) {
    let part = &s[start..end];
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if !trimmed.is_empty() {
        push_capped(s, base, start + lead..start + lead + trimmed.len(), paragraph, false, out);
    }
}

/// Longest sentence handed to later stages, in bytes. Real sentences are far shorter; a
/// longer run without a sentence end (a 100 MB single-line file, a table flattened into
/// one line) is cut at white space into pieces of at most this size, so per-sentence
/// work in the grammar and claims stages stays bounded and the whole run stays linear.
pub const MAX_SENTENCE: usize = 2048;

/// Pushes the sentence `range` of `text` (offset by `base` in the document), cut into
/// pieces of at most [`MAX_SENTENCE`] bytes at white space (at a char boundary if a piece
/// has none).
fn push_capped(text: &str, base: usize, range: Range<usize>, paragraph: usize, heading: bool, out: &mut Vec<Sentence>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let piece = &text[start..cut];
        let end = piece.rfind(char::is_whitespace).filter(|&i| i > 0).map_or(cut, |i| start + i);
        let trimmed = text[start..end].trim_end();
        if !trimmed.is_empty() {
            out.push(Sentence { range: base + start..base + start + trimmed.len(), paragraph, heading });
        }
        let rest = &text[end..range.end];
        start = end + (rest.len() - rest.trim_start().len());
    }
    if start < range.end {
        out.push(Sentence { range: base + start..base + range.end, paragraph, heading });
    }
}

/// True when every « has a » and every “ a ” in the block: only then do quotes protect
/// their content from splitting (an unclosed quote would swallow the paragraph).
fn balanced_quotes(s: &str) -> bool {
    // One pass over the lead bytes of `«` `»` (C2 AB, C2 BB) and `“` `”` (E2 80 9C, E2 80 9D).
    let bytes = s.as_bytes();
    let (mut guillemets, mut curly) = (0i64, 0i64);
    for i in memchr::memchr2_iter(0xC2, 0xE2, bytes) {
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0xC2, Some(0xAB), _) => guillemets += 1,
            (0xC2, Some(0xBB), _) => guillemets -= 1,
            (0xE2, Some(0x80), Some(0x9C)) => curly += 1,
            (0xE2, Some(0x80), Some(0x9D)) => curly -= 1,
            _ => {}
        }
    }
    guillemets == 0 && curly == 0
}

/// True when the text before a period ends with an abbreviation (`M`, `Mme`, `U.S`,
/// `p. ex`) or a single capital initial (`J`).
fn ends_with_abbreviation(before: &str, abbr: &Abbreviations) -> bool {
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '“' | '"' | '\'' | '’'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let token = &before[token_start..];
    if token.is_empty() {
        return false;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    if abbr.contains(token) {
        return true;
    }
    // Two-word abbreviations: `p. ex`.
    let head = before[..token_start].trim_end();
    let prev_start =
        head.rfind(char::is_whitespace).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let prev = &head[prev_start..];
    // Most words are longer than any abbreviation: no string is built for them.
    if prev.chars().count() + 1 + token.chars().count() > abbr.max_chars() {
        return false;
    }
    abbr.contains(&format!("{prev} {token}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Options, from_bytes};
    use crate::rules::Rules;

    fn split(text: &str) -> Vec<String> {
        let doc = from_bytes("t", "t", text.as_bytes().to_vec(), &Options::default()).unwrap();
        let rules = Rules::builtin().unwrap();
        sentences(&doc, &rules.abbreviations).iter().map(|s| s.text(&doc).to_string()).collect()
    }

    #[test]
    fn stops_are_terminators_and_quotes_only() {
        let s = "l’avenir\u{a0}: «\u{202f}oui\u{202f}» “x” … fin.";
        let stops: Vec<usize> = std::iter::successors(Some(next_stop(s.as_bytes(), 0)), |&p| {
            let c = s[p..].chars().next()?;
            Some(next_stop(s.as_bytes(), p + c.len_utf8())).filter(|&q| q < s.len())
        })
        .collect();
        let got: Vec<char> = stops.iter().filter_map(|&p| s[p..].chars().next()).collect();
        assert_eq!(got, ['«', '»', '“', '”', '…', '.']);
        assert_eq!(next_stop(b"abc", 1), 3);
    }

    #[test]
    fn overlong_runs_are_cut_at_white_space() {
        let word = "mot\u{a0}é ";
        let line = word.repeat(3 * MAX_SENTENCE / word.len());
        for text in [format!("# {line}"), format!("Titre\n\n{line}")] {
            let parts = split(&text);
            assert!(parts.len() >= 3, "{}", parts.len());
            for p in &parts {
                assert!(p.len() <= MAX_SENTENCE && !p.starts_with(' ') && !p.ends_with(' '), "{p:?}");
            }
            let joined: usize = parts.iter().map(|p| p.split_whitespace().count()).sum();
            assert_eq!(joined, line.split_whitespace().count() + usize::from(text.starts_with("Titre")));
        }
    }

    #[test]
    fn headline_is_its_own_sentence() {
        assert_eq!(
            split("# OpenAI signe avec AWS\nOpenAI va acheter. Amazon vend."),
            ["OpenAI signe avec AWS", "OpenAI va acheter.", "Amazon vend."]
        );
    }

    #[test]
    fn a_first_line_of_several_sentences_is_the_lead_paragraph_not_a_headline() {
        let text = "PARIS, 4 mars 2026 (AFP) - Acme rachète Beta. Gamma paie Delta.\nSuite du paragraphe.\n\nAutre.";
        let doc = from_bytes("t", "t", text.as_bytes().to_vec(), &Options::default()).unwrap();
        let rules = Rules::builtin().unwrap();
        let got: Vec<(&str, bool)> =
            sentences(&doc, &rules.abbreviations).iter().map(|s| (s.text(&doc), s.heading)).collect();
        assert_eq!(
            got,
            [
                ("PARIS, 4 mars 2026 (AFP) - Acme rachète Beta.", false),
                ("Gamma paie Delta.", false),
                ("Suite du paragraphe.", false),
                ("Autre.", false),
            ]
        );
        // One sentence on the first line stays the headline, even with its final stop.
        assert_eq!(split("Acme rachète Beta.\nGamma paie Delta.")[0], "Acme rachète Beta.");
        let doc = from_bytes("t", "t", b"Acme rach\xc3\xa8te Beta.\nSuite.".to_vec(), &Options::default()).unwrap();
        assert!(sentences(&doc, &rules.abbreviations)[0].heading);
    }

    #[test]
    fn abbreviations_numbers_and_quotes_do_not_split() {
        let s = split(
            "Titre\n\nM. Altman et Mme Durand ont signé pour 1.400 milliards, soit 3,5 %. « C'est historique. Vraiment ! » a dit M. Jassy. Les U.S. suivent, p. ex. la Fed. Fin.",
        );
        assert_eq!(
            s,
            [
                "Titre",
                "M. Altman et Mme Durand ont signé pour 1.400 milliards, soit 3,5 %.",
                "« C'est historique. Vraiment ! » a dit M. Jassy.",
                "Les U.S. suivent, p. ex. la Fed.",
                "Fin.",
            ]
        );
    }

    #[test]
    fn blank_lines_end_paragraphs_and_wrapped_lines_join() {
        let s = split("Titre\n\nUne phrase qui\ncontinue ici. Une autre\n\nNouveau paragraphe");
        assert_eq!(s, ["Titre", "Une phrase qui\ncontinue ici.", "Une autre", "Nouveau paragraphe"]);
    }

    #[test]
    fn balanced_quotes_counts_each_quote_character() {
        let reference = |s: &str| {
            let count = |c: char| s.matches(c).count();
            count('«') == count('»') && count('“') == count('”')
        };
        for s in ["« a »", "« a", "“x” «y»", "”“", "l’été\u{a0}: … «\u{202f}", "", "«»»«", "\u{2019}\u{201c}"]
        {
            assert_eq!(balanced_quotes(s), reference(s), "{s:?}");
        }
    }
}
