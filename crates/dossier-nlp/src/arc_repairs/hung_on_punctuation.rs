//! A phrase hung on punctuation: in "prosecutors accused Yatskin, who denies guilt, of passing
//! secrets" the parser may make "passing" a dependent of the comma that closes the relative
//! clause. Punctuation never has dependents in UD. A word hung on a comma that closes a
//! relative clause (`acl:relcl`) goes to the verb the relative clause's noun belongs to (the
//! phrase resumes that verb's clause after the aside); a word hung on any other punctuation goes
//! to the punctuation's own head.
//!
//! What it must not do: touch a word whose head is not punctuation, or make a cycle.

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], c: usize) -> bool {
    let Some(p) = head(arcs, c) else { return false };
    if tagged[p].upos != "PUNCT" || tagged[c].upos == "PUNCT" {
        return false;
    }
    let Some(up) = head(arcs, p) else { return false };
    // The relative clause the comma closes, and the verb of the noun it describes.
    let mut r = up;
    let mut target = up;
    for _ in 0..arcs.len() {
        if arcs[r].deprel == "acl:relcl" {
            if let Some(v) = head(arcs, r)
                .and_then(|n| head(arcs, n))
                .filter(|&v| tagged[v].upos == "VERB")
            {
                target = v;
            }
            break;
        }
        match head(arcs, r) {
            Some(h) if h < p => r = h,
            _ => break,
        }
    }
    if under(arcs, target, c) {
        return false;
    }
    arcs[c].head = (target + 1) as u32;
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_phrase_on_the_comma_after_a_relative_clause_returns_to_its_verb() {
        // They accused Lee , who denies it , of spying .
        let t = tags(&[
            "PRON", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "SCONJ", "VERB", "PUNCT",
        ]);
        let spec: [(u32, &'static str); 11] = [
            (2, "nsubj"),
            (0, "root"),
            (2, "obj"),
            (6, "punct"),
            (6, "nsubj"),
            (3, "acl:relcl"),
            (6, "obj"),
            (7, "punct"),
            (10, "mark"),
            (8, "advcl"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 9));
        assert_eq!((a[9].head, a[9].deprel), (2, "advcl"));
        // A word on a word is left alone.
        assert!(!repair(&t, &mut a, 6));
    }
}
