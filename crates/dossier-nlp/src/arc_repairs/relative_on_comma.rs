//! A relative clause set off by commas read as a clause of its own: see the list in
//! [`super`] ("prosecutors accused Karlsson, who denies wrongdoing, of selling secrets"; "Arthur
//! E., whose surname wasn't released, …").
//!
//! What it must not do: touch a clause whose relative word does not follow a comma, or one
//! already inside the noun's phrase.

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], r: usize) -> bool {
    let who = forms[r].to_ascii_lowercase();
    if !matches!(who.as_str(), "who" | "which" | "whose") || forms[r - 1] != "," {
        return false;
    }
    // The clause's subject: the relative word, or the noun "whose" belongs to ("whose surname
    // wasn't released").
    let subject = if who == "whose" {
        match head(arcs, r) {
            Some(s) if arcs[r].deprel == "nmod:poss" && s > r => s,
            _ => return false,
        }
    } else {
        r
    };
    if !matches!(arcs[subject].deprel, "nsubj" | "nsubj:pass") {
        return false;
    }
    let Some(v) = head(arcs, subject) else { return false };
    if tagged[v].upos != "VERB" && tagged[v].upos != "AUX" || v < r {
        return false;
    }
    if !matches!(arcs[v].deprel, "conj" | "parataxis" | "advcl" | "ccomp") {
        return false;
    }
    let Some(h) = head(arcs, v) else { return false };
    // The noun before the comma, or the name it ends.
    let mut n = r - 2;
    if !matches!(tagged[n].upos, "NOUN" | "PROPN" | "PRON" | "NUM") {
        return false;
    }
    if arcs[n].deprel == "flat" || arcs[n].deprel == "flat:name" {
        match head(arcs, n) {
            Some(x) if x < n => n = x,
            _ => return false,
        }
    }
    if under(arcs, n, v) || h == n {
        return false;
    }
    arcs[v].head = (n + 1) as u32;
    arcs[v].deprel = "acl:relcl";
    // The clause ends at the first comma after its verb; the verb's dependents beyond it
    // belong to the verb it was attached to.
    if let Some(k) = (v + 1..forms.len()).find(|&k| forms[k] == ",") {
        for c in k + 1..forms.len() {
            if head(arcs, c) == Some(v) && arcs[c].deprel != "punct" {
                arcs[c].head = (h + 1) as u32;
            }
        }
        if head(arcs, k) != Some(v) {
            arcs[k].head = (v + 1) as u32;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::super::repair;

    #[test]
    fn relative_clause_read_as_conjunct_is_reattached() {
        // Police questioned Ann , who denies it , about the leak .
        let forms = [
            "Police",
            "questioned",
            "Ann",
            ",",
            "who",
            "denies",
            "it",
            ",",
            "about",
            "the",
            "leak",
            ".",
        ];
        let t = tags(&[
            "NOUN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "ADP", "DET", "NOUN", "PUNCT",
        ]);
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (2, "obj"),
            (6, "punct"),
            (6, "nsubj"),
            (2, "conj"),
            (6, "obj"),
            (11, "punct"),
            (11, "case"),
            (11, "det"),
            (6, "obl"),
            (2, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[5].head, a[5].deprel), (3, "acl:relcl"));
        assert_eq!(a[10].head, 2, "the oblique after the clause returns to `questioned`");
        assert_eq!(a[6].head, 6, "the clause keeps its own object");
    }

    #[test]
    fn a_whose_clause_and_a_reporting_verb_read_as_the_subject_are_mended() {
        // Police said Ann , whose name was withheld , was detained .
        let forms = [
            "Police", "said", "Ann", ",", "whose", "name", "was", "withheld", ",", "was", "detained", ".",
        ];
        let lemmas = [
            "police", "say", "Ann", ",", "whose", "name", "be", "withhold", ",", "be", "detain", ".",
        ];
        let mut t = tags(&[
            "NOUN", "VERB", "PROPN", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "PUNCT", "AUX", "VERB", "PUNCT",
        ]);
        t[3].xpos = ",";
        t[8].xpos = ",";
        let mut a = arcs(&[
            (2, "nsubj"),
            (11, "nsubj:pass"),
            (2, "obj"),
            (8, "punct"),
            (6, "nmod:poss"),
            (8, "nsubj:pass"),
            (8, "aux:pass"),
            (2, "ccomp"),
            (2, "punct"),
            (11, "aux:pass"),
            (0, "root"),
            (11, "punct"),
        ]);
        assert!(repair(&forms, &lemmas, &t, &mut a));
        assert_eq!(
            (a[7].head, a[7].deprel),
            (3, "acl:relcl"),
            "the whose clause describes Ann"
        );
        assert_eq!((a[1].head, a[1].deprel), (0, "root"), "`said` heads the sentence");
        assert_eq!((a[10].head, a[10].deprel), (2, "ccomp"));
        assert_eq!((a[2].head, a[2].deprel), (11, "nsubj:pass"), "Ann was detained");
    }
}
