//! Segmentation scorer: token, word and sentence precision/recall/F1 of the segmenter against a
//! UD treebank, aligned exactly as the CoNLL 2018 shared task's `conll18_ud_eval.py` does.
//!
//! The raw text is rebuilt the shared-task way (sentences' `# text` joined by a space inside a
//! paragraph, a blank line before each new paragraph or document), segmented, and both sides
//! are turned into spans over the text with whitespace removed, counted in characters. Tokens
//! and sentences match when both ends match; words match by span, or inside multiword tokens by
//! the longest common subsequence of lower-cased forms.
//!
//! This module scores; it must not print (the CLI does) or tune the segmenter.

use dossier_core::{Sentence, Token};
use dossier_nlp::conllu::{self, Id, FORM};
use dossier_text::segment::Segmenter;
use serde::Serialize;

/// A span of the whitespace-free text, in characters: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

/// A syntactic word: its span (the whole token's span for a word of a multiword token), whether
/// it belongs to a multiword token, and its lower-cased form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: CharSpan,
    pub multiword: bool,
    pub form: String,
}

/// One side of the comparison: the characters, tokens, words and sentences.
#[derive(Clone, Debug, Default)]
pub struct Units {
    /// The non-whitespace characters of the text, in order.
    pub chars: Vec<char>,
    pub tokens: Vec<CharSpan>,
    pub words: Vec<Word>,
    pub sentences: Vec<CharSpan>,
}

/// Counts for one kind of unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    pub correct: usize,
    pub gold: usize,
    pub system: usize,
}

impl Prf {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        pct(self.correct, self.system)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        pct(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let d = self.gold + self.system;
        pct(2 * self.correct, d)
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

/// The three scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    pub tokens: Prf,
    pub words: Prf,
    pub sentences: Prf,
}

impl Scores {
    /// Percentages as one JSON object: `tokens_f1`, `words_f1`, `sentences_f1`, and `_p`/`_r`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for (name, s) in [
            ("tokens", self.tokens),
            ("words", self.words),
            ("sentences", self.sentences),
        ] {
            m.insert(format!("{name}_p"), round2(s.precision()).into());
            m.insert(format!("{name}_r"), round2(s.recall()).into());
            m.insert(format!("{name}_f1"), round2(s.f1()).into());
        }
        serde_json::Value::Object(m)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Why a treebank could not be scored.
#[derive(Debug)]
pub enum EvalError {
    Conllu(conllu::ConlluError),
    /// Gold and system texts differ (at this character of the whitespace-free text).
    TextMismatch {
        at: usize,
        gold: String,
        system: String,
    },
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EvalError::Conllu(e) => write!(f, "{e}"),
            EvalError::TextMismatch { at, gold, system } => {
                write!(
                    f,
                    "gold and system texts differ at character {at}: gold {gold:?}, system {system:?}"
                )
            }
        }
    }
}

impl std::error::Error for EvalError {}

/// A scored treebank: the scores and both sides, for showing errors.
#[derive(Debug)]
pub struct Evaluation {
    pub raw_text: String,
    pub gold: Units,
    pub system: Units,
    pub scores: Scores,
}

/// Rebuilds the raw text of a treebank: `# text` of each sentence, a space between sentences of
/// a paragraph, `"\n\n"` before a new paragraph (`# newpar`) or document (`# newdoc`).
pub fn raw_text(sents: &[conllu::Sentence]) -> String {
    let mut out = String::new();
    for (i, s) in sents.iter().enumerate() {
        if i > 0 {
            let new_par = s.comments.iter().any(|c| {
                let c = c.trim_start_matches('#').trim_start();
                c.starts_with("newpar") || c.starts_with("newdoc")
            });
            out.push_str(if new_par { "\n\n" } else { " " });
        }
        match s.text() {
            Some(t) => out.push_str(t),
            None => {
                // No `# text`: rebuild it from the token forms and SpaceAfter.
                let mut skip_to = 0;
                for l in &s.lines {
                    match l.id {
                        Id::Range(_, b) => skip_to = b,
                        Id::Word(w) if w <= skip_to => continue,
                        Id::Word(_) => {}
                        Id::Empty(..) => continue,
                    }
                    out.push_str(&l.cols[FORM]);
                    if l.space_after() {
                        out.push(' ');
                    }
                }
            }
        }
    }
    out
}

/// Appends the non-whitespace characters of `form` to `chars`; returns the span they take.
fn push_chars(chars: &mut Vec<char>, form: &str) -> CharSpan {
    let start = chars.len();
    chars.extend(form.chars().filter(|c| !c.is_whitespace()));
    CharSpan {
        start,
        end: chars.len(),
    }
}

/// The gold units of a treebank.
pub fn gold_units(sents: &[conllu::Sentence]) -> Units {
    let mut u = Units::default();
    for s in sents {
        let t0 = u.tokens.len();
        let mut mwt_end = 0;
        let mut mwt_span = CharSpan { start: 0, end: 0 };
        for l in &s.lines {
            match l.id {
                Id::Range(_, b) => {
                    mwt_end = b;
                    mwt_span = push_chars(&mut u.chars, &l.cols[FORM]);
                    u.tokens.push(mwt_span);
                }
                Id::Word(w) if w <= mwt_end => {
                    u.words.push(Word {
                        span: mwt_span,
                        multiword: true,
                        form: l.cols[FORM].to_lowercase(),
                    });
                }
                Id::Word(_) => {
                    let span = push_chars(&mut u.chars, &l.cols[FORM]);
                    u.tokens.push(span);
                    u.words.push(Word {
                        span,
                        multiword: false,
                        form: l.cols[FORM].to_lowercase(),
                    });
                }
                Id::Empty(..) => {}
            }
        }
        if let (Some(first), Some(last)) = (u.tokens.get(t0), u.tokens.last()) {
            u.sentences.push(CharSpan {
                start: first.start,
                end: last.end,
            });
        }
    }
    u
}

/// The system units of a segmented text.
pub fn system_units(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Units {
    // Character index (whitespace removed) of every byte offset that starts a character.
    let mut index = vec![0usize; text.len() + 1];
    let mut chars = Vec::new();
    for (b, c) in text.char_indices() {
        index[b] = chars.len();
        if !c.is_whitespace() {
            chars.push(c);
        }
    }
    index[text.len()] = chars.len();
    let at = |b: u32| index[b as usize];
    let mut u = Units {
        chars,
        ..Default::default()
    };
    for s in sentences {
        let words = &tokens[s.token_range()];
        let mut i = 0;
        while i < words.len() {
            let n = usize::from(words[i].mwt).max(1).min(words.len() - i);
            let group = &words[i..i + n];
            let span = CharSpan {
                start: at(group[0].span.start),
                end: at(group[n - 1].span.end),
            };
            u.tokens.push(span);
            for w in group {
                let own = CharSpan {
                    start: at(w.span.start),
                    end: at(w.span.end),
                };
                u.words.push(Word {
                    span: if n > 1 { span } else { own },
                    multiword: n > 1,
                    form: w.span.slice(text).to_lowercase(),
                });
            }
            i += n;
        }
        if let (Some(f), Some(l)) = (words.first(), words.last()) {
            u.sentences.push(CharSpan {
                start: at(f.span.start),
                end: at(l.span.end),
            });
        }
    }
    u
}

/// Tokens or sentences: spans match when both ends match.
pub fn spans_score(gold: &[CharSpan], system: &[CharSpan]) -> Prf {
    let (mut gi, mut si, mut correct) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].start < gold[gi].start {
            si += 1;
        } else if gold[gi].start < system[si].start {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].end == system[si].end);
            gi += 1;
            si += 1;
        }
    }
    Prf {
        correct,
        gold: gold.len(),
        system: system.len(),
    }
}

/// Number of aligned words (CoNLL 2018 word alignment).
pub fn align_words(gold: &[Word], system: &[Word]) -> usize {
    word_pairs(gold, system).len()
}

/// The CoNLL 2018 word alignment itself: `(gold word, system word)` index pairs, in order.
pub fn word_pairs(gold: &[Word], system: &[Word]) -> Vec<(usize, usize)> {
    let (mut gi, mut si) = (0, 0);
    let mut pairs = Vec::new();
    while gi < gold.len() && si < system.len() {
        if gold[gi].multiword || system[si].multiword {
            let (gs, ss, ge, se) = multiword_group(gold, system, gi, si);
            pairs.extend(
                lcs_pairs(&gold[gs..ge], &system[ss..se])
                    .into_iter()
                    .map(|(g, s)| (gs + g, ss + s)),
            );
            gi = ge;
            si = se;
        } else if gold[gi].span == system[si].span {
            pairs.push((gi, si));
            gi += 1;
            si += 1;
        } else if gold[gi].span.start <= system[si].span.start {
            gi += 1;
        } else {
            si += 1;
        }
    }
    pairs
}

/// Whether word `i` lies beyond character `end` (a multiword token counts by its start).
fn beyond(words: &[Word], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.multiword => w.span.start >= end,
        Some(w) => w.span.end > end,
    }
}

fn extend(w: &Word, end: usize) -> usize {
    if w.multiword && w.span.end > end {
        w.span.end
    } else {
        end
    }
}

/// The smallest group of gold and system words around a multiword token that both sides cover
/// completely: `(gold start, system start, gold end, system end)`.
fn multiword_group(gold: &[Word], system: &[Word], mut gi: usize, mut si: usize) -> (usize, usize, usize, usize) {
    let mut end;
    if gold[gi].multiword {
        end = gold[gi].span.end;
        if !system[si].multiword && system[si].span.start < gold[gi].span.start {
            si += 1;
        }
    } else {
        end = system[si].span.end;
        if !gold[gi].multiword && gold[gi].span.start < system[si].span.start {
            gi += 1;
        }
    }
    let (gs, ss) = (gi, si);
    while !beyond(gold, gi, end) || !beyond(system, si, end) {
        if gi < gold.len() && (si >= system.len() || gold[gi].span.start <= system[si].span.start) {
            end = extend(&gold[gi], end);
            gi += 1;
        } else {
            end = extend(&system[si], end);
            si += 1;
        }
    }
    (gs, ss, gi, si)
}

/// Words aligned inside a group: a longest common subsequence of the lower-cased forms, walked
/// greedily from the start as the reference script does. Indices are relative to the group.
fn lcs_pairs(gold: &[Word], system: &[Word]) -> Vec<(usize, usize)> {
    let (g, s) = (gold.len(), system.len());
    let mut pairs = Vec::new();
    if g == 0 || s == 0 {
        return pairs;
    }
    // lcs[i][j]: LCS length of gold[i..] and system[j..]; an extra row and column of zeros.
    let w = s + 1;
    let mut lcs = vec![0usize; (g + 1) * w];
    for i in (0..g).rev() {
        for j in (0..s).rev() {
            let mut v = if gold[i].form == system[j].form {
                1 + lcs[(i + 1) * w + j + 1]
            } else {
                0
            };
            v = v.max(lcs[(i + 1) * w + j]).max(lcs[i * w + j + 1]);
            lcs[i * w + j] = v;
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < g && j < s {
        if gold[i].form == system[j].form {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[i * w + j] == lcs[(i + 1) * w + j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// Scores system units against gold units; the texts must agree.
pub fn score(gold: &Units, system: &Units) -> Result<Scores, EvalError> {
    if gold.chars != system.chars {
        let at = gold.chars.iter().zip(&system.chars).take_while(|(a, b)| a == b).count();
        let around = |c: &[char]| {
            c[at.saturating_sub(20).min(c.len())..(at + 20).min(c.len())]
                .iter()
                .collect()
        };
        return Err(EvalError::TextMismatch {
            at,
            gold: around(&gold.chars),
            system: around(&system.chars),
        });
    }
    Ok(Scores {
        tokens: spans_score(&gold.tokens, &system.tokens),
        words: Prf {
            correct: align_words(&gold.words, &system.words),
            gold: gold.words.len(),
            system: system.words.len(),
        },
        sentences: spans_score(&gold.sentences, &system.sentences),
    })
}

/// Parses a CoNLL-U text, segments its raw text with `seg`, and scores the result.
pub fn evaluate(conllu_text: &str, seg: &Segmenter) -> Result<Evaluation, EvalError> {
    let sents = conllu::parse(conllu_text).map_err(EvalError::Conllu)?;
    evaluate_sentences(&sents, seg)
}

/// Scores the segmenter on parsed treebank sentences.
pub fn evaluate_sentences(sents: &[conllu::Sentence], seg: &Segmenter) -> Result<Evaluation, EvalError> {
    let raw_text = raw_text(sents);
    let (mut tokens, mut sentences) = (Vec::new(), Vec::new());
    seg.segment_text(&raw_text, &mut tokens, &mut sentences);
    let gold = gold_units(sents);
    let system = system_units(&raw_text, &tokens, &sentences);
    let scores = score(&gold, &system)?;
    Ok(Evaluation {
        raw_text,
        gold,
        system,
        scores,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = "# newdoc id = d1
# newpar id = d1-p1
# text = Britain's spies left.
1-2	Britain's	_	_	_	_	_	_	_	_
1	Britain	_	_	_	_	_	_	_	_
2	's	_	_	_	_	_	_	_	_
3	spies	_	_	_	_	_	_	_	_
4	left	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_

# text = They can't go.
1	They	_	_	_	_	_	_	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	go	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_

# newpar id = d1-p2
# text = Mr. Smith left
1	Mr	_	_	_	_	_	_	_	SpaceAfter=No
2	.	_	_	_	_	_	_	_	_
3	Smith	_	_	_	_	_	_	_	_
4	left	_	_	_	_	_	_	_	_

";

    fn words(spec: &[(&str, usize, usize, bool)]) -> Vec<Word> {
        spec.iter()
            .map(|&(f, start, end, multiword)| Word {
                span: CharSpan { start, end },
                multiword,
                form: f.to_string(),
            })
            .collect()
    }

    #[test]
    fn raw_text_joins_sentences_and_paragraphs() {
        let sents = conllu::parse(GOLD).unwrap();
        assert_eq!(
            raw_text(&sents),
            "Britain's spies left. They can't go.\n\nMr. Smith left"
        );
    }

    #[test]
    fn perfect_on_the_first_paragraph() {
        let first: String = GOLD.split("# newpar id = d1-p2").next().unwrap().to_string();
        let ev = evaluate(&first, &Segmenter::new()).unwrap();
        let s = ev.scores;
        assert_eq!(
            s.tokens,
            Prf {
                correct: 8,
                gold: 8,
                system: 8
            }
        );
        assert_eq!(
            s.words,
            Prf {
                correct: 10,
                gold: 10,
                system: 10
            }
        );
        assert_eq!(
            s.sentences,
            Prf {
                correct: 2,
                gold: 2,
                system: 2
            }
        );
        assert_eq!(s.tokens.f1(), 100.0);
        let j = s.to_json();
        assert_eq!(j["tokens_f1"], 100.0);
        assert_eq!(j["words_f1"], 100.0);
        assert_eq!(j["sentences_f1"], 100.0);
    }

    #[test]
    fn imperfect_when_gold_splits_an_abbreviation() {
        // Gold splits "Mr" "." where the segmenter keeps "Mr." whole.
        let ev = evaluate(GOLD, &Segmenter::new()).unwrap();
        let s = ev.scores;
        assert_eq!(
            s.tokens,
            Prf {
                correct: 8 + 2,
                gold: 12,
                system: 11
            }
        );
        assert_eq!(
            s.words,
            Prf {
                correct: 10 + 2,
                gold: 14,
                system: 13
            }
        );
        assert_eq!(
            s.sentences,
            Prf {
                correct: 3,
                gold: 3,
                system: 3
            }
        );
        assert!((s.tokens.precision() - 100.0 * 10.0 / 11.0).abs() < 1e-9);
        assert!((s.tokens.recall() - 100.0 * 10.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn multiword_words_align_by_lcs() {
        // "Britain's" as one gold MWT; the system splits it into the same two words.
        let g = words(&[("britain", 0, 9, true), ("'s", 0, 9, true), ("spies", 9, 14, false)]);
        let s = words(&[("britain", 0, 9, true), ("'s", 0, 9, true), ("spies", 9, 14, false)]);
        assert_eq!(align_words(&g, &s), 3);
        // The system splits it wrongly ("britai" + "n's"): only "spies" aligns.
        let s = words(&[("britai", 0, 9, true), ("n's", 0, 9, true), ("spies", 9, 14, false)]);
        assert_eq!(align_words(&g, &s), 1);
        // The system does not split it: the token is one word, none of the gold words.
        let s = words(&[("britain's", 0, 9, false), ("spies", 9, 14, false)]);
        assert_eq!(align_words(&g, &s), 1);
        // Gold "cannot" = can + not; system "can" + "not" as two plain tokens: LCS aligns both.
        let g = words(&[("can", 0, 6, true), ("not", 0, 6, true)]);
        let s = words(&[("can", 0, 3, false), ("not", 3, 6, false)]);
        assert_eq!(align_words(&g, &s), 2);
    }

    #[test]
    fn spans_need_both_ends() {
        let sp = |a, b| CharSpan { start: a, end: b };
        let g = [sp(0, 2), sp(2, 3), sp(3, 8)];
        let s = [sp(0, 3), sp(3, 8)];
        assert_eq!(
            spans_score(&g, &s),
            Prf {
                correct: 1,
                gold: 3,
                system: 2
            }
        );
    }

    #[test]
    fn text_mismatch_is_an_error() {
        let sents = conllu::parse(GOLD).unwrap();
        let gold = gold_units(&sents);
        let mut system = gold.clone();
        system.chars[3] = 'X';
        assert!(matches!(
            score(&gold, &system),
            Err(EvalError::TextMismatch { at: 3, .. })
        ));
    }
}
