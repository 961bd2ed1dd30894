//! Sparse averaged perceptron over hashed features: [`Trainer`] learns, [`Model`] predicts.
//!
//! Features are 64-bit keys from [`crate::hash`]; each key holds weights only for the classes it
//! was ever updated for, so memory follows the number of (feature, class) pairs that matter, not
//! features × classes. [`Model`] is the frozen, averaged form: an open-addressing table of keys
//! pointing into one flat array of (class, weight) entries, scored without allocation.
//! This module knows nothing about words or tags.

use crate::binio::{FormatError, Reader, Writer};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[derive(Clone, Copy)]
struct Slot {
    class: u32,
    w: f32,
    total: f64,
    ts: u32,
}

/// Averaged-perceptron learner.
pub struct Trainer {
    n_classes: usize,
    weights: IdMap<Vec<Slot>>,
    /// Number of training instances seen (the averaging clock).
    step: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer { n_classes, weights: IdMap::default(), step: 0 }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current weights of `feats` into `scores` (length `n_classes`, zeroed by caller).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for f in feats {
            if let Some(slots) = self.weights.get(f) {
                for s in slots {
                    scores[s.class as usize] += s.w;
                }
            }
        }
    }

    /// Advances the averaging clock by one instance; call once per training instance.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Moves weight from `guess` to `gold` for every feature (no-op if they are equal).
    pub fn update(&mut self, feats: &[u64], gold: usize, guess: usize) {
        if gold == guess {
            return;
        }
        for &f in feats {
            let slots = self.weights.entry(f).or_default();
            for (c, d) in [(gold as u32, 1.0f32), (guess as u32, -1.0)] {
                let i = match slots.iter().position(|s| s.class == c) {
                    Some(i) => i,
                    None => {
                        slots.push(Slot { class: c, w: 0.0, total: 0.0, ts: self.step });
                        slots.len() - 1
                    }
                };
                let s = &mut slots[i];
                s.total += (self.step - s.ts) as f64 * s.w as f64;
                s.ts = self.step;
                s.w += d;
            }
        }
    }

    /// The averaged weights as a frozen model, dropping weights with |w| < `min_abs`.
    pub fn average(&self, min_abs: f32) -> Model {
        let step = self.step.max(1) as f64;
        let mut rows: Vec<(u64, Vec<(u32, f32)>)> = Vec::with_capacity(self.weights.len());
        for (&k, slots) in &self.weights {
            let row: Vec<(u32, f32)> = slots
                .iter()
                .map(|s| {
                    let tot = s.total + (self.step - s.ts) as f64 * s.w as f64;
                    (s.class, (tot / step) as f32)
                })
                .filter(|&(_, w)| w.abs() >= min_abs && w != 0.0)
                .collect();
            if !row.is_empty() {
                rows.push((k, row));
            }
        }
        rows.sort_unstable_by_key(|r| r.0);
        Model::from_rows(self.n_classes, rows)
    }
}

#[derive(Clone, Copy, Default)]
struct Bucket {
    key: u64,
    start: u32,
    len: u32,
}

/// Frozen weights: `score` adds the weights of the given features.
pub struct Model {
    n_classes: usize,
    mask: usize,
    table: Vec<Bucket>,
    classes: Vec<u16>,
    weights: Vec<f32>,
}

impl Model {
    fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u32, f32)>)>) -> Model {
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mut m = Model {
            n_classes,
            mask: cap - 1,
            table: vec![Bucket::default(); cap],
            classes: Vec::new(),
            weights: Vec::new(),
        };
        for (k, row) in rows {
            let start = m.classes.len() as u32;
            for (c, w) in row {
                m.classes.push(c as u16);
                m.weights.push(w);
            }
            let len = m.classes.len() as u32 - start;
            let mut i = k as usize & m.mask;
            while m.table[i].key != 0 {
                i = (i + 1) & m.mask;
            }
            m.table[i] = Bucket { key: k, start, len };
        }
        m
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.table.iter().filter(|b| b.key != 0).count()
    }

    /// Number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    #[inline]
    fn row(&self, key: u64) -> Option<(usize, usize)> {
        let mut i = key as usize & self.mask;
        loop {
            let b = &self.table[i];
            if b.key == key {
                return Some((b.start as usize, b.len as usize));
            }
            if b.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` into `scores` (length `n_classes`, zeroed by caller).
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for &f in feats {
            if let Some((s, n)) = self.row(f) {
                let cls = &self.classes[s..s + n];
                let ws = &self.weights[s..s + n];
                for (&c, &w) in cls.iter().zip(ws) {
                    scores[c as usize] += w;
                }
            }
        }
    }

    /// Writes the model; weights are quantised to 16 bits.
    pub fn write(&self, w: &mut Writer) {
        w.str("perceptron-1");
        w.u32(self.n_classes as u32);
        let mut b: Vec<&Bucket> = self.table.iter().filter(|b| b.key != 0).collect();
        b.sort_unstable_by_key(|b| b.key);
        let max = self.weights.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = max / 32767.0;
        let (mut keys, mut lens, mut cls, mut ws) = (vec![], vec![], vec![], vec![]);
        for b in b {
            keys.push(b.key);
            lens.push(b.len as u16);
            for j in b.start as usize..(b.start + b.len) as usize {
                cls.push(self.classes[j]);
                ws.push((self.weights[j] / scale).round() as i16);
            }
        }
        w.f32(scale);
        w.u64s(&keys);
        w.u16s(&lens);
        w.u16s(&cls);
        w.i16s(&ws);
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(r: &mut Reader) -> Result<Model, FormatError> {
        r.expect("perceptron-1")?;
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let keys = r.u64s()?;
        let lens = r.u16s()?;
        let cls = r.u16s()?;
        let ws = r.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len() || cls.len() != total || ws.len() != total {
            return Err(FormatError("perceptron sections disagree in length".into()));
        }
        if cls.iter().any(|&c| c as usize >= n_classes) || keys.contains(&0) {
            return Err(FormatError("perceptron class or key out of range".into()));
        }
        let mut rows = Vec::with_capacity(keys.len());
        let mut j = 0;
        for (k, l) in keys.into_iter().zip(lens) {
            let row = (j..j + l as usize).map(|i| (cls[i] as u32, ws[i] as f32 * scale)).collect();
            j += l as usize;
            rows.push((k, row));
        }
        Ok(Model::from_rows(n_classes, rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        let mut t = Trainer::new(3);
        let data = [(vec![11u64, 21], 0usize), (vec![12, 21], 1), (vec![13, 22], 2)];
        for _ in 0..5 {
            for (f, gold) in &data {
                let mut s = [0f32; 3];
                t.score(f, &mut s);
                let guess = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
                t.update(f, *gold, guess);
                t.tick();
            }
        }
        let m = t.average(0.0);
        let mut w = Writer::default();
        m.write(&mut w);
        let m2 = Model::read(&mut Reader::new(&w.buf)).unwrap();
        for model in [&m, &m2] {
            for (f, gold) in &data {
                let mut s = [0f32; 3];
                model.score(f, &mut s);
                let guess = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
                assert_eq!(guess, *gold);
            }
        }
    }
}
