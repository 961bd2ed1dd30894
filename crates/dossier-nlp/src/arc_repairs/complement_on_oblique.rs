//! A reported clause hung on the oblique of its reporting verb: in "has insisted since his
//! arrest that he gathered the documents" or "said in a statement that the men were spies" the
//! parser may make the `that` clause an `acl` of "arrest" or "statement", so the report loses
//! its content. A finite clause with its own subject and the mark "that", attached as `acl` to
//! a noun that is the `obl` of a reporting verb (`data/lexicons/reporting_verbs.txt`) with no
//! clausal complement of its own, becomes that verb's `ccomp`.
//!
//! What it must not do: move a clause whose noun is the verb's object ("denied the claim that
//! …"), or give a verb a second complement.

use super::{has_dep, head, reporting};
use crate::parser::Arc;

pub(super) fn repair(forms: &[&str], lemmas: &[&str], arcs: &mut [Arc], v: usize) -> bool {
    if arcs[v].deprel != "acl" || !has_dep(arcs, v, "nsubj") {
        return false;
    }
    let marked =
        (0..v).any(|k| head(arcs, k) == Some(v) && arcs[k].deprel == "mark" && forms[k].eq_ignore_ascii_case("that"));
    let Some(n) = head(arcs, v).filter(|&n| n < v && arcs[n].deprel == "obl") else {
        return false;
    };
    let Some(r) = head(arcs, n) else { return false };
    if !marked || !reporting(lemmas[r]) || has_dep(arcs, r, "ccomp") {
        return false;
    }
    arcs[v].head = (r + 1) as u32;
    arcs[v].deprel = "ccomp";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::arcs;
    use super::*;

    #[test]
    fn a_that_clause_on_a_reporting_verbs_oblique_is_its_complement() {
        // He insisted since his arrest that he gathered documents .
        let forms = [
            "He",
            "insisted",
            "since",
            "his",
            "arrest",
            "that",
            "he",
            "gathered",
            "documents",
            ".",
        ];
        let lemmas = [
            "he", "insist", "since", "his", "arrest", "that", "he", "gather", "document", ".",
        ];
        let spec: [(u32, &'static str); 10] = [
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "nmod:poss"),
            (2, "obl"),
            (8, "mark"),
            (8, "nsubj"),
            (5, "acl"),
            (8, "obj"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &lemmas, &mut a, 7));
        assert_eq!((a[7].head, a[7].deprel), (2, "ccomp"));
        // Not after a verb that is no reporting verb ("slept since his arrest that …").
        let mut lem2 = lemmas;
        lem2[1] = "sleep";
        let mut b = arcs(&spec);
        assert!(!repair(&forms, &lem2, &mut b, 7));
    }
}
