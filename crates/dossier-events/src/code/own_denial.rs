//! A party saying it never did what it is accused of denies it: "The Chinese military never
//! engages in any form of cyber theft", "Geng said China's institutions never engage in
//! cybertheft", "Russia has never spied on Germany, the Kremlin said". An act of an accusable
//! kind (not a speech act, not a state's legal act) negated by "never", whose actor is a state or
//! one of its bodies, and which is told by nobody else, or by a body of the actor's own country,
//! becomes the content of a `deny` by that reporter (else by the actor itself). The act is then
//! no longer negated: it is the claim denied, as in "China denied hacking".
//!
//! What it must not do: turn a negation told by another party into a denial ("the government
//! never proved …" told by a newspaper stays negated), or one with "not" alone ("has not been
//! charged" is a fact told, not an answer).

use super::draft::{country, Draft};
use crate::lexicon::{Lexicon, Pos};
use crate::sent::Sent;

pub fn add(s: &Sent, lex: &Lexicon, drafts: &mut Vec<Draft>) {
    let doc = s.doc;
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let accusable = !crate::kind_groups::speech_act(&d.kind)
            && !crate::kind_groups::state_act(&d.kind)
            && d.kind != "cameo"
            && d.kind != "deny";
        // ("has never engaged in or participated in": the first conjunct carries it.)
        let never_at = |w: usize| s.children[w].iter().copied().find(|&c| s.lower[c] == "never");
        let shared = s.head[d.word].filter(|_| s.rel(d.word) == "conj");
        let never_word = never_at(d.word).or_else(|| shared.and_then(never_at));
        let never = never_word.is_some();
        if !d.negated || !accusable || !never || d.parent.is_some() || d.background {
            continue;
        }
        let Some(own) = d.actor.iter().find_map(|p| country(doc, p)) else {
            continue;
        };
        // Who tells it: nobody, or a body of the actor's own country.
        let reporter = super::roles::reporter(s, lex, d.word);
        let by: Vec<dossier_core::Participant> = match reporter {
            None => d.actor.clone(),
            Some(r) => {
                let body: Vec<u32> = s
                    .actors_at(r)
                    .into_iter()
                    .filter(|&a| doc.actors[a as usize].country.as_deref() == Some(own.as_str()))
                    .collect();
                if body.is_empty() {
                    continue;
                }
                body.into_iter().map(dossier_core::Participant::Mention).collect()
            }
        };
        let word = never_word.unwrap_or(d.word);
        let why = format!(
            "deny ← `never {}`: the actor's own side says it never did it",
            s.lower[drafts[i].word]
        );
        drafts.push(Draft {
            actor: by,
            actor_word: reporter,
            no_target: true,
            identified: d.identified,
            ..Draft::new("deny", word, Pos::Verb, why)
        });
        let at = drafts.len() - 1;
        let act = &mut drafts[i];
        act.negated = false;
        act.parent = Some(at);
        act.trace.push("content of the denial `never`".into());
    }
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn never_doing_what_one_is_accused_of_is_a_denial() {
        let got = code("The Chinese military never engages in any form of cyber theft.");
        assert!(got.iter().any(|e| e.starts_with("deny CHNMIL")), "{got:?}");
        let got = code("Russia has never spied on Germany, the Kremlin said.");
        assert!(got.iter().any(|e| e.starts_with("deny RUS")), "{got:?}");
        // Told by another party, a negation stays a negation.
        let got = code("Russia has never spied on Germany, the German government said.");
        assert!(!got.iter().any(|e| e.starts_with("deny")), "{got:?}");
        // "not" alone tells a fact.
        let got = code("Russia did not spy on Germany.");
        assert!(!got.iter().any(|e| e.starts_with("deny")), "{got:?}");
    }

    #[test]
    fn never_shared_by_a_verb_joined_with_or_is_a_denial() {
        let got = code("The Iranian army has never engaged in or participated in any form of cyber theft.");
        assert!(got.iter().any(|e| e.starts_with("deny IRNMIL")), "{got:?}");
    }
}
