//! Weights of the parser and their serialisation.
//!
//! A [`Table`] is a hashed weight matrix: a feature key picks one bucket, and the bucket is one
//! contiguous row holding the weights of all classes (3 moves, or all labels), so scoring a
//! feature touches one cache line. Shipped weights are `i8` (averaged perceptron weights times
//! one scale per table); scores are summed in `i32`. [`TrainTable`] is the `f32`
//! training form with the accumulators for averaging.
//!
//! Byte format (little-endian; the caller zstd-compresses it): magic `DSPARSE4`, the
//! checksum of the word clusters the model was trained with (u64, 0 for none), the label
//! count and labels (length byte + UTF-8), then per table `bits`, `width`, `scale` (f32), the
//! number of non-zero rows, and each such row as a varint gap from the previous row followed by
//! `width` i8 weights.
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

/// Largest weight magnitude after quantisation: weights are `i8`.
const QMAX: f32 = 127.0;

/// Shipped weights: `(1 << bits)` rows of `width` `i8` weights (averaged perceptron weights
/// times `scale`). Rows are laid out `stride` bytes apart from a 64-byte boundary, so a row of up
/// to 64 weights lies in one cache line (eight bits per weight lost nothing against sixteen on
/// EWT dev, and halve the cache lines a label row touches).
#[derive(Debug)]
pub struct Table {
    pub bits: u32,
    pub width: usize,
    pub scale: f32,
    stride: usize,
    /// Backing store; row `r` starts at `base + r * stride`.
    buf: Vec<i8>,
    base: usize,
}

impl Table {
    /// A table of zeros.
    pub fn zeros(bits: u32, width: usize, scale: f32) -> Table {
        let stride = if width <= 64 {
            width.next_power_of_two()
        } else {
            width.div_ceil(64) * 64
        };
        let buf = vec![0i8; (stride << bits) + 63];
        let base = buf.as_ptr().align_offset(64).min(63);
        Table {
            bits,
            width,
            scale,
            stride,
            buf,
            base,
        }
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        1 << self.bits
    }

    /// The weights of row `r` (`r < rows()`).
    #[inline]
    pub fn row(&self, r: usize) -> &[i8] {
        let at = self.base + r * self.stride;
        &self.buf[at..at + self.width]
    }

    /// The weights of row `r`, writable.
    pub fn row_mut(&mut self, r: usize) -> &mut [i8] {
        let at = self.base + r * self.stride;
        &mut self.buf[at..at + self.width]
    }

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
                *o = self.base + bucket(k, self.bits) * self.stride;
                for line in (0..width).step_by(64) {
                    prefetch(&self.buf, *o + line);
                }
            }
            for &b in &offs[..chunk.len()] {
                if let Some(row) = self.buf.get(b..b + width) {
                    for (o, &x) in out.iter_mut().zip(row) {
                        *o += x as i32;
                    }
                }
            }
        }
    }

    /// Quantises real weights (`weight(r * width + c)` for row `r`, class `c`) at the scale that
    /// maps the largest magnitude to the largest `i8`; weights smaller than `prune` times the
    /// largest become 0.
    fn quantise(bits: u32, width: usize, prune: f32, weight: impl Fn(usize) -> f32) -> Table {
        let n = width << bits;
        let max = (0..n).map(|i| weight(i).abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { QMAX / max } else { 1.0 };
        let cut = prune * max;
        let mut t = Table::zeros(bits, width, scale);
        for r in 0..t.rows() {
            for (c, x) in t.row_mut(r).iter_mut().enumerate() {
                let a = weight(r * width + c);
                if a.abs() >= cut {
                    *x = (a * scale).round().clamp(-QMAX, QMAX) as i8;
                }
            }
        }
        t
    }

    /// The element-wise mean of tables of one shape (each weight taken at its own table's
    /// scale), requantised; `None` if the shapes differ or there are no tables.
    pub fn mean(tables: &[&Table]) -> Option<Table> {
        let first = tables.first()?;
        if tables.iter().any(|t| t.bits != first.bits || t.width != first.width) {
            return None;
        }
        let (n, width) = (tables.len() as f32, first.width);
        let at = |i: usize| {
            tables
                .iter()
                .map(|t| t.row(i / width)[i % width] as f32 / t.scale)
                .sum::<f32>()
                / n
        };
        Some(Table::quantise(first.bits, width, 0.0, at))
    }

    /// Rows with at least one non-zero weight.
    pub fn nonzero_rows(&self) -> usize {
        (0..self.rows())
            .filter(|&r| self.row(r).iter().any(|&x| x != 0))
            .count()
    }
}

impl Clone for Table {
    fn clone(&self) -> Table {
        let mut t = Table::zeros(self.bits, self.width, self.scale);
        for r in 0..self.rows() {
            t.row_mut(r).copy_from_slice(self.row(r));
        }
        t
    }
}

impl PartialEq for Table {
    fn eq(&self, o: &Table) -> bool {
        self.bits == o.bits
            && self.width == o.width
            && self.scale == o.scale
            && (0..self.rows()).all(|r| self.row(r) == o.row(r))
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

    /// The averaged weights after `steps` steps, quantised to `i8`; averaged weights whose
    /// magnitude is below `prune` (relative to the largest) become 0.
    pub fn averaged(&self, steps: f32, prune: f32) -> Table {
        let steps = steps.max(1.0);
        Table::quantise(self.bits, self.width, prune, |i| self.w[i] - self.u[i] / steps)
    }
}

const MAGIC: &[u8; 8] = b"DSPARSE4";
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
        for r in 0..t.rows() {
            let row = t.row(r);
            if row.iter().all(|&x| x == 0) {
                continue;
            }
            put_varint(&mut out, (r - prev) as u64);
            prev = r;
            out.extend(row.iter().map(|&x| x as u8));
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
        let mut t = Table::zeros(bits, width, scale);
        let mut row = 0usize;
        for _ in 0..nz {
            row += r.varint()? as usize;
            if row >= rows {
                return Err(ModelError::Format("row index out of range".into()));
            }
            let src = r.take(width)?;
            for (dst, &x) in t.row_mut(row).iter_mut().zip(src) {
                *dst = x as i8;
            }
        }
        tables.push(t);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_cache_line_aligned_and_survive_write_and_read() {
        let mut t = Table::zeros(6, 51, 2.0);
        assert_eq!(t.stride, 64);
        for r in 0..t.rows() {
            let p = t.row(r).as_ptr() as usize;
            assert_eq!(p % 64, 0, "row {r} starts mid-line");
        }
        t.row_mut(5)[50] = -127;
        t.row_mut(63)[0] = 3;
        let small = Table::quantise(4, 3, 0.0, |i| i as f32 - 20.0);
        assert_eq!(small.stride, 4);
        assert_eq!(small.row(0), &[-94, -89, -85], "−20, −19, −18 at 127 / 27");
        let bytes = write(&["a"], 7, &[&t, &small]);
        let (labels, clusters, tables) = read(&bytes, 2).expect("reads");
        assert_eq!((labels, clusters), (vec!["a".to_string()], 7));
        assert_eq!(tables[0], t);
        assert_eq!(tables[1], small);
        assert_eq!(tables[0].clone(), t);
        let mut scores = [0i32; 51];
        t.score(&[], &mut scores);
        assert!(scores.iter().all(|&s| s == 0));
        assert!(read(&bytes[..bytes.len() - 1], 2).is_err());
    }

    #[test]
    fn quantising_prunes_small_weights_and_keeps_the_largest() {
        let t = Table::quantise(1, 2, 0.05, |i| [10.0, -0.4, 0.6, -5.0][i]); // cut at 0.5
        assert_eq!(t.row(0), &[127, 0]);
        assert_eq!(t.row(1), &[8, -64]);
        let m = Table::mean(&[&t, &t]).expect("same shape");
        assert_eq!(m, t);
        assert!(Table::mean(&[&t, &Table::zeros(2, 2, 1.0)]).is_none());
    }
}
