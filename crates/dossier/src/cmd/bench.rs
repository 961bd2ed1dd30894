//! `dossier bench …`: speed on one core.

mod corpus;
mod parse;
mod segment;

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Sentences/s and MB/s for ingest + clean + segment.
    Segment(segment::Args),
    /// Tokens/s and sentences/s for tag + lemma + parse, peak memory and model load time.
    Parse(parse::Args),
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Segment(a) => segment::run(a),
        Command::Parse(a) => parse::run(a),
    }
}
