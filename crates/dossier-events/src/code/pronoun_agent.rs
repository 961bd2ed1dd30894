//! "China's Defense Ministry denounced the US Justice Department after it charged Chinese military
//! personnel": a state act (`state_act` in `data/events/kinds.tsv`) whose agent is a pronoun
//! the recogniser resolved to the target's own side reads as a state acting on its own people,
//! which news tells with a named agent. The pronoun stands for another body named before it in
//! its sentence: the nearest one of another country whose sector can take such an act
//! (`@acting_sector` in `data/events/espionage.txt`: a government, judicial, police or
//! intelligence body).
//!
//! What it must not do: touch a named agent, a pronoun with no body of another country before
//! it ("the army said it had arrested two of its officers"), or an act with no target country.

use super::draft::{country, Draft};
use crate::lexicon::Lexicon;
use crate::sent::Sent;
use dossier_core::Participant;

pub fn repair(s: &Sent, lex: &Lexicon, drafts: &mut [Draft]) {
    let Some(acting) = lex.class_id("acting_sector") else {
        return;
    };
    let doc = s.doc;
    for d in drafts.iter_mut() {
        let Some(w) = d.actor_word else { continue };
        if !crate::kind_groups::state_act(&d.kind) || s.upos[w] != "PRON" || d.actor.len() != 1 {
            continue;
        }
        let Some(own) = country(doc, &d.actor[0]) else { continue };
        let targets: Vec<String> = d.target.iter().filter_map(|p| country(doc, p)).collect();
        if targets.is_empty() || !targets.iter().all(|t| *t == own) {
            continue;
        }
        let body = (0..w).rev().find_map(|i| {
            let a = s.actor_of[i]?;
            let m = &doc.actors[a as usize];
            let sector = m.sector.as_deref()?.to_ascii_lowercase();
            let other = m.country.as_deref().is_some_and(|c| c != own);
            (other && lex.class(acting).words.contains(&sector)).then_some((a, i))
        });
        if let Some((a, i)) = body {
            d.trace.push(format!(
                "actor ← `{}`: `{}` resolved to the target's own side, read as the body before it",
                doc.slice(doc.actors[a as usize].span),
                s.lower[w]
            ));
            d.actor = vec![Participant::Mention(a)];
            d.actor_word = Some(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::code;

    #[test]
    fn a_pronoun_agent_of_the_targets_own_side_is_the_body_before_it() {
        let got = code(
            "Iran's defence ministry condemned the Canadian justice ministry after it charged Iranian military officers with hacking.",
        );
        assert!(got.iter().any(|e| e.starts_with("charge CANGOV>IRNMIL")), "{got:?}");
        assert!(!got.iter().any(|e| e.starts_with("charge IRN")), "{got:?}");
    }

    #[test]
    fn a_state_acting_on_its_own_people_keeps_its_pronoun() {
        let got = code("The Iranian army said it had arrested two Iranian officers for spying.");
        assert!(got.iter().any(|e| e.starts_with("arrest IRNMIL>IRN")), "{got:?}");
    }
}
