//! SPEC.md's event record: one JSON line per event, id `doc:sentence:n`. Sentences without events
//! print nothing, unless `sentences` is set: then every sentence also gets its envelope line
//! (`"type": "sentence"`, with its events' ids) before its events.

use super::participants::{self, ParticipantOut};
use super::{json_line, CharSpan};
use dossier_core::{CharIndex, Document, Event};
use serde::Serialize;

#[derive(Serialize)]
pub struct DocRef<'a> {
    pub id: &'a str,
    pub date: Option<&'a str>,
    pub publisher: Option<&'a str>,
    pub url: Option<&'a str>,
}

impl<'a> DocRef<'a> {
    pub fn of(doc: &'a Document) -> Self {
        DocRef {
            id: &doc.id,
            date: doc.meta.date.as_deref(),
            publisher: doc.meta.publisher.as_deref(),
            url: doc.meta.url.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct SentenceRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    doc: &'a DocRef<'a>,
    sentence: usize,
    text: &'a str,
    span: CharSpan,
    events: Vec<String>,
}

#[derive(Serialize)]
struct PloverOut<'a> {
    event: Option<&'a str>,
    mode: Option<&'a str>,
    context: &'a [String],
}

#[derive(Serialize)]
struct DateOut<'a> {
    value: &'a str,
    precision: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    name: &'a str,
    country: Option<&'a str>,
    geonames_id: Option<u32>,
    feature: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
}

#[derive(Serialize)]
struct ChannelOut<'a> {
    text: &'a str,
    kind: &'a str,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    status: &'static str,
    claimants: Vec<ClaimantOut>,
    cue: Option<&'a str>,
    channel: Option<ChannelOut<'a>>,
    claim_of: Option<&'a str>,
    answers: Option<&'a str>,
    answered_by: Vec<&'a str>,
}

#[derive(Serialize)]
struct ClaimantOut {
    text: Option<String>,
    code: Option<String>,
}

/// One event as SPEC.md's record. `id` and `text` are always there in JSONL; a format that
/// embeds the record beside its own id and text leaves them out.
#[derive(Serialize)]
pub struct EventRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    doc: &'a DocRef<'a>,
    sentence: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    span: CharSpan,
    kind: &'a str,
    cameo: Option<&'a str>,
    plover: PloverOut<'a>,
    actor: Vec<ParticipantOut>,
    target: Vec<ParticipantOut>,
    date: Option<DateOut<'a>>,
    place: Option<PlaceOut<'a>>,
    claim: ClaimOut<'a>,
    negated: bool,
    confidence: f32,
    trace: Option<&'a [String]>,
}

/// Prints the document's events, one line each.
pub fn print(doc: &Document, explain: bool, sentences: bool, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ix = CharIndex::new(&doc.text);
    let d = DocRef::of(doc);
    let ids = doc.event_ids();
    let mut next = 0;
    for (si, s) in doc.sentences.iter().enumerate() {
        let first = next;
        while next < doc.events.len() && doc.events[next].sentence as usize == si {
            next += 1;
        }
        if sentences {
            json_line(
                out,
                &SentenceRecord {
                    kind: "sentence",
                    id: format!("{}:{si}", doc.id),
                    doc: &d,
                    sentence: si,
                    text: doc.slice(s.span),
                    span: CharSpan::of(&ix, s.span),
                    events: ids[first..next].to_vec(),
                },
            )?;
        }
        for ei in first..next {
            json_line(out, &record(doc, &ix, &d, &ids, ei, explain))?;
        }
    }
    Ok(())
}

/// SPEC.md's records of one document, for formats that carry the whole record
/// alongside their own fields (`--format plover`). Built once per document.
pub struct Records<'a> {
    doc: &'a Document,
    ix: CharIndex,
    d: DocRef<'a>,
    ids: Vec<String>,
}

impl<'a> Records<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Records {
            doc,
            ix: CharIndex::new(&doc.text),
            d: DocRef::of(doc),
            ids: doc.event_ids(),
        }
    }

    /// The id of event `ei` (`doc:sentence:n`).
    pub fn id(&self, ei: usize) -> &str {
        self.ids.get(ei).map_or("", String::as_str)
    }

    /// The record of event `ei` without `id` and `text`, for embedding.
    pub fn embedded(&self, ei: usize, explain: bool) -> EventRecord<'_> {
        let mut r = record(self.doc, &self.ix, &self.d, &self.ids, ei, explain);
        r.id = None;
        r.text = None;
        r
    }
}

fn record<'a>(
    doc: &'a Document,
    ix: &CharIndex,
    d: &'a DocRef<'a>,
    ids: &'a [String],
    ei: usize,
    explain: bool,
) -> EventRecord<'a> {
    let e: &Event = &doc.events[ei];
    let s = &doc.sentences[e.sentence as usize];
    let id_of = |i: u32| ids.get(i as usize).map(String::as_str);
    EventRecord {
        id: Some(&ids[ei]),
        doc: d,
        sentence: e.sentence,
        text: Some(doc.slice(s.span)),
        span: CharSpan::of(ix, s.span),
        kind: &e.kind,
        cameo: e.cameo.as_deref(),
        plover: PloverOut {
            event: e.plover.event.as_deref(),
            mode: e.plover.mode.as_deref(),
            context: &e.plover.context,
        },
        actor: e.actor.iter().map(|p| participants::out(doc, ix, p)).collect(),
        target: e.target.iter().map(|p| participants::out(doc, ix, p)).collect(),
        date: e.date.as_ref().map(|x| DateOut {
            value: &x.value,
            precision: x.precision,
            source: x.source,
        }),
        place: e.place.and_then(|p| doc.places.get(p as usize)).map(|p| PlaceOut {
            name: &p.name,
            country: p.country.as_deref(),
            geonames_id: p.geonames_id,
            feature: &p.feature,
            start: p.sentence.map(|_| ix.char_of(p.span.start as usize)),
            end: p.sentence.map(|_| ix.char_of(p.span.end as usize)),
        }),
        claim: ClaimOut {
            status: e.claim.status.name(),
            claimants: e
                .claim
                .claimants
                .iter()
                .map(|p| {
                    let o = participants::out(doc, ix, p);
                    ClaimantOut {
                        text: o.text,
                        code: o.code,
                    }
                })
                .collect(),
            cue: e.claim.cue.as_deref(),
            channel: e.claim.channel.as_ref().map(|c| ChannelOut {
                text: &c.text,
                kind: &c.kind,
            }),
            claim_of: e.claim.claim_of.and_then(id_of),
            answers: e.claim.answers.and_then(id_of),
            answered_by: e.claim.answered_by.iter().filter_map(|&i| id_of(i)).collect(),
        },
        negated: e.negated,
        confidence: (e.confidence * 100.0).round() / 100.0,
        trace: explain.then_some(&e.trace[..]),
    }
}
