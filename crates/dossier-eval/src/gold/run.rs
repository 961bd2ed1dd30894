//! Runs a pipeline over a gold file's units and pairs each gold sentence with the events coded
//! in it (SPEC.md, "Gold files"): article units are coded whole and gold sentences found by text;
//! sentence units are coded as `context + " " + text`, and only events of sentences overlapping
//! `text` count.

use super::align;
use super::file::{self, GoldSentence, Unit};
use super::score::{Predicted, Scored};
use dossier_core::{Document, Participant, Pipeline};
use dossier_text::ingest::{self, IngestOptions};
use std::path::Path;

/// A scored sentence plus what `--explain` shows: the text and each prediction's trace.
pub struct Explained {
    pub scored: Scored,
    pub text: String,
    pub traces: Vec<Vec<String>>,
}

fn code_of(doc: &Document, p: &Participant) -> Option<String> {
    match p {
        Participant::Mention(a) => doc.actors.get(*a as usize).and_then(|m| m.code.clone()),
        Participant::Implicit { code, .. } => Some(code.clone()),
    }
}

/// The events of `doc` in sentences overlapping `range` (bytes of the cleaned text).
fn predicted(doc: &Document, range: std::ops::Range<usize>) -> (Vec<Predicted>, Vec<Vec<String>>) {
    let mut out = Vec::new();
    let mut traces = Vec::new();
    for e in &doc.events {
        let s = &doc.sentences[e.sentence as usize];
        if (s.span.end as usize) <= range.start || (s.span.start as usize) >= range.end {
            continue;
        }
        let codes = |ps: &[Participant]| ps.iter().filter_map(|p| code_of(doc, p)).collect::<Vec<_>>();
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

fn explained(doc: &Document, g: GoldSentence, range: Option<std::ops::Range<usize>>) -> Explained {
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

/// Codes every unit of the gold file at `path`. Errors name the file.
pub fn run(path: &Path, pipeline: &Pipeline) -> Result<Vec<Explained>, String> {
    let gold = file::read(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    for unit in file::units(gold, dir) {
        match unit {
            Unit::Article { path, sentences } => {
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
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
                let mut cursor = 0;
                for g in sentences {
                    let r = align::find(&doc.text, &g.text, cursor).or_else(|| align::find(&doc.text, &g.text, 0));
                    if let Some(r) = &r {
                        cursor = r.end;
                    }
                    out.push(explained(&doc, g, r));
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
                pipeline
                    .run(&mut doc)
                    .map_err(|e| format!("{}: {}: {e}", path.display(), gold.id))?;
                let from = if offset > 0 {
                    gold.context
                        .as_deref()
                        .and_then(|c| align::find(&doc.text, c, 0))
                        .map_or(0, |r| r.end)
                } else {
                    0
                };
                let r = align::find(&doc.text, &gold.text, from);
                out.push(explained(&doc, gold, r));
            }
        }
    }
    Ok(out)
}
