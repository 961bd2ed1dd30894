//! `dossier bench segment`: sentences/s and MB/s of ingest + clean + segment on one core, over a
//! corpus built by repeating the example articles. Prints figures; asserts nothing (speed is a
//! benchmark, not a test).

use super::corpus::EXAMPLES;
use dossier_text::{clean::Cleaner, ingest, segment::Segmenter};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many times the examples are repeated per round.
    #[arg(long, default_value_t = 2000)]
    pub repeat: usize,
    /// Rounds; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Print one JSON object (`sentences_per_s`, `mb_per_s`, …) instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let cleaner = Cleaner::new();
    let segmenter = Segmenter::new();
    let opts = ingest::IngestOptions {
        format: Some(ingest::Format::Text),
        date: None,
    };
    let bytes_per_round: usize = EXAMPLES.iter().map(|(_, b)| b.len()).sum::<usize>() * a.repeat;
    let mut best = Duration::MAX;
    let mut stages = [Duration::ZERO; 3];
    let mut sentences = 0usize;
    let mut tokens = 0usize;
    for _ in 0..a.rounds.max(1) {
        let (mut s, mut t) = (0usize, 0usize);
        let mut per = [Duration::ZERO; 3];
        let start = Instant::now();
        for _ in 0..a.repeat {
            for (name, bytes) in EXAMPLES {
                let t0 = Instant::now();
                let mut docs = Vec::with_capacity(1);
                ingest::read_bytes(bytes, name, name, &opts, &mut |d| docs.extend(d.ok()));
                let t1 = Instant::now();
                for doc in &mut docs {
                    cleaner.clean(doc);
                }
                let t2 = Instant::now();
                for doc in &mut docs {
                    segmenter.segment(doc);
                    s += doc.sentences.len();
                    t += doc.tokens.len();
                }
                let t3 = Instant::now();
                per[0] += t1 - t0;
                per[1] += t2 - t1;
                per[2] += t3 - t2;
            }
        }
        let took = start.elapsed();
        if took < best {
            best = took;
            stages = per;
        }
        (sentences, tokens) = (s, t);
    }
    let share = |d: Duration| (d.as_secs_f64() / best.as_secs_f64() * 1000.0).round() / 10.0;
    let secs = best.as_secs_f64();
    let sps = sentences as f64 / secs;
    let mbps = bytes_per_round as f64 / 1e6 / secs;
    let tps = tokens as f64 / secs;
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "stages": "ingest+clean+segment", "threads": 1, "documents": 3 * a.repeat,
                "sentences": sentences, "tokens": tokens, "bytes": bytes_per_round, "seconds": secs,
                "sentences_per_s": sps.round(), "tokens_per_s": tps.round(), "mb_per_s": (mbps * 100.0).round() / 100.0,
                "percent": {"ingest": share(stages[0]), "clean": share(stages[1]), "segment": share(stages[2])},
            })
        );
    } else {
        println!("ingest+clean+segment, 1 thread, best of {} rounds", a.rounds.max(1));
        println!(
            "  corpus     {} documents, {} sentences, {} tokens, {:.1} MB",
            3 * a.repeat,
            sentences,
            tokens,
            bytes_per_round as f64 / 1e6
        );
        println!("  speed      {sps:.0} sentences/s, {tps:.0} tokens/s, {mbps:.1} MB/s");
        println!(
            "  time       ingest {}%, clean {}%, segment {}%",
            share(stages[0]),
            share(stages[1]),
            share(stages[2])
        );
    }
    Ok(ExitCode::SUCCESS)
}
