//! The event record envelope of SPEC.md, one line per sentence. Until the coder lands the
//! `events` list is empty; the envelope (ids, document fields, sentence text and span) is final.

use super::{json_line, CharSpan};
use dossier_core::{CharIndex, Document};
use serde::Serialize;

#[derive(Serialize)]
struct DocRef<'a> {
    id: &'a str,
    date: Option<&'a str>,
    publisher: Option<&'a str>,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct SentenceRecord<'a> {
    id: String,
    doc: &'a DocRef<'a>,
    sentence: usize,
    text: &'a str,
    span: CharSpan,
    events: [(); 0],
}

/// Prints one record line per sentence.
pub fn print(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ix = CharIndex::new(&doc.text);
    let d = DocRef {
        id: &doc.id,
        date: doc.meta.date.as_deref(),
        publisher: doc.meta.publisher.as_deref(),
        url: doc.meta.url.as_deref(),
    };
    for (i, s) in doc.sentences.iter().enumerate() {
        json_line(
            out,
            &SentenceRecord {
                id: format!("{}:{i}", doc.id),
                doc: &d,
                sentence: i,
                text: doc.slice(s.span),
                span: CharSpan::of(&ix, s.span),
                events: [],
            },
        )?;
    }
    Ok(())
}
