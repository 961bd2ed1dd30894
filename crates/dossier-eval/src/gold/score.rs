//! SPEC.md's scoring of coded events against gold, exactly:
//! - a prediction **matches** a gold event of the same sentence when the kind is equal, the actor
//!   country sets (first three letters of each code) overlap, and the gold target list is empty or
//!   the target country sets overlap; each gold event matches at most one prediction (and each
//!   prediction at most one gold event);
//! - precision, recall, F1 overall and per kind; claim-status accuracy over matched pairs;
//!   claimant accuracy (country overlap; both empty counts as agreement) over matched pairs whose
//!   gold status is not `asserted`; the share of gold sentences without events that got any
//!   prediction;
//! - the strict variant: full actor codes equal as sets, and full target codes equal as sets
//!   unless the gold target list is empty.
//!
//! Pure functions over codes; running the pipeline is the caller's job.

use super::file::GoldEvent;
use serde::Serialize;
use std::collections::BTreeMap;

/// A coded event as the scorer sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Predicted {
    pub kind: String,
    pub actor: Vec<String>,
    pub target: Vec<String>,
    pub status: String,
    pub claimants: Vec<String>,
}

/// One sentence to score: gold events and predictions.
#[derive(Clone, Debug, Default)]
pub struct Scored {
    pub id: String,
    pub gold: Vec<GoldEvent>,
    pub predicted: Vec<Predicted>,
}

#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(gold: usize, predicted: usize, matched: usize) -> Self {
        let p = ratio(matched, predicted);
        let r = ratio(matched, gold);
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf {
            gold,
            predicted,
            matched,
            precision: p,
            recall: r,
            f1,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The report `dossier eval gold` prints.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub sentences: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub overall: Prf,
    pub strict: Prf,
    pub strict_f1: f64,
    pub per_kind: BTreeMap<String, Prf>,
    pub status_accuracy: f64,
    pub status_pairs: usize,
    /// gold status → predicted status → count, over matched pairs.
    pub status_confusion: BTreeMap<String, BTreeMap<String, usize>>,
    pub claimant_accuracy: f64,
    pub claimant_pairs: usize,
    pub empty_sentences: usize,
    pub empty_sentence_fp: usize,
    pub empty_sentence_fp_rate: f64,
}

fn countries(codes: &[String]) -> Vec<&str> {
    codes.iter().map(|c| c.get(..3).unwrap_or(c)).collect()
}

fn overlap(a: &[&str], b: &[&str]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn same_set(a: &[String], b: &[String]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// Whether a prediction matches a gold event (SPEC.md's rule, or the strict variant).
pub fn matches(g: &GoldEvent, p: &Predicted, strict: bool) -> bool {
    if g.kind != p.kind {
        return false;
    }
    if strict {
        return same_set(&g.actor, &p.actor) && (g.target.is_empty() || same_set(&g.target, &p.target));
    }
    overlap(&countries(&g.actor), &countries(&p.actor))
        && (g.target.is_empty() || overlap(&countries(&g.target), &countries(&p.target)))
}

/// Pairs gold events with predictions: each gold event, in order, takes the first unmatched
/// prediction that matches, preferring one that also matches strictly.
pub fn pair(gold: &[GoldEvent], pred: &[Predicted], strict: bool) -> Vec<(usize, usize)> {
    let mut used = vec![false; pred.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let cands: Vec<usize> = (0..pred.len())
            .filter(|&k| !used[k] && matches(g, &pred[k], strict))
            .collect();
        let pick = cands
            .iter()
            .copied()
            .find(|&k| matches(g, &pred[k], true))
            .or_else(|| cands.first().copied());
        if let Some(k) = pick {
            used[k] = true;
            out.push((gi, k));
        }
    }
    out
}

/// Scores a set of sentences.
pub fn score(sentences: &[Scored]) -> Report {
    let mut r = Report {
        sentences: sentences.len(),
        ..Default::default()
    };
    let (mut g_all, mut p_all, mut m_all, mut m_strict) = (0, 0, 0, 0);
    let mut kinds: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut st_ok, mut cl_ok) = (0, 0);
    for s in sentences {
        g_all += s.gold.len();
        p_all += s.predicted.len();
        for g in &s.gold {
            kinds.entry(g.kind.clone()).or_default().0 += 1;
        }
        for p in &s.predicted {
            kinds.entry(p.kind.clone()).or_default().1 += 1;
        }
        if s.gold.is_empty() {
            r.empty_sentences += 1;
            if !s.predicted.is_empty() {
                r.empty_sentence_fp += 1;
            }
        }
        let pairs = pair(&s.gold, &s.predicted, false);
        m_all += pairs.len();
        m_strict += pair(&s.gold, &s.predicted, true).len();
        for &(gi, pi) in &pairs {
            let (g, p) = (&s.gold[gi], &s.predicted[pi]);
            kinds.entry(g.kind.clone()).or_default().2 += 1;
            r.status_pairs += 1;
            if g.status == p.status {
                st_ok += 1;
            }
            *r.status_confusion
                .entry(g.status.clone())
                .or_default()
                .entry(p.status.clone())
                .or_default() += 1;
            if g.status != "asserted" {
                r.claimant_pairs += 1;
                let (gc, pc) = (countries(&g.claimants), countries(&p.claimants));
                if (gc.is_empty() && pc.is_empty()) || overlap(&gc, &pc) {
                    cl_ok += 1;
                }
            }
        }
    }
    r.overall = Prf::new(g_all, p_all, m_all);
    r.strict = Prf::new(g_all, p_all, m_strict);
    r.precision = r.overall.precision;
    r.recall = r.overall.recall;
    r.f1 = r.overall.f1;
    r.strict_f1 = r.strict.f1;
    r.per_kind = kinds.into_iter().map(|(k, (g, p, m))| (k, Prf::new(g, p, m))).collect();
    r.status_accuracy = ratio(st_ok, r.status_pairs);
    r.claimant_accuracy = ratio(cl_ok, r.claimant_pairs);
    r.empty_sentence_fp_rate = ratio(r.empty_sentence_fp, r.empty_sentences);
    r
}

#[cfg(test)]
mod tests;
