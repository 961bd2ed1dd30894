//! `dossier code PATH…`: the main job. Runs the whole pipeline (clean, segment, analyse,
//! recognise, code, attribute) and prints events in the chosen format.

use super::batch::{self, InputArgs};
use crate::print;
use dossier_core::Pipeline;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// SPEC.md's record, one event per line (default).
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Fill each event's `trace`: the vocabulary entry, the tree arcs and the actor rules.
    #[arg(long)]
    pub explain: bool,
    /// Also print a line per sentence (`"type": "sentence"`), with or without events.
    #[arg(long)]
    pub sentences: bool,
    /// Before each document's lines, print a document line with its metadata and cleaned text.
    #[arg(long)]
    pub with_text: bool,
}

/// The full coding pipeline: clean, segment, analyse, recognise (actors, dates, places), code,
/// attribute.
pub fn pipeline() -> anyhow::Result<Pipeline> {
    let analyse = dossier_nlp::Analyse::embedded()?;
    let recognise =
        dossier_actors::recognise::Recogniser::new().map_err(|e| anyhow::anyhow!("loading dictionaries: {e}"))?;
    let places = dossier_actors::places::PlaceRecogniser::new().map_err(|e| anyhow::anyhow!("loading places: {e}"))?;
    let code = dossier_events::code::Coder::new().map_err(|e| anyhow::anyhow!("loading event vocabulary: {e}"))?;
    let attribute =
        dossier_events::attribute::Attributor::new().map_err(|e| anyhow::anyhow!("loading cue lexicons: {e}"))?;
    Ok(super::parse::pipeline()
        .with(analyse)
        .with(recognise)
        .with(places)
        .with(code)
        .with(attribute))
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = pipeline()?;
    let (explain, sentences, with_text, to) = (a.explain, a.sentences, a.with_text, a.format);
    batch::run(&a.input, &pipeline, &|doc, out| {
        if with_text {
            print::document::print(doc, out)?;
        }
        match to {
            Format::Jsonl => print::record::print(doc, explain, sentences, out),
        }
    })
}
