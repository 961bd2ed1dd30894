//! dossier-eval: scorers and benchmarks for dossier.
//!
//! - [`parse`]: tagging, lemma and parsing scores against a UD treebank;
//! - [`segment`]: token, word and sentence F1 of the segmenter against a UD treebank, aligned as
//!   the CoNLL 2018 shared task does;
//! - [`actors`]: actor recognition against a gold event file (codes found, exact and country);
//! - [`gold`]: gold event files (SPEC.md's format) and their scorer;
//! - [`petrarch`]: the PETRARCH validation suites (exact sentences, Correct/Uncoded/Extra).
//!
//! Scorers return numbers; printing is the binary's job.
pub mod actors;
pub mod gold;
pub mod link;
pub mod parse;
pub mod parse_raw;
pub mod petrarch;
pub mod segment;
