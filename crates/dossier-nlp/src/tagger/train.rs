//! Training the tagger (and its lemmatiser and FEATS table) from CoNLL-U, reproducibly.
//!
//! Sentences are visited in an order shuffled by a seeded generator, so the same data and
//! config give the same model byte for byte. After each pass the averaged weights are scored on
//! the dev set and the best pass is kept: dev is used for model selection only.
//!
//! What it must not do: read files (callers pass sentences) or look at a test set.

use super::features::Context;
use super::{argmax, Feats, Scratch, Tagger};
use crate::conllu::{self, Sentence};
use crate::hash::{self, feat1};
use crate::lemma::Lemmatiser;
use crate::perceptron::{IdMap, Trainer};
use std::collections::HashMap;

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub iters: usize,
    /// Seed of the sentence order.
    pub seed: u64,
    /// A form is tagged from the dictionary if seen this often …
    pub dict_min_count: u32,
    /// … with its most frequent class at least this share of the time.
    pub dict_min_share: f64,
    /// Averaged weights smaller than this are dropped from the shipped model.
    pub prune: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { iters: 12, seed: 1, dict_min_count: 20, dict_min_share: 0.995, prune: 0.0 }
    }
}

/// Tagging accuracy (percentages).
#[derive(Clone, Copy, Debug, Default)]
pub struct Accuracy {
    pub upos: f64,
    pub xpos: f64,
    pub both: f64,
    pub words: usize,
}

/// SplitMix64: a small seeded generator for the shuffle.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn pair(w: &conllu::Line) -> (String, String) {
    (w.upos().to_string(), w.xpos().to_string())
}

/// Trains a tagger on `train`, choosing the pass by accuracy on `dev`. `log` gets one line per
/// pass.
pub fn train(train: &[Sentence], dev: &[Sentence], cfg: &TrainConfig, log: &mut dyn FnMut(String)) -> Tagger {
    // Classes: (UPOS, XPOS) pairs, most frequent first (ties by name) so ids are stable.
    let mut counts: HashMap<(String, String), u32> = HashMap::new();
    for w in train.iter().flat_map(|s| s.words()) {
        *counts.entry(pair(w)).or_default() += 1;
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let class_id: HashMap<(String, String), u16> =
        pairs.iter().enumerate().map(|(i, (p, _))| (p.clone(), i as u16)).collect();
    let class_of = |w: &conllu::Line| class_id.get(&pair(w)).copied().unwrap_or(0);
    let n = pairs.len();

    // Per-form class counts: exact forms for the dictionary, lower-cased for ambiguity classes.
    let mut exact: HashMap<&str, HashMap<u16, u32>> = HashMap::new();
    let mut lower: HashMap<String, HashMap<u16, u32>> = HashMap::new();
    for w in train.iter().flat_map(|s| s.words()) {
        let c = class_of(w);
        *exact.entry(w.form()).or_default().entry(c).or_default() += 1;
        *lower.entry(w.form().to_lowercase()).or_default().entry(c).or_default() += 1;
    }
    let mut tagdict = IdMap::default();
    for (form, m) in &exact {
        let total: u32 = m.values().sum();
        let (&c, &top) = m.iter().max_by_key(|x| (*x.1, u16::MAX - *x.0)).unwrap_or((&0, &0));
        if total >= cfg.dict_min_count && top as f64 >= cfg.dict_min_share * total as f64 {
            tagdict.insert(hash::str(form), c);
        }
    }
    // Words seen once are left out, so the model learns what unknown words look like.
    let mut amb = IdMap::default();
    for (form, m) in &lower {
        let total: u32 = m.values().sum();
        if total < 2 {
            continue;
        }
        let mut set: Vec<u16> = m.iter().filter(|x| *x.1 as f64 >= 0.05 * total as f64).map(|x| *x.0).collect();
        set.sort_unstable();
        let h = set.iter().fold(hash::str("amb"), |h, &c| hash::mix(h, c as u64 + 1));
        amb.insert(hash::str(form), feat1(98, hash::finish(h)));
    }

    let mut tagger = Tagger {
        upos: pairs.iter().map(|p| p.0 .0.as_str().into()).collect(),
        xpos: pairs.iter().map(|p| p.0 .1.as_str().into()).collect(),
        amb,
        tagdict,
        model: Trainer::new(n).average(0.0),
        lemmatiser: Lemmatiser::train(train),
        feats: Feats::train(train, n, class_of),
    };

    let gold: Vec<Vec<u16>> = train.iter().map(|s| s.words().map(class_of).collect()).collect();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut trainer = Trainer::new(n);
    let (mut ctx, mut keys, mut scores) = (Context::default(), Vec::new(), vec![0f32; n]);
    let mut best: Option<(f64, usize, crate::perceptron::Model)> = None;
    for it in 0..cfg.iters {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            ctx.fill(train[si].words().map(|w| w.form()), &tagger.amb);
            let (mut p1, mut p2) = (u32::MAX, u32::MAX - 1);
            for (i, &g) in gold[si].iter().enumerate() {
                let guess = match tagger.tagdict.get(&ctx.word(i).form) {
                    Some(&c) => c,
                    None => {
                        ctx.features(i, p1, p2, &mut keys);
                        scores.iter_mut().for_each(|x| *x = 0.0);
                        trainer.score(&keys, &mut scores);
                        let guess = argmax(&scores) as u16;
                        trainer.update(&keys, g as usize, guess as usize);
                        trainer.tick();
                        guess
                    }
                };
                right += (guess == g) as usize;
                total += 1;
                p2 = p1;
                p1 = guess as u32;
            }
        }
        tagger.model = trainer.average(cfg.prune);
        let acc = accuracy(&tagger, dev);
        log(format!(
            "pass {}: train {:.2}%  dev UPOS {:.2}%  XPOS {:.2}%  both {:.2}%  ({} weights)",
            it + 1,
            100.0 * right as f64 / total.max(1) as f64,
            acc.upos,
            acc.xpos,
            acc.both,
            tagger.model.n_weights()
        ));
        if best.as_ref().is_none_or(|b| acc.both > b.0) {
            let m = std::mem::replace(&mut tagger.model, Trainer::new(n).average(0.0));
            best = Some((acc.both, it + 1, m));
        }
    }
    if let Some((score, it, m)) = best {
        log(format!("kept pass {it} (dev both {score:.2}%)"));
        tagger.model = m;
    }
    tagger
}

/// UPOS / XPOS / joint accuracy of `tagger` on `gold` (gold tokenisation).
pub fn accuracy(tagger: &Tagger, gold: &[Sentence]) -> Accuracy {
    let (mut s, mut out) = (Scratch::default(), Vec::new());
    let (mut u, mut x, mut b, mut n) = (0usize, 0usize, 0usize, 0usize);
    for sent in gold {
        tagger.tag_with(&mut s, sent.words().map(|w| w.form()), &mut out);
        for (w, &c) in sent.words().zip(&out) {
            let (ok_u, ok_x) = (tagger.upos(c) == w.upos(), tagger.xpos(c) == w.xpos());
            u += ok_u as usize;
            x += ok_x as usize;
            b += (ok_u && ok_x) as usize;
            n += 1;
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    Accuracy { upos: pct(u), xpos: pct(x), both: pct(b), words: n }
}

/// Predicted tags for the training set itself, k-fold: each fold is tagged by a model trained
/// on the other folds (for training a parser on realistic tags). Returns copies of `sents` with
/// UPOS, XPOS, FEATS and LEMMA replaced.
pub fn jackknife(sents: &[Sentence], dev: &[Sentence], folds: usize, cfg: &TrainConfig) -> Vec<Sentence> {
    let folds = folds.max(2);
    let mut out = sents.to_vec();
    for k in 0..folds {
        let rest: Vec<Sentence> = sents.iter().enumerate().filter(|(i, _)| i % folds != k).map(|x| x.1.clone()).collect();
        let tagger = train(&rest, dev, cfg, &mut |_| {});
        let mut part: Vec<Sentence> = sents.iter().enumerate().filter(|(i, _)| i % folds == k).map(|x| x.1.clone()).collect();
        tagger.retag(&mut part);
        for (j, s) in part.into_iter().enumerate() {
            out[j * folds + k] = s;
        }
    }
    out
}
