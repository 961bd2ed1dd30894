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
        Trainer {
            n_classes,
            weights: IdMap::default(),
            step: 0,
        }
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
                        slots.push(Slot {
                            class: c,
                            w: 0.0,
                            total: 0.0,
                            ts: self.step,
                        });
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
        Model::from_rows(self.n_classes, self.averaged_rows(min_abs))
    }

    /// The averaged weights, unquantised: one row of (class, weight) per feature key.
    pub fn averaged_rows(&self, min_abs: f32) -> Rows {
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
        rows
    }
}

/// Averaged weights before quantisation: (feature key, [(class, weight)]).
pub type Rows = Vec<(u64, Vec<(u32, f32)>)>;

/// The element-wise mean of several models' rows (a feature or class missing from a model
/// counts as weight 0 there), as a frozen model.
pub fn mean_model(n_classes: usize, all: &[Rows]) -> Model {
    let k = all.len().max(1) as f32;
    let mut sum: IdMap<Vec<(u32, f32)>> = IdMap::default();
    for rows in all {
        for (key, row) in rows {
            let acc = sum.entry(*key).or_default();
            for &(c, w) in row {
                match acc.iter_mut().find(|x| x.0 == c) {
                    Some(x) => x.1 += w,
                    None => acc.push((c, w)),
                }
            }
        }
    }
    let rows: Rows = sum
        .into_iter()
        .map(|(key, mut row)| {
            row.iter_mut().for_each(|x| x.1 /= k);
            row.sort_unstable_by_key(|x| x.0);
            (key, row)
        })
        .collect();
    Model::from_rows(n_classes, rows)
}

/// Frozen weights: `score` adds the weights of the given features.
///
/// Layout, for few cache misses per feature: `table` is open addressing over `u64` buckets
/// (high 32 bits: a fingerprint of the key, never 0; low 32 bits: row start (24 bits) and row
/// length (8 bits)); a row is a run of `u32` entries in `entries`, each a class (high 16 bits)
/// and an `i16` weight times `scale` (low 16 bits).
pub struct Model {
    n_classes: usize,
    mask: usize,
    scale: f32,
    table: Vec<u64>,
    entries: Vec<u32>,
}

/// Most features a single `score` call looks up at once (more are scored in chunks).
const CHUNK: usize = 64;

/// Hints the CPU to load the cache line holding `v[i]` (no-op elsewhere than x86-64, or when
/// `i` is out of range). Shared with the parser's weight tables.
#[inline(always)]
pub(crate) fn prefetch<T>(v: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = v.get(i) {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: prefetching is a hint and never faults; the pointer comes from a live slice.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (v, i);
}

#[inline]
fn fingerprint(key: u64) -> u64 {
    ((key >> 32) | 1) << 32
}

impl Model {
    pub(crate) fn from_rows(n_classes: usize, rows: Rows) -> Model {
        let max = rows
            .iter()
            .flat_map(|r| &r.1)
            .fold(0f32, |m, x| m.max(x.1.abs()))
            .max(1e-9);
        let scale = max / 32767.0;
        let mut q: Vec<(u64, Vec<(u32, i16)>)> = rows
            .into_iter()
            .map(|(k, r)| {
                let r: Vec<(u32, i16)> = r
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round() as i16))
                    .filter(|x| x.1 != 0)
                    .collect();
                (k, r)
            })
            .filter(|r| !r.1.is_empty())
            .collect();
        q.sort_unstable_by_key(|r| r.0);
        Model::from_quantised(n_classes, scale, q)
    }

    fn from_quantised(n_classes: usize, scale: f32, rows: Vec<(u64, Vec<(u32, i16)>)>) -> Model {
        let cap = (rows.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut m = Model {
            n_classes,
            mask: cap - 1,
            scale,
            table: vec![0; cap],
            entries: Vec::new(),
        };
        for (k, row) in rows {
            let start = m.entries.len() as u64;
            for (c, w) in row.into_iter().take(255) {
                m.entries.push((c << 16) | (w as u16 as u32));
            }
            let len = m.entries.len() as u64 - start;
            let mut i = k as usize & m.mask;
            while m.table[i] != 0 {
                i = (i + 1) & m.mask;
            }
            m.table[i] = fingerprint(k) | (start << 8) | len;
        }
        m
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.table.iter().filter(|&&b| b != 0).count()
    }

    /// Number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.entries.len()
    }

    /// The factor that turns the integer scores of [`Model::score`] into weights.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    #[inline]
    fn row(&self, key: u64) -> u64 {
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let b = self.table[i];
            if b & 0xFFFF_FFFF_0000_0000 == fp {
                return b & 0xFFFF_FFFF;
            }
            if b == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the (integer) weights of `feats` into `scores` (length `n_classes`, zeroed by the
    /// caller). Looks all rows up first, so the cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut rows = [0u64; CHUNK];
        for chunk in feats.chunks(CHUNK) {
            // Three passes so that the cache misses overlap: touch every key's home bucket,
            // then resolve the buckets (prefetching each row's entries), then add the entries.
            for &f in chunk {
                prefetch(&self.table, f as usize & self.mask);
            }
            for (r, &f) in rows.iter_mut().zip(chunk) {
                *r = self.row(f);
                prefetch(&self.entries, (*r >> 8) as usize);
            }
            for &r in &rows[..chunk.len()] {
                let (start, len) = ((r >> 8) as usize, (r & 0xFF) as usize);
                if let Some(es) = self.entries.get(start..start + len) {
                    for &e in es {
                        if let Some(s) = scores.get_mut((e >> 16) as usize) {
                            *s += e as u16 as i16 as i32;
                        }
                    }
                }
            }
        }
    }

    /// Writes the model (weights as stored: 16-bit).
    pub fn write(&self, w: &mut Writer) {
        w.str("perceptron-2");
        w.u32(self.n_classes as u32);
        let mut rows: Vec<(u64, u64)> = Vec::new();
        // Keys are not stored in the table, only fingerprints: write buckets in table order with
        // their slot, so reading rebuilds the same table.
        for (i, &b) in self.table.iter().enumerate() {
            if b != 0 {
                rows.push((i as u64, b));
            }
        }
        w.f32(self.scale);
        w.u32(self.table.len() as u32);
        w.u64s(&rows.iter().map(|r| r.0).collect::<Vec<_>>());
        w.u64s(&rows.iter().map(|r| r.1).collect::<Vec<_>>());
        w.u32s(&self.entries);
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(r: &mut Reader) -> Result<Model, FormatError> {
        r.expect("perceptron-2")?;
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let cap = r.u32()? as usize;
        let slots = r.u64s()?;
        let buckets = r.u64s()?;
        let entries = r.u32s()?;
        if !cap.is_power_of_two() || slots.len() != buckets.len() {
            return Err(FormatError("perceptron table malformed".into()));
        }
        let mut table = vec![0u64; cap];
        for (&i, &b) in slots.iter().zip(&buckets) {
            let (start, len) = ((b & 0xFFFF_FFFF) >> 8, b & 0xFF);
            if i as usize >= cap || b >> 32 == 0 || (start + len) as usize > entries.len() {
                return Err(FormatError("perceptron bucket out of range".into()));
            }
            table[i as usize] = b;
        }
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes) {
            return Err(FormatError("perceptron class out of range".into()));
        }
        Ok(Model {
            n_classes,
            mask: cap - 1,
            scale,
            table,
            entries,
        })
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
                let mut s = [0i32; 3];
                model.score(f, &mut s);
                let guess = (0..3).max_by_key(|&a| s[a]).unwrap();
                assert_eq!(guess, *gold);
            }
        }
    }
}
