//! Yes/no questions: "Did a senior Chinese minister defect to the United States?" asks whether
//! the event happened, so the text doubts it (GOLD_NOTES: rumoured when "the text doubts it").
//! A question with a wh-word ("Why did China expel them?") takes the event as given and is left
//! alone, as is anything not ending in a question mark.
//!
//! What it must not do: decide any other status.

use crate::sent::Sent;

/// The inverted auxiliary that makes the clause `clause` a yes/no question, if it is one.
pub fn polar_aux(s: &Sent, clause: usize) -> Option<usize> {
    let last = (0..s.len())
        .rev()
        .find(|&i| s.upos[i] != "PUNCT" || s.lower[i] == "?")?;
    if s.lower[last] != "?" {
        return None;
    }
    let subj = s.children[clause]
        .iter()
        .copied()
        .find(|&c| s.rel(c).starts_with("nsubj"))?;
    let aux = s.children[clause]
        .iter()
        .copied()
        .find(|&c| matches!(s.rel(c), "aux" | "aux:pass") && c < subj)?;
    // ("Why did China expel them?": the wh-word presupposes the act.)
    let wh = (0..aux).any(|i| s.xpos[i].starts_with('W') && s.head[i].is_some_and(|h| h == clause || h == aux));
    (!wh).then_some(aux)
}
