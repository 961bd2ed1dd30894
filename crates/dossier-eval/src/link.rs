//! Cross-document linking against a gold event file (`dossier eval link GOLD`; the scoring of
//! `dev/linking/README.md`): every document of `docs.jsonl` beside the gold file is coded and
//! stored in a ledger in memory, in file order (or, for [`evaluate_orders`], in several orders); each gold mention is looked up among the stored
//! reports of its document (same sentence, same kind; the one whose actor countries overlap the
//! gold actors' when several); then, over all pairs of gold mentions, a pair is **linked** when
//! both were found and stored in the same ledger event. Pairwise precision = linked pairs of the
//! same gold event / linked pairs; recall = linked pairs of the same gold event / gold pairs.
//! Distinct gold events with any linked pair between them are listed as wrong merges.
//!
//! This module runs the pipeline and the ledger and scores; it does not print.

use dossier_core::Pipeline;
use dossier_ledger::Ledger;
use dossier_text::ingest::{self, IngestOptions};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Deserialize)]
pub struct GoldEvent {
    pub event: String,
    pub kind: String,
    #[serde(default)]
    pub actor: Vec<String>,
    pub mentions: Vec<GoldMention>,
}

#[derive(Debug, Deserialize)]
pub struct GoldMention {
    pub doc: String,
    pub sentence: String,
    /// The kind this sentence codes, where it differs from the event's.
    #[serde(default)]
    pub kind: Option<String>,
}

/// The result of [`evaluate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub documents: usize,
    pub mentions: usize,
    /// Gold mentions with no stored report (their pairs are never linked).
    pub unfound: Vec<String>,
    pub pairs: usize,
    pub gold_pairs: usize,
    pub linked: usize,
    pub linked_correct: usize,
    /// Pairs of distinct gold events with at least one linked pair: (event, event, pairs).
    pub wrong_merges: Vec<(String, String, usize)>,
    /// Per gold event: its mentions, how many were found, and into how many ledger events the
    /// found ones went (1 is perfect).
    pub per_event: Vec<(String, usize, usize, usize)>,
    /// Per gold event, one line per mention: the ledger event it went to and the facts linking
    /// compared (for `--explain`).
    pub explain: Vec<String>,
}

impl Report {
    pub fn precision(&self) -> f64 {
        crate::actors::share(self.linked_correct, self.linked)
    }
    pub fn recall(&self) -> f64 {
        crate::actors::share(self.linked_correct, self.gold_pairs)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Reads the gold file.
pub fn read(gold: &Path) -> Result<Vec<GoldEvent>, String> {
    let text = std::fs::read_to_string(gold).map_err(|e| format!("{}: {e}", gold.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", gold.display(), i + 1)))
        .collect()
}

/// Codes and stores `docs` (a JSONL file in dossier's ingest shape) with `pipeline`, then scores
/// `gold` against the ledger's events.
pub fn evaluate(gold: &[GoldEvent], docs: &Path, pipeline: &Pipeline) -> Result<Report, String> {
    let coded = code_documents(docs, pipeline)?;
    score(gold, coded.iter())
}

/// [`evaluate`] once in file order and then in `orders - 1` other orders of the documents (each a
/// shuffle fixed by its number): linking stores one report at a time, so what it links may
/// depend on the order reports arrive in. The documents are coded once.
pub fn evaluate_orders(
    gold: &[GoldEvent],
    docs: &Path,
    pipeline: &Pipeline,
    orders: usize,
) -> Result<Vec<Report>, String> {
    let coded = code_documents(docs, pipeline)?;
    (0..orders.max(1))
        .map(|k| {
            let order = shuffled(coded.len(), k as u64);
            score(gold, order.iter().map(|&i| &coded[i]))
        })
        .collect()
}

/// The numbers `0..n` in order for `k = 0`, else shuffled (Fisher–Yates driven by SplitMix64
/// seeded with `k`: the same `k` gives the same order everywhere).
fn shuffled(n: usize, k: u64) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    if k == 0 {
        return v;
    }
    let mut state = k;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
    v
}

/// Every document of `docs`, coded.
fn code_documents(docs: &Path, pipeline: &Pipeline) -> Result<Vec<dossier_core::Document>, String> {
    let (sources, errors) = ingest::expand(&[docs.display().to_string()]);
    if let Some(e) = errors.first() {
        return Err(e.to_string());
    }
    let mut coded = Vec::new();
    let mut failure: Option<String> = None;
    for src in &sources {
        ingest::read_source(src, &IngestOptions::default(), &mut |d| match d {
            Ok(mut doc) => match pipeline.run(&mut doc) {
                Ok(_) => coded.push(doc),
                Err(e) => {
                    failure.get_or_insert(format!("{}: {e}", doc.id));
                }
            },
            Err(e) => {
                failure.get_or_insert(e.to_string());
            }
        });
    }
    match failure {
        Some(f) => Err(f),
        None => Ok(coded),
    }
}

/// Stores the coded documents in a ledger in memory, in the order given, and scores `gold`.
fn score<'d>(gold: &[GoldEvent], docs: impl Iterator<Item = &'d dossier_core::Document>) -> Result<Report, String> {
    let mut ledger = Ledger::in_memory().map_err(|e| e.to_string())?;
    let mut report = Report::default();
    for doc in docs {
        ledger.store(doc, &[], 0).map_err(|e| format!("{}: {e}", doc.id))?;
        report.documents += 1;
    }
    // Each gold mention: its gold event and the ledger event it was stored in.
    let mut found: Vec<(usize, Option<i64>)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        report.explain.push(format!("{} {} {:?}", g.event, g.kind, g.actor));
        for m in &g.mentions {
            let kind = m.kind.as_deref().unwrap_or(&g.kind);
            let hit = lookup(&ledger, &m.doc, &m.sentence, kind, &g.actor).map_err(|e| e.to_string())?;
            match hit {
                None => {
                    report
                        .unfound
                        .push(format!("{} {} ({kind}): {}", g.event, m.doc, m.sentence));
                    report.explain.push(format!("  unfound  {} {kind}", m.doc));
                }
                Some((event, mention)) => {
                    report
                        .explain
                        .push(format!("  event {event:<4} {}", facts_line(&ledger, mention)));
                }
            }
            found.push((gi, hit.map(|h| h.0)));
        }
    }
    report.mentions = found.len();
    for (gi, g) in gold.iter().enumerate() {
        let mine: Vec<Option<i64>> = found.iter().filter(|f| f.0 == gi).map(|f| f.1).collect();
        let clusters: BTreeSet<i64> = mine.iter().flatten().copied().collect();
        report.per_event.push((
            g.event.clone(),
            mine.len(),
            mine.iter().flatten().count(),
            clusters.len(),
        ));
    }
    let mut wrong: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for i in 0..found.len() {
        for j in i + 1..found.len() {
            let ((gi, ei), (gj, ej)) = (found[i], found[j]);
            report.pairs += 1;
            let same_gold = gi == gj;
            report.gold_pairs += usize::from(same_gold);
            if ei.is_some() && ei == ej {
                report.linked += 1;
                if same_gold {
                    report.linked_correct += 1;
                } else {
                    *wrong.entry((gi.min(gj), gi.max(gj))).or_default() += 1;
                }
            }
        }
    }
    report.wrong_merges = wrong
        .into_iter()
        .map(|((a, b), n)| (gold[a].event.clone(), gold[b].event.clone(), n))
        .collect();
    Ok(report)
}

/// One stored report as linking saw it: document, kind, actor and target codes, date, and the
/// names, counts and story words it compared.
fn facts_line(ledger: &Ledger, mention: i64) -> String {
    ledger
        .connection()
        .query_row(
            "SELECT d.id, m.kind, m.actor, m.target, coalesce(m.date, '-'), m.names FROM mentions m
             JOIN documents d ON d.doc = m.doc WHERE m.mention = ?1",
            [mention],
            |r| {
                Ok(format!(
                    "{} {} {} > {} {} {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?
                ))
            },
        )
        .unwrap_or_else(|e| e.to_string())
}

/// The ledger event and mention row of the stored report of document `doc` whose sentence is
/// `sentence` and whose kind is `kind`; among several, the one whose actor countries overlap
/// `actor`'s.
fn lookup(
    ledger: &Ledger,
    doc: &str,
    sentence: &str,
    kind: &str,
    actor: &[String],
) -> Result<Option<(i64, i64)>, dossier_ledger::LedgerError> {
    let mut stmt = ledger.connection().prepare_cached(
        "SELECT m.event, m.actor, m.sentence_text, m.mention FROM mentions m JOIN documents d ON d.doc = m.doc
         WHERE d.id = ?1 AND m.kind = ?2 ORDER BY m.mention",
    )?;
    let countries: BTreeSet<&str> = actor.iter().map(|c| c.get(..3).unwrap_or(c)).collect();
    let mut first = None;
    let rows = stmt.query_map((doc, kind), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    for row in rows {
        let (event, codes, text, mention) = row?;
        // (Letters and digits compared, either inside the other: segmentations differ.)
        let same = crate::gold::align::find(&text, sentence, 0).is_some()
            || crate::gold::align::find(sentence, &text, 0).is_some();
        if !same {
            continue;
        }
        let codes: Vec<String> = serde_json::from_str(&codes).unwrap_or_default();
        if codes.iter().any(|c| countries.contains(c.get(..3).unwrap_or(c))) {
            return Ok(Some((event, mention)));
        }
        first.get_or_insert((event, mention));
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::shuffled;

    #[test]
    fn order_zero_is_file_order_and_others_are_fixed_permutations() {
        assert_eq!(shuffled(5, 0), [0, 1, 2, 3, 4]);
        let a = shuffled(35, 3);
        assert_eq!(a, shuffled(35, 3), "the same number gives the same order");
        assert_ne!(a, shuffled(35, 4));
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..35).collect::<Vec<_>>(), "a permutation");
    }
}
