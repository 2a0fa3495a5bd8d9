//! Writes a deterministic corpus of realistic French and English news articles, for
//! benchmarks and scale tests.
//!
//! ```text
//! cargo run --release --example gen-corpus -- N OUT [fr|en|mixed] [SEED]
//! ```
//!
//! `N` articles go under `OUT/000/`, `OUT/001/`… (1 000 per directory) as Markdown with
//! YAML or TOML front matter or a bare dateline. The same arguments always write the same
//! bytes. See `benches/corpus.rs` for what the articles contain.

#![allow(clippy::print_stderr)]

#[path = "../benches/corpus.rs"]
mod corpus;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen-corpus N OUT [fr|en|mixed] [SEED]";
    let (Some(n), Some(out)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let lang = match args.get(2).map(|s| corpus::LangMode::parse(s)) {
        None => corpus::LangMode::Mixed,
        Some(Some(l)) => l,
        Some(None) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let seed = match args.get(3).map(|s| s.parse::<u64>()) {
        None => corpus::SEED,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let out = PathBuf::from(out);
    let mut bytes = 0usize;
    for article in corpus::articles(seed, n, lang) {
        let path = out.join(&article.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::File::create(&path))
            .and_then(|mut f| f.write_all(article.text.as_bytes()));
        if let Err(e) = written {
            eprintln!("gen-corpus: {}: {e}", path.display());
            return ExitCode::from(1);
        }
        bytes += article.text.len();
    }
    eprintln!("gen-corpus: wrote {n} articles, {bytes} bytes, under {}", out.display());
    ExitCode::SUCCESS
}
