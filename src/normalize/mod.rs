//! Normalization: grammar readings become [`Mention`]s with document spans, resolved
//! dates and inferred currencies.
//!
//! This is the only stage that knows the publication date. Relative expressions are
//! resolved against it, never against the wall clock; without it they stay unresolved
//! and say so. Currency inheritance (`300 milliards` after `38 milliards de dollars`)
//! happens here because it needs the document's other mentions.

pub mod calendar;
pub mod currency;

use crate::grammar::{Found, Parsed};
use crate::ingest::Document;
use crate::mention::{Mention, MentionValue};
use crate::segment::Sentence;

/// Turns the readings of each sentence into document mentions, in document order.
///
/// `found` pairs a sentence index with a reading whose range is relative to that sentence.
pub fn normalize(doc: &Document, sentences: &[Sentence], found: Vec<(usize, Found)>) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = found
        .into_iter()
        .map(|(sentence, f)| {
            let base = sentences[sentence].range.start;
            let range = base + f.range.start..base + f.range.end;
            let mut notes = f.notes;
            let value = match f.value {
                Parsed::Money(m) => MentionValue::Money(m),
                Parsed::Percent(p) => MentionValue::Percent(p),
                Parsed::Quantity(q) => MentionValue::Quantity(q),
                Parsed::Time(t) => MentionValue::Date(calendar::resolve(&t, doc.published, &mut notes)),
                Parsed::Duration(d) => {
                    MentionValue::Duration(calendar::resolve_duration(&d, doc.published, &mut notes))
                }
            };
            Mention {
                value,
                text: doc.text[range.clone()].to_string(),
                span: doc.lines.span(&doc.text, range),
                sentence,
                notes,
            }
        })
        .collect();
    currency::inherit(&mut mentions);
    mentions
}
