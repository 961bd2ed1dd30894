//! A read-only view of one analysed sentence as a dependency tree: upper-cased forms and lemmas,
//! tags, heads, children, and relations normalised to Universal Dependencies v2 (UDPipe 1.x / UD
//! v1 labels such as `dobj`, `nsubjpass`, `neg`, `name` and verbal `nmod` are mapped to `obj`,
//! `nsubj:pass`, `advmod`, `flat` and `obl`).
//!
//! The pattern matcher and the role finder read sentences only through this view. It never
//! changes the document and holds no dictionary knowledge.

use dossier_core::Document;

/// One word of the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The form as written.
    pub form: String,
    /// Upper-cased form (dictionaries are upper case).
    pub up: String,
    /// Upper-cased lemma (the form when there is none).
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// Head word (0-based within the sentence); `None` for the root.
    pub head: Option<usize>,
    /// Relation, normalised to UD v2 (`obj`, `nsubj:pass`, `obl:agent` …).
    pub rel: String,
    /// The word was a UD v1 `neg` dependent, or is a negation adverb.
    pub negation: bool,
}

impl Word {
    /// The universal part of the relation (`obl` for `obl:agent`).
    pub fn base_rel(&self) -> &str {
        self.rel.split(':').next().unwrap_or("")
    }

    pub fn is_nominal(&self) -> bool {
        matches!(self.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | "SYM")
    }

    pub fn is_verb(&self) -> bool {
        self.upos == "VERB"
    }

    pub fn is_punct(&self) -> bool {
        self.upos == "PUNCT"
    }

    pub fn has_feat(&self, feat: &str) -> bool {
        self.feats.split('|').any(|f| f == feat)
    }
}

/// The words of one sentence with their tree.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub words: Vec<Word>,
    /// Children of each word, in sentence order.
    pub children: Vec<Vec<usize>>,
    /// Index in `Document::tokens` of the sentence's first word.
    pub offset: usize,
}

const NEGATIONS: &[&str] = &["NOT", "N'T", "NEVER", "NO"];

impl Tree {
    /// The view of sentence `sentence` of an analysed document; `None` when the index is out of
    /// range.
    pub fn from_document(doc: &Document, sentence: usize) -> Option<Tree> {
        let s = doc.sentences.get(sentence)?;
        let range = s.token_range();
        let toks = doc.tokens.get(range.clone())?;
        let n = toks.len();
        let raw: Vec<(String, String, &str, &str, &str, u32, &str)> = toks
            .iter()
            .map(|t| {
                let form = t.form(&doc.text).to_string();
                let lemma = t
                    .analysis
                    .lemma(&form)
                    .map(|l| l.into_owned())
                    .unwrap_or_else(|| form.clone());
                (
                    form,
                    lemma,
                    t.analysis.upos,
                    t.analysis.xpos,
                    t.analysis.feats,
                    t.analysis.head,
                    t.analysis.deprel,
                )
            })
            .collect();
        let mut words: Vec<Word> = raw
            .into_iter()
            .map(|(form, lemma, upos, xpos, feats, head, rel)| {
                let head = (head as usize).checked_sub(1).filter(|&h| h < n);
                Word {
                    up: form.to_uppercase(),
                    lemma: lemma.to_uppercase(),
                    form,
                    upos: upos.to_string(),
                    xpos: xpos.to_string(),
                    feats: feats.to_string(),
                    head,
                    rel: rel.to_string(),
                    negation: false,
                }
            })
            .collect();
        // A head pointing at itself or into a cycle would loop: cut such links.
        for (i, w) in words.iter_mut().enumerate() {
            if w.head == Some(i) {
                w.head = None;
            }
        }
        for i in 0..n {
            let mut seen = 0;
            let mut h = words[i].head;
            while let Some(x) = h {
                seen += 1;
                if seen > n {
                    words[i].head = None;
                    break;
                }
                h = words[x].head;
            }
        }
        let mut children = vec![Vec::new(); n];
        for (i, w) in words.iter().enumerate() {
            if let Some(h) = w.head {
                children[h].push(i);
            }
        }
        let mut tree = Tree {
            words,
            children,
            offset: range.start,
        };
        tree.normalise();
        Some(tree)
    }

    /// Maps UD v1 relations to v2 and marks negation words.
    fn normalise(&mut self) {
        let n = self.words.len();
        let passive: Vec<bool> = (0..n)
            .map(|i| {
                self.children[i]
                    .iter()
                    .any(|&c| matches!(self.words[c].rel.as_str(), "nsubjpass" | "auxpass" | "csubjpass"))
            })
            .collect();
        let v2_passive: Vec<bool> = (0..n)
            .map(|i| {
                self.children[i]
                    .iter()
                    .any(|&c| matches!(self.words[c].rel.as_str(), "nsubj:pass" | "aux:pass" | "csubj:pass"))
            })
            .collect();
        let passive_v2 = |h: usize| passive[h] || v2_passive[h];
        for i in 0..n {
            let head_nominal = self.words[i]
                .head
                .map(|h| matches!(self.words[h].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM"))
                .unwrap_or(false);
            // "by" as the phrase's own case marker, or as the first word of the phrase ("by a
            // surface-to-air missile" where the parser hung "by" on a compound).
            let first = {
                let mut f = i;
                let mut stack = vec![i];
                while let Some(x) = stack.pop() {
                    f = f.min(x);
                    stack.extend(self.children[x].iter().copied());
                }
                f
            };
            let has_by = self.children[i].iter().any(|&c| self.words[c].up == "BY")
                || (first < i && self.words[first].up == "BY" && self.words[first].base_rel() == "case");
            let w = &mut self.words[i];
            let rel = match w.rel.as_str() {
                "dobj" => "obj".to_string(),
                "nsubjpass" => "nsubj:pass".to_string(),
                "csubjpass" => "csubj:pass".to_string(),
                "auxpass" => "aux:pass".to_string(),
                "name" => "flat".to_string(),
                "mwe" => "fixed".to_string(),
                "neg" => {
                    w.negation = true;
                    "advmod".to_string()
                }
                "nmod:agent" => "obl:agent".to_string(),
                r if (r == "nmod" || r.starts_with("nmod:")) && r != "nmod:poss" && !head_nominal => {
                    let is_agent = has_by && w.head.is_some_and(|h| passive[h]);
                    if is_agent {
                        "obl:agent".to_string()
                    } else if let Some(sub) = r.strip_prefix("nmod:") {
                        format!("obl:{sub}")
                    } else {
                        "obl".to_string()
                    }
                }
                // UD v2: "by X" under a passive verb is its agent.
                "obl" if has_by && w.head.is_some_and(&passive_v2) => "obl:agent".to_string(),
                r => r.to_string(),
            };
            w.rel = rel;
            if w.rel == "advmod" && NEGATIONS.contains(&w.up.as_str()) || w.rel == "neg" {
                w.negation = true;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Children of `i` whose relation's universal part is one of `rels`.
    pub fn deps<'a>(&'a self, i: usize, rels: &'a [&'a str]) -> impl Iterator<Item = usize> + 'a {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| rels.contains(&self.words[c].base_rel()) || rels.contains(&self.words[c].rel.as_str()))
    }

    /// The first child of `i` with exactly relation `rel` (or its universal part).
    pub fn dep(&self, i: usize, rel: &str) -> Option<usize> {
        self.deps(i, &[rel]).next()
    }

    /// `i` and every word below it, except below children whose relation `skip` refuses
    /// (called with the child and its relation), in sentence order.
    pub fn subtree_where(&self, i: usize, skip: &dyn Fn(usize, &Word) -> bool) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            for &c in &self.children[x] {
                if !skip(c, &self.words[c]) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The whole subtree of `i`, in sentence order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        self.subtree_where(i, &|_, _| false)
    }

    /// Whether `anc` dominates `i` (or is `i`).
    pub fn dominates(&self, anc: usize, mut i: usize) -> bool {
        let mut steps = 0;
        loop {
            if i == anc {
                return true;
            }
            match self.words[i].head {
                Some(h) if steps <= self.words.len() => {
                    i = h;
                    steps += 1;
                }
                _ => return false,
            }
        }
    }

    /// The conjuncts of `i` (its `conj` children, recursively), not including `i`; none when no
    /// coordinating word (`cc`) joins them (a comma alone often hides an apposition or a clause
    /// boundary the parser took for a list).
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let all = self.conj_chain(i);
        let joined = std::iter::once(i)
            .chain(all.iter().copied())
            .any(|x| self.deps(x, &["cc"]).next().is_some());
        if joined {
            all
        } else {
            Vec::new()
        }
    }

    fn conj_chain(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            for c in self.deps(x, &["conj"]) {
                if !out.contains(&c) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The word `i` is a conjunct of (following `conj` links up), or `i`.
    pub fn first_conjunct(&self, mut i: usize) -> usize {
        let mut steps = 0;
        while self.words[i].rel == "conj" && steps < self.words.len() {
            match self.words[i].head {
                Some(h) => i = h,
                None => break,
            }
            steps += 1;
        }
        i
    }

    /// Whether the verb `v` is passive: a `nsubj:pass`/`csubj:pass`/`aux:pass` child, or a
    /// past participle with a form of "be" as auxiliary.
    pub fn is_passive(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| {
            let w = &self.words[c];
            matches!(w.rel.as_str(), "nsubj:pass" | "csubj:pass" | "aux:pass")
        }) || (self.words[v].xpos == "VBN"
            && self.words[v].rel != "amod"
            && self.children[v]
                .iter()
                .any(|&c| self.words[c].base_rel() == "aux" && self.words[c].lemma == "BE")
            && !self.children[v]
                .iter()
                .any(|&c| self.words[c].base_rel() == "aux" && self.words[c].lemma == "HAVE"))
    }

    /// The case marker or mark of a word (`with` of "with Gondor"), upper-cased.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        self.children[i]
            .iter()
            .find(|&&c| matches!(self.words[c].base_rel(), "case" | "mark"))
            .map(|&c| self.words[c].up.as_str())
    }

    /// Whether the verb `v` is negated ("not", "n't", "never" as its own dependents).
    pub fn negated(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| self.words[c].negation)
    }

    /// The surface text of words `ids` (sentence order), joined with blanks.
    pub fn text(&self, ids: &[usize]) -> String {
        ids.iter()
            .map(|&i| self.words[i].form.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}
