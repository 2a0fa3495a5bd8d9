//! The grammar alone: `grammar::scan` over the sentences of generated news text, in MB/s.
//!
//! `cargo bench --bench grammar`

#[path = "corpus.rs"]
mod corpus;

use claimdiff::lang::Lang;
use divan::counter::BytesCount;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// About 1 MB of generated sentences per language (split at line breaks and periods, like
/// the segmenter's units, so the scan sees sentence-sized inputs).
fn sentences(lang: corpus::LangMode) -> Vec<String> {
    let mut out = Vec::new();
    let mut bytes = 0;
    for a in corpus::articles(corpus::SEED, 100_000, lang) {
        for s in a.text.split_inclusive(['\n', '.']).map(str::trim).filter(|s| !s.is_empty()) {
            bytes += s.len();
            out.push(s.to_string());
        }
        if bytes > 1 << 20 {
            break;
        }
    }
    out
}

static FR: LazyLock<Vec<String>> = LazyLock::new(|| sentences(corpus::LangMode::Fr));
static EN: LazyLock<Vec<String>> = LazyLock::new(|| sentences(corpus::LangMode::En));

fn scan_all(bencher: divan::Bencher, text: &[String], lang: Lang) {
    let bytes: usize = text.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for s in text {
            n += claimdiff::grammar::scan(divan::black_box(s), lang).len();
        }
        n
    });
}

/// French sentences (`38 milliards de dollars`, `d'ici la fin 2026`…).
#[divan::bench(sample_count = 20)]
fn scan_french(bencher: divan::Bencher) {
    scan_all(bencher, &FR, Lang::Fr);
}

/// English sentences (`$38bn`, `by the end of 2026`…).
#[divan::bench(sample_count = 20)]
fn scan_english(bencher: divan::Bencher) {
    scan_all(bencher, &EN, Lang::En);
}
