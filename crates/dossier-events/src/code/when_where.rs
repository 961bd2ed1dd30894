//! When and where an event happened: the resolved date expression of its sentence nearest the
//! trigger, else the document's date; the place of its sentence nearest the trigger (preferring
//! a place introduced by "in"), else the document's dateline place.
//!
//! Reads the `dates` and `places` layers recognise wrote; never resolves dates itself.

use dossier_core::{Document, Event, EventDate, Span};

fn precision(value: &str) -> Option<&'static str> {
    match value.len() {
        4 => Some("year"),
        7 => Some("month"),
        10 => Some("day"),
        _ => None,
    }
}

fn distance(a: Span, b: Span) -> u32 {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Whether the words before a place make it a location ("in Moscow", "at Lyon", "near Kyiv").
fn locative(doc: &Document, span: Span) -> bool {
    let before = doc.text[..span.start as usize].trim_end();
    let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "in" | "at" | "near" | "outside" | "from"
    )
}

/// Fills `date` and `place` of each event.
pub fn fill(doc: &Document, events: &mut [Event]) {
    for e in events.iter_mut() {
        let date = doc
            .dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.sentence == e.sentence)
            .filter_map(|(i, d)| Some((i, d, precision(d.value.as_deref()?)?)))
            .min_by_key(|(_, d, _)| distance(d.span, e.trigger));
        e.date = match date {
            Some((i, d, p)) => Some(EventDate {
                value: d.value.clone().unwrap_or_default(),
                precision: p,
                source: "sentence",
                date_ref: Some(i as u32),
            }),
            None => doc.meta.date.as_ref().and_then(|v| {
                Some(EventDate {
                    value: v.clone(),
                    precision: precision(v)?,
                    source: "document",
                    date_ref: None,
                })
            }),
        };
        let in_sentence = doc
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.sentence == Some(e.sentence))
            .min_by_key(|(_, p)| (!locative(doc, p.span), distance(p.span, e.trigger)));
        let dateline = doc.places.iter().position(|p| p.sentence.is_none());
        e.place = in_sentence.map(|(i, _)| i as u32).or(dateline.map(|i| i as u32));
    }
}
