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
    /// Train without the built-in word clusters as features (for comparison).
    #[arg(long)]
    no_clusters: bool,
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
    /// Train this many taggers (the first with SEED, the others with seeds derived from it)
    /// and ship the mean of their weights.
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().seeds as u64,
          value_parser = clap::value_parser!(u64).range(1..=16))]
    seeds: u64,
    /// Folds for the second pass's training tags (below 2: one pass only).
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().stack_folds)]
    stack_folds: usize,
    /// Drop averaged weights smaller than this from the shipped model (smaller, faster model).
    #[arg(long, default_value_t = tagger::train::TrainConfig::default().prune)]
    prune: f32,
    /// Left-to-right first pass only, without the right-to-left one (for comparison).
    #[arg(long)]
    no_backward: bool,
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
    /// tagger settings, one seed) on the other folds (jackknifing).
    #[arg(long, value_name = "K")]
    jackknife: Option<usize>,
    /// With --jackknife: train on the retagged sentences followed by the gold-tagged ones.
    #[arg(long, requires = "jackknife")]
    with_gold: bool,
    /// Train this many models (the first with SEED, the others with seeds derived from it) and ship
    /// the mean of their weights.
    #[arg(long, default_value_t = parser::TrainConfig::default().seeds as u64,
          value_parser = clap::value_parser!(u64).range(1..=16))]
    seeds: u64,
    /// Also write the training set as trained on (after --jackknife/--with-gold) to this
    /// CoNLL-U file, so later runs can start from it with --train.
    #[arg(long)]
    write_train: Option<PathBuf>,
    /// Probability of replacing a training word's tags by another pair seen with its form
    /// (default: the built-in configuration's).
    #[arg(long)]
    tag_noise: Option<f64>,
    /// log2 of the move table's rows (default: the built-in configuration's).
    #[arg(long, value_parser = clap::value_parser!(u32).range(10..=24))]
    move_bits: Option<u32>,
    /// log2 of the label table's rows (default: the built-in configuration's).
    #[arg(long, value_parser = clap::value_parser!(u32).range(10..=24))]
    label_bits: Option<u32>,
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
                clusters: !a.data.no_clusters,
                seeds: a.seeds as usize,
                prune: a.prune,
                backward: !a.no_backward,
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
                let cfg = tagger::train::TrainConfig::for_jackknife();
                let mut jk = tagger::train::jackknife(&train, &gold_dev, k, &cfg);
                log(format!("training set retagged {k}-fold"));
                if a.with_gold {
                    jk.append(&mut train);
                }
                train = jk;
            }
            if let Some(p) = &a.write_train {
                std::fs::write(p, conllu::to_string(&train)).with_context(|| format!("writing {}", p.display()))?;
                log(format!("wrote the training set to {}", p.display()));
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
            let defaults = parser::TrainConfig::default();
            let cfg = parser::TrainConfig {
                epochs: a.epochs,
                seed: a.seed,
                clusters: !a.data.no_clusters,
                move_bits: a.move_bits.unwrap_or(defaults.move_bits),
                label_bits: a.label_bits.unwrap_or(defaults.label_bits),
                seeds: a.seeds as usize,
                tag_noise: a.tag_noise.unwrap_or(defaults.tag_noise),
                ..defaults
            };
            log(format!("training parser on {} sentences, {cfg:?}", train.len()));
            let p = parser::train(&train, &dev, &cfg, &mut log);
            let n = write(&a.out, &p.to_bytes())?;
            log(format!("wrote {} ({n} bytes)", a.out.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
