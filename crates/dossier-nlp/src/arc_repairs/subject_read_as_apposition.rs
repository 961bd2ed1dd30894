//! A subject read as an apposition of the time phrase before it: in "Earlier on Sunday, the Czech
//! ambassador to Moscow, Vítezslav Pivonka, was summoned to the Foreign Ministry" the parser may
//! make "ambassador" an `appos` of "Sunday" and leave "summoned" without a subject, so the
//! summons loses its envoy. A noun attached as `appos` to a phrase that belongs to a verb right
//! after the noun's own phrase (past a comma and auxiliaries), when that verb has no subject,
//! becomes the verb's subject (`nsubj:pass` for a passive).
//!
//! What it must not do: touch an apposition followed by anything but a comma, auxiliaries and
//! the verb ("on Sunday, the first day of the talks, leaders met"), or a verb that has a subject.

use super::{has_dep, head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(tagged: &[Tagged<'_>], arcs: &mut [Arc], x: usize) -> bool {
    let n = arcs.len();
    if arcs[x].deprel != "appos" || !matches!(tagged[x].upos, "NOUN" | "PROPN") {
        return false;
    }
    let Some(h) = head(arcs, x).filter(|&h| h < x) else {
        return false;
    };
    // The end of the noun's phrase, then a comma, then auxiliaries, then the verb.
    let mut v = x;
    while v + 1 < n && under(arcs, v + 1, x) {
        v += 1;
    }
    v += 1;
    if v < n && tagged[v].xpos == "," {
        v += 1;
    }
    let mut auxiliaries = 0;
    while v < n && tagged[v].upos == "AUX" {
        auxiliaries += 1;
        v += 1;
    }
    if v >= n || tagged[v].upos != "VERB" || auxiliaries == 0 && !matches!(tagged[v].xpos, "VBD" | "VBZ" | "VBP") {
        return false;
    }
    if has_dep(arcs, v, "nsubj") || !under(arcs, h, v) || under(arcs, v, x) {
        return false;
    }
    arcs[x].head = (v + 1) as u32;
    arcs[x].deprel = if has_dep(arcs, v, "aux:pass") {
        "nsubj:pass"
    } else {
        "nsubj"
    };
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_subject_hung_on_a_fronted_date_returns_to_its_verb() {
        // On Sunday , the envoy was summoned .
        let t = tags(&["ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]);
        let mut t = t;
        t[2].xpos = ",";
        t[6].xpos = "VBN";
        let spec: [(u32, &'static str); 8] = [
            (2, "case"),
            (7, "obl"),
            (5, "punct"),
            (5, "det"),
            (2, "appos"),
            (7, "aux:pass"),
            (0, "root"),
            (7, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&t, &mut a, 4));
        assert_eq!((a[4].head, a[4].deprel), (7, "nsubj:pass"));
        // Not when the verb has its own subject: "On Sunday, the first day, leaders met".
        let mut b = arcs(&spec);
        b[3] = Arc {
            head: 7,
            deprel: "nsubj:pass",
        };
        assert!(!repair(&t, &mut b, 4));
    }
}
