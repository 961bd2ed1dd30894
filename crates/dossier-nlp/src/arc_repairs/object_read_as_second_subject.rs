//! An object read as the subject of a later clause: in "the police said nothing about how they
//! got the names or where the three were believed to be" the parser may make "nothing" a second
//! subject of "believed", and "said" loses its object. A clause with two subjects, the first
//! right after a verb that has no object and governs the clause, gives that first subject back
//! to the verb as its object.
//!
//! What it must not do: touch a clause with one subject, or a word that does not follow its
//! verb directly.

use super::{has_dep, head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    let subjects: Vec<usize> = (0..arcs.len())
        .filter(|&k| head(arcs, k) == Some(v) && arcs[k].deprel.starts_with("nsubj"))
        .collect();
    let [first, _second, ..] = subjects.as_slice() else {
        return false;
    };
    let first = *first;
    if first == 0 {
        return false;
    }
    let w = first - 1;
    if tagged[w].upos != "VERB" || has_dep(arcs, w, "obj") || !under(arcs, v, w) || w == v {
        return false;
    }
    arcs[first].head = (w + 1) as u32;
    arcs[first].deprel = "obj";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_first_of_two_subjects_after_its_verb_is_that_verbs_object() {
        // police said nothing where the three were believed
        let t = tags(&["NOUN", "VERB", "PRON", "ADV", "DET", "NUM", "AUX", "VERB"]);
        let spec: [(u32, &'static str); 8] = [
            (2, "nsubj"),
            (0, "root"),
            (8, "nsubj:pass"),
            (8, "advmod"),
            (6, "det"),
            (8, "nsubj:pass"),
            (8, "aux:pass"),
            (2, "ccomp"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 7));
        assert_eq!((a[2].head, a[2].deprel), (2, "obj"));
        // One subject: nothing to do.
        let mut b = arcs(&spec);
        b[5].deprel = "nummod";
        assert!(!repair(&t, &mut b, 7));
    }
}
