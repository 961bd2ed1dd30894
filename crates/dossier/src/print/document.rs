//! The document line printed before a document's records with `--with-text`: metadata, the
//! cleaned text all offsets refer to, and what the cleaner dropped and repaired.

use super::json_line;
use dossier_core::{Document, Dropped, Meta, Repair};
use serde::Serialize;

#[derive(Serialize)]
struct DocumentLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    meta: &'a Meta,
    text: &'a str,
    dropped: Vec<DroppedOut<'a>>,
    repairs: &'a [Repair],
    warnings: &'a [String],
}

/// A dropped line with its raw text, so users see what was removed.
#[derive(Serialize)]
struct DroppedOut<'a> {
    #[serde(flatten)]
    dropped: &'a Dropped,
    text: &'a str,
}

/// Prints the document line.
pub fn print(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    let dropped = doc
        .dropped
        .iter()
        .map(|d| DroppedOut {
            dropped: d,
            text: d.raw.slice(&doc.raw),
        })
        .collect();
    json_line(
        out,
        &DocumentLine {
            kind: "document",
            id: &doc.id,
            meta: &doc.meta,
            text: &doc.text,
            dropped,
            repairs: &doc.repairs,
            warnings: &doc.warnings,
        },
    )
}
