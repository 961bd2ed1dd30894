//! The word lists the segmenter consults, parsed once from `data/lexicons/` (embedded at build
//! time): abbreviations, hyphen prefixes and suffixes, apostrophe-less contractions, and words
//! that commonly start a sentence.
//!
//! Lookups are case-folded into a small stack buffer (ASCII only: every listed word is ASCII)
//! and go through hash sets built once with a cheap FNV hasher, so the hot path allocates
//! nothing. This module must not hold word lists inline (they live under `data/`), and must not
//! make segmentation decisions itself: it only answers "is this word in that list".

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const ABBREVIATIONS: &str = include_str!("../../../../data/lexicons/abbreviations.txt");
const HYPHEN_AFFIXES: &str = include_str!("../../../../data/lexicons/hyphen_affixes.txt");
const CONTRACTIONS: &str = include_str!("../../../../data/lexicons/contractions.txt");
const SENTENCE_STARTERS: &str = include_str!("../../../../data/lexicons/sentence_starters.txt");

/// Longest word the case-folding buffer holds; no listed word is longer.
const MAX_KEY: usize = 24;

/// FNV-1a: fast for the short keys of these lists.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// What an abbreviation's period means for the sentence (see `abbreviations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Precedes a name or a number; never ends a sentence ("Dr.", "Gen.", "Jan.").
    Title,
    /// An abbreviation only when a number follows ("No. 5").
    Number,
    /// May end a sentence ("Inc.", "etc.").
    Any,
}

/// An abbreviation entry: the class when the word is capitalised, and for any case.
#[derive(Clone, Copy, Debug, Default)]
struct AbbrevEntry {
    capitalised: Option<AbbrevClass>,
    any_case: Option<AbbrevClass>,
}

/// The segmenter's word lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Lower-cased abbreviation without its final period ("dr", "u.s", "ph.d").
    abbrev: HashMap<Box<str>, AbbrevEntry, FnvBuild>,
    prefixes: HashSet<Box<str>, FnvBuild>,
    suffixes: HashSet<Box<str>, FnvBuild>,
    /// Lower-cased word → byte lengths of its parts.
    contractions: HashMap<Box<str>, Box<[u8]>, FnvBuild>,
    /// A cheap filter before the contraction lookup: the shortest and longest contraction,
    /// and bit sets of their lower-cased first and last letters.
    contraction_filter: (usize, usize, u32, u32),
    /// Exact (case-sensitive) sentence starters.
    starters: HashSet<Box<str>, FnvBuild>,
}

/// Non-comment, non-blank lines of a list file, trimmed.
fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lower-cases an ASCII word into `buf`; `None` if the word is not ASCII or too long to be in
/// any list.
#[inline]
pub(crate) fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_KEY {
        return None;
    }
    for (d, &b) in buf.iter_mut().zip(bytes) {
        if b >= 0x80 {
            return None;
        }
        *d = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// A bit for each ASCII letter (case-folded); 0 for anything else.
#[inline]
fn letter_bit(b: u8) -> u32 {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        1 << (l - b'a')
    } else {
        0
    }
}

impl Lexicon {
    /// Parses the embedded lists. The lists are fixed at build time; a malformed line is
    /// skipped rather than failing (tests check that every line is used).
    pub(crate) fn load() -> Lexicon {
        let mut abbrev: HashMap<Box<str>, AbbrevEntry, FnvBuild> = HashMap::default();
        let mut class = AbbrevClass::Any;
        for line in entries(ABBREVIATIONS) {
            match line {
                "[title]" => class = AbbrevClass::Title,
                "[number]" => class = AbbrevClass::Number,
                "[any]" => class = AbbrevClass::Any,
                _ => {
                    let word = line.strip_suffix('.').unwrap_or(line);
                    if word.is_empty() || word.len() > MAX_KEY {
                        continue;
                    }
                    let e = abbrev.entry(word.to_ascii_lowercase().into()).or_default();
                    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                        e.capitalised.get_or_insert(class);
                    } else {
                        e.any_case.get_or_insert(class);
                    }
                }
            }
        }

        let mut prefixes = HashSet::default();
        let mut suffixes = HashSet::default();
        let mut in_suffixes = false;
        for line in entries(HYPHEN_AFFIXES) {
            match line {
                "[prefix]" => in_suffixes = false,
                "[suffix]" => in_suffixes = true,
                w if in_suffixes => {
                    suffixes.insert(w.to_ascii_lowercase().into());
                }
                w => {
                    prefixes.insert(w.to_ascii_lowercase().into());
                }
            }
        }

        let mut contractions: HashMap<Box<str>, Box<[u8]>, FnvBuild> = HashMap::default();
        for line in entries(CONTRACTIONS) {
            let mut it = line.split_whitespace();
            let Some(word) = it.next() else { continue };
            let parts: Vec<&str> = it.collect();
            let joined: String = parts.concat();
            let ok = parts.len() >= 2
                && parts.len() <= 4
                && joined.eq_ignore_ascii_case(word)
                && word.len() <= MAX_KEY
                && parts.iter().all(|p| !p.is_empty() && p.len() < 256);
            if ok {
                let lens: Box<[u8]> = parts.iter().map(|p| p.len() as u8).collect();
                contractions.insert(word.to_ascii_lowercase().into(), lens);
            }
        }

        let starters = entries(SENTENCE_STARTERS).map(Into::into).collect();
        let mut contraction_filter = (usize::MAX, 0, 0u32, 0u32);
        for k in contractions.keys() {
            let b = k.as_bytes();
            contraction_filter.0 = contraction_filter.0.min(b.len());
            contraction_filter.1 = contraction_filter.1.max(b.len());
            contraction_filter.2 |= letter_bit(b[0]);
            contraction_filter.3 |= letter_bit(b[b.len() - 1]);
        }
        Lexicon {
            abbrev,
            prefixes,
            suffixes,
            contractions,
            contraction_filter,
            starters,
        }
    }

    /// The class of `word` (without its final period) if it is a listed abbreviation.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbrevClass> {
        let mut buf = [0u8; MAX_KEY];
        let key = fold(word, &mut buf)?;
        let e = self.abbrev.get(key)?;
        let cap = word.starts_with(|c: char| c.is_ascii_uppercase());
        match (cap, e.capitalised) {
            (true, Some(c)) => Some(c),
            _ => e.any_case,
        }
    }

    /// Whether a hyphen after `left` keeps the word whole ("e-mail", "non-violent").
    pub(crate) fn is_hyphen_prefix(&self, left: &str) -> bool {
        let mut buf = [0u8; MAX_KEY];
        fold(left, &mut buf).is_some_and(|k| self.prefixes.contains(k))
    }

    /// Whether a hyphen before `right` keeps the word whole ("career-wise").
    pub(crate) fn is_hyphen_suffix(&self, right: &str) -> bool {
        let mut buf = [0u8; MAX_KEY];
        fold(right, &mut buf).is_some_and(|k| self.suffixes.contains(k))
    }

    /// Byte lengths of the parts of an apostrophe-less contraction ("dont" → [2, 2]).
    pub(crate) fn contraction(&self, word: &str) -> Option<&[u8]> {
        let b = word.as_bytes();
        let (min, max, first, last) = self.contraction_filter;
        if b.len() < min || b.len() > max || letter_bit(b[0]) & first == 0 || letter_bit(b[b.len() - 1]) & last == 0 {
            return None;
        }
        let mut buf = [0u8; MAX_KEY];
        let key = fold(word, &mut buf)?;
        self.contractions.get(key).map(|b| &b[..])
    }

    /// Whether `word` (exactly as written) commonly starts a sentence.
    pub(crate) fn is_sentence_starter(&self, word: &str) -> bool {
        word.len() <= MAX_KEY && self.starters.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lx = Lexicon::load();
        assert_eq!(lx.abbreviation("Dr"), Some(AbbrevClass::Title));
        assert_eq!(lx.abbreviation("DR"), Some(AbbrevClass::Title));
        assert_eq!(lx.abbreviation("Gen"), Some(AbbrevClass::Title));
        assert_eq!(lx.abbreviation("No"), Some(AbbrevClass::Number));
        assert_eq!(lx.abbreviation("no"), None);
        assert_eq!(lx.abbreviation("Sat"), Some(AbbrevClass::Any));
        assert_eq!(lx.abbreviation("sat"), None);
        assert_eq!(lx.abbreviation("etc"), Some(AbbrevClass::Any));
        assert_eq!(lx.abbreviation("Inc"), Some(AbbrevClass::Any));
        assert_eq!(lx.abbreviation("U.S"), Some(AbbrevClass::Any));
        assert_eq!(lx.abbreviation("Britain"), None);
        assert!(lx.is_hyphen_prefix("mid"));
        assert!(lx.is_hyphen_prefix("Counter"));
        assert!(!lx.is_hyphen_prefix("so"));
        assert!(lx.is_hyphen_suffix("wise"));
        assert_eq!(lx.contraction("Cannot"), Some(&[3u8, 3][..]));
        assert_eq!(lx.contraction("dont"), Some(&[2u8, 2][..]));
        assert!(lx.is_sentence_starter("The"));
        assert!(!lx.is_sentence_starter("the"));
    }

    #[test]
    fn every_contraction_line_is_used() {
        let lx = Lexicon::load();
        assert_eq!(lx.contractions.len(), entries(CONTRACTIONS).count());
    }

    #[test]
    fn fold_rejects_non_ascii_and_long() {
        let mut buf = [0u8; MAX_KEY];
        assert_eq!(fold("ABC", &mut buf), Some("abc"));
        assert_eq!(fold("é", &mut buf), None);
        assert_eq!(fold(&"a".repeat(MAX_KEY + 1), &mut buf), None);
        assert_eq!(fold("", &mut buf), None);
    }
}
