//! A number standing for people read as the count of a later noun: in "a grand jury indicted the
//! five on charges they broke into computers" the parser may make "five" a `nummod` of "charges"
//! and "charges" the object, so the indictment indicts charges. A number with "the" before it
//! and a preposition between it and the noun it counts cannot count that noun: the number
//! becomes the head of its phrase (taking the noun's place and relation, and the "the"), and the
//! noun, with its preposition, an oblique of the verb (or a `nmod` of a noun).
//!
//! What it must not do: touch a number right before its noun ("the five officers"), or one whose
//! noun has no preposition between them.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], k: usize) -> bool {
    if k == 0 || tagged[k].upos != "NUM" || arcs[k].deprel != "nummod" {
        return false;
    }
    let Some(n) = head(arcs, k).filter(|&n| n > k + 1) else {
        return false;
    };
    let d = k - 1;
    let p = k + 1;
    if !forms[d].eq_ignore_ascii_case("the") || head(arcs, d) != Some(n) || arcs[d].deprel != "det" {
        return false;
    }
    if tagged[p].upos != "ADP" || head(arcs, p) != Some(n) || arcs[p].deprel != "case" {
        return false;
    }
    let up = arcs[n];
    let Some(v) = head(arcs, n) else { return false };
    arcs[k] = up;
    arcs[d].head = (k + 1) as u32;
    arcs[n] = Arc {
        head: (v + 1) as u32,
        deprel: if tagged[v].upos == "VERB" { "obl" } else { "nmod" },
    };
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_number_before_a_preposition_is_the_object() {
        // jury indicted the five on charges .
        let forms = ["jury", "indicted", "the", "five", "on", "charges", "."];
        let t = tags(&["NOUN", "VERB", "DET", "NUM", "ADP", "NOUN", "PUNCT"]);
        let spec: [(u32, &'static str); 7] = [
            (2, "nsubj"),
            (0, "root"),
            (6, "det"),
            (6, "nummod"),
            (6, "case"),
            (2, "obj"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 3));
        assert_eq!((a[3].head, a[3].deprel), (2, "obj"));
        assert_eq!((a[2].head, a[2].deprel), (4, "det"));
        assert_eq!((a[5].head, a[5].deprel), (2, "obl"));
        // "the five officers": nothing between the number and its noun.
        let forms = ["jury", "indicted", "the", "five", "officers", "."];
        let t = tags(&["NOUN", "VERB", "DET", "NUM", "NOUN", "PUNCT"]);
        let mut b = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (5, "det"),
            (5, "nummod"),
            (2, "obj"),
            (2, "punct"),
        ]);
        assert!(!repair(&forms, &t, &mut b, 3));
    }
}
