//! An object read as the subject of a later clause: in "the police said nothing about how they
//! got the names or where the three were believed to be" the parser may make "nothing" a second
//! subject of "believed", and "said" loses its object. A clause with two subjects, the first
//! right after a verb that has no object and governs the clause, gives that first subject back
//! to the verb as its object.
//!
//! Also an apposition read as a second subject: in "the chargé d'affaires of the mission, Saad
//! Warraich, was issued a démarche" the parser may make "Saad" a subject of "issued" too. Of two
//! subjects, a second one that stands between commas right after the first one's phrase becomes
//! that first subject's `appos`.
//!
//! What it must not do: touch a clause with one subject, or a word that does not follow its
//! verb directly or stand between commas after the first subject.

use super::{has_dep, head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    let subjects: Vec<usize> = (0..arcs.len())
        .filter(|&k| head(arcs, k) == Some(v) && arcs[k].deprel.starts_with("nsubj"))
        .collect();
    let [first, _second, ..] = subjects.as_slice() else {
        return false;
    };
    let first = *first;
    if apposition(forms, arcs, first, subjects[1]) {
        return true;
    }
    if first == 0 {
        return false;
    }
    let w = first - 1;
    if tagged[w].upos != "VERB" || has_dep(arcs, w, "obj") || !under(arcs, v, w) || w == v {
        return false;
    }
    arcs[first].head = (w + 1) as u32;
    arcs[first].deprel = "obj";
    true
}

/// "X of the mission, Saad Warraich, was issued": the second subject, set off by commas right
/// after the first one's phrase, is its apposition.
fn apposition(forms: &[&str], arcs: &mut [Arc], first: usize, second: usize) -> bool {
    // The first subject's phrase runs on to the comma that opens the second's.
    let start = second_start(arcs, second);
    let opens = start > first + 1
        && forms[start - 1] == ","
        && (first..start - 1).all(|k| under(arcs, k, first) || forms[k] == ",");
    // (The closing comma may hang inside the phrase or come right after it.)
    let last = (second..arcs.len())
        .take_while(|&k| under(arcs, k, second))
        .last()
        .unwrap_or(second);
    let closes = forms[last] == "," || forms.get(last + 1) == Some(&",");
    if !opens || !closes {
        return false;
    }
    arcs[second].head = (first + 1) as u32;
    arcs[second].deprel = "appos";
    true
}

/// The first word of `w`'s phrase.
fn second_start(arcs: &[Arc], w: usize) -> usize {
    (0..=w).find(|&k| under(arcs, k, w)).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_first_of_two_subjects_after_its_verb_is_that_verbs_object() {
        // police said nothing where the three were believed
        let t = tags(&["NOUN", "VERB", "PRON", "ADV", "DET", "NUM", "AUX", "VERB"]);
        let spec: [(u32, &'static str); 8] = [
            (2, "nsubj"),
            (0, "root"),
            (8, "nsubj:pass"),
            (8, "advmod"),
            (6, "det"),
            (8, "nsubj:pass"),
            (8, "aux:pass"),
            (2, "ccomp"),
        ];
        let forms = ["police", "said", "nothing", "where", "the", "three", "were", "believed"];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 7));
        assert_eq!((a[2].head, a[2].deprel), (2, "obj"));
        // One subject: nothing to do.
        let mut b = arcs(&spec);
        b[5].deprel = "nummod";
        assert!(!repair(&forms, &t, &mut b, 7));
    }

    #[test]
    fn a_second_subject_between_commas_after_the_first_is_its_apposition() {
        // the envoy of Peru , Ana Ruiz , was summoned
        let forms = ["the", "envoy", "of", "Peru", ",", "Ana", "Ruiz", ",", "was", "summoned"];
        let t = tags(&[
            "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB",
        ]);
        let spec: [(u32, &'static str); 10] = [
            (2, "det"),
            (10, "nsubj:pass"),
            (4, "case"),
            (2, "nmod"),
            (2, "punct"),
            (10, "nsubj:pass"),
            (6, "flat"),
            (6, "punct"),
            (10, "aux:pass"),
            (0, "root"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 9));
        assert_eq!((a[5].head, a[5].deprel), (2, "appos"));
    }
}
