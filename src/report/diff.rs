//! Word-level differences between two sentences (or two readings), marked so they still
//! read without color: `[-only in the first-]{+only in the second+}`.
//!
//! Uses `similar`'s Unicode word tokenizer, so punctuation is split off (`38,` compares as
//! `38` and `,`). Only marks words; color is the caller's business (see [`Segment`]).

use similar::{ChangeTag, TextDiff};
use std::time::Duration;

/// A piece of a merged diff line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text both sides share.
    Same(String),
    /// Text only the first side has.
    Deleted(String),
    /// Text only the second side has.
    Inserted(String),
}

/// How alike two texts are, from 0 (no word shared) to 100 (the same words in the same
/// order), counting words only: the spaces between them would make any two sentences look
/// alike.
pub fn similarity(old: &str, new: &str) -> u32 {
    let diff = diff(old, new);
    let (mut same, mut total) = (0usize, 0usize);
    for change in diff.iter_all_changes() {
        if change.value().trim().is_empty() {
            continue;
        }
        total += 1;
        if change.tag() == ChangeTag::Equal {
            // Counted once here, but it stands for a word on each side.
            same += 2;
            total += 1;
        }
    }
    (same * 100).checked_div(total).map_or(100, |p| u32::try_from(p).unwrap_or(100))
}

fn diff<'a>(old: &'a str, new: &'a str) -> TextDiff<'a, 'a, str> {
    TextDiff::configure().timeout(Duration::from_millis(200)).diff_unicode_words(old, new)
}

/// Like [`segments`], but words are whatever lies between spaces: for normalized readings,
/// where `2026-12-31` or `P7Y` is one value and must change as a whole.
pub fn field_segments(old: &str, new: &str) -> Vec<Segment> {
    merge(&TextDiff::configure().timeout(Duration::from_millis(200)).diff_words(old, new))
}

/// The word diff of `old` and `new` as one merged sequence of segments. Runs of changed
/// words separated only by spaces are joined, so `[-va acheter-]{+achètera+}` reads as
/// one change rather than a stutter of small ones.
pub fn segments(old: &str, new: &str) -> Vec<Segment> {
    merge(&diff(old, new))
}

fn merge(diff: &TextDiff<'_, '_, str>) -> Vec<Segment> {
    let mut out = Vec::new();
    let (mut del, mut ins, mut gap) = (String::new(), String::new(), String::new());
    let flush = |out: &mut Vec<Segment>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(Segment::Deleted(std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push(Segment::Inserted(std::mem::take(ins)));
        }
    };
    for change in diff.iter_all_changes() {
        let w = change.value();
        match change.tag() {
            ChangeTag::Equal if w.trim().is_empty() && !(del.is_empty() && ins.is_empty()) => gap.push_str(w),
            ChangeTag::Equal => {
                flush(&mut out, &mut del, &mut ins);
                push_same(&mut out, &std::mem::take(&mut gap));
                push_same(&mut out, w);
            }
            ChangeTag::Delete => {
                if !gap.is_empty() {
                    del.push_str(&gap);
                    ins.push_str(&gap);
                    gap.clear();
                }
                del.push_str(w);
            }
            ChangeTag::Insert => {
                if !gap.is_empty() {
                    del.push_str(&gap);
                    ins.push_str(&gap);
                    gap.clear();
                }
                ins.push_str(w);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    push_same(&mut out, &gap);
    tidy_spaces(out)
}

/// Moves the spaces at the edges of a change out of its marks (`{+up to +}` → `{+up to+} `),
/// keeping exactly one copy of them between the neighbouring words.
fn tidy_spaces(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut i = 0;
    while i < segments.len() {
        if let Segment::Same(t) = &segments[i] {
            push_same(&mut out, t);
            i += 1;
            continue;
        }
        let mut j = i;
        // A space stays outside the marks only when every side of the change has it.
        let (mut lead, mut trail) = (None::<String>, None::<String>);
        let (mut all_lead, mut all_trail) = (true, true);
        let mut run = Vec::new();
        while let Some(Segment::Deleted(t) | Segment::Inserted(t)) = segments.get(j) {
            let l = &t[..t.len() - t.trim_start().len()];
            let r = &t[t.trim_end().len()..];
            all_lead &= !l.is_empty();
            all_trail &= !r.is_empty();
            lead.get_or_insert_with(|| l.to_string());
            trail.get_or_insert_with(|| r.to_string());
            let core = t.trim().to_string();
            if !core.is_empty() {
                run.push(match &segments[j] {
                    Segment::Deleted(_) => Segment::Deleted(core),
                    _ => Segment::Inserted(core),
                });
            }
            j += 1;
        }
        let before_has_space =
            out.last().is_none_or(|s| matches!(s, Segment::Same(t) if t.ends_with(char::is_whitespace)));
        if !before_has_space && all_lead {
            push_same(&mut out, lead.as_deref().unwrap_or(" "));
        }
        let after_has_space = match segments.get(j) {
            Some(Segment::Same(t)) => t.starts_with(char::is_whitespace),
            _ => true,
        };
        out.extend(run);
        if !after_has_space && all_trail {
            out.push(Segment::Same(trail.unwrap_or_default()));
        }
        i = j;
    }
    out.retain(|s| !matches!(s, Segment::Same(t) if t.is_empty()));
    out
}

fn push_same(out: &mut Vec<Segment>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Segment::Same(prev)) = out.last_mut() {
        prev.push_str(text);
    } else {
        out.push(Segment::Same(text.to_string()));
    }
}

/// The segments as plain text with `[-…-]` and `{+…+}` marks.
pub fn plain(segments: &[Segment]) -> String {
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Same(t) => out.push_str(t),
            Segment::Deleted(t) => {
                out.push_str("[-");
                out.push_str(t);
                out.push_str("-]");
            }
            Segment::Inserted(t) => {
                out.push_str("{+");
                out.push_str(t);
                out.push_str("+}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_changed_words_only() {
        let s = segments("over seven years, the companies said", "over five years, the companies said");
        assert_eq!(plain(&s), "over [-seven-]{+five+} years, the companies said");
    }

    #[test]
    fn adjacent_changes_merge_into_one_mark() {
        let s = segments("OpenAI va acheter pour 38 milliards", "OpenAI achètera pour 38 milliards");
        assert_eq!(plain(&s), "OpenAI [-va acheter-]{+achètera+} pour 38 milliards");
    }

    #[test]
    fn a_space_on_one_side_only_stays_inside_the_marks() {
        assert_eq!(plain(&segments("au minimum 38", "up to $38")), "[-au minimum-]{+up to $+}38");
    }

    #[test]
    fn fields_change_as_a_whole() {
        let s = field_segments("deployment · by 2026-12-31 · planned", "deployment · 2027-07-01..2027-12-31 · planned");
        assert_eq!(plain(&s), "deployment · [-by 2026-12-31-]{+2027-07-01..2027-12-31+} · planned");
    }

    #[test]
    fn pure_insertion_and_identity() {
        assert_eq!(plain(&segments("buy $38 billion", "buy up to $38 billion")), "buy {+up to+} $38 billion");
        assert_eq!(plain(&segments("same", "same")), "same");
        assert_eq!(plain(&segments("", "")), "");
    }

    #[test]
    fn similarity_tells_near_copies_from_translations() {
        assert!(similarity("over seven years", "over five years") >= 60);
        assert!(similarity("OpenAI va acheter pour 38 milliards", "Amazon will invest in the company") < 30);
        assert_eq!(similarity("a b c", "a b c"), 100);
        assert_eq!(similarity("", ""), 100);
    }
}
