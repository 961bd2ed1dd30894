//! The document that flows through the pipeline.

use crate::{Actor, Alignment, DateRef, Event, Place, Sentence, Span, Token};
use serde::Serialize;

/// Metadata about a document: what ingest found in fields, flags or the text itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    /// Publication date, ISO `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// Where the date came from: `field`, `flag`, `dateline`.
    pub date_source: Option<&'static str>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Publisher (a `source` field, or a byline `role` line such as "BBC News").
    pub publisher: Option<String>,
    /// Author(s) from a byline.
    pub author: Option<String>,
    /// The file, or `-` for stdin, this document was read from; with a line number for JSONL.
    pub origin: String,
    /// Input fields ingest does not interpret, kept as given.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A span of the raw text that the cleaner removed, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dropped {
    /// Bytes of [`Document::raw`].
    pub raw: Span,
    /// Short machine-readable reason: `boilerplate`, `byline`, `read-time`, `control`, ….
    pub reason: &'static str,
    /// The rule or phrase-list entry that matched.
    pub rule: String,
}

/// A change the cleaner made to the text (other than whitespace).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Repair {
    /// `mojibake`, `invalid-utf8`, `control`, ….
    pub kind: &'static str,
    /// Bytes of [`Document::raw`] that were replaced.
    pub raw: Span,
    /// What stood there.
    pub from: String,
    /// What replaced it.
    pub to: String,
}

/// One input document and every layer the stages add to it.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Stable identifier: the `id` field, or the file name without extension.
    pub id: String,
    pub meta: Meta,
    /// The text the user gave, decoded (invalid UTF-8 replaced with U+FFFD, reported in
    /// `warnings`). For HTML, the main text extracted from the markup.
    pub raw: String,
    /// The cleaned text; every span in every layer refers to it.
    pub text: String,
    /// Maps `text` offsets back to `raw` offsets.
    pub alignment: Alignment,
    pub dropped: Vec<Dropped>,
    pub repairs: Vec<Repair>,
    /// Problems that did not stop processing (invalid bytes replaced, …).
    pub warnings: Vec<String>,
    pub sentences: Vec<Sentence>,
    /// All words of the document, in order; sentences hold ranges into it.
    pub tokens: Vec<Token>,
    /// Actor mentions, in text order (filled by `recognise`).
    pub actors: Vec<Actor>,
    /// Date expressions, in text order (filled by `recognise`).
    pub dates: Vec<DateRef>,
    /// Place mentions, in text order (filled by `recognise`).
    pub places: Vec<Place>,
    /// Coded events, in sentence order (filled by `code`; claims completed by `attribute`).
    pub events: Vec<Event>,
}

impl Document {
    /// The id of every event (SPEC.md's `doc:sentence:n`, `n` counting within the sentence), in
    /// event order: what the record printers and the ledger call each event.
    pub fn event_ids(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.events.len());
        let mut last = u32::MAX;
        let mut n = 0;
        for e in &self.events {
            if e.sentence != last {
                last = e.sentence;
                n = 0;
            }
            out.push(format!("{}:{}:{n}", self.id, e.sentence));
            n += 1;
        }
        out
    }

    /// A document whose raw text is `raw`, not yet cleaned.
    pub fn new(id: impl Into<String>, raw: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            raw: raw.into(),
            ..Default::default()
        }
    }

    /// The words of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].token_range()]
    }

    /// The text of a span of the cleaned text.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The mention that actor mention `a` stands for (its antecedent), else `a` itself.
    pub fn root_actor(&self, a: u32) -> u32 {
        self.actors.get(a as usize).and_then(|m| m.antecedent).unwrap_or(a)
    }

    /// Whether actor mentions `a` and `b` name the same actor: one stands for the other (the
    /// same antecedent), or both name the same entity.
    pub fn same_actor(&self, a: u32, b: u32) -> bool {
        let (ra, rb) = (self.root_actor(a), self.root_actor(b));
        ra == rb
            || self
                .actors
                .get(ra as usize)
                .and_then(|m| m.entity.as_ref())
                .is_some_and(|e| self.actors.get(rb as usize).and_then(|m| m.entity.as_ref()) == Some(e))
    }
}
