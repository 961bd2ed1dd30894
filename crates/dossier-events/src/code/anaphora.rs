//! Event anaphora: a definite event noun with no participants of its own ("the suspected
//! defection was a rumour", "The arrest, confirmed by a Moscow court, …") names an event an
//! earlier sentence told, and takes that event's actor and target. The antecedent is the latest
//! event of the same kind with a country-coded actor in the last [`WINDOW`] sentences; the
//! determiner must be definite (`@definite` in `data/events/espionage.txt`).
//!
//! A definite noun that is the uncoded actor of an act ("The hackers also attacked Huawei")
//! stands for whoever did the latest earlier act of the same kind.
//!
//! A definite noun for people held or accused (`@held_people`: "the detainees", or a number:
//! "the five", "each of the five" with `@each`), uncoded and left without a patient by the sentence's own rules, as the patient of
//! an act against people, is the people the latest earlier act of custody was aimed at.
//!
//! A noun of the same kind as a verb of its own sentence restates that verb's event ("was
//! questioned by the FBI … during the questioning") and is dropped.
//!
//! A verb conjoined to a trigger of the same kind, with the same actor, restates it ("expelled
//! 20 diplomats and gave the affected officials 24 hours to leave") and is dropped.
//!
//! An actor the noun got from outside its phrase ("The arrest, confirmed by a court": the
//! court) is kept; only the patient is taken then.
//!
//! What it must not do: touch a noun with an actor or patient of its own, one nested in another
//! event (its roles come from there), one a denial or criticism in the sentence is about (the
//! event answered is the topic there, not told again), or reach further back than the window.

use super::draft::{has_country, Draft};
use super::matcher::in_class;
use crate::lexicon::{Lexicon, Pos};
use crate::sent::Sent;

/// How many sentences back an antecedent may be.
pub const WINDOW: u32 = 3;

/// How many sentences back "the five" may name the people an act counted as five.
pub const COUNTED_WINDOW: u32 = 10;

pub fn fill(s: &Sent, lex: &Lexicon, earlier: &[dossier_core::Event], drafts: &mut [Draft]) {
    let Some(definite) = lex.class_id("definite") else {
        return;
    };
    // Words an answer in this sentence is about ("called the accusations slander", "the
    // indictment grossly violates …"): the event answered is the topic, not told again.
    let answered: Vec<usize> = drafts
        .iter()
        .filter(|o| matches!(o.kind.as_str(), "deny" | "criticize"))
        .flat_map(|o| [o.target_word, o.actor_word, Some(o.word)])
        .flatten()
        .collect();
    // Verbs of the sentence, by kind: "was questioned by the FBI … during the questioning"
    // tells one event twice.
    let told: Vec<(String, usize)> = drafts
        .iter()
        .filter(|o| o.pos == Pos::Verb && s.upos[o.word] == "VERB")
        .map(|o| (o.kind.clone(), o.word))
        .collect();
    // "The hackers also attacked Huawei", after an account of a hack: a definite noun as the
    // uncoded actor of an act is whoever did the same kind of act just before.
    for d in drafts.iter_mut() {
        let Some(a) = d
            .actor_word
            .filter(|&a| d.actor.is_empty() && s.upos[a] == "NOUN" && s.actor_of[a].is_none())
        else {
            continue;
        };
        if !determined(s, lex, definite, a) {
            continue;
        }
        if let Some(e) = latest_of_kind(s, earlier, &d.kind) {
            d.actor = e.actor.clone();
            d.trace.push(format!(
                "actor ← `{}`: who did the {} told in sentence {} (`{}`)",
                s.lower[a],
                d.kind,
                e.sentence,
                s.doc.slice(e.trigger)
            ));
        }
    }
    for d in drafts.iter_mut() {
        let w = d.word;
        // (An actor found outside the noun's own phrase — the agent of the verb it is the
        // subject of, "the arrest was confirmed by a court" — is not its own.)
        let own_actor = !d.actor.is_empty() && d.actor_word.is_none_or(|a| s.head[a] == Some(w));
        let noun = d.pos == Pos::Noun || s.upos[w] == "NOUN";
        if !noun || own_actor || !d.target.is_empty() || d.parent.is_some() {
            continue;
        }
        if answered.contains(&w) || s.head[w].is_some_and(|h| answered.contains(&h)) {
            continue;
        }
        if !determined(s, lex, definite, w) {
            continue;
        }
        if let Some((_, v)) = told.iter().find(|(k, v)| *k == d.kind && *v != w) {
            d.background = true;
            d.trace.push(format!("restates `{}` of this sentence", s.lower[*v]));
            continue;
        }
        let Some(e) = latest_of_kind(s, earlier, &d.kind) else {
            continue;
        };
        if !has_country(s.doc, &d.actor) {
            d.actor = e.actor.clone();
        }
        d.target = e.target.clone();
        d.refers_back = true;
        d.trace.push(format!(
            "roles ← the {} told in sentence {} (`{}`)",
            d.kind,
            e.sentence,
            s.doc.slice(e.trigger)
        ));
    }
}

/// "… arrested five Polish spies. A prosecutor is preparing charges against the detainees": a
/// definite noun for people held or accused ("the suspects", "the five"), uncoded, as the
/// patient of an act against people is the people the latest custody act was aimed at. Run after
/// the sentence's own rules (`implicit::fill`), which come first.
pub fn held_people(s: &Sent, lex: &Lexicon, earlier: &[dossier_core::Event], drafts: &mut [Draft]) {
    let (Some(held), Some(definite), Some(each)) = (
        lex.class_id("held_people"),
        lex.class_id("definite"),
        lex.class_id("each"),
    ) else {
        return;
    };
    for d in drafts.iter_mut() {
        let Some(t) = d
            .target_word
            .filter(|&t| d.target.is_empty() && s.actor_of[t].is_none())
        else {
            continue;
        };
        // ("indicted each of the five": the people are the number's.)
        let t = match s.preps(t, "of").find(|&n| s.upos[n] == "NUM") {
            Some(n) if in_class(s, lex, t, each) => n,
            _ => t,
        };
        let people = s.upos[t] == "NUM" || s.upos[t] == "NOUN" && in_class(s, lex, t, held);
        let against = crate::kind_groups::state_act(&d.kind) || d.kind == "accuse";
        if !people || !against || !determined(s, lex, definite, t) {
            continue;
        }
        let held = |e: &dossier_core::Event| crate::kind_groups::custody(&e.kind) && has_country(s.doc, &e.target);
        // ("the five", however far back: the people an act counted as five.)
        let number = (s.upos[t] == "NUM")
            .then(|| dossier_actors::dates::cardinal(&s.lower[t]))
            .flatten();
        let counted = number.and_then(|n| {
            earlier.iter().rev().find(|e| {
                e.sentence < s.index as u32
                    && e.sentence + COUNTED_WINDOW >= s.index as u32
                    && held(e)
                    && e.target.iter().any(|p| crate::counted::count_of(s.doc, p) == Some(n))
            })
        });
        let before = counted.or_else(|| latest_before(s, earlier, held));
        if let Some(e) = before {
            d.target = e.target.clone();
            d.trace.push(format!(
                "target ← `{}`: the people the {} in sentence {} (`{}`) was aimed at",
                s.lower[t],
                e.kind,
                e.sentence,
                s.doc.slice(e.trigger)
            ));
        }
    }
}

/// "Russia expelled 20 Czech diplomats and gave the affected officials 24 hours to leave": a
/// verb conjoined to a trigger of the same kind, with the same actor, tells the same act again.
pub fn coordinated_restatement(s: &Sent, drafts: &mut [Draft]) {
    let doc = s.doc;
    let countries = |d: &Draft| {
        d.actor
            .iter()
            .filter_map(|p| super::draft::country(doc, p))
            .collect::<Vec<_>>()
    };
    for d in 0..drafts.len() {
        let w = drafts[d].word;
        if s.rel(w) != "conj" || drafts[d].pos != Pos::Verb {
            continue;
        }
        let first = drafts
            .iter()
            .position(|o| Some(o.word) == s.head[w] && o.kind == drafts[d].kind && o.pos == Pos::Verb && !o.background);
        let Some(o) = first else { continue };
        let same = !countries(&drafts[o]).is_empty() && countries(&drafts[o]) == countries(&drafts[d]);
        if same {
            let why = format!("restates `{}`, the same act by the same actor", s.lower[drafts[o].word]);
            drafts[d].background = true;
            drafts[d].trace.push(why);
        }
    }
}

/// Whether noun `w` has a definite determiner (`@definite`: "the", "this", "that").
pub(super) fn determined(s: &Sent, lex: &Lexicon, definite: crate::lexicon::ClassId, w: usize) -> bool {
    s.children[w]
        .iter()
        .any(|&c| s.rel(c) == "det" && in_class(s, lex, c, definite))
}

/// The latest event of `kind` with a country-coded actor told in the last [`WINDOW`] sentences
/// before this one.
fn latest_of_kind<'e>(s: &Sent, earlier: &'e [dossier_core::Event], kind: &str) -> Option<&'e dossier_core::Event> {
    latest_before(s, earlier, |e| e.kind == kind && has_country(s.doc, &e.actor))
}

/// The latest event `keep` accepts among those told in the last [`WINDOW`] sentences before
/// this one.
pub(super) fn latest_before<'e>(
    s: &Sent,
    earlier: &'e [dossier_core::Event],
    keep: impl Fn(&dossier_core::Event) -> bool,
) -> Option<&'e dossier_core::Event> {
    let here = s.index as u32;
    earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + WINDOW >= here)
        .find(|e| e.sentence < here && keep(e))
}
