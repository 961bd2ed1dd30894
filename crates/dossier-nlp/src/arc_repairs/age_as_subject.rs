//! A person named by their age read as a modifier: in "said the 45-year-old had sold secrets
//! to China" or "did not say which country the 61-year-old handed the secrets to" the parser
//! may make "old" an adjective of the verb after it, hang "the" on that verb, and read the
//! verb as a modifier of its own object, so the act loses its subject. "old" right after
//! "year -" (or "years -"), with a determiner before the age and a verb (after any
//! auxiliaries and adverbs) right after it, becomes that verb's subject (`nsubj:pass` for a
//! passive participle after a form of "be"), the determiner its `det`, the auxiliaries the
//! verb's; a verb the parser hung on the noun after it as `amod` takes that noun's place and
//! the noun becomes its object.
//!
//! What it must not do: touch an age followed by its noun ("the 61-year-old man"), or change
//! a tree where the age already is the verb's subject with its determiner.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], o: usize) -> bool {
    if o < 5 || !forms[o].eq_ignore_ascii_case("old") || tagged[o].upos != "ADJ" || forms[o - 1] != "-" {
        return false;
    }
    if !matches!(forms[o - 2].to_ascii_lowercase().as_str(), "year" | "years") || forms[o - 3] != "-" {
        return false;
    }
    let det = o - 5;
    if tagged[o - 4].upos != "NUM" && !tagged[o - 4].xpos.starts_with("CD") || tagged[det].upos != "DET" {
        return false;
    }
    // The verb after the age, past auxiliaries and adverbs.
    let mut v = o + 1;
    while v < forms.len() && matches!(tagged[v].upos, "AUX" | "ADV" | "PART") {
        v += 1;
    }
    if v >= forms.len() || tagged[v].upos != "VERB" || v == o + 1 && tagged[o + 1].upos != "VERB" {
        return false;
    }
    let before: Vec<(u32, &str)> = arcs.iter().map(|a| (a.head, a.deprel)).collect();
    let passive = tagged[v].xpos == "VBN"
        && (o + 1..v).any(|k| {
            matches!(
                forms[k].to_ascii_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "been" | "be"
            )
        });
    let to = (v + 1) as u32;
    // "sold" hung as `amod` on "secrets": the verb takes the noun's place.
    if arcs[v].deprel == "amod" {
        if let Some(n) = head(arcs, v).filter(|&n| n > v) {
            arcs[v].head = arcs[n].head;
            arcs[v].deprel = if arcs[n].deprel == "obj" {
                "ccomp"
            } else {
                arcs[n].deprel
            };
            arcs[n].head = to;
            arcs[n].deprel = "obj";
        }
    }
    arcs[o].head = to;
    arcs[o].deprel = if passive { "nsubj:pass" } else { "nsubj" };
    arcs[det].head = (o + 1) as u32;
    arcs[det].deprel = "det";
    for k in o + 1..v {
        if tagged[k].upos == "AUX" {
            arcs[k].head = to;
            arcs[k].deprel =
                if passive && !forms[k].eq_ignore_ascii_case("had") && !forms[k].eq_ignore_ascii_case("has") {
                    "aux:pass"
                } else {
                    "aux"
                };
        }
    }
    arcs.iter().zip(before).any(|(a, b)| (a.head, a.deprel) != b)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn an_age_before_a_verb_is_its_subject() {
        // said the 45 - year - old had sold secrets .
        let forms = [
            "said", "the", "45", "-", "year", "-", "old", "had", "sold", "secrets", ".",
        ];
        let mut t = tags(&[
            "VERB", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "AUX", "VERB", "NOUN", "PUNCT",
        ]);
        t[8].xpos = "VBN";
        let spec: [(u32, &'static str); 11] = [
            (0, "root"),
            (10, "det"),
            (5, "nummod"),
            (3, "punct"),
            (7, "obl:unmarked"),
            (5, "punct"),
            (9, "nsubj"),
            (9, "aux"),
            (10, "amod"),
            (1, "obj"),
            (1, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 6));
        assert_eq!((a[6].head, a[6].deprel), (9, "nsubj"));
        assert_eq!((a[8].head, a[8].deprel), (1, "ccomp"));
        assert_eq!((a[9].head, a[9].deprel), (9, "obj"));
        assert_eq!((a[1].head, a[1].deprel), (7, "det"));
        // "the 45-year-old man": the age describes its noun; left alone.
        let forms2 = ["the", "45", "-", "year", "-", "old", "man", "left"];
        let t2 = tags(&["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB"]);
        let spec2: [(u32, &'static str); 8] = [
            (7, "det"),
            (4, "nummod"),
            (2, "punct"),
            (6, "obl:unmarked"),
            (4, "punct"),
            (7, "amod"),
            (8, "nsubj"),
            (0, "root"),
        ];
        let mut b = arcs(&spec2);
        assert!(!repair(&forms2, &t2, &mut b, 5));
    }
}
