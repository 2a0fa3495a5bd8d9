//! The one public error type: every failure names the file and the problem.
//!
//! Errors are per input: an unreadable article is reported and the other articles still
//! go through the pipeline. Grammar misses are not errors (a sentence with no figure is
//! ordinary); only what stops a file or a rule set from being read is.

use std::path::PathBuf;

/// What went wrong, and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read (missing, permission, a directory read as a file).
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The input path as given.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    NotUtf8 {
        /// The input path.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file holds NUL bytes: a binary file, not an article.
    #[error("{path}: binary file (NUL byte at offset {offset}), not an article")]
    Binary {
        /// The input path.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The file holds no text at all.
    #[error("{path}: empty file, no article to read")]
    Empty {
        /// The input path.
        path: PathBuf,
    },
    /// The front matter could not be read.
    #[error("{path}: front matter: {message}")]
    FrontMatter {
        /// The input path.
        path: PathBuf,
        /// What is wrong with it (unterminated, malformed, wrong type).
        message: String,
    },
    /// A date given for the article is not a real calendar date.
    #[error("{path}: invalid publication date {value:?}: {message}")]
    BadDate {
        /// The input path.
        path: PathBuf,
        /// The date as written.
        value: String,
        /// Why it is not a date.
        message: String,
    },
    /// A directory given on the command line holds no `.txt` or `.md` article.
    #[error("{path}: no .txt or .md article in this directory")]
    NoArticles {
        /// The directory.
        path: PathBuf,
    },
    /// A rule file is malformed or has an unknown key.
    #[error("{path}: {message}")]
    Rules {
        /// The rule file (`rules/relations.toml` for a built-in one).
        path: PathBuf,
        /// The parser's message, naming the line and the key.
        message: String,
    },
    /// A claims file given to `check --claims` is malformed.
    #[error("{path}: line {line}: {message}")]
    Claims {
        /// The JSON Lines file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// The result type of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
