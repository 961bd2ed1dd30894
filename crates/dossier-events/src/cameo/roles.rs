//! Who does what to whom for one verb: the source (subject, controller of an open complement,
//! shared subject of a coordinated verb, antecedent of a relative pronoun, the agent of a
//! passive), the target (the first actor in the verb's complements, the subject of a passive),
//! and compound actors ("X and Y", "the ambassadors of X, Y and Z") expanded to every member.
//!
//! Actors are the caller's spans, each anchored at one word (its given head, else the word of
//! the span whose head lies outside it). This module reads the tree and the spans; it does not
//! match patterns or decide codes.

use super::tree::Tree;

/// Relations of a verb's complements where its target is looked for (not its open complement:
/// "proposed to take it up with X" does not propose anything to X).
const TARGET_RELS: &[&str] = &["obj", "iobj", "obl", "nmod", "ccomp", "compound", "dep", "advmod"];
/// Relations that open another clause: a noun phrase's actors are not looked for below them.
const CLAUSES: &[&str] = &[
    "acl",
    "advcl",
    "parataxis",
    "ccomp",
    "csubj",
    "conj",
    "punct",
    "list",
    "xcomp",
];

/// Actor spans of one sentence, anchored to words.
pub struct Roles<'a> {
    pub tree: &'a Tree,
    /// Span indices anchored at each word.
    anchored: Vec<Vec<usize>>,
}

impl<'a> Roles<'a> {
    /// `anchors[k]`: the word (sentence index) span `k` is anchored at, `None` to ignore it.
    pub fn new(tree: &'a Tree, anchors: &[Option<usize>]) -> Self {
        let mut anchored = vec![Vec::new(); tree.len()];
        for (k, a) in anchors.iter().enumerate() {
            if let Some(&w) = a.as_ref().filter(|&&w| w < tree.len()) {
                anchored[w].push(k);
            }
        }
        Roles { tree, anchored }
    }

    /// Spans anchored at word `w`.
    pub fn at(&self, w: usize) -> &[usize] {
        &self.anchored[w]
    }

    /// The actors a phrase headed by `w` stands for: its own spans, else the first actor inside
    /// it (with that actor's conjuncts); then the same for each conjunct of `w`.
    pub fn actors_for(&self, w: usize) -> Vec<usize> {
        let t = self.tree;
        let mut out = Vec::new();
        let mut members = vec![w];
        members.extend(t.conjuncts(w));
        // A list parsed as an apposition with conjuncts ("Mordor, the Shire, Arnor and Bree").
        let listing = !t.conjuncts(w).is_empty();
        for a in t.deps(w, &["appos"]).collect::<Vec<_>>() {
            if listing || t.dep(a, "conj").is_some() {
                members.push(a);
                members.extend(t.conjuncts(a));
            }
        }
        for c in members {
            if !self.anchored[c].is_empty() {
                push_all(&mut out, &self.anchored[c]);
                continue;
            }
            let inside = t.subtree_where(c, &|_, x| CLAUSES.contains(&x.base_rel()));
            if let Some(&y) = inside.iter().find(|&&y| y != c && !self.anchored[y].is_empty()) {
                push_all(&mut out, &self.anchored[y]);
                for z in t.conjuncts(y) {
                    push_all(&mut out, &self.actors_for(z));
                }
            }
        }
        out
    }

    /// The first actor (in sentence order) among `words`, skipping the spans in `not`, with its
    /// conjuncts.
    pub fn first_in(&self, words: &[usize], not: &[usize]) -> Vec<usize> {
        for &x in words {
            let here: Vec<usize> = self.anchored[x].iter().copied().filter(|k| !not.contains(k)).collect();
            if !here.is_empty() {
                let mut out = here;
                for z in self.tree.conjuncts(x) {
                    for k in self.actors_for(z) {
                        if !not.contains(&k) && !out.contains(&k) {
                            out.push(k);
                        }
                    }
                }
                return out;
            }
        }
        Vec::new()
    }

    /// The words where verb `v`'s target is looked for: its complements after it (and a fronted
    /// oblique), in sentence order, without `skip`.
    /// `ccomp`: whether a reported clause counts (not for plain statements: what is said is
    /// the content, not the target).
    pub fn target_domain(&self, v: usize, skip: &[usize], ccomp: bool) -> Vec<usize> {
        let t = self.tree;
        let mut out = Vec::new();
        for &c in &t.children[v] {
            let rel = t.words[c].base_rel();
            if rel == "ccomp" && !ccomp {
                continue;
            }
            let to_clause = rel == "advcl" && t.children[c].iter().any(|&m| t.words[m].up == "TO");
            if (TARGET_RELS.contains(&rel) || to_clause) && t.words[c].rel != "obl:agent" {
                // Not into clauses of their own below ("two weeks after rebels kidnapped X").
                out.extend(t.subtree_where(c, &|_, x| {
                    matches!(x.base_rel(), "parataxis" | "advcl" | "csubj") || x.rel == "acl:relcl"
                }));
            }
        }
        out.retain(|x| !skip.contains(x));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The word heading verb `v`'s subject: its own `nsubj` (active) or `nsubj:pass`; else the
    /// controller of an open complement (the governor's object, else its subject), the subject
    /// shared with a coordinated verb, the noun a relative clause or participle modifies.
    pub fn subject(&self, v: usize) -> Option<usize> {
        self.subject_depth(v, 0)
    }

    fn subject_depth(&self, v: usize, depth: usize) -> Option<usize> {
        let t = self.tree;
        if depth > 8 {
            return None;
        }
        let own = t.deps(v, &["nsubj", "csubj"]).next();
        if let Some(s) = own {
            let w = &t.words[s];
            let relative = w.has_feat("PronType=Rel") || matches!(w.up.as_str(), "WHO" | "WHICH" | "THAT");
            if relative && t.words[v].base_rel() == "acl" {
                return t.words[v].head;
            }
            let pronoun = w.upos == "PRON" && self.actors_for(s).is_empty();
            if pronoun && matches!(t.words[v].base_rel(), "ccomp" | "advcl" | "xcomp" | "conj") {
                if let Some(g) = t.words[v].head {
                    if let Some(up) = self.subject_depth(g, depth + 1) {
                        return Some(up);
                    }
                }
            }
            return Some(s);
        }
        let gov = t.words[v].head?;
        match t.words[v].base_rel() {
            "xcomp" => {
                let obj = t.deps(gov, &["obj", "iobj"]).next();
                match obj {
                    Some(o) if !t.is_passive(gov) => Some(o),
                    _ => self.subject_depth(gov, depth + 1),
                }
            }
            "conj" => self.subject_depth(gov, depth + 1),
            // A `to`-clause shares the subject ("went there to meet X"); participles ("...,
            // killing Y") and clauses with a subordinator ("for helping", "after leaving") are
            // background to the main event, as PETRARCH reads them.
            "advcl" => {
                let to = t.deps(v, &["mark"]).any(|m| t.words[m].up == "TO");
                if to {
                    self.subject_depth(gov, depth + 1)
                } else {
                    None
                }
            }
            "acl" => Some(gov),
            _ => None,
        }
    }

    /// The agent of passive verb `v`: its `obl:agent`, else the first actor among its obliques.
    pub fn passive_source(&self, v: usize, not: &[usize]) -> Vec<usize> {
        let t = self.tree;
        if let Some(a) = t.dep(v, "obl:agent") {
            let found = self.actors_for(a);
            if !found.is_empty() {
                return found;
            }
            // "by a missile believed to be fired by rebels": the agent's own clauses.
            let found = self.first_in(&t.subtree(a), not);
            if !found.is_empty() {
                return found;
            }
        }
        let mut obl = Vec::new();
        for &c in &t.children[v] {
            if c > v && matches!(t.words[c].base_rel(), "obl" | "nmod") {
                obl.extend(t.subtree_where(c, &|_, x| CLAUSES.contains(&x.base_rel())));
            }
        }
        obl.sort_unstable();
        self.first_in(&obl, not)
    }
}

fn push_all(out: &mut Vec<usize>, ks: &[usize]) {
    for &k in ks {
        if !out.contains(&k) {
            out.push(k);
        }
    }
}
