//! A passive participle after "N1 of N2" hung on the first noun: in "demanding the release of
//! 13 prisoners arrested in Iran" the parser may make "arrested" an `acl` of "release", so the
//! arrest loses its patient. In UD English-EWT, a participle right after a plural noun that is
//! the `of` phrase of the noun before describes the plural noun about three times in four ("the
//! number of officers employed", "the content of communications sent"). A past participle
//! (`VBN`) attached as `acl` to N1, right after a plural N2 that is an `nmod` of N1 with its
//! own "of", becomes an `acl` of N2.
//!
//! What it must not do: move a participle after a singular noun ("a strain of anthrax used"),
//! after a comma, or one the parser did not hang on the first noun.

use super::{has_dep, head};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], p: usize) -> bool {
    if p < 1 || tagged[p].xpos != "VBN" || !arcs[p].deprel.starts_with("acl") {
        return false;
    }
    let n2 = p - 1;
    if !matches!(tagged[n2].xpos, "NNS" | "NNPS") || !arcs[n2].deprel.starts_with("nmod") {
        return false;
    }
    let Some(n1) = head(arcs, n2) else { return false };
    let has_of =
        (0..n2).any(|k| head(arcs, k) == Some(n2) && arcs[k].deprel == "case" && forms[k].eq_ignore_ascii_case("of"));
    if head(arcs, p) != Some(n1) || !has_of || has_dep(arcs, p, "nsubj") {
        return false;
    }
    arcs[p].head = (n2 + 1) as u32;
    arcs[p].deprel = "acl";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_participle_after_an_of_phrase_describes_the_plural_noun() {
        // the release of prisoners held abroad
        let forms = ["the", "release", "of", "prisoners", "held", "abroad"];
        let mut t = tags(&["DET", "NOUN", "ADP", "NOUN", "VERB", "ADV"]);
        t[3].xpos = "NNS";
        t[4].xpos = "VBN";
        let spec: [(u32, &'static str); 6] = [
            (2, "det"),
            (0, "root"),
            (4, "case"),
            (2, "nmod"),
            (2, "acl"),
            (5, "advmod"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 4));
        assert_eq!((a[4].head, a[4].deprel), (4, "acl"));
        // After a singular noun it stays: "a strain of anthrax used …".
        let mut s = t.clone();
        s[3].xpos = "NN";
        let mut b = arcs(&spec);
        assert!(!repair(&forms, &s, &mut b, 4));
        assert_eq!(b[4].head, 2);
    }
}
