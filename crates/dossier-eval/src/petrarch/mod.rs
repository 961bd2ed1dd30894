//! The PETRARCH validation harness: reads a validation file ([`xml`]), codes each record with
//! [`dossier_events::cameo::CameoCoder`] from its given CoNLL-U parse or from our own analysis of
//! its text, finds actors with the suite's own dictionaries ([`actors`]), and scores the result
//! as PETRARCH and UniversalPetrarch do: a record is exact when the set of (source, target, code)
//! it gives equals the expected set (records with `noevents` or `error` expect none); Correct,
//! Uncoded and Extra count events as percentages of the expected events; overall and by
//! category.
//!
//! Scorers return numbers and per-record outcomes; printing is the binary's job.

pub mod actors;
#[cfg(test)]
mod tests;
pub mod xml;

use std::collections::BTreeMap;

use dossier_core::{Document, Stage};
use dossier_dict::{DictionarySet, DiscardScope};
use dossier_events::cameo::tree::Tree;
use dossier_events::cameo::{given, CameoCoder};
use serde::Serialize;

pub use xml::{parse_suite, Expected, Record, Suite};

/// Where the parse comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParseSource {
    /// The record's `<Parse>` (CoNLL-U).
    Given,
    /// Our clean + segment + analyse of the record's `<Text>`.
    Ours,
}

/// The dictionary set a suite was coded with, from its `<Environment>`: Phoenix + CAMEO.2.0 when
/// the verb file is a CAMEO file, else UniversalPetrarch's validation dictionaries (the UD unit
/// test names `PETR.Validate.verbs.txt`, but its codes follow `verbs.2.0`).
pub fn dictionaries_for(env: &xml::Environment) -> Result<&'static DictionarySet, String> {
    let verbs = env.verbfile.as_deref().unwrap_or("");
    let r = if verbs.to_uppercase().contains("CAMEO") {
        dossier_dict::phoenix()
    } else {
        dossier_dict::validate_ud()
    };
    r.map_err(|e| e.to_string())
}

/// What one record gave.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub category: String,
    pub text: String,
    pub expected: Vec<Expected>,
    pub produced: Vec<Expected>,
    pub exact: bool,
    /// Why each produced event was coded, and anything that went wrong.
    pub trace: Vec<String>,
}

/// Counts for a group of records.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub sentences: usize,
    pub exact: usize,
    pub gold: usize,
    pub correct: usize,
    pub uncoded: usize,
    pub extra: usize,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.sentences += 1;
        self.exact += o.exact as usize;
        self.gold += o.expected.len();
        let correct = o.expected.iter().filter(|e| o.produced.contains(e)).count();
        self.correct += correct;
        self.uncoded += o.expected.len() - correct;
        self.extra += o.produced.iter().filter(|p| !o.expected.contains(p)).count();
    }

    fn pct(n: usize, d: usize) -> f64 {
        if d == 0 {
            0.0
        } else {
            (10000.0 * n as f64 / d as f64).round() / 100.0
        }
    }

    pub fn exact_pct(&self) -> f64 {
        Self::pct(self.exact, self.sentences)
    }
    pub fn correct_pct(&self) -> f64 {
        Self::pct(self.correct, self.gold)
    }
    pub fn uncoded_pct(&self) -> f64 {
        Self::pct(self.uncoded, self.gold)
    }
    pub fn extra_pct(&self) -> f64 {
        Self::pct(self.extra, self.gold)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "sentences": self.sentences, "exact": self.exact, "gold_events": self.gold,
            "correct": self.correct, "uncoded": self.uncoded, "extra": self.extra,
            "exact_pct": self.exact_pct(), "correct_pct": self.correct_pct(),
            "uncoded_pct": self.uncoded_pct(), "extra_pct": self.extra_pct(),
        })
    }
}

/// The result of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub overall: Tally,
    pub by_category: BTreeMap<String, Tally>,
    pub outcomes: Vec<Outcome>,
}

/// Builds the analysed document a record is coded from.
pub type Analyser<'a> = &'a dyn Fn(&str) -> Document;

/// Codes every record of `suite` with `coder`, actors from `matcher`; `ours` analyses raw text
/// (when `None`, the given parse is used).
pub fn run(suite: &Suite, coder: &CameoCoder, matcher: &actors::ActorMatcher, ours: Option<Analyser>) -> Report {
    let mut report = Report::default();
    for r in &suite.records {
        let o = code_record(r, coder, matcher, ours);
        report.overall.add(&o);
        report.by_category.entry(r.category.clone()).or_default().add(&o);
        report.outcomes.push(o);
    }
    report
}

/// The text/parse analysis for `--parse ours`: clean, segment, tag, lemmatise, parse.
pub fn analyse_text(analyse: &dossier_nlp::Analyse) -> impl Fn(&str) -> Document + '_ {
    let cleaner = dossier_text::clean::Cleaner::new();
    let segmenter = dossier_text::segment::Segmenter::new();
    move |text: &str| {
        let mut doc = Document::new("record", text.to_string());
        cleaner.clean(&mut doc);
        segmenter.segment(&mut doc);
        let _ = analyse.process(&mut doc);
        doc
    }
}

fn code_record(r: &Record, coder: &CameoCoder, matcher: &actors::ActorMatcher, ours: Option<Analyser>) -> Outcome {
    let mut expected = r.expected.clone();
    if r.noevents || r.error.is_some() {
        expected.clear();
    }
    expected.sort();
    expected.dedup();
    let mut trace = Vec::new();
    let doc = match ours {
        Some(f) => Some(f(&r.text)),
        None => match r.parse.as_deref() {
            Some(p) => match given::document_from_conllu(&r.id, p) {
                Ok(d) => Some(d),
                Err(e) => {
                    trace.push(format!("bad parse: {e}"));
                    None
                }
            },
            None => {
                trace.push("no <Parse>".into());
                None
            }
        },
    };
    let mut produced = Vec::new();
    if let Some(doc) = doc {
        let story_discard = (0..doc.sentences.len())
            .filter_map(|s| coder.discard(&doc, s))
            .find(|(_, scope)| *scope == DiscardScope::Story);
        if let Some((p, _)) = story_discard {
            trace.push(format!("story discarded by `{p}`"));
        } else {
            for s in 0..doc.sentences.len() {
                let Some(tree) = Tree::from_document(&doc, s) else {
                    continue;
                };
                if let Some((p, _)) = coder.discard(&doc, s) {
                    trace.push(format!("sentence {s} discarded by `{p}`"));
                    continue;
                }
                let spans = matcher.spans(&tree, r.date.as_deref());
                let listed: Vec<String> = spans
                    .iter()
                    .map(|a| {
                        let ids: Vec<usize> = (a.tokens.start - tree.offset..a.tokens.end - tree.offset).collect();
                        format!("{}={}", tree.text(&ids), a.code.as_deref().unwrap_or("?"))
                    })
                    .collect();
                trace.push(format!("actors: {}", listed.join("; ")));
                for m in coder.code(&doc, s, &spans) {
                    let code_of = |ks: &[usize]| {
                        ks.first()
                            .and_then(|&k| spans[k].code.clone())
                            .unwrap_or_else(|| "---".to_string())
                    };
                    let e = Expected {
                        source: code_of(&m.source),
                        target: code_of(&m.target),
                        code: m.code.clone(),
                    };
                    trace.push(format!("{} {} {}: {}", e.source, e.target, e.code, m.pattern));
                    if !produced.contains(&e) {
                        produced.push(e);
                    }
                }
            }
        }
    }
    produced.sort();
    let exact = produced == expected;
    Outcome {
        id: r.id.clone(),
        category: r.category.clone(),
        text: r.text.clone(),
        expected,
        produced,
        exact,
        trace,
    }
}
