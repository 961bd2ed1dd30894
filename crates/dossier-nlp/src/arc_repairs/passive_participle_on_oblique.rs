//! A passive participle describing the noun before it, hung on the clause's verb: in "worked
//! with a Chinese national charged last August for gathering information" the parser may make
//! "charged" an `xcomp` of "worked", and the charge loses its patient. A past participle (`VBN`)
//! attached as `xcomp` or `advcl`, with no subject, auxiliary or marker of its own, right after
//! a noun (an adverb may come between, no comma) that is a prepositional `obl` of the same verb,
//! becomes an `acl` of that noun: a verb's oblique takes no secondary predicate.
//!
//! What it must not do: touch a participle after an object ("had two diplomats expelled",
//! "found him guilty" are secondary predicates), or one with its own subject, auxiliary or
//! marker.

use super::{has_dep, head};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], p: usize) -> bool {
    if p < 1 || tagged[p].xpos != "VBN" || !matches!(arcs[p].deprel, "xcomp" | "advcl") {
        return false;
    }
    let own = |rel: &str| has_dep(arcs, p, rel);
    if own("nsubj") || own("aux") || own("mark") || own("cop") {
        return false;
    }
    let mut n = p - 1;
    if tagged[n].upos == "ADV" && n > 0 {
        n -= 1;
    }
    if !matches!(tagged[n].upos, "NOUN" | "PROPN") || arcs[n].deprel != "obl" {
        return false;
    }
    let has_case = has_dep(arcs, n, "case");
    if !has_case || head(arcs, n) != head(arcs, p) {
        return false;
    }
    arcs[p].head = (n + 1) as u32;
    arcs[p].deprel = "acl";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_participle_after_a_verbs_oblique_describes_it() {
        // They worked with a man charged in May .
        let mut t = tags(&["PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]);
        t[5].xpos = "VBN";
        let spec: [(u32, &'static str); 9] = [
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "det"),
            (2, "obl"),
            (2, "xcomp"),
            (8, "case"),
            (6, "obl"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 5));
        assert_eq!((a[5].head, a[5].deprel), (5, "acl"));
        // After an object it is a secondary predicate: "had the man charged".
        let mut b = arcs(&spec);
        b[4].deprel = "obj";
        b[2].deprel = "det";
        assert!(!repair(&t, &mut b, 5));
    }
}
