//! The batch runner every document-processing command shares: expand the input paths, ingest,
//! run the pipeline on chunks of documents in parallel (rayon), hand each document to a [`Sink`]
//! in input order (standard output for the printers, the ledger for `ingest`), flush after every
//! chunk so nothing written is lost, report each bad input on stderr naming it, show progress on
//! a terminal, and end with a one-line summary.
//!
//! Exit codes: 0 when every input was processed; 1 when any input was skipped or failed (the
//! summary says how many and why); 2 for usage or fatal errors (from `main`).

use dossier_core::{Document, Pipeline};
use dossier_text::ingest::{self, ErrorKind, IngestError, IngestOptions};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

/// Documents processed together; output is written and flushed after each chunk.
const CHUNK: usize = 32;
/// Show a progress bar from this many input files on.
const PROGRESS_FROM: usize = 4;

/// Input flags shared by `code`, `segment` and `parse`.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories to read (text, HTML, JSON, JSONL); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Input format instead of guessing from the extension or content: text, html, json, jsonl.
    #[arg(long = "input-format", value_name = "FORMAT")]
    pub input_format: Option<ingest::Format>,
    /// Document date (YYYY-MM-DD) for inputs that carry none; resolves relative dates.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_flag)]
    pub date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

fn parse_date_flag(s: &str) -> Result<String, String> {
    ingest::date::parse_date(s).ok_or_else(|| format!("`{s}` is not a date (use YYYY-MM-DD)"))
}

/// Inputs plus `--with-text`, shared by the commands that print text layers.
#[derive(clap::Args, Debug, Clone)]
pub struct TextArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Before each document's lines, print a document line with its metadata, the cleaned text
    /// all offsets refer to, and what the cleaner dropped and repaired.
    #[arg(long)]
    pub with_text: bool,
}

/// Runs clean + segment and prints each document with `print`, preceded by its document line
/// when `--with-text` is given.
pub fn run_text(a: &TextArgs, print: &Printer<'_>) -> anyhow::Result<ExitCode> {
    let pipeline = super::parse::pipeline();
    let with_text = a.with_text;
    run(&a.input, &pipeline, &|doc, out| {
        if with_text {
            crate::print::document::print(doc, out)?;
        }
        print(doc, out)
    })
}

/// Counts for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub sentences: usize,
    pub skipped: usize,
    pub failed: usize,
    /// Documents a sink already had (`ingest`: stored before), not processed again.
    pub already: usize,
}

/// Prints one processed document into a buffer.
pub type Printer<'a> = dyn Fn(&Document, &mut Vec<u8>) -> std::io::Result<()> + Sync + 'a;

/// Where processed documents go, in input order.
pub trait Sink {
    /// Whether a document read from the input still needs processing (`false`: the sink already
    /// has it, and it is counted as such).
    fn wants(&mut self, _doc: &Document) -> anyhow::Result<bool> {
        Ok(true)
    }
    /// What renders a processed document; runs in parallel, before [`Sink::take`].
    fn printer(&self) -> &Printer<'_>;
    /// Takes one processed document and its rendering, in input order. `Ok(false)`: stop (the
    /// reader went away).
    fn take(&mut self, doc: &Document, rendered: Vec<u8>) -> anyhow::Result<bool>;
    /// After each chunk. `Ok(false)`: stop.
    fn flush(&mut self) -> anyhow::Result<bool>;
}

/// Standard output with a printer.
struct Stdout<'p> {
    print: &'p Printer<'p>,
    out: std::io::StdoutLock<'static>,
}

impl Sink for Stdout<'_> {
    fn printer(&self) -> &Printer<'_> {
        self.print
    }
    fn take(&mut self, _doc: &Document, rendered: Vec<u8>) -> anyhow::Result<bool> {
        match self.out.write_all(&rendered) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            r => r.map(|_| true).map_err(Into::into),
        }
    }
    fn flush(&mut self) -> anyhow::Result<bool> {
        match self.out.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            r => r.map(|_| true).map_err(Into::into),
        }
    }
}

/// Runs `pipeline` over every input and prints each document with `print`.
pub fn run(args: &InputArgs, pipeline: &Pipeline, print: &Printer<'_>) -> anyhow::Result<ExitCode> {
    let mut sink = Stdout {
        print,
        out: std::io::stdout().lock(),
    };
    run_into(args, pipeline, &mut sink)
}

/// Runs `pipeline` over every input and hands each document to `sink`.
pub fn run_into(args: &InputArgs, pipeline: &Pipeline, sink: &mut dyn Sink) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        // Ignore the error if a pool already exists (tests may call run twice).
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    let opts = IngestOptions {
        format: args.input_format,
        date: args.date.clone(),
    };
    let (sources, path_errors) = ingest::expand(&args.paths);
    let mut summary = Summary::default();
    let progress = progress_bar(sources.len());
    let report = |s: &mut Summary, e: &IngestError| {
        match e.kind {
            ErrorKind::Empty | ErrorKind::Binary => s.skipped += 1,
            ErrorKind::Unreadable | ErrorKind::Malformed => s.failed += 1,
        }
        progress.suspend(|| eprintln!("dossier: {e}"));
    };
    for e in &path_errors {
        report(&mut summary, e);
    }
    let mut chunk: Vec<Document> = Vec::with_capacity(CHUNK);
    let mut stopped = false;
    let mut fatal: Option<anyhow::Error> = None;
    for src in &sources {
        ingest::read_source(src, &opts, &mut |d| match d {
            Ok(doc) => match sink.wants(&doc) {
                Ok(true) => chunk.push(doc),
                Ok(false) => summary.already += 1,
                Err(e) => {
                    fatal.get_or_insert(e);
                }
            },
            Err(e) => report(&mut summary, &e),
        });
        if let Some(e) = fatal {
            return Err(e);
        }
        if chunk.len() >= CHUNK {
            stopped = flush_chunk(&mut chunk, pipeline, sink, &mut summary, &progress)?;
            if stopped {
                break;
            }
        }
        progress.inc(1);
    }
    if !stopped {
        flush_chunk(&mut chunk, pipeline, sink, &mut summary, &progress)?;
    }
    progress.finish_and_clear();
    let already = if summary.already > 0 {
        format!("; {} already stored", summary.already)
    } else {
        String::new()
    };
    eprintln!(
        "dossier: {} documents, {} sentences; {} skipped, {} failed{already}",
        summary.documents, summary.sentences, summary.skipped, summary.failed
    );
    Ok(if summary.skipped + summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A processed document: its sentence count and printed bytes, or why it failed.
type Processed = Result<(usize, Vec<u8>), String>;

/// Processes one chunk and hands it to the sink. Returns `true` when the sink stopped (stdout
/// closed, e.g. `| head`).
fn flush_chunk(
    chunk: &mut Vec<Document>,
    pipeline: &Pipeline,
    sink: &mut dyn Sink,
    summary: &mut Summary,
    progress: &ProgressBar,
) -> anyhow::Result<bool> {
    let print = sink.printer();
    let results: Vec<(String, Processed)> = chunk
        .par_iter_mut()
        .map(|doc| {
            let origin = if doc.meta.origin.is_empty() {
                doc.id.clone()
            } else {
                doc.meta.origin.clone()
            };
            let r = catch_unwind(AssertUnwindSafe(|| -> Processed {
                pipeline.run(doc).map_err(|e| e.to_string())?;
                let mut buf = Vec::new();
                print(doc, &mut buf).map_err(|e| e.to_string())?;
                Ok((doc.sentences.len(), buf))
            }))
            .unwrap_or_else(|_| Err("internal error (panic) while processing; please report it".to_string()));
            (origin, r)
        })
        .collect();
    for (doc, (origin, r)) in chunk.iter().zip(results) {
        for w in &doc.warnings {
            progress.suspend(|| eprintln!("dossier: {origin}: warning: {w}"));
        }
        match r {
            Ok((n, buf)) => {
                summary.documents += 1;
                summary.sentences += n;
                if !sink.take(doc, buf)? {
                    return Ok(true);
                }
            }
            Err(e) => {
                summary.failed += 1;
                progress.suspend(|| eprintln!("dossier: {origin}: failed: {e}"));
            }
        }
    }
    chunk.clear();
    Ok(!sink.flush()?)
}

fn progress_bar(files: usize) -> ProgressBar {
    if files < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(files as u64);
    pb.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} files [{bar:30}] {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb
}
