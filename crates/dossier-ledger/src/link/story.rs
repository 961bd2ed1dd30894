//! What a document's story is about, for reports that carry no usable date: the distinctive names
//! it uses (people, companies, named units, villages, operations: "Vrbetice", "Hamacek",
//! "Equifax", "Kuzminov"), i.e. its proper nouns minus what many unrelated stories share:
//! countries, nationalities and cities the gazetteer knows, state bodies the recogniser codes
//! ("the Kremlin", "the BND", "the People's Liberation Army"), dates ("Sunday", "April"), the
//! press, and any word common in news (rank under [`RARE_RANK`] in the word-frequency table the
//! tagger's clusters come with: "Minister", "Airport", "Arthur", "Holder").
//!
//! Each name is one lower-cased word of a proper-noun run, so "Jan Hamacek" and "Hamacek" share
//! "hamacek". What it must not do: decide a link (that is `rule`'s), or read the database.

use dossier_core::{Document, Span};
use std::collections::BTreeSet;

/// The fewest letters a name needs to count ("Wu" and the initial of "Carsten L." do not).
const MIN_LETTERS: usize = 3;

/// Words at least this far down the news-frequency ranking are distinctive (about the 10,000
/// most frequent words of Wikipedia and newswire are not: "Minister", "Arthur", "Reuters").
pub const RARE_RANK: u32 = 10_000;

/// Marks a name outside the frequency table altogether (rarer than its 200,000 words:
/// "Kuzminov", "Vrbetice", "Hamacek"): such a name almost only ever belongs to one story. Kept
/// as a prefix of the stored word, so the ledger needs no other column.
pub const UNSEEN: char = '*';

/// How much one shared story name counts as evidence: 2 for a name unseen in the frequency
/// table, else 1.
pub fn weight(name: &str) -> u32 {
    if name.starts_with(UNSEEN) {
        2
    } else {
        1
    }
}

/// How rare a lower-cased word is in news: `None` for a common word (ranked under
/// [`RARE_RANK`]), `Some(true)` for one the frequency table does not hold at all, `Some(false)`
/// for another rare one. Every word is rare when the table cannot be loaded.
pub fn rarity(word: &str) -> Option<bool> {
    match dossier_nlp::models::clusters().ok().map(|c| c.rank(word)) {
        None => Some(false),
        Some(None) => Some(true),
        Some(Some(r)) if r >= RARE_RANK => Some(false),
        Some(Some(_)) => None,
    }
}

/// The distinctive names of `doc` (see the module doc).
pub fn names_of(doc: &Document) -> BTreeSet<String> {
    let mut common: Vec<Span> = Vec::new();
    common.extend(doc.places.iter().filter(|p| p.sentence.is_some()).map(|p| p.span));
    common.extend(doc.dates.iter().map(|d| d.span));
    common.extend(doc.actors.iter().filter(|a| !a.person).map(|a| a.span));
    let mut names = BTreeSet::new();
    for t in &doc.tokens {
        if t.analysis.upos != "PROPN" || common.iter().any(|s| s.start <= t.span.start && t.span.end <= s.end) {
            continue;
        }
        let surface = t.span.slice(&doc.text);
        if surface.ends_with('.') {
            continue; // an abbreviation or an initial: "Capt.", "Inc.", "L."
        }
        let word: String = surface
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if word.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            continue;
        }
        match rarity(&word) {
            Some(true) => {
                names.insert(format!("{UNSEEN}{word}"));
            }
            Some(false) => {
                names.insert(word);
            }
            None => {}
        }
    }
    names
}

/// People a document names by given name and initial only, as German and other privacy rules
/// have reports do ("Carsten L.", "Arthur E."), keyed like [`super::facts::person_key`]: the
/// recogniser codes a person by context and may leave such a name without an actor, yet it is
/// the clearest mark of whom a story is about.
pub fn initialled_people(doc: &Document) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in &doc.sentences {
        let words = &doc.tokens[s.token_range()];
        for pair in words.windows(2) {
            let (given, initial) = (pair[0].span.slice(&doc.text), pair[1].span.slice(&doc.text));
            if pair[0].analysis.upos == "PROPN" && dossier_actors::recognise::given_name_and_initial(given, initial) {
                out.insert(super::facts::normalise(&format!("{given} {initial}")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{Analysis, Sentence, Token};

    /// A one-sentence document whose words are split on spaces and tagged by `tags` (`P` a
    /// proper noun, anything else a common word).
    fn doc(text: &str, tags: &str) -> Document {
        let mut d = Document::new("t", text);
        d.text = text.to_string();
        let mut start = 0;
        for (word, tag) in text.split(' ').zip(tags.split(' ')) {
            let upos = if tag == "P" { "PROPN" } else { "NOUN" };
            d.tokens.push(Token {
                span: Span::new(start, start + word.len()),
                analysis: Analysis {
                    upos,
                    ..Default::default()
                },
                ..Default::default()
            });
            start += word.len() + 1;
        }
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            tokens: 0..d.tokens.len() as u32,
        });
        d
    }

    #[test]
    fn distinctive_names_leave_out_common_words_and_initials() {
        let d = doc("Minister Hamacek met Carsten L. near Vrbetice", "P P N P P N P");
        let names = names_of(&d);
        assert!(!names.iter().any(|n| n.ends_with("minister")), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with("hamacek")), "{names:?}");
        assert!(!names.iter().any(|n| n == "l"), "{names:?}");
        assert_eq!(initialled_people(&d).into_iter().collect::<Vec<_>>(), ["carsten l"]);
    }
}
