//! `dossier code PATH…`: the main job. Prints SPEC.md's record envelope per sentence; the event
//! coder fills `events` when it lands.

use super::batch::{self, InputArgs};
use crate::print;
use dossier_core::Pipeline;
use dossier_text::{clean::Cleaner, segment::Segmenter};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Before each document's records, print a document line with its metadata and the cleaned
    /// text that all offsets refer to.
    #[arg(long)]
    pub with_text: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new().with(Cleaner::new()).with(Segmenter::new());
    let with_text = a.with_text;
    batch::run(&a.input, &pipeline, &|doc, out| {
        if with_text {
            print::document::print(doc, out)?;
        }
        print::record::print(doc, out)
    })
}
