//! Two tagging slips that derail the parse of news sentences, repaired before parsing:
//! - noun heads called adjectives: "a Chinese national accused of spying" tags `national` JJ,
//!   and the parser then reads "accused" as the sentence's verb. A word from
//!   `data/lexicons/noun_heads.txt` tagged ADJ after a determiner or modifier, with no noun,
//!   adjective, name or number after it, becomes NOUN/NN;
//! - passive participles called adjectives: "was branded a spy", "were named suspects" tag the
//!   participle JJ and make "be" a copula. An `-ed` word tagged ADJ right after a form of "be"
//!   and followed by a determiner becomes VERB/VBN;
//! - gerunds called nouns: "accused MI6 of recruiting Chinese civil servants" tags `recruiting`
//!   NN, and the parser makes it a compound of "servants". An `-ing` noun right after a
//!   preposition and followed by the start of a noun phrase (a determiner, adjective, noun,
//!   name, pronoun or number) becomes VERB/VBG;
//!
//! - verbs called nouns after "to": "used malware to spy on journalists" tags `spy` NN. A word
//!   from `data/lexicons/verbs_after_to.txt` right after "to", tagged as a noun and followed by
//!   no noun, becomes VERB/VB.
//! - subordinators called prepositions: "after Italy expelled the ambassador" tags `after` ADP,
//!   and the parser hangs "Italy" on it and "expelled" on the noun before. "after", "before",
//!   "since" or "until" followed by a short noun phrase and a finite verb becomes SCONJ (as UD
//!   tags a word introducing a clause).
//! - a sentence's only verb called a plural noun: "a video posted online portrays a fictional
//!   officer" tags `portrays` NNS, and the parser is left with no main verb. An `-s` word tagged
//!   NNS right after a noun and right before "a", "an" or "the", with no finite verb or modal
//!   before it in the sentence, becomes VERB/VBZ.
//! - (for the parser only, restored after parsing: `parse_hints`) participles used as
//!   adjectives after a verb: "collected and forwarded classified Estonian information" tags
//!   `classified` VBN, and the parser makes it a clause of its own with "Estonian" as its
//!   object. An `-ed` word tagged VBN or VBD right after a lexical verb (not a
//!   form of be, have or get), followed by a run of adjectives, nouns and names (joined by "and"
//!   or "or") that ends in a common noun, becomes ADJ/JJ while the sentence is parsed.
//! - a sentence's only verb called a participle: "Moscow denied allegations that …" may tag
//!   `Moscow` NN and `denied` VBN, leaving the sentence no finite verb. In a sentence with no
//!   finite verb or modal outside its subordinate clauses, an `-ed` VBN right after a capitalised
//!   opening word tagged NN and right before a noun phrase becomes VBD, and the word NNP.
//! - plural nouns called verbs after a preposition: "indicted the five on charges they broke
//!   into …" tags `charges` VBZ. An `-s` word tagged VBZ right after a preposition (IN, not a
//!   subordinator such as "that" or "as"), where no finite verb can stand, becomes NOUN/NNS.
//!
//! - a reporting verb closing a quotation called a noun: "…,” a foreign ministry statement read."
//!   tags `read` NN after "statement", leaving the tail no verb. The last word of a sentence,
//!   tagged NN, a form of `data/lexicons/reporting_verbs.txt`, after a noun phrase right after a
//!   closing quotation mark and its comma, becomes VERB/VBD.
//!
//! - a predicate's adjectives and participles: see `predicate_tags` (run from here); the verb
//!   of a yes/no question: see `question_tags` (run from here).
//! - names (surnames called nouns, hyphenated given names, names in another script) are
//!   repaired after these, in `name_tags`.
//!
//! What it must not do: change any other tag.

use crate::tagger::Tagged;
use std::sync::OnceLock;

const NOUN_HEADS: &str = include_str!("../../../data/lexicons/noun_heads.txt");
const VERBS_AFTER_TO: &str = include_str!("../../../data/lexicons/verbs_after_to.txt");

/// The lines of a word list that are not blank or `#` comments.
pub(crate) fn list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| list(NOUN_HEADS))
}

fn verbs_after_to() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| list(VERBS_AFTER_TO))
}

/// Forms of "be".
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Repairs, in place, the two slips described above; returns whether any tag changed (the
/// caller then recomputes those words' lemmas for their new tags).
pub fn repair(forms: &[&str], tagged: &mut [Tagged<'_>]) -> bool {
    let before: Vec<&str> = tagged.iter().map(|t| t.xpos).collect();
    noun_heads(forms, tagged);
    participles(forms, tagged);
    gerunds(forms, tagged);
    infinitives(forms, tagged);
    subordinators(forms, tagged);
    lone_verbs(forms, tagged);
    headless_past(forms, tagged);
    nouns_after_prepositions(forms, tagged);
    tail_verb(forms, tagged);
    crate::predicate_tags::repair(forms, tagged);
    crate::question_tags::repair(forms, tagged);
    tagged.iter().zip(before).any(|(t, x)| t.xpos != x)
}

/// "…,” a foreign ministry statement read.": a reporting verb ending a tail after a quotation.
fn tail_verb(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    let mut end = forms.len();
    while end > 0 && matches!(forms[end - 1], "." | "!" | "?") {
        end -= 1;
    }
    let Some(w) = end.checked_sub(1) else { return };
    if tagged[w].xpos != "NN" || !crate::arc_repairs::reporting(&forms[w].to_lowercase()) {
        return;
    }
    let mut k = w;
    while k > 0 && matches!(tagged[k - 1].upos, "DET" | "ADJ" | "NOUN" | "PROPN") {
        k -= 1;
    }
    let closing = |f: &str| matches!(f, "”" | "\"" | "''");
    let after_quote = k >= 2
        && k < w
        && (closing(forms[k - 1]) && forms[k - 2] == "," || forms[k - 1] == "," && closing(forms[k - 2]));
    if after_quote {
        tagged[w].upos = "VERB";
        tagged[w].xpos = "VBD";
        tagged[w].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    }
}

/// "was branded a spy": an `-ed` adjective between "be" and a determiner is a participle.
fn participles(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len().saturating_sub(1) {
        let w = forms[i];
        if tagged[i].upos == "ADJ"
            && w.len() > 4
            && w.to_ascii_lowercase().ends_with("ed")
            && BE.iter().any(|b| forms[i - 1].eq_ignore_ascii_case(b))
            && tagged[i + 1].upos == "DET"
        {
            tagged[i].upos = "VERB";
            tagged[i].xpos = "VBN";
            tagged[i].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
        }
    }
}

/// Verbs whose `-ing` complement is a verb ("began lobbying Wang").
const ASPECTUAL: &[&str] = &[
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "kept",
    "keep",
    "keeps",
    "stopped",
    "stop",
    "resumed",
    "resume",
];

/// "of recruiting Chinese civil servants", "began lobbying Wang": an `-ing` noun or adjective
/// between a preposition (or an aspectual verb) and a noun phrase is a gerund taking that phrase
/// as its object.
fn gerunds(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len().saturating_sub(1) {
        let w = forms[i];
        let after_prep = tagged[i].xpos == "NN" && tagged[i - 1].xpos == "IN";
        let after_aspectual =
            matches!(tagged[i].xpos, "NN" | "JJ") && ASPECTUAL.iter().any(|a| forms[i - 1].eq_ignore_ascii_case(a));
        if (after_prep || after_aspectual)
            && w.len() > 5
            && w.to_ascii_lowercase().ends_with("ing")
            && !forms[i - 1].eq_ignore_ascii_case("that")
            && matches!(
                tagged[i + 1].xpos,
                "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "CD"
            )
        {
            tagged[i].upos = "VERB";
            tagged[i].xpos = "VBG";
            tagged[i].feats = "VerbForm=Ger";
        }
    }
}

/// "a video posted online portrays a fictional officer": with no finite verb before it, a plural
/// noun between a noun and an article is the sentence's verb.
fn lone_verbs(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len().saturating_sub(1) {
        if matches!(tagged[i - 1].xpos, "VBD" | "VBZ" | "VBP" | "MD") {
            return;
        }
        let w = forms[i].to_ascii_lowercase();
        if tagged[i].xpos == "NNS"
            && w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(tagged[i - 1].upos, "NOUN" | "PROPN")
            && ["a", "an", "the"].iter().any(|a| forms[i + 1].eq_ignore_ascii_case(a))
        {
            tagged[i].upos = "VERB";
            tagged[i].xpos = "VBZ";
            tagged[i].feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
            return;
        }
    }
}

/// Auxiliaries an `-ed` participle follows as a verb ("had classified", "got arrested").
const AUXILIARY: &[&str] = &[
    "be", "have", "get", "is", "are", "was", "were", "been", "being", "has", "had", "having", "got", "gets", "getting",
    "gotten",
];

/// "forwarded classified Estonian information": an `-ed` participle right after a lexical verb and
/// before a noun phrase with no determiner modifies that phrase.
fn adjectival_participles<'a>(forms: &[&str], tagged: &mut [Tagged<'a>], hints: &mut Vec<(usize, Tagged<'a>)>) {
    for i in 1..tagged.len().saturating_sub(1) {
        let w = forms[i].to_ascii_lowercase();
        if !matches!(tagged[i].xpos, "VBN" | "VBD")
            || w.len() < 5
            || !w.ends_with("ed")
            || tagged[i - 1].upos != "VERB"
            || AUXILIARY.iter().any(|a| forms[i - 1].eq_ignore_ascii_case(a))
        {
            continue;
        }
        let mut k = i + 1;
        while k < tagged.len()
            && k - i <= 5
            && (matches!(tagged[k].xpos, "JJ" | "NN" | "NNS" | "NNP" | "NNPS") || (tagged[k].xpos == "CC" && k > i + 1))
        {
            k += 1;
        }
        let run_ends_in_noun = k > i + 1 && matches!(tagged[k - 1].xpos, "NN" | "NNS");
        let run_is_whole = tagged
            .get(k)
            .is_none_or(|t| !matches!(t.upos, "NOUN" | "PROPN" | "ADJ"));
        if run_ends_in_noun && run_is_whole {
            hints.push((i, tagged[i]));
            tagged[i].upos = "ADJ";
            tagged[i].xpos = "JJ";
            tagged[i].feats = "Degree=Pos";
        }
    }
}

/// "on charges they broke into": a VBZ right after a preposition is a plural noun.
fn nouns_after_prepositions(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    // (Subordinators the tagger also calls IN may stand for a subject: "that seems", "as
    // follows".)
    const OPENERS: &[&str] = &[
        "that", "whether", "if", "because", "as", "while", "although", "though", "so", "like", "unless", "since",
        "once", "than", "until", "before", "after",
    ];
    for i in 1..tagged.len() {
        let opener = OPENERS.iter().any(|w| forms[i - 1].eq_ignore_ascii_case(w));
        if tagged[i - 1].xpos == "IN"
            && !opener
            && tagged[i].xpos == "VBZ"
            && forms[i].ends_with('s')
            && forms[i].len() > 3
        {
            tagged[i].upos = "NOUN";
            tagged[i].xpos = "NNS";
            tagged[i].feats = "Number=Plur";
        }
    }
}

/// Tags changed only for the parser, pushed to `hints` with the tagger's own reading so that the
/// caller restores them after parsing: UD EWT tags a participle modifying a noun VERB ("signed
/// documents"), but our parser reads "passed classified documents to" better with an adjective.
pub fn parse_hints<'a>(forms: &[&str], tagged: &mut [Tagged<'a>], hints: &mut Vec<(usize, Tagged<'a>)>) {
    adjectival_participles(forms, tagged, hints);
}

/// "Moscow denied allegations": with no finite verb in the sentence, an `-ed` participle after
/// the opening noun phrase and before a noun phrase is the sentence's past-tense verb.
fn headless_past(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    // A finite verb of the main clause (not one after "that", "who", "because" …) rules it out.
    const SUBORDINATORS: &[&str] = &[
        "that", "which", "who", "whom", "whose", "because", "if", "when", "after", "before", "while", "as", "since",
        "whether", "although", "though", "where", "until",
    ];
    let mut subordinate = false;
    for (k, t) in tagged.iter().enumerate() {
        if SUBORDINATORS.iter().any(|w| forms[k].eq_ignore_ascii_case(w)) {
            subordinate = true;
        }
        if !subordinate && matches!(t.xpos, "VBD" | "VBZ" | "VBP" | "MD") {
            return;
        }
    }
    // The opening noun phrase: up to three determiners, adjectives, nouns or names.
    let mut i = 0;
    while i < tagged.len() && i < 3 && matches!(tagged[i].xpos, "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS") {
        i += 1;
    }
    if i == 0 || i + 1 >= tagged.len() || !matches!(tagged[i - 1].xpos, "NN" | "NNS" | "NNP" | "NNPS") {
        return;
    }
    let w = forms[i].to_ascii_lowercase();
    let np_after = matches!(
        tagged[i + 1].xpos,
        "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "CD"
    );
    // (Only where the opening word, a capitalised name, was itself read as a common noun: the
    // parser handles "Poland convicted two men" with the participle tag.)
    let misread_name = i == 1 && tagged[0].xpos == "NN" && forms[0].starts_with(char::is_uppercase);
    if tagged[i].xpos == "VBN" && w.ends_with("ed") && np_after && misread_name {
        tagged[i].xpos = "VBD";
        tagged[i].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
        tagged[0].upos = "PROPN";
        tagged[0].xpos = "NNP";
        tagged[0].feats = "Number=Sing";
    }
}

/// "to spy on journalists": a listed verb after "to", with no noun after it, is a verb.
fn infinitives(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len() {
        let noun_after = tagged.get(i + 1).is_some_and(|t| matches!(t.upos, "NOUN" | "PROPN"));
        if matches!(tagged[i].upos, "NOUN" | "PROPN")
            && forms[i - 1].eq_ignore_ascii_case("to")
            && !noun_after
            && verbs_after_to().iter().any(|w| forms[i].eq_ignore_ascii_case(w))
        {
            tagged[i - 1].upos = "PART";
            tagged[i - 1].xpos = "TO";
            tagged[i - 1].feats = "";
            tagged[i].upos = "VERB";
            tagged[i].xpos = "VB";
            tagged[i].feats = "VerbForm=Inf";
        }
    }
}

/// "after Italy expelled …": a temporal preposition before a clause is a subordinator.
fn subordinators(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    const WORDS: &[&str] = &["after", "before", "since", "until"];
    for i in 0..tagged.len() {
        if tagged[i].upos != "ADP" || !WORDS.iter().any(|w| forms[i].eq_ignore_ascii_case(w)) {
            continue;
        }
        // A short noun phrase (determiner, adjectives, nouns, names, a pronoun), then a finite verb.
        let mut k = i + 1;
        while k < tagged.len()
            && k - i <= 4
            && matches!(
                tagged[k].xpos,
                "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "POS"
            )
        {
            k += 1;
        }
        let finite = tagged
            .get(k)
            .is_some_and(|t| matches!(t.xpos, "VBD" | "VBZ" | "VBP" | "MD"));
        if k > i + 1 && finite {
            tagged[i].upos = "SCONJ";
        }
    }
}

/// Retags, in place, the listed words that head their phrase.
fn noun_heads(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len() {
        if tagged[i].upos != "ADJ" || !words().iter().any(|w| forms[i].eq_ignore_ascii_case(w)) {
            continue;
        }
        let modified =
            matches!(tagged[i - 1].upos, "DET" | "ADJ" | "PROPN" | "NUM" | "PRON") || tagged[i - 1].xpos == "POS";
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

/// A tagged word for the repairs' tests (here, `predicate_tags`, `name_tags`).
#[cfg(test)]
pub(crate) fn tag<'a>(upos: &'a str, xpos: &'a str) -> Tagged<'a> {
    Tagged {
        upos,
        xpos,
        feats: "",
        lemma: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_participle_after_a_verb_and_before_a_bare_noun_phrase_is_an_adjective() {
        let forms = ["she", "sold", "restricted", "Swiss", "designs"];
        let mut t = vec![
            tag("PRON", "PRP"),
            tag("VERB", "VBD"),
            tag("VERB", "VBN"),
            tag("PROPN", "NNP"),
            tag("NOUN", "NNS"),
        ];
        parse_hints(&forms, &mut t, &mut Vec::new());
        let mut hints = Vec::new();
        let mut u = t.clone();
        u[2] = tag("VERB", "VBN");
        parse_hints(&forms, &mut u, &mut hints);
        assert_eq!((t[2].upos, t[2].xpos), ("ADJ", "JJ"));
        assert_eq!(
            hints.iter().map(|h| (h.0, h.1.xpos)).collect::<Vec<_>>(),
            vec![(2, "VBN")]
        );
        // After an auxiliary it stays a verb: "had restricted access".
        let forms = ["she", "had", "restricted", "access"];
        let mut t = vec![
            tag("PRON", "PRP"),
            tag("VERB", "VBD"),
            tag("VERB", "VBN"),
            tag("NOUN", "NN"),
        ];
        parse_hints(&forms, &mut t, &mut Vec::new());
        assert_eq!(t[2].xpos, "VBN");
        // Before a determiner it stays a verb.
        let forms = ["they", "said", "arrested", "the", "man"];
        let mut t = vec![
            tag("PRON", "PRP"),
            tag("VERB", "VBD"),
            tag("VERB", "VBN"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
        ];
        parse_hints(&forms, &mut t, &mut Vec::new());
        assert_eq!(t[2].xpos, "VBN");
    }

    #[test]
    fn a_sentences_only_verb_read_as_a_participle_is_a_past_verb() {
        let forms = ["Tehran", "rejected", "the", "claims", "."];
        let mut t = vec![
            tag("NOUN", "NN"),
            tag("VERB", "VBN"),
            tag("DET", "DT"),
            tag("NOUN", "NNS"),
            tag("PUNCT", "."),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[1].xpos, "VBD");
        assert_eq!(t[0].xpos, "NNP");
        // With a finite verb elsewhere it is left alone: "Documents seized last week were …".
        let forms = ["Documents", "seized", "files", "were", "lost"];
        let mut t = vec![
            tag("NOUN", "NNS"),
            tag("VERB", "VBN"),
            tag("NOUN", "NNS"),
            tag("AUX", "VBD"),
            tag("VERB", "VBN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[1].xpos, "VBN");
    }

    #[test]
    fn a_verb_tag_right_after_a_preposition_is_a_plural_noun() {
        let forms = ["held", "on", "charges", "they", "deny"];
        let mut t = vec![
            tag("VERB", "VBN"),
            tag("ADP", "IN"),
            tag("VERB", "VBZ"),
            tag("PRON", "PRP"),
            tag("VERB", "VBP"),
        ];
        repair(&forms, &mut t);
        assert_eq!((t[2].upos, t[2].xpos), ("NOUN", "NNS"));
        assert_eq!(t[4].xpos, "VBP");
    }

    #[test]
    fn a_sentences_only_verb_read_as_a_plural_noun_is_a_verb() {
        let forms = ["the", "film", "shows", "a", "spy"];
        let mut t = vec![
            tag("DET", "DT"),
            tag("NOUN", "NN"),
            tag("NOUN", "NNS"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &mut t);
        assert_eq!((t[2].upos, t[2].xpos), ("VERB", "VBZ"));
        // With a finite verb elsewhere, a plural noun before an article stays ("gave Beijing
        // officials a warning").
        let forms = ["Rome", "gave", "Beijing", "officials", "a", "warning"];
        let mut t = vec![
            tag("PROPN", "NNP"),
            tag("VERB", "VBD"),
            tag("PROPN", "NNP"),
            tag("NOUN", "NNS"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[3].xpos, "NNS");
    }

    #[test]
    fn a_participle_after_be_before_a_determiner_is_a_verb() {
        let forms = ["he", "was", "named", "a", "suspect"];
        let mut t = vec![
            tag("PRON", "PRP"),
            tag("AUX", "VBD"),
            tag("ADJ", "JJ"),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &mut t);
        assert_eq!((t[2].upos, t[2].xpos), ("VERB", "VBN"));
        // "was tired": no determiner follows; unchanged.
        let forms = ["he", "was", "tired", "."];
        let mut t = vec![
            tag("PRON", "PRP"),
            tag("AUX", "VBD"),
            tag("ADJ", "JJ"),
            tag("PUNCT", "."),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[2].upos, "ADJ");
    }

    #[test]
    fn a_noun_in_ing_between_a_preposition_and_its_object_is_a_gerund() {
        let forms = ["of", "recruiting", "civil", "servants"];
        let mut t = vec![
            tag("ADP", "IN"),
            tag("NOUN", "NN"),
            tag("ADJ", "JJ"),
            tag("NOUN", "NNS"),
        ];
        assert!(repair(&forms, &mut t));
        assert_eq!((t[1].upos, t[1].xpos), ("VERB", "VBG"));
        // "of spying for Russia": no object follows; unchanged.
        let forms = ["of", "spying", "for", "Russia"];
        let mut t = vec![
            tag("ADP", "IN"),
            tag("NOUN", "NN"),
            tag("ADP", "IN"),
            tag("PROPN", "NNP"),
        ];
        assert!(!repair(&forms, &mut t));
    }

    #[test]
    fn a_listed_verb_after_to_is_a_verb() {
        let forms = ["malware", "to", "spy", "on", "journalists"];
        let mut t = vec![
            tag("NOUN", "NN"),
            tag("ADP", "IN"),
            tag("NOUN", "NN"),
            tag("ADP", "IN"),
            tag("NOUN", "NNS"),
        ];
        assert!(repair(&forms, &mut t));
        assert_eq!((t[2].upos, t[2].xpos), ("VERB", "VB"));
        assert_eq!(t[1].xpos, "TO");
        // "to spy agencies": a noun follows; unchanged.
        let forms = ["links", "to", "spy", "agencies"];
        let mut t = vec![
            tag("NOUN", "NNS"),
            tag("ADP", "IN"),
            tag("NOUN", "NN"),
            tag("NOUN", "NNS"),
        ];
        assert!(!repair(&forms, &mut t));
    }

    #[test]
    fn a_temporal_preposition_before_a_clause_is_a_subordinator() {
        let forms = ["after", "Italy", "expelled", "him"];
        let mut t = vec![
            tag("ADP", "IN"),
            tag("PROPN", "NNP"),
            tag("VERB", "VBD"),
            tag("PRON", "PRP"),
        ];
        assert!(!repair(&forms, &mut t), "the Penn tag stays IN");
        assert_eq!(t[0].upos, "SCONJ");
        // "after the talks": no verb follows.
        let forms = ["after", "the", "talks", "."];
        let mut t = vec![
            tag("ADP", "IN"),
            tag("DET", "DT"),
            tag("NOUN", "NNS"),
            tag("PUNCT", "."),
        ];
        repair(&forms, &mut t);
        assert_eq!(t[0].upos, "ADP");
    }

    #[test]
    fn an_ing_word_after_an_aspectual_verb_is_a_gerund() {
        let forms = ["began", "lobbying", "Wang", "."];
        let mut t = vec![
            tag("VERB", "VBD"),
            tag("ADJ", "JJ"),
            tag("PROPN", "NNP"),
            tag("PUNCT", "."),
        ];
        assert!(repair(&forms, &mut t));
        assert_eq!((t[1].upos, t[1].xpos), ("VERB", "VBG"));
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
