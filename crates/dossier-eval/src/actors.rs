//! Actor recognition against a gold event file (`dossier eval actors GOLD`): for each gold
//! sentence, the codes of its events' actor, target and claimant lists are looked for among the
//! codes of the actors recognised in that sentence — **exact** (the full code is equal) and
//! **country** (the first three letters are equal).
//!
//! Each distinct code counts once per sentence and role (a code that is actor of two events of
//! one sentence is one item). Gold sentences are found in the coded text by their words
//! ([`locate`]: letters and digits only, so whitespace, quotes and dashes do not matter).
//!
//! This module runs the given pipeline and scores; it does not print, and it codes no events.

use crate::gold::{GoldSentence, Unit};
use dossier_core::{Document, Pipeline};
use std::collections::{BTreeMap, BTreeSet};

/// The three roles a gold code can have.
pub const ROLES: [&str; 3] = ["actor", "target", "claimant"];

/// Counts for one role (or overall).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Gold codes looked for.
    pub n: usize,
    /// Found with the full code.
    pub exact: usize,
    /// Found with the same country (first three letters).
    pub country: usize,
}

impl Score {
    pub fn exact_share(&self) -> f64 {
        share(self.exact, self.n)
    }
    pub fn country_share(&self) -> f64 {
        share(self.country, self.n)
    }
    fn add(&mut self, exact: bool, country: bool) {
        self.n += 1;
        self.exact += usize::from(exact);
        self.country += usize::from(country);
    }
}

/// `k / n`, or 0 when `n` is 0.
pub fn share(k: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        k as f64 / n as f64
    }
}

/// One gold code not found exactly, where.
#[derive(Clone, Debug, PartialEq)]
pub struct MissExample {
    pub id: String,
    pub role: &'static str,
    /// Whether the country was found.
    pub country_found: bool,
    /// The gold sentence.
    pub text: String,
    /// What was recognised in it: `surface → code`.
    pub found: Vec<String>,
}

/// A gold code missed (exactly) `count` times, with a few examples.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    pub code: String,
    pub count: usize,
    pub examples: Vec<MissExample>,
}

/// The result of [`evaluate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub overall: Score,
    /// Per role, in [`ROLES`] order.
    pub roles: [Score; 3],
    /// Gold sentences scored.
    pub sentences: usize,
    /// Gold sentences not found in the coded text (ids), or whose article failed.
    pub unmatched: Vec<String>,
    /// Exact misses, most frequent first.
    pub misses: Vec<Miss>,
    /// Gold codes (of `overall.n`) whose country some recognised actor anywhere in the coded
    /// document names (the sentence or its context): a ceiling on the country share, since a
    /// country the text leaves implicit ("Kim was arrested Sept. 24": the United States) is named
    /// by no mention at all.
    pub country_in_document: usize,
}

/// Examples kept per missed code.
const EXAMPLES_PER_MISS: usize = 3;

/// Codes every unit with `pipeline` (which must end with recognition) and scores it.
/// An article that cannot be read or coded makes its sentences `unmatched`.
pub fn evaluate(units: &[Unit], pipeline: &Pipeline) -> Report {
    let mut report = Report::default();
    let mut misses: BTreeMap<String, Miss> = BTreeMap::new();
    crate::gold::run::visit(units.to_vec(), pipeline, &mut |doc, g, range| match (doc, range) {
        (Ok(doc), Some(r)) => score_sentence(doc, r, &g, &mut report, &mut misses),
        _ => report.unmatched.push(g.id.clone()),
    });
    let mut m: Vec<Miss> = misses.into_values().collect();
    m.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    report.misses = m;
    report
}

fn score_sentence(
    doc: &Document,
    range: std::ops::Range<usize>,
    g: &GoldSentence,
    report: &mut Report,
    misses: &mut BTreeMap<String, Miss>,
) {
    report.sentences += 1;
    let inside: Vec<&dossier_core::Actor> = doc
        .actors
        .iter()
        .filter(|a| range.contains(&(a.span.start as usize)))
        .collect();
    let codes: BTreeSet<&str> = inside.iter().filter_map(|a| a.code.as_deref()).collect();
    let countries: BTreeSet<&str> = codes.iter().map(|c| c.get(..3).unwrap_or(c)).collect();
    let in_document: BTreeSet<&str> = doc
        .actors
        .iter()
        .filter_map(|a| a.code.as_deref())
        .map(|c| c.get(..3).unwrap_or(c))
        .collect();
    for (r, role) in ROLES.iter().enumerate() {
        let gold: BTreeSet<&str> = g
            .events
            .iter()
            .flat_map(|e| match r {
                0 => &e.actor,
                1 => &e.target,
                _ => &e.claimants,
            })
            .map(String::as_str)
            .filter(|c| !c.is_empty())
            .collect();
        for code in gold {
            let exact = codes.contains(code);
            let country = countries.contains(code.get(..3).unwrap_or(code));
            report.roles[r].add(exact, country);
            report.overall.add(exact, country);
            report.country_in_document += usize::from(in_document.contains(code.get(..3).unwrap_or(code)));
            if !exact {
                let m = misses.entry(code.to_string()).or_insert_with(|| Miss {
                    code: code.to_string(),
                    count: 0,
                    examples: Vec::new(),
                });
                m.count += 1;
                if m.examples.len() < EXAMPLES_PER_MISS {
                    m.examples.push(MissExample {
                        id: g.id.clone(),
                        role,
                        country_found: country,
                        text: g.text.clone(),
                        found: inside
                            .iter()
                            .map(|a| format!("{} → {}", doc.slice(a.span), a.code.as_deref().unwrap_or("null")))
                            .collect(),
                    });
                }
            }
        }
    }
}

/// Finds a gold sentence in coded text, comparing letters and digits only: the gold reader's
/// aligner, under the name the tests use.
pub use crate::gold::align::find as locate;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_ignores_spacing_quotes_and_case() {
        let text = "First one. He said  “the spies”  left\nearly. Last.";
        let r = locate(text, "He said \"the spies\" left early.", 0).unwrap();
        assert_eq!(&text[r], "He said  “the spies”  left\nearly");
        assert!(locate(text, "Nobody", 0).is_none());
        assert!(locate(text, "  ...  ", 0).is_none());
        assert!(locate(text, "First", 5).is_none());
    }

    #[test]
    fn scores_roles_and_keeps_misses() {
        let g: GoldSentence = serde_json::from_str(
            r#"{"id":"x","doc":"d","text":"t","events":[
                {"kind":"spy","actor":["CHNSPY"],"target":["USA"],"claimants":["USAGOV"]},
                {"kind":"arrest","actor":["USACOP"],"target":["CHNSPY"]}]}"#,
        )
        .unwrap();
        let mut doc = Document::new("d", "");
        doc.text = "China spied on the US, US officials said.".into();
        let actor = |s: usize, e: usize, code: &str| dossier_core::Actor {
            span: dossier_core::Span::new(s, e),
            code: Some(code.into()),
            ..Default::default()
        };
        doc.actors = vec![actor(0, 5, "CHN"), actor(19, 21, "USA"), actor(23, 35, "USAGOV")];
        let mut r = Report::default();
        let mut m = BTreeMap::new();
        score_sentence(&doc, 0..doc.text.len(), &g, &mut r, &mut m);
        // actor: CHNSPY (country only), USACOP (country only); target: USA (exact), CHNSPY
        // (country only); claimant: USAGOV (exact).
        assert_eq!(
            r.roles[0],
            Score {
                n: 2,
                exact: 0,
                country: 2
            }
        );
        assert_eq!(
            r.roles[1],
            Score {
                n: 2,
                exact: 1,
                country: 2
            }
        );
        assert_eq!(
            r.roles[2],
            Score {
                n: 1,
                exact: 1,
                country: 1
            }
        );
        assert_eq!(
            r.overall,
            Score {
                n: 5,
                exact: 2,
                country: 5
            }
        );
        assert_eq!(r.country_in_document, 5);
        assert_eq!(m["CHNSPY"].count, 2);
        assert_eq!(m["CHNSPY"].examples[0].found[0], "China → CHN");
    }
}
