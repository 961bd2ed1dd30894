//! The verb index: a PETRARCH verb dictionary compiled once into hash maps keyed by verb word
//! (every form and the lemma of each verb's head word), blocks with their compiled patterns, and
//! the transformations. Lines that cannot be used are listed in [`VerbIndex::refused`] with the
//! reason.
//!
//! Lookup never scans the dictionary: one hash probe per word. This module does not decide roles
//! or codes for a sentence.

use fxhash::FxHashMap as HashMap;

use dossier_dict::{EventCode, VerbDictionary};

use super::pattern::{compile, expand_synsets, CompiledPattern, Synsets};
use super::transform::{self, Transformation};
use super::tree::Tree;

/// One verb line of the dictionary.
#[derive(Debug, Clone)]
pub struct VerbEntry {
    /// Index of the block in [`VerbIndex::blocks`].
    pub block: usize,
    /// The verb as written (`+CORDON_OFF`).
    pub lemma: String,
    /// Every surface form (the lemma's first), as words, and which word is the verb.
    pub forms: Vec<(Vec<String>, usize)>,
    /// The code the verb gives without a pattern (its own, else the block's).
    pub code: EventCode,
    pub kind: Option<String>,
    pub line: usize,
}

impl VerbEntry {
    /// Number of words (multi-word verbs are preferred over their head word alone).
    pub fn len(&self) -> usize {
        self.forms[0].0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// A verb block: its name, code and compiled patterns.
#[derive(Debug, Clone)]
pub struct Block {
    pub name: String,
    pub code: EventCode,
    pub patterns: Vec<CompiledPattern>,
    pub line: usize,
}

/// A dictionary line the index does not use, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

/// The compiled verb dictionary.
#[derive(Debug, Clone)]
pub struct VerbIndex {
    pub file: String,
    pub blocks: Vec<Block>,
    pub entries: Vec<VerbEntry>,
    /// Upper-cased head word (any form, or the lemma) → entries.
    by_word: HashMap<String, Vec<u32>>,
    pub synsets: Synsets,
    pub transformations: Vec<Transformation>,
    pub refused: Vec<Refusal>,
}

/// A verb of the sentence found in the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub entry: u32,
    /// The other words of a multi-word verb ("off" of "cordoned off"), sentence indices.
    pub extra: Vec<usize>,
}

impl VerbIndex {
    /// Compiles `dict`. Never fails: what cannot be used is refused with a reason.
    pub fn build(dict: &VerbDictionary) -> VerbIndex {
        let synsets = expand_synsets(dict);
        let mut refused = Vec::new();
        let mut blocks = Vec::with_capacity(dict.blocks.len());
        let mut entries = Vec::new();
        let mut by_word: HashMap<String, Vec<u32>> = HashMap::default();
        for (bi, b) in dict.blocks.iter().enumerate() {
            let mut patterns: Vec<CompiledPattern> = Vec::with_capacity(b.patterns.len());
            for (k, p) in b.patterns.iter().enumerate() {
                // PETRARCH keeps patterns in a dictionary keyed by their text: a later copy of
                // the same pattern replaces an earlier one.
                if let Some(later) = b.patterns[k + 1..].iter().find(|q| q.items == p.items) {
                    refused.push(Refusal {
                        line: p.line,
                        text: p.text(),
                        reason: format!("the same pattern on line {} replaces it", later.line),
                    });
                    continue;
                }
                match compile(p, &synsets) {
                    Ok(c) => patterns.push(c),
                    Err(reason) => refused.push(Refusal {
                        line: p.line,
                        text: p.text(),
                        reason,
                    }),
                }
            }
            blocks.push(Block {
                name: b.name.clone(),
                code: b.code.clone(),
                patterns,
                line: b.line,
            });
            for v in &b.verbs {
                let id = entries.len() as u32;
                let forms: Vec<(Vec<String>, usize)> = v.forms.iter().map(|f| (f.words.clone(), f.head)).collect();
                let mut keys: Vec<String> = forms.iter().map(|(w, h)| w[*h].clone()).collect();
                keys.sort();
                keys.dedup();
                for k in keys {
                    by_word.entry(k).or_default().push(id);
                }
                entries.push(VerbEntry {
                    block: bi,
                    lemma: v.lemma.clone(),
                    forms,
                    code: b.verb_code(v).clone(),
                    kind: v.kind.clone(),
                    line: v.line,
                });
            }
        }
        let mut index = VerbIndex {
            file: dict.file.clone(),
            blocks,
            entries,
            by_word,
            synsets,
            transformations: Vec::new(),
            refused,
        };
        for t in &dict.transformations {
            match transform::compile(t, &index) {
                Ok(c) => index.transformations.push(c),
                Err(reason) => index.refused.push(Refusal {
                    line: t.line,
                    text: format!("~ {} = {}", t.lhs, t.rhs),
                    reason,
                }),
            }
        }
        index
    }

    /// Entries whose head word is `word` (upper case), any form.
    pub fn entries_for(&self, word: &str) -> &[u32] {
        self.by_word.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The dictionary verbs word `v` of `tree` can be: the longest multi-word verbs whose other
    /// words stand next to it (or hang from it), else the single-word verbs, looked up by form
    /// and by lemma.
    /// `lemmas`: also find verbs by the parser's lemma (PETRARCH knows only the forms the
    /// dictionary lists or makes).
    pub fn lookup(&self, tree: &Tree, v: usize, lemmas: bool) -> Vec<Found> {
        let w = &tree.words[v];
        let mut ids: Vec<u32> = self.entries_for(&w.up).to_vec();
        // Without `lemmas`, an irregular form ("withdrew" of WITHDRAW) is still found by its
        // lemma; a regular-looking form the dictionary does not make ("departes") is not a verb.
        let irregular = !w.up.starts_with(w.lemma.as_str());
        let lemmas = lemmas || irregular;
        if lemmas && w.lemma != w.up {
            ids.extend_from_slice(self.entries_for(&w.lemma));
        }
        ids.sort_unstable();
        ids.dedup();
        let mut found: Vec<Found> = Vec::new();
        for id in ids {
            let e = &self.entries[id as usize];
            if let Some(extra) = self.fits(tree, v, e, lemmas) {
                found.push(Found { entry: id, extra });
            }
        }
        let longest = found.iter().map(|f| f.extra.len()).max().unwrap_or(0);
        found.retain(|f| f.extra.len() == longest);
        // Verbs listing the word's own form ("left" under LEFT) before those found by lemma
        // ("left" as LEAVE).
        let by_form = |f: &Found| {
            self.entries[f.entry as usize]
                .forms
                .iter()
                .any(|(words, head)| words[*head] == w.up)
        };
        found.sort_by_key(|f| !by_form(f));
        found
    }

    /// Whether entry `e` fits word `v`: its head word is the word's form (or its lemma is the
    /// word's lemma), and its other words are found; returns those words.
    fn fits(&self, tree: &Tree, v: usize, e: &VerbEntry, lemmas: bool) -> Option<Vec<usize>> {
        let w = &tree.words[v];
        let lemma_words = &e.forms[0].0;
        for (words, head) in &e.forms {
            let head_ok = words[*head] == w.up || (lemmas && lemma_words[*head] == w.lemma && words == lemma_words);
            if !head_ok {
                continue;
            }
            if words.len() == 1 {
                return Some(Vec::new());
            }
            let mut extra = Vec::new();
            let mut ok = true;
            for (k, want) in words.iter().enumerate() {
                if k == *head {
                    continue;
                }
                let lemma_want = &lemma_words[k];
                let is = |t: usize| tree.words[t].up == *want || tree.words[t].lemma == *lemma_want;
                let at = (v as isize + k as isize - *head as isize) as usize;
                if at < tree.len() && at != v && is(at) {
                    extra.push(at);
                } else if let Some(&c) = tree.children[v].iter().find(|&&c| is(c) && !extra.contains(&c)) {
                    extra.push(c);
                } else {
                    ok = false;
                    break;
                }
            }
            if ok {
                return Some(extra);
            }
        }
        None
    }
}
