//! Byte spans into the original file, and their 1-based line and character column.
//!
//! Every stage reports positions as byte offsets into the file exactly as it was read
//! (front matter included), so an editor's cursor and a CI annotation land on the very
//! bytes that were parsed. This module only maps offsets to lines and columns; it never
//! changes text.

use serde::Serialize;

/// A located span: byte offsets `[start, end)` into the file, with the 1-based line and
/// 1-based character column of `start` (the form of the public JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column of `start`, counted in characters (Unicode scalar values).
    pub column: u32,
}

impl Span {
    /// The byte range, for slicing the text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// Start offsets of every line of a text, to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// On lines longer than [`CHECKPOINT`] bytes: `(byte offset, 0-based column)` every
    /// `CHECKPOINT` bytes (at char boundaries), so a column costs at most one
    /// checkpoint's worth of counting, even on a 100 MB single-line file.
    checkpoints: Vec<(usize, usize)>,
}

/// Distance between column checkpoints on long lines, in bytes.
const CHECKPOINT: usize = 1 << 14;

impl LineIndex {
    /// Indexes the line starts of `text` (`\n` ends a line; a `\r` before it stays part of
    /// the line's bytes, which is what editors show).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = Vec::new();
        let bytes = text.as_bytes();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(bytes.len());
            let (mut at, mut column) = (start, 0);
            while end - at > CHECKPOINT {
                let mut next = at + CHECKPOINT;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                column += count_chars(&bytes[at..next]);
                checkpoints.push((next, column));
                at = next;
            }
        }
        LineIndex { starts, checkpoints }
    }

    /// 1-based line and 1-based character column of byte `offset` in `text`.
    /// An offset inside a character is counted as that character.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        // The last checkpoint on this line at or before `offset`, if any.
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, before) = match k.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((at, column)) if at > start => (at, column),
            _ => (start, 0),
        };
        let column = before + count_chars(text.as_bytes().get(from..offset).unwrap_or_default());
        (to_u32(line + 1), to_u32(column + 1))
    }

    /// The located [`Span`] of a byte range of `text`.
    pub fn span(&self, text: &str, range: std::ops::Range<usize>) -> Span {
        let (line, column) = self.line_col(text, range.start);
        Span { start: range.start, end: range.end, line, column }
    }

    /// 1-based line and character column just past the end of a range (for `endLine` and
    /// `endColumn` of annotations).
    pub fn end_line_col(&self, text: &str, end: usize) -> (u32, u32) {
        self.line_col(text, end)
    }
}

/// Characters in UTF-8 bytes: the bytes that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    // Eight bytes at a time: a continuation byte is `10xxxxxx`.
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let w = u64::from_le_bytes(w);
        continuation += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    let tail = chunks.remainder();
    bytes.len() - continuation - tail.iter().filter(|&&b| (b as i8) < -0x40).count()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "titre\nLe déficit atteint 14\u{202F}000 €";
        let idx = LineIndex::new(text);
        let at = text.find("14").unwrap();
        assert_eq!(idx.line_col(text, at), (2, 20));
        let euro = text.find('€').unwrap();
        assert_eq!(idx.line_col(text, euro), (2, 27));
        assert_eq!(idx.line_col(text, 0), (1, 1));
    }

    #[test]
    fn long_lines_use_checkpoints_with_the_same_columns() {
        let line = "é€a".repeat(3 * CHECKPOINT / 6 + 7);
        let text = format!("x\n{line}\n{line}");
        let idx = LineIndex::new(&text);
        assert!(idx.checkpoints.len() >= 4);
        for (offset, _) in text.char_indices().step_by(997) {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line_no = text[..offset].matches('\n').count() + 1;
            let column = text[start..offset].chars().count() + 1;
            assert_eq!(idx.line_col(&text, offset), (line_no as u32, column as u32), "offset {offset}");
        }
    }

    #[test]
    fn counting_chars_eight_bytes_at_a_time() {
        let text = "aé€😀 l’été\u{a0}x\u{202f}y «z» 12 345,6 ÷×";
        for i in 0..=text.len() {
            for j in i..=text.len() {
                let b = &text.as_bytes()[i..j];
                assert_eq!(count_chars(b), b.iter().filter(|&&b| (b as i8) >= -0x40).count(), "{i}..{j}");
            }
        }
    }
}
