//! Scoring tags, lemmas and dependencies against a UD treebank (CoNLL 2018 shared task style).
//!
//! [`score`] compares two analyses of the same words (gold tokenisation): UPOS, XPOS, FEATS,
//! LEMMA accuracy and UAS/LAS over all words, punctuation included. [`Score::las`] compares the
//! universal relation (the part before `:`), as the CoNLL 2018 evaluation script does;
//! [`Score::las_full`] also requires the subtype (`nmod:poss`) to match.
//!
//! What it must not do: run models (callers pass predicted sentences) or read files.

use dossier_nlp::conllu::Sentence;
use serde::Serialize;

/// Counts of words and of correct columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub feats: usize,
    pub lemma: usize,
    pub heads: usize,
    pub labelled: usize,
    /// Head right and universal relation (before `:`) right.
    pub labelled_universal: usize,
}

fn pct(k: usize, n: usize) -> f64 {
    100.0 * k as f64 / n.max(1) as f64
}

impl Score {
    pub fn upos_pct(&self) -> f64 {
        pct(self.upos, self.words)
    }
    pub fn xpos_pct(&self) -> f64 {
        pct(self.xpos, self.words)
    }
    pub fn feats_pct(&self) -> f64 {
        pct(self.feats, self.words)
    }
    pub fn lemma_pct(&self) -> f64 {
        pct(self.lemma, self.words)
    }
    pub fn uas(&self) -> f64 {
        pct(self.heads, self.words)
    }
    /// LAS as CoNLL 2018 counts it: head and universal relation right.
    pub fn las(&self) -> f64 {
        pct(self.labelled_universal, self.words)
    }
    /// LAS with full relations, subtypes included.
    pub fn las_full(&self) -> f64 {
        pct(self.labelled, self.words)
    }

    /// Adds the comparison of one predicted word with one gold word.
    pub fn add(&mut self, gold: &dossier_nlp::conllu::Line, pred: &dossier_nlp::conllu::Line) {
        let univ = |s: &str| s.split(':').next().unwrap_or("").to_string();
        self.words += 1;
        self.upos += (gold.upos() == pred.upos()) as usize;
        self.xpos += (gold.xpos() == pred.xpos()) as usize;
        self.feats += (gold.feats() == pred.feats()) as usize;
        self.lemma += (gold.lemma() == pred.lemma() || gold.lemma() == "_") as usize;
        let head = gold.head().is_some() && gold.head() == pred.head();
        self.heads += head as usize;
        self.labelled += (head && gold.deprel() == pred.deprel()) as usize;
        self.labelled_universal += (head && univ(gold.deprel()) == univ(pred.deprel())) as usize;
    }
}

/// Scores `pred` against `gold`, sentence by sentence and word by word (same tokenisation).
/// Returns an error naming the first sentence whose word count differs.
pub fn score(gold: &[Sentence], pred: &[Sentence]) -> Result<Score, String> {
    if gold.len() != pred.len() {
        return Err(format!("{} gold sentences but {} predicted", gold.len(), pred.len()));
    }
    let mut s = Score::default();
    for (i, (g, p)) in gold.iter().zip(pred).enumerate() {
        if g.len() != p.len() {
            let id = g.sent_id().unwrap_or("?");
            return Err(format!(
                "sentence {} ({id}): {} gold words, {} predicted",
                i + 1,
                g.len(),
                p.len()
            ));
        }
        for (gw, pw) in g.words().zip(p.words()) {
            s.add(gw, pw);
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_nlp::conllu;

    #[test]
    fn counts_columns() {
        let gold = conllu::parse(
            "1\tSpies\tspy\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n",
        )
        .unwrap();
        let pred = conllu::parse(
            "1\tSpies\tspies\tNOUN\tNNS\tNumber=Plur\t2\tnsubj:pass\t_\t_\n2\tleft\tleave\tADJ\tJJ\t_\t0\troot\t_\t_\n\n",
        )
        .unwrap();
        let s = score(&gold, &pred).unwrap();
        assert_eq!(
            (
                s.words,
                s.upos,
                s.xpos,
                s.lemma,
                s.heads,
                s.labelled,
                s.labelled_universal
            ),
            (2, 1, 1, 1, 2, 1, 2)
        );
        assert_eq!(s.uas(), 100.0);
        assert_eq!(s.las_full(), 50.0);
        assert_eq!(s.las(), 100.0);
        assert!(score(&gold, &[]).is_err());
    }
}
