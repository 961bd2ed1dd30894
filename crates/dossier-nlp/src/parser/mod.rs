//! Dependency parser of the `analyse` stage: greedy arc-hybrid transitions scored by an
//! averaged perceptron over hashed features, trained with a dynamic oracle; full UD labels
//! (with subtypes such as `nmod:poss`, `acl:relcl`).
//!
//! # API
//! ```text
//! pub struct ParserModel { .. }
//! impl ParserModel {
//!     pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError>;  // decompressed bytes
//!     pub fn to_bytes(&self) -> Vec<u8>;                             // caller zstd-compresses
//!     pub fn parse(&self, words: &[ParseWord<'_>], out: &mut Vec<Arc>); // thread-local scratch
//!     pub fn parse_with(&self, scratch: &mut Scratch, words: &[ParseWord<'_>], out: &mut Vec<Arc>);
//!     pub fn labels(&self) -> &[&'static str];
//!     pub fn mean(models: &[ParserModel]) -> Option<ParserModel>;   // weight mean of several seeds
//! }
//! pub struct ParseWord<'a> { pub form: &'a str, pub lemma: &'a str, pub upos: &'a str, pub xpos: &'a str }
//! pub struct Arc { pub head: u32 /* 0 = root, else 1-based */, pub deprel: &'static str }
//! pub fn train(train: &[conllu::Sentence], dev: &[conllu::Sentence], cfg: &TrainConfig,
//!              log: &mut dyn FnMut(String)) -> ParserModel;
//! pub fn evaluate(model: &ParserModel, gold: &[conllu::Sentence]) -> Score;  // UAS/LAS, punct included
//! ```
//! `parse` writes exactly one [`Arc`] per word (`out` is cleared first): a tree with a single
//! root, whatever the input (empty sentence → no arcs; unknown tags are just unseen features).
//! It allocates nothing per token: the scratch grows to the longest sentence seen and is reused.
//!
//! # Model
//! - System: arc-hybrid (`transition.rs`), root on the stack bottom, attaching to the root only
//!   when the buffer is empty (one root per sentence).
//! - Training: dynamic oracle (`oracle.rs`) with exploration after the first epoch; gold trees
//!   are projectivised by lifting (1.5% of EWT dev sentences, 0.14% of its arcs, are
//!   non-projective; those arcs are lost at parse time: too few for pseudo-projective labels).
//! - Two classifiers: moves (3 classes) and labels (all labels), both hashed tables with one
//!   contiguous row per bucket (`model.rs`); the labeller runs when a move makes an arc, so
//!   later features can see the labels of children.
//! - Tags: the shipped model is trained on **predicted** tags: the training set retagged 10-fold
//!   by single-seed two-direction taggers (jackknifing, `tagger::train::jackknife`), followed by the
//!   gold-tagged copy; in both, with probability `TrainConfig::tag_noise` a word's (UPOS, XPOS)
//!   pair is replaced by another pair seen with the same form. The epoch is chosen on dev
//!   retagged by the built-in tagger.
//! - Seeds: `TrainConfig::seeds` (5) models are trained with different seeds and the shipped
//!   one is the mean of their weights ([`ParserModel::mean`]): +0.3 UAS / +0.4 LAS on dev over
//!   one model, at the cost of one model when parsing.
//! - Word clusters (`crate::clusters`) as features: +0.3 UAS on dev (with 22 templates; 10
//!   are shipped, as each template costs a cache miss per decision).
//!
//! Reproduce with `dossier train parser --train en_ewt-ud-train.conllu --dev
//! en_ewt-ud-dev.conllu --jackknife 10 --with-gold --dev-tagger embedded --out
//! data/models/parser.bin.zst` (default `TrainConfig`, seeded: same data, same model; ~4 min).
//!
//! # Scores of the shipped model (EWT, gold tokens, punctuation counted, universal LAS)
//! | set | tags | UAS | LAS |
//! |---|---|---|---|
//! | dev | gold (`eval parse --gold-tags`) | 88.38 | 86.61 |
//! | dev | built-in tagger (UPOS 95.4%) | 85.63 | 82.57 |
//! | test (reported, never tuned on) | gold | 88.22 | 86.45 |
//! | test (reported, never tuned on) | built-in tagger (UPOS 95.8%) | 86.20 | 83.39 |
//!
//! Speed: see `dossier bench parse` (the parser is about half of tag + lemma + parse time,
//! mostly cache misses in the weight tables). Model: 3.5 MB zstd (2^21 × 4 `i8` move weights
//! and 2^18 × 51 `i8` label weights, non-zero rows only; `i16` weights parsed the same on dev
//! but took 13.3 MB and a cache line more per label row).
//!
//! What it must not do: tokenise, tag, or read files (callers hand it words and tags), panic on
//! any input, or allocate per token while parsing.

mod features;
mod model;
mod oracle;
mod parse;
mod train;
mod transition;

#[cfg(test)]
mod tests;

pub use parse::Scratch;
pub use train::{evaluate, train, Score, TrainConfig};
pub use transition::{is_projective, projectivise};

use crate::clusters::Clusters;
use model::Table;

/// One word to parse. Empty strings are allowed (they are simply unseen features).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParseWord<'a> {
    pub form: &'a str,
    pub lemma: &'a str,
    pub upos: &'a str,
    pub xpos: &'a str,
}

impl<'a> From<&'a crate::conllu::Line> for ParseWord<'a> {
    /// A CoNLL-U word with the tags and lemma its columns hold.
    fn from(w: &'a crate::conllu::Line) -> Self {
        ParseWord {
            form: w.form(),
            lemma: w.lemma(),
            upos: w.upos(),
            xpos: w.xpos(),
        }
    }
}

/// The parse of one word: its head (0 = root, else the 1-based word index) and relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arc {
    pub head: u32,
    pub deprel: &'static str,
}

/// Why model bytes could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("parser model: {0}")]
    Format(String),
}

/// A trained parser: labels and the two weight tables.
#[derive(Clone, Debug, PartialEq)]
pub struct ParserModel {
    labels: Vec<&'static str>,
    /// Word clusters used as features (see [`crate::clusters`]).
    clusters: &'static Clusters,
    /// Index of `root` in `labels` (0 if absent).
    root: usize,
    moves: Table,
    labeller: Table,
}

impl ParserModel {
    pub(crate) fn new(labels: &[String], clusters: &'static Clusters, moves: Table, labeller: Table) -> Self {
        let labels: Vec<&'static str> = labels.iter().map(|l| intern(l)).collect();
        let root = labels.iter().position(|&l| l == "root").unwrap_or(0);
        ParserModel {
            labels,
            clusters,
            root,
            moves,
            labeller,
        }
    }

    /// Reads a model from its (decompressed) bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let (labels, checksum, mut tables) = model::read(bytes, 2)?;
        let clusters = Clusters::for_checksum(checksum).map_err(|e| ModelError::Format(e.0))?;
        let (Some(labeller), Some(moves)) = (tables.pop(), tables.pop()) else {
            return Err(ModelError::Format("missing weight tables".into()));
        };
        if moves.width < transition::N_MOVES || labeller.width != labels.len() || labels.is_empty() {
            return Err(ModelError::Format("table widths do not match the labels".into()));
        }
        Ok(ParserModel::new(&labels, clusters, moves, labeller))
    }

    /// The model as bytes (uncompressed; compress with zstd to store).
    pub fn to_bytes(&self) -> Vec<u8> {
        model::write(&self.labels, self.clusters.checksum(), &[&self.moves, &self.labeller])
    }

    /// The dependency labels the model can assign.
    /// The weight-space mean of models trained on the same data with different seeds (same
    /// labels, clusters and table shapes): scores like one model, costs what one model costs.
    pub fn mean(models: &[ParserModel]) -> Option<ParserModel> {
        let first = models.first()?;
        if models
            .iter()
            .any(|m| m.labels != first.labels || m.clusters != first.clusters)
        {
            return None;
        }
        let moves = Table::mean(&models.iter().map(|m| &m.moves).collect::<Vec<_>>())?;
        let labeller = Table::mean(&models.iter().map(|m| &m.labeller).collect::<Vec<_>>())?;
        Some(ParserModel {
            moves,
            labeller,
            ..first.clone()
        })
    }

    pub fn labels(&self) -> &[&'static str] {
        &self.labels
    }

    /// Non-zero rows of the move and label tables (a size measure for reports).
    pub fn nonzero_rows(&self) -> (usize, usize) {
        (self.moves.nonzero_rows(), self.labeller.nonzero_rows())
    }
}

/// UD relations as `'static` strings; a label outside this list is leaked once per model load.
const KNOWN_LABELS: &[&str] = &[
    "acl",
    "acl:relcl",
    "advcl",
    "advcl:relcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "aux:pass",
    "case",
    "cc",
    "cc:preconj",
    "ccomp",
    "clf",
    "compound",
    "compound:prt",
    "conj",
    "cop",
    "csubj",
    "csubj:outer",
    "csubj:pass",
    "dep",
    "det",
    "det:predet",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "flat:foreign",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nmod:desc",
    "nmod:npmod",
    "nmod:poss",
    "nmod:tmod",
    "nmod:unmarked",
    "nsubj",
    "nsubj:outer",
    "nsubj:pass",
    "nummod",
    "obj",
    "obl",
    "obl:agent",
    "obl:npmod",
    "obl:tmod",
    "obl:unmarked",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "root",
    "vocative",
    "xcomp",
    "det:poss",
    "flat:name",
    "nmod:gmod",
    "obl:arg",
];

fn intern(label: &str) -> &'static str {
    match KNOWN_LABELS.iter().find(|&&k| k == label) {
        Some(k) => k,
        None => Box::leak(label.to_string().into_boxed_str()),
    }
}
