//! The tagger's feature templates.
//!
//! Each word of a sentence is reduced once to a [`Word`] of hashes (form, lower-cased form,
//! prefixes, suffixes, shape, ambiguity class); [`Context::features`] then combines the words
//! around position `i` and the tags already predicted to its left into 64-bit feature keys, and
//! [`Context::second_pass_features`] the word with the first pass's tags on both sides.
//!
//! What it must not do: allocate per word (keys go into a reused `Vec<u64>`), look at gold tags,
//! or know how weights are stored. Changing a template changes the model format.

use crate::clusters::{self, Clusters, LEVELS};
use crate::hash::{self, feat1, feat2, feat3};
use crate::perceptron::IdMap;

/// Hashes of one word.
#[derive(Clone, Copy, Debug, Default)]
pub struct Word {
    pub form: u64,
    pub lower: u64,
    pub suf: [u64; 4],
    pub pre: [u64; 3],
    pub shape: u64,
    /// The set of tags seen with the lower-cased form in training, or an unknown-word class.
    pub amb: u64,
    /// The word's clusters (coarse, medium, fine), or an unknown-word value per level.
    pub cl: [u64; LEVELS],
}

const PAD_START: u64 = 0x5354_4152_5400_0001;
const PAD_END: u64 = 0x454e_4400_0000_0002;
const UNKNOWN: u64 = 0x554e_4b00_0000_0003;

impl Word {
    fn pad(v: u64) -> Word {
        Word {
            form: v,
            lower: v,
            suf: [v; 4],
            pre: [v; 3],
            shape: v,
            amb: v,
            cl: [v; LEVELS],
        }
    }

    /// Computes the hashes of `form`. `lower` is a reused buffer; `amb` maps lower-cased form
    /// hashes to ambiguity classes; `clusters` gives the word clusters.
    pub fn new(form: &str, lower: &mut String, amb: &IdMap<u64>, clusters: &Clusters) -> Word {
        let l = clusters::lower_into(form, lower);
        let mut w = Word {
            form: hash::str(form),
            lower: hash::str(l),
            shape: shape(form),
            ..Word::default()
        };
        w.cl = clusters
            .get(w.lower)
            .unwrap_or([UNKNOWN ^ 0x10, UNKNOWN ^ 0x20, UNKNOWN ^ 0x30, UNKNOWN ^ 0x40]);
        // Suffix/prefix of k characters (the whole word when shorter).
        let mut ends = l.char_indices().rev().map(|(i, _)| i);
        for k in 0..4 {
            let start = ends.next().unwrap_or(0);
            w.suf[k] = hash::str(&l[start..]);
        }
        let mut starts = l.char_indices().map(|(i, c)| i + c.len_utf8());
        for k in 0..3 {
            let end = starts.next().unwrap_or(l.len());
            w.pre[k] = hash::str(&l[..end]);
        }
        // Words rarer than the ambiguity table's threshold lose their identity: the model sees
        // them as unknown words, in training as at run time, so it learns to tag unknown words
        // from affixes, shape and context.
        w.amb = match amb.get(&w.lower) {
            Some(&a) => a,
            None => {
                w.form = UNKNOWN;
                w.lower = UNKNOWN;
                hash::feat1(99, w.shape)
            }
        };
        w
    }
}

/// The short shape of a word (`Xxxx` → `Xx`, `12.5` → `d.d`), hashed, plus flags for a hyphen.
fn shape(form: &str) -> u64 {
    let mut h = 0x53_4841_5045_u64;
    let mut last = '\0';
    let mut n = 0;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            h = hash::mix(h, k as u64);
            last = k;
        }
        n += 1;
    }
    hash::finish(hash::mix(h, n.min(5)))
}

/// The order in which a first pass tags a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right: a word's features see the tags of the two words before it.
    Forward,
    /// Right to left: a word's features see the tags of the two words after it.
    Backward,
}

/// Sentence-level scratch: the words' hashes, padded with two positions on each side.
#[derive(Default)]
pub struct Context {
    words: Vec<Word>,
    lower: String,
    /// How the sentence is cased: 0 normal, 1 mostly title case, 2 all capitals, 3 no capitals.
    style: u64,
}

impl Context {
    /// Fills the context for one sentence.
    pub fn fill<'a>(&mut self, forms: impl Iterator<Item = &'a str>, amb: &IdMap<u64>, clusters: &Clusters) {
        self.words.clear();
        self.words.push(Word::pad(PAD_START));
        self.words.push(Word::pad(PAD_START ^ 1));
        let (mut alpha, mut title, mut caps, mut any_upper) = (0u32, 0u32, 0u32, false);
        for f in forms {
            let mut chars = f.chars();
            if let Some(c0) = chars.next().filter(|c| c.is_alphabetic()) {
                let upper = c0.is_uppercase();
                alpha += 1;
                title += upper as u32;
                caps += (upper && f.chars().all(|c| !c.is_lowercase()) && f.len() > 1) as u32;
                any_upper |= upper || chars.any(char::is_uppercase);
            }
            let w = Word::new(f, &mut self.lower, amb, clusters);
            self.words.push(w);
        }
        self.style = if alpha >= 3 && caps * 10 >= alpha * 8 {
            2
        } else if alpha >= 3 && title * 10 >= alpha * 6 {
            1
        } else if alpha >= 3 && !any_upper {
            3
        } else {
            0
        };
        self.words.push(Word::pad(PAD_END));
        self.words.push(Word::pad(PAD_END ^ 1));
    }

    /// Number of real words.
    pub fn len(&self) -> usize {
        self.words.len().saturating_sub(4)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The hashes of word `i` (0-based, real words only).
    pub fn word(&self, i: usize) -> &Word {
        &self.words[i + 2]
    }

    /// Writes the feature keys of word `i` into `out` given the two tags predicted before it
    /// in the direction `dir` (`u32::MAX - k` for positions outside the sentence). Backward,
    /// the window is mirrored: "previous" words and tags are those to the right of `i`, so one
    /// set of templates serves both directions (their models are separate).
    pub fn features(&self, dir: Dir, i: usize, p1: u32, p2: u32, out: &mut Vec<u64>) {
        out.clear();
        let w = &self.words[i..i + 5]; // w[2] is word i
        let (m2, m1, c, n1, n2) = match dir {
            Dir::Forward => (&w[0], &w[1], &w[2], &w[3], &w[4]),
            Dir::Backward => (&w[4], &w[3], &w[2], &w[1], &w[0]),
        };
        let (p1, p2) = (p1 as u64, p2 as u64);
        let first = (i == 0) as u64;
        let style = self.style;
        out.extend_from_slice(&[
            feat1(0, 0),
            feat1(1, c.lower),
            feat1(2, c.form),
            feat1(3, c.suf[0]),
            feat1(4, c.suf[1]),
            feat1(5, c.suf[2]),
            feat1(6, c.suf[3]),
            feat1(7, c.pre[0]),
            feat1(8, c.pre[1]),
            feat1(9, c.pre[2]),
            feat2(10, c.shape, first),
            feat1(11, m1.lower),
            feat1(12, m2.lower),
            feat1(13, n1.lower),
            feat1(14, n2.lower),
            feat1(15, m1.suf[2]),
            feat1(16, n1.suf[2]),
            feat1(17, n1.shape),
            feat1(18, m1.shape),
            feat1(19, p1),
            feat1(20, p2),
            feat2(21, p1, p2),
            feat2(22, p1, c.lower),
            feat2(23, c.lower, n1.lower),
            feat2(24, m1.lower, c.lower),
            feat1(25, c.amb),
            feat1(26, n1.amb),
            feat1(27, n2.amb),
            feat2(28, p1, n1.amb),
            feat2(29, c.amb, n1.amb),
            feat2(30, p1, c.suf[2]),
            feat3(31, p1, c.amb, n1.amb),
            feat2(32, m1.amb, c.amb),
            feat3(33, style, c.shape, first),
            feat2(34, style, c.amb),
            feat2(35, c.lower, n1.amb),
            feat2(36, m1.lower, n1.lower),
            feat2(37, c.suf[1], n1.suf[1]),
            feat1(38, n2.shape),
            feat2(39, c.pre[0], c.suf[3]),
            // Word clusters and vector tag guesses (see `crate::clusters`): a few templates only,
            // each costs a cache miss per word (15 templates gave +0.14 on dev, but tagged 25%
            // slower than these 6).
            feat1(51, c.cl[1]),
            feat1(52, c.cl[2]),
            feat1(53, m1.cl[1]),
            feat1(54, n1.cl[1]),
            feat1(60, c.cl[3]),
            feat2(62, p1, c.cl[3]),
        ]);
    }
}

impl Context {
    /// Writes the second pass's feature keys of word `i` into `out`: the first pass's tags
    /// `first` around it (right context included, which a left-to-right pass cannot see), alone
    /// and with the word. A small set of its own makes the second pass a different model from
    /// the first, which is what makes it correct some of the first pass's errors.
    pub fn second_pass_features(&self, i: usize, first: &[u16], out: &mut Vec<u64>) {
        out.clear();
        let t = |j: isize| -> u64 {
            if j < 0 {
                u32::MAX as u64
            } else {
                first.get(j as usize).map_or(u32::MAX as u64 - 1, |&c| c as u64)
            }
        };
        let i_ = i as isize;
        let (l2, l1, r0, r1, r2) = (t(i_ - 2), t(i_ - 1), t(i_), t(i_ + 1), t(i_ + 2));
        let w = &self.words[i..i + 5]; // w[2] is word i
        let (m1, c, n1) = (&w[1], &w[2], &w[3]);
        let first_word = (i == 0) as u64;
        out.extend_from_slice(&[
            feat1(100, 0),
            feat1(101, c.lower),
            feat1(102, r0),
            feat1(103, l1),
            feat1(104, r1),
            feat2(105, l1, r0),
            feat2(106, r0, r1),
            feat1(107, l2),
            feat1(108, r2),
            feat2(109, c.lower, r0),
            feat2(110, c.suf[2], r0),
            feat1(111, m1.lower),
            feat1(112, n1.lower),
            feat2(113, c.lower, r1),
            feat2(114, c.lower, l1),
            feat3(115, c.shape, first_word, r0),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape("Hello"), shape("World"));
        assert_ne!(shape("Hello"), shape("hello"));
        assert_eq!(shape("12.5"), shape("34.6"));
        let amb = IdMap::default();
        let cl = Clusters::empty();
        let mut buf = String::new();
        let a = Word::new("Spies", &mut buf, &amb, &cl);
        let b = Word::new("flies", &mut buf, &amb, &cl);
        assert_eq!(a.suf[2], b.suf[2], "-ies");
        assert_ne!(a.pre[0], b.pre[0]);
        let e = Word::new("é", &mut buf, &amb, &cl);
        assert_eq!(e.suf[0], e.suf[3]);
    }
}
