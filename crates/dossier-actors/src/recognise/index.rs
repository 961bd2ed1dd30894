//! The phrase index: every actor phrase of the Phoenix dictionaries, every name of the
//! intelligence gazetteer, every agent noun and role noun, keyed by its words as the segmenter
//! splits them (so "People's" in a dictionary and in a sentence are both `people 's`).
//! Built once per process; matching a sentence is a walk over its words with a prefix set.
//!
//! This module only finds phrases; deciding what actor they make is `compose`'s work.

use crate::dictionaries::{ActorEntry, AgentEntry, DictionarySet};
use crate::gazetteer::{Gazetteer, NameFlags};
use dossier_core::{Sentence, Token};
use dossier_text::segment::Segmenter;
use fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What a phrase is.
#[derive(Clone, Copy, Debug)]
pub enum Entry {
    /// A Phoenix actor: a country, an organisation or a person, with (dated) codes.
    Actor(&'static ActorEntry),
    /// A Phoenix agent noun ("civil servants" `~GOV`).
    Agent(&'static AgentEntry),
    /// An intelligence service of the gazetteer (index), with how the name may match.
    Service {
        service: usize,
        case_sensitive: bool,
        needs_context: bool,
        /// All the flags of the form, for choosing between services that share it.
        flags: NameFlags,
    },
    /// A role noun of the gazetteer ("case officer", "operatives").
    Role(usize),
}

impl Entry {
    /// Preference when one phrase has several entries: services, then actors, roles, agents.
    fn rank(&self) -> u8 {
        match self {
            Entry::Service { .. } => 0,
            Entry::Actor(_) => 1,
            Entry::Role(_) => 2,
            Entry::Agent(_) => 3,
        }
    }
}

/// One phrase found in a sentence: words `start..end` (sentence-relative).
#[derive(Clone, Debug)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<Entry>,
}

/// Phrase → entries, with every proper prefix for early stopping.
pub struct PhraseIndex {
    map: HashMap<String, Vec<Entry>>,
    prefixes: HashSet<String>,
}

impl PhraseIndex {
    pub fn build(
        dict: &'static DictionarySet,
        extra_agents: &'static [AgentEntry],
        extra_actors: &'static [ActorEntry],
        gaz: &'static Gazetteer,
        seg: &Segmenter,
    ) -> Self {
        let mut ix = PhraseIndex {
            map: HashMap::default(),
            prefixes: HashSet::default(),
        };
        // dossier's own actors first: for the same phrase their entry is found first.
        for e in extra_actors.iter().chain(dict.actors.iter().flat_map(|d| &d.entries)) {
            let country = e.code_at(None).is_some_and(|c| c.len() == 3);
            for p in &e.phrases {
                let text = p.text();
                ix.add(&text, Entry::Actor(e), seg);
                // A short phrase of a country ("NORWEGIAN", "SOUTH KOREAN") with an `-s`
                // also names its people ("Norwegians", "South Koreans"), as TABARI's prefix
                // match of a stem would; `compose` decides whether it does in a sentence.
                // Not for words with no `-s` plural ("Dutch", "British", "Chinese").
                let plural_ok = text.ends_with(|c: char| c.is_ascii_alphabetic() && !"SXZY".contains(c))
                    && !text.ends_with("SH")
                    && !text.ends_with("TCH")
                    && !text.ends_with("NCH")
                    && !text.ends_with("ESE");
                if country && p.words.len() <= 2 && plural_ok {
                    ix.add(&format!("{text}S"), Entry::Actor(e), seg);
                }
            }
        }
        // dossier's own agents first, so that they win for the same phrase ("lawyer").
        for e in extra_agents.iter().chain(&dict.agents.entries) {
            for p in e.forms() {
                ix.add(&p.text(), Entry::Agent(e), seg);
            }
        }
        for (i, s) in gaz.services.iter().enumerate() {
            for (_, name) in s.names() {
                let f = name.flags;
                ix.add(
                    &name.text,
                    Entry::Service {
                        service: i,
                        case_sensitive: f.case_sensitive,
                        needs_context: f.needs_context,
                        flags: f,
                    },
                    seg,
                );
            }
        }
        for (i, r) in gaz.roles.iter().enumerate() {
            for form in std::iter::once(&r.noun).chain(&r.plurals) {
                ix.add(form, Entry::Role(i), seg);
            }
        }
        for v in ix.map.values_mut() {
            v.sort_by_key(Entry::rank);
        }
        ix
    }

    fn add(&mut self, phrase: &str, entry: Entry, seg: &Segmenter) {
        let words = key_words(phrase, seg);
        if words.is_empty() {
            return;
        }
        // At the end of a sentence the segmenter splits the final period off an abbreviation
        // ("… and the U.S." → `U.S` `.`): the phrase is also known without it.
        if let Some(bare) = words
            .last()
            .and_then(|w| w.strip_suffix('.'))
            .filter(|b| b.contains('.'))
        {
            let mut short = words.clone();
            *short.last_mut().expect("not empty") = bare.to_string();
            self.add_words(&short, entry);
        }
        self.add_words(&words, entry);
    }

    fn add_words(&mut self, words: &[String], entry: Entry) {
        let mut key = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                self.prefixes.insert(key.clone());
                key.push(' ');
            }
            key.push_str(w);
        }
        self.map.entry(key).or_default().push(entry);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// The entries of one phrase, given as lower-cased words joined by single blanks.
    pub fn get(&self, key: &str) -> Option<&[Entry]> {
        self.map.get(key).map(Vec::as_slice)
    }

    /// Longest phrases from left to right over one sentence's lower-cased word forms.
    /// `surface` gives the words as written (for case-sensitive names).
    pub fn find(&self, lower: &[String], surface: &[&str]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut key = String::new();
        while i < lower.len() {
            key.clear();
            let mut best: Option<(usize, Vec<Entry>)> = None;
            for j in i..lower.len() {
                if j > i {
                    key.push(' ');
                }
                key.push_str(&lower[j]);
                if let Some(entries) = self.map.get(&key) {
                    let ok: Vec<Entry> = entries
                        .iter()
                        .copied()
                        .filter(|e| match e {
                            Entry::Service {
                                case_sensitive: true,
                                service: _,
                                ..
                            } => case_matches(&key, &surface[i..=j]),
                            _ => true,
                        })
                        .collect();
                    if !ok.is_empty() {
                        best = Some((j + 1, ok));
                    }
                }
                if !self.prefixes.contains(&key) {
                    break;
                }
            }
            match best {
                Some((end, entries)) => {
                    out.push(Found { start: i, end, entries });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Case-sensitive names (`MIT`, `RAW`) must be written in capitals in the text: a phrase that
/// is all lower case in the text does not match them.
fn case_matches(_key: &str, surface: &[&str]) -> bool {
    surface.iter().all(|w| !w.chars().any(char::is_lowercase))
}

/// The lower-cased analysis forms of a sentence's words.
pub fn sentence_keys(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.form(text).to_lowercase()).collect()
}

/// A phrase split into words exactly as the segmenter splits it inside a sentence, lower-cased.
/// A word follows the phrase while it is split, so that a final abbreviation ("U.S.", "Gen.")
/// keeps its period as it does before another word, instead of ending a sentence.
fn key_words(phrase: &str, seg: &Segmenter) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    let text = format!("{phrase} and");
    seg.segment_text(&text, &mut tokens, &mut sentences);
    tokens
        .iter()
        .filter(|t| t.span.end as usize <= phrase.len())
        .map(|t| t.form(&text).to_lowercase())
        .collect()
}
