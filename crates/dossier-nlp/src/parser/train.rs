//! Training (averaged perceptron, dynamic oracle with exploration) and evaluation (UAS/LAS).
//!
//! Per epoch the training sentences are shuffled with a seeded xorshift PRNG, so a run is
//! reproducible. At each configuration with more than one valid move, the move classifier is
//! updated when its best move has a higher cost than the best zero-cost move; from epoch
//! `explore_from` on, the parser then follows its own prediction with probability `explore`
//! (Goldberg & Nivre 2013). When the move taken makes an arc whose head is right, the labeller
//! is updated on the gold label. After each epoch the averaged, quantised model is scored on
//! dev and the best epoch (by LAS) is kept.
//!
//! What it must not do: read files, look at test data, or choose anything by anything other
//! than the dev score.

use super::features::{label_features, move_features, Tok};
use super::model::TrainTable;
use super::oracle::costs;
use super::parse::{best_label, best_valid};
use super::transition::{projectivise, State, N_MOVES, SHIFT};
use super::{ParseWord, ParserModel};
use crate::clusters::Clusters;
use crate::conllu::Sentence;
use crate::hash;
use std::collections::HashMap;
use std::time::Instant;

/// Training settings. `Default` is the configuration of the shipped model.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// log2 of the number of buckets of the move and label tables.
    pub move_bits: u32,
    pub label_bits: u32,
    /// Probability of replacing a word's tags by another pair seen with the same form.
    pub tag_noise: f64,
    /// First epoch (0-based) that follows the model's own moves, and how often it does.
    pub explore_from: usize,
    pub explore: f64,
    /// Averaged weights below this fraction of the largest are dropped from the model.
    pub prune: f32,
    /// Use the built-in word clusters as features.
    pub clusters: bool,
    /// Models trained with different seeds; the result is their weight mean.
    pub seeds: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 8,
            seed: 0x5EED_D055_1E12,
            move_bits: 21,
            label_bits: 18,
            tag_noise: 0.08,
            explore_from: 1,
            explore: 0.9,
            prune: 0.0,
            clusters: true,
            seeds: 5,
        }
    }
}

/// Attachment scores over all words (punctuation included).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub words: usize,
    pub heads: usize,
    pub labelled: usize,
}

impl Score {
    pub fn uas(&self) -> f64 {
        100.0 * self.heads as f64 / self.words.max(1) as f64
    }
    pub fn las(&self) -> f64 {
        100.0 * self.labelled as f64 / self.words.max(1) as f64
    }
}

/// Parses every sentence of `gold` with its own FORM, LEMMA, UPOS and XPOS columns and scores
/// the heads and relations against its HEAD and DEPREL columns.
pub fn evaluate(model: &ParserModel, gold: &[Sentence]) -> Score {
    let mut score = Score::default();
    let mut words = Vec::new();
    let mut arcs = Vec::new();
    for s in gold {
        words.clear();
        words.extend(s.words().map(ParseWord::from));
        model.parse(&words, &mut arcs);
        for (w, a) in s.words().zip(&arcs) {
            score.words += 1;
            if w.head() == Some(a.head) {
                score.heads += 1;
                if w.deprel() == a.deprel {
                    score.labelled += 1;
                }
            }
        }
    }
    score
}

/// xorshift64* — small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A training sentence: words, projectivised gold heads (index 0 unused) and label ids.
struct Example<'a> {
    words: Vec<ParseWord<'a>>,
    heads: Vec<u32>,
    labels: Vec<u8>,
}

/// Converts a sentence; `None` when its heads do not form a tree over its words.
fn example<'a>(s: &'a Sentence, label_ids: &HashMap<&str, u8>) -> Option<Example<'a>> {
    let words: Vec<ParseWord<'a>> = s.words().map(ParseWord::from).collect();
    let n = words.len();
    let mut heads = vec![0u32];
    let mut labels = vec![0u8];
    for w in s.words() {
        let h = w.head()?;
        if h as usize > n {
            return None;
        }
        heads.push(h);
        labels.push(*label_ids.get(w.deprel())?);
    }
    // Every word must reach the root without a cycle.
    for d in 1..=n {
        let mut k = d;
        let mut steps = 0;
        while k != 0 {
            k = heads[k] as usize;
            steps += 1;
            if steps > n {
                return None;
            }
        }
    }
    if n == 0 {
        return None;
    }
    projectivise(&mut heads);
    Some(Example { words, heads, labels })
}

/// Trains `cfg.seeds` parsers on `train` with different seeds (each choosing its epoch by LAS
/// on `dev`) and returns the mean of their weights; `log` gets one line per epoch.
pub fn train(train: &[Sentence], dev: &[Sentence], cfg: &TrainConfig, log: &mut dyn FnMut(String)) -> ParserModel {
    let mut models: Vec<ParserModel> = (0..cfg.seeds.max(1) as u64)
        .map(|k| {
            let cfg = TrainConfig {
                seed: hash::nth_seed(cfg.seed, k),
                ..cfg.clone()
            };
            train_one(train, dev, &cfg, log)
        })
        .collect();
    let mean = match ParserModel::mean(&models) {
        Some(m) if models.len() > 1 => m,
        // One model (or, impossibly, models of different shapes): the first as trained.
        _ => return models.swap_remove(0),
    };
    let s = evaluate(&mean, dev);
    log(format!(
        "mean of {} models: dev UAS {:.2} LAS {:.2}",
        models.len(),
        s.uas(),
        s.las()
    ));
    mean
}

/// Trains one parser, choosing the epoch by LAS on `dev`.
fn train_one(train: &[Sentence], dev: &[Sentence], cfg: &TrainConfig, log: &mut dyn FnMut(String)) -> ParserModel {
    let start = Instant::now();
    // Labels, most frequent first (ties by name), at most 255.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in train {
        for w in s.words() {
            *counts.entry(w.deprel()).or_default() += 1;
        }
    }
    let mut labels: Vec<(&str, usize)> = counts.into_iter().collect();
    labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    labels.truncate(255);
    if !labels.iter().any(|l| l.0 == "root") {
        labels.push(("root", 0));
    }
    let label_names: Vec<String> = labels.iter().map(|l| l.0.to_string()).collect();
    let label_ids: HashMap<&str, u8> = labels.iter().enumerate().map(|(i, l)| (l.0, i as u8)).collect();
    let root = label_ids.get("root").copied().unwrap_or(0) as usize;
    let examples: Vec<Example> = train.iter().filter_map(|s| example(s, &label_ids)).collect();
    // Tag pairs seen with each (lower-cased) form, for tag noise.
    let mut seen: HashMap<String, Vec<(&str, &str)>> = HashMap::new();
    for e in &examples {
        for w in &e.words {
            let v = seen.entry(w.form.to_lowercase()).or_default();
            if !v.contains(&(w.upos, w.xpos)) {
                v.push((w.upos, w.xpos));
            }
        }
    }
    log(format!(
        "parser: {} training sentences ({} skipped), {} labels, {} dev sentences",
        examples.len(),
        train.len() - examples.len(),
        label_names.len(),
        dev.len()
    ));

    let n_labels = label_names.len();
    let mut moves = TrainTable::new(cfg.move_bits, N_MOVES + 1);
    let mut labeller = TrainTable::new(cfg.label_bits, n_labels);
    let (mut move_steps, mut label_steps) = (1.0f32, 1.0f32);
    let mut rng = Rng(cfg.seed | 1);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::default();
    let mut toks: Vec<Tok> = Vec::new();
    let clusters = Clusters::built_in_if(cfg.clusters);
    let mut lower = String::new();
    let mut keys = Vec::new();
    let mut mscores = vec![0f32; N_MOVES + 1];
    let mut lscores = vec![0f32; n_labels];
    let mut best: Option<(f64, ParserModel)> = None;

    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let (mut n_moves, mut move_err, mut n_arcs, mut label_err) = (0usize, 0usize, 0usize, 0usize);
        for &ix in &order {
            let ex = &examples[ix];
            toks.clear();
            toks.push(Tok::ROOT);
            for w in &ex.words {
                let (mut u, mut x) = (w.upos, w.xpos);
                if cfg.tag_noise > 0.0 && rng.unit() < cfg.tag_noise {
                    if let Some(alts) = seen.get(&w.form.to_lowercase()) {
                        (u, x) = alts[rng.below(alts.len())];
                    }
                }
                toks.push(Tok::new(w.form, w.lemma, x, u, clusters.of(w.form, &mut lower)));
            }
            state.reset(ex.words.len());
            while !state.is_terminal() {
                let valid = state.valid();
                let c = costs(&state, &ex.heads);
                let min = c.iter().copied().min().unwrap_or(0);
                let zero: [bool; N_MOVES] = std::array::from_fn(|m| valid[m] && c[m] == min);
                let n_valid = valid.iter().filter(|&&v| v).count();
                let mv = if n_valid <= 1 {
                    valid.iter().position(|&v| v).unwrap_or(SHIFT)
                } else {
                    move_features(&toks, &state, &mut keys);
                    moves.score(&keys, &mut mscores);
                    let pred = best_valid(&mscores[..N_MOVES], &valid).unwrap_or(SHIFT);
                    let gold = best_valid(&mscores[..N_MOVES], &zero).unwrap_or(pred);
                    n_moves += 1;
                    if c[pred] > min {
                        move_err += 1;
                        moves.update(&keys, gold, 1.0, move_steps);
                        moves.update(&keys, pred, -1.0, move_steps);
                    }
                    move_steps += 1.0;
                    if epoch >= cfg.explore_from && rng.unit() < cfg.explore {
                        pred
                    } else {
                        gold
                    }
                };
                let mut label = 0u8;
                if let Some((h, d)) = state.arc_of(mv) {
                    let gold_label = ex.labels[d as usize] as usize;
                    if h == 0 {
                        label = root as u8;
                    } else {
                        label_features(&toks, &state, h, d, &mut keys);
                        labeller.score(&keys, &mut lscores);
                        let pred = best_label(&lscores, h, root);
                        label = pred as u8;
                        if ex.heads[d as usize] == h {
                            n_arcs += 1;
                            if pred != gold_label {
                                label_err += 1;
                                labeller.update(&keys, gold_label, 1.0, label_steps);
                                labeller.update(&keys, pred, -1.0, label_steps);
                            }
                            if epoch < cfg.explore_from {
                                label = gold_label as u8;
                            }
                        }
                        label_steps += 1.0;
                    }
                }
                state.apply(mv, label);
            }
        }
        let model = ParserModel::new(
            &label_names,
            clusters,
            moves.averaged(move_steps, cfg.prune),
            labeller.averaged(label_steps, cfg.prune),
        );
        let s = evaluate(&model, dev);
        log(format!(
            "epoch {:>2}: move errors {:.2}%, label errors {:.2}%; dev UAS {:.2} LAS {:.2}; {:.0}s",
            epoch + 1,
            100.0 * move_err as f64 / n_moves.max(1) as f64,
            100.0 * label_err as f64 / n_arcs.max(1) as f64,
            s.uas(),
            s.las(),
            start.elapsed().as_secs_f64()
        ));
        let key = if dev.is_empty() { epoch as f64 } else { s.las() };
        if best.as_ref().is_none_or(|(b, _)| key > *b) {
            best = Some((key, model));
        }
    }
    match best {
        Some((_, m)) => m,
        None => ParserModel::new(
            &label_names,
            clusters,
            moves.averaged(move_steps, cfg.prune),
            labeller.averaged(label_steps, cfg.prune),
        ),
    }
}
