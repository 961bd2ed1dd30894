//! A reported clause whose subject the parser gave to the reporting verb: in "saying the
//! charges are trumped up" it may make "charges" the object of "saying" and leave "trumped"
//! without a subject, hung elsewhere. A noun that is the object of a reporting verb
//! (`data/lexicons/reporting_verbs.txt`), followed right after its phrase by a verb with an
//! auxiliary and no subject (or a finite verb the parser made the reporting verb's `conj` with
//! no "and": "alleged the NSA cyberattacks targeted …"), becomes that verb's subject, and the
//! verb the reporting verb's `ccomp`. A comma may close the noun's own phrase ("said Sushchenko,
//! whom it referred to as a colonel, was collecting"), and adverbs may stand after the auxiliary.
//! The verb may be a copula's adjective or noun predicate ("said the charges, which the U.S.
//! announced on Monday, were “groundless”"), hung on the reporting verb as a conjunct.
//! When the parser made the reporting verb itself the verb's subject ("said Arthur E., whose
//! surname wasn't released, was detained"), the reporting verb takes the verb's place.
//!
//! What it must not do: touch a verb that has a subject, or a conjunct with its own "and".

use super::{has_dep, head, reporting, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(lemmas: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], r: usize) -> bool {
    if tagged[r].upos != "VERB" || !reporting(lemmas[r]) {
        return false;
    }
    let n = arcs.len();
    let Some(o) = (r + 1..n).find(|&o| head(arcs, o) == Some(r) && arcs[o].deprel == "obj") else {
        return false;
    };
    if !matches!(tagged[o].upos, "NOUN" | "PROPN" | "PRON") {
        return false;
    }
    // The end of the object's phrase, then auxiliaries (and "not"), then the verb.
    let mut end = o;
    while end + 1 < n && under(arcs, end + 1, o) {
        end += 1;
    }
    let mut v = end + 1;
    // ("said Sushchenko, whom it referred to as a colonel, was collecting": the comma closing
    // the object's own relative clause or apposition.)
    if end > o && v < n && tagged[v].xpos == "," {
        v += 1;
    }
    let mut aux = None;
    // (Adverbs, and quotes around them, may stand between the auxiliary and the verb: was
    // "intentionally" collecting.)
    while v < n
        && (matches!(tagged[v].upos, "AUX" | "PART")
            || aux.is_some() && (tagged[v].upos == "ADV" || matches!(tagged[v].xpos, "``" | "''")))
    {
        if tagged[v].upos == "AUX" {
            aux = aux.or(Some(v));
        }
        v += 1;
    }
    // ("said the charges, which …, were “groundless”": a copula's adjective or noun predicate.)
    let predicate =
        aux.is_some_and(|a| arcs[a].deprel == "cop") && matches!(tagged.get(v).map(|t| t.upos), Some("ADJ" | "NOUN"));
    if v >= n || tagged[v].upos != "VERB" && !predicate {
        return false;
    }
    let has = |rel: &str| has_dep(arcs, v, rel);
    match aux {
        Some(aux) => {
            // (A verb already the reporting verb's complement only lacked its subject.)
            // (Or hung on it as a conjunct with no "and" of its own.)
            let hung = head(arcs, v) == Some(r) && arcs[v].deprel != "ccomp" && (arcs[v].deprel != "conj" || has("cc"));
            if head(arcs, aux) != Some(v) || hung {
                return false;
            }
        }
        // ("alleged the NSA cyberattacks targeted …": a finite verb hung on the reporting verb
        // as a conjunct with no "and" of its own.)
        None => {
            let finite = matches!(tagged[v].xpos, "VBD" | "VBZ" | "VBP");
            if !finite || head(arcs, v) != Some(r) || arcs[v].deprel != "conj" || has("cc") {
                return false;
            }
        }
    }
    // ("prosecutors said Arthur E., whose …, was detained": the parser may make the reporting
    // verb itself the subject of the reported verb.)
    let r_subject = head(arcs, r) == Some(v) && arcs[r].deprel.starts_with("nsubj");
    let other_subject = (0..n).any(|k| k != r && head(arcs, k) == Some(v) && arcs[k].deprel.starts_with("nsubj"));
    if other_subject || !r_subject && under(arcs, r, v) {
        return false;
    }
    if r_subject {
        arcs[r] = arcs[v];
    }
    let passive = has_dep(arcs, v, "aux:pass");
    arcs[o].head = (v + 1) as u32;
    arcs[o].deprel = if passive { "nsubj:pass" } else { "nsubj" };
    arcs[v].head = (r + 1) as u32;
    arcs[v].deprel = "ccomp";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn a_reported_clause_gets_back_its_subject() {
        // They protested , saying the charges are invented .
        let forms = [
            "They",
            "protested",
            ",",
            "saying",
            "the",
            "charges",
            "are",
            "invented",
            ".",
        ];
        let lemmas = ["they", "protest", ",", "say", "the", "charge", "be", "invent", "."];
        let t = tags(&["PRON", "VERB", "PUNCT", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]);
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (4, "punct"),
            (2, "advcl"),
            (6, "det"),
            (4, "obj"),
            (8, "aux:pass"),
            (2, "conj"),
            (2, "punct"),
        ]);
        for r in 0..forms.len() {
            repair(&lemmas, &t, &mut a, r);
        }
        assert_eq!((a[5].head, a[5].deprel), (8, "nsubj:pass"));
        assert_eq!((a[7].head, a[7].deprel), (4, "ccomp"));
    }

    #[test]
    fn a_finite_verb_hung_on_the_reporting_verb_as_a_conjunct_gets_its_subject() {
        // It alleged the attacks targeted banks .
        let lemmas = ["it", "allege", "the", "attack", "target", "bank", "."];
        let mut t = tags(&["PRON", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]);
        t[4].xpos = "VBD";
        let spec: [(u32, &'static str); 7] = [
            (2, "nsubj"),
            (0, "root"),
            (4, "det"),
            (2, "obj"),
            (2, "conj"),
            (5, "obj"),
            (2, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&lemmas, &t, &mut a, 1));
        assert_eq!((a[3].head, a[3].deprel), (5, "nsubj"));
        assert_eq!((a[4].head, a[4].deprel), (2, "ccomp"));
        // With its own "and", the conjunct stays.
        let mut b = arcs(&spec);
        b[2] = crate::parser::Arc { head: 5, deprel: "cc" };
        assert!(!repair(&lemmas, &t, &mut b, 1));
    }

    #[test]
    fn a_copula_predicate_hung_on_the_reporting_verb_gets_its_subject() {
        // said the charges , which he announced , were " groundless "
        let lemmas = [
            "say",
            "the",
            "charge",
            ",",
            "which",
            "he",
            "announce",
            ",",
            "be",
            "\"",
            "groundless",
            "\"",
        ];
        let mut t = tags(&[
            "VERB", "DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "PUNCT", "AUX", "PUNCT", "ADJ", "PUNCT",
        ]);
        t[7].xpos = ",";
        t[9].xpos = "``";
        let spec: [(u32, &'static str); 12] = [
            (0, "root"),
            (3, "det"),
            (1, "obj"),
            (7, "punct"),
            (7, "obj"),
            (7, "nsubj"),
            (3, "acl:relcl"),
            (11, "punct"),
            (11, "cop"),
            (11, "punct"),
            (1, "conj"),
            (1, "punct"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&lemmas, &t, &mut a, 0));
        assert_eq!((a[2].head, a[2].deprel), (11, "nsubj"));
        assert_eq!((a[10].head, a[10].deprel), (1, "ccomp"));
    }

    #[test]
    fn the_subject_past_its_own_relative_clause_and_an_adverb() {
        // said Lee , whom it called a colonel , was secretly collecting data
        let lemmas = [
            "say", "Lee", ",", "whom", "it", "call", "a", "colonel", ",", "be", "secretly", "collect", "data",
        ];
        let mut t = tags(&[
            "VERB", "PROPN", "PUNCT", "PRON", "PRON", "VERB", "DET", "NOUN", "PUNCT", "AUX", "ADV", "VERB", "NOUN",
        ]);
        t[8].xpos = ",";
        let spec: [(u32, &'static str); 13] = [
            (0, "root"),
            (1, "obj"),
            (6, "punct"),
            (6, "obj"),
            (6, "nsubj"),
            (2, "acl:relcl"),
            (8, "det"),
            (6, "xcomp"),
            (12, "punct"),
            (12, "aux"),
            (12, "advmod"),
            (1, "ccomp"),
            (12, "obj"),
        ];
        let mut a = arcs(&spec);
        assert!(repair(&lemmas, &t, &mut a, 0));
        assert_eq!((a[1].head, a[1].deprel), (12, "nsubj"));
    }
}
