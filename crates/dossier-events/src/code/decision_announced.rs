//! "The Czech government ordered eighteen Russian diplomats out of the country. The decision was
//! on Saturday announced by Prime Minister Andrej Babis": a definite noun for a state's decision
//! (`@decision` in `data/events/espionage.txt`: "the decision", "the move") that is announced
//! (the object or passive subject of a verb of `@announce`) is the state act the sentence before
//! told, announced again: it is coded as that act, with its actor and target, for the
//! announcement to confirm.
//!
//! What it must not do: reach past the sentence before, take an act that was not a state's (an
//! accusation, a spy's act), or code a decision no earlier act explains.

use super::anaphora::determined;
use super::draft::{has_country, Draft};
use super::matcher::in_class;
use crate::lexicon::{Lexicon, Pos};
use crate::sent::Sent;

pub fn add(s: &Sent, lex: &Lexicon, earlier: &[dossier_core::Event], drafts: &mut Vec<Draft>) {
    let (Some(decision), Some(announce), Some(definite)) = (
        lex.class_id("decision"),
        lex.class_id("announce"),
        lex.class_id("definite"),
    ) else {
        return;
    };
    let here = s.index as u32;
    for w in 0..s.len() {
        let announced = s.head[w].is_some_and(|h| {
            in_class(s, lex, h, announce) && (s.rel(w) == "obj" || s.rel(w) == "nsubj" && s.passive(h))
        });
        if s.upos[w] != "NOUN"
            || !in_class(s, lex, w, decision)
            || !announced
            || !determined(s, lex, definite, w)
            || drafts.iter().any(|d| d.word == w)
        {
            continue;
        }
        let before = earlier.iter().rev().find(|e| {
            e.sentence + 1 == here
                && crate::kind_groups::state_act(&e.kind)
                && has_country(s.doc, &e.actor)
                && e.claim.claim_of.is_none()
        });
        let Some(e) = before else { continue };
        let why = format!(
            "`{}` announced: the {} told in the sentence before (`{}`)",
            s.lower[w],
            e.kind,
            s.doc.slice(e.trigger)
        );
        drafts.push(Draft {
            actor: e.actor.clone(),
            target: e.target.clone(),
            refers_back: true,
            ..Draft::new(&e.kind, w, Pos::Noun, why)
        });
    }
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn an_announced_decision_is_the_act_told_before() {
        let got = code(
            "The Polish government ordered six Belarusian diplomats out of the country. The decision was announced by the foreign minister.",
        );
        assert_eq!(
            got.iter()
                .filter(|e| e.starts_with("expel POL") && e.ends_with(">BLRGOV"))
                .count(),
            2,
            "{got:?}"
        );
        // Nothing before it to stand for: no event.
        let got = code("The decision was announced by the Polish foreign minister.");
        assert!(!got.iter().any(|e| e.starts_with("expel")), "{got:?}");
    }
}
