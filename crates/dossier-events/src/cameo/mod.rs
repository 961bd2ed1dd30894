//! The PETRARCH-compatible CAMEO coder over dependency parses.
//!
//! [`CameoCoder::new`] compiles a dictionary set's verb file into a [`VerbIndex`] (hash maps
//! keyed by verb word, compiled patterns, transformations; unusable lines listed with a reason)
//! and reads its discards and the PICO ontology (for negation). [`CameoCoder::code`] codes one
//! analysed sentence given the actor mentions in it: every verb found in the index gets the code
//! of its best-matching pattern (else its own), a source (subject, controller, agent of a
//! passive, or the `$` phrase) and a target (the first actor among its complements, the subject
//! of a passive, or the `+` phrase); compound actors give one event per pair, `%` patterns make
//! the members of a compound subject act on each other, `[A:B]` codes add the reverse event,
//! negated verbs are negated through PICO (or dropped), sentences holding a discard phrase give
//! nothing, and transformations join a reported or wanted event with the verb reporting it.
//!
//! Modules: [`tree`] (the sentence view), [`index`], [`pattern`], [`matcher`], [`roles`],
//! [`negation`], [`transform`], [`given`] (documents from given CoNLL-U parses).
//!
//! This module does not find actors (the caller passes them), set claim statuses, or print.

pub mod given;
pub mod index;
pub mod matcher;
pub mod negation;
pub mod pattern;
pub mod roles;
pub mod transform;
pub mod tree;

#[cfg(test)]
mod tests;

use std::ops::Range;

use dossier_core::{Actor, Document};
use dossier_dict::{DictionarySet, DiscardScope, EventCode};

pub use index::{Refusal, VerbIndex};
use matcher::Coded;
use negation::Negator;
use roles::Roles;
use transform::Flat;
use tree::Tree;

/// An actor mention as the coder sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSpan {
    /// Words, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// The word the mention is anchored at (index into [`Document::tokens`]); `None`: the word of
    /// `tokens` whose head lies outside them.
    pub head: Option<usize>,
    /// Its code; mentions without one never take part in events.
    pub code: Option<String>,
}

impl ActorSpan {
    /// The span of a recognised actor.
    pub fn from_actor(a: &Actor) -> Self {
        ActorSpan {
            tokens: a.tokens.start as usize..a.tokens.end as usize,
            head: None,
            code: a.code.clone(),
        }
    }
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameoMatch {
    /// The verb, as an index into [`Document::tokens`].
    pub verb: u32,
    /// CAMEO code (`"050"`; leading zeros matter).
    pub code: String,
    /// Indices into the actor slice given to [`CameoCoder::code`] (one source and at most one
    /// target per event: compound actors give one event per pair).
    pub source: Vec<usize>,
    pub target: Vec<usize>,
    /// Our event kind, when the dictionary overlay names one (`defect`, `spy`).
    pub kind: Option<String>,
    /// The verb was negated (the code is the negated one).
    pub negated: bool,
    /// Why: block, verb line, pattern, and the tree arcs used.
    pub pattern: String,
    /// Other verbs (indices into [`Document::tokens`]) whose events a transformation or an open
    /// complement folded into this one ("said it had expelled", "pledged to expel").
    pub folded: Vec<u32>,
}

/// Choices that differ between uses of the coder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoderOptions {
    /// Events need a target (PETRARCH's `require_dyad`); when false, a source whose code names a
    /// country or organisation may act alone.
    pub require_dyad: bool,
    /// Drop events whose source and target have the same code.
    pub skip_self: bool,
    /// Find verbs by the parser's lemma as well as by the forms the dictionary lists.
    pub lemmas: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: true,
            skip_self: true,
            lemmas: true,
        }
    }
}

/// The coder: build once per dictionary set, share across threads.
pub struct CameoCoder {
    pub set: &'static DictionarySet,
    pub index: VerbIndex,
    negator: Negator,
    discards: Vec<(Vec<String>, bool, DiscardScope)>,
    /// Discards by first word (exact); a one-word open-ended discard of four letters or more
    /// matches by prefix and is listed in `open_prefixes` under its first four letters instead.
    discard_first: fxhash::FxHashMap<String, Vec<usize>>,
    open_prefixes: fxhash::FxHashMap<String, Vec<usize>>,
    pub options: CoderOptions,
}

/// The first four characters of a word (the whole word when shorter).
fn prefix4(w: &str) -> &str {
    match w.char_indices().nth(4) {
        Some((k, _)) => &w[..k],
        None => w,
    }
}

/// What one verb gave before transformations.
struct VerbRecord {
    v: usize,
    block: usize,
    sources: Vec<usize>,
    events: Vec<(Option<usize>, Option<usize>, String)>,
    trace: String,
    kind: Option<String>,
    negated: bool,
    /// Words the winning pattern matched.
    matched: Vec<usize>,
    /// The events were made by a transformation.
    transformed: bool,
    /// Verbs (sentence words) whose events went into this record's.
    folded: Vec<usize>,
    /// Its events went into another verb's transformation.
    consumed: bool,
}

impl CameoCoder {
    /// Compiles `set`'s verbs. Negation uses the set's ontology, else the embedded Phoenix one.
    pub fn new(set: &'static DictionarySet) -> Self {
        let ontology = set
            .ontology
            .as_ref()
            .or_else(|| dossier_dict::phoenix().ok().and_then(|p| p.ontology.as_ref()));
        let discards: Vec<(Vec<String>, bool, DiscardScope)> = set
            .discards
            .entries
            .iter()
            .map(|d| (d.phrase.words.clone(), d.phrase.open_end, d.scope))
            .collect();
        let mut discard_first: fxhash::FxHashMap<String, Vec<usize>> = fxhash::FxHashMap::default();
        let mut open_prefixes: fxhash::FxHashMap<String, Vec<usize>> = fxhash::FxHashMap::default();
        for (i, (phrase, open, _)) in discards.iter().enumerate() {
            match phrase.first() {
                Some(w) if phrase.len() == 1 && *open && w.len() >= 4 => {
                    open_prefixes.entry(prefix4(w).to_string()).or_default().push(i)
                }
                Some(w) => discard_first.entry(w.clone()).or_default().push(i),
                None => {}
            }
        }
        CameoCoder {
            set,
            index: VerbIndex::build(&set.verbs),
            negator: Negator::new(ontology),
            discards,
            discard_first,
            open_prefixes,
            options: CoderOptions::default(),
        }
    }

    pub fn with_options(mut self, options: CoderOptions) -> Self {
        self.options = options;
        self
    }

    /// The discard phrase sentence `sentence` holds, if any (line text and scope). Matching is
    /// by whole words, case-insensitive; a phrase not ending in `_` takes its last word as a stem.
    pub fn discard(&self, doc: &Document, sentence: usize) -> Option<(String, DiscardScope)> {
        self.discard_in(&Tree::from_document(doc, sentence)?)
    }

    fn discard_in(&self, tree: &Tree) -> Option<(String, DiscardScope)> {
        // (A one-word open discard needs the word to start with it, so the first four letters
        // of both agree; shorter discards are matched exactly.)
        let words: Vec<&str> = tree.words.iter().map(|w| w.up.as_str()).collect();
        let fits = |i: usize, s: usize| {
            let (phrase, open, _) = &self.discards[i];
            let n = phrase.len();
            s + n <= words.len()
                && phrase.iter().enumerate().all(|(k, want)| {
                    let w = words[s + k];
                    w == want || (k == n - 1 && *open && w.starts_with(want.as_str()) && want.len() >= 4)
                })
        };
        // The first discard in file order that occurs anywhere, as a scan of the list would find.
        let mut best: Option<usize> = None;
        for (s, word) in words.iter().enumerate() {
            let cands = self
                .discard_first
                .get(*word)
                .into_iter()
                .flatten()
                .chain(self.open_prefixes.get(prefix4(word)).into_iter().flatten());
            for &i in cands {
                if best.is_none_or(|b| i < b) && fits(i, s) {
                    best = Some(i);
                }
            }
        }
        best.map(|i| (self.discards[i].0.join(" "), self.discards[i].2))
    }

    /// Codes sentence `sentence` of `doc` (analysed: tags, lemmas, heads, relations) with the
    /// actor mentions `actors` (those outside the sentence are ignored).
    pub fn code(&self, doc: &Document, sentence: usize, actors: &[ActorSpan]) -> Vec<CameoMatch> {
        let Some(tree) = Tree::from_document(doc, sentence) else {
            return Vec::new();
        };
        if self.discard_in(&tree).is_some() {
            return Vec::new();
        }
        let anchors: Vec<Option<usize>> = actors
            .iter()
            .map(|a| {
                if a.code.as_deref().is_none_or(str::is_empty) {
                    return None;
                }
                anchor(&tree, a)
            })
            .collect();
        let roles = Roles::new(&tree, &anchors);
        let mut records = Vec::new();
        for v in 0..tree.len() {
            // Participles modifying a noun ("victims killed by X") describe, they do not report.
            if !tree.words[v].is_verb() || tree.words[v].rel == "acl" {
                continue;
            }
            let found = self.index.lookup(&tree, v, self.options.lemmas);
            let compound = roles.subject(v).is_some_and(|s| roles.actors_for(s).len() >= 2);
            let Some(coded) = matcher::code_verb(&self.index, &tree, v, compound, &found) else {
                continue;
            };
            if let Some(r) = self.record(&tree, &roles, v, &coded, actors) {
                records.push(r);
            }
        }
        let same = |a: usize, b: usize| a == b || (actors[a].code.is_some() && actors[a].code == actors[b].code);
        self.transform(&tree, &mut records, &same);
        control(&tree, &mut records, &self.negator);
        let mut out: Vec<CameoMatch> = Vec::new();
        for r in records {
            for (s, t, code) in r.events {
                let Some(s) = s else { continue };
                if t.is_none() && (self.options.require_dyad || !has_country(actors[s].code.as_deref())) {
                    continue;
                }
                if self.options.skip_self && t.is_some_and(|t| same(s, t)) {
                    continue;
                }
                let m = CameoMatch {
                    verb: (tree.offset + r.v) as u32,
                    code,
                    source: vec![s],
                    target: t.into_iter().collect(),
                    kind: r.kind.clone(),
                    negated: r.negated,
                    pattern: r.trace.clone(),
                    folded: r.folded.iter().map(|&v| (tree.offset + v) as u32).collect(),
                };
                if !out
                    .iter()
                    .any(|o| o.verb == m.verb && o.code == m.code && o.source == m.source && o.target == m.target)
                {
                    out.push(m);
                }
            }
        }
        out
    }

    /// Roles and events of one coded verb.
    fn record(&self, tree: &Tree, roles: &Roles, v: usize, coded: &Coded, actors: &[ActorSpan]) -> Option<VerbRecord> {
        let entry = &self.index.entries[coded.entry as usize];
        let block = &self.index.blocks[entry.block];
        let mut code = coded.code.clone();
        let negated = tree.negated(v);
        if negated && !code.is_null() {
            let neg = |c: &Option<String>| c.as_ref().and_then(|c| self.negator.negate(c));
            code = EventCode {
                code: neg(&code.code),
                reciprocal: neg(&code.reciprocal),
                pair: code.pair,
            };
        }
        let w = &tree.words[v];
        // Existential passives: "there were ten soldiers killed in X".
        let existential = matches!(w.xpos.as_str(), "VBN" | "VBD")
            && w.head
                .is_some_and(|h| tree.words[h].lemma == "BE" && tree.dep(h, "expl").is_some());
        let passive = tree.is_passive(v) || existential || (w.rel == "acl" && matches!(w.xpos.as_str(), "VBN" | "VBD"));
        let subj = roles.subject(v);
        let b = &coded.bindings;
        let subj_actors = subj.map(|s| roles.actors_for(s)).unwrap_or_default();
        let (mut sources, mut targets);
        if passive {
            targets = subj_actors.clone();
            sources = roles.passive_source(v, &targets);
        } else {
            sources = subj_actors.clone();
            let mut skip: Vec<usize> = subj.map(|s| tree.subtree(s)).unwrap_or_default();
            skip.extend(coded.material.0.iter().copied());
            let statement = code.code.as_deref() == Some("010");
            let domain = roles.target_domain(v, &skip, !statement);
            // Phrases the pattern spelled out are part of the act, not its target ("clash with
            // rioters in X", "received ministers from X").
            let mut not = sources.clone();
            if coded.pattern.is_some() {
                for &w in &b.words {
                    not.extend(roles.at(w).iter().copied());
                }
            }
            targets = roles.first_in(&domain, &not);
            if targets.is_empty() && not.len() > sources.len() {
                targets = roles.first_in(&domain, &sources);
            }
        }
        if let Some(s) = b.source {
            sources = roles.actors_for(s);
            if b.target.is_none() {
                targets = subj_actors.clone();
            }
        }
        if let Some(t) = b.target {
            targets = roles.actors_for(t);
            if b.source.is_none() && passive {
                sources = roles.passive_source(v, &targets);
            }
        }
        targets.retain(|t| !sources.contains(t));
        let mut events = Vec::new();
        let mut push = |s: Option<usize>, t: Option<usize>, c: &Option<String>| {
            if let Some(c) = c {
                events.push((s, t, c.clone()));
            }
        };
        // Members of a compound subject who consult or cooperate with no one else named do it
        // with each other ("X, Y and Z met").
        let reciprocal = targets.is_empty()
            && code
                .code
                .as_deref()
                .is_some_and(|c| matches!(c.get(..2), Some("03" | "04" | "05" | "06")));
        if (b.compound || reciprocal) && sources.len() >= 2 {
            for &s in &sources {
                for &t in &sources {
                    if s != t {
                        push(Some(s), Some(t), &code.code);
                        push(Some(t), Some(s), &code.reciprocal);
                    }
                }
            }
        } else {
            for &s in &sources {
                if targets.is_empty() {
                    push(Some(s), None, &code.code);
                }
                for &t in &targets {
                    push(Some(s), Some(t), &code.code);
                    push(Some(t), Some(s), &code.reciprocal);
                }
            }
        }
        let pattern = coded.pattern.map(|(bi, pi)| &self.index.blocks[bi].patterns[pi]);
        let names = |ks: &[usize]| -> String {
            ks.iter()
                .map(|&k| {
                    let a = &actors[k];
                    a.code.as_deref().unwrap_or("?").to_string()
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let trace = format!(
            "{} [{}] verb `{}` (line {}){}; `{}` {}{}; source {} ← {}; target {}{}",
            block.name,
            block.code,
            entry.lemma,
            entry.line,
            match pattern {
                Some(p) => format!("; pattern `{}` [{}] (line {})", p.text, p.code, p.line),
                None => String::new(),
            },
            w.form,
            if passive { "passive" } else { "active" },
            if negated { ", negated" } else { "" },
            names(&sources),
            match (b.source, subj) {
                (Some(s), _) => format!("`$` at `{}`", tree.words[s].form),
                (None, Some(s)) if !passive => format!("{} `{}`", tree.words[s].rel, tree.words[s].form),
                (None, _) if passive => "agent".to_string(),
                _ => "none".to_string(),
            },
            names(&targets),
            match b.target {
                Some(t) => format!(" ← `+` at `{}`", tree.words[t].form),
                None if passive => subj
                    .map(|s| format!(" ← {} `{}`", tree.words[s].rel, tree.words[s].form))
                    .unwrap_or_default(),
                None => " ← first actor in complements".to_string(),
            }
        );
        Some(VerbRecord {
            v,
            block: entry.block,
            sources,
            events,
            trace,
            kind: coded.kind.clone(),
            negated,
            matched: if coded.pattern.is_some() {
                b.words.clone()
            } else {
                Vec::new()
            },
            transformed: false,
            consumed: false,
            folded: Vec::new(),
        })
    }

    /// Joins reported/wanted events with their reporting verb (the dictionary's `~` lines).
    fn transform(&self, tree: &Tree, records: &mut [VerbRecord], same: &dyn Fn(usize, usize) -> bool) {
        if self.index.transformations.is_empty() {
            return;
        }
        for i in 0..records.len() {
            for j in 0..records.len() {
                if i == j || !complement_of(tree, records[j].v, records[i].v) {
                    continue;
                }
                let outer_events: Vec<Flat> = if records[i].events.is_empty() {
                    records[i]
                        .sources
                        .iter()
                        .map(|&s| Flat {
                            source: Some(s),
                            target: None,
                            code: String::new(),
                        })
                        .collect()
                } else {
                    records[i]
                        .events
                        .iter()
                        .map(|(s, t, c)| Flat {
                            source: *s,
                            target: *t,
                            code: c.clone(),
                        })
                        .collect()
                };
                let inner_events = records[j].events.clone();
                let outer_sources: Vec<usize> = outer_events.iter().filter_map(|o| o.source).collect();
                let mut made = Vec::new();
                let mut used_inner = vec![false; inner_events.len()];
                let mut seen_sources = Vec::new();
                for outer in &outer_events {
                    let Some(a) = outer.source else { continue };
                    if seen_sources.contains(&a) {
                        continue;
                    }
                    seen_sources.push(a);
                    for (k, (s, t, c)) in inner_events.iter().enumerate() {
                        // With a compound reporter ("X and Y said they ..."), each member pairs
                        // with its own inner event, not with the other members'.
                        if s.is_some_and(|s| s != a && outer_sources.contains(&s)) {
                            continue;
                        }
                        let inner = Flat {
                            source: *s,
                            target: *t,
                            code: c.clone(),
                        };
                        for tr in &self.index.transformations {
                            if let Some(res) = tr.apply(records[i].block, outer, &inner, same) {
                                made.push((res.source, res.target, res.code, tr.line));
                                used_inner[k] = true;
                                break;
                            }
                        }
                    }
                }
                if made.is_empty() {
                    continue;
                }
                records[j].consumed = true;
                let mut k = 0;
                records[j].events.retain(|_| {
                    k += 1;
                    !used_inner[k - 1]
                });
                let lines: Vec<String> = made.iter().map(|m| m.3.to_string()).collect();
                records[i].events = made.into_iter().map(|(s, t, c, _)| (s, t, c)).collect();
                records[i].transformed = true;
                let inner = records[j].v;
                records[i].folded.push(inner);
                records[i].trace.push_str(&format!(
                    "; transformation (line {}) with `{}`",
                    lines.join(","),
                    tree.words[records[j].v].form
                ));
            }
        }
    }
}

/// An open complement and its governor both coded ("wants to inspect", "urged X to help"): one
/// event stands (for a purpose clause, "met X to discuss", always the governor's). The governor's when it acts on someone (an object, or a passive with an agent:
/// "urged X to", "was pressured by X to") or its pattern covers the complement ("begun to
/// question"); else the complement's, with the governor's subject ("pledged to expel").
fn control(tree: &Tree, records: &mut [VerbRecord], pico: &Negator) {
    for i in 0..records.len() {
        for j in 0..records.len() {
            let (v1, v2) = (records[i].v, records[j].v);
            let first = tree.first_conjunct(v2);
            let under = tree.words[first].head == Some(v1);
            let xcomp = under && tree.words[first].base_rel() == "xcomp";
            let to_clause = under
                && tree.words[first].base_rel() == "advcl"
                && tree.children[first].iter().any(|&m| tree.words[m].up == "TO");
            // "asking X to help": a `to`-clause after an object is an open complement however
            // the parser labelled it; without an object it is a purpose.
            let objects: Vec<usize> = tree.deps(v1, &["obj", "iobj"]).collect();
            let xcomp = xcomp || (to_clause && !objects.is_empty());
            let purpose = to_clause && objects.is_empty();
            if i == j || !(xcomp || purpose) || records[i].transformed {
                continue;
            }
            if xcomp && records[i].consumed {
                // The governor already went into a transformation ("said he would not give X
                // permission to help").
                records[j].events.clear();
                continue;
            }
            if purpose && (!records[i].events.is_empty() || records[i].consumed) {
                // "met X to discuss", "send a team to help": the purpose is not another event.
                records[j].events.clear();
                continue;
            }
            if purpose || records[i].events.is_empty() || records[j].events.is_empty() {
                continue;
            }
            let passive = tree.is_passive(v1);
            let acts_on = if passive {
                tree.dep(v1, "obl:agent").is_some()
            } else {
                tree.deps(v1, &["obj", "iobj"]).next().is_some()
            };
            let sub = tree.subtree(first);
            let covers = records[i].matched.iter().any(|w| sub.contains(w));
            // An intention or request about the act: one event with the combined code, aimed at
            // the governor's object if it has one, else at the act's target.
            // Not when the governor's pattern names its object ("faces pressure to help"): that
            // act is what the governor does.
            let names_object = records[i].matched.iter().any(|w| objects.contains(w));
            let combined = pico
                .compose(&records[i].events[0].2, &records[j].events[0].2)
                .filter(|_| !names_object);
            if let (Some(code), false) = (combined, covers) {
                let inner_targets: Vec<Option<usize>> = records[j].events.iter().map(|e| e.1).collect();
                let outer = std::mem::take(&mut records[i].events);
                let mut made = Vec::new();
                for (s, t, _) in &outer {
                    let targets = if acts_on { vec![*t] } else { inner_targets.clone() };
                    for t in targets {
                        if !made.contains(&(*s, t, code.clone())) {
                            made.push((*s, t, code.clone()));
                        }
                    }
                }
                records[i].events = made;
                let inner = records[j].v;
                records[i].folded.push(inner);
                records[i].trace.push_str(&format!(
                    "; combined with `{}` into {code}",
                    tree.words[records[j].v].form
                ));
                records[j].events.clear();
                continue;
            }
            if acts_on || covers {
                records[j].events.clear();
            } else {
                records[i].events.clear();
            }
        }
    }
}

/// Whether verb `inner` is a clausal complement of verb `outer` (directly, or as a conjunct of
/// one).
fn complement_of(tree: &Tree, inner: usize, outer: usize) -> bool {
    let first = tree.first_conjunct(inner);
    tree.words[first].head == Some(outer) && matches!(tree.words[first].base_rel(), "ccomp" | "xcomp")
}

/// Whether a code names an actor with a country or organisation (not only an agent, `---GOV`).
fn has_country(code: Option<&str>) -> bool {
    code.is_some_and(|c| !c.starts_with("---") && !c.is_empty())
}

/// The sentence word a span is anchored at.
fn anchor(tree: &Tree, a: &ActorSpan) -> Option<usize> {
    let lo = tree.offset;
    let hi = tree.offset + tree.len();
    if let Some(h) = a.head {
        return (lo..hi).contains(&h).then(|| h - lo);
    }
    let r = a.tokens.start.max(lo)..a.tokens.end.min(hi);
    if r.is_empty() {
        return None;
    }
    let inside = |i: usize| r.contains(&(i + lo));
    (r.start - lo..r.end - lo)
        .find(|&i| tree.words[i].head.is_none_or(|h| !inside(h)))
        .or(Some(r.start - lo))
}
