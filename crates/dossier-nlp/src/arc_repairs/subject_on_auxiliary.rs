//! A subject hung on an auxiliary: in "the pair — a man and a woman — have each been charged"
//! the parser may make "pair" the subject of "have" (attached as `aux` of "charged") and the
//! floating "each" the subject of "charged". An auxiliary never has dependents of its own in
//! UD, so a subject on a word attached as `aux` / `aux:pass` / `cop` belongs to the verb the
//! auxiliary serves. A floating quantifier ("each", "all", "both") that the parser made that
//! verb's subject, standing between the auxiliary and the verb, becomes its `advmod` (as EWT
//! attaches floating "all").
//!
//! What it must not do: move a subject onto a verb that keeps another real subject, or touch
//! any other dependent of the auxiliary.

use super::{has_dep, head};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], s: usize) -> bool {
    if !arcs[s].deprel.starts_with("nsubj") {
        return false;
    }
    let Some(a) = head(arcs, s) else { return false };
    if !matches!(arcs[a].deprel, "aux" | "aux:pass" | "cop") {
        return false;
    }
    let Some(v) = head(arcs, a) else { return false };
    if !matches!(tagged[v].upos, "VERB" | "ADJ" | "NOUN" | "PROPN") {
        return false;
    }
    let n = arcs.len();
    let floating = |k: usize| {
        k > a
            && k < v
            && tagged[k].upos == "DET"
            && ["each", "all", "both"].iter().any(|q| forms[k].eq_ignore_ascii_case(q))
    };
    let others: Vec<usize> = (0..n)
        .filter(|&k| k != s && head(arcs, k) == Some(v) && arcs[k].deprel.starts_with("nsubj"))
        .collect();
    if others.iter().any(|&k| !floating(k)) {
        return false;
    }
    // The verb's own voice names the subject's relation: a passive verb takes `nsubj:pass`.
    let passive = has_dep(arcs, v, "aux:pass");
    for k in others {
        arcs[k].deprel = "advmod";
    }
    arcs[s].head = (v + 1) as u32;
    arcs[s].deprel = if passive { "nsubj:pass" } else { "nsubj" };
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_subject_on_an_auxiliary_moves_to_its_verb_and_each_floats() {
        // The pair have each been charged .
        let forms = ["The", "pair", "have", "each", "been", "charged", "."];
        let t = tags(&["DET", "NOUN", "VERB", "DET", "AUX", "VERB", "PUNCT"]);
        let spec: [(u32, &'static str); 7] = [
            (2, "det"),
            (3, "nsubj"),
            (6, "aux"),
            (6, "nsubj:pass"),
            (6, "aux:pass"),
            (0, "root"),
            (6, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 1));
        assert_eq!((a[1].head, a[1].deprel), (6, "nsubj:pass"));
        assert_eq!((a[3].head, a[3].deprel), (6, "advmod"));
        // A verb with a real subject of its own keeps it: the tree is left alone.
        let mut b = arcs(&spec);
        b[3].deprel = "obj";
        b[0].deprel = "nsubj:pass";
        b[0].head = 6;
        assert!(!repair(&forms, &t, &mut b, 1));
    }
}
