//! Quotations across sentences: where the words of a sentence inside a quotation are
//! attributed when the sentence itself names no speaker.
//!
//! - A quotation opened in one sentence and closed in a later one ("“ABW agents have detained a
//!   Spanish citizen… He has been identified as an agent,” the agency said.") is attributed
//!   where it closes, else where it opens ("The ministry said: “…").
//! - A sentence that is a quotation of its own, with no speaker, right after a quotation that
//!   had one ("…,” the ministry said. “At his urging, she agreed.”) continues that speaker.
//!
//! Quote marks are read from the tokens: “ « „ open, ” » close, a straight `"` toggles. Single
//! quotes are left alone (they are apostrophes as often as quotes). Nothing here decides a
//! status; it only says which word of which sentence to look for a speaker from.

use crate::sent::Sent;
use dossier_core::Document;

/// Where a quoted sentence's words are attributed: look for the reporting source over word
/// `word` of sentence `sentence`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSource {
    pub sentence: usize,
    pub word: usize,
}

/// Per sentence: the quoted words' range (sentence-relative words) and where they are
/// attributed, for sentences whose quotation has no speaker of its own.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    pub per_sentence: Vec<Option<(std::ops::Range<usize>, Vec<QuoteSource>)>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Toggle,
}

fn mark(form: &str) -> Option<Mark> {
    match form {
        "“" | "«" | "„" | "``" => Some(Mark::Open),
        "”" | "»" | "''" => Some(Mark::Close),
        "\"" => Some(Mark::Toggle),
        _ => None,
    }
}

impl Quotes {
    /// Reads the quotation marks of a whole document.
    pub fn of(doc: &Document) -> Quotes {
        let n = doc.sentences.len();
        let mut per_sentence: Vec<Option<(std::ops::Range<usize>, Vec<QuoteSource>)>> = vec![None; n];
        // The open quotation: (sentence, word after the mark).
        let mut open: Option<(usize, usize)> = None;
        // Where the quotation that closed last is attributed: (its sentence, candidates).
        let mut last_closed: Option<(usize, Vec<QuoteSource>)> = None;
        for si in 0..n {
            let toks = &doc.tokens[doc.sentences[si].token_range()];
            let len = toks.len();
            let started_inside = open.is_some();
            let closed_before = last_closed.clone();
            let mut spans: Vec<(usize, usize)> = Vec::new(); // quoted ranges closed in this sentence
            let mut start_here: Option<usize> = if started_inside { Some(0) } else { None };
            for (t, tok) in toks.iter().enumerate() {
                // The raw mark: the tokeniser normalises curly quotes to a straight one.
                let m = mark(doc.slice(tok.span));
                let opening = matches!(m, Some(Mark::Open)) || (m == Some(Mark::Toggle) && open.is_none());
                let closing = matches!(m, Some(Mark::Close)) || (m == Some(Mark::Toggle) && open.is_some());
                if opening && open.is_none() {
                    open = Some((si, t + 1));
                    start_here = Some(t + 1);
                } else if closing && open.is_some() {
                    let (os, ow) = open.take().unwrap_or((si, 0));
                    let from = start_here.take().unwrap_or(0);
                    spans.push((from, t));
                    if os < si {
                        // Spanned sentences: every sentence from `os` to here is attributed
                        // here (the word before the close), else where it opened.
                        let sources = vec![
                            QuoteSource {
                                sentence: si,
                                word: word_before(toks, t),
                            },
                            QuoteSource {
                                sentence: os,
                                word: ow.min(len_of(doc, os).saturating_sub(1)),
                            },
                        ];
                        for (k, slot) in per_sentence.iter_mut().enumerate().take(si + 1).skip(os) {
                            let range = if k == si {
                                0..t
                            } else if k == os {
                                ow..len_of(doc, os)
                            } else {
                                0..len_of(doc, k)
                            };
                            *slot = Some((range, sources.clone()));
                        }
                    }
                    let mut here = vec![QuoteSource {
                        sentence: si,
                        word: word_before(toks, t),
                    }];
                    if let Some((_, earlier)) = &per_sentence[si] {
                        here.extend(earlier.iter().copied().filter(|q| q.sentence != si));
                    }
                    last_closed = Some((si, here));
                }
            }
            // A sentence that is one quotation with nothing outside it continues the speaker of
            // the quotation just before it.
            let whole = spans.len() == 1 && spans[0].0 <= 1 && spans[0].1 + 2 >= len && !started_inside;
            if whole && per_sentence[si].is_none() {
                if let Some((_, before)) = closed_before.as_ref().filter(|(ps, _)| *ps + 1 == si) {
                    let before = before.clone();
                    per_sentence[si] = Some((spans[0].0..spans[0].1, before.clone()));
                    // A run of such sentences keeps the same speaker.
                    let mut here = vec![QuoteSource {
                        sentence: si,
                        word: word_before(toks, spans[0].1),
                    }];
                    here.extend(before);
                    last_closed = Some((si, here));
                }
            }
        }
        Quotes { per_sentence }
    }

    /// Where word `w` of sentence `si` is attributed, if it lies in a quotation that names its
    /// speaker elsewhere.
    pub fn sources(&self, si: usize, w: usize) -> &[QuoteSource] {
        match self.per_sentence.get(si) {
            Some(Some((range, src))) if range.contains(&w) => src,
            _ => &[],
        }
    }

    /// The sentences word `w` of sentence `si` is attributed in ([`Quotes::sources`]), each
    /// read, with the word to look for the reporting source over.
    pub fn attributed<'q, 'd: 'q>(
        &'q self,
        doc: &'d Document,
        si: usize,
        w: usize,
    ) -> impl Iterator<Item = (Sent<'d>, usize)> + 'q {
        self.sources(si, w)
            .iter()
            .map(move |q| (Sent::new(doc, q.sentence), q.word))
    }
}

/// The last word before token `t` that is not punctuation (the quoted clause's own word: in
/// "agreed,” the ministry said" the comma hangs on "said").
fn word_before(toks: &[dossier_core::Token], t: usize) -> usize {
    (0..t)
        .rev()
        .find(|&k| toks[k].analysis.upos != "PUNCT")
        .unwrap_or(t.saturating_sub(1))
}

fn len_of(doc: &Document, si: usize) -> usize {
    doc.sentences[si].token_range().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Quotes {
        let mut doc = Document::new("t", text);
        crate::test_pipeline().run(&mut doc).unwrap();
        Quotes::of(&doc)
    }

    #[test]
    fn a_bare_quotation_continues_the_speaker_before_it() {
        let q = quotes("“She finally agreed,” the Chinese ministry said in a statement.\n“At his urging, a Chinese engineer agreed to gather secrets.”");
        assert!(q.per_sentence[0].is_none(), "{q:?}");
        let (range, src) = q.per_sentence[1].clone().expect("attributed");
        assert_eq!(range.start, 1, "{q:?}");
        assert_eq!(src[0].sentence, 0);
    }

    #[test]
    fn a_quotation_across_sentences_is_attributed_where_it_closes() {
        let q = quotes("Iran said: “Two French nationals were arrested in Tehran. They had been spying for Mossad,” the ministry added.");
        let (_, src) = q.per_sentence[0].clone().expect("attributed");
        assert_eq!(src[0].sentence, 1);
        assert_eq!(src[1].sentence, 0);
        assert!(q.per_sentence[1].is_some());
    }
}
