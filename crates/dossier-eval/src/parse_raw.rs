//! Scoring an analysis of **raw text** against a treebank, as the CoNLL 2018 shared task does:
//! system words are aligned to gold words with the segmentation scorer's word alignment
//! ([`crate::segment::word_pairs`]); each metric is an F1 over gold and system words, where a
//! system word counts when it is aligned and its value (or, for UAS/LAS, its head's aligned
//! gold word) is right. This module scores; it does not segment or analyse.

use crate::segment::{gold_units, system_units, word_pairs};
use dossier_core::Document;
use dossier_nlp::conllu::Sentence;
use serde::Serialize;

/// Counts of correct aligned words per metric, with the word totals of each side.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RawScore {
    pub gold_words: usize,
    pub system_words: usize,
    pub aligned: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

impl RawScore {
    /// F1 of a count, as a percentage.
    pub fn f1(&self, correct: usize) -> f64 {
        let d = self.gold_words + self.system_words;
        if d == 0 {
            0.0
        } else {
            200.0 * correct as f64 / d as f64
        }
    }
}

/// One word of either side, with its head as a global word index (`None` for the root).
struct W {
    upos: String,
    xpos: String,
    lemma: String,
    head: Option<usize>,
    deprel: String,
}

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or("")
}

/// Scores the analysed `doc` (its text is the treebank's raw text) against `gold`.
pub fn score_raw(gold: &[Sentence], doc: &Document) -> RawScore {
    let mut g = Vec::new();
    for s in gold {
        let base = g.len();
        for w in s.words() {
            let head = w.head().and_then(|h| (h > 0).then(|| base + h as usize - 1));
            g.push(W {
                upos: w.upos().into(),
                xpos: w.xpos().into(),
                lemma: w.lemma().into(),
                head,
                deprel: w.deprel().into(),
            });
        }
    }
    let mut sys = Vec::new();
    for s in &doc.sentences {
        let base = s.tokens.start as usize;
        for t in &doc.tokens[s.token_range()] {
            let a = &t.analysis;
            let form = t.form(&doc.text);
            sys.push(W {
                upos: a.upos.into(),
                xpos: a.xpos.into(),
                lemma: a.lemma(&form).map(|l| l.into_owned()).unwrap_or_default(),
                head: (a.head > 0).then(|| base + a.head as usize - 1),
                deprel: a.deprel.into(),
            });
        }
    }
    let gu = gold_units(gold);
    let su = system_units(&doc.text, &doc.tokens, &doc.sentences);
    let pairs = word_pairs(&gu.words, &su.words);
    let mut gold_of = vec![None; sys.len()];
    for &(gi, si) in &pairs {
        gold_of[si] = Some(gi);
    }
    let mut r = RawScore {
        gold_words: g.len(),
        system_words: sys.len(),
        aligned: pairs.len(),
        ..Default::default()
    };
    for &(gi, si) in &pairs {
        let (gw, sw) = (&g[gi], &sys[si]);
        r.upos += (gw.upos == sw.upos) as usize;
        r.xpos += (gw.xpos == sw.xpos) as usize;
        r.lemma += (gw.lemma == sw.lemma || gw.lemma == "_") as usize;
        let head = match (gw.head, sw.head) {
            (None, None) => true,
            (Some(gh), Some(sh)) => gold_of[sh] == Some(gh),
            _ => false,
        };
        r.uas += head as usize;
        r.las += (head && universal(&gw.deprel) == universal(&sw.deprel)) as usize;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_nlp::conllu;
    use dossier_text::segment::Segmenter;

    const GOLD: &str = "# text = Spies left.\n1\tSpies\tspy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    fn segmented(gold: &[Sentence]) -> Document {
        let mut doc = Document::new("t", String::new());
        doc.text = crate::segment::raw_text(gold);
        Segmenter::new().segment(&mut doc);
        doc
    }

    #[test]
    fn a_perfect_analysis_scores_100_and_a_wrong_head_costs_one_word() {
        let gold = conllu::parse(GOLD).unwrap();
        let mut doc = segmented(&gold);
        assert_eq!(doc.tokens.len(), 3);
        let heads = [(2, "nsubj", "NOUN"), (0, "root", "VERB"), (2, "punct", "PUNCT")];
        for (t, (h, rel, upos)) in doc.tokens.iter_mut().zip(heads) {
            t.analysis.head = h;
            t.analysis.deprel = rel;
            t.analysis.upos = upos;
        }
        let r = score_raw(&gold, &doc);
        assert_eq!((r.aligned, r.uas, r.las, r.upos), (3, 3, 3, 3));
        assert_eq!(r.f1(r.las), 100.0);
        doc.tokens[2].analysis.head = 1;
        let r = score_raw(&gold, &doc);
        assert_eq!((r.uas, r.las), (2, 2));
    }
}
