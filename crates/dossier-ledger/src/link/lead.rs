//! A news story's lead often tells its act before naming whom it was done to ("German prosecutors
//! have arrested a second person …"), and the next sentences name the person ("A man named
//! Arthur E. was detained at Munich airport"). For linking, such a lead report takes the name
//! of the person the same act is told against right after it in the same document: it is
//! that act, told first in brief.
//!
//! Only the document's first sentences lead; the later report must be of the same kind, by the
//! same actor countries, against a person the document names, within [`FOLLOW`] sentences, and
//! the first such report after the lead (a story told backwards is not read).
//! What it must not do: link two reports itself (that is `rule`'s), or read the database.

use super::facts::{country, name_of, person_key};
use dossier_core::{Document, Event, Participant};
use std::collections::BTreeSet;

/// The sentences that lead a story (the headline-like first sentence and the one after it).
pub const LEAD: u32 = 2;

/// How many sentences after the lead report the one naming the person may come.
pub const FOLLOW: u32 = 3;

/// The names of the people the lead report `n` of `doc` was done to, when the report names
/// none and the next report of the same act names them (see the module doc).
pub fn named_after(doc: &Document, n: usize, people: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    let e = doc.events.get(n)?;
    if e.sentence >= LEAD
        || e.actor.is_empty()
        || dossier_events::kind_groups::speech_act(&e.kind)
        || e.target.iter().any(|p| name_of(doc, p).is_some())
    {
        return None;
    }
    let countries = |ev: &Event| -> BTreeSet<String> {
        ev.actor
            .iter()
            .filter_map(|p| p.code(doc).map(str::to_string))
            .map(|c| country(&c))
            .collect()
    };
    let own = countries(e);
    if own.is_empty() {
        return None;
    }
    let later = doc.events.iter().skip(n + 1).find(|o| {
        o.kind == e.kind && o.sentence > e.sentence && o.sentence <= e.sentence + FOLLOW && countries(o) == own
    })?;
    let named: BTreeSet<String> = later
        .target
        .iter()
        .filter_map(|p: &Participant| name_of(doc, p))
        .filter(|name| person_key(name).is_some_and(|k| people.contains(&k)))
        .collect();
    (!named.is_empty()).then_some(named)
}
