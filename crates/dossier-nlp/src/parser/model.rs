//! Weights of the parser and their serialisation.
//!
//! A [`Table`] is a hashed weight matrix: a feature key picks one bucket, and the bucket is one
//! contiguous row holding the weights of all classes (3 moves, or all labels), so scoring a
//! feature touches one or two cache lines. Shipped weights are `i16` (averaged perceptron
//! weights times one scale per table); scores are summed in `i32`. [`TrainTable`] is the `f32`
//! training form with the accumulators for averaging.
//!
//! Byte format (little-endian; the caller zstd-compresses it): magic `DSPARSE3`, the
//! checksum of the word clusters the model was trained with (u64, 0 for none), the label
//! count and labels (length byte + UTF-8), then per table `bits`, `width`, `scale` (f32), the
//! number of non-zero rows, and each such row as a varint gap from the previous row followed by
//! `width` i16 weights.
//!
//! What it must not do: panic on bad bytes (every read is checked and gives [`ModelError`]), or
//! know about features or transitions.

use super::ModelError;
use crate::perceptron::prefetch;

/// Mixes a feature key into a bucket number of `bits` bits.
#[inline(always)]
pub fn bucket(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - bits)) as usize
}

/// Shipped weights: `(1 << bits)` rows of `width` `i16` weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub bits: u32,
    pub width: usize,
    pub scale: f32,
    pub w: Vec<i16>,
}

impl Table {
    /// Adds the rows of `keys` into `out[..width]` (which it first zeroes). Rows are fetched in
    /// two passes, prefetching first, so that the cache misses overlap.
    #[inline]
    pub fn score(&self, keys: &[u64], out: &mut [i32]) {
        let width = self.width;
        let out = &mut out[..width];
        out.iter_mut().for_each(|x| *x = 0);
        let mut offs = [0usize; 32];
        for chunk in keys.chunks(32) {
            for (o, &k) in offs.iter_mut().zip(chunk) {
                *o = bucket(k, self.bits) * width;
                prefetch(&self.w, *o);
                prefetch(&self.w, *o + width - 1);
            }
            for &b in &offs[..chunk.len()] {
                if let Some(row) = self.w.get(b..b + width) {
                    for (o, &x) in out.iter_mut().zip(row) {
                        *o += x as i32;
                    }
                }
            }
        }
    }

    /// The element-wise mean of tables of one shape (each weight taken at its own table's
    /// scale), requantised; `None` if the shapes differ or there are no tables.
    pub fn mean(tables: &[&Table]) -> Option<Table> {
        let first = tables.first()?;
        if tables
            .iter()
            .any(|t| t.bits != first.bits || t.width != first.width || t.w.len() != first.w.len())
        {
            return None;
        }
        let n = tables.len() as f32;
        let at = |i: usize| tables.iter().map(|t| t.w[i] as f32 / t.scale).sum::<f32>() / n;
        let max = (0..first.w.len()).map(|i| at(i).abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { 32_000.0 / max } else { 1.0 };
        let w = (0..first.w.len())
            .map(|i| (at(i) * scale).round().clamp(-32_767.0, 32_767.0) as i16)
            .collect();
        Some(Table {
            bits: first.bits,
            width: first.width,
            scale,
            w,
        })
    }

    /// Rows with at least one non-zero weight.
    pub fn nonzero_rows(&self) -> usize {
        self.w
            .chunks(self.width.max(1))
            .filter(|r| r.iter().any(|&x| x != 0))
            .count()
    }
}

/// Training weights with lazy averaging: `w` the current weights, `u` the sum of
/// `step × update`; the average after `c` steps is `w − u / c`.
#[derive(Clone, Debug)]
pub struct TrainTable {
    pub bits: u32,
    pub width: usize,
    pub w: Vec<f32>,
    pub u: Vec<f32>,
}

impl TrainTable {
    pub fn new(bits: u32, width: usize) -> Self {
        let n = (1usize << bits) * width;
        TrainTable {
            bits,
            width,
            w: vec![0.0; n],
            u: vec![0.0; n],
        }
    }

    /// Current (not averaged) scores of all classes.
    #[inline]
    pub fn score(&self, keys: &[u64], out: &mut [f32]) {
        let width = self.width;
        let out = &mut out[..width];
        out.iter_mut().for_each(|x| *x = 0.0);
        for &k in keys {
            let b = bucket(k, self.bits) * width;
            for (o, &x) in out.iter_mut().zip(&self.w[b..b + width]) {
                *o += x;
            }
        }
    }

    /// Adds `delta` to class `cls` of every key's row, at step `step`.
    #[inline]
    pub fn update(&mut self, keys: &[u64], cls: usize, delta: f32, step: f32) {
        for &k in keys {
            let i = bucket(k, self.bits) * self.width + cls;
            self.w[i] += delta;
            self.u[i] += step * delta;
        }
    }

    /// The averaged weights after `steps` steps, quantised to `i16`; averaged weights whose
    /// magnitude is below `prune` (relative to the largest) become 0.
    pub fn averaged(&self, steps: f32, prune: f32) -> Table {
        let steps = steps.max(1.0);
        let avg = |i: usize| self.w[i] - self.u[i] / steps;
        let max = (0..self.w.len()).map(|i| avg(i).abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { 32_000.0 / max } else { 1.0 };
        let cut = prune * max;
        let w = (0..self.w.len())
            .map(|i| {
                let a = avg(i);
                if a.abs() < cut {
                    0
                } else {
                    (a * scale).round().clamp(-32_767.0, 32_767.0) as i16
                }
            })
            .collect();
        Table {
            bits: self.bits,
            width: self.width,
            scale,
            w,
        }
    }
}

const MAGIC: &[u8; 8] = b"DSPARSE3";
/// Largest table accepted when reading (2^24 rows).
const MAX_BITS: u32 = 24;

/// Writes labels and tables in the byte format above.
pub fn write(labels: &[&str], clusters: u64, tables: &[&Table]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&clusters.to_le_bytes());
    out.extend_from_slice(&(labels.len() as u32).to_le_bytes());
    for l in labels {
        let b = &l.as_bytes()[..l.len().min(255)];
        out.push(b.len() as u8);
        out.extend_from_slice(b);
    }
    for t in tables {
        out.extend_from_slice(&t.bits.to_le_bytes());
        out.extend_from_slice(&(t.width as u32).to_le_bytes());
        out.extend_from_slice(&t.scale.to_le_bytes());
        out.extend_from_slice(&(t.nonzero_rows() as u32).to_le_bytes());
        let mut prev = 0usize;
        for (r, row) in t.w.chunks(t.width.max(1)).enumerate() {
            if row.iter().all(|&x| x == 0) {
                continue;
            }
            put_varint(&mut out, (r - prev) as u64);
            prev = r;
            for &x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
    }
    out
}

/// Reads what [`write`] wrote: the labels, the word-cluster checksum and `n_tables` tables.
pub fn read(bytes: &[u8], n_tables: usize) -> Result<(Vec<String>, u64, Vec<Table>), ModelError> {
    let mut r = Reader { b: bytes, pos: 0 };
    if r.take(8)? != MAGIC {
        return Err(ModelError::Format("not a dossier parser model (bad magic)".into()));
    }
    let clusters = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or([0; 8]));
    let n_labels = r.u32()? as usize;
    if n_labels > 255 {
        return Err(ModelError::Format(format!("{n_labels} labels (at most 255)")));
    }
    let mut labels = Vec::with_capacity(n_labels);
    for _ in 0..n_labels {
        let len = r.take(1)?[0] as usize;
        let s = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Format("label is not UTF-8".into()))?;
        labels.push(s.to_string());
    }
    let mut tables = Vec::with_capacity(n_tables);
    for _ in 0..n_tables {
        let bits = r.u32()?;
        let width = r.u32()? as usize;
        if !(1..=MAX_BITS).contains(&bits) || width == 0 || width > 256 {
            return Err(ModelError::Format(format!("bad table shape: {bits} bits × {width}")));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap_or([0; 4]));
        let rows = 1usize << bits;
        let nz = r.u32()? as usize;
        if nz > rows {
            return Err(ModelError::Format("more non-zero rows than rows".into()));
        }
        let mut w = vec![0i16; rows * width];
        let mut row = 0usize;
        for _ in 0..nz {
            row += r.varint()? as usize;
            if row >= rows {
                return Err(ModelError::Format("row index out of range".into()));
            }
            let src = r.take(2 * width)?;
            for (dst, x) in w[row * width..(row + 1) * width].iter_mut().zip(src.chunks_exact(2)) {
                *dst = i16::from_le_bytes([x[0], x[1]]);
            }
        }
        tables.push(Table { bits, width, scale, w });
    }
    if r.pos != bytes.len() {
        return Err(ModelError::Format("trailing bytes after the model".into()));
    }
    Ok((labels, clusters, tables))
}

fn put_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| ModelError::Format("model bytes end too early".into()))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            x |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(x);
            }
        }
        Err(ModelError::Format("varint too long".into()))
    }
}
