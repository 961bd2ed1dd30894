//! `--format plover`: one PLOVER JSON object per event per line, with the field names and shapes
//! of the PLOVER gold-standard records (openeventdata/PLOVER `PLOVER_GSR_CAMEO.txt`): `id`,
//! `date`, `source`/`target` arrays of `{actorText, code, sector}` (code = country, sector apart;
//! `null` when there is none), `event`, `eventText`, `mode`, `context` (one comma-joined string),
//! `eventLoc` `{name, "country code"}` (two letters), `text`, `textInfo.markup` with the
//! `(SRC: …)`, `(TAR: …)`, `(EVT: …)`, `(LOC: …)` marks, `language`, `publication`, `coder`,
//! `version`, `dateCoded`. Our own kind, CAMEO code, claim, offsets and confidence go whole into
//! the extra field `dossier` (SPEC.md's record without `id` and `text`), so nothing is lost.
//! `dateCoded` is today (UTC), or the day of `SOURCE_DATE_EPOCH` when that is set.

use super::country;
use super::json_line;
use super::participants::{self, ParticipantOut};
use super::record::{EventRecord, Records};
use dossier_actors::dates::civil_from_days;
use dossier_core::{CharIndex, Document, Event, Participant, Span};
use serde::Serialize;

#[derive(Serialize)]
struct Actor {
    #[serde(rename = "actorText")]
    actor_text: Option<String>,
    code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<String>,
}

#[derive(Serialize)]
struct EventLoc<'a> {
    name: &'a str,
    #[serde(rename = "country code", skip_serializing_if = "Option::is_none")]
    country_code: Option<&'static str>,
}

#[derive(Serialize)]
struct TextInfo {
    markup: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Record<'a> {
    id: &'a str,
    date: Option<&'a str>,
    source: Option<Vec<Actor>>,
    target: Option<Vec<Actor>>,
    event: Option<&'a str>,
    event_text: &'a str,
    mode: Option<&'a str>,
    context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_loc: Option<EventLoc<'a>>,
    text: &'a str,
    text_info: TextInfo,
    language: &'static str,
    publication: Option<&'a str>,
    coder: &'static str,
    version: &'static str,
    date_coded: &'a str,
    dossier: EventRecord<'a>,
}

/// Prints the document's events as PLOVER records, one line each.
pub fn print(doc: &Document, explain: bool, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ix = CharIndex::new(&doc.text);
    let records = Records::new(doc);
    let coded = date_coded();
    for (ei, e) in doc.events.iter().enumerate() {
        let sentence = doc.sentences.get(e.sentence as usize).map(|s| s.span);
        let text = sentence.and_then(|s| doc.text.get(s.range())).unwrap_or("");
        let place = e.place.and_then(|p| doc.places.get(p as usize));
        let actors = |ps: &[Participant]| -> Option<Vec<Actor>> {
            (!ps.is_empty()).then(|| ps.iter().map(|p| actor(participants::out(doc, &ix, p))).collect())
        };
        let record = Record {
            id: records.id(ei),
            date: e.date.as_ref().map(|d| d.value.as_str()).or(doc.meta.date.as_deref()),
            source: actors(&e.actor),
            target: actors(&e.target),
            event: e.plover.event.as_deref(),
            event_text: doc.text.get(e.trigger.range()).unwrap_or(""),
            mode: e.plover.mode.as_deref(),
            context: (!e.plover.context.is_empty()).then(|| e.plover.context.join(", ")),
            event_loc: place.map(|p| EventLoc {
                name: &p.name,
                country_code: p.country.as_deref().and_then(country::alpha2),
            }),
            text,
            text_info: TextInfo {
                markup: sentence.map(|s| markup(doc, e, s)).unwrap_or_default(),
            },
            language: "en",
            publication: doc.meta.publisher.as_deref(),
            coder: "dossier",
            version: env!("CARGO_PKG_VERSION"),
            date_coded: &coded,
            dossier: records.embedded(ei, explain),
        };
        json_line(out, &record)?;
    }
    Ok(())
}

fn actor(p: ParticipantOut) -> Actor {
    let country = p
        .country
        .or_else(|| p.code.as_ref().and_then(|c| c.get(..3)).map(str::to_string));
    Actor {
        actor_text: p.text,
        code: country,
        sector: p.sector,
    }
}

/// The sentence with PLOVER's inline marks around the actors, targets, trigger and place, as
/// in the gold records' `textInfo.markup`. A span both actor and target is `SRC/TAR`; spans
/// that overlap one already marked are left unmarked.
fn markup(doc: &Document, e: &Event, sentence: Span) -> String {
    let mut marks: Vec<(Span, String)> = Vec::new();
    let mut add = |span: Span, label: &str| {
        if span.is_empty() || !sentence.contains(span) {
            return;
        }
        match marks.iter_mut().find(|(s, _)| *s == span) {
            Some((_, l)) if !l.split('/').any(|x| x == label) => {
                l.push('/');
                l.push_str(label);
            }
            Some(_) => {}
            None => marks.push((span, label.to_string())),
        }
    };
    let mention = |p: &Participant| match p {
        Participant::Mention(a) => doc.actors.get(*a as usize).map(|m| m.span),
        Participant::Implicit { .. } => None,
    };
    for s in e.actor.iter().filter_map(mention) {
        add(s, "SRC");
    }
    for s in e.target.iter().filter_map(mention) {
        add(s, "TAR");
    }
    add(e.trigger, "EVT");
    if let Some(p) = e.place.and_then(|p| doc.places.get(p as usize)) {
        if p.sentence == Some(e.sentence) {
            add(p.span, "LOC");
        }
    }
    marks.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut out = String::new();
    let mut at = sentence.start as usize;
    for (s, label) in marks {
        let (start, end) = (s.start as usize, s.end as usize);
        if start < at {
            continue;
        }
        let (Some(before), Some(inner)) = (doc.text.get(at..start), doc.text.get(start..end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(&format!("({label}: {inner})"));
        at = end;
    }
    out.push_str(doc.text.get(at..sentence.end as usize).unwrap_or(""));
    out
}

/// `YYYY-MM-DD` of `SOURCE_DATE_EPOCH` (seconds) if set and valid, else of now, in UTC.
fn date_coded() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{Actor as Mention, Sentence};

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_240), (2025, 6, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    fn doc_with(text: &str) -> Document {
        let mut d = Document::new("t", text);
        d.text = text.to_string();
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            ..Default::default()
        });
        d
    }

    fn mention(d: &mut Document, word: &str) -> Participant {
        let start = d.text.find(word).unwrap();
        d.actors.push(Mention {
            span: Span::new(start, start + word.len()),
            ..Default::default()
        });
        Participant::Mention(d.actors.len() as u32 - 1)
    }

    #[test]
    fn markup_marks_roles_and_skips_overlaps() {
        let mut d = doc_with("Ruritania expelled two diplomats of Freedonia.");
        let a = mention(&mut d, "Ruritania");
        let t = mention(&mut d, "two diplomats of Freedonia");
        let inner = mention(&mut d, "Freedonia");
        let e = Event {
            actor: vec![a],
            target: vec![t, inner],
            trigger: Span::new(10, 18),
            ..Default::default()
        };
        assert_eq!(
            markup(&d, &e, d.sentences[0].span),
            "(SRC: Ruritania) (EVT: expelled) (TAR: two diplomats of Freedonia)."
        );
    }

    #[test]
    fn markup_survives_bad_spans() {
        let mut d = doc_with("Zürich police held a man.");
        d.actors.push(Mention {
            span: Span::new(1, 2), // inside 'ü': not a char boundary
            ..Default::default()
        });
        let e = Event {
            actor: vec![Participant::Mention(0), Participant::Mention(7)],
            trigger: Span::new(500, 600),
            ..Default::default()
        };
        assert_eq!(markup(&d, &e, d.sentences[0].span), "Zürich police held a man.");
    }
}
