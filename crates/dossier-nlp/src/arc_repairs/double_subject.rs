//! Two subjects of one verb joined by "and": in "The United States and Poland came out in
//! solidarity … and accused Moscow" the parser may make "States" and "Poland" both `nsubj` of
//! "came", with the "and" on the verb, so the verb's subject is only the first and a later verb
//! sharing it loses the second. A noun that is the verb's second `nsubj` (or `nsubj:pass`),
//! right after "and" or "or" that follows the first subject's phrase, becomes the first's `conj`,
//! and the "and" its `cc`.
//!
//! What it must not do: touch a verb with one subject, or subjects not joined by "and"/"or".

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    let subjects: Vec<usize> = (0..arcs.len())
        .filter(|&k| head(arcs, k) == Some(v) && matches!(arcs[k].deprel, "nsubj" | "nsubj:pass"))
        .collect();
    let [first, second] = subjects[..] else { return false };
    if second >= v || !matches!(tagged[second].upos, "NOUN" | "PROPN" | "PRON") {
        return false;
    }
    // The first subject's phrase ends right before the "and", which opens the second's phrase.
    let start = (0..second).find(|&k| under(arcs, k, second)).unwrap_or(second);
    let cc = start
        .checked_sub(1)
        .filter(|&c| matches!(forms[c].to_ascii_lowercase().as_str(), "and" | "or"));
    let Some(cc) = cc else { return false };
    if cc == 0 || !under(arcs, cc - 1, first) || !(cc..second).all(|k| k == cc || under(arcs, k, second)) {
        return false;
    }
    arcs[second].head = (first + 1) as u32;
    arcs[second].deprel = "conj";
    arcs[cc].head = (second + 1) as u32;
    arcs[cc].deprel = "cc";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_second_subject_after_and_is_the_first_ones_conjunct() {
        // The States and Poland came out
        let forms = ["The", "States", "and", "Poland", "came", "out"];
        let t = tags(&["DET", "PROPN", "CCONJ", "PROPN", "VERB", "ADV"]);
        let spec: [(u32, &'static str); 6] = [
            (2, "det"),
            (5, "nsubj"),
            (5, "cc"),
            (5, "nsubj"),
            (0, "root"),
            (5, "advmod"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 4));
        assert_eq!((a[3].head, a[3].deprel), (2, "conj"));
        assert_eq!((a[2].head, a[2].deprel), (4, "cc"));
        // "Britain, Poland came": no "and" between them.
        let forms2 = ["Britain", ",", "Poland", "came"];
        let t2 = tags(&["PROPN", "PUNCT", "PROPN", "VERB"]);
        let mut b = arcs(&[(4, "nsubj"), (4, "punct"), (4, "nsubj"), (0, "root")]);
        assert!(!repair(&forms2, &t2, &mut b, 3));
    }
}
