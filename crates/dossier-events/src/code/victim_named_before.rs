//! "A British inquiry into the poisoning death of Alexander Litvinenko found that Putin probably
//! approved the killing": a definite killing noun with no victim of its own ("the killing", "the
//! murder") names the death told just before, and its victim is that death's: the `of` object or
//! the possessor, naming an actor, of the latest `@death` noun ("the death of X", "X's death")
//! earlier in its sentence, else in the last [`super::anaphora::WINDOW`] sentences. (An earlier
//! killing coded as an event is `anaphora::fill`'s, which runs first.)
//!
//! What it must not do: touch a noun with a victim of its own, an indefinite one ("approved a
//! killing"), or another kind than `assassinate`.

use super::anaphora::{determined, WINDOW};
use super::draft::Draft;
use super::matcher::in_class;
use crate::lexicon::{ClassId, Lexicon, Pos};
use crate::sent::Sent;
use dossier_core::Participant;

pub fn fill(s: &Sent, lex: &Lexicon, drafts: &mut [Draft]) {
    let (Some(death), Some(definite)) = (lex.class_id("death"), lex.class_id("definite")) else {
        return;
    };
    for d in drafts.iter_mut() {
        if d.kind != "assassinate"
            || d.pos != Pos::Noun
            || !d.target.is_empty()
            || !determined(s, lex, definite, d.word)
        {
            continue;
        }
        let here = victim_in(s, lex, death, d.word).map(|v| (v, s.index));
        let found = here.or_else(|| {
            (s.index.saturating_sub(WINDOW as usize)..s.index).rev().find_map(|j| {
                let sj = Sent::new(s.doc, j);
                victim_in(&sj, lex, death, sj.len()).map(|v| (v, j))
            })
        });
        if let Some(((victim, word), j)) = found {
            d.target = victim;
            d.trace.push(format!(
                "target ← `{word}`, whose death sentence {j} told: `{}` stands for it",
                s.lower[d.word]
            ));
        }
    }
}

/// The actors named as the victim of the latest `@death` noun before word `before`, and the
/// word naming them.
fn victim_in(s: &Sent, lex: &Lexicon, death: ClassId, before: usize) -> Option<(Vec<Participant>, String)> {
    (0..before)
        .rev()
        .filter(|&k| s.upos[k] == "NOUN" && in_class(s, lex, k, death))
        .find_map(|k| {
            let v = s
                .preps(k, "of")
                .chain(s.possessor(k))
                .find(|&v| !s.actors_at(v).is_empty())?;
            Some((
                s.actors_at(v).into_iter().map(Participant::Mention).collect(),
                s.lower[v].clone(),
            ))
        })
}
