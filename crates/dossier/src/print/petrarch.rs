//! `--format petrarch`: PETRARCH-2's event file, tab-separated, laid out as its `write_events`
//! (PETRwriter.py) writes it with the default options:
//!
//! `date  source  target  CAMEO  issues  ids  url  publisher`
//!
//! `date` is `YYYYMMDD` (the event's day when the text gives one, else the document date, else
//! empty); `source`/`target` are actor codes (participants without a code are left out), `---`
//! when a side has no coded participant (PETRARCH's null code);
//! `issues` is empty (dossier codes no Phoenix issues); `ids` are our event ids (`doc:sentence:n`)
//! joined with `;`; the publisher is `NULL` when unknown, as PETRARCH writes it. One line per
//! actor × target pair; as PETRARCH does, identical (date, source, target, code) lines of one
//! document are written once with all their ids. Unlike PETRARCH, the url column is always there
//! (empty when unknown), so every line has eight columns. Events without a CAMEO code (`spy`,
//! `recruit`, `defect`) and events the text negates are not written: the format has no place for
//! either.

use dossier_core::{Document, Event, Participant};

/// PETRARCH's code for a missing actor.
const NONE: &str = "---";

/// Prints the document's CAMEO-coded events, one line per unique (date, source, target, code).
pub fn print(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ids = doc.event_ids();
    // (date, source, target, code) in first-seen order, with their ids.
    let mut lines: Vec<([String; 4], Vec<&str>)> = Vec::new();
    for (e, id) in doc.events.iter().zip(&ids) {
        let Some(code) = e.cameo.as_deref().filter(|c| !c.is_empty()) else {
            continue;
        };
        if e.negated {
            continue;
        }
        let date = date_of(doc, e);
        for src in codes(doc, &e.actor) {
            for tgt in codes(doc, &e.target) {
                let key = [date.clone(), src.clone(), tgt, clean(code)];
                match lines.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, v)) if !v.contains(&id.as_str()) => v.push(id),
                    Some(_) => {}
                    None => lines.push((key, vec![id])),
                }
            }
        }
    }
    let url = clean(doc.meta.url.as_deref().unwrap_or(""));
    let publisher = clean(doc.meta.publisher.as_deref().unwrap_or("NULL"));
    for ([date, src, tgt, code], ids) in lines {
        let ids = clean(&ids.join(";"));
        let line = format!("{date}\t{src}\t{tgt}\t{code}\t\t{ids}\t{url}\t{publisher}\n");
        out.extend_from_slice(line.as_bytes());
    }
    Ok(())
}

/// The participants' distinct codes; participants without a code are left out, and `---`
/// stands for the side when none has a code.
fn codes(doc: &Document, ps: &[Participant]) -> Vec<String> {
    let mut v: Vec<String> = Vec::with_capacity(ps.len());
    for c in ps.iter().filter_map(|p| p.code(doc)).map(clean) {
        if !c.is_empty() && !v.contains(&c) {
            v.push(c);
        }
    }
    if v.is_empty() {
        v.push(NONE.to_string());
    }
    v
}

/// `YYYYMMDD` of the event's day, else of the document date, else empty.
fn date_of(doc: &Document, e: &Event) -> String {
    let day = |s: &str| -> Option<String> {
        let b = s.as_bytes();
        (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && s.chars().filter(char::is_ascii_digit).count() == 8)
            .then(|| s.replace('-', ""))
    };
    e.date
        .as_ref()
        .and_then(|d| day(&d.value))
        .or_else(|| doc.meta.date.as_deref().and_then(day))
        .unwrap_or_default()
}

/// A field with its tabs and line breaks turned into spaces, so one record stays one line.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_never_break_lines() {
        assert_eq!(clean("a\tb\nc\rd"), "a b c d");
    }

    #[test]
    fn missing_actors_are_null_codes() {
        assert_eq!(codes(&Document::new("x", ""), &[]), vec!["---"]);
    }

    #[test]
    fn empty_document_prints_nothing() {
        let mut out = Vec::new();
        print(&Document::new("x", ""), &mut out).unwrap();
        assert!(out.is_empty());
    }
}
