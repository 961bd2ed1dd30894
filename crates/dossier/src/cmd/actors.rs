//! `dossier actors PATH…`: the recognised actors, dates and places of each sentence (a debug view
//! of the recognise stage); `--explain` says which dictionary entry or rule produced each.

use super::batch::{self, InputArgs};
use crate::print;
use dossier_actors::places::PlaceRecogniser;
use dossier_actors::recognise::Recogniser;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Show the dictionary entries and rules behind each actor, date and place.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let analyse = dossier_nlp::Analyse::embedded()?;
    let recognise = Recogniser::new().map_err(|e| anyhow::anyhow!("loading dictionaries: {e}"))?;
    let places = PlaceRecogniser::new().map_err(|e| anyhow::anyhow!("loading places: {e}"))?;
    let pipeline = super::parse::pipeline().with(analyse).with(recognise).with(places);
    let explain = a.explain;
    batch::run(&a.input, &pipeline, &|doc, out| print::actors::print(doc, explain, out))
}
