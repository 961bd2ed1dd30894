//! `dossier eval …`: accuracy against gold files.

pub(crate) mod parse;
mod petrarch;
mod segment;

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Segmentation against a UD treebank: token, word and sentence F1 (CoNLL 2018 alignment).
    Segment(segment::Args),
    /// Tagging, lemmas and parsing against a UD treebank: UPOS, XPOS, lemma, UAS, LAS.
    Parse(parse::Args),
    /// The CAMEO coder on a PETRARCH validation file: exact sentences, Correct/Uncoded/Extra.
    Petrarch(petrarch::Args),
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Segment(a) => segment::run(a),
        Command::Parse(a) => parse::run(a),
        Command::Petrarch(a) => petrarch::run(a),
    }
}
