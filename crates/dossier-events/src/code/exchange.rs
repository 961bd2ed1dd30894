//! Swaps: "Russia freed two Lithuanians in return for two Russian spies held in Lithuania" is two
//! releases. A release whose clause holds "in exchange|return for Y" (the `@exchange` class in
//! `data/events/espionage.txt`) gets a second release of Y, by the country Y was held in ("held
//! in Lithuania") or else the country of the people the first release freed.
//!
//! Adds drafts only; roles of the first release stay as they are.

use super::draft::{country, Draft};
use super::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;
use dossier_core::Participant;

pub fn add(s: &Sent, lex: &Lexicon, drafts: &mut Vec<Draft>) {
    let Some(ex) = lex.class_id("exchange") else {
        return;
    };
    let n = drafts.len();
    for d in 0..n {
        if drafts[d].kind != "release" || drafts[d].actor.is_empty() || drafts[d].background {
            continue;
        }
        let v = drafts[d].word;
        // The exchange noun: on the verb or on its object ("in exchange").
        let near: Vec<usize> = s.children[v]
            .iter()
            .copied()
            .chain(s.kid(v, "obj").into_iter().flat_map(|o| s.children[o].iter().copied()))
            .collect();
        let Some(x) = near
            .iter()
            .copied()
            .find(|&c| s.upos[c] == "NOUN" && s.case_of(c) == Some("in") && in_class(s, lex, c, ex))
        else {
            continue;
        };
        // What was given for them: the phrase whose "for" comes right after the noun.
        let Some(y) = (0..s.len()).find(|&k| {
            s.children[k]
                .iter()
                .any(|&c| c == x + 1 && s.lower[c] == "for" && s.rel(c) == "case")
        }) else {
            continue;
        };
        let freed: Vec<Participant> = s.actors_at(y).into_iter().map(Participant::Mention).collect();
        if freed.is_empty() {
            continue;
        }
        // Where they were held ("held in Lithuania"), else the other side of the swap.
        let held = s.children[y]
            .iter()
            .filter(|&&c| s.rel(c) == "acl")
            .flat_map(|&c| s.preps(c, "in").collect::<Vec<_>>())
            .flat_map(|p| s.actors_at(p))
            .find_map(|a| s.doc.actors[a as usize].country.clone());
        let (holder, why) = match held {
            Some(c) => (c, "where those exchanged were held"),
            None => match drafts[d].target.iter().find_map(|p| country(s.doc, p)) {
                Some(c) => (c, "the country of those freed in exchange"),
                None => continue,
            },
        };
        let mut e = drafts[d].clone();
        // (The trigger line stays; the first release's roles are not this one's.)
        e.trace.truncate(1);
        e.trace
            .push(format!("swap: `{}` — released by {holder}, {why}", s.lower[x]));
        e.actor = vec![Participant::Implicit {
            code: holder,
            rule: why.into(),
            names: None,
        }];
        e.target = freed;
        e.target_word = Some(y);
        drafts.push(e);
    }
}

#[cfg(test)]
mod tests {
    fn releases(text: &str) -> Vec<String> {
        super::super::tests::code(text)
            .into_iter()
            .filter_map(|e| e.strip_prefix("release ").map(str::to_string))
            .collect()
    }

    #[test]
    fn a_swap_is_two_releases() {
        let got = releases("Iran released a French tourist in exchange for an Iranian diplomat jailed in Belgium.");
        assert!(got.contains(&"BEL>IRNGOV".to_string()), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        let got = releases("The United States freed three Russian agents in exchange for two Americans.");
        assert_eq!(got.len(), 2, "{got:?}");
        // No exchange, one release.
        assert_eq!(releases("Iran released a French tourist on Monday.").len(), 1);
    }
}
