//! A passive's agent hung on a duration: in "was questioned for three days by the police" the
//! parser may make "by the police" a modifier of "days", and the passive verb loses its agent.
//! A `by` phrase (`nmod`) on a noun that counts time ("three days", "two years": the noun has a
//! number) and is an `obl` of a passive verb with no agent becomes that verb's `obl:agent`.
//!
//! What it must not do: touch a `by` phrase on any other noun ("a report by the agency"), or a
//! verb that already has its agent.

use super::head;
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], b: usize) -> bool {
    let n = arcs.len();
    let child =
        |arcs: &[Arc], of: usize, rel: &str| (0..n).find(|&k| head(arcs, k) == Some(of) && arcs[k].deprel == rel);
    if arcs[b].deprel != "nmod" || !matches!(tagged[b].upos, "NOUN" | "PROPN" | "PRON") {
        return false;
    }
    let by =
        (0..n).any(|k| head(arcs, k) == Some(b) && arcs[k].deprel == "case" && forms[k].eq_ignore_ascii_case("by"));
    let Some(d) = head(arcs, b) else { return false };
    if !by || !arcs[d].deprel.starts_with("obl") || tagged[d].upos != "NOUN" || child(arcs, d, "nummod").is_none() {
        return false;
    }
    let Some(v) = head(arcs, d) else { return false };
    let passive = child(arcs, v, "aux:pass").is_some() || child(arcs, v, "nsubj:pass").is_some();
    if tagged[v].upos != "VERB" || !passive || child(arcs, v, "obl:agent").is_some() {
        return false;
    }
    arcs[b].head = (v + 1) as u32;
    arcs[b].deprel = "obl:agent";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn an_agent_hung_on_a_duration_returns_to_the_passive_verb() {
        // He was held for two weeks by the army .
        let forms = ["He", "was", "held", "for", "two", "weeks", "by", "the", "army", "."];
        let upos = [
            "PRON", "AUX", "VERB", "ADP", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
        ];
        let t = tags(&upos);
        let spec: [(u32, &'static str); 10] = [
            (3, "nsubj:pass"),
            (3, "aux:pass"),
            (0, "root"),
            (6, "case"),
            (6, "nummod"),
            (3, "obl"),
            (9, "case"),
            (9, "det"),
            (6, "nmod"),
            (3, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&forms, &t, &mut a, 8));
        assert_eq!((a[8].head, a[8].deprel), (3, "obl:agent"));
        // Without the number, "weeks by the army" is left alone.
        let mut b = arcs(&spec);
        b[4].deprel = "amod";
        assert!(!repair(&forms, &t, &mut b, 8));
    }
}
