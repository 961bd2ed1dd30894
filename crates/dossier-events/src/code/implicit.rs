//! Implicit agents: a passive legal or coercive act with no `by` phrase ("was jailed in Taiwan",
//! "were expelled") is coded with the country that must have done it, only when that country is
//! unambiguous: the place the act happened (an `in` phrase naming a country or city), else the one
//! country among the sentence's state actors other than the patient's.

use super::draft::{country, Draft};
use crate::sent::Sent;
use dossier_core::Participant;

/// Kinds only a state does, so a passive implies a state agent.
const STATE_ACTS: &[&str] = &[
    "arrest",
    "charge",
    "convict",
    "expel",
    "deport",
    "investigate",
    "sanction",
    "release",
];

pub fn fill(s: &Sent, drafts: &mut [Draft]) {
    let doc = s.doc;
    for d in drafts.iter_mut() {
        if !d.actor.is_empty() || !STATE_ACTS.contains(&d.kind.as_str()) {
            continue;
        }
        let w = d.word;
        // The place of the act.
        let mut found: Option<(String, String)> = s.preps(w, "in").flat_map(|p| s.actors_at(p)).find_map(|a| {
            let m = &doc.actors[a as usize];
            m.country
                .clone()
                .map(|c| (c, format!("act done in `{}`", doc.slice(m.span))))
        });
        if found.is_none() {
            let patient: Vec<String> = d.target.iter().filter_map(|p| country(doc, p)).collect();
            let mut states: Vec<String> = Vec::new();
            // Parties named as beneficiaries or partners ("spying for X", "a plot with Y") are
            // not the state acting.
            let aside: Vec<u32> = (0..s.len())
                .filter(|&w| matches!(s.case_of(w), Some("for" | "with" | "to" | "from" | "against" | "on")))
                .flat_map(|w| s.actors_at(w))
                .collect();
            for (ai, m) in doc.actors.iter().enumerate() {
                if m.sentence as usize != s.index
                    || d.target.contains(&Participant::Mention(ai as u32))
                    || aside.contains(&(ai as u32))
                {
                    continue;
                }
                let state = matches!(m.sector.as_deref(), None | Some("GOV" | "COP" | "JUD" | "SPY" | "MIL"));
                if let (true, Some(c)) = (state, m.country.clone()) {
                    if !states.contains(&c) && !patient.contains(&c) && c.len() == 3 && c != "IGO" {
                        states.push(c);
                    }
                }
            }
            if states.len() == 1 {
                found = Some((states.remove(0), "the one state in the sentence".into()));
            }
        }
        if let Some((c, why)) = found {
            d.trace.push(format!("actor ← implicit {c}: {why}"));
            d.actor = vec![Participant::Implicit { code: c, rule: why }];
        }
    }
}
