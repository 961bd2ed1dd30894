//! The layers the `recognise` stage fills: actor mentions and date mentions.

use crate::Span;
use serde::Serialize;

/// One actor mention: a country, government body, agency, group or person the text names, with
/// the CAMEO-style code the text supports (`GBRSPY`), or `code: None` when the text names an
/// actor clearly but no dictionary or rule gives it a code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Index of the sentence in [`crate::Document::sentences`].
    pub sentence: u32,
    /// Bytes of the cleaned text ("Britain's secret intelligence service, MI6").
    pub span: Span,
    /// Range of words in [`crate::Document::tokens`].
    pub tokens: std::ops::Range<u32>,
    /// Country + sector code (`GBRSPY`, `CHN`, `IGOUNO`), if known.
    pub code: Option<String>,
    /// ISO-3166 alpha-3 country (or `IGO` …), if known.
    pub country: Option<String>,
    /// Sector code (`SPY`, `GOV`, `MIL` …), if known.
    pub sector: Option<String>,
    /// The named entity behind the mention: "Secret Intelligence Service", "John Ratcliffe".
    pub entity: Option<String>,
    /// Whether the mention names a person (not a body or a group). Not printed: the ledger uses
    /// it to key people across documents.
    #[serde(skip)]
    pub person: bool,
    /// For pronouns and definite descriptions ("the ministry", "he"): the index in
    /// [`crate::Document::actors`] of the mention they refer to.
    pub antecedent: Option<u32>,
    /// Which dictionary entries or rules produced it (shown by `--explain`).
    pub rule: String,
}

/// One date expression with its resolved value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DateRef {
    pub sentence: u32,
    /// Bytes of the cleaned text ("last month").
    pub span: Span,
    /// ISO value ("2025-05", "2025-06-18", "2010/2012"), `None` when unresolvable.
    pub value: Option<String>,
    /// The rule that produced it.
    pub rule: String,
}
