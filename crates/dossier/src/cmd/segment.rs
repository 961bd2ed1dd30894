//! `dossier segment PATH…`: clean and split; one JSON object per sentence.

use super::batch::{self, InputArgs};
use crate::print;
use dossier_core::Pipeline;
use dossier_text::{clean::Cleaner, segment::Segmenter};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Before each document's sentences, print a document line with its metadata, the cleaned
    /// text, and what the cleaner dropped and repaired.
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
        print::sentences::print(doc, out)
    })
}
