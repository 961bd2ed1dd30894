//! `dossier bench parse`: tokens/s and sentences/s for tag + lemma + parse on one core, with
//! peak memory and model load time. Cleaning and segmentation happen before the timer.

use super::corpus::EXAMPLES;
use dossier_core::{Document, Stage};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plain-text corpus (default: the example articles).
    #[arg(long)]
    input: Option<PathBuf>,
    /// Repeat the corpus until it has at least this many tokens.
    #[arg(long, default_value_t = 500_000)]
    min_tokens: usize,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    models: super::super::eval::parse::ModelArgs,
}

/// Peak resident set size in MB (VmHWM), if the platform reports it.
pub(super) fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time this thread has run, in seconds (from /proc/thread-self/schedstat), if reported.
/// On a busy machine it measures the work better than the wall clock.
pub(super) fn thread_cpu_s() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let stage = a.models.stage()?;
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;

    let texts: Vec<String> = match &a.input {
        Some(p) => vec![String::from_utf8_lossy(&std::fs::read(p)?).into_owned()],
        None => EXAMPLES
            .iter()
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .collect(),
    };
    let prepare = super::super::parse::pipeline();
    let mut base = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let mut d = Document::new(format!("bench-{i}"), t.clone());
        prepare.run(&mut d)?;
        base.push(d);
    }
    let per_round: usize = base.iter().map(|d| d.tokens.len()).sum();
    anyhow::ensure!(per_round > 0, "the corpus has no tokens");
    let rounds = a.min_tokens.div_ceil(per_round).max(1);
    let mut docs: Vec<Document> = (0..rounds).flat_map(|_| base.iter().cloned()).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();

    let (t, cpu0) = (Instant::now(), thread_cpu_s());
    for d in &mut docs {
        stage.process(d)?;
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    let cpu = thread_cpu_s().zip(cpu0).map(|(b, a)| (b - a).max(1e-9));
    let cpu_tps = cpu.map(|c| (tokens as f64 / c).round());
    let (tps, sps) = (tokens as f64 / secs, sentences as f64 / secs);
    let rss = peak_rss_mb().unwrap_or(f64::NAN);
    if a.json {
        let v = serde_json::json!({
            "tokens": tokens,
            "sentences": sentences,
            "seconds": (secs * 1000.0).round() / 1000.0,
            "tokens_per_s": tps.round(),
            "sentences_per_s": sps.round(),
            "peak_rss_mb": (rss * 10.0).round() / 10.0,
            "load_ms": (load_ms * 10.0).round() / 10.0,
            "cpu_tokens_per_s": cpu_tps,
        });
        println!("{v}");
    } else {
        println!("{tokens} tokens, {sentences} sentences in {secs:.3} s (tag + lemma + parse, one core)");
        println!("{tps:.0} tokens/s, {sps:.0} sentences/s");
        if let Some(c) = cpu_tps {
            println!("{c:.0} tokens per CPU-second (this thread's CPU time, robust to a busy machine)");
        }
        println!("peak memory {rss:.1} MB, model load {load_ms:.1} ms");
    }
    Ok(ExitCode::SUCCESS)
}
