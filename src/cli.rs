//! The command line: parses arguments, runs the pipeline, picks the report, maps the
//! outcome to an exit code.
//!
//! Exit codes (public contract): `0` nothing at or above `--fail-on`; `1` findings at or
//! above it; `2` a usage error or an input that could not be read (the other inputs are
//! still processed and reported). A closed stdout (`| head`) ends quietly with `0`.

#![allow(clippy::print_stderr)]

use crate::findings::{self, Severity};
use crate::ingest::{self, Input};
use crate::lang::Lang;
use crate::report::{self, CheckFormat, ExtractFormat, Theme};
use crate::rules::Rules;
use crate::{Error, Extraction};
use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Find where news reports of the same story contradict each other.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align the claims of several articles and report contradictions.
    Check(CheckArgs),
    /// Print the mentions and claims of each article.
    Extract(ExtractArgs),
    /// List the finding rules, or explain one.
    Explain {
        /// A rule id, such as `direction-conflict`.
        rule: Option<String>,
    },
}

/// Options shared by `check` and `extract`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Articles (.txt, .md) or directories of articles; `-` reads one article from stdin.
    /// With `check --claims`: claims files (`extract --format jsonl` output) or
    /// directories of `.jsonl` files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publication date for articles that give none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// Language of articles whose front matter gives none.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,
    /// A directory of rule files that add to or override the built-in rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// When to color the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `check` options.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Only findings that involve these sources (they are read as inputs too).
    #[arg(long, value_name = "PATH")]
    pub focus: Vec<PathBuf>,
    /// Exit with 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Read the inputs as claims already extracted (`extract --format jsonl` output, e.g.
    /// one file per shard) instead of articles; `--focus` then names sources or paths.
    #[arg(long)]
    pub claims: bool,
}

/// `extract` options.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
    /// Detect from the text.
    Auto,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when stdout is a terminal (honoring NO_COLOR and CLICOLOR_FORCE).
    Auto,
    /// Always color.
    Always,
    /// Never color.
    Never,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Any finding.
    Info,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| format!("expected a date as YYYY-MM-DD: {e}"))
}

/// The whole program: parse, run, exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli, &mut out, &mut io::stderr()).and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdiff: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs a parsed command line, writing the report to `out` and errors to `err`; returns
/// the exit code. Testable without a process.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    match cli.command {
        Command::Explain { rule } => explain(rule.as_deref(), out, err),
        Command::Extract(args) => {
            let Some(rules) = load_rules(&args.input, err)? else { return Ok(2) };
            let theme = theme(args.input.color);
            let (inputs, mut failed) = expand(&args.input.paths, err)?;
            let options = options(&args.input);
            let extractions = if args.format == ExtractFormat::Jsonl {
                failed |= stream_jsonl(&inputs, &options, &rules, out, err)?;
                Vec::new()
            } else {
                read_all(&inputs, &options, &rules, &mut failed, err)?.into_iter().map(|(_, x)| x).collect()
            };
            if args.format != ExtractFormat::Jsonl {
                report::render_extract(&extractions, args.format, &theme, out)?;
            }
            Ok(if failed { 2 } else { 0 })
        }
        Command::Check(args) if args.claims => check_claims(&args, out, err),
        Command::Check(args) => {
            let Some(rules) = load_rules(&args.input, err)? else { return Ok(2) };
            let theme = theme(args.input.color);
            let mut paths = args.input.paths.clone();
            for f in &args.focus {
                if !paths.iter().any(|p| same_file(p, f)) && !is_inside_any(f, &args.input.paths) {
                    paths.push(f.clone());
                }
            }
            let (inputs, mut failed) = expand(&paths, err)?;
            let options = options(&args.input);
            let slim = inputs.len() > SLIM_ABOVE;
            let (origins, extractions, packed): (Vec<usize>, Vec<Extraction>, Option<crate::Packed>) = if slim {
                let (xs, packed) = read_packed(&inputs, &options, &rules, &mut failed, err)?;
                let (origins, xs) = xs.into_iter().unzip();
                (origins, xs, Some(packed))
            } else {
                let (origins, xs) = read_all(&inputs, &options, &rules, &mut failed, err)?.into_iter().unzip();
                (origins, xs, None)
            };
            let focus: Vec<String> = extractions
                .iter()
                .filter(|e| args.focus.iter().any(|f| same_file(Path::new(&e.document.path), f)))
                .map(|e| e.document.source.clone())
                .collect();
            let report = match packed {
                Some(packed) => {
                    let mut report = crate::check_packed(extractions, packed, &rules, &focus);
                    let keep = matches!(args.format, CheckFormat::Human | CheckFormat::Github | CheckFormat::Sarif);
                    restore_evidence_sources(&mut report, &origins, &inputs, &options, keep);
                    report
                }
                None => crate::check(extractions, &rules, &focus),
            };
            report::render_check(&report, args.format, &theme, out)?;
            if args.format == CheckFormat::Github {
                append_step_summary(&report, err)?;
            }
            Ok(check_code(&report, args.fail_on, failed))
        }
    }
}

/// The exit code of a check: 2 when an input failed, 1 when a finding reaches `--fail-on`.
fn check_code(report: &crate::CheckReport, fail_on: FailOn, failed: bool) -> u8 {
    let failing = fail_on.threshold().is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
    if failed {
        2
    } else if failing {
        1
    } else {
        0
    }
}

/// `check --claims`: alignment and findings over claims extracted earlier, possibly by
/// many `extract --format jsonl` runs (one per shard).
fn check_claims(args: &CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let Some(rules) = load_rules(&args.input, err)? else { return Ok(2) };
    let theme = theme(args.input.color);
    let (files, errors) = crate::claims_file::expand(&args.input.paths);
    let mut failed = !errors.is_empty();
    for e in &errors {
        writeln!(err, "claimdiff: {e}")?;
    }
    // Each file's claims are packed as soon as it is read: a shard's claims are the
    // most the run holds unpacked.
    let mut extractions = Vec::new();
    let mut packed = crate::Packed::default();
    for file in &files {
        let errors = crate::claims_file::each(file, |mut x| {
            packed.add(&mut x);
            extractions.push(x);
        });
        failed |= !errors.is_empty();
        for e in &errors {
            writeln!(err, "claimdiff: {e}")?;
        }
    }
    let focus: Vec<String> = extractions
        .iter()
        .filter(|e| {
            args.focus
                .iter()
                .any(|f| Path::new(&e.document.path) == f.as_path() || f.as_os_str() == e.document.source.as_str())
        })
        .map(|e| e.document.source.clone())
        .collect();
    let report = crate::check_packed(extractions, packed, &rules, &focus);
    report::render_check(&report, args.format, &theme, out)?;
    Ok(check_code(&report, args.fail_on, failed))
}

/// A document of `extract --format jsonl` ready to be written: its line, or, for a document
/// larger than [`STREAMED_DOCUMENT`], its extraction, which the writer streams when its
/// turn comes (its line can be seven times the text: never built whole).
enum Ready {
    Line(Vec<u8>),
    Extraction(Box<crate::Extraction>),
}

/// Text size above which a document's jsonl line is streamed by the writer instead of
/// built whole by the worker.
const STREAMED_DOCUMENT: usize = 1 << 20;

/// `extract --format jsonl`: documents are read and extracted in parallel and each line is
/// written as soon as it and every line before it are ready, in input order. Workers take
/// small runs of consecutive inputs (one hand-off per run, not per document) and stay at
/// most a few runs ahead of the writer, so memory holds a few documents, never the corpus.
/// Returns whether an input failed.
fn stream_jsonl(
    inputs: &[Input],
    options: &ingest::Options,
    rules: &Rules,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<bool> {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex, mpsc};

    type Run = Vec<Result<Ready, String>>;
    let workers = rayon::current_num_threads().max(1);
    // Runs of 8 documents, unless that would leave a core idle.
    let run_len = (inputs.len() / (workers * 4)).clamp(1, 8);
    let runs = inputs.len().div_ceil(run_len);
    let window = workers * 4;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let written = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, Run)>();
    let one = |input: &Input| {
        let doc = ingest::read(input, options).map_err(|e| e.to_string())?;
        let extraction = crate::extract(doc, rules);
        if extraction.document.text.len() > STREAMED_DOCUMENT {
            return Ok(Ready::Extraction(Box::new(extraction)));
        }
        let mut buf = Vec::new();
        report::json::document_line(&extraction, &mut buf).map_err(|e| e.to_string())?;
        Ok(Ready::Line(buf))
    };
    let work = |tx: mpsc::Sender<(usize, Run)>| loop {
        let r = next.fetch_add(1, Ordering::Relaxed);
        if r >= runs || stop.load(Ordering::Relaxed) {
            break;
        }
        {
            let (lock, ready) = &written;
            let mut done = lock.lock().unwrap_or_else(|p| p.into_inner());
            while r >= *done + window && !stop.load(Ordering::Relaxed) {
                done = ready.wait(done).unwrap_or_else(|p| p.into_inner());
            }
        }
        let batch = inputs.get(r * run_len..((r + 1) * run_len).min(inputs.len())).unwrap_or_default();
        if tx.send((r, batch.iter().map(one).collect())).is_err() {
            break;
        }
    };
    let mut failed = false;
    let result = std::thread::scope(|scope| {
        let work = &work;
        scope.spawn(move || {
            rayon::scope(|rs| {
                for _ in 0..workers.min(runs) {
                    let tx = tx.clone();
                    rs.spawn(move |_| work(tx));
                }
            })
        });
        let mut pending = BTreeMap::new();
        let mut turn = 0;
        let mut result = Ok(());
        'receive: for (r, lines) in rx.iter() {
            pending.insert(r, lines);
            while let Some(lines) = pending.remove(&turn) {
                for line in lines {
                    let w = match line {
                        Ok(Ready::Line(bytes)) => out.write_all(&bytes),
                        Ok(Ready::Extraction(x)) => report::json::write_document_line(&x, out),
                        Err(e) => {
                            failed = true;
                            writeln!(err, "claimdiff: {e}")
                        }
                    };
                    if let Err(e) = w {
                        result = Err(e);
                        // Under the lock, so no worker misses the wake-up between test and wait.
                        let _guard = written.0.lock().unwrap_or_else(|p| p.into_inner());
                        stop.store(true, Ordering::Relaxed);
                        written.1.notify_all();
                        break 'receive;
                    }
                }
                turn += 1;
                *written.0.lock().unwrap_or_else(|p| p.into_inner()) = turn;
                written.1.notify_all();
            }
        }
        drop(rx);
        result
    });
    result.map(|()| failed)
}

fn options(args: &InputArgs) -> ingest::Options {
    ingest::Options {
        date: args.date,
        lang: match args.lang {
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        },
    }
}

fn load_rules(args: &InputArgs, err: &mut dyn Write) -> io::Result<Option<Rules>> {
    let loaded = match &args.rules {
        Some(dir) => Rules::with_overlay(dir),
        None => Rules::builtin(),
    };
    match loaded {
        Ok(r) => Ok(Some(r)),
        Err(e) => {
            writeln!(err, "claimdiff: {e}")?;
            Ok(None)
        }
    }
}

fn expand(paths: &[PathBuf], err: &mut dyn Write) -> io::Result<(Vec<Input>, bool)> {
    let (inputs, errors) = ingest::expand(paths);
    for e in &errors {
        writeln!(err, "claimdiff: {e}")?;
    }
    Ok((inputs, !errors.is_empty()))
}

/// Above this many inputs, `check` keeps only the packed claims of each source while
/// aligning (see [`read_packed`] and [`slim`]), so peak memory follows the number of
/// claims, not the corpus bytes.
const SLIM_ABOVE: usize = 64;

/// Reads and extracts every input in parallel, keeping input order; each extraction comes
/// with the index of its input. Failures are reported on `err` and set `failed`.
fn read_all(
    inputs: &[Input],
    options: &ingest::Options,
    rules: &Rules,
    failed: &mut bool,
    err: &mut dyn Write,
) -> io::Result<Vec<(usize, Extraction)>> {
    use rayon::prelude::*;
    let stderr = io::stderr();
    let progress = report::progress::Progress::new(inputs.len(), stderr.is_terminal().then_some(stderr));
    let results: Vec<Result<Extraction, Error>> = inputs
        .par_iter()
        .map(|input| {
            let r = ingest::read(input, options).map(|doc| crate::extract(doc, rules));
            progress.tick();
            r
        })
        .collect();
    progress.finish();
    let mut extractions = Vec::with_capacity(results.len());
    for (i, r) in results.into_iter().enumerate() {
        match r {
            Ok(x) => extractions.push((i, x)),
            Err(e) => {
                *failed = true;
                writeln!(err, "claimdiff: {e}")?;
            }
        }
    }
    Ok(extractions)
}

/// [`read_all`] with `slim`, each batch of extractions packed (in input order) while the
/// next batch is extracted, so packing costs no wall time and the run never holds more
/// than two batches of claims unpacked.
fn read_packed(
    inputs: &[Input],
    options: &ingest::Options,
    rules: &Rules,
    failed: &mut bool,
    err: &mut dyn Write,
) -> io::Result<(Vec<(usize, Extraction)>, crate::Packed)> {
    use rayon::prelude::*;
    const BATCH: usize = 1024;
    let stderr = io::stderr();
    let progress = report::progress::Progress::new(inputs.len(), stderr.is_terminal().then_some(stderr));
    let mut packed = crate::Packed::default();
    let mut extractions = Vec::with_capacity(inputs.len());
    let extract_batch = |batch: &[Input]| -> Vec<Result<Extraction, Error>> {
        batch
            .par_iter()
            .map(|input| {
                let r = ingest::read(input, options).map(|doc| {
                    let mut x = crate::extract(doc, rules);
                    if *input != Input::Stdin {
                        self::slim(&mut x);
                    }
                    x
                });
                progress.tick();
                r
            })
            .collect()
    };
    // Packs batch `b`'s results, returning its errors (written by the caller, in order).
    let pack = |b: usize,
                results: Vec<Result<Extraction, Error>>,
                packed: &mut crate::Packed,
                extractions: &mut Vec<(usize, Extraction)>| {
        let mut errors = Vec::new();
        for (i, r) in results.into_iter().enumerate() {
            match r {
                Ok(mut x) => {
                    packed.add(&mut x);
                    extractions.push((b * BATCH + i, x));
                }
                Err(e) => errors.push(e),
            }
        }
        errors
    };
    let mut pending: Option<(usize, Vec<Result<Extraction, Error>>)> = None;
    for (b, batch) in inputs.chunks(BATCH).enumerate() {
        let (results, errors) = rayon::join(
            || extract_batch(batch),
            || pending.take().map(|(p, r)| pack(p, r, &mut packed, &mut extractions)).unwrap_or_default(),
        );
        for e in &errors {
            *failed = true;
            writeln!(err, "claimdiff: {e}")?;
        }
        pending = Some((b, results));
    }
    if let Some((p, r)) = pending.take() {
        for e in &pack(p, r, &mut packed, &mut extractions) {
            *failed = true;
            writeln!(err, "claimdiff: {e}")?;
        }
    }
    progress.finish();
    Ok((extractions, packed))
}

/// Drops what alignment and findings do not read — the article text, its line index, its
/// sentences and mentions, and the claims' copies of their sentences — keeping the
/// document's name, date, language and claims (with their sentence spans: the cited
/// sentences are read again for the report, see [`restore_evidence_sources`]).
fn slim(x: &mut Extraction) {
    for c in &mut x.claims {
        c.sentence.text = String::new();
    }
    x.sentences = Vec::new();
    x.mentions = Vec::new();
    x.document.text = String::new();
    x.document.body = 0..0;
    x.document.lines = crate::span::LineIndex::new("");
}

/// Reads again, in parallel, the documents that findings cite: the evidence gets back its
/// sentence text (slim claims keep only its span), and with `keep` the documents stay in
/// the report for the formats that show the article text around the evidence (`human`,
/// `github`, `sarif`), so every format renders exactly as if nothing had been dropped.
fn restore_evidence_sources(
    report: &mut crate::CheckReport,
    origins: &[usize],
    inputs: &[Input],
    options: &ingest::Options,
    keep: bool,
) {
    use rayon::prelude::*;
    let cited: std::collections::HashSet<&str> =
        report.findings.iter().flat_map(|f| f.evidence.iter().map(|e| e.source.as_str())).collect();
    let todo: Vec<(usize, &Input)> = report
        .extractions
        .iter()
        .enumerate()
        .filter(|(_, x)| x.document.text.is_empty() && cited.contains(x.document.source.as_str()))
        .filter_map(|(k, _)| Some((k, inputs.get(*origins.get(k)?)?)))
        .collect();
    // A batch of documents at a time: the cited documents of an archive can be many.
    for batch in todo.chunks(1024) {
        let docs: Vec<(usize, ingest::Document)> =
            batch.par_iter().filter_map(|&(k, input)| Some((k, ingest::read(input, options).ok()?))).collect();
        {
            // The first document of each name, as `CheckReport::source` finds it.
            let mut by_name: std::collections::HashMap<&str, &ingest::Document> = std::collections::HashMap::new();
            for (_, d) in &docs {
                by_name.entry(d.source.as_str()).or_insert(d);
            }
            for e in report.findings.iter_mut().flat_map(|f| f.evidence.iter_mut()) {
                if e.text.is_empty()
                    && let Some(text) = by_name.get(e.source.as_str()).and_then(|d| d.text.get(e.span.range()))
                {
                    e.text = text.to_string();
                }
            }
        }
        if keep {
            for (k, doc) in docs {
                if let Some(slot) = report.extractions.get_mut(k) {
                    slot.document = doc;
                }
            }
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

fn is_inside_any(file: &Path, dirs: &[PathBuf]) -> bool {
    let Ok(f) = file.canonicalize() else { return false };
    dirs.iter().filter_map(|d| d.canonicalize().ok()).any(|d| d.is_dir() && f.starts_with(d))
}

/// Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when the variable names a file.
/// A summary that cannot be written is reported on `err` but does not change the exit code:
/// the annotations, which are the point, were already written.
fn append_step_summary(report: &crate::CheckReport, err: &mut dyn Write) -> io::Result<()> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else { return Ok(()) };
    let mut text = Vec::new();
    report::github::write_step_summary(report, &mut text)?;
    let written =
        std::fs::OpenOptions::new().append(true).create(true).open(&path).and_then(|mut f| f.write_all(&text));
    if let Err(e) = written {
        writeln!(err, "claimdiff: cannot append to GITHUB_STEP_SUMMARY {}: {e}", Path::new(&path).display())?;
    }
    Ok(())
}

/// `--color` wins, then `NO_COLOR`, then `CLICOLOR_FORCE`, then whether stdout is a terminal.
fn theme(choice: ColorChoice) -> Theme {
    let var = |k: &str| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned());
    let on = color_enabled(choice, var("NO_COLOR").as_deref(), var("CLICOLOR_FORCE").as_deref(), || {
        io::stdout().is_terminal()
    });
    if on { Theme::colored() } else { Theme::plain() }
}

/// The color decision from its inputs: `NO_COLOR` counts when set and non-empty,
/// `CLICOLOR_FORCE` when set, non-empty and not `0` (no-color.org, bixense.com/clicolors).
fn color_enabled(
    choice: ColorChoice,
    no_color: Option<&str>,
    clicolor_force: Option<&str>,
    stdout_is_terminal: impl FnOnce() -> bool,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if no_color.is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if clicolor_force.is_some_and(|v| !v.is_empty() && v != "0") => true,
        ColorChoice::Auto => stdout_is_terminal(),
    }
}

fn explain(rule: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    match rule {
        None => {
            let width = findings::RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in findings::RULES {
                writeln!(out, "{:width$}  {}", r.id, r.summary)?;
            }
            Ok(0)
        }
        Some(id) => match findings::rule(id) {
            Some(r) => {
                writeln!(out, "{}", r.explanation.trim_end())?;
                Ok(0)
            }
            None => {
                writeln!(err, "claimdiff: unknown rule {id:?}; `claimdiff explain` lists the rules")?;
                Ok(2)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_precedence_flag_then_no_color_then_force_then_terminal() {
        use ColorChoice::*;
        assert!(color_enabled(Always, Some("1"), None, || false));
        assert!(!color_enabled(Never, None, Some("1"), || true));
        assert!(!color_enabled(Auto, Some("1"), Some("1"), || true));
        assert!(color_enabled(Auto, Some(""), Some("1"), || false));
        assert!(!color_enabled(Auto, None, Some("0"), || false));
        assert!(color_enabled(Auto, None, None, || true));
        assert!(!color_enabled(Auto, None, None, || false));
    }

    fn run_args(args: &[&str]) -> (u8, String, String) {
        let cli = Cli::try_parse_from(std::iter::once("claimdiff").chain(args.iter().copied())).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(cli, &mut out, &mut err).unwrap();
        (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
    }

    #[test]
    fn slim_check_renders_exactly_like_a_full_check() {
        let rules = Rules::builtin().unwrap();
        let (inputs, errors) = ingest::expand(&[PathBuf::from("examples/openai-aws")]);
        assert!(errors.is_empty());
        let options = ingest::Options::default();
        let render = |slim: bool, format: CheckFormat| {
            let mut failed = false;
            let report = if slim {
                let (xs, packed) = read_packed(&inputs, &options, &rules, &mut failed, &mut io::sink()).unwrap();
                let (origins, xs): (Vec<usize>, Vec<Extraction>) = xs.into_iter().unzip();
                assert!(xs.iter().all(|x| x.document.text.is_empty() && x.claims.is_empty()));
                let mut report = crate::check_packed(xs, packed, &rules, &[]);
                assert!(report.findings.iter().flat_map(|f| &f.evidence).all(|e| e.text.is_empty()));
                let keep = matches!(format, CheckFormat::Human | CheckFormat::Github | CheckFormat::Sarif);
                restore_evidence_sources(&mut report, &origins, &inputs, &options, keep);
                report
            } else {
                let xs = read_all(&inputs, &options, &rules, &mut failed, &mut io::sink()).unwrap();
                crate::check(xs.into_iter().map(|(_, x)| x).collect(), &rules, &[])
            };
            assert!(!failed);
            let mut out = Vec::new();
            report::render_check(&report, format, &Theme::plain(), &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        for &format in CheckFormat::value_variants() {
            assert_eq!(render(true, format), render(false, format), "{format:?}");
        }
    }

    #[test]
    fn jsonl_streams_every_document_in_input_order() {
        let (code, out, err) = run_args(&["extract", "--format", "jsonl", "examples/openai-aws", "missing.md"]);
        assert_eq!(code, 2, "a missing input fails the run");
        assert!(err.contains("missing.md"), "{err}");
        let paths: Vec<String> = out
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(paths.len(), 9);
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
    }

    #[test]
    fn check_claims_gives_the_report_of_check_on_the_articles() {
        let (_, jsonl, _) = run_args(&["extract", "--format", "jsonl", "examples/openai-aws"]);
        let dir = std::env::temp_dir().join(format!("claimdiff-claims-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let lines: Vec<&str> = jsonl.lines().collect();
        // Two shards, as two machines would write them.
        std::fs::write(dir.join("a.jsonl"), lines[..4].join("\n")).unwrap();
        std::fs::write(dir.join("b.jsonl"), lines[4..].join("\n") + "\n").unwrap();
        let direct = run_args(&["check", "--format", "json", "examples/openai-aws"]);
        let dir_arg = dir.display().to_string();
        let sharded = run_args(&["check", "--format", "json", "--claims", &dir_arg]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(sharded.2, "");
        assert_eq!(sharded.0, direct.0);
        let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        assert_eq!(json(&sharded.1), json(&direct.1));
    }
}
