//! `check` (alignment + findings) over claims already extracted from 1 000 and 10 000
//! generated articles. Extraction is done once, outside the timed part, so the figure
//! shows how alignment scales with the number of claims (near-linear is the target).
//!
//! `cargo bench --bench check`

#[path = "corpus.rs"]
mod corpus;

use claimdiff::Extraction;
use claimdiff::ingest;
use claimdiff::rules::Rules;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::builtin().expect("built-in rules"));

/// 10 000 mixed-language articles, extracted in parallel once.
static EXTRACTIONS: LazyLock<Vec<Extraction>> = LazyLock::new(|| {
    use rayon::prelude::*;
    let articles: Vec<corpus::Article> = corpus::articles(corpus::SEED, 10_000, corpus::LangMode::Mixed).collect();
    articles
        .into_par_iter()
        .map(|a| {
            let stem = a.path.rsplit('/').next().unwrap_or("x").trim_end_matches(".md").to_string();
            let doc =
                ingest::from_bytes(&a.path, &stem, a.text.into_bytes(), &ingest::Options::default()).expect("article");
            claimdiff::extract(doc, &RULES)
        })
        .collect()
});

/// Align and check the claims of the first `n` articles.
#[divan::bench(args = [1_000, 10_000], sample_count = 5)]
fn check(bencher: divan::Bencher, n: usize) {
    let xs = &EXTRACTIONS[..n];
    bencher.with_inputs(|| xs.to_vec()).bench_values(|xs| claimdiff::check(xs, &RULES, &[]).findings.len());
}

/// Alignment alone, on the same claims.
#[divan::bench(args = [1_000, 10_000], sample_count = 5)]
fn align(bencher: divan::Bencher, n: usize) {
    let claims: Vec<claimdiff::claims::Claim> =
        EXTRACTIONS[..n].iter().flat_map(|x| x.claims.iter().cloned()).collect();
    bencher.bench(|| claimdiff::align::group(divan::black_box(&claims)).len());
}
