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

/// The built-in word clusters, loaded on first call.
pub fn clusters() -> Result<&'static Clusters, LoadError> {
    let r = CLUSTERS.get_or_init(|| {
        Clusters::from_binary(CLUSTERS_BIN).map_err(|e| LoadError {
            model: "clusters",
            message: e.to_string(),
        })
    });
    r.as_ref().map_err(Clone::clone)
}

/// The built-in tagger, loaded on first call.
pub fn tagger() -> Result<&'static Tagger, LoadError> {
    let r = TAGGER.get_or_init(|| {
        Tagger::from_compressed(TAGGER_ZST).map_err(|e| LoadError {
            model: "tagger",
            message: e.to_string(),
        })
    });
    r.as_ref().map_err(Clone::clone)
}

/// The built-in parser, loaded on first call.
pub fn parser() -> Result<&'static ParserModel, LoadError> {
    let r = PARSER.get_or_init(|| {
        let err = |message: String| LoadError {
            model: "parser",
            message,
        };
        let raw = binio::decompress(PARSER_ZST).map_err(|e: FormatError| err(e.to_string()))?;
        ParserModel::from_bytes(&raw).map_err(|e| err(e.to_string()))
    });
    r.as_ref().map_err(Clone::clone)
}
