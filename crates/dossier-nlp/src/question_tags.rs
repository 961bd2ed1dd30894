//! A tagging slip in yes/no questions, repaired before parsing (called from `tag_repairs`):
//! the bare verb after "do"-support and its subject called a noun. "Did a senior Chinese
//! minister defect to the United States?" (and the headline "Did A Senior Chinese Minister
//! Defect To …") tags `defect` NN, the parser makes it the object of "Did", and the question
//! loses its verb. When a clause opens with "do", "does" or "did" (the sentence's first word,
//! or after a colon, dash, quotation mark or comma) and the noun phrase after it runs up to a
//! preposition, punctuation or the end with no verb at all, the phrase's last word, a singular
//! noun after another nominal word, is the verb: VERB/VB.
//!
//! What it must not do: change any other tag, or touch a clause that already has its verb
//! ("Did China hack the network?").

use crate::tagger::Tagged;

/// Forms of "do" that open a yes/no question.
const DO: &[&str] = &["do", "does", "did"];

/// Tags a noun phrase is made of (the subject of the question).
fn nominal(xpos: &str) -> bool {
    matches!(
        xpos,
        "DT" | "PDT" | "PRP$" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "POS" | "HYPH"
    )
}

/// Repairs the slip in place.
pub fn repair(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    let n = tagged.len();
    for i in 0..n {
        let opens = i == 0 || matches!(forms[i - 1], ":" | "—" | "–" | "--" | "“" | "\"" | "‘" | ",");
        if !opens || !DO.iter().any(|d| forms[i].eq_ignore_ascii_case(d)) {
            continue;
        }
        let mut k = i + 1;
        while k < n && nominal(tagged[k].xpos) {
            k += 1;
        }
        // The clause already has its verb, or the run is too short to hold a subject and a verb.
        if k < n && tagged[k].upos == "VERB" || k < i + 3 {
            continue;
        }
        let last = k - 1;
        if matches!(tagged[last].xpos, "NN" | "NNP")
            && matches!(tagged[last - 1].xpos, "NN" | "NNP" | "NNS" | "NNPS" | "JJ" | "CD")
        {
            tagged[last].upos = "VERB";
            tagged[last].xpos = "VB";
            tagged[last].feats = "VerbForm=Inf";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag_repairs::tag;

    #[test]
    fn the_last_noun_of_a_question_without_a_verb_is_its_verb() {
        let forms = [
            "Did", "a", "senior", "minister", "defect", "to", "the", "United", "States", "?",
        ];
        let mut t = vec![
            tag("AUX", "VBD"),
            tag("DET", "DT"),
            tag("ADJ", "JJ"),
            tag("NOUN", "NN"),
            tag("NOUN", "NN"),
            tag("ADP", "IN"),
            tag("DET", "DT"),
            tag("PROPN", "NNP"),
            tag("PROPN", "NNPS"),
            tag("PUNCT", "."),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[4].xpos, "VB");
        assert_eq!(t[3].xpos, "NN");
    }

    #[test]
    fn a_question_with_its_verb_or_a_statement_is_left_alone() {
        let forms = ["Did", "China", "hack", "the", "network", "?"];
        let mut t = vec![
            tag("AUX", "VBD"),
            tag("PROPN", "NNP"),
            tag("VERB", "VB"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
            tag("PUNCT", "."),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[4].xpos, "NN");
        // Not opening a clause: "what they did the day before".
        let forms = ["what", "they", "did", "the", "day", "before"];
        let mut t = vec![
            tag("PRON", "WP"),
            tag("PRON", "PRP"),
            tag("VERB", "VBD"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
            tag("ADP", "IN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[4].xpos, "NN");
    }
}
