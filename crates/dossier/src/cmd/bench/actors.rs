//! `dossier bench actors`: what the recognise stage costs. Over the example articles repeated,
//! on one thread, times tag + lemma + parse, then recognition (actors and dates) on the same
//! documents, and prints sentences/s without and with recognition. Prints; asserts nothing.

use super::corpus::EXAMPLES;
use dossier_actors::recognise::Recogniser;
use dossier_core::{Document, Stage};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many times the examples are repeated.
    #[arg(long, default_value_t = 200)]
    pub repeat: usize,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let recogniser = Recogniser::new().map_err(|e| anyhow::anyhow!("loading dictionaries: {e}"))?;
    let build_ms = t.elapsed().as_secs_f64() * 1000.0;
    let analyse = dossier_nlp::Analyse::embedded()?;
    let prepare = super::super::parse::pipeline();
    let mut docs = Vec::new();
    for _ in 0..a.repeat.max(1) {
        for (name, bytes) in EXAMPLES {
            let mut d = Document::new(name, String::from_utf8_lossy(bytes).into_owned());
            prepare.run(&mut d)?;
            docs.push(d);
        }
    }
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let t = Instant::now();
    for d in &mut docs {
        analyse.process(d)?;
    }
    let analyse_s = t.elapsed().as_secs_f64().max(1e-9);
    let t = Instant::now();
    for d in &mut docs {
        recogniser.process(d)?;
    }
    let recognise_s = t.elapsed().as_secs_f64().max(1e-9);
    let actors: usize = docs.iter().map(|d| d.actors.len()).sum();
    let without = sentences as f64 / analyse_s;
    let with = sentences as f64 / (analyse_s + recognise_s);
    let alone = sentences as f64 / recognise_s;
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "sentences": sentences, "actors": actors, "threads": 1,
                "analyse_sentences_per_s": without.round(),
                "analyse_recognise_sentences_per_s": with.round(),
                "recognise_sentences_per_s": alone.round(),
                "recogniser_build_ms": build_ms.round(),
                "phrases": recogniser.phrases(),
            })
        );
    } else {
        println!("tag + lemma + parse, then recognise, 1 thread, {sentences} sentences, {actors} actors");
        println!("  without recognise   {without:.0} sentences/s");
        println!("  with recognise      {with:.0} sentences/s");
        println!("  recognise alone     {alone:.0} sentences/s");
        println!(
            "  recogniser built in {build_ms:.0} ms ({} phrases)",
            recogniser.phrases()
        );
    }
    Ok(ExitCode::SUCCESS)
}
