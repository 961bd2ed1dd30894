//! The `analyse` stage: tagger → lemmatiser/FEATS → parser on every sentence of a Document.
//!
//! Reads `doc.sentences` and `doc.tokens` (from `segment`) and fills each token's
//! [`Analysis`]. Per document it allocates a few buffers, reused for every sentence; nothing is
//! allocated per word. Also converts an analysed document to CoNLL-U sentences
//! ([`to_conllu`]), which printers and scorers share.
//!
//! What it must not do: re-tokenise, change spans, or format output.

use crate::conllu;
use crate::models::{self, LoadError};
use crate::parser::{self, Arc, ParseWord, ParserModel};
use crate::tagger::{self, Tagged, Tagger};
use dossier_core::analysis::{Analysis, Lemma};
use dossier_core::{Document, Stage, StageError};

/// The stage. Cheap to copy: it holds references to models loaded once per process.
#[derive(Clone, Copy)]
pub struct Analyse {
    tagger: &'static Tagger,
    parser: Option<&'static ParserModel>,
}

/// Buffers reused across the sentences of a document.
#[derive(Default)]
struct Buffers {
    tag: tagger::Scratch,
    parse: parser::Scratch,
    tagged: Vec<Tagged<'static>>,
    lemmas: String,
    lemma_ends: Vec<usize>,
    arcs: Vec<Arc>,
    /// The Penn tags of the current sentence, for the attribution-tail check.
    xpos: Vec<&'static str>,
    /// Tags changed only to guide the parser (`tag_repairs::parse_hints`), with the tagger's
    /// own reading, restored once the sentence is parsed.
    hints: Vec<(usize, Tagged<'static>)>,
    /// Per word: whether it follows the word before with no space ("Jae-in").
    joined: Vec<bool>,
}

impl Analyse {
    /// A stage with the given models; without a parser, heads stay 0 and relations empty.
    pub fn new(tagger: &'static Tagger, parser: Option<&'static ParserModel>) -> Analyse {
        Analyse { tagger, parser }
    }

    /// The stage with the built-in models (loaded on first use, once per process; the two
    /// models are decompressed in parallel).
    pub fn embedded() -> Result<Analyse, LoadError> {
        let (tagger, parser) = std::thread::scope(|s| {
            let parser = s.spawn(models::parser);
            (models::tagger(), parser.join())
        });
        let parser = parser.unwrap_or_else(|_| models::parser());
        Ok(Analyse::new(tagger?, Some(parser?)))
    }

    /// Analyses one sentence given as forms: tags and lemma edits into `b.tagged`, lemmas into
    /// `b.lemmas`, arcs into `b.arcs`.
    fn sentence(&self, b: &mut Buffers, forms: &[&str]) {
        self.tag(b, forms);
        b.arcs = self.parse_range(b, forms, 0..forms.len());
        repair_arcs(b, forms);
        Self::restore_hints(b, forms);
    }

    /// Tags and lemmatises one sentence into `b.tagged`, `b.lemmas`, `b.lemma_ends`.
    fn tag(&self, b: &mut Buffers, forms: &[&str]) {
        self.tagger.analyse(&mut b.tag, forms, &mut b.tagged);
        let mut repaired = crate::tag_repairs::repair(forms, &mut b.tagged);
        repaired |= crate::name_tags::repair(forms, &b.joined, &mut b.tagged);
        b.hints.clear();
        crate::tag_repairs::parse_hints(forms, &mut b.tagged, &mut b.hints);
        if repaired || !b.hints.is_empty() {
            let mut buf = String::new();
            for (t, form) in b.tagged.iter_mut().zip(forms) {
                t.lemma = self.tagger.lemmatiser.edit(form, t.xpos, &mut buf);
            }
        }
        fill_lemmas(b, forms);
    }

    /// Puts back the tagger's own tags where `tag` changed them only for the parser.
    fn restore_hints(b: &mut Buffers, forms: &[&str]) {
        if b.hints.is_empty() {
            return;
        }
        for (i, t) in b.hints.drain(..) {
            b.tagged[i] = t;
        }
        fill_lemmas(b, forms);
    }
}

/// Lemmas of `b.tagged` into `b.lemmas` and `b.lemma_ends`.
fn fill_lemmas(b: &mut Buffers, forms: &[&str]) {
    b.lemmas.clear();
    b.lemma_ends.clear();
    for (t, form) in b.tagged.iter().zip(forms) {
        match t.lemma {
            Some(e) => e.apply_into(form, &mut b.lemmas),
            None => b.lemmas.push_str(form),
        }
        b.lemma_ends.push(b.lemmas.len());
    }
}

impl Analyse {
    /// Parses words `range` on their own; arcs use 1-based heads within the whole sentence.
    /// A name's gloss in another script ("Sun Wei (孫緯)") is left out of the parse, which the
    /// unknown letters derail, and hung on the word before it as an apposition.
    fn parse_range(&self, b: &mut Buffers, forms: &[&str], range: std::ops::Range<usize>) -> Vec<Arc> {
        let Some(p) = self.parser else { return Vec::new() };
        let glosses = glosses(forms, range.clone());
        let kept: Vec<usize> = range
            .clone()
            .filter(|i| !glosses.iter().any(|g| g.contains(i)))
            .collect();
        let words: Vec<ParseWord> = kept
            .iter()
            .map(|&i| {
                let start = if i == 0 { 0 } else { b.lemma_ends[i - 1] };
                ParseWord {
                    form: forms[i],
                    lemma: &b.lemmas[start..b.lemma_ends[i]],
                    upos: b.tagged[i].upos,
                    xpos: b.tagged[i].xpos,
                }
            })
            .collect();
        let mut parsed = Vec::new();
        p.parse_with(&mut b.parse, &words, &mut parsed);
        let mut arcs: Vec<Arc> = range
            .clone()
            .map(|_| Arc {
                head: 0,
                deprel: "punct",
            })
            .collect();
        for (&i, a) in kept.iter().zip(parsed) {
            let head = if a.head == 0 {
                0
            } else {
                kept[a.head as usize - 1] as u32 + 1
            };
            arcs[i - range.start] = Arc { head, deprel: a.deprel };
        }
        for g in glosses {
            // "(" X … ")": X on the word before the parenthesis, the rest on X.
            let first = g.start + 1;
            for i in g.clone() {
                arcs[i - range.start] = if i == first {
                    Arc {
                        head: g.start as u32,
                        deprel: "appos",
                    }
                } else if i == g.start || i + 1 == g.end {
                    Arc {
                        head: first as u32 + 1,
                        deprel: "punct",
                    }
                } else {
                    Arc {
                        head: first as u32 + 1,
                        deprel: "flat",
                    }
                };
            }
        }
        arcs
    }

    /// Parses a news sentence in pieces when it opens with a dateline ("MOSCOW (Reuters) –")
    /// or ends with an attribution tail (", the ministry said."): the reported clause alone, the
    /// tail alone; the dateline's first word hangs on the clause's root as `dep` (its other words
    /// on its first), the tail's verb as `parataxis`, the tail's comma on the tail's verb.
    fn parse_news(&self, b: &mut Buffers, forms: &[&str], dateline: usize, tail: Option<usize>) {
        if self.parser.is_none() {
            return;
        }
        let n = forms.len();
        let main_end = tail.unwrap_or(n);
        let mut main = self.parse_range(b, forms, dateline..main_end);
        let Some(root) = main.iter().position(|a| a.head == 0).map(|r| (r + dateline + 1) as u32) else {
            return;
        };
        let mut arcs: Vec<Arc> = Vec::with_capacity(n);
        for i in 0..dateline {
            let punct = b.tagged[i].upos == "PUNCT";
            arcs.push(Arc {
                head: if i == 0 { root } else { 1 },
                deprel: if i == 0 {
                    "dep"
                } else if punct {
                    "punct"
                } else {
                    "flat"
                },
            });
        }
        arcs.append(&mut main);
        if let Some(c) = tail {
            // The tail: from after the comma to the end, less the sentence's final punctuation.
            let mut end = n;
            while end > c + 1 && matches!(forms[end - 1], "." | "!" | "?") {
                end -= 1;
            }
            let mut t = self.parse_range(b, forms, c + 1..end);
            let Some(troot) = t.iter().position(|a| a.head == 0).map(|r| (r + c + 2) as u32) else {
                return;
            };
            for a in &mut t {
                if a.head == 0 {
                    a.head = root;
                    a.deprel = "parataxis";
                }
            }
            arcs.push(Arc {
                head: troot,
                deprel: "punct",
            });
            arcs.append(&mut t);
            for _ in end..n {
                arcs.push(Arc {
                    head: root,
                    deprel: "punct",
                });
            }
        }
        if arcs.len() == n {
            b.arcs = arcs;
        }
    }
}

/// The glosses in `range`: "(", one to three words of letters in another script, ")", right
/// after a word of the range (the name glossed).
fn glosses(forms: &[&str], range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut i = range.start + 1;
    while i < range.end {
        if forms[i] == "(" {
            let mut k = i + 1;
            while k < range.end && k - i <= 3 && crate::name_tags::other_script(forms[k]) {
                k += 1;
            }
            if k > i + 1 && k < range.end && forms[k] == ")" {
                found.push(i..k + 1);
                i = k + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The arc repairs (`crate::arc_repairs`) on the sentence in `b`.
fn repair_arcs(b: &mut Buffers, forms: &[&str]) {
    let mut start = 0;
    let lemmas: Vec<&str> = b
        .lemma_ends
        .iter()
        .map(|&end| {
            let l = &b.lemmas[start..end];
            start = end;
            l
        })
        .collect();
    crate::arc_repairs::repair(forms, &lemmas, &b.tagged, &mut b.arcs);
}

impl Analyse {
    /// Analyses CoNLL-U sentences on their own (gold) words, replacing UPOS, XPOS, FEATS,
    /// LEMMA, HEAD and DEPREL (HEAD/DEPREL only with a parser). Returns the number of words.
    pub fn analyse_conllu(&self, sents: &mut [conllu::Sentence]) -> usize {
        let mut b = Buffers::default();
        let mut n = 0;
        for sent in sents {
            let (tagged, lemmas, arcs) = {
                let forms: Vec<&str> = sent.words().map(|w| w.form()).collect();
                b.joined.clear();
                let mut after_no_space = false;
                for w in sent.words() {
                    b.joined.push(after_no_space);
                    after_no_space = w.cols[conllu::MISC].contains("SpaceAfter=No");
                }
                self.sentence(&mut b, &forms);
                (b.tagged.clone(), std::mem::take(&mut b.lemmas), b.arcs.clone())
            };
            let mut start = 0;
            for (i, w) in sent.words_mut().enumerate() {
                let t = &tagged[i];
                let u = |x: &str| if x.is_empty() { "_".to_string() } else { x.to_string() };
                w.cols[conllu::UPOS] = u(t.upos);
                w.cols[conllu::XPOS] = u(t.xpos);
                w.cols[conllu::FEATS] = u(t.feats);
                w.cols[conllu::LEMMA] = u(&lemmas[start..b.lemma_ends[i]]);
                start = b.lemma_ends[i];
                let (head, deprel) = arcs
                    .get(i)
                    .map_or(("_".into(), "_"), |a| (a.head.to_string(), a.deprel));
                w.cols[conllu::HEAD] = head;
                w.cols[conllu::DEPREL] = deprel.to_string();
                n += 1;
            }
            b.lemmas = lemmas;
        }
        n
    }
}

impl Stage for Analyse {
    fn name(&self) -> &'static str {
        "analyse"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut b = Buffers::default();
        let mut out: Vec<Analysis> = Vec::with_capacity(doc.tokens.len());
        {
            let mut forms: Vec<&str> = Vec::new();
            for (si, s) in doc.sentences.iter().enumerate() {
                let toks = doc.tokens.get(s.token_range()).ok_or_else(|| {
                    StageError::new("analyse", format!("{}: sentence token range out of bounds", doc.id))
                })?;
                forms.clear();
                b.joined.clear();
                for (k, t) in toks.iter().enumerate() {
                    b.joined.push(k > 0 && toks[k - 1].span.end == t.span.start);
                    let form = match &t.norm {
                        Some(n) => &**n,
                        None => doc.text.get(t.span.range()).unwrap_or(""),
                    };
                    forms.push(form);
                }
                self.tag(&mut b, &forms);
                let dateline = if si == 0 { crate::dateline::len(&forms) } else { 0 };
                b.xpos.clear();
                b.xpos.extend(b.tagged.iter().map(|t| t.xpos));
                let tail = crate::attribution::tail_comma(&forms, &b.xpos).filter(|&c| c > dateline + 3);
                b.arcs.clear();
                if dateline > 0 || tail.is_some() {
                    self.parse_news(&mut b, &forms, dateline, tail);
                }
                if b.arcs.len() != forms.len() {
                    b.arcs = self.parse_range(&mut b, &forms, 0..forms.len());
                }
                repair_arcs(&mut b, &forms);
                Self::restore_hints(&mut b, &forms);
                for (i, t) in b.tagged.iter().enumerate() {
                    let lemma = match t.lemma {
                        Some(e) => Lemma::Edit {
                            lower: e.lower,
                            strip: e.strip,
                            append: &e.append,
                        },
                        None => Lemma::Edit {
                            lower: false,
                            strip: 0,
                            append: "",
                        },
                    };
                    let arc = b.arcs.get(i);
                    out.push(Analysis {
                        upos: t.upos,
                        xpos: t.xpos,
                        lemma,
                        feats: t.feats,
                        head: arc.map_or(0, |a| a.head),
                        deprel: arc.map_or("", |a| a.deprel),
                    });
                }
            }
        }
        let ranges: Vec<_> = doc.sentences.iter().map(|s| s.token_range()).collect();
        let mut it = out.into_iter();
        for r in ranges {
            for t in &mut doc.tokens[r] {
                t.analysis = it.next().unwrap_or_default();
            }
        }
        Ok(())
    }
}

/// An analysed document as CoNLL-U sentences: `# sent_id = ID-N`, `# text = …`, one line per
/// word (surface form; lemma from the analysis form), a range line for each multiword token,
/// `SpaceAfter=No` where no space follows.
pub fn to_conllu(doc: &Document) -> Vec<conllu::Sentence> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    for (si, s) in doc.sentences.iter().enumerate() {
        let mut sent = conllu::Sentence::default();
        if si == 0 {
            sent.comments.push(format!("# newdoc id = {}", doc.id));
        }
        sent.comments.push(format!("# sent_id = {}-{}", doc.id, si + 1));
        let text = doc.slice(s.span).replace(['\n', '\r'], " ");
        sent.comments.push(format!("# text = {text}"));
        let toks = doc.tokens.get(s.token_range()).unwrap_or(&[]);
        for (i, t) in toks.iter().enumerate() {
            let id = i as u32 + 1;
            if t.mwt >= 2 {
                let last = (i + t.mwt as usize - 1).min(toks.len() - 1);
                let span = dossier_core::Span {
                    start: t.span.start,
                    end: toks[last].span.end,
                };
                let mut line = conllu::Line::word(id, doc.slice(span), "_", "_", "_", "_");
                line.id = conllu::Id::Range(id, last as u32 + 1);
                line.cols[0] = format!("{id}-{}", last + 1);
                if !toks[last].space_after {
                    line.cols[conllu::MISC] = "SpaceAfter=No".into();
                }
                sent.lines.push(line);
            }
            let a = &t.analysis;
            let form = t.form(&doc.text);
            let lemma = a.lemma(&form).map(|l| l.into_owned()).unwrap_or_default();
            let mut line = conllu::Line::word(id, doc.slice(t.span), &lemma, a.upos, a.xpos, a.feats);
            if !a.deprel.is_empty() {
                line.cols[conllu::HEAD] = a.head.to_string();
                line.cols[conllu::DEPREL] = a.deprel.to_string();
            }
            let in_mwt = toks[..i]
                .iter()
                .enumerate()
                .any(|(j, p)| p.mwt >= 2 && j + p.mwt as usize > i);
            if !t.space_after && t.mwt < 2 && !in_mwt {
                line.cols[conllu::MISC] = "SpaceAfter=No".into();
            }
            sent.lines.push(line);
        }
        out.push(sent);
    }
    out
}
