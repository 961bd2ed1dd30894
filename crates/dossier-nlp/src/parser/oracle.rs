//! The dynamic oracle for the arc-hybrid system (Goldberg & Nivre 2013).
//!
//! For any configuration, not only those on the gold path, it gives each move's *cost*: how many
//! gold arcs that are still reachable the move makes unreachable. Moves of cost 0 keep the best
//! reachable tree reachable, so training can follow the model's own (possibly wrong) moves and
//! still learn what is best from there. Arc-hybrid is arc-decomposable for projective trees, so
//! the cost is a simple count; train on projectivised trees (`transition::projectivise`).
//!
//! What it must not do: change the state, or look at labels (label errors are the labeller's).

use super::transition::{State, LEFT, NONE, N_MOVES, RIGHT, SHIFT};

/// Cost of each move in `state` against the gold heads (`gold[d]` is the head of word `d`,
/// index 0 unused). Invalid moves get `u32::MAX`.
pub fn costs(state: &State, gold: &[u32]) -> [u32; N_MOVES] {
    let valid = state.valid();
    let mut c = [u32::MAX; N_MOVES];
    let n = state.n;
    let buf = state.next..=n;
    let g = |w: u32| gold.get(w as usize).copied().unwrap_or(NONE);
    let len = state.stack.len();
    if valid[SHIFT] {
        // b0 goes onto the stack: it can no longer take a head from the stack below s0, nor
        // become the head of anything now on the stack.
        let b0 = state.next;
        let hb = g(b0);
        let mut cost = 0;
        for (i, &k) in state.stack.iter().enumerate() {
            if g(k) == b0 {
                cost += 1;
            }
            if hb == k && i + 1 < len {
                cost += 1;
            }
        }
        c[SHIFT] = cost;
    }
    if valid[LEFT] || valid[RIGHT] {
        let s0 = state.stack[len - 1];
        let hs0 = g(s0);
        // s0 leaves the stack: its dependents still in the buffer are lost either way.
        let mut deps_in_buf = 0;
        for k in buf.clone() {
            if g(k) == s0 {
                deps_in_buf += 1;
            }
        }
        let head_in_buf = buf.contains(&hs0);
        if valid[LEFT] {
            let s1_is_head = len >= 2 && state.stack[len - 2] == hs0;
            let lost_head = (head_in_buf && hs0 != state.next) || s1_is_head;
            c[LEFT] = deps_in_buf + lost_head as u32;
        }
        if valid[RIGHT] {
            c[RIGHT] = deps_in_buf + head_in_buf as u32;
        }
    }
    c
}

#[cfg(test)]
/// Follows the zero-cost moves from the initial state (SHIFT < LEFT < RIGHT preference among
/// ties) and returns the heads it builds. For a projective gold tree this is the gold tree.
pub fn static_parse(gold: &[u32], state: &mut State) -> Vec<u32> {
    let n = gold.len().saturating_sub(1);
    state.reset(n);
    while !state.is_terminal() {
        let c = costs(state, gold);
        let best = (0..N_MOVES).min_by_key(|&m| (c[m], m)).unwrap_or(SHIFT);
        if c[best] == u32::MAX {
            break;
        }
        state.apply(best, 0);
    }
    state.heads.clone()
}
