//! A phrase set off by commas between a subject and its verb, hung on the subject: in "Cuba, in
//! a rare admission of a military defection, said …" the parser may make "admission" an `nmod`
//! of "Cuba", so the saying loses its manner ("in an admission" → the statement confirms). A
//! prepositional phrase that opens right after a comma following the subject, ends right before
//! a comma that the verb follows, and hangs on that subject as `nmod`, becomes an `obl` of the
//! verb.
//!
//! What it must not do: move a phrase that is not between two commas, not a prepositional
//! phrase, or whose head is not the subject of the verb right after its closing comma.

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], p: usize) -> bool {
    if arcs[p].deprel != "nmod" || !matches!(tagged[p].upos, "NOUN" | "PROPN") {
        return false;
    }
    let Some(subj) = head(arcs, p).filter(|&s| s < p) else {
        return false;
    };
    // The phrase's words: a contiguous run from its preposition to its last word.
    // (The parser may hang the opening comma on the phrase.)
    let words: Vec<usize> = (0..arcs.len())
        .filter(|&k| under(arcs, k, p) && !(arcs[k].deprel == "punct" && head(arcs, k) == Some(p)))
        .collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    if words.len() != last - first + 1 || first < 2 || last + 2 >= forms.len() {
        return false;
    }
    if tagged[first].upos != "ADP" || forms[first - 1] != "," || forms[last + 1] != "," {
        return false;
    }
    // The subject's own words end right before the opening comma.
    if (subj + 1..first - 1).any(|k| !under(arcs, k, subj)) {
        return false;
    }
    let v = last + 2;
    if tagged[v].upos != "VERB" || head(arcs, subj) != Some(v) || !arcs[subj].deprel.starts_with("nsubj") {
        return false;
    }
    arcs[p].head = (v + 1) as u32;
    arcs[p].deprel = "obl";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_phrase_between_commas_after_the_subject_belongs_to_the_verb() {
        // Cuba , in a statement , said
        let forms = ["Cuba", ",", "in", "a", "statement", ",", "said"];
        let t = tags(&["PROPN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB"]);
        let spec: [(u32, &'static str); 7] = [
            (7, "nsubj"),
            (5, "punct"),
            (5, "case"),
            (5, "det"),
            (1, "nmod"),
            (1, "punct"),
            (0, "root"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 4));
        assert_eq!((a[4].head, a[4].deprel), (7, "obl"));
        // Without the closing comma it is the subject's own modifier: "Cuba in a statement said".
        let forms = ["Cuba", ",", "in", "a", "statement", "then", "said"];
        let mut b = arcs(&spec);
        assert!(!repair(&forms, &t, &mut b, 4));
    }
}
