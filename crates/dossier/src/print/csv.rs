//! `--format csv`: one row per event for pandas and R, with the `csv` crate's quoting (fields
//! with commas, quotes or line breaks are quoted, quotes doubled). The header is printed once
//! per run by [`header`], never per document; [`print`] writes rows only. Lists are joined
//! with `;`; `actor_codes` and `actor_texts` (and the target columns) keep the same positions,
//! with an empty item where a participant has no code or no text.

use super::flat::{self, FlatEvent};
use super::participants::ParticipantOut;
use dossier_core::Document;

/// The columns, in order.
pub const COLUMNS: [&str; 24] = [
    "id",
    "doc_id",
    "doc_date",
    "sentence",
    "kind",
    "cameo",
    "plover_event",
    "plover_mode",
    "plover_context",
    "actor_codes",
    "actor_texts",
    "target_codes",
    "target_texts",
    "status",
    "claimants",
    "cue",
    "channel",
    "claim_of",
    "place",
    "place_country",
    "date",
    "negated",
    "confidence",
    "text",
];

fn writer(out: &mut Vec<u8>) -> ::csv::Writer<&mut Vec<u8>> {
    ::csv::WriterBuilder::new().has_headers(false).from_writer(out)
}

fn io(e: ::csv::Error) -> std::io::Error {
    std::io::Error::other(e)
}

/// Writes the header row.
pub fn header(out: &mut Vec<u8>) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(COLUMNS).map_err(io)?;
    w.flush()
}

/// Writes one row per event of the document.
pub fn print(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    let mut w = writer(out);
    for f in flat::events(doc) {
        w.write_record(row(doc, &f)).map_err(io)?;
    }
    w.flush()
}

fn code(p: &ParticipantOut) -> Option<&str> {
    p.code.as_deref()
}

fn text(p: &ParticipantOut) -> Option<&str> {
    p.text.as_deref()
}

fn row(doc: &Document, f: &FlatEvent<'_>) -> [String; 24] {
    let e = f.event;
    let s = |o: Option<&str>| o.unwrap_or("").to_string();
    let join = |ps: &[ParticipantOut], pick: fn(&ParticipantOut) -> Option<&str>| {
        ps.iter().map(|p| pick(p).unwrap_or("")).collect::<Vec<_>>().join(";")
    };
    [
        f.id.clone(),
        doc.id.clone(),
        s(doc.meta.date.as_deref()),
        e.sentence.to_string(),
        e.kind.clone(),
        s(e.cameo.as_deref()),
        s(e.plover.event.as_deref()),
        s(e.plover.mode.as_deref()),
        e.plover.context.join(";"),
        join(&f.actors, code),
        join(&f.actors, text),
        join(&f.targets, code),
        join(&f.targets, text),
        e.claim.status.name().to_string(),
        f.claimants.iter().map(flat::short).collect::<Vec<_>>().join(";"),
        s(e.claim.cue.as_deref()),
        s(e.claim.channel.as_ref().map(|c| c.kind.as_str())),
        s(f.claim_of.as_deref()),
        s(f.place.map(|p| p.name.as_str())),
        s(f.place.and_then(|p| p.country.as_deref())),
        s(e.date.as_ref().map(|d| d.value.as_str())),
        e.negated.to_string(),
        format!("{:.2}", e.confidence),
        f.sentence_text.to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{Actor, Event, Participant, Sentence, Span};

    #[test]
    fn header_is_one_line() {
        let mut out = Vec::new();
        header(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s.lines().count(), 1);
        assert!(s.starts_with("id,doc_id,doc_date,sentence,kind,cameo,"));
        assert!(s.ends_with("negated,confidence,text\n"));
    }

    #[test]
    fn escapes_commas_quotes_and_newlines() {
        let text = "He said \"no, never\",\nthen left.";
        let mut d = Document::new("a,b", text);
        d.text = text.to_string();
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            ..Default::default()
        });
        d.actors.push(Actor {
            span: Span::new(0, 2),
            code: Some("X,Y".into()),
            ..Default::default()
        });
        d.events.push(Event {
            kind: "deny".into(),
            actor: vec![Participant::Mention(0)],
            ..Default::default()
        });
        let mut out = Vec::new();
        print(&d, &mut out).unwrap();
        let s = String::from_utf8(out.clone()).unwrap();
        assert!(s.contains("\"He said \"\"no, never\"\",\nthen left.\""), "{s}");
        assert!(s.starts_with("\"a,b:0:0\",\"a,b\","), "{s}");
        // Read back: one record, every field intact.
        let mut r = ::csv::ReaderBuilder::new().has_headers(false).from_reader(&out[..]);
        let rows: Vec<::csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].len(), COLUMNS.len());
        assert_eq!(&rows[0][0], "a,b:0:0");
        assert_eq!(&rows[0][9], "X,Y");
        assert_eq!(&rows[0][10], "He");
        assert_eq!(&rows[0][23], text);
    }

    #[test]
    fn empty_document_prints_nothing() {
        let mut out = Vec::new();
        print(&Document::new("x", ""), &mut out).unwrap();
        assert!(out.is_empty());
    }
}
