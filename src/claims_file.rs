//! Claims already extracted: reads the lines `extract --format jsonl` wrote back into
//! [`Extraction`]s, so `check --claims` can align and check claims extracted elsewhere —
//! on many machines, one shard per command — without reading the articles again.
//!
//! Each line is one document object of `claimdiff.extract/1` (`source`, `path`,
//! `published`, `lang`, `mentions`, `claims`). The lines are read through this module's own
//! serde DTOs, so the shared types keep their serialize-only shape; `mentions` is skipped
//! (findings need only the claims), and the rebuilt documents carry no text. What the
//! JSON does not carry — the caret spans of the amount, trigger and date inside the sentence
//! — comes back as `None`. Errors name the file and the 1-based line; a bad line is
//! reported and skipped, the other lines and files are still read.

use crate::Extraction;
use crate::claims::{Claim, ClaimAmount, Modality, Relation, SentenceRef};
use crate::decimal::Decimal;
use crate::ingest::{DateOrigin, Document};
use crate::lang::Lang;
use crate::mention::{Bound, DateValue, Figure, Note};
use crate::span::{LineIndex, Span};
use jiff::civil::Date;
use serde::Deserialize;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// A claims file that could not be read, or one line of it that is not a document.
#[derive(Debug, thiserror::Error)]
pub enum ClaimsFileError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file as given.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A line is not a document object of `extract --format jsonl`.
    #[error("{path}:{line}: not a claimdiff jsonl document: {message}")]
    Line {
        /// The file as given.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A directory holds no `.jsonl` file.
    #[error("{path}: no .jsonl claims file found")]
    NoFiles {
        /// The directory as given.
        path: PathBuf,
    },
}

/// One line of `extract --format jsonl`.
#[derive(Deserialize)]
struct DocumentLine {
    source: String,
    path: String,
    published: Option<Date>,
    lang: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    mentions: serde::de::IgnoredAny,
    claims: Vec<ClaimLine>,
}

/// One claim as `Claim`'s `Serialize` writes it.
#[derive(Deserialize)]
struct ClaimLine {
    id: String,
    relation: Relation,
    #[serde(default)]
    payer: Option<String>,
    #[serde(default)]
    payee: Option<String>,
    #[serde(default)]
    parties: Vec<String>,
    #[serde(default)]
    object: Option<String>,
    #[serde(default)]
    amount: Option<AmountLine>,
    #[serde(default)]
    duration: Option<String>,
    #[serde(default)]
    when: Option<WhenLine>,
    #[serde(default)]
    milestone: Option<String>,
    modality: Modality,
    #[serde(default)]
    attribution: Option<String>,
    #[serde(default)]
    notes: Vec<Note>,
    sentence: SentenceLine,
}

/// `ClaimAmount` as serialized: `amount` or `low`/`high`, then currency, unit, bound.
#[derive(Deserialize)]
struct AmountLine {
    #[serde(default)]
    amount: Option<Decimal>,
    #[serde(default)]
    low: Option<Decimal>,
    #[serde(default)]
    high: Option<Decimal>,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    bound: Bound,
}

/// A date mention value as serialized.
#[derive(Deserialize)]
struct WhenLine {
    #[serde(default)]
    earliest: Option<Date>,
    #[serde(default)]
    latest: Option<Date>,
    timex: String,
    #[serde(default)]
    unresolved: bool,
}

/// The sentence of a claim.
#[derive(Deserialize)]
struct SentenceLine {
    text: String,
    span: Span,
}

impl AmountLine {
    fn into_amount(self) -> Result<ClaimAmount, String> {
        let figure = match (self.bound, self.amount, self.low, self.high) {
            (Bound::Range, _, Some(low), Some(high)) => Figure::range(low, high),
            (Bound::Range, Some(a), None, None) => Figure::bounded(Bound::Range, a),
            (bound, Some(a), _, _) => Figure::bounded(bound, a),
            _ => return Err("amount without `amount` (or `low` and `high`)".to_string()),
        };
        Ok(ClaimAmount { figure, currency: self.currency, unit: self.unit })
    }
}

impl ClaimLine {
    fn into_claim(self, source: &str) -> Result<Claim, String> {
        Ok(Claim {
            id: self.id,
            source: source.to_string(),
            relation: self.relation,
            payer: self.payer,
            payee: self.payee,
            parties: self.parties,
            object: self.object,
            amount: self.amount.map(AmountLine::into_amount).transpose()?,
            duration: self.duration,
            when: self.when.map(|w| DateValue {
                earliest: w.earliest,
                latest: w.latest,
                timex: w.timex,
                unresolved: w.unresolved,
            }),
            milestone: self.milestone,
            modality: self.modality,
            attribution: self.attribution,
            notes: self.notes,
            sentence: SentenceRef { text: self.sentence.text, span: self.sentence.span },
            amount_span: None,
            trigger_span: None,
            when_span: None,
        })
    }
}

/// Parses one jsonl line into an extraction whose document has no text and whose
/// mentions and sentences are empty.
pub fn parse_line(line: &str) -> Result<Extraction, String> {
    let doc: DocumentLine = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let lang = Lang::from_code(&doc.lang).ok_or_else(|| format!("unknown language {:?}", doc.lang))?;
    let claims = doc.claims.into_iter().map(|c| c.into_claim(&doc.source)).collect::<Result<Vec<_>, _>>()?;
    let document = Document {
        source: doc.source,
        path: doc.path,
        text: String::new(),
        body: 0..0,
        published: doc.published,
        date_origin: if doc.published.is_some() { DateOrigin::FrontMatter } else { DateOrigin::None },
        lang,
        title: doc.title,
        url: doc.url,
        lines: LineIndex::new(""),
    };
    Ok(Extraction { document, sentences: Vec::new(), mentions: Vec::new(), claims })
}

/// Reads every line of `reader` (named `path` in errors). Blank lines are skipped; a bad
/// line is an error and the next lines are still read. Memory holds one line at a time
/// plus the claims.
pub fn read_from(reader: impl BufRead, path: &Path) -> (Vec<Extraction>, Vec<ClaimsFileError>) {
    let mut extractions = Vec::new();
    let errors = each_from(reader, path, |x| extractions.push(x));
    (extractions, errors)
}

/// Lines parsed in parallel at a time by [`each_from`].
const BATCH: usize = 512;

/// Reads every line of `reader` like [`read_from`], handing each extraction to `each` in
/// file order as soon as its batch of lines is parsed (in parallel), so the caller can pack
/// the claims of a large file instead of holding them all; returns the errors.
pub fn each_from(mut reader: impl BufRead, path: &Path, mut each: impl FnMut(Extraction)) -> Vec<ClaimsFileError> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let mut line = 0;
    let mut done = false;
    while !done {
        // A batch of (line number, bytes).
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    done = true;
                    break;
                }
                Ok(_) => {
                    line += 1;
                    batch.push((line, buf));
                }
                Err(source) => {
                    errors.push(ClaimsFileError::Io { path: path.to_path_buf(), source });
                    done = true;
                    break;
                }
            }
        }
        let parsed: Vec<(usize, Option<Result<Extraction, String>>)> = batch
            .into_par_iter()
            .map(|(n, buf)| {
                let r = match std::str::from_utf8(&buf) {
                    Ok(t) if t.trim().is_empty() => None,
                    Ok(t) => Some(parse_line(t.trim())),
                    Err(e) => Some(Err(format!("not UTF-8 at byte {}", e.valid_up_to()))),
                };
                (n, r)
            })
            .collect();
        for (n, r) in parsed {
            match r {
                None => {}
                Some(Ok(x)) => each(x),
                Some(Err(message)) => errors.push(ClaimsFileError::Line { path: path.to_path_buf(), line: n, message }),
            }
        }
    }
    errors
}

/// Reads one claims file; `-` is standard input.
pub fn read(path: &Path) -> (Vec<Extraction>, Vec<ClaimsFileError>) {
    let mut extractions = Vec::new();
    let errors = each(path, |x| extractions.push(x));
    (extractions, errors)
}

/// Reads one claims file (`-` is standard input) like [`each_from`].
pub fn each(path: &Path, each: impl FnMut(Extraction)) -> Vec<ClaimsFileError> {
    if path.as_os_str() == "-" {
        return each_from(std::io::stdin().lock(), path, each);
    }
    match std::fs::File::open(path) {
        Ok(f) => each_from(std::io::BufReader::with_capacity(1 << 16, f), path, each),
        Err(source) => vec![ClaimsFileError::Io { path: path.to_path_buf(), source }],
    }
}

/// Expands paths: files and `-` as given, directories walked for `.jsonl` files in sorted
/// order (the order of the report).
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ClaimsFileError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let before = files.len();
        for entry in walkdir::WalkDir::new(path).sort_by_file_name().follow_links(true) {
            match entry {
                Ok(e) if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "jsonl") => {
                    files.push(e.into_path())
                }
                Ok(_) => {}
                Err(err) => {
                    let at = err.path().unwrap_or(path).to_path_buf();
                    errors.push(ClaimsFileError::Io { path: at, source: err.into() });
                }
            }
        }
        if files.len() == before {
            errors.push(ClaimsFileError::NoFiles { path: path.clone() });
        }
    }
    (files, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn claim() -> Claim {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        Claim {
            id: "lqe#3".to_string(),
            source: "lqe".to_string(),
            relation: Relation::Purchase,
            payer: Some("OpenAI".to_string()),
            payee: Some("Amazon".to_string()),
            parties: vec!["Amazon".to_string(), "OpenAI".to_string()],
            object: Some("capacités de calcul".to_string()),
            amount: Some(ClaimAmount {
                figure: Figure::range(d("10"), d("15.5")),
                currency: Some("USD".to_string()),
                unit: None,
            }),
            duration: Some("P7Y".to_string()),
            when: Some(DateValue {
                earliest: None,
                latest: Some(jiff::civil::date(2026, 12, 31)),
                timex: "2026".to_string(),
                unresolved: false,
            }),
            milestone: None,
            modality: Modality::Reported,
            attribution: Some("Reuters".to_string()),
            notes: vec![Note::new("currency-inferred", "from the headline")],
            sentence: SentenceRef {
                text: "OpenAI va acheter…".to_string(),
                span: Span { start: 10, end: 30, line: 4, column: 1 },
            },
            amount_span: None,
            trigger_span: None,
            when_span: None,
        }
    }

    fn line_of(claims: Vec<Claim>) -> String {
        let doc = crate::ingest::from_bytes(
            "a/lqe.md",
            "lqe",
            b"---\npublished: 2025-11-03\nlang: fr\n---\nTitre\n".to_vec(),
            &crate::ingest::Options::default(),
        )
        .unwrap();
        let x = Extraction { document: doc, sentences: Vec::new(), mentions: Vec::new(), claims };
        let mut out = Vec::new();
        crate::report::json::write_document_line(&x, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_written_line_reads_back_to_the_same_claims() {
        let mut plain = claim();
        plain.amount = Some(ClaimAmount {
            figure: Figure::bounded(Bound::AtLeast, "38000000000".parse().unwrap()),
            currency: None,
            unit: Some("%".to_string()),
        });
        plain.when = None;
        let line = line_of(vec![claim(), plain.clone()]);
        let x = parse_line(line.trim()).unwrap();
        assert_eq!(x.document.source, "lqe");
        assert_eq!(x.document.path, "a/lqe.md");
        assert_eq!(x.document.lang, Lang::Fr);
        assert_eq!(x.document.published, Some(jiff::civil::date(2025, 11, 3)));
        assert_eq!(x.claims, vec![claim(), plain]);
    }

    #[test]
    fn errors_name_the_file_and_line_and_other_lines_still_count() {
        let good = line_of(vec![claim()]);
        let good = good.trim_end();
        let input = format!("{good}\n\n{{\"source\": 3}}\n\n{good}\n{{not json\n");
        let (xs, errors) = read_from(input.as_bytes(), Path::new("shard-1.jsonl"));
        assert_eq!(xs.len(), 2);
        let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("shard-1.jsonl:3: "), "{}", messages[0]);
        assert!(messages[1].starts_with("shard-1.jsonl:6: "), "{}", messages[1]);
    }
}
