//! Ingest: turns files and standard input into [`Document`]s.
//!
//! The only stage that touches the filesystem. It checks that an input is an article
//! (UTF-8 text, no NUL byte, not empty), reads its front matter or leading dateline for the
//! publication date, decides the language, and keeps the text byte for byte: every later
//! span is an offset into exactly these bytes. It does not split sentences or read figures.

mod dateline;
mod front_matter;

use crate::error::{Error, Result};
use crate::lang::{self, Lang};
use crate::span::LineIndex;
use jiff::civil::Date;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Where the publication date of a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrigin {
    /// `published:` in the front matter.
    FrontMatter,
    /// A leading dateline (`PARIS, 3 nov. 2025 (AFP) -`).
    Dateline,
    /// `--date` on the command line.
    Flag,
    /// No date: relative expressions stay unresolved.
    None,
}

/// One article, as read.
#[derive(Debug, Clone)]
pub struct Document {
    /// Short name of the source: front matter `source:`, else the file stem.
    pub source: String,
    /// The path as given (`-` for standard input).
    pub path: String,
    /// The whole file, unchanged; every span is a byte offset into it.
    pub text: String,
    /// The byte range of the body (after the front matter).
    pub body: Range<usize>,
    /// Publication date, the anchor of every relative date.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub date_origin: DateOrigin,
    /// Document language.
    pub lang: Lang,
    /// Title from front matter, else the headline.
    pub title: Option<String>,
    /// URL from front matter.
    pub url: Option<String>,
    /// Line starts, for line and column of any span.
    pub lines: LineIndex,
}

/// What the command line says about inputs that do not say it themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// `--date`: publication date for inputs that have none.
    pub date: Option<Date>,
    /// `--lang fr|en`: language for inputs whose front matter does not give one;
    /// `None` detects it from the text.
    pub lang: Option<Lang>,
}

/// An input named on the command line, after directories were expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// `-`: one article on standard input.
    Stdin,
}

impl Input {
    /// The path as it will be shown.
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// Expands command-line paths: files as given, directories walked recursively for `.txt`
/// and `.md` in sorted order, `-` as standard input. A directory with no article, or a
/// path that cannot be walked, is an error; the other inputs are still returned.
pub fn expand(paths: &[PathBuf]) -> (Vec<Input>, Vec<Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        if !path.is_dir() {
            inputs.push(Input::File(path.clone()));
            continue;
        }
        let before = inputs.len();
        for entry in walkdir::WalkDir::new(path).sort_by_file_name().follow_links(true) {
            match entry {
                Ok(e) if e.file_type().is_file() && is_article_name(e.path()) => {
                    inputs.push(Input::File(e.into_path()))
                }
                Ok(_) => {}
                Err(err) => {
                    let at = err.path().unwrap_or(path).to_path_buf();
                    errors.push(Error::Io { path: at, source: err.into() });
                }
            }
        }
        if inputs.len() == before {
            errors.push(Error::NoArticles { path: path.clone() });
        }
    }
    (inputs, errors)
}

/// True for the file names claimdiff reads in a directory (`.txt`, `.md`, any case);
/// `README.md` files describe a corpus and are not articles.
fn is_article_name(path: &Path) -> bool {
    let is_readme = path.file_stem().is_some_and(|s| s.eq_ignore_ascii_case("readme"));
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    !is_readme && matches!(ext.as_deref(), Some("txt" | "md" | "markdown"))
}

/// Reads one input (file or standard input) into a document.
pub fn read(input: &Input, options: &Options) -> Result<Document> {
    match input {
        Input::File(path) => {
            let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.clone(), source })?;
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            from_bytes(&input.display(), &stem, bytes, options)
        }
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
                .map_err(|source| Error::Io { path: PathBuf::from("-"), source })?;
            from_bytes("-", "stdin", bytes, options)
        }
    }
}

/// Builds a document from the bytes of an article. `path` is how the input is shown,
/// `stem` the default source name.
pub fn from_bytes(path: &str, stem: &str, bytes: Vec<u8>, options: &Options) -> Result<Document> {
    let pb = || PathBuf::from(path);
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Error::Binary { path: pb(), offset });
    }
    let text =
        String::from_utf8(bytes).map_err(|e| Error::NotUtf8 { path: pb(), offset: e.utf8_error().valid_up_to() })?;
    if text.trim().is_empty() {
        return Err(Error::Empty { path: pb() });
    }
    let fm = front_matter::split(&text).map_err(|message| Error::FrontMatter { path: pb(), message })?;
    let body = fm.body.clone();
    let bad_date = |value: &str, message: String| Error::BadDate { path: pb(), value: value.to_string(), message };

    let (mut published, mut date_origin) = (None, DateOrigin::None);
    if let Some(raw) = &fm.published {
        published = Some(parse_published(raw).map_err(|m| bad_date(raw, m))?);
        date_origin = DateOrigin::FrontMatter;
    } else if let Some(Ok(found)) = dateline::find(&text[body.clone()]) {
        // A dateline naming an impossible day (`30 février 2025`) is read as ordinary text,
        // not as the publication date: the first line of a story may well be a sentence
        // about a date, and only front matter is unambiguously metadata.
        published = Some(found);
        date_origin = DateOrigin::Dateline;
    } else if let Some(d) = options.date {
        published = Some(d);
        date_origin = DateOrigin::Flag;
    }

    let lang = match &fm.lang {
        Some(code) => Lang::from_code(code).ok_or_else(|| Error::FrontMatter {
            path: pb(),
            message: format!("unknown language {code:?} (expected fr or en)"),
        })?,
        None => options.lang.or_else(|| lang::detect(&text[body.clone()])).unwrap_or(Lang::En),
    };
    let title = fm.title.clone().or_else(|| headline(&text[body.clone()]));
    Ok(Document {
        source: fm.source.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| stem.to_string()),
        path: path.to_string(),
        lines: LineIndex::new(&text),
        text,
        body,
        published,
        date_origin,
        lang,
        title,
        url: fm.url,
    })
}

/// Parses a `published:` value: an ISO date, optionally followed by a time (`2025-11-03T09:00:00Z`).
fn parse_published(raw: &str) -> std::result::Result<Date, String> {
    let head = raw.trim();
    let head = head.get(..10).filter(|_| head.len() > 10 && !head.as_bytes()[10].is_ascii_digit()).unwrap_or(head);
    head.parse::<Date>().map_err(|e| e.to_string())
}

/// The first non-empty line of the body, without Markdown heading marks.
fn headline(body: &str) -> Option<String> {
    body.lines().map(|l| l.trim().trim_start_matches('#').trim()).find(|l| !l.is_empty()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Result<Document> {
        from_bytes("t.md", "t", text.as_bytes().to_vec(), &Options::default())
    }

    #[test]
    fn front_matter_gives_date_source_and_lang() {
        let d = doc("---\nsource: lqe\npublished: 2025-11-03\nlang: fr\ntitle: Titre\n---\n# Titre\nTexte.\n").unwrap();
        assert_eq!(d.source, "lqe");
        assert_eq!(d.published, Some(jiff::civil::date(2025, 11, 3)));
        assert_eq!(d.date_origin, DateOrigin::FrontMatter);
        assert_eq!(d.lang, Lang::Fr);
        assert_eq!(&d.text[d.body.clone()], "# Titre\nTexte.\n");
    }

    #[test]
    fn toml_front_matter_and_dates() {
        let d = doc("+++\nsource = \"x\"\npublished = 2025-11-04\n+++\nThe deal is done.\n").unwrap();
        assert_eq!(d.published, Some(jiff::civil::date(2025, 11, 4)));
        assert_eq!(d.source, "x");
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert!(matches!(doc(""), Err(Error::Empty { .. })));
        assert!(matches!(doc("---\nsource: x\n"), Err(Error::FrontMatter { .. })));
        assert!(matches!(doc("---\npublished: 2025-02-30\n---\nx\n"), Err(Error::BadDate { .. })));
        assert!(matches!(
            from_bytes("b", "b", vec![b'a', 0, b'b'], &Options::default()),
            Err(Error::Binary { offset: 1, .. })
        ));
        assert!(matches!(
            from_bytes("u", "u", vec![b'a', 0xff], &Options::default()),
            Err(Error::NotUtf8 { offset: 1, .. })
        ));
    }

    #[test]
    fn impossible_dateline_is_text_not_a_date() {
        let opts = Options { date: Some(jiff::civil::date(2019, 3, 1)), lang: None };
        let d = from_bytes("t", "t", b"feb 30 2019 is not a day.".to_vec(), &opts).unwrap();
        assert_eq!(d.date_origin, DateOrigin::Flag);
        assert_eq!(d.published, Some(jiff::civil::date(2019, 3, 1)));
    }

    #[test]
    fn flag_date_applies_only_without_one() {
        let opts = Options { date: Some(jiff::civil::date(2024, 1, 2)), lang: None };
        let d = from_bytes("t", "t", b"The company said on Monday.".to_vec(), &opts).unwrap();
        assert_eq!(d.date_origin, DateOrigin::Flag);
        let d = from_bytes("t", "t", b"PARIS, 3 nov. 2025 (AFP) - La societe.".to_vec(), &opts).unwrap();
        assert_eq!(d.published, Some(jiff::civil::date(2025, 11, 3)));
    }
}
