//! `extract` per document (segment → grammar → normalize → claims) on generated articles,
//! and its throughput in MB/s on one core.
//!
//! `cargo bench --bench extract`

#[path = "corpus.rs"]
mod corpus;

use claimdiff::ingest::{self, Document};
use claimdiff::rules::Rules;
use divan::counter::BytesCount;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::builtin().expect("built-in rules"));

/// 500 generated articles, read as `ingest` reads them.
fn documents(lang: corpus::LangMode) -> Vec<Document> {
    corpus::articles(corpus::SEED, 500, lang)
        .map(|a| {
            let stem = a.path.rsplit('/').next().unwrap_or("x").trim_end_matches(".md").to_string();
            ingest::from_bytes(&a.path, &stem, a.text.into_bytes(), &ingest::Options::default()).expect("article")
        })
        .collect()
}

static FR: LazyLock<Vec<Document>> = LazyLock::new(|| documents(corpus::LangMode::Fr));
static EN: LazyLock<Vec<Document>> = LazyLock::new(|| documents(corpus::LangMode::En));

/// One typical French article (about 2 KB).
#[divan::bench(sample_count = 200)]
fn one_french_article(bencher: divan::Bencher) {
    let doc = &FR[7];
    bencher
        .counter(BytesCount::new(doc.text.len()))
        .with_inputs(|| doc.clone())
        .bench_values(|d| claimdiff::extract(d, &RULES));
}

/// 500 French articles, one after the other on one core: the MB per CPU-second figure.
#[divan::bench(sample_count = 10)]
fn french_corpus(bencher: divan::Bencher) {
    let bytes: usize = FR.iter().map(|d| d.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| FR.clone())
        .bench_values(|docs| docs.into_iter().map(|d| claimdiff::extract(d, &RULES).claims.len()).sum::<usize>());
}

/// 500 English articles.
#[divan::bench(sample_count = 10)]
fn english_corpus(bencher: divan::Bencher) {
    let bytes: usize = EN.iter().map(|d| d.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| EN.clone())
        .bench_values(|docs| docs.into_iter().map(|d| claimdiff::extract(d, &RULES).claims.len()).sum::<usize>());
}

/// Bytes in → document → extraction, the whole front half for one article.
#[divan::bench(sample_count = 200)]
fn ingest_and_extract_one(bencher: divan::Bencher) {
    let text = FR[7].text.clone();
    bencher.counter(BytesCount::new(text.len())).with_inputs(|| text.clone().into_bytes()).bench_values(|bytes| {
        let doc = ingest::from_bytes("a.md", "a", bytes, &ingest::Options::default()).expect("article");
        claimdiff::extract(doc, &RULES)
    });
}
