//! A gerund read as an adjective of its object: in "detained for passing documents to the GRU"
//! the parser may make "passing" an `amod` of "documents" and "documents" the `obl` of
//! "detained", so the act loses its clause. An `-ing` verb (`VBG`) attached as `amod` to the
//! noun after it, right after a preposition that is that noun's `case`, becomes the head of the
//! phrase as UD attaches it: the gerund an `advcl` (of a verb; `acl` of a noun) with the
//! preposition as its `mark`, and the noun its `obj`.
//!
//! What it must not do: touch an `-ing` word with no preposition right before it ("the
//! ruling party"), or one whose noun is not the preposition's.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], g: usize) -> bool {
    if g == 0 || tagged[g].xpos != "VBG" || tagged[g].upos != "VERB" || arcs[g].deprel != "amod" {
        return false;
    }
    let p = g - 1;
    let Some(b) = head(arcs, g).filter(|&b| b > g) else {
        return false;
    };
    if tagged[p].upos != "ADP" || arcs[p].deprel != "case" || head(arcs, p) != Some(b) {
        return false;
    }
    let rel = if arcs[b].deprel.starts_with("obl") {
        "advcl"
    } else if arcs[b].deprel.starts_with("nmod") {
        "acl"
    } else {
        return false;
    };
    arcs[g].head = arcs[b].head;
    arcs[g].deprel = rel;
    arcs[p].head = (g + 1) as u32;
    arcs[p].deprel = "mark";
    arcs[b].head = (g + 1) as u32;
    arcs[b].deprel = "obj";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_gerund_after_a_preposition_heads_its_phrase() {
        // held for selling secrets .
        let upos = ["VERB", "ADP", "VERB", "NOUN", "PUNCT"];
        let mut t = tags(&upos);
        t[2].xpos = "VBG";
        let spec: [(u32, &'static str); 5] = [(0, "root"), (4, "case"), (4, "amod"), (1, "obl"), (1, "punct")];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 2));
        assert_eq!((a[2].head, a[2].deprel), (1, "advcl"));
        assert_eq!((a[1].head, a[1].deprel), (3, "mark"));
        assert_eq!((a[3].head, a[3].deprel), (3, "obj"));
        // "the ruling party": no preposition, left alone.
        let mut b = arcs(&spec);
        t[1].upos = "DET";
        b[1].deprel = "det";
        assert!(!repair(&t, &mut b, 2));
    }
}
