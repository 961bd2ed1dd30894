//! The cluster table's two forms: the reviewable TSV shipped in `data/clusters/` and the
//! compact binary form that `build.rs` derives from it at compile time and the binary embeds
//! (sorted 64-bit word keys and packed values, so loading is a copy, not a parse).
//!
//! Shared by `build.rs` (through `#[path]`) and the library, so both read the TSV one way.
//! What it must not do: depend on anything but [`crate::hash`] and `std`.

use crate::hash;

/// Bits per cluster level in a packed value: up to 256 coarse, 4096 medium and 4096 fine.
pub const BITS: [u32; 3] = [8, 12, 12];

const MAGIC: &[u8; 8] = b"DSCLUST2";

/// A parsed table: (word key, packed value) pairs sorted by key, each word's frequency rank
/// (its line in the TSV, which lists words from the most frequent; 0 = most frequent), and the
/// TSV's checksum.
#[derive(Debug, Default)]
pub struct Entries {
    pub pairs: Vec<(u64, u64)>,
    pub ranks: Vec<u32>,
    pub checksum: u64,
}

/// Packs a word's three cluster numbers (low 32 bits) and the hash of its guessed tags (high 32).
pub fn pack(ids: [u32; 3], guess: u32) -> u64 {
    (ids[0] | ids[1] << BITS[0] | ids[2] << (BITS[0] + BITS[1])) as u64 | (guess as u64) << 32
}

/// Unpacks what [`pack`] packed.
pub fn unpack(p: u64) -> ([u32; 3], u32) {
    let mask = |b: u32| (1u32 << b) - 1;
    let low = p as u32;
    (
        [
            low & mask(BITS[0]),
            low >> BITS[0] & mask(BITS[1]),
            low >> (BITS[0] + BITS[1]) & mask(BITS[2]),
        ],
        (p >> 32) as u32,
    )
}

/// Parses `word<TAB>coarse<TAB>medium<TAB>fine[<TAB>guessed tags]` lines (most frequent word
/// first); keys are
/// [`hash::str`] of the word (already lower-cased in the file). A repeated word keeps its first line.
pub fn parse_tsv(text: &str) -> Result<Entries, String> {
    let mut pairs = Vec::with_capacity(text.len() / 20);
    for (n, line) in text.lines().enumerate() {
        let bad = |what: &str| format!("clusters line {}: {what}", n + 1);
        let mut cols = line.split('\t');
        let word = cols.next().filter(|w| !w.is_empty()).ok_or_else(|| bad("no word"))?;
        let mut ids = [0u32; 3];
        for (id, bits) in ids.iter_mut().zip(BITS) {
            let col = cols.next().ok_or_else(|| bad("too few columns"))?;
            *id = col.parse().map_err(|_| bad("not a number"))?;
            if *id >= 1 << bits {
                return Err(bad("cluster number out of range"));
            }
        }
        let guess = cols.next().map_or(0, |g| hash::str(g) as u32);
        if cols.next().is_some() {
            return Err(bad("too many columns"));
        }
        pairs.push((hash::str(word), pack(ids, guess), n as u32));
    }
    // (Stable: a repeated word keeps its first line.)
    pairs.sort_by_key(|p| p.0);
    pairs.dedup_by_key(|p| p.0);
    Ok(Entries {
        ranks: pairs.iter().map(|p| p.2).collect(),
        pairs: pairs.into_iter().map(|(k, v, _)| (k, v)).collect(),
        checksum: hash::bytes(text.as_bytes()),
    })
}

/// The binary form: magic, checksum, count, keys, values (little-endian u64s), ranks
/// (little-endian u32s).
pub fn to_bytes(e: &Entries) -> Vec<u8> {
    let mut out = Vec::with_capacity(24 + 20 * e.pairs.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&e.checksum.to_le_bytes());
    out.extend_from_slice(&(e.pairs.len() as u64).to_le_bytes());
    for p in &e.pairs {
        out.extend_from_slice(&p.0.to_le_bytes());
    }
    for p in &e.pairs {
        out.extend_from_slice(&p.1.to_le_bytes());
    }
    for r in &e.ranks {
        out.extend_from_slice(&r.to_le_bytes());
    }
    out
}

/// Reads what [`to_bytes`] wrote.
pub fn from_bytes(b: &[u8]) -> Result<Entries, String> {
    let u64_at = |i: usize| -> Option<u64> { Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?)) };
    if b.get(..8) != Some(MAGIC) {
        return Err("clusters: not a cluster table (bad magic)".into());
    }
    let (checksum, n) = (u64_at(8).unwrap_or(0), u64_at(16).unwrap_or(0) as usize);
    if n.checked_mul(20).and_then(|x| x.checked_add(24)) != Some(b.len()) {
        return Err("clusters: table length does not match its count".into());
    }
    let pairs: Vec<(u64, u64)> = (0..n)
        .map(|i| (u64_at(24 + 8 * i).unwrap_or(0), u64_at(24 + 8 * (n + i)).unwrap_or(0)))
        .collect();
    if pairs.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err("clusters: keys not sorted".into());
    }
    let at = 24 + 16 * n;
    let ranks = (0..n)
        .map(|i| {
            b.get(at + 4 * i..at + 4 * i + 4)
                .map_or(0, |x| u32::from_le_bytes(x.try_into().unwrap_or_default()))
        })
        .collect();
    Ok(Entries { pairs, ranks, checksum })
}
