//! Matching compiled patterns against one verb of a tree.
//!
//! The material a pattern sees is the verb's own phrase, not the sentence: after the verb, the
//! subtrees of its objects, obliques, particles, adverbs, open complements (`xcomp`) and
//! `to`-clauses; before it, its subject and fronted obliques. Words match a word's form or lemma;
//! `_` asks for the next word; `(P ...)` needs `P` to mark a phrase (case, mark or particle) with
//! the rest inside that phrase; `{... H}` needs `H` to head a noun phrase holding the rest in
//! order, with no compound of the head left out between them; `$`/`+` mark the phrase where the
//! source/target is; `^` passes over one phrase. Among the patterns that match, the one asking
//! for the most words wins (ties: the earlier line).
//!
//! This module finds the best pattern and its bindings; it does not pick actors or codes.

use super::index::{Found, VerbIndex};
use super::pattern::{Alt, CompiledPattern, Elem, Step};
use super::tree::{Tree, Word};
use dossier_dict::{EventCode, GroupKind};

/// Relations whose subtrees follow the verb in its phrase.
const AFTER: &[&str] = &[
    "obj", "iobj", "obl", "nmod", "xcomp", "compound", "advmod", "dep", "expl",
];
/// Relations whose subtrees precede the verb in its phrase.
const BEFORE: &[&str] = &["nsubj", "csubj", "obl", "nmod", "expl"];
/// Relations that start another clause inside a phrase: never material.
const CLAUSES: &[&str] = &["acl", "advcl", "parataxis", "ccomp", "conj", "punct", "csubj", "list"];

/// Where a pattern's markers point and whether it asks for a compound actor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bindings {
    /// Head word of the phrase marked `$`.
    pub source: Option<usize>,
    /// Head word of the phrase marked `+`.
    pub target: Option<usize>,
    pub compound: bool,
    /// Words the pattern matched.
    pub words: Vec<usize>,
    /// Heads of the phrases `^` passed over.
    pub skipped: Vec<usize>,
}

/// What [`Bindings`] held at one point of a match, to go back to when a branch fails (matching
/// only sets markers and appends words, so lengths are enough).
#[derive(Clone, Copy)]
struct Mark {
    source: Option<usize>,
    target: Option<usize>,
    compound: bool,
    words: usize,
    skipped: usize,
}

impl Bindings {
    fn mark(&self) -> Mark {
        Mark {
            source: self.source,
            target: self.target,
            compound: self.compound,
            words: self.words.len(),
            skipped: self.skipped.len(),
        }
    }

    fn reset(&mut self, m: Mark) {
        self.source = m.source;
        self.target = m.target;
        self.compound = m.compound;
        self.words.truncate(m.words);
        self.skipped.truncate(m.skipped);
    }
}

/// The code a verb gets, with the pattern (if any) that gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Coded {
    pub entry: u32,
    pub code: EventCode,
    pub kind: Option<String>,
    /// (block, pattern index) of the winning pattern.
    pub pattern: Option<(usize, usize)>,
    pub bindings: Bindings,
    /// Material words (before, after) the patterns saw.
    pub material: (Vec<usize>, Vec<usize>),
}

/// The words before and after verb `v` that patterns may match (`extra`: the other words of a
/// multi-word verb, left out).
pub fn material(tree: &Tree, v: usize, extra: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let skip = |_: usize, w: &Word| {
        (CLAUSES.contains(&w.base_rel()) && w.rel != "acl:relcl" && w.base_rel() != "acl") || w.base_rel() == "punct"
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    let passive = tree.is_passive(v);
    for &c in &tree.children[v] {
        let w = &tree.words[c];
        let rel = w.base_rel();
        if passive && w.rel == "nsubj:pass" {
            // The logical object of a passive ("evidence against X was presented").
            after.extend(tree.subtree_where(c, &|i, w| skip(i, w) || CLAUSES.contains(&w.base_rel())));
            continue;
        }
        let to_clause = rel == "advcl" && tree.children[c].iter().any(|&m| tree.words[m].up == "TO");
        // Coordinated nouns stay ("a new bombing and shelling offensive"), coordinated verbs
        // are clauses of their own.
        let sub = || {
            tree.subtree_where(c, &|i, w| {
                (w.is_verb() || w.base_rel() != "conj") && (CLAUSES.contains(&w.base_rel()) || skip(i, w))
            })
        };
        if c > v && (AFTER.contains(&rel) || to_clause) {
            after.extend(sub());
        } else if c < v && BEFORE.contains(&rel) {
            before.extend(sub());
        }
    }
    let keep = |i: &usize| !extra.contains(i) && !tree.words[*i].is_punct();
    before.retain(keep);
    after.retain(keep);
    before.sort_unstable();
    after.sort_unstable();
    (before, after)
}

fn word_is(w: &Word, want: &str) -> bool {
    w.up == want || w.lemma == want
}

/// Climbs from a nominal word to the head of its noun phrase.
pub fn phrase_head(tree: &Tree, mut i: usize) -> usize {
    let mut steps = 0;
    while steps < tree.len() {
        let w = &tree.words[i];
        let climb = matches!(
            w.base_rel(),
            "compound" | "flat" | "amod" | "det" | "nummod" | "goeswith" | "fixed"
        ) || w.rel == "nmod:poss";
        match (climb, w.head) {
            (true, Some(h)) => i = h,
            _ => break,
        }
        steps += 1;
    }
    i
}

/// A word that can head or start a phrase a marker points at: a noun, or any word in a nominal
/// relation ("from the Syrian").
fn nominal(w: &Word) -> bool {
    matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM" | "X")
        || (matches!(w.base_rel(), "obl" | "nmod" | "obj" | "iobj" | "nsubj" | "appos") && w.upos != "VERB")
}

struct Ctx<'a> {
    tree: &'a Tree,
    /// Words deep inside an oblique of the verb (below its head and the head's modifiers): a
    /// bare pattern word does not reach them ("made remarks at the start of a trip" is not
    /// `* TRIP`); a `(...)` group does.
    deep: Vec<bool>,
    /// The verb's subject is a compound actor ("X and Y"): what `%` asks for.
    compound: bool,
}

impl Ctx<'_> {
    /// Matches `steps` in order over `mat[start..]`; `prev` is the last word matched. Returns the
    /// number of words matched.
    fn seq(&self, steps: &[Step], mat: &[usize], start: usize, prev: Option<usize>, b: &mut Bindings) -> Option<usize> {
        self.seq_at(steps, mat, start, prev, b, false)
    }

    /// `top`: the steps are the pattern's own, not a group's.
    fn seq_at(
        &self,
        steps: &[Step],
        mat: &[usize],
        start: usize,
        prev: Option<usize>,
        b: &mut Bindings,
        top: bool,
    ) -> Option<usize> {
        let Some((step, rest)) = steps.split_first() else {
            return Some(0);
        };
        let t = self.tree;
        let positions = start..mat.len();
        match &step.elem {
            Elem::Compound => {
                if !self.compound {
                    return None;
                }
                b.compound = true;
                self.seq_at(rest, mat, start, prev, b, top).map(|n| n + 1)
            }
            Elem::Source | Elem::Target => {
                let at = (start..mat.len()).find(|&p| nominal(&t.words[mat[p]]));
                if let Some(p) = at {
                    let h = phrase_head(t, mat[p]);
                    if matches!(step.elem, Elem::Source) {
                        b.source = Some(h);
                    } else {
                        b.target = Some(h);
                    }
                }
                self.seq_at(rest, mat, start, prev, b, top)
            }
            Elem::Skip => {
                // Pass over one noun phrase up to its head (its own prepositional phrases stay).
                let p = (start..mat.len()).find(|&p| nominal(&t.words[mat[p]]))?;
                let h = phrase_head(t, mat[p]).max(mat[p]);
                b.skipped.push(h);
                let next = mat.iter().position(|&x| x > h).unwrap_or(mat.len());
                self.seq_at(rest, mat, next, Some(h), b, top)
            }
            Elem::Words(alts) => {
                for p in positions {
                    if step.adjacent && prev.is_some_and(|q| mat[p] != q + 1) {
                        continue;
                    }
                    if top && self.deep.get(mat[p]).copied().unwrap_or(false) {
                        continue;
                    }
                    for alt in alts {
                        let saved = b.mark();
                        if let Some((n, last, next)) = self.alt(alt, mat, p, b) {
                            if let Some(m) = self.seq_at(rest, mat, next, Some(last), b, top) {
                                return Some(n + m);
                            }
                        }
                        b.reset(saved);
                    }
                }
                None
            }
            Elem::Group { kind, steps: inner } => {
                for p in positions {
                    if step.adjacent && prev.is_some_and(|q| mat[p] != q + 1) {
                        continue;
                    }
                    let saved = b.mark();
                    let got = match kind {
                        GroupKind::PrepPhrase => self.prep(inner, mat, p, b),
                        GroupKind::NounPhrase => self.noun(inner, mat, p, b),
                    };
                    if let Some((n, last)) = got {
                        let next = mat.iter().position(|&x| x > last).unwrap_or(mat.len());
                        if let Some(m) = self.seq_at(rest, mat, next, Some(last), b, top) {
                            return Some(n + m);
                        }
                    }
                    b.reset(saved);
                }
                None
            }
        }
    }

    /// One alternative at `mat[p]`: (words matched, last word, next position).
    fn alt(&self, alt: &Alt, mat: &[usize], p: usize, b: &mut Bindings) -> Option<(usize, usize, usize)> {
        let t = self.tree;
        match alt.group {
            Some(kind) => {
                let steps: Vec<Step> = std::iter::once(Step {
                    elem: Elem::Words(vec![Alt {
                        words: vec![alt.words[0].clone()],
                        group: None,
                    }]),
                    adjacent: false,
                })
                .chain(alt.words[1..].iter().map(|w| Step {
                    elem: Elem::Words(vec![Alt {
                        words: vec![w.clone()],
                        group: None,
                    }]),
                    adjacent: false,
                }))
                .collect();
                let (n, last) = match kind {
                    GroupKind::PrepPhrase => self.prep(&steps, mat, p, b)?,
                    GroupKind::NounPhrase => self.noun(&steps, mat, p, b)?,
                };
                let next = mat.iter().position(|&x| x > last).unwrap_or(mat.len());
                Some((n, last, next))
            }
            None => {
                for (k, want) in alt.words.iter().enumerate() {
                    let q = mat.get(p + k)?;
                    if (k > 0 && *q != mat[p] + k) || !word_is(&t.words[*q], want) {
                        return None;
                    }
                }
                let n = alt.words.len();
                b.words.extend(&mat[p..p + n]);
                Some((n, mat[p + n - 1], p + n))
            }
        }
    }

    /// `(P ...)` with the preposition at `mat[p]`: (words matched, last word).
    fn prep(&self, steps: &[Step], mat: &[usize], p: usize, b: &mut Bindings) -> Option<(usize, usize)> {
        let t = self.tree;
        let (first, rest) = steps.split_first()?;
        let Elem::Words(alts) = &first.elem else {
            return None;
        };
        let tok = mat[p];
        let w = &t.words[tok];
        if !alts.iter().any(|a| a.words.len() == 1 && word_is(w, &a.words[0])) {
            return None;
        }
        b.words.push(tok);
        if rest.is_empty() {
            // `(IN)`: any phrase with that preposition; a marker may follow outside the group.
            return Some((1, tok));
        }
        let marks = matches!(w.base_rel(), "case" | "mark");
        let scope: Vec<usize> = match (marks, w.head) {
            // The `to` of an infinitive marks the verb itself ("(TO LEAVE)"), not the words of
            // its clause ("agreed to lift sanctions" is not `(TO SANCTIONS)`).
            (true, Some(h)) if t.words[h].is_verb() => mat[p + 1..].iter().copied().filter(|&x| x == h).collect(),
            (true, Some(h)) => {
                let sub = t.subtree(h);
                mat[p + 1..]
                    .iter()
                    .copied()
                    .filter(|x| sub.binary_search(x).is_ok())
                    .collect()
            }
            _ => mat[p + 1..].to_vec(),
        };
        // (On failure the caller resets `b` to its mark.)
        let n = self.seq(rest, &scope, 0, Some(tok), b)?;
        let last = b.words.iter().chain(&b.skipped).copied().max().unwrap_or(tok).max(tok);
        Some((n + 1, last))
    }

    /// `{... H}` with a candidate head at `mat[p]`: (words matched, last word of the phrase).
    fn noun(&self, steps: &[Step], mat: &[usize], p: usize, b: &mut Bindings) -> Option<(usize, usize)> {
        let t = self.tree;
        let h = mat[p];
        let (last, init) = steps.split_last()?;
        let Elem::Words(alts) = &last.elem else {
            return None;
        };
        // The head alternative: its last word is the head, earlier words stand right before it.
        let mut head_start = None;
        for alt in alts.iter().filter(|a| a.group.is_none()) {
            let k = alt.words.len();
            if k > h + 1 {
                continue;
            }
            let ok = alt
                .words
                .iter()
                .enumerate()
                .all(|(j, want)| word_is(&t.words[h + 1 - k + j], want));
            if ok {
                head_start = Some(h + 1 - k);
                break;
            }
        }
        let start = head_start?;
        let np: Vec<usize> = t
            .subtree_where(h, &|_, w| CLAUSES.contains(&w.base_rel()) || w.base_rel() == "case")
            .into_iter()
            .filter(|&x| x < start)
            .collect();
        let n = self.seq(init, &np, 0, None, b)?;
        // Between the last word matched before the head and the head, no other dependent of the
        // head may stand ("cultural secret memos" is not `{CULTURAL MEMOS}`; "new global
        // economic relations" is `{NEW ECONOMIC RELATIONS}`).
        let last_mod = b.words.iter().copied().filter(|x| np.contains(x)).max();
        if let Some(lm) = last_mod {
            let between = t.children[h]
                .iter()
                .any(|&c| c > lm && c < start && !b.words.contains(&c));
            if between {
                return None;
            }
        }
        b.words.extend(start..=h);
        Some((n + (h + 1 - start), h))
    }
}

impl<'a> Ctx<'a> {
    /// The context of verb `v`, shared by every pattern tried on it.
    fn new(tree: &'a Tree, v: usize, compound: bool) -> Self {
        let mut deep = vec![false; tree.len()];
        // The verb of an open complement is an act of its own, not a word of this one's phrase
        // ("asked X to help" is not `* HELP`).
        let has_obj = tree.deps(v, &["obj", "iobj"]).next().is_some();
        for &c in &tree.children[v] {
            if matches!(tree.words[c].base_rel(), "obl" | "nmod" | "nsubj") {
                let shallow = tree.subtree_where(c, &|_, w| {
                    !matches!(w.base_rel(), "compound" | "amod" | "det" | "nummod" | "flat" | "case")
                });
                for x in tree.subtree(c) {
                    deep[x] = shallow.binary_search(&x).is_err();
                }
            }
            let to_clause =
                tree.words[c].base_rel() == "advcl" && tree.children[c].iter().any(|&m| tree.words[m].up == "TO");
            if (tree.words[c].rel == "xcomp" || (to_clause && has_obj)) && tree.words[c].is_verb() {
                deep[c] = true;
            }
        }
        Ctx { tree, deep, compound }
    }

    /// Tries `pat` on the verb's material.
    fn try_pattern(&self, pat: &CompiledPattern, before: &[usize], after: &[usize]) -> Option<(usize, Bindings)> {
        let mut b = Bindings::default();
        let n1 = self.seq_at(&pat.before, before, 0, None, &mut b, true)?;
        let n2 = self.seq_at(&pat.after, after, 0, None, &mut b, true)?;
        Some((n1 + n2, b))
    }
}

/// The code verb `v` gets from the entries `found` for it: the best matching pattern of their
/// blocks, else the first entry's own code.
/// The best pattern so far: (words matched, line, (block, pattern), bindings, entry).
type Best = (usize, usize, (usize, usize), Bindings, u32);

/// `compound`: the verb's subject is a compound actor.
pub fn code_verb(index: &VerbIndex, tree: &Tree, v: usize, compound: bool, found: &[Found]) -> Option<Coded> {
    let first = found.first()?;
    let (before, after) = material(tree, v, &first.extra);
    let ctx = Ctx::new(tree, v, compound);
    let mut best: Option<Best> = None;
    let mut blocks_seen = Vec::new();
    for f in found {
        let e = &index.entries[f.entry as usize];
        if blocks_seen.contains(&e.block) {
            continue;
        }
        blocks_seen.push(e.block);
        for (pi, pat) in index.blocks[e.block].patterns.iter().enumerate() {
            // The pattern matching the most words wins ("austrian gold florin" is
            // `&HYPERCURR` before `&CURRENCY`'s "florin"); at a tie, the earlier line.
            if let Some((n, b)) = ctx.try_pattern(pat, &before, &after) {
                let better = match &best {
                    None => true,
                    Some((w, line, ..)) => n > *w || (n == *w && pat.line < *line),
                };
                if better {
                    best = Some((n, pat.line, (e.block, pi), b, f.entry));
                }
            }
        }
    }
    let e0 = &index.entries[first.entry as usize];
    Some(match best {
        Some((_, _, (bi, pi), b, entry)) => {
            let pat = &index.blocks[bi].patterns[pi];
            Coded {
                entry,
                code: pat.code.clone(),
                kind: pat.kind.clone().or_else(|| index.entries[entry as usize].kind.clone()),
                pattern: Some((bi, pi)),
                bindings: b,
                material: (before, after),
            }
        }
        None => Coded {
            entry: first.entry,
            code: e0.code.clone(),
            kind: e0.kind.clone(),
            pattern: None,
            bindings: Bindings::default(),
            material: (before, after),
        },
    })
}
