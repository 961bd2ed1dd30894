//! Verb patterns compiled for matching over a tree: synsets expanded into alternative phrases,
//! `A/B` alternatives split, groups kept as groups, and the items split at the verb into the
//! part before it and the part after it.
//!
//! This module only compiles; [`super::matcher`] matches. It refuses (with a reason) a pattern
//! it cannot use, rather than guess.

use fxhash::FxHashMap as HashMap;

use dossier_dict::{EventCode, GroupKind, Item, Pattern, Token, VerbDictionary};

/// One alternative a word slot accepts: a phrase (consecutive words), or a whole `(...)` /
/// `{...}` group when a synset member was written as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alt {
    pub words: Vec<String>,
    pub group: Option<GroupKind>,
}

/// A compiled pattern element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// Any one of the alternatives (a word, `A/B`, or a synset).
    Words(Vec<Alt>),
    /// `(PREP ...)` or `{... HEAD}`.
    Group { kind: GroupKind, steps: Vec<Step> },
    /// `$`: the source actor is the phrase here.
    Source,
    /// `+`: the target actor is the phrase here.
    Target,
    /// `^`: one phrase is passed over.
    Skip,
    /// `%`: the source is a compound actor whose members act on each other.
    Compound,
}

/// An element and whether it must directly follow the previous one (`_`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub elem: Elem,
    pub adjacent: bool,
}

/// A pattern ready for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledPattern {
    /// Items before `*`, in sentence order.
    pub before: Vec<Step>,
    /// Items after `*`, in sentence order.
    pub after: Vec<Step>,
    pub code: EventCode,
    pub kind: Option<String>,
    /// Line in the verb file.
    pub line: usize,
    /// The pattern as written (`- * (WITH {&FIGHT &CRIME})`).
    pub text: String,
    /// How many words the pattern asks for: more specific patterns win.
    pub weight: usize,
}

impl CompiledPattern {
    pub fn has(&self, want: &Elem) -> bool {
        fn walk(steps: &[Step], want: &Elem) -> bool {
            steps.iter().any(|s| match &s.elem {
                Elem::Group { steps, .. } => walk(steps, want),
                e => e == want,
            })
        }
        walk(&self.before, want) || walk(&self.after, want)
    }
}

/// Synset name → every phrase it stands for (nested synsets and plurals included).
pub type Synsets = HashMap<String, Vec<Alt>>;

/// Expands every synset of `dict`.
pub fn expand_synsets(dict: &VerbDictionary) -> Synsets {
    let mut out = Synsets::default();
    for s in &dict.synsets {
        let mut alts = Vec::new();
        let mut seen = std::collections::HashSet::new();
        collect(dict, &s.name, &mut alts, &mut seen);
        out.entry(s.name.clone()).or_default().extend(alts);
    }
    out
}

fn collect(dict: &VerbDictionary, name: &str, out: &mut Vec<Alt>, seen: &mut std::collections::HashSet<String>) {
    if !seen.insert(name.to_string()) {
        return;
    }
    // A name may be defined twice (`&PREPOSIT1_` in the validation file): take every definition.
    for s in dict.synsets.iter().filter(|s| s.name == name) {
        for m in &s.members {
            match m {
                dossier_dict::SynsetMember::Phrase { phrase, plural, group } => {
                    out.push(Alt {
                        words: phrase.words.clone(),
                        group: *group,
                    });
                    if *plural {
                        let last = phrase.words.last().map(|w| dossier_dict::plural(w)).unwrap_or_default();
                        out.push(Alt {
                            words: phrase.with_last(last).words,
                            group: None,
                        });
                    }
                }
                dossier_dict::SynsetMember::Synset(n) => collect(dict, n, out, seen),
            }
        }
    }
}

/// Compiles one pattern; `Err` says why it cannot be used.
pub fn compile(p: &Pattern, synsets: &Synsets) -> Result<CompiledPattern, String> {
    let verb = p
        .items
        .iter()
        .position(|i| i.token == Token::Verb)
        .ok_or("pattern without `*`")?;
    let before = steps(&p.items[..verb], synsets)?;
    let after = steps(&p.items[verb + 1..], synsets)?;
    let weight = weight_of(&before) + weight_of(&after);
    let only_markers = weight == 0
        && !before
            .iter()
            .chain(&after)
            .any(|s| matches!(s.elem, Elem::Compound | Elem::Source | Elem::Target));
    if only_markers {
        return Err("pattern has nothing to match besides the verb".into());
    }
    Ok(CompiledPattern {
        before,
        after,
        code: p.code.clone(),
        kind: p.kind.clone(),
        line: p.line,
        text: p.text(),
        weight,
    })
}

fn weight_of(steps: &[Step]) -> usize {
    steps
        .iter()
        .map(|s| match &s.elem {
            Elem::Words(alts) => alts.iter().map(|a| a.words.len()).min().unwrap_or(1),
            Elem::Group { steps, .. } => weight_of(steps),
            _ => 0,
        })
        .sum()
}

fn steps(items: &[Item], synsets: &Synsets) -> Result<Vec<Step>, String> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let elem = match &it.token {
            Token::Word(w) => Elem::Words(vec![Alt {
                words: vec![w.clone()],
                group: None,
            }]),
            Token::AnyOf(ws) => Elem::Words(
                ws.iter()
                    .map(|w| Alt {
                        words: vec![w.clone()],
                        group: None,
                    })
                    .collect(),
            ),
            Token::Synset(n) => {
                let alts = synsets.get(n).cloned().unwrap_or_default();
                if alts.is_empty() {
                    return Err(format!("synset `&{n}` has no members"));
                }
                Elem::Words(alts)
            }
            Token::Verb => return Err("second `*` in a group".into()),
            Token::Source => Elem::Source,
            Token::Target => Elem::Target,
            Token::Compound => Elem::Compound,
            Token::Skip => Elem::Skip,
            Token::Group { kind, items } => {
                let inner = steps(items, synsets)?;
                if *kind == GroupKind::PrepPhrase && !matches!(inner.first().map(|s| &s.elem), Some(Elem::Words(_))) {
                    return Err("`(...)` group does not start with a preposition".into());
                }
                if inner.is_empty() {
                    return Err("empty group".into());
                }
                Elem::Group {
                    kind: *kind,
                    steps: inner,
                }
            }
        };
        out.push(Step {
            elem,
            adjacent: it.adjacent,
        });
    }
    Ok(out)
}
