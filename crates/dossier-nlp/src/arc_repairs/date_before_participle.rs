//! A time phrase between a passive's "was" and its participle, read as the clause's predicate:
//! in "Pivonka was on Sunday summoned to the ministry" the parser may make "Sunday" a nominal
//! predicate with "was" as its copula, "Pivonka" its subject, and the whole phrase the subject of
//! "summoned", so the summons loses its envoy. When a noun with a copula "be" and a preposition
//! before it, all between the copula and the noun, is the subject of a past participle right
//! after it, the copula becomes the participle's passive auxiliary, the noun its oblique, and the
//! noun's subject the participle's passive subject.
//!
//! The parser may also root the phrase in the noun and make the participle its `acl` ("The
//! decision was on Saturday announced by …"): the participle then takes the noun's place.
//!
//! What it must not do: touch a noun that is not right before the participle, a copula that is
//! not a form of "be", or a phrase with other words between the copula and the noun.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], d: usize) -> bool {
    let v = d + 1;
    // (The tagger may read the participle as a past tense: "was on Sunday summoned".)
    if v >= forms.len() || tagged[v].upos != "VERB" || !matches!(tagged[v].xpos, "VBN" | "VBD") {
        return false;
    }
    // (Or the parser may make the noun the head and the participle its `acl`: "The decision
    // was on Saturday announced by …" rooted in "Saturday".)
    let noun_heads = head(arcs, v) == Some(d) && arcs[v].deprel == "acl";
    if !(head(arcs, d) == Some(v) && arcs[d].deprel.starts_with("nsubj") || noun_heads) {
        return false;
    }
    if !matches!(tagged[d].upos, "NOUN" | "PROPN") || d < 2 {
        return false;
    }
    // "was on Sunday": the copula, the preposition, the noun, nothing else.
    let (c, p) = (d - 2, d - 1);
    let be = matches!(
        forms[c].to_ascii_lowercase().as_str(),
        "was" | "were" | "is" | "are" | "been" | "be"
    );
    if !be
        || head(arcs, c) != Some(d)
        || arcs[c].deprel != "cop"
        || head(arcs, p) != Some(d)
        || arcs[p].deprel != "case"
    {
        return false;
    }
    // (The noun is the participle's only subject.)
    if (0..arcs.len()).any(|k| k != d && head(arcs, k) == Some(v) && arcs[k].deprel.starts_with("nsubj")) {
        return false;
    }
    if noun_heads {
        arcs[v] = arcs[d];
        arcs[d].head = (v + 1) as u32;
        for k in 0..arcs.len() {
            // (The noun's other dependents after the participle are the participle's.)
            if k > v && head(arcs, k) == Some(d) {
                arcs[k].head = (v + 1) as u32;
            }
        }
    }
    arcs[c] = Arc {
        head: (v + 1) as u32,
        deprel: "aux:pass",
    };
    arcs[d].deprel = "obl";
    for k in 0..arcs.len() {
        if head(arcs, k) == Some(d) && arcs[k].deprel.starts_with("nsubj") {
            arcs[k] = Arc {
                head: (v + 1) as u32,
                deprel: "nsubj:pass",
            };
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_weekday_between_was_and_the_participle_is_an_oblique() {
        // Pivonka was on Sunday summoned .
        let forms = ["Pivonka", "was", "on", "Sunday", "summoned", "."];
        let mut t = tags(&["PROPN", "AUX", "ADP", "PROPN", "VERB", "PUNCT"]);
        t[4].xpos = "VBD";
        let spec: [(u32, &'static str); 6] = [
            (4, "nsubj"),
            (4, "cop"),
            (4, "case"),
            (5, "nsubj"),
            (0, "root"),
            (5, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 3));
        assert_eq!((a[0].head, a[0].deprel), (5, "nsubj:pass"));
        assert_eq!((a[1].head, a[1].deprel), (5, "aux:pass"));
        assert_eq!((a[3].head, a[3].deprel), (5, "obl"));
        // Not after another verb form: "seemed on Sunday summoned" has no copula "be".
        let forms = ["Pivonka", "seemed", "on", "Sunday", "summoned", "."];
        let mut b = arcs(&spec);
        assert!(!repair(&forms, &t, &mut b, 3));
    }

    #[test]
    fn a_phrase_rooted_in_the_weekday_is_rooted_in_the_participle() {
        // decision was on Saturday announced .
        let forms = ["decision", "was", "on", "Saturday", "announced", "."];
        let mut t = tags(&["NOUN", "AUX", "ADP", "PROPN", "VERB", "PUNCT"]);
        t[4].xpos = "VBN";
        let mut a = arcs(&[
            (4, "nsubj"),
            (4, "cop"),
            (4, "case"),
            (0, "root"),
            (4, "acl"),
            (4, "punct"),
        ]);
        assert!(repair(&forms, &t, &mut a, 3));
        assert_eq!((a[4].head, a[4].deprel), (0, "root"));
        assert_eq!((a[0].head, a[0].deprel), (5, "nsubj:pass"));
        assert_eq!((a[3].head, a[3].deprel), (5, "obl"));
        assert_eq!(a[5].head, 5);
    }
}
