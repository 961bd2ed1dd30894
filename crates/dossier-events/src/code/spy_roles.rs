//! The `spy` role conventions of SPEC.md ("Roles"), applied to each `spy` draft before drafts
//! become events: an actor known only as working for a service takes that service's code; the
//! target is the party spied on (never the recipient); a named spy with access to secrets is an
//! insider of the party spied on.
//!
//! What it must not do: touch drafts of other kinds, or drop drafts (that is `draft::finish`).

use super::draft::{country, has_country, sector, Draft};
use crate::sent::Sent;
use dossier_core::Participant;

/// Acts a state takes against a suspect, or an accusation of one: their patient is the spy and
/// their actor the party spied on.
fn acts_against_spy(kind: &str) -> bool {
    crate::kind_groups::state_act(kind) || kind == "accuse"
}

/// The `spy` conventions: an actor known only as working for a service takes that service's
/// code; the target is the party spied on — an explicit one, else the country acting against the
/// spy in the governing event, else the spy's own country when the secrets went abroad.
pub fn apply(s: &Sent, drafts: &mut [Draft], d: usize) {
    let doc = s.doc;
    let has_country = |ps: &[Participant]| has_country(doc, ps);
    if !has_country(&drafts[d].actor) && !drafts[d].identified && !drafts[d].recipient.is_empty() {
        let rec: Vec<Participant> = drafts[d]
            .recipient
            .iter()
            .filter_map(|&r| {
                let m = &doc.actors[r as usize];
                if m.sector.as_deref() == Some("SPY") {
                    Some(Participant::Mention(r))
                } else {
                    let c = m.country.clone()?;
                    Some(Participant::Implicit {
                        code: format!("{c}SPY"),
                        rule: format!(
                            "works for `{}`: that country's service (SPEC.md, Roles)",
                            doc.slice(m.span)
                        ),
                        names: None,
                    })
                }
            })
            .collect();
        drafts[d].trace.push("actor ← recipient's service".into());
        drafts[d].actor = rec.clone();
        // "Two people convicted of spying for Israel": the people the legal act is aimed at are
        // those agents too.
        if let Some(p) = drafts[d].parent {
            if acts_against_spy(&drafts[p].kind) && !has_country(&drafts[p].target) && drafts[p].target_word.is_some() {
                drafts[p].trace.push("target ← the agents of its `spy` content".into());
                drafts[p].target = rec;
            }
        }
    }
    let explicit_target = !drafts[d].target.is_empty();
    let mut governing_victim = false;
    let mut other_victim = false;
    if drafts[d].target.is_empty() {
        // Only a state acting against the spy (arresting, trying, accusing) is the victim; a
        // recruiter or a denier is not.
        let parent_country = drafts[d]
            .parent
            .filter(|&p| {
                acts_against_spy(&drafts[p].kind) || matches!(drafts[p].kind.as_str(), "criticize" | "protest")
            })
            .and_then(|p| drafts[p].actor.iter().find_map(|a| country(doc, a)))
            .or_else(|| {
                // "India expelled an official for allegedly indulging in espionage": a state
                // acting against the spy in the same sentence is the party spied on.
                let spy = &drafts[d].actor;
                drafts.iter().enumerate().find_map(|(k, o)| {
                    (k != d && acts_against_spy(&o.kind) && !spy.is_empty() && o.target.iter().any(|t| spy.contains(t)))
                        .then(|| o.actor.iter().find_map(|a| country(doc, a)))
                        .flatten()
                })
            });
        let own: Option<String> = drafts[d].actor.iter().find_map(|a| country(doc, a));
        let rec: Option<String> = drafts[d]
            .recipient
            .iter()
            .find_map(|&r| doc.actors[r as usize].country.clone());
        // ("He pleaded guilty to spying": an insider admitting it spied on its own country.)
        // (So is one telling it themselves: "Kim has insisted that he gathered the documents".)
        let told_by_itself = s.rel(drafts[d].word) == "ccomp"
            && s.head[drafts[d].word]
                .and_then(|h| s.subject(h))
                .and_then(|w| s.actor_of[w])
                .is_some_and(|b| {
                    drafts[d]
                        .actor
                        .iter()
                        .any(|a| matches!(a, Participant::Mention(a) if doc.same_actor(*a, b)))
                });
        let admitted = (drafts[d].parent.is_some_and(|p| drafts[p].kind == "confirm") || told_by_itself)
            && !drafts[d].actor.iter().any(|a| sector(doc, a).as_deref() == Some("SPY"));
        let victim = match (parent_country, own, rec.clone()) {
            (Some(p), _, _) => Some((p, "country acting in the governing event")),
            (None, Some(o), None) if admitted => Some((o, "an insider admitting it: the spy's own country")),
            (None, Some(o), Some(r))
                if o != r && !drafts[d].actor.iter().any(|a| sector(doc, a).as_deref() == Some("SPY")) =>
            {
                Some((o, "the spy's own country (secrets went abroad)"))
            }
            _ => None,
        };
        // "failed to notify Congress that China had stolen nuclear secrets": else the one
        // country the sentence names besides the spy's and the recipient's.
        let victim = victim.or_else(|| {
            let spy_country: Option<String> = drafts[d].actor.iter().find_map(|a| country(doc, a));
            // (Nor a topic: "documents about China".)
            let aside = super::implicit::introduced_by(s, &["for", "to", "with", "about"]);
            let mut others = super::implicit::sentence_countries(s, |ai, _| {
                !aside.contains(&ai) && !drafts[d].recipient.contains(&ai)
            });
            others.retain(|c| Some(c) != spy_country.as_ref() && Some(c) != rec.as_ref());
            // (A spy named but not coded, handing secrets to a recipient: "Lee gave them all
            // the information he had from a career as a CIA case officer".)
            let named = drafts[d].actor_word.is_some_and(|w| s.upos[w] == "PROPN") && rec.is_some();
            ((spy_country.is_some() || named) && others.len() == 1)
                .then(|| (others.remove(0), "the one other country in the sentence"))
        });
        governing_victim = matches!(victim, Some((_, "country acting in the governing event")));
        other_victim = matches!(victim, Some((_, "the one other country in the sentence")));
        if let Some((c, why)) = victim {
            drafts[d].trace.push(format!("target ← {c}: {why}"));
            drafts[d].target = vec![Participant::Implicit {
                code: c,
                rule: why.to_string(),
                names: None,
            }];
        }
    }
    insider(s, drafts, d, explicit_target || governing_victim, other_victim);
}

/// A spy the text names but codes no further ("Kim was jailed for spying", "X passed classified
/// Estonian documents to Moscow") is taken to be a national of the party spied on — the one
/// who had access to its secrets — when that party is known and either nobody receives the
/// secrets or the secrets' owner is explicit or is the state acting against the spy ("accused
/// Smith of passing secrets to X"). The legal act aimed at the spy gets the same code.
fn insider(s: &Sent, drafts: &mut [Draft], d: usize, known_victim: bool, victim_named: bool) {
    let doc = s.doc;
    let has_country = |ps: &[Participant]| has_country(doc, ps);
    // The person the governing act is aimed at, whose country was found after nesting ("Berg
    // was arrested in Moscow and convicted of gathering intelligence on behalf of Norway").
    if let Some(p) = drafts[d].parent.filter(|&p| acts_against_spy(&drafts[p].kind)) {
        if !has_country(&drafts[d].actor) && has_country(&drafts[p].target) {
            let pk = drafts[p].kind.clone();
            drafts[d].actor = drafts[p].target.clone();
            drafts[d].trace.push(format!("actor ← {pk}'s target"));
            return;
        }
    }
    // Someone the text names (a name or a pronoun standing for one), or the person a legal act
    // is aimed at ("the defendant was found guilty of handing secrets").
    // People the text only counts ("two men") are not assumed to be anyone's nationals.
    // (Not "they" left unresolved: a group the text did not name.)
    let named = drafts[d].actor_word.is_some_and(|w| {
        s.upos[w] == "PROPN" || s.upos[w] == "PRON" && !matches!(s.lower[w].as_str(), "they" | "them")
    });
    let defendant = drafts[d].identified && drafts[d].parent.is_some_and(|p| drafts[p].target_word.is_some());
    let someone = named || defendant;
    if has_country(&drafts[d].actor) || !someone || !(drafts[d].recipient.is_empty() || known_victim || victim_named) {
        return;
    }
    let Some(v) = drafts[d].target.iter().find_map(|p| country(doc, p)) else {
        return;
    };
    if drafts[d]
        .recipient
        .iter()
        .any(|&r| doc.actors[r as usize].country.as_deref() == Some(v.as_str()))
    {
        return;
    }
    // A person, of no role the text states: a civilian (SPEC.md's CVL).
    let names = drafts[d]
        .actor_word
        .or_else(|| drafts[d].parent.and_then(|p| drafts[p].target_word))
        .and_then(|w| s.person_named(w));
    let me = Participant::Implicit {
        code: format!("{v}CVL"),
        rule: "a named spy with access to the secrets: a national of the party spied on".into(),
        names,
    };
    drafts[d]
        .trace
        .push(format!("actor ← {v}CVL: named spy, national of the party spied on"));
    drafts[d].actor = vec![me.clone()];
    if let Some(p) = drafts[d].parent {
        if !has_country(&drafts[p].target) && drafts[p].target_word.is_some() {
            drafts[p].trace.push("target ← the spy of its content".into());
            drafts[p].target = vec![me];
        }
    }
}

/// "Lee was sentenced in federal court … He pleaded guilty to conspiracy to commit espionage":
/// a spy event that found no victim in its own sentence spied on the state that, in the last
/// [`super::anaphora::WINDOW`] sentences, arrested, charged, tried or accused the same person.
pub fn victim_from_earlier(s: &Sent, earlier: &[dossier_core::Event], events: &mut [dossier_core::Event]) {
    let doc = s.doc;
    for e in events.iter_mut().filter(|e| e.kind == "spy" && e.target.is_empty()) {
        let spies: Vec<u32> = e
            .actor
            .iter()
            .filter_map(|p| match p {
                Participant::Mention(m) => Some(*m),
                _ => None,
            })
            .collect();
        if spies.is_empty() {
            continue;
        }
        let against = super::anaphora::latest_before(s, earlier, |o| {
            acts_against_spy(&o.kind)
                && o.target
                    .iter()
                    .any(|t| matches!(t, Participant::Mention(t) if spies.iter().any(|&m| doc.same_actor(m, *t))))
        });
        let Some(o) = against else { continue };
        let Some(c) = o.actor.iter().find_map(|a| country(doc, a)) else {
            continue;
        };
        e.trace.push(format!(
            "target ← {c}: the state whose {} in sentence {} (`{}`) was aimed at the spy",
            o.kind,
            o.sentence,
            doc.slice(o.trigger)
        ));
        e.target = vec![Participant::Implicit {
            code: c,
            rule: "the state acting against the spy in an earlier sentence".into(),
            names: None,
        }];
    }
}
