//! Who acts and who is acted on: the words filling a trigger's actor and target roles, from the
//! vocabulary entry's slots or the kind's defaults (subject → actor, object → target; passive:
//! `by` agent → actor, passive subject → target; nouns: `by` or possessor → actor, `of` → target).
//!
//! Returns words, not actors; turning words into actor mentions is `Sent::actors_at`.

use crate::lexicon::{Lexicon, Pos, Slot, Trigger};
use crate::sent::Sent;

/// The words filling one slot.
pub fn fill(s: &Sent, lex: &Lexicon, i: usize, pos: Pos, slot: &Slot) -> Option<usize> {
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
        // "carried out cyberattacks on X": the phrase may hang on the object noun.
        // ("no comment on the incident from X": for a noun, on its own `nmod`.)
        Slot::Obl(p) => s.preps(i, p).next().or_else(|| {
            let under = if pos == Pos::Verb {
                s.kid(i, "obj")
            } else {
                s.children[i].iter().copied().find(|&c| s.rel(c) == "nmod")
            };
            under
                .and_then(|o| s.preps(o, p).find(|&j| s.rel(j) == "nmod"))
                // "on a tip from X", the phrase hung on the verb right after the noun.
                .or_else(|| {
                    let h = s.head[i].filter(|_| pos == Pos::Noun)?;
                    s.preps(h, p)
                        .find(|&j| s.children[j].iter().any(|&c| c == i + 1 && s.rel(c) == "case"))
                })
        }),
        // "the US indictment": a modifier naming an actor.
        Slot::Mod => s.children[i]
            .iter()
            .copied()
            .find(|&c| matches!(s.rel(c), "compound" | "amod") && !s.actors_at(c).is_empty()),
        Slot::Head => {
            // ("calling the indictment 'ungrounded and absurd'": a conjunct stands where its
            // first conjunct does.)
            let mut j = i;
            for _ in 0..8 {
                match s.head[j].filter(|_| s.rel(j) == "conj") {
                    Some(h) => j = h,
                    None => break,
                }
            }
            s.head[j]
                .filter(|_| matches!(s.rel(j), "xcomp" | "obj" | "ccomp" | "obl"))
                .and_then(|h| s.subject(h))
        }
        Slot::Reporter => reporter(s, lex, i),
        Slot::Owner => {
            let thing = if pos == Pos::Verb {
                s.object(i)
            } else {
                s.kid(i, "nsubj")
            }?;
            s.children[thing]
                .iter()
                .copied()
                .find(|&c| matches!(s.deprel[c], "nmod:poss" | "compound" | "amod") && !s.actors_at(c).is_empty())
        }
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

/// The first slot filled by a word that names an actor, else the first slot filled at all, and
/// the slot's name for the trace.
pub fn first_filled(s: &Sent, lex: &Lexicon, i: usize, t: &Trigger, slots: &[Slot]) -> Option<(usize, String)> {
    let mut first: Option<(usize, String)> = None;
    for slot in slots {
        if *slot == Slot::None {
            break;
        }
        // A possessor is the patient of nouns like "his arrest" only when no `of` phrase exists,
        // and the agent otherwise; the vocabulary lists it where it applies.
        if let Some(w) = fill(s, lex, i, t.pos, slot).filter(|&w| !s.in_date[w] || !s.actors_at(w).is_empty()) {
            let name = format!("{slot:?}").to_lowercase();
            if !s.actors_at(w).is_empty() {
                return Some((w, name));
            }
            first.get_or_insert((w, name));
        }
    }
    first
}

/// The source of the reported speech holding word `i`'s clause ("X said …", "…, X said").
pub fn reporter(s: &Sent, lex: &Lexicon, i: usize) -> Option<usize> {
    crate::report::source(s, lex, crate::report::clause_of(s, i))?.who(s)
}
