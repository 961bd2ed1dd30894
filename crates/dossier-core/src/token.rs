//! Tokens (syntactic words) and sentences.

use crate::{Analysis, Span};
use std::borrow::Cow;

/// One syntactic word, as Universal Dependencies counts words: `Britain's` is the two words
/// `Britain` + `'s`, `can't` is `ca` + `n't`. Words of one multiword token sit next to each other;
/// the first carries `mwt` = the number of words in the surface token.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Token {
    /// Bytes of the cleaned text this word covers (`span.slice(&doc.text)` is its surface form).
    pub span: Span,
    /// The form used for analysis when it differs from the surface: curly quotes and dashes made
    /// ASCII (`’s` → `'s`, `“` → `"`). `None` means the surface form is the analysis form.
    pub norm: Option<Box<str>>,
    /// Whether whitespace follows this word in the cleaned text (CoNLL-U `SpaceAfter`).
    pub space_after: bool,
    /// On the first word of a multiword token: how many words the token has (≥ 2); else 0.
    pub mwt: u8,
    /// Filled by the `analyse` stage.
    pub analysis: Analysis,
}

impl Token {
    /// The analysis form: `norm` if set, else the surface text.
    pub fn form<'a>(&'a self, text: &'a str) -> Cow<'a, str> {
        match &self.norm {
            Some(n) => Cow::Borrowed(n),
            None => Cow::Borrowed(self.span.slice(text)),
        }
    }
}

/// A sentence: its span in the cleaned text and the range of its words in
/// [`crate::Document::tokens`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<u32>,
}

impl Sentence {
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.tokens.start as usize..self.tokens.end as usize
    }
}
