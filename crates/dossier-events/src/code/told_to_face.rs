//! An accusation made to the accused's face: "Sir Nicholas told the ambassador the four had been
//! gathering intelligence" is Britain accusing Russia, as well as Russia's spying alleged. A spy,
//! hack or recruitment told by a verb of telling (`@tell` in `data/events/espionage.txt`) to an
//! addressee of the same country as the act's actor, by a speaker of another country, adds an
//! `accuse` from the speaker to the addressee, with the act as its content.
//!
//! Adds drafts only; the act keeps its roles and becomes the accusation's content.

use super::draft::{country, Draft};
use super::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;
use dossier_core::Participant;

pub fn add(s: &Sent, lex: &Lexicon, drafts: &mut Vec<Draft>) {
    let Some(tell) = lex.class_id("tell") else { return };
    let n = drafts.len();
    for d in 0..n {
        if !matches!(drafts[d].kind.as_str(), "spy" | "hack" | "recruit") || drafts[d].parent.is_some() {
            continue;
        }
        let Some(actor) = drafts[d].actor.iter().find_map(|p| country(s.doc, p)) else {
            continue;
        };
        // The telling verb: the act's clause hangs on it as its complement.
        let mut r = drafts[d].word;
        let mut found = None;
        for _ in 0..3 {
            let Some(h) = s.head[r] else { break };
            if matches!(s.rel(r), "ccomp" | "xcomp" | "advcl" | "conj") && in_class(s, lex, h, tell) {
                found = Some(h);
                break;
            }
            r = h;
        }
        let Some(r) = found else { continue };
        let Some(addressee) = s.kid(r, "obj").or_else(|| s.kid(r, "iobj")) else {
            continue;
        };
        let to: Vec<Participant> = s.actors_at(addressee).into_iter().map(Participant::Mention).collect();
        let Some(speaker_word) = s.subject(r) else { continue };
        let by: Vec<Participant> = s
            .actors_at(speaker_word)
            .into_iter()
            .map(Participant::Mention)
            .collect();
        let to_country = to.iter().find_map(|p| country(s.doc, p));
        let by_country = by.iter().find_map(|p| country(s.doc, p));
        if to_country.as_deref() != Some(actor.as_str()) || by_country.is_none() || by_country == to_country {
            continue;
        }
        let mut e = drafts[d].clone();
        e.kind = "accuse".into();
        e.word = r;
        e.pos = crate::lexicon::Pos::Verb;
        e.actor = by;
        e.target = to;
        e.actor_word = Some(speaker_word);
        e.target_word = Some(addressee);
        e.parent = None;
        e.trace = vec![format!(
            "accuse: `{}` told to `{}` of the same country as the {} it tells",
            s.lower[r], s.lower[addressee], drafts[d].kind
        )];
        drafts.push(e);
        drafts[d].parent = Some(drafts.len() - 1);
        drafts[d].trace.push(format!("content of `{}` (accuse)", s.lower[r]));
    }
}
