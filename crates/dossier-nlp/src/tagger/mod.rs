//! Part-of-speech tagger: UPOS and Penn XPOS predicted jointly, plus FEATS and lemma lookup.
//!
//! Greedy averaged perceptrons over hashed features ([`features`]): one class per (UPOS, XPOS)
//! pair seen in training (about 100 for EWT), so the two tags never disagree. Frequent
//! unambiguous words are tagged from a dictionary without scoring. Besides the word, its
//! affixes, shape and neighbours, the features include the word clusters and vector tag
//! guesses of [`crate::clusters`] (+0.3 on dev).
//!
//! Two first passes, each the weight mean of four models trained with different seeds
//! (`train::TrainConfig::seeds`, +0.12 UPOS and XPOS on dev over one):
//! - **forward**, left to right, its features seeing the two tags before the word;
//! - **backward**, right to left (the same templates, mirrored), run after the forward pass
//!   and only on the words whose forward margin is small (10% of the scored words; looking at
//!   every word tagged dev no better). Their tag is the best of the two models' summed scores.
//!   +0.20 joint accuracy on dev over the forward pass alone. Without the second pass below,
//!   tag + lemma + parse runs as fast as with the forward and second passes before it.
//!
//! A second pass over the first pass's tags on both sides
//! ([`features::Context::second_pass_features`]) can be trained (`stack_folds`) but is not
//! shipped: +0.03 on dev on top of the two directions. A [`Tagger`] also holds the
//! [`Lemmatiser`] and the [`Feats`] table, because the three are trained together and shipped
//! as one model file (`data/models/tagger.bin.zst`).
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
use features::{Context, Dir};

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
    /// First pass, left to right.
    model: Model,
    /// First pass, right to left, run after the forward pass on the words whose forward margin
    /// is at most `back_margin`: for those, the two directions' scores are summed. `None`:
    /// forward only.
    back: Option<Model>,
    back_margin: i32,
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

const MAGIC: &str = "dossier-tagger-4";

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
        let mut first = std::mem::take(&mut s.first);
        let target = if self.stack.is_some() { &mut first } else { &mut *out };
        let back = self.back.as_ref().map(|b| (b, self.back_margin));
        g.first_pass(&self.model, back, target, &mut s.margins);
        if let Some(m2) = &self.stack {
            let gate = Gate {
                first: &first,
                margins: &s.margins,
                max_margin: self.stack_margin,
            };
            g.run(m2, Pass::Second(gate), out, &mut Vec::new());
        }
        s.first = first;
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
            // The same repairs as the analyse stage, so that scores measure what runs.
            if crate::tag_repairs::repair(&forms, &mut out) {
                for (t, form) in out.iter_mut().zip(&forms) {
                    t.lemma = self.lemmatiser.edit(form, t.xpos, &mut s.buf);
                }
            }
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
        w.u8(self.back.is_some() as u8);
        if let Some(m) = &self.back {
            m.write(&mut w);
            w.u32(self.back_margin as u32);
        }
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
        let (back, back_margin) = if r.u8()? != 0 {
            let m = Model::read(&mut r)?;
            (Some(m), r.u32()? as i32)
        } else {
            (None, 0)
        };
        let (stack, stack_margin) = if r.u8()? != 0 {
            let m = Model::read(&mut r)?;
            (Some(m), r.u32()? as i32)
        } else {
            (None, 0)
        };
        let n = upos.len();
        if stack.as_ref().is_some_and(|m| m.n_classes() != n) || back.as_ref().is_some_and(|m| m.n_classes() != n) {
            return Err(FormatError(
                "second-pass or backward model has the wrong classes".into(),
            ));
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
            back,
            back_margin,
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
            "{} tag classes, {} features / {} weights{}{}, {} dictionary words, {} ambiguity entries, \
             {} cluster words, lemmas: {exc} exceptions + {suf} suffix rules",
            self.n_classes(),
            self.model.n_features(),
            self.model.n_weights(),
            self.back.as_ref().map_or(String::new(), |m| format!(
                " + backward {} / {}",
                m.n_features(),
                m.n_weights()
            )),
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

/// What a left-to-right pass sees besides the words.
#[derive(Clone, Copy)]
pub(crate) enum Pass<'a> {
    /// The first pass.
    Forward,
    /// The second pass, which sees the first pass's tags and re-tags only uncertain words.
    Second(Gate<'a>),
}

/// Greedy decoding of the sentence in `ctx` with one model.
pub(crate) struct Greedy<'a> {
    pub ctx: &'a Context,
    pub tagdict: &'a IdMap<u16>,
    pub keys: &'a mut Vec<u64>,
    /// Every word's scores, `n_classes` per word (the backward pass adds to the forward's),
    /// then one more row of scratch.
    pub scores: &'a mut Vec<i32>,
}

impl Greedy<'_> {
    /// The first pass: the forward model left to right, then (with `back`: a model and a
    /// margin) the backward model right to left on the words whose forward margin is at most
    /// that margin, each re-tagged from the sum of the two directions' scores. A backward
    /// word's left-hand context is thus the forward tags, its right-hand context the final
    /// ones. Tags into `out`, margins into `margins` (see [`Greedy::run`]).
    pub fn first_pass(&mut self, fwd: &Model, back: Option<(&Model, i32)>, out: &mut Vec<u16>, margins: &mut Vec<i32>) {
        self.run(fwd, Pass::Forward, out, margins);
        if let Some((b, max_margin)) = back {
            self.backward(b, b.scale() / fwd.scale(), max_margin, out, margins);
        }
    }

    /// Tags into `out` and writes each word's margin (best minus second-best score; `i32::MAX`
    /// for dictionary words and words the second pass keeps) into `margins`, left to right.
    pub fn run(&mut self, model: &Model, pass: Pass, out: &mut Vec<u16>, margins: &mut Vec<i32>) {
        out.clear();
        margins.clear();
        let n = model.n_classes();
        self.scores.clear();
        self.scores.resize(n * (self.ctx.len() + 1), 0);
        let (mut p1, mut p2) = (u32::MAX, u32::MAX - 1);
        for i in 0..self.ctx.len() {
            let kept = match pass {
                Pass::Second(g) => (g.margins[i] > g.max_margin).then(|| g.first[i]),
                Pass::Forward => None,
            };
            let (c, margin) = match (self.tagdict.get(&self.ctx.word(i).form), kept) {
                (Some(&c), _) | (None, Some(c)) => (c, i32::MAX),
                (None, None) => {
                    match pass {
                        Pass::Second(g) => self.ctx.second_pass_features(i, g.first, self.keys),
                        Pass::Forward => self.ctx.features(Dir::Forward, i, p1, p2, self.keys),
                    }
                    let row = &mut self.scores[i * n..(i + 1) * n];
                    model.score(self.keys, row);
                    best_and_margin(row)
                }
            };
            out.push(c);
            margins.push(margin);
            p2 = p1;
            p1 = c as u32;
        }
    }

    /// Right to left over the result of a forward pass (`out`, `margins` and the scores): each
    /// word whose margin is at most `max_margin` gets the backward model's scores times
    /// `ratio` added to its forward scores, and its tag and margin from the sum. With all
    /// margins at `i32::MIN` (but `i32::MAX` for dictionary words) and zero scores, this is
    /// the backward model alone.
    pub fn backward(&mut self, model: &Model, ratio: f32, max_margin: i32, out: &mut [u16], margins: &mut [i32]) {
        let (n, len) = (model.n_classes(), self.ctx.len());
        self.scores.resize(n * (len + 1), 0);
        let (rows, local) = self.scores.split_at_mut(n * len);
        let (mut p1, mut p2) = (u32::MAX, u32::MAX - 1);
        for i in (0..len).rev() {
            // Dictionary words carry margin `i32::MAX`, above any gate: they are never revisited.
            if margins[i] <= max_margin {
                self.ctx.features(Dir::Backward, i, p1, p2, self.keys);
                local.iter_mut().for_each(|x| *x = 0);
                model.score(self.keys, local);
                let row = &mut rows[i * n..(i + 1) * n];
                for (x, &b) in row.iter_mut().zip(local.iter()) {
                    *x = x.saturating_add((b as f32 * ratio) as i32);
                }
                (out[i], margins[i]) = best_and_margin(row);
            }
            p2 = p1;
            p1 = out[i] as u32;
        }
    }
}

/// The best class and its margin over the second best.
fn best_and_margin(scores: &[i32]) -> (u16, i32) {
    let best = argmax(scores);
    let second = scores
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != best)
        .map(|x| *x.1)
        .max();
    (best as u16, scores[best].saturating_sub(second.unwrap_or(i32::MIN / 2)))
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
