//! dossier-nlp: stage 4 (analyse) — CoNLL-U, part-of-speech tagger, lemmatiser, dependency parser.
//!
//! Does no text cleaning or segmentation (those are `dossier-text`), and no I/O beyond reading
//! CoNLL-U files when asked.

pub mod analyse;
pub mod arc_repairs;
pub mod attribution;
pub mod binio;
pub mod clusters;
pub mod conllu;
pub mod dateline;
pub mod hash;
pub mod lemma;
pub mod models;
pub mod name_tags;
pub mod parser;
pub mod perceptron;
pub mod predicate_tags;
pub mod question_tags;
pub mod tag_repairs;
pub mod tagger;

pub use analyse::Analyse;
