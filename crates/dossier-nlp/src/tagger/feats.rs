//! Morphological features (CoNLL-U FEATS) from the word and its predicted tag, by table lookup.
//!
//! English features follow from the tag almost always (`NNS` → `Number=Plur`); the table keeps
//! the most frequent FEATS per tag, plus per-word entries where a word's most frequent FEATS
//! differ from its tag's (`I`/PRP → `Case=Nom|Number=Sing|Person=1|PronType=Prs`).
//!
//! What it must not do: predict tags, or allocate when looking up.

use crate::binio::{FormatError, Reader, Writer};
use crate::conllu;
use crate::hash::{self, feat2};
use crate::perceptron::IdMap;
use std::collections::HashMap;

#[derive(Default)]
pub struct Feats {
    names: Vec<Box<str>>,
    by_class: Vec<u32>,
    by_word: IdMap<u32>,
}

fn most<K: Clone + Ord>(m: &HashMap<K, u32>) -> Option<(K, u32)> {
    m.iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, &n)| (k.clone(), n))
}

impl Feats {
    /// The FEATS of a word with lower-cased form hash `lower` and tag class `class` (`""` for
    /// none).
    pub fn get(&self, lower: u64, class: u16) -> &str {
        let id = match self.by_word.get(&feat2(3, lower, class as u64)) {
            Some(&id) => id,
            None => self.by_class.get(class as usize).copied().unwrap_or(0),
        };
        self.names.get(id as usize).map_or("", |s| s)
    }

    /// Learns the table; `class_of` gives a word's tag class.
    pub fn train(sents: &[conllu::Sentence], n_classes: usize, class_of: impl Fn(&conllu::Line) -> u16) -> Feats {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut f = Feats {
            names: vec!["".into()],
            ..Feats::default()
        };
        ids.insert(String::new(), 0);
        let mut per_class: Vec<HashMap<u32, u32>> = vec![HashMap::new(); n_classes];
        let mut per_word: HashMap<(String, u16), HashMap<u32, u32>> = HashMap::new();
        for w in sents.iter().flat_map(|s| s.words()) {
            let v = if w.feats() == "_" { "" } else { w.feats() };
            let id = *ids.entry(v.to_string()).or_insert_with(|| {
                f.names.push(v.into());
                f.names.len() as u32 - 1
            });
            let c = class_of(w);
            *per_class[c as usize].entry(id).or_default() += 1;
            *per_word
                .entry((w.form().to_lowercase(), c))
                .or_default()
                .entry(id)
                .or_default() += 1;
        }
        f.by_class = per_class.iter().map(|m| most(m).map_or(0, |x| x.0)).collect();
        for ((form, c), m) in per_word {
            if let Some((id, _)) = most(&m) {
                if id != f.by_class[c as usize] {
                    f.by_word.insert(feat2(3, hash::str(&form), c as u64), id);
                }
            }
        }
        f
    }

    pub fn write(&self, w: &mut Writer) {
        w.str("feats-1");
        w.strs(&self.names);
        w.u32s(&self.by_class);
        let mut kv: Vec<(u64, u32)> = self.by_word.iter().map(|(&k, &v)| (k, v)).collect();
        kv.sort_unstable();
        w.u64s(&kv.iter().map(|x| x.0).collect::<Vec<_>>());
        w.u32s(&kv.iter().map(|x| x.1).collect::<Vec<_>>());
    }

    pub fn read(r: &mut Reader) -> Result<Feats, FormatError> {
        r.expect("feats-1")?;
        let names: Vec<Box<str>> = r.strs()?.into_iter().map(String::into_boxed_str).collect();
        let by_class = r.u32s()?;
        let keys = r.u64s()?;
        let vals = r.u32s()?;
        let n = names.len() as u32;
        if keys.len() != vals.len() || vals.iter().chain(&by_class).any(|&v| v >= n) {
            return Err(FormatError("feats table out of range".into()));
        }
        Ok(Feats {
            names,
            by_class,
            by_word: keys.into_iter().zip(vals).collect(),
        })
    }
}
