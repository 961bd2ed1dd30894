//! `dossier actors` output: per sentence, its actors (text, code, country, sector, entity,
//! offsets, what they refer to), dates (text, resolved value) and places (text, gazetteer name,
//! country, GeoNames id, feature); rules with `--explain`. A place from a dateline the cleaner
//! removed has no offsets and is listed with the first sentence.

use super::{json_line, CharSpan};
use dossier_core::{CharIndex, Document};
use serde::Serialize;

#[derive(Serialize)]
struct SentenceActors<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    actors: Vec<ActorOut<'a>>,
    dates: Vec<DateOut<'a>>,
    places: Vec<PlaceOut<'a>>,
}

#[derive(Serialize)]
struct ActorOut<'a> {
    text: &'a str,
    code: Option<&'a str>,
    country: Option<&'a str>,
    sector: Option<&'a str>,
    entity: Option<&'a str>,
    start: usize,
    end: usize,
    /// The text of the actor this one refers to ("the ministry" → "China's Ministry of …").
    #[serde(skip_serializing_if = "Option::is_none")]
    refers_to: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
}

#[derive(Serialize)]
struct DateOut<'a> {
    text: &'a str,
    value: Option<&'a str>,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    /// The words of the text; `null` for a place from a removed dateline line.
    text: Option<&'a str>,
    name: &'a str,
    country: Option<&'a str>,
    geonames_id: Option<u32>,
    feature: &'a str,
    start: Option<usize>,
    end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
}

/// Prints one line per sentence.
pub fn print(doc: &Document, explain: bool, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ix = CharIndex::new(&doc.text);
    for (i, s) in doc.sentences.iter().enumerate() {
        let actors = doc
            .actors
            .iter()
            .filter(|a| a.sentence as usize == i)
            .map(|a| {
                let cs = CharSpan::of(&ix, a.span);
                ActorOut {
                    text: doc.slice(a.span),
                    code: a.code.as_deref(),
                    country: a.country.as_deref(),
                    sector: a.sector.as_deref(),
                    entity: a.entity.as_deref(),
                    start: cs.start,
                    end: cs.end,
                    refers_to: a
                        .antecedent
                        .and_then(|j| doc.actors.get(j as usize))
                        .map(|x| doc.slice(x.span)),
                    rule: explain.then_some(a.rule.as_str()),
                }
            })
            .collect();
        let dates = doc
            .dates
            .iter()
            .filter(|d| d.sentence as usize == i)
            .map(|d| {
                let cs = CharSpan::of(&ix, d.span);
                DateOut {
                    text: doc.slice(d.span),
                    value: d.value.as_deref(),
                    start: cs.start,
                    end: cs.end,
                    rule: explain.then_some(d.rule.as_str()),
                }
            })
            .collect();
        let places = doc
            .places
            .iter()
            .filter(|p| match p.sentence {
                Some(s) => s as usize == i,
                None => i == 0,
            })
            .map(|p| {
                let cs = p.sentence.map(|_| CharSpan::of(&ix, p.span));
                PlaceOut {
                    text: p.sentence.map(|_| doc.slice(p.span)),
                    name: &p.name,
                    country: p.country.as_deref(),
                    geonames_id: p.geonames_id,
                    feature: &p.feature,
                    start: cs.as_ref().map(|c| c.start),
                    end: cs.as_ref().map(|c| c.end),
                    rule: explain.then_some(p.rule.as_str()),
                }
            })
            .collect();
        json_line(
            out,
            &SentenceActors {
                doc: &doc.id,
                sentence: i,
                text: doc.slice(s.span),
                actors,
                dates,
                places,
            },
        )?;
    }
    Ok(())
}
