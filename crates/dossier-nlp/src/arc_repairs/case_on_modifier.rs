//! A preposition hung on a modifier inside its noun phrase: in "criticism from Capitol Hill" the
//! parser may make "from" the `case` of "Capitol" (a `compound` of "Hill"), so the phrase
//! "Capitol Hill" has no preposition of its own. In UD a `case` word belongs to the head of its
//! nominal: a `case` word before a `compound`, `flat`, `amod` or `nummod` modifier that itself
//! precedes its head moves up to that head (and on, while the head is such a modifier too).
//!
//! What it must not do: move a `case` word from a head noun, onto a word before it, or onto a
//! word that is not a nominal.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], c: usize) -> bool {
    if arcs[c].deprel != "case" {
        return false;
    }
    let Some(mut h) = head(arcs, c).filter(|&h| h > c) else {
        return false;
    };
    let mut moved = false;
    for _ in 0..arcs.len() {
        if !matches!(arcs[h].deprel, "compound" | "flat" | "amod" | "nummod") {
            break;
        }
        // (Only onto a nominal: "with police accusing them" is an absolute clause's subject.)
        match head(arcs, h) {
            Some(up) if up > h && matches!(tagged[up].upos, "NOUN" | "PROPN" | "PRON" | "NUM") => {
                h = up;
                moved = true;
            }
            _ => break,
        }
    }
    if moved {
        arcs[c].head = (h + 1) as u32;
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_preposition_on_a_compound_moves_to_the_phrase_head() {
        // criticism from Capitol Hill
        let t = tags(&["NOUN", "ADP", "PROPN", "PROPN"]);
        let spec: [(u32, &'static str); 4] = [(0, "root"), (3, "case"), (4, "compound"), (1, "nmod")];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 1));
        assert_eq!((a[1].head, a[1].deprel), (4, "case"));
        // On the head itself it stays.
        let mut b = arcs(&[(0, "root"), (4, "case"), (4, "compound"), (1, "nmod")]);
        assert!(!repair(&t, &mut b, 1));
        // Not onto a verb: "with police accusing them".
        let v = tags(&["NOUN", "ADP", "NOUN", "VERB"]);
        let mut c = arcs(&spec);
        assert!(!repair(&v, &mut c, 1));
    }
}
