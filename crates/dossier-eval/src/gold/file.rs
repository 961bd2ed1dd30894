//! Reader for gold files (SPEC.md, "Gold files and how output is scored"): JSON Lines, one
//! sentence per line, in either of two shapes:
//! - **article sentences** (`../shared/seeds/gold.jsonl`): `doc` names an article file beside
//!   the gold file; the article is coded whole and each gold sentence is found in it by its text;
//! - **sentences with context** (`../shared/dev/espionage/gold.jsonl`): `context + " " + text` is
//!   coded as one document dated `doc_date`; only events found in `text` are scored.
//!
//! This module reads and groups; it does not run the pipeline or score.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One gold event.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldEvent {
    pub kind: String,
    #[serde(default)]
    pub cameo: Option<String>,
    #[serde(default)]
    pub actor: Vec<String>,
    #[serde(default)]
    pub target: Vec<String>,
    #[serde(default = "asserted")]
    pub status: String,
    #[serde(default)]
    pub claimants: Vec<String>,
}

fn asserted() -> String {
    "asserted".to_string()
}

/// One gold sentence.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldSentence {
    pub id: String,
    pub doc: String,
    #[serde(default)]
    pub sentence: usize,
    #[serde(default)]
    pub doc_date: Option<String>,
    #[serde(default)]
    pub context: Option<String>,
    pub text: String,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// How the sentences of a gold file are to be coded.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    /// A whole article file; `sentences` are found in it by text.
    Article {
        path: PathBuf,
        sentences: Vec<GoldSentence>,
    },
    /// One sentence coded as `context + " " + text`; `offset` is where `text` starts (bytes).
    Sentence {
        text: String,
        offset: usize,
        date: Option<String>,
        gold: GoldSentence,
    },
}

/// Reads a gold file. Errors name the file and line.
pub fn read(path: &Path) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// Parses gold JSON Lines; blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<GoldSentence>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let s: GoldSentence = serde_json::from_str(line).map_err(|e| format!("{}: {e}", i + 1))?;
        out.push(s);
    }
    Ok(out)
}

/// Groups gold sentences into coding units. A sentence with a `context`, or whose `doc` is not a
/// file beside the gold file, is coded on its own (context first); sentences whose `doc` is a
/// file are grouped by article, in the order of first appearance.
pub fn units(sentences: Vec<GoldSentence>, dir: &Path) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for s in sentences {
        let article = dir.join(&s.doc);
        if s.context.is_none() && !s.doc.is_empty() && article.is_file() {
            if let Some(Unit::Article { sentences, .. }) = out
                .iter_mut()
                .find(|u| matches!(u, Unit::Article { path, .. } if *path == article))
            {
                sentences.push(s);
                continue;
            }
            out.push(Unit::Article {
                path: article,
                sentences: vec![s],
            });
            continue;
        }
        let (text, offset) = match &s.context {
            Some(c) if !c.trim().is_empty() => (format!("{} {}", c.trim_end(), s.text), c.trim_end().len() + 1),
            _ => (s.text.clone(), 0),
        };
        out.push(Unit::Sentence {
            text,
            offset,
            date: s.doc_date.clone(),
            gold: s,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_shapes_and_defaults() {
        let text = r#"{"id":"a","doc":"x.txt","sentence":0,"text":"A spied.","events":[{"kind":"spy","actor":["CHN"]}]}

{"id":"b","doc":"d","sentence":1,"doc_date":"2020-01-02","context":"Before.","text":"After.","events":[]}"#;
        let g = parse(text).unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].events[0].status, "asserted");
        assert!(g[0].events[0].target.is_empty());
        let u = units(g, Path::new("/nonexistent"));
        match &u[1] {
            Unit::Sentence { text, offset, date, .. } => {
                assert_eq!(text, "Before. After.");
                assert_eq!(&text[*offset..], "After.");
                assert_eq!(date.as_deref(), Some("2020-01-02"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_line_is_named() {
        let e = parse("{\"id\":1}\n").unwrap_err();
        assert!(e.starts_with("1: "), "{e}");
    }
}
