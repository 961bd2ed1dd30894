//! Word clusters: each lower-cased word mapped to its cluster at three levels of granularity,
//! and to the universal tags its vector suggests.
//!
//! The table (`data/clusters/glove-6b-50d.tsv.zst`, built by `tools/clusters/build.py` from the
//! GloVe 6B vectors) is learnt from billions of words of unlabelled text, so it knows words the
//! treebank never saw: a rare surname falls in the cluster of other surnames, a rare verb in
//! one of verbs. The tagger and the parser use these values as features. `build.rs` turns the
//! TSV into sorted binary keys at compile time ([`table`]); loading copies them and indexes
//! them by their top 16 bits, so a lookup is one index read and a short scan.
//!
//! What it must not do: read files at run time, or change a key or value without changing the
//! checksum (models record it and refuse another table).

pub mod table;

use crate::binio::FormatError;
use crate::hash;
use std::sync::OnceLock;

/// Values per word: the cluster at three levels (coarse, medium, fine), then the tags guessed
/// from the word's vector (see `tools/clusters/build.py --guess-from`).
pub const LEVELS: usize = 4;

/// Bits of the key used to pick a bucket of the index.
const INDEX_BITS: u32 = 16;

/// The cluster table.
pub struct Clusters {
    /// Word keys ([`hash::str`] of the lower-cased form), sorted, and their packed values.
    keys: Vec<u64>,
    values: Vec<u64>,
    /// Each word's frequency rank in the vectors' corpus (0 = most frequent).
    ranks: Vec<u32>,
    /// `starts[b]..starts[b + 1]` are the keys whose top [`INDEX_BITS`] bits are `b`.
    starts: Vec<u32>,
    /// A hash of the TSV the table came from, recorded in models trained with it.
    checksum: u64,
}

/// Lower-cases `form` into `buf` (cleared first) the way cluster keys are made; returns it.
pub fn lower_into<'b>(form: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if form.is_ascii() {
        buf.push_str(form);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(form.chars().flat_map(char::to_lowercase));
    }
    buf
}

impl Clusters {
    fn from_entries(e: table::Entries) -> Clusters {
        let (keys, values): (Vec<u64>, Vec<u64>) = e.pairs.into_iter().unzip();
        let ranks = e.ranks;
        let mut starts = vec![0u32; (1 << INDEX_BITS) + 1];
        for &k in &keys {
            starts[(k >> (64 - INDEX_BITS)) as usize + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        Clusters {
            keys,
            values,
            ranks,
            starts,
            checksum: e.checksum,
        }
    }

    /// Parses the TSV form (see [`table::parse_tsv`]).
    pub fn parse(text: &str) -> Result<Clusters, FormatError> {
        table::parse_tsv(text).map(Clusters::from_entries).map_err(FormatError)
    }

    /// Reads the binary form `build.rs` writes.
    pub fn from_binary(bytes: &[u8]) -> Result<Clusters, FormatError> {
        table::from_bytes(bytes)
            .map(Clusters::from_entries)
            .map_err(FormatError)
    }

    /// An empty table (every word unknown), for models trained without clusters.
    pub fn empty() -> Clusters {
        Clusters::from_entries(table::Entries::default())
    }

    /// The shared empty table.
    pub fn none() -> &'static Clusters {
        static EMPTY: OnceLock<Clusters> = OnceLock::new();
        EMPTY.get_or_init(Clusters::empty)
    }

    /// The table a model trained with the checksum `sum` needs: the built-in one, or the empty
    /// table for a model trained without clusters (checksum 0).
    pub fn for_checksum(sum: u64) -> Result<&'static Clusters, FormatError> {
        if sum == 0 {
            return Ok(Clusters::none());
        }
        let built_in = crate::models::clusters().map_err(|e| FormatError(e.to_string()))?;
        if built_in.checksum != sum {
            return Err(FormatError(
                "the model was trained with other word clusters than the built-in ones".into(),
            ));
        }
        Ok(built_in)
    }

    /// The built-in table when `wanted` (and it loads), else the empty one: what training uses.
    pub fn built_in_if(wanted: bool) -> &'static Clusters {
        match crate::models::clusters() {
            Ok(c) if wanted => c,
            _ => Clusters::none(),
        }
    }

    /// The values of the word whose lower-cased form hashes to `lower`, as feature values
    /// (distinct per level): coarse, medium and fine cluster, guessed tags; `None` for a word
    /// the table does not know.
    #[inline]
    pub fn get(&self, lower: u64) -> Option<[u64; LEVELS]> {
        let b = (lower >> (64 - INDEX_BITS)) as usize;
        let (from, to) = (*self.starts.get(b)? as usize, *self.starts.get(b + 1)? as usize);
        let i = from + self.keys.get(from..to)?.iter().position(|&k| k == lower)?;
        let ([a, b, c], guess) = table::unpack(self.values[i]);
        Some([
            (1 << 40) | a as u64,
            (2 << 40) | b as u64,
            (3 << 40) | c as u64,
            (4 << 40) | guess as u64,
        ])
    }

    /// The values of `form` (lower-cased into the reused buffer `lower` first).
    #[inline]
    pub fn of(&self, form: &str, lower: &mut String) -> Option<[u64; LEVELS]> {
        if self.keys.is_empty() {
            return None;
        }
        self.get(hash::str(lower_into(form, lower)))
    }

    /// How frequent `form` is in the vectors' corpus (Wikipedia and newswire): its rank among
    /// the table's words, 0 the most frequent; `None` for a word outside the table (rarer than
    /// its 200,000 words). Not a model feature: the tagger never reads it.
    pub fn rank(&self, form: &str) -> Option<u32> {
        let mut lower = String::new();
        let key = hash::str(lower_into(form, &mut lower));
        let b = (key >> (64 - INDEX_BITS)) as usize;
        let (from, to) = (*self.starts.get(b)? as usize, *self.starts.get(b + 1)? as usize);
        let i = from + self.keys.get(from..to)?.iter().position(|&k| k == key)?;
        self.ranks.get(i).copied()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Identifies the table, so a model can check it runs with the table it was trained with.
    pub fn checksum(&self) -> u64 {
        self.checksum
    }
}

impl std::fmt::Debug for Clusters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clusters({} words, checksum {:016x})", self.len(), self.checksum)
    }
}

/// Two tables are the same when their checksums are.
impl PartialEq for Clusters {
    fn eq(&self, other: &Self) -> bool {
        self.checksum == other.checksum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_looks_up() {
        let c = Clusters::parse("spy\t1\t20\t300\tNOUN\nagent\t1\t20\t301\tNOUN|PROPN\n").unwrap();
        assert_eq!(c.len(), 2);
        let (a, b) = (c.get(hash::str("spy")).unwrap(), c.get(hash::str("agent")).unwrap());
        assert_eq!(a[0], b[0]);
        assert_eq!(a[1], b[1]);
        assert_ne!(a[2], b[2]);
        assert_ne!(a[3], b[3]);
        assert_ne!(a[0], a[1], "levels never share values");
        assert!(c.get(hash::str("mole")).is_none());
        assert_eq!(c.of("SPY", &mut String::new()), Some(a));
        assert_eq!(
            (c.rank("spy"), c.rank("Agent"), c.rank("mole")),
            (Some(0), Some(1), None)
        );
    }

    #[test]
    fn rejects_malformed_lines() {
        assert!(Clusters::parse("spy\t1\t2\n").is_err());
        assert!(Clusters::parse("spy\tx\t2\t3\n").is_err());
        assert!(Clusters::parse("\t1\t2\t3\n").is_err());
        assert!(Clusters::parse("spy\t256\t2\t3\n").is_err());
        assert!(Clusters::parse("spy\t1\t2\t3\tNOUN\textra\n").is_err());
    }

    #[test]
    fn binary_form_round_trips_and_rejects_damage() {
        let e = table::parse_tsv("spy\t1\t20\t300\tNOUN\nagent\t1\t20\t301\n").unwrap();
        let bytes = table::to_bytes(&e);
        let c = Clusters::from_binary(&bytes).unwrap();
        assert_eq!(c.checksum(), e.checksum);
        assert_eq!(
            c.get(hash::str("agent")),
            Clusters::parse("agent\t1\t20\t301\n").unwrap().get(hash::str("agent"))
        );
        assert_eq!(c.rank("agent"), Some(1));
        assert!(Clusters::from_binary(&bytes[..bytes.len() - 1]).is_err());
        assert!(Clusters::from_binary(b"garbage").is_err());
    }

    #[test]
    fn models_get_the_table_they_were_trained_with() {
        let built_in = crate::models::clusters().unwrap();
        assert!(std::ptr::eq(
            Clusters::for_checksum(built_in.checksum()).unwrap(),
            built_in
        ));
        assert!(Clusters::for_checksum(0).unwrap().is_empty());
        assert!(Clusters::for_checksum(built_in.checksum() ^ 1).is_err());
        assert!(Clusters::built_in_if(false).is_empty());
        assert!(!Clusters::built_in_if(true).is_empty());
    }

    #[test]
    fn the_built_in_table_knows_common_and_rare_words() {
        let c = crate::models::clusters().unwrap();
        assert!(c.len() > 100_000);
        for w in ["the", "espionage", "kremlin", "defected"] {
            assert!(c.get(hash::str(w)).is_some(), "{w}");
        }
    }
}
