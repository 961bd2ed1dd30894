//! Readers for every PETRARCH-2 / Phoenix dictionary format, the embedded dictionaries, and
//! our overlay of corrections.
//!
//! Formats, one module each: actors ([`actors`]), agents ([`agents`]), verbs with synsets and
//! patterns ([`verbs`], [`patterns`]), discards and prepositions ([`discards`]), issues
//! ([`issues`]) and the PICO ontology table ([`ontology`]). Every reader takes `(file, text)` and
//! returns [`Parsed`]: what it could read plus every refused line as a [`DictError`]
//! (`file:line: message`); no reader panics on bad input.
//!
//! Embedded sets (zstd-compressed in `data/dictionaries/`, decompressed and parsed once, on
//! first use):
//! - [`phoenix`]: the Phoenix dictionaries + `CAMEO.2.0.txt`, with [`overlay`] applied;
//! - [`validate_ptb`]: PETRARCH-2's `PETR.Validate.*` (codes mostly WEIS, for the PTB unit test);
//! - [`validate_ud`]: UniversalPetrarch's `PETR.Validate.actors` and `verbs.2.0` (same agents and
//!   discards), for the UD unit test.
//!
//! Loading the Phoenix set fails (an error listing every line, never a panic) when a line is
//! refused or an overlay rule matches nothing; the validation sets keep their refused lines in
//! [`DictionarySet::refused`] (they contain deliberate error tests). [`stats`] counts everything, for
//! `dossier dict stats`. This module does not find actors or events in text.

pub mod actors;
pub mod agents;
mod common;
pub mod discards;
pub mod issues;
pub mod ontology;
pub mod overlay;
pub mod patterns;
mod stats;
pub mod verbs;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_embedded;

use std::sync::OnceLock;

pub use actors::{parse_actors, ActorDictionary, ActorEntry, DatedCode};
pub use agents::{parse_agents, AgentCode, AgentDictionary, AgentEntry, Placement, Plural};
pub use common::{plural, DictDate, DictError, Parsed, Phrase};
pub use discards::{parse_discards, parse_prepositions, Discard, DiscardList, DiscardScope};
pub use issues::{parse_issues, IssueDictionary, IssueEntry, IssueKind, IssueSection};
pub use ontology::{parse_ontology, Ontology, OntologyEntry};
pub use overlay::{Applied, Overlay, OverlayRule, Rule};
pub use patterns::{EventCode, GroupKind, Item, Token};
pub use stats::{Counts, FileStats, SetStats, Stats};
pub use verbs::{
    parse_verbs, Pattern, Synset, SynsetMember, Transformation, Verb, VerbBlock, VerbDictionary, VerbForm,
};

/// The dictionary formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Actors,
    Agents,
    Verbs,
    Discards,
    Issues,
    Prepositions,
    Ontology,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Actors => "actors",
            Format::Agents => "agents",
            Format::Verbs => "verbs",
            Format::Discards => "discards",
            Format::Issues => "issues",
            Format::Prepositions => "prepositions",
            Format::Ontology => "ontology",
        }
    }
}

/// One embedded file: its upstream name, format and compressed bytes.
struct Embedded {
    name: &'static str,
    format: Format,
    zst: &'static [u8],
}

macro_rules! embed {
    ($name:literal, $format:ident, $path:literal) => {
        Embedded {
            name: $name,
            format: Format::$format,
            zst: include_bytes!(concat!("../../../data/dictionaries/", $path, ".zst")),
        }
    };
}

const PHOENIX: &[Embedded] = &[
    embed!("Phoenix.Countries.actors.txt", Actors, "Phoenix.Countries.actors.txt"),
    embed!(
        "Phoenix.International.actors.txt",
        Actors,
        "Phoenix.International.actors.txt"
    ),
    embed!(
        "Phoenix.MilNonState.actors.txt",
        Actors,
        "Phoenix.MilNonState.actors.txt"
    ),
    embed!("Phoenix.agents.txt", Agents, "Phoenix.agents.txt"),
    embed!("CAMEO.2.0.txt", Verbs, "CAMEO.2.0.txt"),
    embed!("Phoenix.discards.txt", Discards, "Phoenix.discards.txt"),
    embed!("Phoenix.IssueCoding.txt", Issues, "Phoenix.IssueCoding.txt"),
    embed!("Phoenix.prepositions.txt", Prepositions, "Phoenix.prepositions.txt"),
    embed!(
        "PETR.Internal.Coding.Ontology.txt",
        Ontology,
        "PETR.Internal.Coding.Ontology.txt"
    ),
];

const VALIDATE_PTB: &[Embedded] = &[
    embed!(
        "petrarch2/PETR.Validate.actors.txt",
        Actors,
        "validate/petrarch2.PETR.Validate.actors.txt"
    ),
    embed!(
        "petrarch2/PETR.Validate.agents.txt",
        Agents,
        "validate/petrarch2.PETR.Validate.agents.txt"
    ),
    embed!(
        "petrarch2/PETR.Validate.verbs.txt",
        Verbs,
        "validate/petrarch2.PETR.Validate.verbs.txt"
    ),
    embed!(
        "petrarch2/PETR.Validate.discards.txt",
        Discards,
        "validate/petrarch2.PETR.Validate.discards.txt"
    ),
];

const VALIDATE_UD: &[Embedded] = &[
    embed!(
        "universalpetrarch/PETR.Validate.actors.txt",
        Actors,
        "validate/universalpetrarch.PETR.Validate.actors.txt"
    ),
    embed!(
        "petrarch2/PETR.Validate.agents.txt",
        Agents,
        "validate/petrarch2.PETR.Validate.agents.txt"
    ),
    embed!(
        "universalpetrarch/PETR.Validate.verbs.2.0.txt",
        Verbs,
        "validate/universalpetrarch.PETR.Validate.verbs.2.0.txt"
    ),
    embed!(
        "petrarch2/PETR.Validate.discards.txt",
        Discards,
        "validate/petrarch2.PETR.Validate.discards.txt"
    ),
];

const OVERLAY_TEXT: &str = include_str!("../../../data/dictionaries/overlay.txt");

/// Loading failed: every refused line and every overlay problem, one per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} dictionary problem(s):\n{}", errors.len(), errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct LoadError {
    pub errors: Vec<DictError>,
}

/// A complete set of dictionaries, as the coder uses them.
#[derive(Debug, Clone, PartialEq)]
pub struct DictionarySet {
    pub name: &'static str,
    pub actors: Vec<ActorDictionary>,
    pub agents: AgentDictionary,
    pub verbs: VerbDictionary,
    pub discards: DiscardList,
    pub issues: Option<IssueDictionary>,
    pub prepositions: Option<Vec<String>>,
    pub ontology: Option<Ontology>,
    /// Lines the readers refused (empty for the embedded sets, or they fail to load).
    pub refused: Vec<DictError>,
    /// Overlay rules applied, with what each changed.
    pub overlay: Vec<Applied>,
}

impl DictionarySet {
    /// Actor entries, over all actor files, with a phrase equal to `phrase`.
    pub fn find_actor(&self, phrase: &str) -> Vec<&ActorEntry> {
        self.actors.iter().flat_map(|d| d.find(phrase)).collect()
    }
}

/// Parses `files` (name, format, text) into a set, applying `overlay` if given. Refused lines
/// are kept in [`DictionarySet::refused`]; overlay rules that match nothing, or a missing
/// agents/verbs/discards file, are errors.
pub fn load(
    name: &'static str,
    files: &[(&str, Format, &str)],
    overlay: Option<&Overlay>,
) -> Result<DictionarySet, LoadError> {
    let mut errors = Vec::new();
    let mut refused = Vec::new();
    let mut line_hits: Vec<(usize, usize)> = Vec::new();
    let (mut actors, mut agents, mut verbs, mut discards) = (Vec::new(), None, None, None);
    let (mut issues, mut prepositions, mut ontology) = (None, None, None);
    for &(file, format, text) in files {
        let patched;
        let text = match overlay {
            Some(o) => {
                let (t, hits) = o.apply_lines(file, text);
                line_hits.extend(hits);
                patched = t;
                patched.as_str()
            }
            None => text,
        };
        macro_rules! take {
            ($parsed:expr) => {{
                let p = $parsed;
                refused.extend(p.refused);
                p.value
            }};
        }
        match format {
            Format::Actors => actors.push(take!(parse_actors(file, text))),
            Format::Agents => agents = Some(take!(parse_agents(file, text))),
            Format::Verbs => verbs = Some(take!(parse_verbs(file, text))),
            Format::Discards => discards = Some(take!(parse_discards(file, text))),
            Format::Issues => issues = Some(take!(parse_issues(file, text))),
            Format::Prepositions => prepositions = Some(take!(parse_prepositions(file, text))),
            Format::Ontology => ontology = Some(take!(parse_ontology(file, text))),
        }
    }
    let missing = |what: &str| DictError::new(name, 0, format!("the set has no {what} file"));
    let (Some(agents), Some(mut verbs), Some(discards)) = (agents, verbs, discards) else {
        return Err(LoadError {
            errors: vec![missing("agents, verbs or discards")],
        });
    };
    let mut applied = Vec::new();
    if let Some(o) = overlay {
        let mut results: Vec<(usize, Result<usize, String>)> = Vec::new();
        for (idx, rule) in o.rules.iter().enumerate() {
            if let Rule::Line { .. } = rule.rule {
                let n = line_hits.iter().filter(|(i, _)| *i == idx).map(|(_, n)| n).sum();
                results.push((idx, Ok(n)));
            }
        }
        results.extend(o.apply_verbs(&mut verbs));
        results.extend(o.apply_actors(&mut actors).into_iter().map(|(i, n)| (i, Ok(n))));
        results.sort_by_key(|(i, _)| *i);
        for (idx, r) in results {
            match r {
                Ok(0) => errors.push(o.unmatched(idx, None)),
                Ok(n) => applied.push(o.describe(idx, n)),
                Err(m) => errors.push(o.unmatched(idx, Some(m))),
            }
        }
    }
    if !errors.is_empty() {
        return Err(LoadError { errors });
    }
    Ok(DictionarySet {
        name,
        actors,
        agents,
        verbs,
        discards,
        issues,
        prepositions,
        ontology,
        refused,
        overlay: applied,
    })
}

fn load_embedded(
    name: &'static str,
    files: &[Embedded],
    overlay: bool,
    strict: bool,
) -> Result<DictionarySet, LoadError> {
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        match zstd::stream::decode_all(f.zst)
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()))
        {
            Ok(t) => texts.push((f.name, f.format, t)),
            Err(e) => errors.push(DictError::new(
                f.name,
                0,
                format!("cannot decompress the embedded file: {e}"),
            )),
        }
    }
    let overlay = if overlay {
        Some(Overlay::parse(OVERLAY_TEXT).map_err(|errors| LoadError { errors })?)
    } else {
        None
    };
    if !errors.is_empty() {
        return Err(LoadError { errors });
    }
    let borrowed: Vec<(&str, Format, &str)> = texts.iter().map(|(n, f, t)| (*n, *f, t.as_str())).collect();
    let set = load(name, &borrowed, overlay.as_ref())?;
    if strict && !set.refused.is_empty() {
        return Err(LoadError { errors: set.refused });
    }
    Ok(set)
}

macro_rules! builtin {
    ($(#[$doc:meta])* $fn:ident, $name:literal, $files:expr, $overlay:expr, $strict:expr) => {
        $(#[$doc])*
        pub fn $fn() -> Result<&'static DictionarySet, &'static LoadError> {
            static SET: OnceLock<Result<DictionarySet, LoadError>> = OnceLock::new();
            SET.get_or_init(|| load_embedded($name, $files, $overlay, $strict)).as_ref()
        }
    };
}

builtin!(
    /// The Phoenix dictionaries and `CAMEO.2.0.txt`, with the overlay applied. Fails if any
    /// line is refused or any overlay rule matches nothing.
    phoenix, "phoenix", PHOENIX, true, true
);
builtin!(
    /// PETRARCH-2's validation dictionaries (for `PETR.UnitTest.records.xml`, PTB parses). They
    /// hold deliberately broken lines (error tests of the TABARI suite): those are refused and
    /// listed in [`DictionarySet::refused`], the rest loads.
    validate_ptb, "validate-ptb", VALIDATE_PTB, false, false
);
builtin!(
    /// UniversalPetrarch's validation dictionaries (for the UDPipe unit-test file); refused
    /// lines are listed as for [`validate_ptb`].
    validate_ud, "validate-ud", VALIDATE_UD, false, false
);

/// Counts per file for every embedded set (`dossier dict stats`).
pub fn stats() -> Result<Stats, LoadError> {
    let mut sets = Vec::new();
    for set in [phoenix(), validate_ptb(), validate_ud()] {
        sets.push(SetStats::of(set.map_err(Clone::clone)?));
    }
    Ok(Stats { sets })
}
