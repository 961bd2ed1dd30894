//! PETRARCH-style actors for the validation harness: noun phrases of the parse matched against a
//! suite's actor and agent dictionaries (longest phrase first, left to right), actor codes
//! resolved at the record's date, and agents mixed into actor codes as PETRARCH does
//! (`ARN` + `~GOV` → `ARNGOV`, `NGO~` + `ARN` → `NGOARN`). A phrase holding only an agent takes
//! the actors of its prepositional phrases ("the ambassadors of Arnor, Osgiliath and Gondor"), or
//! none (`---GOV`); one holding only an actor takes an agent that runs into its prepositional
//! phrase ("the Calenardhon Ministry of Silly Walks").
//!
//! This is the harness's recogniser for dictionaries other than ours (the fictional actors of the
//! unit tests); the pipeline's own recogniser lives in `dossier-actors`. It returns spans for the
//! coder and does not code events.

use std::collections::HashMap;

use dossier_dict::{AgentCode, DictDate, DictionarySet, Placement};
use dossier_events::cameo::tree::Tree;
use dossier_events::cameo::ActorSpan;

/// Relations inside a noun phrase's core (the words before its prepositional phrases).
const CORE: &[&str] = &["compound", "amod", "det", "nummod", "flat", "fixed", "goeswith", "appos", "case"];
/// Relations that leave the noun phrase altogether.
const OUTSIDE: &[&str] = &[
    "conj", "cc", "acl", "advcl", "parataxis", "ccomp", "xcomp", "csubj", "punct", "list", "dep", "cop", "aux",
    "nsubj", "mark",
];

enum Payload {
    Actor(usize),
    Agent(AgentCode),
}

/// Actor and agent phrases by first word.
pub struct ActorMatcher {
    set: &'static DictionarySet,
    actors: Vec<(usize, usize)>, // (dictionary, entry)
    phrases: HashMap<String, Vec<(Vec<String>, Payload)>>,
}

#[derive(Default)]
struct Found {
    actors: Vec<(usize, String)>, // (first word position, code)
    agents: Vec<(usize, AgentCode)>,
    /// Word positions each phrase covers, in the order found (actors and agents mixed).
    cover: Vec<(usize, usize, bool)>, // (start, end, is actor)
}

impl ActorMatcher {
    pub fn new(set: &'static DictionarySet) -> Self {
        let mut phrases: HashMap<String, Vec<(Vec<String>, Payload)>> = HashMap::new();
        let mut actors = Vec::new();
        for (di, d) in set.actors.iter().enumerate() {
            for (ei, e) in d.entries.iter().enumerate() {
                let id = actors.len();
                actors.push((di, ei));
                for p in &e.phrases {
                    if let Some(first) = p.words.first() {
                        phrases
                            .entry(first.clone())
                            .or_default()
                            .push((p.words.clone(), Payload::Actor(id)));
                    }
                }
            }
        }
        for e in &set.agents.entries {
            for p in e.forms() {
                if let Some(first) = p.words.first() {
                    phrases
                        .entry(first.clone())
                        .or_default()
                        .push((p.words.clone(), Payload::Agent(e.code.clone())));
                }
            }
        }
        for v in phrases.values_mut() {
            // Longest first; at equal length actors before agents, then file order (stable sort).
            v.sort_by_key(|(w, p)| (std::cmp::Reverse(w.len()), matches!(p, Payload::Agent(_))));
        }
        ActorMatcher { set, actors, phrases }
    }

    fn code_of(&self, id: usize, date: Option<DictDate>) -> Option<String> {
        let (d, e) = self.actors[id];
        self.set.actors[d].entries[e].code_at(date).map(str::to_string)
    }

    /// Dictionary phrases in `words` (upper case), left to right, longest first.
    fn scan(&self, words: &[&str], date: Option<DictDate>) -> Found {
        let mut f = Found::default();
        let mut i = 0;
        while i < words.len() {
            let mut step = 1;
            if let Some(cands) = self.phrases.get(words[i]) {
                for (p, payload) in cands {
                    let n = p.len();
                    if i + n <= words.len() && p.iter().zip(&words[i..i + n]).all(|(a, b)| a == b) {
                        match payload {
                            Payload::Actor(id) => match self.code_of(*id, date) {
                                Some(c) => f.actors.push((i, c)),
                                None => continue,
                            },
                            Payload::Agent(a) => f.agents.push((i, a.clone())),
                        }
                        f.cover.push((i, i + n, matches!(payload, Payload::Actor(_))));
                        step = n;
                        break;
                    }
                }
            }
            i += step;
        }
        f
    }

    /// Actor spans of sentence `sentence` of `doc` (`date`: the record's `YYYYMMDD`).
    pub fn spans(&self, tree: &Tree, date: Option<&str>) -> Vec<ActorSpan> {
        let date = date.and_then(|d| DictDate::parse_compact(d).ok());
        let mut out = Vec::new();
        for n in 0..tree.len() {
            let w = &tree.words[n];
            if !matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "ADJ" | "NUM" | "X" | "SYM") {
                continue;
            }
            let in_core = CORE.contains(&w.base_rel()) || w.rel == "nmod:poss";
            if in_core && w.head.is_some_and(|h| tree.words[h].upos != "VERB") {
                continue;
            }
            for code in self.meaning(tree, n, date) {
                let core = core_of(tree, n);
                let lo = core.first().copied().unwrap_or(n);
                let hi = core.last().copied().unwrap_or(n);
                out.push(ActorSpan {
                    tokens: tree.offset + lo..tree.offset + hi + 1,
                    head: Some(tree.offset + n),
                    code: Some(code),
                });
            }
        }
        out
    }

    /// The codes the noun phrase headed by `n` stands for.
    fn meaning(&self, tree: &Tree, n: usize, date: Option<DictDate>) -> Vec<String> {
        let core = core_of(tree, n);
        let words = |ids: &[usize]| -> Vec<String> { ids.iter().map(|&i| tree.words[i].up.clone()).collect() };
        let cw = words(&core);
        let cref: Vec<&str> = cw.iter().map(String::as_str).collect();
        let mut f1 = self.scan(&cref, date);
        let head_pos = core.iter().position(|&i| i == n).unwrap_or(0);
        let covers_head = |(a, b, _): &(usize, usize, bool)| *a <= head_pos && head_pos < *b;
        // Several actors in one core ("the Al Qaeda-linked Somali group al-Shabab"): the one
        // holding the head word, else the first.
        if f1.actors.len() > 1 {
            let at_head = f1
                .cover
                .iter()
                .filter(|c| c.2)
                .position(|c| covers_head(c))
                .unwrap_or(0);
            let keep = f1.actors[at_head].clone();
            f1.actors = vec![keep];
        }
        // An agent alone names an actor only as the head ("the military", not "military
        // exercises").
        if f1.actors.is_empty() && !f1.cover.iter().any(|c| !c.2 && covers_head(c)) {
            f1.agents.clear();
        }
        if !f1.actors.is_empty() && !f1.agents.is_empty() {
            return mix(&f1.actors, &f1.agents);
        }
        let full = tree.subtree_where(n, &|_, x| OUTSIDE.contains(&x.base_rel()));
        if full.len() == core.len() {
            return if f1.actors.is_empty() {
                if f1.agents.is_empty() {
                    Vec::new()
                } else {
                    mix(&[(0, "---".to_string())], &f1.agents)
                }
            } else {
                mix(&f1.actors, &[])
            };
        }
        let fw = words(&full);
        let fref: Vec<&str> = fw.iter().map(String::as_str).collect();
        let f2 = self.scan(&fref, date);
        // Positions in `full` of the core's words.
        let in_core = |pos: usize| core.contains(&full[pos]);
        if !f1.actors.is_empty() {
            let spanning: Vec<(usize, AgentCode)> =
                f2.agents.iter().filter(|(p, _)| in_core(*p)).cloned().collect();
            return mix(&f1.actors, &spanning);
        }
        if !f1.agents.is_empty() {
            let outside: Vec<(usize, String)> = f2.actors.iter().filter(|(p, _)| !in_core(*p)).cloned().collect();
            if outside.is_empty() {
                return mix(&[(0, "---".to_string())], &f1.agents);
            }
            return mix(&outside, &f1.agents);
        }
        let spanning: Vec<(usize, AgentCode)> = f2.agents.iter().filter(|(p, _)| in_core(*p)).cloned().collect();
        if spanning.is_empty() {
            return Vec::new();
        }
        let outside: Vec<(usize, String)> = f2.actors.iter().filter(|(p, _)| !in_core(*p)).cloned().collect();
        if outside.is_empty() {
            mix(&[(0, "---".to_string())], &spanning)
        } else {
            mix(&outside, &spanning)
        }
    }
}

/// The words of `n`'s core: `n` and its compounds, modifiers, determiners, possessors,
/// appositions and flat names, in sentence order.
fn core_of(tree: &Tree, n: usize) -> Vec<usize> {
    tree.subtree_where(n, &|_, x| !(CORE.contains(&x.base_rel()) || x.rel == "nmod:poss"))
}

/// PETRARCH's mixing: each agent's code is added to each actor's unless already in it; the
/// generic `~PPL` only when it is the sole agent.
fn mix(actors: &[(usize, String)], agents: &[(usize, AgentCode)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, a) in actors {
        let mut code = a.clone();
        for (_, ag) in agents {
            if ag.code == "PPL" && agents.len() > 1 {
                continue;
            }
            if !code.contains(&ag.code) {
                code = match ag.placement {
                    Placement::Suffix => format!("{code}{}", ag.code),
                    Placement::Prefix => format!("{}{code}", ag.code),
                };
            }
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}
