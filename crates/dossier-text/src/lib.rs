//! dossier-text: the first three stages of the pipeline (SPEC.md 1–3).
//!
//! - [`ingest`] turns files, directories, stdin, HTML and JSON/JSONL into [`Document`]s;
//! - [`clean`] repairs and normalises the text, dropping boilerplate, keeping an alignment;
//! - [`segment`] splits the cleaned text into sentences and UD-EWT-style words.
//!
//! Nothing here analyses grammar or recognises actors; later stages do.

pub mod clean;
pub mod ingest;
pub mod segment;

pub use dossier_core::Document;
