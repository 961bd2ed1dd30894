//! A subject split from its verb by an apposition's comma: in "“…,” Lithuania's counter
//! intelligence chief, Darius Jauniskis, told a news conference" the parser may hang "chief"
//! and "told" side by side on the quoted clause's verb (both `parataxis`), leaving "told"
//! without a subject. A finite verb with no subject right after a comma, whose head also
//! carries, as `parataxis`, `appos`, `conj` or `dep`, the noun phrase that ends right before that
//! comma, gets that phrase as its `nsubj`.
//!
//! So does a root verb whose opening phrase, ending right before the comma, the parser hung on
//! it as a modifier ("Foreign Ministry spokesperson Lin Jian, dished out further criticisms").
//!
//! What it must not do: touch a verb that has a subject, or a phrase hung elsewhere than the
//! verb's own head.

use super::{has_dep, head};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    if v < 2 || tagged[v].upos != "VERB" || !matches!(tagged[v].xpos, "VBD" | "VBZ" | "VBP") || forms[v - 1] != "," {
        return false;
    }
    let n = arcs.len();
    if has_dep(arcs, v, "nsubj") {
        return false;
    }
    let Some(h) = head(arcs, v) else {
        return opening_phrase(tagged, arcs, v);
    };
    // The top of the phrase ending right before the comma, below the verb's own head.
    let mut x = v - 2;
    for _ in 0..n {
        match head(arcs, x) {
            Some(up) if up != h && up < v - 1 && up > h.min(x) => x = up,
            _ => break,
        }
    }
    if head(arcs, x) != Some(h)
        || !matches!(tagged[x].upos, "NOUN" | "PROPN" | "PRON")
        || !matches!(arcs[x].deprel, "parataxis" | "appos" | "conj" | "dep")
    {
        return false;
    }
    arcs[x].head = (v + 1) as u32;
    arcs[x].deprel = "nsubj";
    true
}

/// "Foreign Ministry spokesperson Lin Jian, dished out criticisms": with the verb the root, the
/// phrase opening the sentence and ending right before the comma, hung on the verb as anything
/// but a subject or a clause, is its subject.
fn opening_phrase(tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    let mut x = v - 2;
    for _ in 0..arcs.len() {
        match head(arcs, x) {
            Some(up) if up < v - 1 => x = up,
            _ => break,
        }
    }
    let whole = (0..v - 1).all(|k| super::under(arcs, k, x));
    if !whole
        || head(arcs, x) != Some(v)
        || !matches!(tagged[x].upos, "NOUN" | "PROPN" | "ADJ")
        || !matches!(
            arcs[x].deprel,
            "amod" | "dep" | "nmod" | "appos" | "compound" | "parataxis"
        )
        || super::has_dep(arcs, x, "case")
    {
        return false;
    }
    arcs[x].head = (v + 1) as u32;
    arcs[x].deprel = "nsubj";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_phrase_before_the_comma_is_the_subject() {
        // " It ended , " the chief , Darius , told reporters .
        let forms = [
            "\"",
            "It",
            "ended",
            ",",
            "\"",
            "the",
            "chief",
            ",",
            "Darius",
            ",",
            "told",
            "reporters",
            ".",
        ];
        let mut t = tags(&[
            "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN",
            "PUNCT",
        ]);
        t[10].xpos = "VBD";
        let spec: [(u32, &'static str); 13] = [
            (3, "punct"),
            (3, "nsubj"),
            (0, "root"),
            (3, "punct"),
            (3, "punct"),
            (7, "det"),
            (3, "parataxis"),
            (9, "punct"),
            (7, "appos"),
            (11, "punct"),
            (3, "parataxis"),
            (11, "obj"),
            (3, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 10));
        assert_eq!((a[6].head, a[6].deprel), (11, "nsubj"));
        // A verb with its own subject is left alone.
        let mut b = arcs(&spec);
        b[11].deprel = "nsubj";
        assert!(!repair(&forms, &t, &mut b, 10));
    }

    #[test]
    fn an_opening_phrase_hung_on_the_root_as_a_modifier_is_its_subject() {
        // Spokesperson Lin , dished out criticisms .
        let forms = ["Spokesperson", "Lin", ",", "dished", "out", "criticisms", "."];
        let mut t = tags(&["NOUN", "PROPN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"]);
        t[3].xpos = "VBD";
        let spec: [(u32, &'static str); 7] = [
            (2, "nmod:desc"),
            (4, "amod"),
            (4, "punct"),
            (0, "root"),
            (4, "compound:prt"),
            (4, "obj"),
            (4, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 3));
        assert_eq!((a[1].head, a[1].deprel), (4, "nsubj"));
        // "In other words, they left": a prepositional phrase is no subject.
        let forms2 = ["In", "other", "words", ",", "left", "."];
        let mut t2 = tags(&["ADP", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]);
        t2[4].xpos = "VBD";
        let mut b = arcs(&[
            (3, "case"),
            (3, "amod"),
            (5, "obl"),
            (5, "punct"),
            (0, "root"),
            (5, "punct"),
        ]);
        assert!(!repair(&forms2, &t2, &mut b, 4));
    }
}
