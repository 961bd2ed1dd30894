//! The subject of an absolute "with" clause read as a modifier of its verb: in "…, with British
//! police accusing them of spying" the parser may make "police" a `compound` of "accusing" and
//! "with" that noun's `case`, leaving "accusing" with no subject. A noun right before an `-ing`
//! verb (`VBG`), attached to it as `compound` or `nmod` and carrying the case "with", becomes the
//! verb's `nsubj`, and "with" the verb's `mark`, as UD attaches absolute clauses.
//!
//! What it must not do: touch a verb that has a subject, or a noun not introduced by "with".

use super::{has_dep, head};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], n: usize) -> bool {
    if !matches!(arcs[n].deprel, "compound" | "nmod") || !matches!(tagged[n].upos, "NOUN" | "PROPN" | "PRON") {
        return false;
    }
    let Some(v) = head(arcs, n).filter(|&v| v == n + 1) else {
        return false;
    };
    if tagged[v].xpos != "VBG" {
        return false;
    }
    if has_dep(arcs, v, "nsubj") {
        return false;
    }
    let Some(with) =
        (0..n).find(|&k| head(arcs, k) == Some(n) && arcs[k].deprel == "case" && forms[k].eq_ignore_ascii_case("with"))
    else {
        return false;
    };
    arcs[n].deprel = "nsubj";
    arcs[with].head = (v + 1) as u32;
    arcs[with].deprel = "mark";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_noun_after_with_is_the_subject_of_the_ing_verb() {
        // with police accusing them
        let forms = ["with", "police", "accusing", "them"];
        let mut t = tags(&["ADP", "NOUN", "VERB", "PRON"]);
        t[2].xpos = "VBG";
        let spec: [(u32, &'static str); 4] = [(2, "case"), (3, "compound"), (0, "root"), (3, "obj")];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 1));
        assert_eq!((a[1].head, a[1].deprel), (3, "nsubj"));
        assert_eq!((a[0].head, a[0].deprel), (3, "mark"));
        // Without "with", nothing changes.
        let mut b = arcs(&spec);
        let other = ["by", "police", "accusing", "them"];
        assert!(!repair(&other, &t, &mut b, 1));
    }
}
