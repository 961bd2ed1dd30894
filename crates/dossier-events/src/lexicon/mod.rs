//! The espionage event vocabulary (`data/events/espionage.txt`): word classes and triggers, each
//! trigger a kind, a part of speech, lemmas, conditions on the trigger's dependents and role slots.
//! Compiled once into an index by (part of speech, lemma), so lookup never scans the list.
//!
//! This module reads and indexes the vocabulary; matching it against a parse is `code`'s job.

mod parse;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use parse::parse;

/// The embedded vocabulary file.
pub const FILE: &str = "data/events/espionage.txt";
const TEXT: &str = include_str!("../../../../data/events/espionage.txt");

/// Which words can trigger: verbs (and predicates), nouns, adjectives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pos {
    Verb,
    Noun,
    Adj,
}

/// Index of a word class in [`Lexicon::classes`].
pub type ClassId = usize;

/// A set of lemmas; a member may be several words (`persona_non_grata`) or `*` (anything).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Class {
    pub name: String,
    pub any: bool,
    /// Single-word members.
    pub words: std::collections::HashSet<String>,
    /// Multiword members, split into words.
    pub phrases: Vec<Vec<String>>,
}

/// What a prepositional dependent must be.
#[derive(Clone, Debug, PartialEq)]
pub enum Filler {
    Class(ClassId),
    /// The dependent's actor has this sector (`SPY`).
    Sector(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    Obj(ClassId),
    /// Preposition (`*` any), filler.
    Obl(String, Filler),
    Mod(ClassId),
    Xcomp(ClassId),
    Head(ClassId),
    /// The subject (passive: the agent) has a head lemma in the class ("hackers attacked …").
    Subj(ClassId),
    Prt(String),
    /// The trigger's own relation to its head (`acl` for "spies held in X").
    Rel(String),
    Neg,
    /// The object is a bare singular common noun, with no determiner, possessive, number or name
    /// ("an employee turned campaigner", "he turned informant": a change of role, not an act
    /// on someone).
    BareObj,
    Not(Box<Cond>),
}

/// Where a role's filler is found, relative to the trigger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    Subj,
    Obj,
    Iobj,
    Poss,
    By,
    Obl(String),
    /// The subject of the verb the trigger complements ("called the charges **absurd**").
    Head,
    /// The subject of a reporting verb over the trigger's clause ("the charge was groundless,
    /// **X** said").
    Reporter,
    /// Whose accusation a denial answers: the owner (possessor, compound or adjective) of the
    /// denied object ("rejected the US indictment") or of a denying predicate's subject ("the
    /// British charges were absurd").
    Owner,
    /// A compound or adjective modifier naming an actor ("the **US** indictment").
    Mod,
    /// The role is left empty.
    None,
}

/// One trigger line.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    pub kind: String,
    pub pos: Pos,
    /// The trigger word's lemma.
    pub lemma: String,
    /// Further words of a multiword trigger, which must follow in order.
    pub rest: Vec<String>,
    pub conds: Vec<Cond>,
    pub actor: Option<Vec<Slot>>,
    pub target: Option<Vec<Slot>>,
    /// Line in [`FILE`], for traces.
    pub line: usize,
}

impl Trigger {
    /// How specific the trigger is: more conditions and words win.
    pub fn specificity(&self) -> usize {
        self.conds.len() * 2 + self.rest.len()
    }
}

/// The compiled vocabulary.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub classes: Vec<Class>,
    pub triggers: Vec<Trigger>,
    /// Lemma → triggers of every part of speech, most specific first (looked up by `&str`,
    /// without allocating, for every word of every sentence).
    index: fxhash::FxHashMap<String, Vec<usize>>,
    by_name: HashMap<String, ClassId>,
}

impl Lexicon {
    /// Builds the index over parsed triggers.
    pub fn new(classes: Vec<Class>, triggers: Vec<Trigger>) -> Self {
        let mut index: fxhash::FxHashMap<String, Vec<usize>> = fxhash::FxHashMap::default();
        for (i, t) in triggers.iter().enumerate() {
            index.entry(t.lemma.clone()).or_default().push(i);
        }
        for v in index.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(triggers[i].specificity()));
        }
        let by_name = classes.iter().enumerate().map(|(i, c)| (c.name.clone(), i)).collect();
        Lexicon {
            classes,
            triggers,
            index,
            by_name,
        }
    }

    /// The class named `name` (without `@`), for the tree rules that use classes by name.
    pub fn class_id(&self, name: &str) -> Option<ClassId> {
        self.by_name.get(name).copied()
    }

    /// Triggers for a lemma, most specific first.
    pub fn lookup(&self, pos: Pos, lemma: &str) -> impl Iterator<Item = &Trigger> {
        self.index
            .get(lemma)
            .into_iter()
            .flatten()
            .map(|&i| &self.triggers[i])
            .filter(move |t| t.pos == pos)
    }

    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id]
    }

    /// The kinds the vocabulary has triggers for.
    pub fn kinds(&self) -> Vec<&str> {
        let mut k: Vec<&str> = self.triggers.iter().map(|t| t.kind.as_str()).collect();
        k.sort_unstable();
        k.dedup();
        k
    }
}

/// The embedded vocabulary, parsed once. Errors name `file:line`.
pub fn embedded() -> Result<&'static Lexicon, String> {
    static LEX: OnceLock<Result<Lexicon, String>> = OnceLock::new();
    LEX.get_or_init(|| parse(FILE, TEXT)).as_ref().map_err(|e| e.clone())
}
