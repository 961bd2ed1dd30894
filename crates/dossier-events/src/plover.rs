//! CAMEO code and event kind → PLOVER event, mode and context.
//!
//! Three tables under `data/events/` (README and NOTICE there), embedded and parsed once:
//! - `plover_vocabulary.tsv`: PLOVER events with their modes, the contexts, the sector rule
//!   (`SPY` → `intelligence`) and renames of older PLOVER names;
//! - `cameo_plover.tsv`: every CAMEO code → PLOVER event, mode, contexts (empty event: PLOVER does
//!   not code it, e.g. comments and appeals);
//! - `kinds.tsv`: dossier's event kinds (SPEC.md) → default and alternative CAMEO codes, PLOVER
//!   event/mode, fixed contexts, the roles each takes.
//!
//! A code missing from the table falls back to its parent (4 digits → 3 → 2). A table problem is
//! reported by [`tables`] as `file:line: message`; the lookups then answer `None` (a unit test
//! keeps the embedded tables clean). This module only looks things up: it does not find events
//! in text nor decide which kind a sentence has.

mod tables;

#[cfg(test)]
mod gsr_tests;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

pub use tables::{Alternative, CameoMapping, EventDef, Kind, Role, TableError, TableErrors, Tables, Vocabulary};

const VOCABULARY_TSV: &str = include_str!("../../../data/events/plover_vocabulary.tsv");
const CAMEO_TSV: &str = include_str!("../../../data/events/cameo_plover.tsv");
const KINDS_TSV: &str = include_str!("../../../data/events/kinds.tsv");

/// The embedded tables, loaded on first use; every problem found if they do not load.
pub fn tables() -> Result<&'static Tables, &'static TableErrors> {
    static TABLES: OnceLock<Result<Tables, TableErrors>> = OnceLock::new();
    TABLES
        .get_or_init(|| tables::load(VOCABULARY_TSV, CAMEO_TSV, KINDS_TSV))
        .as_ref()
}

/// The table row for a CAMEO code, or for its nearest listed parent (`"0874"` → `"087"` → `"08"`)
/// when the code itself is not listed. `None` for anything that is not a 2–4 digit code.
pub fn cameo(code: &str) -> Option<&'static CameoMapping> {
    let t = tables().ok()?;
    let code = code.trim();
    if !tables::is_code(code) {
        return None;
    }
    (2..=code.len()).rev().find_map(|n| t.cameo_exact(&code[..n]))
}

/// PLOVER event and mode for a CAMEO code (parent fallback as in [`cameo`]); `None` when PLOVER
/// does not code the category or the code is unknown.
pub fn for_cameo(code: &str) -> Option<(&'static str, Option<&'static str>)> {
    let m = cameo(code)?;
    Some((m.event?, m.mode))
}

/// The kind named `name`.
pub fn kind(name: &str) -> Option<&'static Kind> {
    tables().ok()?.kinds.iter().find(|k| k.name == name)
}

/// All kinds, in table order.
pub fn kinds() -> &'static [Kind] {
    tables().map(|t| t.kinds.as_slice()).unwrap_or(&[])
}

/// PLOVER event and mode of an event of kind `kind` coded `cameo`: the kind's own when it has
/// one, else the CAMEO table's (this is how `kind: "cameo"` events get theirs).
pub fn plover(kind_name: &str, cameo_code: Option<&str>) -> Option<(&'static str, Option<&'static str>)> {
    if let Some(k) = kind(kind_name) {
        if let Some(e) = k.plover_event {
            return Some((e, k.plover_mode));
        }
    }
    for_cameo(cameo_code?)
}

fn push_unique(out: &mut Vec<&'static str>, items: impl IntoIterator<Item = &'static str>) {
    for c in items {
        if !out.contains(&c) {
            out.push(c);
        }
    }
}

/// Contexts implied by the participants' sectors (the vocabulary's sector rules: `SPY` →
/// `intelligence`).
fn sector_contexts(out: &mut Vec<&'static str>, actor_sectors: &[&str], target_sectors: &[&str]) {
    let Ok(t) = tables() else { return };
    for (sector, contexts) in &t.vocabulary.sectors {
        let hit = actor_sectors
            .iter()
            .chain(target_sectors)
            .any(|s| s.trim().eq_ignore_ascii_case(sector));
        if hit {
            push_unique(out, contexts.iter().copied());
        }
    }
}

/// PLOVER contexts of an event of kind `kind_name` whose actors and targets have these sector
/// codes: the kind's fixed contexts (`intelligence` for the espionage kinds spy, recruit,
/// solicit, defect, hack) plus those implied by the sectors (`intelligence` whenever a
/// participant is `SPY`). Unknown kinds contribute nothing; order is stable, no duplicates.
pub fn context(kind_name: &str, actor_sectors: &[&str], target_sectors: &[&str]) -> Vec<&'static str> {
    context_with_cameo(kind_name, None, actor_sectors, target_sectors)
}

/// As [`context`], plus the contexts of the event's CAMEO code (e.g. `1125` → `intelligence`,
/// `legal`).
pub fn context_with_cameo(
    kind_name: &str,
    cameo_code: Option<&str>,
    actor_sectors: &[&str],
    target_sectors: &[&str],
) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some(k) = kind(kind_name) {
        push_unique(&mut out, k.contexts.iter().copied());
    }
    if let Some(m) = cameo_code.and_then(cameo) {
        push_unique(&mut out, m.contexts.iter().copied());
    }
    sector_contexts(&mut out, actor_sectors, target_sectors);
    out
}

/// An older PLOVER event (and mode) under current names: `DEMAND` → `REQUEST`, `INVESTIGATE` →
/// `ACCUSE`/`investigate`, `PROTEST`/`strike-hun` → `PROTEST`/`hunger` (the vocabulary's rename
/// rows). Names already current come back unchanged.
pub fn upgrade<'a>(event: &'a str, mode: Option<&'a str>) -> (&'a str, Option<&'a str>) {
    let Ok(t) = tables() else { return (event, mode) };
    let rename = |key: &str| {
        t.vocabulary
            .renames
            .iter()
            .find(|(old, _)| *old == key)
            .map(|&(_, new)| new)
    };
    let split = |s: &'static str| s.split_once('/').map_or((s, None), |(e, m)| (e, Some(m)));
    let mode = mode.map(str::trim).filter(|m| !m.is_empty());
    if let Some(m) = mode {
        if let Some(new) = rename(&format!("{event}/{m}")) {
            return split(new);
        }
    }
    let (event, mode) = match rename(event) {
        Some(new) => {
            let (e, implied) = split(new);
            (e, mode.or(implied))
        }
        None => (event, mode),
    };
    if let Some(m) = mode {
        if let Some(new) = rename(&format!("{event}/{m}")) {
            return split(new);
        }
    }
    (event, mode)
}
