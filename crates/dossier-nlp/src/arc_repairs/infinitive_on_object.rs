//! A to-infinitive an object is told to carry out, read as a modifier of the object: in "the
//! Czech Republic ordered 18 Russian diplomats to leave the country" the parser may make "leave"
//! an `acl` of "diplomats", so the order loses what it orders. A `to` infinitive attached as
//! `acl` to the object of a verb that takes an object and an infinitive
//! (`data/lexicons/object_control_verbs.txt`: order, tell, ask, force …), right after the
//! object's phrase, becomes that verb's `xcomp`.
//!
//! What it must not do: touch an infinitive of another verb's object ("gave them a chance to
//! leave"), one without its "to", or one that does not follow the object's own phrase.

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/lexicons/object_control_verbs.txt");

fn object_control(lemma: &str) -> bool {
    static VERBS: OnceLock<Vec<&'static str>> = OnceLock::new();
    super::listed(LIST, &VERBS, lemma)
}

pub(super) fn repair(forms: &[&str], lemmas: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], i: usize) -> bool {
    if i == 0 || tagged[i].upos != "VERB" || tagged[i].xpos != "VB" || arcs[i].deprel != "acl" {
        return false;
    }
    let to = i - 1;
    if !forms[to].eq_ignore_ascii_case("to") || head(arcs, to) != Some(i) || arcs[to].deprel != "mark" {
        return false;
    }
    let Some(o) = head(arcs, i).filter(|&o| o < to) else {
        return false;
    };
    let Some(v) = head(arcs, o).filter(|&v| v < o) else {
        return false;
    };
    if arcs[o].deprel != "obj" || tagged[v].upos != "VERB" || !object_control(lemmas[v]) {
        return false;
    }
    // (Right after the object's own phrase: nothing else of the object between.)
    if (o + 1..to).any(|k| !under(arcs, k, o)) {
        return false;
    }
    arcs[i].head = (v + 1) as u32;
    arcs[i].deprel = "xcomp";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn an_ordered_infinitive_is_the_order_s_complement() {
        // Prague ordered 18 diplomats to leave .
        let forms = ["Prague", "ordered", "18", "diplomats", "to", "leave", "."];
        let lemmas = ["Prague", "order", "18", "diplomat", "to", "leave", "."];
        let mut t = tags(&["PROPN", "VERB", "NUM", "NOUN", "PART", "VERB", "PUNCT"]);
        t[5].xpos = "VB";
        let spec: [(u32, &'static str); 7] = [
            (2, "nsubj"),
            (0, "root"),
            (4, "nummod"),
            (2, "obj"),
            (6, "mark"),
            (4, "acl"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &lemmas, &t, &mut a, 5));
        assert_eq!((a[5].head, a[5].deprel), (2, "xcomp"));
        // "gave 18 diplomats time to leave" is not an order.
        let lemmas = ["Prague", "give", "18", "diplomat", "to", "leave", "."];
        let mut b = arcs(&spec);
        assert!(!repair(&forms, &lemmas, &t, &mut b, 5));
    }
}
