//! Tagging slips in a clause's predicate, repaired before parsing (called from `tag_repairs`):
//! - verdict adjectives called nouns: "found Sun Wei and his wife guilty of" tags `guilty` NN,
//!   and the parser loses the verdict. A word from `data/lexicons/verdict_adjectives.txt`
//!   tagged as a noun right after a noun, name or pronoun becomes ADJ/JJ.
//! - participles of a reduced relative called past tenses: "The diplomats expelled from Prague
//!   are suspected" tags `expelled` VBD, and the parser makes it the subject of "suspected". An
//!   `-ed` VBD right after a common noun, followed by one prepositional phrase (a preposition, an
//!   optional determiner, adjectives, nouns, names or numbers) and then a form of "be", becomes
//!   VBN.
//! - bare infinitives called nouns: "an exchange that saw Israel release 25 Egyptians" tags
//!   `release` NN. A lower-case singular noun right after the name or pronoun object of a verb
//!   from `data/lexicons/bare_infinitive_verbs.txt` ("saw", "let", "helped") and right before a
//!   determiner, number, possessive or name becomes VERB/VB.
//!
//! What it must not do: change any other tag.

use crate::tagger::Tagged;
use std::sync::OnceLock;

const VERDICT_ADJECTIVES: &str = include_str!("../../../data/lexicons/verdict_adjectives.txt");
const BARE_INFINITIVE_VERBS: &str = include_str!("../../../data/lexicons/bare_infinitive_verbs.txt");
use crate::tag_repairs::BE;

/// Repairs the three slips in place.
pub fn repair(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    verdicts(forms, tagged);
    reduced_relatives(forms, tagged);
    bare_infinitives(forms, tagged);
}

fn bare_infinitive_verbs() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| crate::tag_repairs::list(BARE_INFINITIVE_VERBS))
}

/// "an exchange that saw Israel release 25 Egyptians": a singular noun between a bare-infinitive
/// verb's name or pronoun object and the start of a noun phrase is the infinitive.
fn bare_infinitives(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 2..tagged.len().saturating_sub(1) {
        let verb = tagged[i - 2].upos == "VERB"
            && bare_infinitive_verbs()
                .iter()
                .any(|v| forms[i - 2].eq_ignore_ascii_case(v));
        let object = matches!(tagged[i - 1].xpos, "NNP" | "PRP");
        let np_starts = matches!(tagged[i + 1].xpos, "DT" | "CD" | "PRP$" | "NNP" | "NNPS");
        if verb && object && np_starts && tagged[i].xpos == "NN" && forms[i].chars().all(|c| c.is_ascii_lowercase()) {
            tagged[i].upos = "VERB";
            tagged[i].xpos = "VB";
            tagged[i].feats = "VerbForm=Inf";
        }
    }
}

fn verdict_adjectives() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| crate::tag_repairs::list(VERDICT_ADJECTIVES))
}

/// "found Sun Wei guilty of": a verdict adjective tagged as a noun right after a noun phrase's
/// last word is the adjective of a small clause ("pleaded guilty", after a verb, is left alone).
fn verdicts(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len() {
        // The word before, past a gloss in another script ("Liu Yun-ya (劉芸雅) guilty").
        let mut g = i - 1;
        if forms[g] == ")" {
            while g > 0 && crate::name_tags::other_script(forms[g - 1]) {
                g -= 1;
            }
            g = g.saturating_sub(2);
        }
        if tagged[i].upos == "NOUN"
            && matches!(tagged[g].upos, "NOUN" | "PROPN" | "PRON")
            && verdict_adjectives().iter().any(|a| forms[i].eq_ignore_ascii_case(a))
        {
            tagged[i].upos = "ADJ";
            tagged[i].xpos = "JJ";
            tagged[i].feats = "Degree=Pos";
        }
    }
}

/// "The diplomats expelled from Prague are suspected": a past form right after a plural or
/// singular noun, followed only by one prepositional phrase and then a form of "be", is a
/// participle describing the noun (the sentence's verb is the "be" phrase).
fn reduced_relatives(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    let n = tagged.len();
    for i in 1..n.saturating_sub(3) {
        if tagged[i].xpos != "VBD" || !matches!(tagged[i - 1].xpos, "NN" | "NNS") || tagged[i + 1].xpos != "IN" {
            continue;
        }
        if forms[i + 1].eq_ignore_ascii_case("that") || !forms[i].to_ascii_lowercase().ends_with("ed") {
            continue;
        }
        let mut k = i + 2;
        if k < n && tagged[k].xpos == "DT" {
            k += 1;
        }
        let start = k;
        while k < n && matches!(tagged[k].xpos, "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD") {
            k += 1;
        }
        if k > start && k < n && BE.iter().any(|b| forms[k].eq_ignore_ascii_case(b)) {
            tagged[i].xpos = "VBN";
            tagged[i].feats = "Tense=Past|VerbForm=Part";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag_repairs::tag;

    #[test]
    fn a_past_form_between_a_noun_and_be_after_one_phrase_is_a_participle() {
        let forms = ["The", "diplomats", "expelled", "from", "Prague", "are", "suspected"];
        let mut t = vec![
            tag("DET", "DT"),
            tag("NOUN", "NNS"),
            tag("VERB", "VBD"),
            tag("ADP", "IN"),
            tag("PROPN", "NNP"),
            tag("AUX", "VBP"),
            tag("VERB", "VBN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[2].xpos, "VBN");
        // "Officials said on Monday the men were held": a clause, not a phrase, follows.
        let forms = ["Officials", "said", "on", "Monday", "the", "men", "were", "held"];
        let mut t = vec![
            tag("NOUN", "NNS"),
            tag("VERB", "VBD"),
            tag("ADP", "IN"),
            tag("PROPN", "NNP"),
            tag("DET", "DT"),
            tag("NOUN", "NNS"),
            tag("AUX", "VBD"),
            tag("VERB", "VBN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[1].xpos, "VBD");
    }
    #[test]
    fn a_noun_between_a_perception_verbs_object_and_a_noun_phrase_is_its_infinitive() {
        let forms = ["saw", "Israel", "release", "25", "Egyptians"];
        let mut t = vec![
            tag("VERB", "VBD"),
            tag("PROPN", "NNP"),
            tag("NOUN", "NN"),
            tag("NUM", "CD"),
            tag("PROPN", "NNPS"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[2].xpos, "VB");
        // "saw Israel trade grow": a noun before a verb, not before a noun phrase.
        let forms = ["saw", "Israel", "trade", "grow"];
        let mut t = vec![
            tag("VERB", "VBD"),
            tag("PROPN", "NNP"),
            tag("NOUN", "NN"),
            tag("VERB", "VB"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[2].xpos, "NN");
    }

    #[test]
    fn a_verdict_adjective_after_a_name_is_an_adjective_but_not_after_a_verb() {
        let forms = ["found", "Sun", "guilty", "pleaded", "guilty"];
        let mut t = vec![
            tag("VERB", "VBD"),
            tag("PROPN", "NNP"),
            tag("NOUN", "NN"),
            tag("VERB", "VBD"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[2].upos, "ADJ");
        assert_eq!(t[4].upos, "NOUN");
    }
}
