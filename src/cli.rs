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
                // Stream: each document is written as soon as it is ready.
                for input in &inputs {
                    match ingest::read(input, &options) {
                        Ok(doc) => report::json::write_document_line(&crate::extract(doc, &rules), out)?,
                        Err(e) => {
                            failed = true;
                            writeln!(err, "claimdiff: {e}")?;
                        }
                    }
                }
                Vec::new()
            } else {
                read_all(&inputs, &options, &rules, &mut failed, err)?
            };
            if args.format != ExtractFormat::Jsonl {
                report::render_extract(&extractions, args.format, &theme, out)?;
            }
            Ok(if failed { 2 } else { 0 })
        }
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
            let extractions = read_all(&inputs, &options, &rules, &mut failed, err)?;
            let focus: Vec<String> = extractions
                .iter()
                .filter(|e| args.focus.iter().any(|f| same_file(Path::new(&e.document.path), f)))
                .map(|e| e.document.source.clone())
                .collect();
            let report = crate::check(extractions, &rules, &focus);
            report::render_check(&report, args.format, &theme, out)?;
            if args.format == CheckFormat::Github {
                append_step_summary(&report, err)?;
            }
            let failing = args.fail_on.threshold().is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
            Ok(if failed {
                2
            } else if failing {
                1
            } else {
                0
            })
        }
    }
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

/// Reads and extracts every input in parallel, keeping input order; failures are reported
/// on `err` and set `failed`.
fn read_all(
    inputs: &[Input],
    options: &ingest::Options,
    rules: &Rules,
    failed: &mut bool,
    err: &mut dyn Write,
) -> io::Result<Vec<Extraction>> {
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
    for r in results {
        match r {
            Ok(x) => extractions.push(x),
            Err(e) => {
                *failed = true;
                writeln!(err, "claimdiff: {e}")?;
            }
        }
    }
    Ok(extractions)
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
}
