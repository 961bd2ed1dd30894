//! Parse slips repaired after parsing, where a slip derails event roles:
//! - a relative clause set off by commas read as a clause of its own: in "prosecutors accused
//!   Karlsson, who denies wrongdoing, of selling secrets" the parser may make "denies" a `conj`
//!   of "accused" and hang "of selling" on "denies". A verb whose subject is a relative "who" or
//!   "which" right after a comma, attached as `conj`, `parataxis`, `advcl` or `ccomp`, becomes an
//!   `acl:relcl` of the noun before the comma; what it carried after its closing comma returns
//!   to the verb it was attached to.
//!
//! What it must not do: change tags or words, or touch a tree it does not recognise.

use crate::parser::Arc;
use crate::tagger::Tagged;

/// Repairs `arcs` (one per word, 1-based heads) in place; returns whether any arc changed.
pub fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc]) -> bool {
    if arcs.len() != forms.len() || tagged.len() != forms.len() {
        return false;
    }
    let mut changed = false;
    for r in 2..forms.len() {
        changed |= relative_on_comma(forms, tagged, arcs, r);
    }
    changed
}

fn head(arcs: &[Arc], i: usize) -> Option<usize> {
    let h = arcs[i].head as usize;
    (h != 0).then(|| h - 1)
}

/// Whether `a` lies in the subtree of `top`.
fn under(arcs: &[Arc], mut a: usize, top: usize) -> bool {
    for _ in 0..arcs.len() {
        if a == top {
            return true;
        }
        match head(arcs, a) {
            Some(h) => a = h,
            None => return false,
        }
    }
    false
}

fn relative_on_comma(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], r: usize) -> bool {
    let who = forms[r].to_ascii_lowercase();
    if !matches!(who.as_str(), "who" | "which") || forms[r - 1] != "," {
        return false;
    }
    if !matches!(arcs[r].deprel, "nsubj" | "nsubj:pass") {
        return false;
    }
    let Some(v) = head(arcs, r) else { return false };
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
    use super::*;

    fn arcs(spec: &[(u32, &'static str)]) -> Vec<Arc> {
        spec.iter().map(|&(head, deprel)| Arc { head, deprel }).collect()
    }

    fn tags(upos: &[&'static str]) -> Vec<Tagged<'static>> {
        upos.iter()
            .map(|&u| Tagged {
                upos: u,
                xpos: "",
                feats: "",
                lemma: None,
            })
            .collect()
    }

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
        assert!(repair(&forms, &t, &mut a));
        assert_eq!((a[5].head, a[5].deprel), (3, "acl:relcl"));
        assert_eq!(a[10].head, 2, "the oblique after the clause returns to `questioned`");
        assert_eq!(a[6].head, 6, "the clause keeps its own object");
    }

    #[test]
    fn a_proper_relative_clause_is_left_alone() {
        let forms = ["Ann", ",", "who", "left", ",", "spoke", "."];
        let t = tags(&["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"]);
        let mut a = arcs(&[
            (6, "nsubj"),
            (4, "punct"),
            (4, "nsubj"),
            (1, "acl:relcl"),
            (4, "punct"),
            (0, "root"),
            (6, "punct"),
        ]);
        let before = a.clone();
        assert!(!repair(&forms, &t, &mut a));
        assert_eq!(a, before);
    }
}
