//! The per-word analysis the `analyse` stage fills: tags, lemma, head and relation.
//!
//! Kept separate from [`crate::Token`] so the tagger and parser can evolve their encoding
//! without touching the text stages.

/// Part of speech, lemma and dependency of one word. Empty (`Default`) until `analyse` runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Universal POS tag (e.g. `NOUN`), empty when not analysed.
    pub upos: &'static str,
    /// Penn Treebank tag (e.g. `NNS`), empty when not analysed.
    pub xpos: &'static str,
    /// Lemma; `None` when not analysed.
    pub lemma: Option<Box<str>>,
    /// Morphological features in CoNLL-U form (`Number=Plur`), empty for none.
    pub feats: &'static str,
    /// Head word, 1-based within the sentence; 0 is the root. Meaningless before parsing.
    pub head: u32,
    /// Universal dependency relation (e.g. `nsubj`), empty when not parsed.
    pub deprel: &'static str,
}
