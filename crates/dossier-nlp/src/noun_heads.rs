//! Noun heads the tagger called adjectives: "a Chinese national accused of spying" tags
//! `national` JJ, and the parser then reads "accused" as the sentence's verb. A word from
//! `data/lexicons/noun_heads.txt` tagged ADJ after a determiner or modifier, with no noun,
//! adjective, name or number after it, is retagged NOUN/NN before parsing.
//!
//! What it must not do: change any other tag, or the words' lemmas.

use crate::tagger::Tagged;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../data/lexicons/noun_heads.txt");

fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Retags, in place, the listed words that head their phrase.
pub fn repair(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len() {
        if tagged[i].upos != "ADJ" || !words().iter().any(|w| forms[i].eq_ignore_ascii_case(w)) {
            continue;
        }
        let modified = matches!(tagged[i - 1].upos, "DET" | "ADJ" | "PROPN" | "NUM" | "PRON");
        let head_follows = tagged
            .get(i + 1)
            .is_some_and(|t| matches!(t.upos, "NOUN" | "PROPN" | "ADJ" | "NUM"));
        if modified && !head_follows {
            tagged[i].upos = "NOUN";
            tagged[i].xpos = "NN";
            tagged[i].feats = "Number=Sing";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag<'a>(upos: &'a str, xpos: &'a str) -> Tagged<'a> {
        Tagged {
            upos,
            xpos,
            feats: "",
            lemma: None,
        }
    }

    #[test]
    fn a_national_before_a_verb_is_a_noun() {
        let forms = ["a", "Dutch", "national", "was", "held"];
        let mut t = vec![
            tag("DET", "DT"),
            tag("ADJ", "JJ"),
            tag("ADJ", "JJ"),
            tag("AUX", "VBD"),
            tag("VERB", "VBN"),
        ];
        repair(&forms, &mut t);
        assert_eq!((t[2].upos, t[2].xpos), ("NOUN", "NN"));
        assert_eq!(t[1].upos, "ADJ");
    }

    #[test]
    fn an_adjective_before_its_noun_stays() {
        let forms = ["the", "national", "security", "law"];
        let mut t = vec![tag("DET", "DT"), tag("ADJ", "JJ"), tag("NOUN", "NN"), tag("NOUN", "NN")];
        repair(&forms, &mut t);
        assert_eq!(t[1].upos, "ADJ");
        // Not listed: unchanged even as a head.
        let forms = ["the", "rich", "pay"];
        let mut t = vec![tag("DET", "DT"), tag("ADJ", "JJ"), tag("VERB", "VBP")];
        repair(&forms, &mut t);
        assert_eq!(t[1].upos, "ADJ");
    }
}
