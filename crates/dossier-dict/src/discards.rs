//! Readers for the two plain word lists: the **discard list** (`Phoenix.discards.txt`,
//! `PETR.Validate.discards.txt`) and the **preposition list** (`Phoenix.prepositions.txt`).
//!
//! Discards: one phrase per line; `+PHRASE` discards the whole story, a plain phrase only the
//! sentence; a trailing `_` asks for a whole-word end (otherwise the last word is a stem);
//! matching is case-insensitive. Prepositions: one word per line (lower case, UTF-8).
//!
//! This module only reads the lists; it does not search text for them.

use serde::Serialize;

use super::common::{content_lines, CommentStyle, DictError, Parsed, Phrase};

/// What a discard phrase suppresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscardScope {
    Sentence,
    Story,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discard {
    pub phrase: Phrase,
    pub scope: DiscardScope,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscardList {
    pub file: String,
    pub entries: Vec<Discard>,
}

/// Reads a discard list. Refused lines are listed; the rest is kept.
pub fn parse_discards(file: &str, text: &str) -> Parsed<DiscardList> {
    let mut entries = Vec::new();
    let mut refused = Vec::new();
    for line in content_lines(text, CommentStyle::HashAndSemicolon) {
        let t = line.text.trim();
        let (scope, body) = match t.strip_prefix('+') {
            Some(b) => (DiscardScope::Story, b),
            None => (DiscardScope::Sentence, t),
        };
        if let Some(c) = body
            .chars()
            .find(|c| matches!(c, '[' | ']' | '{' | '}' | '<' | '>' | '+'))
        {
            refused.push(DictError::new(
                file,
                line.no,
                format!("unexpected `{c}` in discard phrase"),
            ));
            continue;
        }
        match Phrase::parse(body) {
            Some(phrase) => entries.push(Discard {
                phrase,
                scope,
                line: line.no,
            }),
            None => refused.push(DictError::new(file, line.no, "empty discard phrase `+`")),
        }
    }
    Parsed {
        value: DiscardList {
            file: file.to_string(),
            entries,
        },
        refused,
    }
}

/// Reads the preposition list: one word per line.
pub fn parse_prepositions(file: &str, text: &str) -> Parsed<Vec<String>> {
    let mut words = Vec::new();
    let mut refused = Vec::new();
    for line in content_lines(text, CommentStyle::Hash) {
        let t = line.text.trim();
        if t.split_whitespace().count() != 1 || !t.chars().all(|c| c.is_alphabetic() || c == '-') {
            refused.push(DictError::new(file, line.no, format!("`{t}` is not a single word")));
            continue;
        }
        words.push(t.to_lowercase());
    }
    Parsed { value: words, refused }
}
