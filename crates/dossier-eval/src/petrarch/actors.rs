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
const CORE: &[&str] = &[
    "compound", "amod", "det", "nummod", "flat", "fixed", "goeswith", "appos", "case",
];
/// Relations that leave the noun phrase altogether.
const OUTSIDE: &[&str] = &[
    "conj",
    "cc",
    "acl",
    "advcl",
    "parataxis",
    "ccomp",
    "xcomp",
    "csubj",
    "punct",
    "list",
    "dep",
    "cop",
    "aux",
    "nsubj",
    "mark",
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

/// A dictionary phrase found in a word sequence: words `start..end`.
struct Hit {
    start: usize,
    end: usize,
    actor: Option<String>,
    agent: Option<AgentCode>,
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
            // Longest first; at equal length actors before agents; a phrase defined twice takes
            // its last definition, as PETRARCH's dictionary does (stable sort of the reversed
            // list).
            v.reverse();
            v.sort_by_key(|(w, p)| (std::cmp::Reverse(w.len()), matches!(p, Payload::Agent(_))));
        }
        ActorMatcher { set, actors, phrases }
    }

    fn code_of(&self, id: usize, date: Option<DictDate>) -> Option<String> {
        let (d, e) = self.actors[id];
        self.set.actors[d].entries[e].code_at(date).map(str::to_string)
    }

    /// Dictionary phrases in `words` (upper case), left to right, longest first.
    fn scan(&self, words: &[&str], date: Option<DictDate>) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut step = 1;
            if let Some(cands) = self.phrases.get(words[i]) {
                for (p, payload) in cands {
                    let n = p.len();
                    if i + n <= words.len() && p.iter().zip(&words[i..i + n]).all(|(a, b)| a == b) {
                        let (actor, agent) = match payload {
                            Payload::Actor(id) => match self.code_of(*id, date) {
                                Some(c) => (Some(c), None),
                                None => continue,
                            },
                            Payload::Agent(a) => (None, Some(a.clone())),
                        };
                        hits.push(Hit {
                            start: i,
                            end: i + n,
                            actor,
                            agent,
                        });
                        step = n;
                        break;
                    }
                }
            }
            i += step;
        }
        hits
    }

    /// Actor spans of sentence `sentence` of `doc` (`date`: the record's `YYYYMMDD`).
    pub fn spans(&self, tree: &Tree, date: Option<&str>) -> Vec<ActorSpan> {
        let date = date.and_then(|d| DictDate::parse_compact(d).ok());
        let heads: Vec<usize> = (0..tree.len())
            .filter(|&n| {
                let w = &tree.words[n];
                let nominal_rel = matches!(w.base_rel(), "nsubj" | "obj" | "iobj" | "obl" | "nmod" | "appos");
                let nominal = matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "ADJ" | "NUM" | "X" | "SYM");
                let in_core = (CORE.contains(&w.base_rel()) && !list_appos(tree, n)) || w.rel == "nmod:poss";
                (nominal || nominal_rel) && !(in_core && w.head.is_some_and(|h| tree.words[h].upos != "VERB"))
            })
            .collect();
        // Words inside another head's core ("Calenardhon" of "Eriadori and Calenardhon
        // leaders") are not heads of their own.
        let mut covered = vec![false; tree.len()];
        for &h in &heads {
            for x in core_of(tree, h) {
                if x != h {
                    covered[x] = true;
                }
            }
        }
        let mut meanings: Vec<(usize, Meaning)> = Vec::new();
        for &n in heads.iter().filter(|&&n| !covered[n]) {
            meanings.push((n, self.meaning(tree, n, date)));
        }
        let mut out = Vec::new();
        for (n, m) in &meanings {
            let mut codes = m.codes();
            // "Danish media and government", "lawmakers and officials in X and Y": a conjunct
            // with an agent and no actor takes its first conjunct's actors and modifiers.
            if m.actors.is_empty() && !m.agents.is_empty() && tree.words[*n].rel == "conj" {
                let first = tree.first_conjunct(*n);
                if let Some((_, f)) = meanings.iter().find(|(h, _)| *h == first) {
                    if !f.actors.is_empty() {
                        let mut agents = f.modifiers.clone();
                        agents.extend(m.agents.iter().cloned());
                        codes = mix(&f.actors, &agents);
                    }
                }
            }
            let core = core_of(tree, *n);
            let lo = core.first().copied().unwrap_or(*n);
            let hi = core.last().copied().unwrap_or(*n);
            for code in codes {
                out.push(ActorSpan {
                    tokens: tree.offset + lo..tree.offset + hi + 1,
                    head: Some(tree.offset + n),
                    code: Some(code),
                });
            }
        }
        out
    }

    /// The codes the noun phrase headed by `n` stands for. The phrase's words (without its
    /// conjuncts and clauses) are scanned once; what starts in its core (the words before its
    /// prepositional phrases) is its own, actors in its prepositional phrases serve an agent
    /// that has no actor.
    fn meaning(&self, tree: &Tree, n: usize, date: Option<DictDate>) -> Meaning {
        let core = core_of(tree, n);
        let full = tree.subtree_where(n, &|_, x| {
            OUTSIDE.contains(&x.base_rel()) && !(matches!(x.base_rel(), "conj" | "cc") && x.head != Some(n))
        });
        let fw: Vec<&str> = full.iter().map(|&i| tree.words[i].up.as_str()).collect();
        let hits = self.scan(&fw, date);
        let head_pos = full.iter().position(|&i| i == n).unwrap_or(0);
        let in_core = |h: &&Hit| core.contains(&full[h.start]);
        let covers_head = |h: &&Hit| h.start <= head_pos && head_pos < h.end;
        let core_actors: Vec<&Hit> = hits.iter().filter(in_core).filter(|h| h.actor.is_some()).collect();
        let agents: Vec<(usize, AgentCode)> = hits
            .iter()
            .filter(in_core)
            .filter_map(|h| h.agent.clone().map(|a| (h.start, a)))
            .collect();
        let modifiers: Vec<(usize, AgentCode)> = hits
            .iter()
            .filter(in_core)
            .filter(|h| !covers_head(h))
            .filter_map(|h| h.agent.clone().map(|a| (h.start, a)))
            .collect();
        if !core_actors.is_empty() {
            // Several actors in one core ("Ithilen's minister Calimehtar"): the first, as TABARI
            // and PETRARCH read a noun phrase, with those coordinated with it ("Eriadori and
            // Calenardhon leaders").
            let first_word = full[core_actors[0].start];
            let coordinated = tree.conjuncts(first_word);
            let actors: Vec<(usize, String)> = core_actors
                .iter()
                .enumerate()
                .filter(|(k, h)| *k == 0 || coordinated.contains(&full[h.start]))
                .map(|(_, h)| (h.start, h.actor.clone().unwrap_or_default()))
                .collect();
            return Meaning {
                actors,
                agents,
                modifiers,
            };
        }
        let outside: Vec<(usize, String)> = hits
            .iter()
            .filter(|h| !in_core(h))
            .filter_map(|h| h.actor.clone().map(|a| (h.start, a)))
            .collect();
        // An agent alone names an actor only as the head ("the military", not "military
        // exercises"), unless the phrase names the actor further on ("an Islamic State target
        // southwest of Baghdad").
        let head_agent = hits
            .iter()
            .filter(in_core)
            .any(|h| h.agent.is_some() && covers_head(&h));
        if agents.is_empty() || (!head_agent && outside.is_empty()) {
            return Meaning::default();
        }
        if outside.is_empty() {
            return Meaning {
                actors: Vec::new(),
                agents,
                modifiers,
            };
        }
        // With the actor in a prepositional phrase, every agent of the phrase counts, in order
        // ("exiled leaders of Egypt's Muslim Brotherhood" → EGY + OPP + MUS).
        // Outside the core, only agents heading a noun of their own count, not modifiers
        // ("military-ruled Myanmar").
        let heads_noun = |h: &&Hit| {
            let last = full[h.end - 1];
            !matches!(tree.words[last].base_rel(), "amod" | "compound" | "det" | "nummod")
        };
        let all_agents: Vec<(usize, AgentCode)> = hits
            .iter()
            .filter(|h| in_core(h) || heads_noun(h))
            .filter_map(|h| h.agent.clone().map(|a| (h.start, a)))
            .collect();
        Meaning {
            actors: outside,
            agents: all_agents,
            modifiers,
        }
    }
}

/// What a noun phrase stands for: its actors (none: an agent alone, `---`), its agents, and
/// those of its agents that modify rather than head it.
#[derive(Debug, Clone, Default)]
struct Meaning {
    actors: Vec<(usize, String)>,
    agents: Vec<(usize, AgentCode)>,
    modifiers: Vec<(usize, AgentCode)>,
}

impl Meaning {
    fn codes(&self) -> Vec<String> {
        if self.actors.is_empty() {
            if self.agents.is_empty() {
                return Vec::new();
            }
            return mix(&[(0, "---".to_string())], &self.agents);
        }
        mix(&self.actors, &self.agents)
    }
}

/// The words of `n`'s core: `n` and its compounds, modifiers, determiners, possessors,
/// appositions and flat names, in sentence order.
fn core_of(tree: &Tree, n: usize) -> Vec<usize> {
    tree.subtree_where(n, &|i, x| {
        // Coordinated modifiers belong to the core ("Eriadori and Calenardhon leaders").
        let coordinated = matches!(x.base_rel(), "conj" | "cc") && x.head.is_some_and(|h| h != n);
        !(CORE.contains(&x.base_rel()) || x.rel == "nmod:poss" || coordinated) || list_appos(tree, i)
    })
}

/// An apposition with conjuncts of its own is a list member ("Mordor, the Shire, Arnor and
/// Bree"), not a second name.
fn list_appos(tree: &Tree, i: usize) -> bool {
    tree.words[i].base_rel() == "appos"
        && (tree.dep(i, "conj").is_some() || tree.words[i].head.is_some_and(|h| !tree.conjuncts(h).is_empty()))
}

/// Whether `part` stands in `code` at a multiple of three characters (`WGO` is not in `GMWGOV`).
fn has_aligned(code: &str, part: &str) -> bool {
    let (c, p) = (code.as_bytes(), part.as_bytes());
    (0..c.len()).step_by(3).any(|i| c[i..].starts_with(p))
}

/// PETRARCH's mixing: each agent's code is added to each actor's unless already in it (at a
/// three-letter boundary); the generic `~PPL` only when it is the sole agent.
fn mix(actors: &[(usize, String)], agents: &[(usize, AgentCode)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, a) in actors {
        let mut code = a.clone();
        for (_, ag) in agents {
            if ag.code == "PPL" && agents.len() > 1 {
                continue;
            }
            if !has_aligned(&code, &ag.code) {
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
