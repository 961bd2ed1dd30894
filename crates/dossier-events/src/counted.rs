//! How many people a participant counts when the text says ("18 Russian diplomats", "four
//! members of China's military", "five of its officers"): read from the participant's words in
//! the parse. Used by the coder (the people "the five" refers to) and by linking (two reports
//! counting the targets alike). Reads the document; changes nothing.

use dossier_core::{Document, Participant};

/// How many people the participant counts, when a number modifies it or the noun it is a part
/// of ("18 Russian diplomats", "four members of China's military", "five of its officers").
pub fn count_of(doc: &Document, p: &Participant) -> Option<u32> {
    let Participant::Mention(a) = p else { return None };
    let actor = doc.actors.get(*a as usize)?;
    let words = doc.sentence_tokens(actor.sentence as usize);
    let first = doc.sentences.get(actor.sentence as usize)?.tokens.start;
    let (lo, hi) = (
        actor.tokens.start.checked_sub(first)?,
        actor.tokens.end.checked_sub(first)?,
    );
    let inside = |i: usize| (lo as usize..hi as usize).contains(&i);
    let head = (lo as usize..hi as usize).find(|&i| {
        words
            .get(i)
            .is_some_and(|t| t.analysis.head == 0 || !inside(t.analysis.head as usize - 1))
    })?;
    let number = |i: usize| -> Option<u32> {
        let t = words.get(i)?;
        (t.analysis.upos == "NUM").then(|| dossier_actors::dates::cardinal(&t.form(&doc.text)))?
    };
    let nummod = |h: usize| -> Option<u32> {
        words
            .iter()
            .enumerate()
            .find(|(_, t)| t.analysis.head as usize == h + 1 && t.analysis.deprel == "nummod")
            .and_then(|(i, _)| number(i))
    };
    // "four members of X", "five of its officers", "five members of a Chinese military unit":
    // the number may be on a word the participant's words hang from.
    let mut at = head;
    for _ in 0..3 {
        if let Some(n) = nummod(at) {
            return Some(n);
        }
        let t = words.get(at)?;
        if !matches!(t.analysis.deprel.split(':').next(), Some("nmod" | "amod" | "compound")) || t.analysis.head == 0 {
            return None;
        }
        at = t.analysis.head as usize - 1;
        if let Some(n) = number(at) {
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Vec<Option<u32>> {
        let mut doc = Document::new("t", text);
        crate::test_pipeline().run(&mut doc).unwrap();
        let targets: Vec<Participant> = doc.events.iter().flat_map(|e| e.target.clone()).collect();
        targets.iter().map(|p| count_of(&doc, p)).collect()
    }

    #[test]
    fn a_number_on_the_participant_or_the_noun_it_is_part_of() {
        assert_eq!(counts("Norway expelled 15 Iranian diplomats."), [Some(15)]);
        assert_eq!(
            counts("Canada charged four members of China's military with hacking.")[0],
            Some(4)
        );
        assert_eq!(counts("Norway expelled Iranian diplomats."), [None]);
    }
}
