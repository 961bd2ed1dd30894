//! A preposition hung on the `-ing` modifier after it: in "held for six months on spying
//! allegations" the parser may make "on" the `mark` of "spying" (an `amod` of "allegations"),
//! so the noun loses its preposition and the act its grounds. A preposition (`IN`) attached as
//! `mark` to the `-ing` word right after it, itself the `amod` of the noun right after that,
//! becomes the `case` of that noun.
//!
//! What it must not do: touch a preposition that opens a clause ("on seeing the report"), or
//! an `-ing` word that is not its noun's modifier.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], p: usize) -> bool {
    let (g, n) = (p + 1, p + 2);
    if n >= arcs.len() || tagged[p].xpos != "IN" || arcs[p].deprel != "mark" || head(arcs, p) != Some(g) {
        return false;
    }
    if tagged[g].xpos != "VBG" || arcs[g].deprel != "amod" || head(arcs, g) != Some(n) {
        return false;
    }
    if !matches!(tagged[n].upos, "NOUN" | "PROPN") {
        return false;
    }
    arcs[p].head = (n + 1) as u32;
    arcs[p].deprel = "case";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_preposition_on_a_gerund_modifier_goes_to_its_noun() {
        // held on spying allegations .
        let mut t = tags(&["VERB", "SCONJ", "VERB", "NOUN", "PUNCT"]);
        t[1].xpos = "IN";
        t[2].xpos = "VBG";
        let spec: [(u32, &'static str); 5] = [(0, "root"), (3, "mark"), (4, "amod"), (1, "obl"), (1, "punct")];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 1));
        assert_eq!((a[1].head, a[1].deprel), (4, "case"));
        // "on seeing reports": the gerund heads a clause, not a modifier; left alone.
        let spec: [(u32, &'static str); 5] = [(0, "root"), (3, "mark"), (1, "advcl"), (3, "obj"), (1, "punct")];
        let mut b = arcs(&spec);
        assert!(!repair(&t, &mut b, 1));
        assert_eq!(b[1].deprel, "mark");
    }
}
