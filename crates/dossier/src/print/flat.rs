//! A flat view of each event, shared by the row formats (CSV, table, PETRARCH-2): participants
//! resolved to text and code, the sentence text, the linked ids. It reads the document only; it
//! formats nothing.

use super::participants::{self, ParticipantOut};
use dossier_core::{CharIndex, Document, Event, Place};

/// One event with everything the row formats print.
pub struct FlatEvent<'a> {
    /// `doc:sentence:n`, as in the JSONL record.
    pub id: String,
    pub event: &'a Event,
    /// The text of the event's sentence (empty if the index is out of range).
    pub sentence_text: &'a str,
    pub actors: Vec<ParticipantOut>,
    pub targets: Vec<ParticipantOut>,
    pub claimants: Vec<ParticipantOut>,
    /// Id of the event this one is the content of.
    pub claim_of: Option<String>,
    pub place: Option<&'a Place>,
}

/// The document's events in order, flattened.
pub fn events(doc: &Document) -> Vec<FlatEvent<'_>> {
    let ix = CharIndex::new(&doc.text);
    let ids = doc.event_ids();
    let outs = |ps: &[dossier_core::Participant]| -> Vec<ParticipantOut> {
        ps.iter().map(|p| participants::out(doc, &ix, p)).collect()
    };
    doc.events
        .iter()
        .zip(&ids)
        .map(|(e, id)| FlatEvent {
            id: id.clone(),
            event: e,
            sentence_text: doc
                .sentences
                .get(e.sentence as usize)
                .and_then(|s| doc.text.get(s.span.range()))
                .unwrap_or(""),
            actors: outs(&e.actor),
            targets: outs(&e.target),
            claimants: outs(&e.claim.claimants),
            claim_of: e.claim.claim_of.and_then(|i| ids.get(i as usize).cloned()),
            place: e.place.and_then(|p| doc.places.get(p as usize)),
        })
        .collect()
}

/// "text (CODE)", "text", "CODE", or "?" when a participant has neither.
pub fn label(p: &ParticipantOut) -> String {
    match (p.text.as_deref(), p.code.as_deref()) {
        (Some(t), Some(c)) => format!("{t} ({c})"),
        (Some(t), None) => t.to_string(),
        (None, Some(c)) => c.to_string(),
        (None, None) => "?".to_string(),
    }
}

/// A claimant as one short token: its code, else its text.
pub fn short(p: &ParticipantOut) -> &str {
    p.code.as_deref().or(p.text.as_deref()).unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: Option<&str>, code: Option<&str>) -> ParticipantOut {
        ParticipantOut {
            text: text.map(str::to_string),
            code: code.map(str::to_string),
            country: None,
            sector: None,
            entity: None,
            start: None,
            end: None,
        }
    }

    #[test]
    fn labels() {
        assert_eq!(label(&p(Some("MI6"), Some("GBRSPY"))), "MI6 (GBRSPY)");
        assert_eq!(label(&p(Some("a man"), None)), "a man");
        assert_eq!(label(&p(None, Some("TWN"))), "TWN");
        assert_eq!(label(&p(None, None)), "?");
        assert_eq!(short(&p(Some("China"), Some("CHN"))), "CHN");
        assert_eq!(short(&p(Some("a source"), None)), "a source");
    }

    #[test]
    fn empty_document_has_no_events() {
        assert!(events(&Document::new("x", "")).is_empty());
    }
}
