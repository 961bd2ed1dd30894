//! The models built into the binary, decompressed and loaded once per process on first use.
//!
//! `data/models/tagger.bin.zst` (tagger + lemmatiser + FEATS table),
//! `data/models/parser.bin.zst` and the word clusters both use (`data/clusters/`) are embedded with `include_bytes!`, so a fresh clone runs with
//! no download. What it must not do: read files at run time.

use crate::binio::{self, FormatError};
use crate::clusters::Clusters;
use crate::parser::ParserModel;
use crate::tagger::Tagger;
use std::sync::OnceLock;

/// The compressed tagger model as built in.
pub static TAGGER_ZST: &[u8] = include_bytes!("../../../data/models/tagger.bin.zst");
/// The compressed parser model as built in.
pub static PARSER_ZST: &[u8] = include_bytes!("../../../data/models/parser.bin.zst");

/// The word-cluster table as built in: `data/clusters/glove-6b-50d.tsv.zst` in the binary form
/// `build.rs` derives from it (see [`crate::clusters`]).
pub static CLUSTERS_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.bin"));

/// A built-in model that failed to load (a build problem, never user input).
#[derive(Debug, Clone, thiserror::Error)]
#[error("built-in {model} model: {message}")]
pub struct LoadError {
    pub model: &'static str,
    pub message: String,
}

static CLUSTERS: OnceLock<Result<Clusters, LoadError>> = OnceLock::new();
static TAGGER: OnceLock<Result<Tagger, LoadError>> = OnceLock::new();
static PARSER: OnceLock<Result<ParserModel, LoadError>> = OnceLock::new();

/// The value in `cell`, loading it with `load` on first call; a load error names `model`.
fn cached<T>(
    cell: &'static OnceLock<Result<T, LoadError>>,
    model: &'static str,
    load: impl FnOnce() -> Result<T, String>,
) -> Result<&'static T, LoadError> {
    let r = cell.get_or_init(|| load().map_err(|message| LoadError { model, message }));
    r.as_ref().map_err(Clone::clone)
}

/// The built-in word clusters, loaded on first call.
pub fn clusters() -> Result<&'static Clusters, LoadError> {
    cached(&CLUSTERS, "clusters", || {
        Clusters::from_binary(CLUSTERS_BIN).map_err(|e| e.to_string())
    })
}

/// The built-in tagger, loaded on first call.
pub fn tagger() -> Result<&'static Tagger, LoadError> {
    cached(&TAGGER, "tagger", || {
        Tagger::from_compressed(TAGGER_ZST).map_err(|e| e.to_string())
    })
}

/// The built-in parser, loaded on first call.
pub fn parser() -> Result<&'static ParserModel, LoadError> {
    cached(&PARSER, "parser", || {
        let raw = binio::decompress(PARSER_ZST).map_err(|e: FormatError| e.to_string())?;
        ParserModel::from_bytes(&raw).map_err(|e| e.to_string())
    })
}
