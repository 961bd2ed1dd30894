//! `dossier bench …`: speed on one core (and, for `code`, on all cores).

mod actors;
mod code;
mod corpus;
mod parse;
mod segment;
mod serve;

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Sentences/s and MB/s for ingest + clean + segment.
    Segment(segment::Args),
    /// Sentences/s of tag + lemma + parse without and with actor and date recognition.
    Actors(actors::Args),
    /// Tokens/s and sentences/s for tag + lemma + parse, peak memory and model load time.
    Parse(parse::Args),
    /// End to end, raw text → events: sentences/s on one core and on all cores, the share of
    /// time per stage, peak memory.
    Code(code::Args),
    /// The ledger under load: the event-list query over 100,000 events, and the web page's
    /// requests/s and latency percentiles over loopback.
    Serve(serve::Args),
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Segment(a) => segment::run(a),
        Command::Parse(a) => parse::run(a),
        Command::Actors(a) => actors::run(a),
        Command::Code(a) => code::run(a),
        Command::Serve(a) => serve::run(a),
    }
}
