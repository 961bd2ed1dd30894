//! `dossier eval …`: accuracy against gold files.

mod actors;
mod gold;
mod link;
pub(crate) mod parse;
mod petrarch;
mod segment;

use clap::Subcommand;
use std::process::ExitCode;

/// A score rounded to four decimals for `--json`.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Segmentation against a UD treebank: token, word and sentence F1 (CoNLL 2018 alignment).
    Segment(segment::Args),
    /// Tagging, lemmas and parsing against a UD treebank: UPOS, XPOS, lemma, UAS, LAS.
    Parse(parse::Args),
    /// Events against a gold file (SPEC.md's scoring): P/R/F1 overall and per kind, strict F1,
    /// claim-status and claimant accuracy, false positives on sentences without events.
    Gold(gold::Args),
    /// Actor recognition against a gold event file: share of gold codes found, exact and country.
    Actors(actors::Args),
    /// The CAMEO coder on a PETRARCH validation file: exact sentences, Correct/Uncoded/Extra.
    Petrarch(petrarch::Args),
    /// Cross-document linking on a linking set: pairwise merge precision, recall and F1.
    Link(link::Args),
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Segment(a) => segment::run(a),
        Command::Parse(a) => parse::run(a),
        Command::Gold(a) => gold::run(a),
        Command::Actors(a) => actors::run(a),
        Command::Petrarch(a) => petrarch::run(a),
        Command::Link(a) => link::run(a),
    }
}
