//! Lemmatiser: lemma of a word from its form and Penn tag.
//!
//! Every lemma is an *edit* of the form ([`Edit`]: lower-case or not, strip n bytes, append a
//! string), so the result borrows from the form and the model's string table and never
//! allocates. Two tables, both learnt from a treebank by [`Lemmatiser::train`]:
//! - exceptions: (lower-cased form, tag) → edit, for every training word the suffix rules get
//!   wrong (`went`/VBD → go, `data`/NNS → datum, `'s`/VBZ → be);
//! - suffix rules: (tag, last k characters) → edit, for unseen words (`recruiting`/VBG → strip
//!   `ing`), tried from the longest suffix down.
//!
//! What it must not do: guess the tag (the tagger does), or look at context.

use crate::binio::{FormatError, Reader, Writer};
use crate::conllu;
use crate::hash::{self, feat2, feat3};
use crate::perceptron::IdMap;
use std::borrow::Cow;
use std::collections::HashMap;

/// Longest suffix (in characters) the rules look at.
const MAX_SUFFIX: usize = 7;
/// A suffix rule needs this many training word types behind it (except the empty suffix).
const MIN_SUPPORT: u32 = 2;

/// A lemma edit; see [`dossier_core::analysis::Lemma`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edit {
    pub lower: bool,
    pub strip: u8,
    pub append: Box<str>,
}

impl Edit {
    /// The cheapest edit turning `form` into `lemma`.
    pub fn between(form: &str, lemma: &str) -> Edit {
        let one = |base: &str, lower: bool| {
            let common = base
                .char_indices()
                .zip(lemma.chars())
                .find(|((_, a), b)| a != b)
                .map(|((i, _), _)| i)
                .unwrap_or_else(|| base.len().min(lemma.len()));
            // `common` is a char boundary of both strings (same characters up to it).
            let common = if lemma.is_char_boundary(common) { common } else { 0 };
            let strip = (base.len() - common).min(255) as u8;
            (
                strip as usize + lemma.len() - common,
                Edit {
                    lower,
                    strip,
                    append: lemma[common..].into(),
                },
            )
        };
        // Lower-casing wins ties, so rules learnt on lower-case words also lower-case unseen
        // capitalised ones (`Work`/VB → work), while `AP`/NNP keeps its case.
        let (cost, keep) = one(form, false);
        let (cost_l, low) = one(&form.to_lowercase(), true);
        if cost_l <= cost {
            low
        } else {
            keep
        }
    }

    /// Appends the lemma of `form` to `out` (no allocation once `out` has grown).
    pub fn apply_into(&self, form: &str, out: &mut String) {
        let start = out.len();
        if self.lower {
            out.extend(form.chars().flat_map(char::to_lowercase));
        } else {
            out.push_str(form);
        }
        let strip = self.strip as usize;
        if strip <= out.len() - start && out.is_char_boundary(out.len() - strip) {
            out.truncate(out.len() - strip);
            out.push_str(&self.append);
        }
    }

    pub fn apply<'a>(&self, form: &'a str) -> Cow<'a, str> {
        dossier_core::analysis::apply_edit(form, self.lower, self.strip, &self.append)
    }
}

/// The trained tables.
#[derive(Default)]
pub struct Lemmatiser {
    edits: Vec<Edit>,
    exceptions: IdMap<u32>,
    suffixes: IdMap<u32>,
    /// Hashes of every lemma of the training set: among the suffix rules that fit an unseen
    /// word, the longest one giving a known lemma wins (`bombed` → bomb, not bom).
    known: IdMap<()>,
}

/// Hashes a word's lower-cased form and its suffixes (by characters) without allocating.
struct Keys {
    lower: u64,
    /// `suf[k]` = hash of the last `k` characters (`k ≤ MAX_SUFFIX`, only up to the length).
    suf: [u64; MAX_SUFFIX + 1],
    n: usize,
}

impl Keys {
    fn new(form: &str, buf: &mut String) -> Keys {
        buf.clear();
        buf.extend(form.chars().flat_map(char::to_lowercase));
        let mut k = Keys {
            lower: hash::str(buf),
            suf: [0; MAX_SUFFIX + 1],
            n: 0,
        };
        k.suf[0] = hash::str("");
        for (j, (i, _)) in buf.char_indices().rev().take(MAX_SUFFIX).enumerate() {
            k.suf[j + 1] = hash::str(&buf[i..]);
            k.n = j + 1;
        }
        k
    }
}

const VERB_PREFIXES: &str = include_str!("../../../../data/lexicons/verb_prefixes.txt");

/// The prefixes of `data/lexicons/verb_prefixes.txt`.
fn verb_prefixes() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        VERB_PREFIXES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

impl Lemmatiser {
    /// The edit for `form` with Penn tag `xpos`; `None` means the lemma is the form itself.
    /// `buf` is a reused buffer.
    pub fn edit(&self, form: &str, xpos: &str, buf: &mut String) -> Option<&Edit> {
        let t = hash::str(xpos);
        let k = Keys::new(form, buf);
        let exact = self.exceptions.get(&feat2(1, hash::str(form), t));
        if let Some(&e) = exact.or_else(|| self.exceptions.get(&feat2(4, k.lower, t))) {
            return Some(&self.edits[e as usize]);
        }
        // "rebuilt": a prefix on an irregular verb the exceptions know ("built" → build); the
        // edit works on the form's end, so it serves the prefixed form as it is.
        if xpos.starts_with("VB") {
            let stem = verb_prefixes()
                .iter()
                .filter_map(|p| buf.strip_prefix(p))
                .filter(|rest| rest.chars().count() >= 3)
                .find_map(|rest| self.exceptions.get(&feat2(4, hash::str(rest), t)));
            if let Some(&e) = stem {
                return Some(&self.edits[e as usize]);
            }
        }
        let mut fallback = None;
        for len in (0..=k.n).rev() {
            if let Some(&e) = self.suffixes.get(&feat3(2, t, len as u64, k.suf[len])) {
                let e = &self.edits[e as usize];
                buf.clear();
                e.apply_into(form, buf);
                if self.known.contains_key(&hash::str(buf)) {
                    return Some(e);
                }
                fallback = fallback.or(Some(e));
            }
        }
        fallback
    }

    /// The lemma of `form` with Penn tag `xpos`.
    pub fn lemma<'a>(&self, form: &'a str, xpos: &str) -> Cow<'a, str> {
        let mut buf = String::new();
        match self.edit(form, xpos, &mut buf) {
            Some(e) => e.apply(form),
            None => Cow::Borrowed(form),
        }
    }

    /// Learns the tables from the words of `sents` (FORM, XPOS, LEMMA columns).
    pub fn train(sents: &[conllu::Sentence]) -> Lemmatiser {
        // (form, xpos) → lemma counts.
        let mut seen: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        for w in sents.iter().flat_map(|s| s.words()) {
            let key = (w.form().to_string(), w.xpos().to_string());
            *seen.entry(key).or_default().entry(w.lemma().to_string()).or_default() += 1;
        }
        let mut m = Lemmatiser::default();
        let mut edit_ids: HashMap<Edit, u32> = HashMap::new();
        let mut intern = |e: Edit, m: &mut Lemmatiser| -> u32 {
            *edit_ids.entry(e.clone()).or_insert_with(|| {
                m.edits.push(e);
                m.edits.len() as u32 - 1
            })
        };
        // Suffix statistics over word types: (xpos, k, suffix) → edit → count.
        let mut stats: HashMap<u64, HashMap<u32, u32>> = HashMap::new();
        let mut best: Vec<((String, String), String)> = Vec::new();
        let mut buf = String::new();
        let mut keys: Vec<_> = seen.keys().cloned().collect();
        keys.sort();
        for key in keys {
            let counts = &seen[&key];
            let lemma = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|x| x.0.clone());
            let lemma = lemma.unwrap_or_default();
            let (form, xpos) = &key;
            let e = Edit::between(form, &lemma);
            let strip_chars = form.len() - e.strip as usize;
            let strip_chars = form.get(strip_chars..).map_or(usize::MAX, |s| s.chars().count());
            // A form without capitals says nothing about case: it votes for the edit with and
            // without lower-casing, so capitalised words of the same tag decide (`AP`/NNP keeps
            // case, `Work`/VB is lower-cased).
            let twin = (e.lower && !form.chars().any(char::is_uppercase)).then(|| Edit {
                lower: false,
                strip: e.strip,
                append: e.append.clone(),
            });
            let ids: Vec<u32> = std::iter::once(e).chain(twin).map(|e| intern(e, &mut m)).collect();
            let k = Keys::new(form, &mut buf);
            let t = hash::str(xpos);
            for len in strip_chars.min(k.n + 1)..=k.n {
                let votes = stats.entry(feat3(2, t, len as u64, k.suf[len])).or_default();
                for &id in &ids {
                    *votes.entry(id).or_default() += 1;
                }
            }
            m.known.insert(hash::str(&lemma), ());
            best.push((key, lemma));
        }
        for (key, counts) in stats {
            let (&e, &n) = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .unwrap_or((&0, &0));
            if n >= MIN_SUPPORT {
                m.suffixes.insert(key, e);
            }
        }
        // Exceptions, where the rules get a training word wrong: first by lower-cased form (the
        // most frequent casing decides; covers unseen casings such as `Went`), then by exact form
        // where that still fails (`i`/PRP → I while `I` keeps its case).
        let mut groups: HashMap<(String, &str), (u32, &str, &str)> = HashMap::new();
        for ((form, xpos), lemma) in &best {
            let n: u32 = seen[&(form.clone(), xpos.clone())].values().sum();
            let g = groups
                .entry((form.to_lowercase(), xpos.as_str()))
                .or_insert((0, form, lemma));
            if n > g.0 || (n == g.0 && form.as_str() < g.1) {
                *g = (n, form, lemma);
            }
        }
        let mut lower_exc: Vec<(u64, u32)> = Vec::new();
        for ((low, xpos), (_, form, lemma)) in &groups {
            if m.lemma(form, xpos) != *lemma {
                let id = intern(Edit::between(form, lemma), &mut m);
                lower_exc.push((feat2(4, hash::str(low), hash::str(xpos)), id));
            }
        }
        m.exceptions.extend(lower_exc);
        let mut exc: HashMap<u64, (u32, u32)> = HashMap::new();
        for ((form, xpos), lemma) in &best {
            if m.lemma(form, xpos) == lemma.as_str() {
                continue;
            }
            let id = intern(Edit::between(form, lemma), &mut m);
            exc.insert(feat2(1, hash::str(form), hash::str(xpos)), (id, 0));
        }
        m.exceptions.extend(exc.into_iter().map(|(k, (id, _))| (k, id)));
        m
    }

    pub fn write(&self, w: &mut Writer) {
        w.str("lemma-2");
        w.u8s(&self.edits.iter().map(|e| e.lower as u8).collect::<Vec<_>>());
        w.u8s(&self.edits.iter().map(|e| e.strip).collect::<Vec<_>>());
        w.strs(&self.edits.iter().map(|e| &*e.append).collect::<Vec<_>>());
        for map in [&self.exceptions, &self.suffixes] {
            let mut kv: Vec<(u64, u32)> = map.iter().map(|(&k, &v)| (k, v)).collect();
            kv.sort_unstable();
            w.u64s(&kv.iter().map(|x| x.0).collect::<Vec<_>>());
            w.u32s(&kv.iter().map(|x| x.1).collect::<Vec<_>>());
        }
        let mut known: Vec<u64> = self.known.keys().copied().collect();
        known.sort_unstable();
        w.u64s(&known);
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatiser, FormatError> {
        r.expect("lemma-2")?;
        let lower = r.u8s()?;
        let strip = r.u8s()?;
        let append = r.strs()?;
        if lower.len() != strip.len() || lower.len() != append.len() {
            return Err(FormatError("lemma edit sections disagree in length".into()));
        }
        let edits: Vec<Edit> = (0..lower.len())
            .map(|i| Edit {
                lower: lower[i] != 0,
                strip: strip[i],
                append: append[i].as_str().into(),
            })
            .collect();
        let mut maps = [IdMap::default(), IdMap::default()];
        for map in &mut maps {
            let keys = r.u64s()?;
            let vals = r.u32s()?;
            if keys.len() != vals.len() || vals.iter().any(|&v| v as usize >= edits.len()) {
                return Err(FormatError("lemma table out of range".into()));
            }
            *map = keys.into_iter().zip(vals).collect();
        }
        let [exceptions, suffixes] = maps;
        let known = r.u64s()?.into_iter().map(|k| (k, ())).collect();
        Ok(Lemmatiser {
            edits,
            exceptions,
            suffixes,
            known,
        })
    }

    /// Number of exceptions and of suffix rules.
    pub fn sizes(&self) -> (usize, usize) {
        (self.exceptions.len(), self.suffixes.len())
    }
}

#[cfg(test)]
mod tests;
