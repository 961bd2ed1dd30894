//! Subcommands, one file each.

mod actors;
pub mod batch;
mod bench;
mod code;
mod dict;
mod eval;
mod ingest;
mod parse;
mod query;
mod segment;
mod serve;
mod train;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// dossier reads news about espionage and intelligence and writes sourced
/// "who did or said what to whom" event records, each with the status of the claim.
///
/// Input PATHs may be text, HTML, JSON or JSONL files, directories (read recursively),
/// or `-` for standard input. Records go to standard output as JSON Lines; messages,
/// progress and the final summary go to standard error.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about, long_about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Code events: one record per event (SPEC.md), or PLOVER, PETRARCH-2, CSV or a table (--format).
    Code(code::Args),
    /// Code documents and store them in the ledger (SQLite), linking reports of the same event.
    Ingest(ingest::Args),
    /// The ledger's events with every report of them, filtered by actor, country, kind, status, date, text.
    Query(query::Args),
    /// Clean and split into sentences and tokens: one JSON object per sentence.
    Segment(segment::Args),
    /// The ledger as a local web page: events with filters, timelines, articles, who accuses whom.
    Serve(serve::Args),
    /// Recognised actors and dates per sentence (a debug view of the recognise stage).
    Actors(actors::Args),
    /// What the built-in dictionaries and gazetteer hold.
    #[command(subcommand)]
    Dict(dict::Command),
    /// Tag, lemmatise and parse: CoNLL-U or JSON Lines per sentence.
    Parse(parse::Args),
    /// Train the tagger or the parser on CoNLL-U files.
    #[command(subcommand)]
    Train(train::Command),
    /// Measure accuracy against UD treebanks (segmentation; tagging and parsing).
    #[command(subcommand)]
    Eval(eval::Command),
    /// Measure speed on one core over a corpus built from the examples.
    #[command(subcommand)]
    Bench(bench::Command),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Code(a) => code::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Query(a) => query::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Actors(a) => actors::run(a),
        Command::Dict(c) => dict::run(c),
        Command::Parse(a) => parse::run(a),
        Command::Train(c) => train::run(c),
        Command::Eval(c) => eval::run(c),
        Command::Bench(c) => bench::run(c),
    }
}
