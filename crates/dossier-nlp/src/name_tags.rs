//! Tagging slips inside personal names, repaired before parsing (after `tag_repairs`):
//! - surnames called common nouns: "Matthew Hedges, a lecturer" tags `Hedges` NNS (the plural of
//!   "hedge"), and the man is no longer a name. A capitalised word (not all capitals) tagged as a
//!   common noun, right after a capitalised proper noun that opens a name (first in the sentence
//!   or after a word that is not a proper noun), with no capitalised word after it, becomes
//!   PROPN/NNP;
//! - the lower-case part of a hyphenated given name: "Kim Jong-un", "Moon Jae-in", "Liu Yun-ya"
//!   are split at the hyphen, and "un", "in", "ya" are then tagged as a pronoun, a preposition or
//!   a noun, which breaks the name and often the sentence. A short lower-case word joined by a
//!   hyphen, with no spaces, to a name of at least two proper nouns becomes PROPN/NNP (and the
//!   hyphen HYPH);
//! - a name written in another script after its romanisation: "Sun Wei (孫緯)" tags the Chinese
//!   characters as a number (the tagger has never seen the script), and the parser hangs them on
//!   the verb. A word made only of letters outside the Latin script, tagged as a number, a symbol
//!   or other, becomes PROPN/NNP.
//!
//! What it must not do: change any tag outside a name's words, or tag any Latin-script word of
//! ordinary text as a name.

use crate::tagger::Tagged;

/// Repairs the three name slips in place; `joined[i]`: word `i` follows the word before with
/// no space. Returns whether any tag changed.
pub fn repair(forms: &[&str], joined: &[bool], tagged: &mut [Tagged<'_>]) -> bool {
    let before: Vec<&str> = tagged.iter().map(|t| t.xpos).collect();
    surnames(forms, tagged);
    hyphenated_given_names(forms, joined, tagged);
    other_scripts(forms, tagged);
    tagged.iter().zip(before).any(|(t, x)| t.xpos != x)
}

fn capitalised(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(|f| f.is_uppercase()) && c.any(|x| x.is_lowercase())
}

fn make_name(t: &mut Tagged<'_>) {
    t.upos = "PROPN";
    t.xpos = "NNP";
    t.feats = "Number=Sing";
}

/// "Matthew Hedges, …": a capitalised common noun closing a two-word name is its surname.
fn surnames(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for i in 1..tagged.len() {
        let g = i - 1;
        let opens = g == 0 || tagged[g - 1].upos != "PROPN";
        let closes = forms.get(i + 1).is_none_or(|w| !capitalised(w));
        if tagged[i].upos == "NOUN"
            && capitalised(forms[i])
            && tagged[g].xpos == "NNP"
            && capitalised(forms[g])
            && opens
            && closes
        {
            make_name(&mut tagged[i]);
        }
    }
}

/// "Kim Jong-un": a short lower-case word after a hyphen closing a two-word name is part of it.
fn hyphenated_given_names(forms: &[&str], joined: &[bool], tagged: &mut [Tagged<'_>]) {
    for i in 3..tagged.len().min(joined.len()) {
        let w = forms[i];
        let short_lower = (1..=5).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_lowercase());
        if short_lower
            && forms[i - 1] == "-"
            && joined[i - 1]
            && joined[i]
            && tagged[i - 2].upos == "PROPN"
            && capitalised(forms[i - 2])
            && tagged[i - 3].upos == "PROPN"
            && capitalised(forms[i - 3])
        {
            make_name(&mut tagged[i]);
            tagged[i - 1].upos = "PUNCT";
            tagged[i - 1].xpos = "HYPH";
            tagged[i - 1].feats = "";
        }
    }
}

/// "(孫緯)": a word of letters from another script, which the tagger calls a number, is a name.
fn other_scripts(forms: &[&str], tagged: &mut [Tagged<'_>]) {
    for (t, w) in tagged.iter_mut().zip(forms) {
        if other_script(w) && matches!(t.upos, "NUM" | "SYM" | "X") {
            make_name(t);
        }
    }
}

/// Whether `w` is a word of letters outside the Latin script ("孫緯", "Путин").
pub fn other_script(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_alphabetic() && !c.is_ascii() && !latin(c))
}

/// Latin letters with diacritics ("é", "ł", "ş") are not another script.
fn latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag_repairs::tag;

    #[test]
    fn a_capitalised_noun_closing_a_name_is_a_surname() {
        let forms = ["Matthew", "Hedges", ",", "a", "lecturer"];
        let mut t = vec![
            tag("PROPN", "NNP"),
            tag("NOUN", "NNS"),
            tag("PUNCT", ","),
            tag("DET", "DT"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &[false; 5], &mut t);
        assert_eq!(t[1].xpos, "NNP");
        assert_eq!(t[4].xpos, "NN");
    }

    #[test]
    fn the_lower_case_half_of_a_hyphenated_given_name_is_a_name() {
        let forms = ["Moon", "Jae", "-", "in", "met", "Kim"];
        let mut t = vec![
            tag("PROPN", "NNP"),
            tag("PROPN", "NNP"),
            tag("PUNCT", ","),
            tag("ADP", "IN"),
            tag("VERB", "VBD"),
            tag("PROPN", "NNP"),
        ];
        let spaced = [false, false, false, false, false, false];
        let mut u = t.clone();
        repair(&forms, &spaced, &mut u);
        assert_eq!(u[3].upos, "ADP", "Moon Jae - in: a spaced dash joins nothing");
        repair(&forms, &[false, false, true, true, false, false], &mut t);
        assert_eq!((t[3].upos, t[2].xpos), ("PROPN", "HYPH"));
    }

    #[test]
    fn a_hyphen_after_one_name_or_a_common_word_is_left_alone() {
        // "the Kremlin-backed group", "a well-known man": no two-word name before the hyphen.
        let forms = ["the", "Kremlin", "-", "backed", "group"];
        let mut t = vec![
            tag("DET", "DT"),
            tag("PROPN", "NNP"),
            tag("PUNCT", "HYPH"),
            tag("VERB", "VBN"),
            tag("NOUN", "NN"),
        ];
        repair(&forms, &[false, false, true, true, false], &mut t);
        assert_eq!(t[3].upos, "VERB");
    }

    #[test]
    fn letters_of_another_script_are_a_name_and_digits_stay_numbers() {
        let forms = ["Sun", "Wei", "(", "孫緯", ")", "and", "12", "Łódź"];
        let mut t = vec![
            tag("PROPN", "NNP"),
            tag("PROPN", "NNP"),
            tag("PUNCT", "-LRB-"),
            tag("NUM", "CD"),
            tag("PUNCT", "-RRB-"),
            tag("CCONJ", "CC"),
            tag("NUM", "CD"),
            tag("NUM", "CD"),
        ];
        repair(&forms, &[false; 8], &mut t);
        assert_eq!(t[3].upos, "PROPN");
        assert_eq!(t[6].upos, "NUM");
        assert_eq!(t[7].upos, "NUM");
    }
}
