//! The `statement` fallback: an official speaking, in a sentence where nothing more specific is
//! coded (SPEC.md's kinds table: "statement only when an official speaks and nothing more specific
//! is coded"). "…," a spokesman for the Foreign Office said; the prosecutors said that …
//!
//! The speaking verbs are `@statementverb` and the speakers' sectors `@official` in
//! `data/events/espionage.txt`. The speaker must be coded with a country and an official sector;
//! the verb must be the sentence's main verb or its attribution tail, not negated, not in a
//! question; no other word of the sentence may be a trigger of the vocabulary, even one whose
//! conditions failed (except the verb the speaking verb hangs on, when it triggers only under
//! positive conditions: "the exchange took place," he said; "made a reference …, telling"). What it must not do: code a statement beside another event, or for anyone who is
//! not an official (a lawyer, a relative, a newspaper).

use super::draft::Draft;
use super::matcher::in_class;
use crate::lexicon::{Cond, Lexicon, Pos};
use crate::sent::Sent;
use dossier_core::Participant;

/// The statement draft of a sentence that codes nothing else, if an official speaks in it.
pub fn draft(s: &Sent, lex: &Lexicon) -> Option<Draft> {
    let verbs = lex.class_id("statementverb")?;
    let official = lex.class_id("official")?;
    if (0..s.len()).any(|w| s.lower[w] == "?") {
        return None;
    }
    // (Or a participle clause of the main verb that shares its subject: "Xi made a rare
    // reference to the purges, telling the military that …".)
    let main = |v: usize| match s.rel(v) {
        "root" => true,
        "parataxis" => s.head[v].is_some_and(|h| s.rel(h) == "root"),
        "advcl" => s.xpos[v] == "VBG" && s.kid(v, "nsubj").is_none() && s.head[v].is_some_and(|h| s.rel(h) == "root"),
        _ => false,
    };
    let v = (0..s.len()).find(|&v| s.upos[v] == "VERB" && in_class(s, lex, v, verbs) && main(v) && !s.negated(v))?;
    // A word that could trigger a specific kind, though its conditions failed ("the capture of
    // agents committing espionage"), means the sentence says more than a statement: better no
    // event than the wrong one.
    let specific = (0..s.len()).any(|w| {
        // (A noun the tagger called an adjective, "the espionage case", counts as a noun.)
        let pos: &[Pos] = match s.upos[w] {
            "VERB" => &[Pos::Verb],
            "NOUN" => &[Pos::Noun],
            "ADJ" => &[Pos::Adj, Pos::Noun],
            _ => return false,
        };
        // (Not a participle describing a thing, "videos released online", nor the word for a
        // statement itself, "said in a statement".)
        let describes_thing = s.upos[w] == "VERB"
            && matches!(s.rel(w), "acl" | "amod")
            && s.head[w].is_some_and(|h| s.upos[h] == "NOUN" && s.actor_of[h].is_none());
        // (The verb the speaking verb hangs on — the quoted clause, or the main verb a speaking
        // participle follows — when it triggers only under conditions the sentence does not
        // meet, is used otherwise: "the exchange took place" beside "took measures", "made a
        // reference …, telling" beside "made a protest".)
        let light = s.head[v] == Some(w);
        let bare = |t: &crate::lexicon::Trigger| {
            !light || t.rest.is_empty() && t.conds.iter().all(|c| matches!(c, Cond::Not(_) | Cond::Rel(_)))
        };
        w != v
            && !describes_thing
            && pos
                .iter()
                .any(|&p| lex.lookup(p, &s.lemma[w]).any(|t| t.kind != "statement" && bare(t)))
    });
    if specific {
        return None;
    }
    let who = s.doer(v)?;
    // The party told ("telling the Chinese military that …"), when the text names one.
    let told: Vec<Participant> = s
        .kid(v, "iobj")
        .or_else(|| s.kid(v, "obj"))
        .map(|o| s.actors_at(o).into_iter().map(Participant::Mention).collect())
        .unwrap_or_default();
    // ("a spokesman for the foreign ministry": the body the speaker speaks for.)
    let mut named = s.actors_at(who);
    if named.is_empty() {
        named = s
            .preps(who, "for")
            .chain(s.preps(who, "of"))
            .flat_map(|p| s.actors_at(p))
            .collect();
    }
    let speakers: Vec<u32> = named
        .into_iter()
        .filter(|&a| {
            let m = &s.doc.actors[a as usize];
            m.country.is_some()
                && m.sector
                    .as_deref()
                    .is_some_and(|sec| lex.class(official).words.contains(&sec.to_ascii_lowercase()))
        })
        .collect();
    if speakers.is_empty() {
        return None;
    }
    let why = format!(
        "statement: `{}` by an official, nothing more specific coded (data/events/espionage.txt @statementverb)",
        s.lower[v]
    );
    Some(Draft {
        actor_word: Some(who),
        actor: speakers.into_iter().map(Participant::Mention).collect(),
        target: told,
        identified: true,
        ..Draft::new("statement", v, Pos::Verb, why)
    })
}
