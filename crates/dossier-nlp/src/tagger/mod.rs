//! Part-of-speech tagger: UPOS and Penn XPOS predicted jointly, plus FEATS and lemma lookup.
//!
//! Greedy left-to-right averaged perceptron over hashed features ([`features`]): one class per
//! (UPOS, XPOS) pair seen in training (about 100 for EWT), so the two tags never disagree.
//! Frequent unambiguous words are tagged from a dictionary without scoring. Besides the word,
//! its affixes, shape and neighbours, the features include the word clusters and vector tag
//! guesses of [`crate::clusters`] (+0.3 on dev). The shipped first pass is the weight mean of
//! four models trained with different seeds (`train::TrainConfig::seeds`, +0.12 UPOS and XPOS
//! on dev). A light second pass then re-tags the words the first pass was least sure of, from
//! the first pass's tags on both sides ([`features::Context::second_pass_features`]; +0.08 and
//! +0.11 joint accuracy on dev for two training seeds). A [`Tagger`] also holds the
//! [`Lemmatiser`] and the [`Feats`] table, because the three are trained together and
//! shipped as one model file (`data/models/tagger.bin.zst`).
//!
//! # For the parser
//! To train or evaluate on predicted tags, call [`Tagger::retag`] on CoNLL-U sentences (it
//! rewrites UPOS, XPOS, FEATS and LEMMA), or [`Tagger::tag`] on a sentence's forms, or
//! [`train::jackknife`] for k-fold predicted tags on the training set itself.
//!
//! What it must not do: tokenise, parse, or allocate per word when tagging (all buffers live
//! in a reused [`Scratch`]).

pub mod feats;
pub mod features;
pub mod train;

use crate::binio::{self, FormatError, Reader, Writer};
use crate::clusters::Clusters;
use crate::conllu;
use crate::lemma::{Edit, Lemmatiser};
use crate::perceptron::{IdMap, Model};
pub use feats::Feats;
use features::Context;

/// A trained tagger (with its lemmatiser and FEATS table).
pub struct Tagger {
    upos: Vec<Box<str>>,
    xpos: Vec<Box<str>>,
    /// Lower-cased form hash → ambiguity class hash.
    amb: IdMap<u64>,
    /// Word clusters (built in; empty for a model trained without them).
    clusters: &'static Clusters,
    /// Exact form hash → class, for frequent unambiguous words.
    tagdict: IdMap<u16>,
    model: Model,
    /// Second pass, which sees the first pass's tags on both sides; `None`: one pass.
    stack: Option<Model>,
    /// The second pass re-tags only words whose first-pass margin (best minus second-best
    /// score) is at most this; the others keep their first-pass tag.
    stack_margin: i32,
    pub lemmatiser: Lemmatiser,
    pub feats: Feats,
}

/// Reused buffers for tagging; one per thread.
#[derive(Default)]
pub struct Scratch {
    ctx: Context,
    keys: Vec<u64>,
    scores: Vec<i32>,
    classes: Vec<u16>,
    first: Vec<u16>,
    margins: Vec<i32>,
    buf: String,
}

/// The analysis of one word, borrowing from the tagger.
#[derive(Clone, Copy, Debug)]
pub struct Tagged<'a> {
    pub upos: &'a str,
    pub xpos: &'a str,
    pub feats: &'a str,
    /// How to get the lemma from the form; `None`: the form itself.
    pub lemma: Option<&'a Edit>,
}

const MAGIC: &str = "dossier-tagger-3";

impl Tagger {
    /// Number of tag classes.
    pub fn n_classes(&self) -> usize {
        self.upos.len()
    }
    pub fn upos(&self, class: u16) -> &str {
        &self.upos[class as usize]
    }
    pub fn xpos(&self, class: u16) -> &str {
        &self.xpos[class as usize]
    }

    /// Tags one sentence: one class per form in `out` (cleared first).
    pub fn tag_with<'f>(&self, s: &mut Scratch, forms: impl Iterator<Item = &'f str>, out: &mut Vec<u16>) {
        s.ctx.fill(forms, &self.amb, self.clusters);
        self.decode(s, out);
    }

    fn decode(&self, s: &mut Scratch, out: &mut Vec<u16>) {
        let mut g = Greedy {
            ctx: &s.ctx,
            tagdict: &self.tagdict,
            keys: &mut s.keys,
            scores: &mut s.scores,
        };
        match &self.stack {
            None => g.run(&self.model, None, out, &mut s.margins),
            Some(m2) => {
                let mut first = std::mem::take(&mut s.first);
                g.run(&self.model, None, &mut first, &mut s.margins);
                let gate = Gate {
                    first: &first,
                    margins: &s.margins,
                    max_margin: self.stack_margin,
                };
                g.run(m2, Some(gate), out, &mut Vec::new());
                s.first = first;
            }
        }
    }

    /// Tags a sentence given as forms (convenience; allocates the result).
    pub fn tag(&self, forms: &[&str]) -> Vec<u16> {
        let mut s = Scratch::default();
        let mut out = Vec::new();
        self.tag_with(&mut s, forms.iter().copied(), &mut out);
        out
    }

    /// Tags, finds FEATS and lemma edits for one sentence; `out` is cleared first.
    pub fn analyse<'s>(&'s self, s: &mut Scratch, forms: &[&str], out: &mut Vec<Tagged<'s>>) {
        out.clear();
        let mut classes = std::mem::take(&mut s.classes);
        self.tag_with(s, forms.iter().copied(), &mut classes);
        for (i, (&c, form)) in classes.iter().zip(forms).enumerate() {
            let xpos = self.xpos(c);
            out.push(Tagged {
                upos: self.upos(c),
                xpos,
                feats: self.feats.get(s.ctx.word(i).lower, c),
                lemma: self.lemmatiser.edit(form, xpos, &mut s.buf),
            });
        }
        s.classes = classes;
    }

    /// Replaces UPOS, XPOS, FEATS and LEMMA of every word with this tagger's predictions.
    pub fn retag(&self, sents: &mut [conllu::Sentence]) {
        let mut s = Scratch::default();
        let mut out = Vec::new();
        for sent in sents {
            let forms: Vec<String> = sent.words().map(|w| w.form().to_string()).collect();
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            self.analyse(&mut s, &forms, &mut out);
            for (w, (t, form)) in sent.words_mut().zip(out.iter().zip(&forms)) {
                let u = |x: &str| if x.is_empty() { "_".to_string() } else { x.to_string() };
                w.cols[conllu::UPOS] = u(t.upos);
                w.cols[conllu::XPOS] = u(t.xpos);
                w.cols[conllu::FEATS] = u(t.feats);
                w.cols[conllu::LEMMA] = t.lemma.map_or_else(|| form.to_string(), |e| e.apply(form).into_owned());
            }
        }
    }

    /// Serialises the tagger (uncompressed; see [`binio::compress`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.str(MAGIC);
        w.u64(self.clusters.checksum());
        w.strs(&self.upos);
        w.strs(&self.xpos);
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(&k, &v)| (k, v)).collect();
        amb.sort_unstable();
        w.u64s(&amb.iter().map(|x| x.0).collect::<Vec<_>>());
        w.u64s(&amb.iter().map(|x| x.1).collect::<Vec<_>>());
        let mut td: Vec<(u64, u16)> = self.tagdict.iter().map(|(&k, &v)| (k, v)).collect();
        td.sort_unstable();
        w.u64s(&td.iter().map(|x| x.0).collect::<Vec<_>>());
        w.u16s(&td.iter().map(|x| x.1).collect::<Vec<_>>());
        self.model.write(&mut w);
        w.u8(self.stack.is_some() as u8);
        if let Some(m) = &self.stack {
            m.write(&mut w);
            w.u32(self.stack_margin as u32);
        }
        self.lemmatiser.write(&mut w);
        self.feats.write(&mut w);
        w.buf
    }

    /// Reads a tagger written by [`Tagger::to_bytes`].
    pub fn from_bytes(raw: &[u8]) -> Result<Tagger, FormatError> {
        let mut r = Reader::new(raw);
        r.expect(MAGIC)?;
        let clusters = Clusters::for_checksum(r.u64()?)?;
        let upos: Vec<Box<str>> = r.strs()?.into_iter().map(Into::into).collect();
        let xpos: Vec<Box<str>> = r.strs()?.into_iter().map(Into::into).collect();
        let (ak, av) = (r.u64s()?, r.u64s()?);
        let (tk, tv) = (r.u64s()?, r.u16s()?);
        let model = Model::read(&mut r)?;
        let (stack, stack_margin) = if r.u8()? != 0 {
            let m = Model::read(&mut r)?;
            (Some(m), r.u32()? as i32)
        } else {
            (None, 0)
        };
        let n = upos.len();
        if stack.as_ref().is_some_and(|m| m.n_classes() != n) {
            return Err(FormatError("second-pass model has the wrong classes".into()));
        }
        if xpos.len() != n || model.n_classes() != n || ak.len() != av.len() || tk.len() != tv.len() {
            return Err(FormatError("tagger sections disagree".into()));
        }
        if tv.iter().any(|&c| c as usize >= n) {
            return Err(FormatError("tag dictionary class out of range".into()));
        }
        Ok(Tagger {
            upos,
            xpos,
            amb: ak.into_iter().zip(av).collect(),
            clusters,
            tagdict: tk.into_iter().zip(tv).collect(),
            model,
            stack,
            stack_margin,
            lemmatiser: Lemmatiser::read(&mut r)?,
            feats: Feats::read(&mut r)?,
        })
    }

    /// Reads a zstd-compressed model file.
    pub fn from_compressed(data: &[u8]) -> Result<Tagger, FormatError> {
        Tagger::from_bytes(&binio::decompress(data)?)
    }

    /// A one-line description of the model's size.
    pub fn describe(&self) -> String {
        let (exc, suf) = self.lemmatiser.sizes();
        format!(
            "{} tag classes, {} features / {} weights{}, {} dictionary words, {} ambiguity entries, \
             {} cluster words, lemmas: {exc} exceptions + {suf} suffix rules",
            self.n_classes(),
            self.model.n_features(),
            self.model.n_weights(),
            self.stack.as_ref().map_or(String::new(), |m| format!(
                " + second pass {} / {}",
                m.n_features(),
                m.n_weights()
            )),
            self.tagdict.len(),
            self.amb.len(),
            self.clusters.len()
        )
    }
}

/// First-pass tags and margins, and the margin above which a first-pass tag is kept.
#[derive(Clone, Copy)]
pub(crate) struct Gate<'a> {
    pub first: &'a [u16],
    pub margins: &'a [i32],
    pub max_margin: i32,
}

/// Greedy left-to-right decoding of the sentence in `ctx` with one model.
pub(crate) struct Greedy<'a> {
    pub ctx: &'a Context,
    pub tagdict: &'a IdMap<u16>,
    pub keys: &'a mut Vec<u64>,
    pub scores: &'a mut Vec<i32>,
}

impl Greedy<'_> {
    /// Tags into `out` and writes each word's margin (best minus second-best score; `i32::MAX`
    /// for dictionary words) into `margins`. With a gate, this is the second pass: it sees the
    /// first pass's tags and re-tags only the words whose first-pass margin is small.
    pub fn run(&mut self, model: &Model, gate: Option<Gate>, out: &mut Vec<u16>, margins: &mut Vec<i32>) {
        out.clear();
        margins.clear();
        self.scores.resize(model.n_classes(), 0);
        let (mut p1, mut p2) = (u32::MAX, u32::MAX - 1);
        for i in 0..self.ctx.len() {
            let kept = gate.and_then(|g| (g.margins[i] > g.max_margin).then(|| g.first[i]));
            let (c, margin) = match (self.tagdict.get(&self.ctx.word(i).form), kept) {
                (Some(&c), _) | (None, Some(c)) => (c, i32::MAX),
                (None, None) => {
                    match gate {
                        Some(g) => self.ctx.second_pass_features(i, g.first, self.keys),
                        None => self.ctx.features(i, p1, p2, self.keys),
                    }
                    self.scores.iter_mut().for_each(|x| *x = 0);
                    model.score(self.keys, self.scores);
                    let best = argmax(self.scores);
                    let second = self
                        .scores
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != best)
                        .map(|x| *x.1)
                        .max();
                    (
                        best as u16,
                        self.scores[best].saturating_sub(second.unwrap_or(i32::MIN / 2)),
                    )
                }
            };
            out.push(c);
            margins.push(margin);
            p2 = p1;
            p1 = c as u32;
        }
    }
}

#[inline]
fn argmax<T: PartialOrd + Copy>(s: &[T]) -> usize {
    let mut best = 0;
    for (i, &x) in s.iter().enumerate() {
        if x > s[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests;
