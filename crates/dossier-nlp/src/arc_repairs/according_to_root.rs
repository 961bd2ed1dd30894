//! A sentence rooted in its "according to" phrase: in "According to Spy Talk, which broke the
//! story, Dong, who served as …, would be the highest-level defector" the parser may make
//! "Talk" the root, the clause's predicate ("defector") its `appos` and the clause's subject
//! ("Dong") its `conj`. An "according to" phrase is always an oblique of the clause it
//! sources. When the root carries the case "according (to)" and a later dependent of it is a
//! predicate (a verb, or a word with a copula or auxiliary) attached as `appos`, `conj`,
//! `parataxis` or `ccomp`, that predicate becomes the root and the phrase its `obl`; a noun
//! between them hung on the phrase as `conj` or `appos` becomes the predicate's subject (if it
//! has none), relative clauses between them go to that subject, and other words between them
//! to the predicate.
//!
//! What it must not do: touch a sentence whose root is not an "according to" phrase, or one
//! with no later predicate hung on it.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc]) -> bool {
    let n = arcs.len();
    let Some(r) = (0..n).find(|&k| arcs[k].head == 0) else {
        return false;
    };
    let kids = |arcs: &[Arc], of: usize| -> Vec<usize> { (0..n).filter(|&k| head(arcs, k) == Some(of)).collect() };
    let according = kids(arcs, r)
        .into_iter()
        .any(|k| k < r && arcs[k].deprel == "case" && forms[k].eq_ignore_ascii_case("according"));
    if !according || !matches!(tagged[r].upos, "NOUN" | "PROPN" | "PRON") {
        return false;
    }
    let predicate = |arcs: &[Arc], c: usize| {
        tagged[c].upos == "VERB"
            || kids(arcs, c)
                .into_iter()
                .any(|k| matches!(arcs[k].deprel, "cop" | "aux" | "aux:pass"))
    };
    let Some(c) = kids(arcs, r)
        .into_iter()
        .find(|&c| c > r && matches!(arcs[c].deprel, "appos" | "conj" | "parataxis" | "ccomp") && predicate(arcs, c))
    else {
        return false;
    };
    let has_subject = kids(arcs, c).into_iter().any(|k| arcs[k].deprel.starts_with("nsubj"));
    let subject = (!has_subject)
        .then(|| {
            kids(arcs, r).into_iter().find(|&k| {
                k > r
                    && k < c
                    && matches!(arcs[k].deprel, "conj" | "appos")
                    && matches!(tagged[k].upos, "NOUN" | "PROPN" | "PRON")
            })
        })
        .flatten();
    let between: Vec<usize> = kids(arcs, r)
        .into_iter()
        .filter(|&k| k > r && k < c && Some(k) != subject && tagged[k].upos != "PUNCT")
        .collect();
    arcs[c].head = 0;
    arcs[c].deprel = "root";
    arcs[r].head = (c + 1) as u32;
    arcs[r].deprel = "obl";
    if let Some(s) = subject {
        arcs[s].head = (c + 1) as u32;
        arcs[s].deprel = if kids(arcs, c).into_iter().any(|k| arcs[k].deprel == "aux:pass") {
            "nsubj:pass"
        } else {
            "nsubj"
        };
    }
    for k in between {
        // (Relative clauses and participles after the subject describe it.)
        let on_subject = subject.filter(|&s| s < k && matches!(arcs[k].deprel, "acl:relcl" | "acl"));
        arcs[k].head = (on_subject.unwrap_or(c) + 1) as u32;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_clause_sourced_becomes_the_root() {
        // According to Talk , Dong , who served , would be the defector .
        let forms = [
            "According",
            "to",
            "Talk",
            ",",
            "Dong",
            ",",
            "who",
            "served",
            ",",
            "would",
            "be",
            "the",
            "defector",
            ".",
        ];
        let t = tags(&[
            "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "AUX", "AUX", "DET", "NOUN",
            "PUNCT",
        ]);
        let spec: [(u32, &'static str); 14] = [
            (3, "case"),
            (1, "fixed"),
            (0, "root"),
            (5, "punct"),
            (3, "conj"),
            (8, "punct"),
            (8, "nsubj"),
            (3, "acl:relcl"),
            (13, "punct"),
            (13, "aux"),
            (13, "cop"),
            (13, "det"),
            (3, "appos"),
            (3, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a));
        assert_eq!((a[12].head, a[12].deprel), (0, "root"));
        assert_eq!((a[2].head, a[2].deprel), (13, "obl"));
        assert_eq!((a[4].head, a[4].deprel), (13, "nsubj"));
        assert_eq!(a[7].head, 5);
        // A sentence rooted elsewhere is left alone.
        let mut b = arcs(&spec);
        b[0].deprel = "amod";
        assert!(!repair(&forms, &t, &mut b));
    }
}
