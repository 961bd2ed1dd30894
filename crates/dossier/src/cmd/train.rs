//! `dossier train tagger|parser`: train a model on CoNLL-U files and write it zstd-compressed.
//!
//! Reproducible: a fixed seed and fixed data give the same bytes. The dev file is used only to
//! choose the best pass; no test file is ever read here.

use anyhow::Context;
use dossier_nlp::{binio, conllu, parser, tagger};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Train the tagger (UPOS+XPOS), lemmatiser and FEATS table.
    Tagger(TaggerArgs),
    /// Train the dependency parser.
    Parser(ParserArgs),
}

/// The treebanks every training reads.
#[derive(clap::Args, Debug)]
pub struct Treebanks {
    /// Training treebank (CoNLL-U).
    #[arg(long)]
    train: PathBuf,
    /// Development treebank, only for choosing the best pass or epoch (never the test set).
    #[arg(long)]
    dev: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct TaggerArgs {
    #[command(flatten)]
    data: Treebanks,
    /// Where to write the model (zstd-compressed), e.g. data/models/tagger.bin.zst.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().iters)]
    iters: usize,
    /// Seed of the training order.
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().seed)]
    seed: u64,
    /// Folds for the second pass's training tags (below 2: one pass only).
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().stack_folds)]
    stack_folds: usize,
}

#[derive(clap::Args, Debug)]
pub struct ParserArgs {
    #[command(flatten)]
    data: Treebanks,
    /// Where to write the model (zstd-compressed), e.g. data/models/parser.bin.zst.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = parser::TrainConfig::default().epochs)]
    epochs: usize,
    /// Seed of the training order and exploration.
    #[arg(long, default_value_t = parser::TrainConfig::default().seed)]
    seed: u64,
    /// Choose the epoch on dev with tags from this tagger model instead of gold tags
    /// (`embedded` for the tagger built into the binary).
    #[arg(long)]
    dev_tagger: Option<String>,
    /// Train on predicted tags: retag the training set K-fold with taggers trained (default
    /// tagger settings) on the other folds (jackknifing).
    #[arg(long, value_name = "K")]
    jackknife: Option<usize>,
    /// With --jackknife: train on the retagged sentences followed by the gold-tagged ones.
    #[arg(long, requires = "jackknife")]
    with_gold: bool,
}

fn read(path: &PathBuf) -> anyhow::Result<Vec<conllu::Sentence>> {
    conllu::parse_file(path).with_context(|| format!("reading {}", path.display()))
}

fn write(out: &PathBuf, raw: &[u8]) -> anyhow::Result<usize> {
    let z = binio::compress(raw);
    std::fs::write(out, &z).with_context(|| format!("writing {}", out.display()))?;
    Ok(z.len())
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let mut log = |l: String| eprintln!("[{:>6.1}s] {l}", t0.elapsed().as_secs_f64());
    match c {
        Command::Tagger(a) => {
            let (train, dev) = (read(&a.data.train)?, read(&a.data.dev)?);
            let cfg = tagger::train::TrainConfig {
                iters: a.iters,
                seed: a.seed,
                stack_folds: a.stack_folds,
                ..Default::default()
            };
            log(format!("training tagger on {} sentences, {cfg:?}", train.len()));
            let t = tagger::train::train(&train, &dev, &cfg, &mut log);
            let n = write(&a.out, &t.to_bytes())?;
            log(format!("wrote {} ({n} bytes): {}", a.out.display(), t.describe()));
        }
        Command::Parser(a) => {
            let (mut train, mut dev) = (read(&a.data.train)?, read(&a.data.dev)?);
            if let Some(k) = a.jackknife {
                let gold_dev = dev.clone();
                let cfg = tagger::train::TrainConfig::default();
                let mut jk = tagger::train::jackknife(&train, &gold_dev, k, &cfg);
                log(format!("training set retagged {k}-fold"));
                if a.with_gold {
                    jk.append(&mut train);
                }
                train = jk;
            }
            if let Some(m) = &a.dev_tagger {
                let t = if m == "embedded" {
                    dossier_nlp::models::tagger().context("loading the embedded tagger")?
                } else {
                    let bytes = std::fs::read(m).with_context(|| format!("reading {m}"))?;
                    &*Box::leak(Box::new(tagger::Tagger::from_compressed(&bytes)?))
                };
                t.retag(&mut dev);
            }
            let cfg = parser::TrainConfig {
                epochs: a.epochs,
                seed: a.seed,
                ..Default::default()
            };
            log(format!("training parser on {} sentences, {cfg:?}", train.len()));
            let p = parser::train(&train, &dev, &cfg, &mut log);
            let n = write(&a.out, &p.to_bytes())?;
            log(format!("wrote {} ({n} bytes)", a.out.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
