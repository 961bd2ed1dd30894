//! A reported clause hung on the addressee of its reporting verb: in "Sir Nicholas told the
//! ambassador the four had been involved in gathering intelligence" the parser may make
//! "involved" a relative clause (`acl`) of "ambassador". A verb with its own subject and an
//! auxiliary, no relative pronoun or marker, hung as `acl` or `acl:relcl` on the object or
//! indirect object of a reporting verb (`data/lexicons/reporting_verbs.txt`), becomes that
//! verb's `ccomp`.
//!
//! What it must not do: touch a relative clause with its pronoun ("told the man who had …"), a
//! participle with no subject of its own ("the ambassador summoned"), or a clause on any other
//! noun.

use super::{has_dep, head, reporting};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(lemmas: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], c: usize) -> bool {
    if tagged[c].upos != "VERB" || !matches!(arcs[c].deprel, "acl" | "acl:relcl") {
        return false;
    }
    let Some(n) = head(arcs, c).filter(|&n| n < c && matches!(arcs[n].deprel, "obj" | "iobj")) else {
        return false;
    };
    let Some(v) = head(arcs, n).filter(|&v| tagged[v].upos == "VERB" && reporting(lemmas[v])) else {
        return false;
    };
    let own_subject = (n + 1..c).any(|k| head(arcs, k) == Some(c) && arcs[k].deprel.starts_with("nsubj"));
    let relative = (n + 1..c).any(|k| {
        head(arcs, k) == Some(c) && (matches!(tagged[k].xpos, "WP" | "WDT" | "WP$") || arcs[k].deprel == "mark")
    });
    if !own_subject || relative || !has_dep(arcs, c, "aux") {
        return false;
    }
    arcs[c].head = (v + 1) as u32;
    arcs[c].deprel = "ccomp";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_clause_with_its_own_subject_on_the_addressee_is_what_was_told() {
        // Nicholas told the ambassador the four had been involved
        let lemmas = [
            "Nicholas",
            "tell",
            "the",
            "ambassador",
            "the",
            "four",
            "have",
            "be",
            "involve",
        ];
        let mut t = tags(&["PROPN", "VERB", "DET", "NOUN", "DET", "NUM", "AUX", "AUX", "VERB"]);
        t[5].xpos = "CD";
        let spec: [(u32, &'static str); 9] = [
            (2, "nsubj"),
            (0, "root"),
            (4, "det"),
            (2, "iobj"),
            (6, "det"),
            (9, "nsubj:pass"),
            (9, "aux"),
            (9, "aux:pass"),
            (4, "acl"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&lemmas, &t, &mut a, 8));
        assert_eq!((a[8].head, a[8].deprel), (2, "ccomp"));
        // "told the man who had left": a relative clause stays.
        let lemmas2 = ["tell", "the", "man", "who", "have", "leave"];
        let mut t2 = tags(&["VERB", "DET", "NOUN", "PRON", "AUX", "VERB"]);
        t2[3].xpos = "WP";
        let mut b = arcs(&[
            (0, "root"),
            (3, "det"),
            (1, "obj"),
            (6, "nsubj"),
            (6, "aux"),
            (3, "acl:relcl"),
        ]);
        assert!(!repair(&lemmas2, &t2, &mut b, 5));
    }
}
