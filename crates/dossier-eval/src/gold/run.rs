//! Runs a pipeline over a gold file's units and pairs each gold sentence with the events coded
//! in it (SPEC.md, "Gold files"): article units are coded whole and gold sentences found by text;
//! sentence units are coded as `context + " " + text`, and only events of sentences overlapping
//! `text` count.

use super::align;
use super::file::{self, GoldSentence, Unit};
use super::score::{Predicted, Scored};
use dossier_core::{Document, Participant, Pipeline};
use dossier_text::ingest::{self, IngestOptions};
use std::ops::Range;
use std::path::Path;

/// A scored sentence plus what `--explain` shows: the text and each prediction's trace.
pub struct Explained {
    pub scored: Scored,
    pub text: String,
    pub traces: Vec<Vec<String>>,
}

/// The events of `doc` in sentences overlapping `range` (bytes of the cleaned text).
fn predicted(doc: &Document, range: Range<usize>) -> (Vec<Predicted>, Vec<Vec<String>>) {
    let mut out = Vec::new();
    let mut traces = Vec::new();
    for e in &doc.events {
        let s = &doc.sentences[e.sentence as usize];
        if (s.span.end as usize) <= range.start || (s.span.start as usize) >= range.end {
            continue;
        }
        let codes = |ps: &[Participant]| {
            ps.iter()
                .filter_map(|p| p.code(doc).map(str::to_string))
                .collect::<Vec<_>>()
        };
        out.push(Predicted {
            kind: e.kind.clone(),
            actor: codes(&e.actor),
            target: codes(&e.target),
            status: e.claim.status.name().to_string(),
            claimants: codes(&e.claim.claimants),
        });
        traces.push(e.trace.clone());
    }
    (out, traces)
}

fn explained(doc: &Document, g: GoldSentence, range: Option<Range<usize>>) -> Explained {
    let (p, traces) = range.map(|r| predicted(doc, r)).unwrap_or_default();
    Explained {
        text: g.text.clone(),
        scored: Scored {
            id: g.id,
            gold: g.events,
            predicted: p,
        },
        traces,
    }
}

/// What [`visit`] calls per gold sentence: the coded document (or why it could not be coded), the
/// sentence, and where its text is in the document.
pub type Visitor<'a> = dyn FnMut(Result<&Document, &str>, GoldSentence, Option<Range<usize>>) + 'a;

/// Codes every unit and calls `visit` once per gold sentence with the coded document (`Err`: why
/// it could not be read or coded) and the byte range of the sentence's text in it (`None`: not
/// found). Shared by every scorer that reads gold files (`eval gold`, `eval actors`).
pub fn visit(units: Vec<Unit>, pipeline: &Pipeline, visit: &mut Visitor<'_>) {
    for unit in units {
        match unit {
            Unit::Article { path, sentences } => {
                let doc = code_article(&path, pipeline);
                let mut cursor = 0;
                for g in sentences {
                    match &doc {
                        Ok(doc) => {
                            let r =
                                align::find(&doc.text, &g.text, cursor).or_else(|| align::find(&doc.text, &g.text, 0));
                            if let Some(r) = &r {
                                cursor = r.end;
                            }
                            visit(Ok(doc), g, r);
                        }
                        Err(e) => visit(Err(e), g, None),
                    }
                }
            }
            Unit::Sentence {
                text,
                offset,
                date,
                gold,
            } => {
                let mut doc = Document::new(gold.id.clone(), text);
                doc.meta.date = date;
                if let Err(e) = pipeline.run(&mut doc) {
                    visit(Err(&format!("{}: {e}", gold.id)), gold, None);
                    continue;
                }
                // The text follows its context: look for it from where the context ends.
                let from = if offset > 0 {
                    gold.context
                        .as_deref()
                        .and_then(|c| align::find(&doc.text, c, 0))
                        .map_or(0, |r| r.end)
                } else {
                    0
                };
                let r = align::find(&doc.text, &gold.text, from).or_else(|| align::find(&doc.text, &gold.text, 0));
                visit(Ok(&doc), gold, r);
            }
        }
    }
}

/// Reads and codes one article file.
fn code_article(path: &Path, pipeline: &Pipeline) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("doc").to_string();
    let mut docs = Vec::new();
    ingest::read_bytes(
        &bytes,
        &path.display().to_string(),
        &stem,
        &IngestOptions::default(),
        &mut |d| {
            if let Ok(d) = d {
                docs.push(d)
            }
        },
    );
    let mut doc = docs
        .pop()
        .ok_or_else(|| format!("{}: could not be read", path.display()))?;
    pipeline.run(&mut doc).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(doc)
}

/// Codes every unit of the gold file at `path`. Errors name the file.
pub fn run(path: &Path, pipeline: &Pipeline) -> Result<Vec<Explained>, String> {
    let gold = file::read(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    let mut error = None;
    visit(file::units(gold, dir), pipeline, &mut |doc, g, r| match doc {
        Ok(doc) => out.push(explained(doc, g, r)),
        Err(e) => {
            error.get_or_insert_with(|| e.to_string());
        }
    });
    match error {
        Some(e) => Err(e),
        None => Ok(out),
    }
}
