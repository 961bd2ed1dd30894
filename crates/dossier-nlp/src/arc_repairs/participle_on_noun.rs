//! A participle describing the noun before it, hung on a verb far above: in "after the arrest
//! of a Russian allegedly working for MI6" the parser may make "working" an `advcl` of the
//! clause's verb, leaving the act without its agent. An `-ing` verb (`VBG`) attached as `advcl`,
//! with no subject and no marker of its own, right after a noun (an adverb may come between, no
//! comma) that sits in a prepositional phrase modifying a noun (an `nmod` with a `case`) under
//! that same verb, becomes an `acl` of that noun.
//!
//! What it must not do: touch a participle after a comma ("…, saying"), one with its own subject
//! or marker, or one after a noun that is not inside a noun's prepositional phrase ("caught the
//! man spying", "sat in the room crying" stay as parsed).

use super::{has_dep, head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], g: usize) -> bool {
    if g < 1 || tagged[g].xpos != "VBG" || arcs[g].deprel != "advcl" {
        return false;
    }
    let own = |rel: &str| has_dep(arcs, g, rel);
    if own("nsubj") || own("mark") {
        return false;
    }
    let mut n = g - 1;
    if tagged[n].upos == "ADV" && n > 0 {
        n -= 1;
    }
    if !matches!(tagged[n].upos, "NOUN" | "PROPN") {
        return false;
    }
    // (Inside a noun's own phrase, "the arrest of a Russian": not a verb's, "sat in the room
    // crying".)
    let in_phrase = arcs[n].deprel == "nmod" && has_dep(arcs, n, "case");
    let Some(v) = head(arcs, g) else { return false };
    if !in_phrase || !under(arcs, n, v) || under(arcs, n, g) {
        return false;
    }
    arcs[g].head = (n + 1) as u32;
    arcs[g].deprel = "acl";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_participle_after_a_noun_in_a_phrase_describes_it() {
        // It began after the arrest of a Briton reportedly spying for Iran .
        let mut t = tags(&[
            "PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "ADV", "VERB", "ADP", "PROPN", "PUNCT",
        ]);
        t[9].xpos = "VBG";
        let spec: [(u32, &'static str); 13] = [
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "det"),
            (2, "obl"),
            (8, "case"),
            (8, "det"),
            (5, "nmod"),
            (10, "advmod"),
            (2, "advcl"),
            (12, "case"),
            (10, "obl"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 9));
        assert_eq!((a[9].head, a[9].deprel), (8, "acl"));
        // With a subject of its own it stays.
        let mut b = arcs(&spec);
        b[8] = Arc {
            head: 10,
            deprel: "nsubj",
        };
        assert!(!repair(&t, &mut b, 9));
    }
}
