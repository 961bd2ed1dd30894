//! Greedy parsing with a trained [`ParserModel`].
//!
//! Each step: if only one move is valid it is taken, else the move classifier scores the three
//! moves and the best valid one is taken; a move that makes an arc asks the labeller for the
//! arc's label. A sentence of `n` words takes exactly `2n` moves.
//!
//! What it must not do: allocate per token (all buffers live in [`Scratch`]), panic on any
//! input, or look at gold annotation.

use super::features::{label_features, move_features, Tok};
use super::transition::{State, NONE, N_MOVES, SHIFT};
use super::{Arc, ParseWord, ParserModel};
use crate::clusters::Clusters;
use std::cell::RefCell;

/// Reusable buffers of the parser; one per thread.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    state: State,
    lower: String,
    toks: Vec<Tok>,
    keys: Vec<u64>,
    scores: Vec<i32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Word hashes of a sentence, root first; `lower` is a reused buffer.
pub(crate) fn fill_toks(words: &[ParseWord<'_>], clusters: &Clusters, lower: &mut String, toks: &mut Vec<Tok>) {
    toks.clear();
    toks.push(Tok::ROOT);
    toks.extend(
        words
            .iter()
            .map(|w| Tok::new(w.form, w.lemma, w.xpos, w.upos, clusters.of(w.form, lower))),
    );
}

/// Index of the highest score among the `valid` entries (first on ties), if any.
#[inline]
pub(crate) fn best_valid<T: PartialOrd + Copy>(scores: &[T], valid: &[bool]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, (&s, &ok)) in scores.iter().zip(valid).enumerate() {
        if ok && best.is_none_or(|b| s > scores[b]) {
            best = Some(i);
        }
    }
    best
}

impl ParserModel {
    /// Parses one sentence into `out` (cleared first; one arc per word), using this thread's
    /// scratch buffers.
    pub fn parse(&self, words: &[ParseWord<'_>], out: &mut Vec<Arc>) {
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => self.parse_with(&mut s, words, out),
            // Re-entrant call (cannot happen in practice): use a fresh scratch.
            Err(_) => self.parse_with(&mut Scratch::default(), words, out),
        })
    }

    /// Parses one sentence into `out` (cleared first; one arc per word) with the given scratch.
    pub fn parse_with(&self, scratch: &mut Scratch, words: &[ParseWord<'_>], out: &mut Vec<Arc>) {
        out.clear();
        let n = words.len();
        if n == 0 {
            return;
        }
        let Scratch {
            state,
            lower,
            toks,
            keys,
            scores,
        } = scratch;
        fill_toks(words, self.clusters, lower, toks);
        state.reset(n);
        let width = self.moves.width.max(self.labeller.width);
        if scores.len() < width {
            scores.resize(width, 0);
        }
        while !state.is_terminal() {
            let valid = state.valid();
            let n_valid = valid.iter().filter(|&&v| v).count();
            let mv = if n_valid == 1 {
                valid.iter().position(|&v| v).unwrap_or(SHIFT)
            } else if n_valid == 0 {
                break;
            } else {
                move_features(toks, state, keys);
                self.moves.score(keys, scores);
                best_valid(&scores[..N_MOVES], &valid).unwrap_or(SHIFT)
            };
            let label = match state.arc_of(mv) {
                Some((h, d)) => self.label(toks, state, h, d, keys, scores),
                None => 0,
            };
            state.apply(mv, label);
        }
        let root = self.root;
        out.extend(state.heads[1..].iter().zip(&state.labels[1..]).map(|(&h, &l)| {
            // Every word is attached at the terminal state; the fallback only guards the loop
            // exit above.
            let (head, l) = if h == NONE { (0, root) } else { (h, l as usize) };
            Arc {
                head,
                deprel: self.labels.get(l).copied().unwrap_or("dep"),
            }
        }));
    }

    /// Best label id for the arc `h → d`.
    #[inline]
    fn label(&self, toks: &[Tok], state: &State, h: u32, d: u32, keys: &mut Vec<u64>, scores: &mut [i32]) -> u8 {
        if h == 0 {
            return self.root as u8;
        }
        label_features(toks, state, h, d, keys);
        self.labeller.score(keys, scores);
        best_label(&scores[..self.labeller.width], h, self.root) as u8
    }
}

/// The best label for an arc from `head`: the root label for arcs from the root (word 0), any
/// other label otherwise.
#[inline]
pub(crate) fn best_label<T: PartialOrd + Copy>(scores: &[T], head: u32, root: usize) -> usize {
    if head == 0 {
        return root;
    }
    let mut best: Option<usize> = None;
    for (i, &s) in scores.iter().enumerate() {
        if i != root && best.is_none_or(|b| s > scores[b]) {
            best = Some(i);
        }
    }
    best.unwrap_or(root)
}
