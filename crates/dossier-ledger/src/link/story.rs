//! What a document's story is about, for reports that carry no usable date: the distinctive names
//! it uses (people, companies, named units, villages, operations: "Vrbetice", "Hamacek",
//! "Equifax", "Kuzminov"), i.e. its proper nouns minus what many unrelated stories share —
//! countries, nationalities and cities the gazetteer knows, bare state actors ("Russia", "the
//! Kremlin"), dates ("Sunday", "April"), and the press (agencies and outlets quoted as sources).
//!
//! Each name is one lower-cased word of a proper-noun run, so "Jan Hamacek" and "Hamacek" share
//! "hamacek", and "Carsten L." gives "carsten". What it must not do: decide a link (that is
//! `rule`'s, which asks for several shared names), or read the database.

use dossier_core::{Document, Span};
use std::collections::BTreeSet;

/// The fewest letters a name needs to count ("Wu" and the initial of "Carsten L." do not).
const MIN_LETTERS: usize = 3;

/// The distinctive names of `doc` (see the module doc).
pub fn names_of(doc: &Document) -> BTreeSet<String> {
    let mut common: Vec<Span> = Vec::new();
    common.extend(doc.places.iter().filter(|p| p.sentence.is_some()).map(|p| p.span));
    common.extend(doc.dates.iter().map(|d| d.span));
    common.extend(
        doc.actors
            .iter()
            .filter(|a| a.entity.is_none() || a.sector.as_deref() == Some("JRN"))
            .map(|a| a.span),
    );
    let mut names = BTreeSet::new();
    for t in &doc.tokens {
        if t.analysis.upos != "PROPN" || common.iter().any(|s| s.start <= t.span.start && t.span.end <= s.end) {
            continue;
        }
        let word: String = t
            .span
            .slice(&doc.text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if word.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS {
            names.insert(word);
        }
    }
    names
}
