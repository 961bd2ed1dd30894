//! `dossier bench code`: end to end, raw text → events (clean, segment, analyse, recognise,
//! code: the pipeline of `dossier code`). Sentences/s on one core with the share of time of
//! each stage, then sentences/s on all cores (rayon, one document per task), and peak memory.
//! Documents are made, coded and dropped one at a time (peak memory is a run's, not a corpus
//! held whole). Printing is not timed. Prints figures; asserts nothing.

use super::corpus::EXAMPLES;
use super::parse::{peak_rss_mb, thread_cpu_s};
use dossier_core::Document;
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Lines per document when a plain-text `--input` is cut into article-sized documents.
const LINES_PER_DOC: usize = 25;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plain-text corpus, cut into documents of 25 lines (default: the example articles).
    #[arg(long)]
    input: Option<PathBuf>,
    /// Repeat the corpus until it has at least this many sentences.
    #[arg(long, default_value_t = 20_000)]
    min_sentences: usize,
    /// Print one JSON object (`sentences_per_s`, `sentences_per_s_all_cores`, `peak_rss_mb`,
    /// `stage_share`, …) instead of text.
    #[arg(long)]
    json: bool,
}

/// The corpus as (id, raw text) documents.
fn corpus(input: Option<&PathBuf>) -> anyhow::Result<Vec<(String, String)>> {
    let Some(p) = input else {
        return Ok(EXAMPLES
            .iter()
            .map(|(n, b)| (n.to_string(), String::from_utf8_lossy(b).into_owned()))
            .collect());
    };
    let text = String::from_utf8_lossy(&std::fs::read(p)?).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    Ok(lines
        .chunks(LINES_PER_DOC)
        .enumerate()
        .map(|(i, c)| (format!("bench-{i}"), c.join("\n")))
        .collect())
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let pipeline = crate::cmd::code::pipeline()?;
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    let names = pipeline.stage_names();

    let base = corpus(a.input.as_ref())?;
    // One untimed pass: warms up and counts the sentences of one round.
    let mut per_round = 0;
    for (id, text) in &base {
        let mut d = Document::new(id.clone(), text.clone());
        pipeline.run(&mut d)?;
        per_round += d.sentences.len();
    }
    anyhow::ensure!(per_round > 0, "the corpus has no sentences");
    let rounds = a.min_sentences.div_ceil(per_round).max(1);
    // Documents are built, coded and dropped one at a time, as `dossier code` does in chunks,
    // so peak memory is that of the run, not of a corpus held whole.
    let inputs: Vec<(String, &str)> = (0..rounds)
        .flat_map(|r| base.iter().map(move |(id, text)| (format!("{id}-{r}"), text.as_str())))
        .collect();

    // One core: this thread, stage by stage.
    let mut per = vec![Duration::ZERO; names.len()];
    let (mut sentences, mut tokens, mut events) = (0usize, 0usize, 0usize);
    let (t, cpu0) = (Instant::now(), thread_cpu_s());
    for (id, text) in &inputs {
        let mut d = Document::new(id.clone(), *text);
        for (i, stage) in pipeline.stages().enumerate() {
            let s = Instant::now();
            stage.process(&mut d)?;
            per[i] += s.elapsed();
        }
        sentences += d.sentences.len();
        tokens += d.tokens.len();
        events += d.events.len();
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    let cpu = thread_cpu_s().zip(cpu0).map(|(b, a)| (b - a).max(1e-9));
    let documents = inputs.len();

    // All cores: one document per rayon task, the whole pipeline.
    let t = Instant::now();
    inputs
        .par_iter()
        .try_for_each(|(id, text)| pipeline.run(&mut Document::new(id.clone(), *text)))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let secs_all = t.elapsed().as_secs_f64().max(1e-9);
    let threads = rayon::current_num_threads();

    let staged: f64 = per.iter().map(Duration::as_secs_f64).sum::<f64>().max(1e-9);
    let share: Vec<(&str, f64)> = names
        .iter()
        .zip(&per)
        .map(|(n, d)| (*n, (d.as_secs_f64() / staged * 1000.0).round() / 10.0))
        .collect();
    let sps = sentences as f64 / secs;
    let tps = tokens as f64 / secs;
    let cpu_sps = cpu.map(|c| (sentences as f64 / c).round());
    let cpu_tps = cpu.map(|c| (tokens as f64 / c).round());
    let sps_all = sentences as f64 / secs_all;
    let rss = peak_rss_mb().unwrap_or(f64::NAN);
    if a.json {
        let stage_share: serde_json::Map<String, serde_json::Value> = share
            .iter()
            .map(|(n, p)| (n.to_string(), serde_json::json!(p)))
            .collect();
        println!(
            "{}",
            serde_json::json!({
                "stages": names.join("+"),
                "documents": documents, "sentences": sentences, "tokens": tokens, "events": events,
                "seconds": (secs * 1000.0).round() / 1000.0,
                "sentences_per_s": sps.round(), "tokens_per_s": tps.round(),
                "cpu_sentences_per_s": cpu_sps, "cpu_tokens_per_s": cpu_tps,
                "threads": threads,
                "seconds_all_cores": (secs_all * 1000.0).round() / 1000.0,
                "sentences_per_s_all_cores": sps_all.round(),
                "tokens_per_s_all_cores": (tokens as f64 / secs_all).round(),
                "stage_share": stage_share,
                "peak_rss_mb": (rss * 10.0).round() / 10.0,
                "load_ms": (load_ms * 10.0).round() / 10.0,
            })
        );
    } else {
        println!("raw text → events ({}), {documents} documents", names.join(" + "));
        println!("  corpus      {sentences} sentences, {tokens} tokens, {events} events");
        println!("  one core    {sps:.0} sentences/s, {tps:.0} tokens/s ({secs:.2} s)");
        if let Some(c) = cpu_sps {
            println!("              {c:.0} sentences per CPU-second of the thread (robust to a busy machine)");
        }
        println!("  all cores   {sps_all:.0} sentences/s on {threads} threads ({secs_all:.2} s)");
        let shares: Vec<String> = share.iter().map(|(n, p)| format!("{n} {p}%")).collect();
        println!("  time        {}", shares.join(", "));
        println!("  peak memory {rss:.1} MB; pipeline built in {load_ms:.0} ms");
    }
    Ok(ExitCode::SUCCESS)
}
