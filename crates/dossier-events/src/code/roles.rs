//! Who acts and who is acted on: the words filling a trigger's actor and target roles, from the
//! vocabulary entry's slots or the kind's defaults (subject → actor, object → target; passive:
//! `by` agent → actor, passive subject → target; nouns: `by` or possessor → actor, `of` → target).
//!
//! Returns words, not actors; turning words into actor mentions is `Sent::actors_at`.

use crate::lexicon::{Pos, Slot, Trigger};
use crate::sent::Sent;

/// The words filling one slot.
pub fn fill(s: &Sent, i: usize, pos: Pos, slot: &Slot) -> Option<usize> {
    let passive = pos == Pos::Verb && s.passive(i);
    match slot {
        Slot::Subj if passive => s.agent(i),
        Slot::Subj => s.subject(i),
        Slot::Obj if pos == Pos::Verb => s.object(i),
        Slot::Obj => s.preps(i, "of").next(),
        Slot::Iobj => s.kid(i, "iobj"),
        Slot::Poss => s.possessor(i),
        // "the expulsion of two diplomats by Switzerland": the parser may hang the `by` phrase
        // on the `of` object instead of the noun.
        Slot::By if pos == Pos::Noun => s
            .agent(i)
            .or_else(|| s.preps(i, "of").next().and_then(|o| s.preps(o, "by").next())),
        Slot::By => s.agent(i),
        Slot::Obl(p) => s.preps(i, p).next(),
        Slot::Head => s.head[i]
            .filter(|_| matches!(s.rel(i), "xcomp" | "obj" | "ccomp" | "obl"))
            .and_then(|h| s.subject(h)),
        Slot::Reporter => reporter(s, i),
        Slot::None => None,
    }
}

/// Default actor slots for a trigger's part of speech.
pub fn default_actor(pos: Pos) -> Vec<Slot> {
    match pos {
        Pos::Verb | Pos::Adj => vec![Slot::Subj],
        Pos::Noun => vec![Slot::By, Slot::Poss],
    }
}

/// Default target slots.
pub fn default_target(pos: Pos) -> Vec<Slot> {
    match pos {
        Pos::Verb | Pos::Adj => vec![Slot::Obj],
        Pos::Noun => vec![Slot::Obl("of".into())],
    }
}

/// The first slot that is filled, and its name for the trace.
pub fn first_filled(s: &Sent, i: usize, t: &Trigger, slots: &[Slot]) -> Option<(usize, String)> {
    for slot in slots {
        if *slot == Slot::None {
            return None;
        }
        // A possessor is the patient of nouns like "his arrest" only when no `of` phrase exists,
        // and the agent otherwise; the vocabulary lists it where it applies.
        if let Some(w) = fill(s, i, t.pos, slot) {
            return Some((w, format!("{slot:?}").to_lowercase()));
        }
    }
    None
}

/// The subject of a reporting verb whose complement (or parataxis) holds word `i`'s clause.
pub fn reporter(s: &Sent, i: usize) -> Option<usize> {
    let mut j = i;
    for _ in 0..5 {
        // "…, X said": the reporting verb hangs under the clause as parataxis.
        if let Some(v) = s.children[j]
            .iter()
            .copied()
            .find(|&c| s.rel(c) == "parataxis" && s.upos[c] == "VERB")
        {
            if let Some(x) = s.subject(v) {
                return Some(x);
            }
        }
        let h = s.head[j]?;
        if matches!(s.rel(j), "ccomp" | "parataxis") && s.upos[h] == "VERB" {
            return s.subject(h);
        }
        j = h;
    }
    None
}
