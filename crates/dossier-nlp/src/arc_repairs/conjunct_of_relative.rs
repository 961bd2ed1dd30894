//! A relative clause's second verb lifted to the main clause: in "…,” said the official, who
//! was not authorized to speak and did not provide details" the parser may make "provide" a
//! `conj` of "said", so the official's refusal reads as the main clause's act. A verb attached
//! as `conj` with no subject of its own, whose "and" comes right after the last word of a
//! relative clause (`acl:relcl`) on a dependent of the same head, becomes a `conj` of that
//! relative clause's verb.
//!
//! What it must not do: move a conjunct with its own subject, or one that a word outside the
//! relative clause separates from it.

use super::{has_dep, head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    if tagged[v].upos != "VERB" || arcs[v].deprel != "conj" || has_dep(arcs, v, "nsubj") {
        return false;
    }
    let Some(h) = head(arcs, v).filter(|&h| h < v) else {
        return false;
    };
    // The conjunct's first word: its "and" (and any auxiliaries after it).
    let Some(cc) = (0..v).find(|&k| head(arcs, k) == Some(v) && arcs[k].deprel == "cc") else {
        return false;
    };
    if cc == 0 || !forms[cc].eq_ignore_ascii_case("and") {
        return false;
    }
    // A relative clause ending right before the "and", on a dependent of the same head.
    let last = cc - 1;
    let Some(r) = (0..last + 1).rev().find(|&r| {
        arcs[r].deprel == "acl:relcl" && head(arcs, r).is_some_and(|n| head(arcs, n) == Some(h)) && under(arcs, last, r)
    }) else {
        return false;
    };
    arcs[v].head = (r + 1) as u32;
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_conjunct_after_a_relative_clause_belongs_to_it() {
        // said the official , who declined to speak and did not give details .
        let forms = [
            "said", "the", "official", ",", "who", "declined", "to", "speak", "and", "did", "not", "give", "details",
            ".",
        ];
        let t = tags(&[
            "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PART", "VERB", "CCONJ", "AUX", "PART", "VERB", "NOUN",
            "PUNCT",
        ]);
        let spec: [(u32, &'static str); 14] = [
            (0, "root"),
            (3, "det"),
            (1, "nsubj"),
            (6, "punct"),
            (6, "nsubj"),
            (3, "acl:relcl"),
            (8, "mark"),
            (6, "xcomp"),
            (12, "cc"),
            (12, "aux"),
            (12, "advmod"),
            (1, "conj"),
            (12, "obj"),
            (1, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 11));
        assert_eq!((a[11].head, a[11].deprel), (6, "conj"));
        // With a subject of its own it is the main clause's: "… and he gave details".
        let mut b = arcs(&spec);
        b[10] = Arc {
            head: 12,
            deprel: "nsubj",
        };
        assert!(!repair(&forms, &t, &mut b, 11));
    }
}
