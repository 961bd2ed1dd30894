//! The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011).
//!
//! A configuration is a stack (bottom is the artificial root, word 0), a buffer (the words
//! `next..=n`, kept as one index) and the arcs built so far. Three moves:
//! - `SHIFT` pushes the first buffer word;
//! - `LEFT` makes the first buffer word the head of the stack top and pops the top;
//! - `RIGHT` makes the word under the stack top its head and pops the top.
//!
//! `RIGHT` onto the root is only allowed once the buffer is empty, so every parse has exactly one
//! root and terminates after exactly `2n` moves. The state keeps, for each word, the two
//! leftmost and two rightmost children, the number of children on each side and the set of
//! their labels, because the feature templates read them.
//!
//! What it must not do: allocate per move (all vectors are sized once per sentence and reused),
//! know about features, weights or the gold tree (the oracle lives in `oracle.rs`).

/// Move ids. Labels are predicted separately, when a move makes an arc.
pub const SHIFT: usize = 0;
pub const LEFT: usize = 1;
pub const RIGHT: usize = 2;
/// Number of moves.
pub const N_MOVES: usize = 3;

/// "No word": heads of unattached words, absent children. Word 0 (the root) is never a child,
/// so children use 0 for "none"; heads use `NONE`.
pub const NONE: u32 = u32::MAX;

/// A parser configuration, reusable from sentence to sentence.
#[derive(Clone, Debug, Default)]
pub struct State {
    /// Number of words (the root not counted).
    pub n: u32,
    /// Stack of word indices; `stack[0]` is the root (0).
    pub stack: Vec<u32>,
    /// First word of the buffer; the buffer is empty when `next > n`.
    pub next: u32,
    /// Head of each word (index 0..=n), `NONE` until attached.
    pub heads: Vec<u32>,
    /// Label id of each word's arc (meaningful once attached).
    pub labels: Vec<u8>,
    /// Leftmost and second-leftmost left children (0 = none).
    pub l1: Vec<u32>,
    pub l2: Vec<u32>,
    /// Rightmost and second-rightmost right children (0 = none).
    pub r1: Vec<u32>,
    pub r2: Vec<u32>,
    /// Number of left / right children.
    pub nl: Vec<u8>,
    pub nr: Vec<u8>,
    /// Bit set of the labels of left / right children (label id modulo 64).
    pub lset: Vec<u64>,
    pub rset: Vec<u64>,
}

impl State {
    /// Resets the state for a sentence of `n` words, reusing the allocations.
    pub fn reset(&mut self, n: usize) {
        let n1 = n + 1;
        self.n = n as u32;
        self.stack.clear();
        self.stack.push(0);
        self.next = 1;
        for v in [&mut self.l1, &mut self.l2, &mut self.r1, &mut self.r2] {
            v.clear();
            v.resize(n1, 0);
        }
        self.heads.clear();
        self.heads.resize(n1, NONE);
        self.labels.clear();
        self.labels.resize(n1, 0);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(n1, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(n1, 0);
        }
    }

    /// Whether the buffer still holds words.
    #[inline]
    pub fn buffer_nonempty(&self) -> bool {
        self.next <= self.n
    }

    /// True once all words are attached (buffer empty, only the root on the stack).
    #[inline]
    pub fn is_terminal(&self) -> bool {
        !self.buffer_nonempty() && self.stack.len() == 1
    }

    /// The `i`-th stack word from the top (0 = top), if any. The root counts as a word.
    #[inline]
    pub fn s(&self, i: usize) -> Option<u32> {
        let len = self.stack.len();
        (i < len).then(|| self.stack[len - 1 - i])
    }

    /// The `i`-th buffer word (0 = first), if any.
    #[inline]
    pub fn b(&self, i: usize) -> Option<u32> {
        let w = self.next as u64 + i as u64;
        (w <= self.n as u64).then_some(w as u32)
    }

    /// Which moves are allowed now, indexed by move id.
    #[inline]
    pub fn valid(&self) -> [bool; N_MOVES] {
        let buf = self.buffer_nonempty();
        let depth = self.stack.len();
        [buf, buf && depth >= 2, depth >= 3 || (depth == 2 && !buf)]
    }

    /// The arc `(head, dependent)` a move would make, or `None` for `SHIFT`.
    #[inline]
    pub fn arc_of(&self, mv: usize) -> Option<(u32, u32)> {
        let len = self.stack.len();
        match mv {
            LEFT => Some((self.next, self.stack[len - 1])),
            RIGHT => Some((self.stack[len - 2], self.stack[len - 1])),
            _ => None,
        }
    }

    /// Applies a valid move; `label` is the label id of the arc it makes (ignored for `SHIFT`).
    /// The caller must check [`State::valid`] first.
    pub fn apply(&mut self, mv: usize, label: u8) {
        match mv {
            SHIFT => {
                self.stack.push(self.next);
                self.next += 1;
            }
            _ => {
                if let Some((h, d)) = self.arc_of(mv) {
                    self.stack.pop();
                    self.add_arc(h, d, label);
                }
            }
        }
    }

    fn add_arc(&mut self, h: u32, d: u32, label: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        let bit = 1u64 << (label % 64);
        if d < h {
            if self.l1[hu] == 0 || d < self.l1[hu] {
                self.l2[hu] = self.l1[hu];
                self.l1[hu] = d;
            } else if self.l2[hu] == 0 || d < self.l2[hu] {
                self.l2[hu] = d;
            }
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
        } else {
            if d > self.r1[hu] {
                self.r2[hu] = self.r1[hu];
                self.r1[hu] = d;
            } else if d > self.r2[hu] {
                self.r2[hu] = d;
            }
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
        }
    }
}

/// Whether a tree (heads of words 1..=n at indices 1..=n; index 0 unused) is projective:
/// no two arcs cross, and no arc covers the root's arc.
pub fn is_projective(heads: &[u32]) -> bool {
    let n = heads.len();
    for d in 1..n {
        let h = heads[d] as usize;
        let (lo, hi) = if h < d { (h, d) } else { (d, h) };
        if heads[lo + 1..hi]
            .iter()
            .any(|&hk| (hk as usize) < lo || hk as usize > hi)
        {
            return false;
        }
    }
    true
}

/// Makes a tree projective by lifting: while some arc is non-projective, the shortest such arc
/// `h → d` becomes `head(h) → d`. Labels are kept. Returns how many lifts were made.
/// `heads[0]` is ignored; the input must be a tree (each word reaches 0 without cycle).
pub fn projectivise(heads: &mut [u32]) -> usize {
    let n = heads.len();
    let mut lifts = 0;
    // Each lift strictly shortens the path to the root, so n² lifts bound the loop.
    for _ in 0..n * n {
        let mut best: Option<(usize, usize)> = None; // (length, dependent)
        for d in 1..n {
            let h = heads[d] as usize;
            if h == 0 && d == 0 {
                continue;
            }
            let (lo, hi) = if h < d { (h, d) } else { (d, h) };
            let crossing = (lo + 1..hi).any(|k| !dominates(heads, h, k));
            if crossing && best.is_none_or(|(len, _)| hi - lo < len) {
                best = Some((hi - lo, d));
            }
        }
        match best {
            Some((_, d)) => {
                let h = heads[d] as usize;
                if h == 0 {
                    break;
                }
                heads[d] = heads[h];
                lifts += 1;
            }
            None => break,
        }
    }
    lifts
}

/// Whether `h` is an ancestor of (or equal to) `k`.
fn dominates(heads: &[u32], h: usize, mut k: usize) -> bool {
    for _ in 0..heads.len() {
        if k == h {
            return true;
        }
        if k == 0 {
            return false;
        }
        k = heads[k] as usize;
        if k >= heads.len() {
            return false;
        }
    }
    false
}
