//! Implicit agents: a passive legal or coercive act with no `by` phrase ("was jailed in Taiwan",
//! "were expelled") is coded with the country that must have done it, only when that country is
//! unambiguous: the place the act happened (an `in` phrase naming a country or city), else the one
//! country among the sentence's state actors other than the patient's, else (when the sentence
//! names no other state) the document's clearly dominant country, else for a trial the
//! defendant's own country. An act of custody (release, sentence …) on a person an earlier
//! sentence's custody act names takes that act's country, before the sentence's other states.

use super::draft::{country, Draft};
use crate::sent::Sent;
use dossier_core::Participant;

use crate::kind_groups::{addressed, home_court, state_act};

/// The country most of the document's country-coded actors belong to, when it has a clear
/// majority (at least half of them, and at least twice the next one).
fn dominant(doc: &dossier_core::Document) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in &doc.actors {
        let Some(c) = m.country.as_ref().filter(|c| c.len() == 3 && c.as_str() != "IGO") else {
            continue;
        };
        match counts.iter_mut().find(|x| &x.0 == c) {
            Some(x) => x.1 += 1,
            None => counts.push((c.clone(), 1)),
        }
    }
    counts.sort_by_key(|x| std::cmp::Reverse(x.1));
    let total: usize = counts.iter().map(|x| x.1).sum();
    let first = counts.first()?;
    let second = counts.get(1).map_or(0, |x| x.1);
    (first.1 * 2 >= total && first.1 >= second * 2).then(|| first.0.clone())
}

/// Actor mentions in phrases introduced by one of `preps` ("spying for X", "a plot with Y").
/// A later mention of the same actor ("to his native Korea so that the country would …")
/// counts as introduced the same way.
pub(super) fn introduced_by(s: &Sent, preps: &[&str]) -> Vec<u32> {
    let mut out: Vec<u32> = (0..s.len())
        .filter(|&w| s.case_of(w).is_some_and(|c| preps.contains(&c)))
        .flat_map(|w| s.actors_at(w))
        .collect();
    let roots: Vec<u32> = out.iter().map(|&a| s.doc.root_actor(a)).collect();
    for (ai, m) in s.doc.actors.iter().enumerate() {
        let ai = ai as u32;
        if m.sentence as usize == s.index && !out.contains(&ai) && roots.contains(&s.doc.root_actor(ai)) {
            out.push(ai);
        }
    }
    out
}

/// The distinct countries (IGO left out) of the sentence's actor mentions that `keep` accepts,
/// in text order.
pub(super) fn sentence_countries(s: &Sent, keep: impl Fn(u32, &dossier_core::Actor) -> bool) -> Vec<String> {
    let here = s.index as u32;
    countries_in(s, here..=here, keep)
}

/// The distinct countries (IGO left out) of the actor mentions of `sentences` that `keep`
/// accepts, in text order.
fn countries_in(
    s: &Sent,
    sentences: std::ops::RangeInclusive<u32>,
    keep: impl Fn(u32, &dossier_core::Actor) -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (ai, m) in s.doc.actors.iter().enumerate() {
        if !sentences.contains(&m.sentence) || !keep(ai as u32, m) {
            continue;
        }
        if let Some(c) = m.country.as_ref().filter(|c| c.len() == 3 && c.as_str() != "IGO") {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
    }
    out
}

/// The mention a mention stands for: its antecedent (recognition points every pronoun and
/// description at the first mention of its chain), else itself.
/// "She was detained in Moscow … She was released in May": the country of the latest earlier
/// custody act on the same person (the act's whole code when it was the same step), with the
/// act's trigger for the trace.
fn custodian(s: &Sent, earlier: &[dossier_core::Event], d: &Draft) -> Option<(String, String)> {
    let doc = s.doc;
    let patients: Vec<u32> = d
        .target
        .iter()
        .filter_map(|p| match p {
            Participant::Mention(a) => Some(*a),
            Participant::Implicit { .. } => None,
        })
        .collect();
    // (A person the coder gave a code, "he" standing for them: the same code on a named person.)
    let persons: Vec<&str> = d
        .target
        .iter()
        .filter_map(|p| match p {
            Participant::Implicit {
                code, names: Some(_), ..
            } => Some(code.as_str()),
            _ => None,
        })
        .collect();
    earlier
        .iter()
        .rev()
        .filter(|e| crate::kind_groups::custody(&e.kind))
        .find_map(|e| {
            let same = e.target.iter().any(|t| match t {
                Participant::Mention(b) => patients.iter().any(|&a| doc.same_actor(a, *b)),
                Participant::Implicit {
                    code, names: Some(_), ..
                } => persons.contains(&code.as_str()),
                Participant::Implicit { .. } => false,
            });
            let c = e.actor.iter().find_map(|p| country(doc, p)).filter(|_| same)?;
            // (The same step again — "charged … have each been charged" — is the same body's;
            // another step may be another body's of that state.)
            let body = e
                .actor
                .iter()
                .find_map(|p| p.code(doc))
                .filter(|_| e.kind == d.kind)
                .map(str::to_string);
            Some((
                body.unwrap_or(c),
                format!("the state that held the same person (`{}`)", doc.slice(e.trigger)),
            ))
        })
}

/// "… the Japanese embassy in China had been notified. Suga confirmed that a Japanese man had
/// been detained": a national held abroad (`draft::held_abroad`) with no state named as holding
/// them is held by the one other country the last [`super::anaphora::WINDOW`] sentences and
/// this one name (not the national's own, nor one named as a beneficiary or partner).
fn held_abroad_in(s: &Sent, d: &Draft) -> Option<(String, String)> {
    let doc = s.doc;
    let own: Vec<String> = d.target.iter().filter_map(|p| country(doc, p)).collect();
    let national = own
        .iter()
        .any(|c| super::draft::held_abroad(doc, &d.kind, &d.target, c));
    if !national {
        return None;
    }
    let here = s.index as u32;
    let from = here.saturating_sub(super::anaphora::WINDOW);
    let mut others = countries_in(s, from..=here, |_, _| true);
    others.retain(|c| !own.contains(c));
    (others.len() == 1).then(|| {
        (
            others.remove(0),
            "the one other country of the last sentences, holding a national of another".to_string(),
        )
    })
}

/// "The prosecutor referred nine people to trial … Three Egyptians and six Israelis were
/// referred to a criminal court": the same legal step told again in the passive, in one of the
/// two sentences before, on people that sentence names anew, is the same body's ("The federal
/// prosecutor's office has arrested an employee … Carsten L. was accused of treason … He … was
/// arrested on Wednesday").
fn same_step_before(s: &Sent, earlier: &[dossier_core::Event], d: &Draft) -> Option<(String, String)> {
    let here = s.index as u32;
    let e = earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + 2 >= here)
        .find(|e| e.sentence < here && e.kind == d.kind)?;
    let code = e.actor.iter().find_map(|p| p.code(s.doc))?.to_string();
    let when = if e.sentence + 1 == here {
        "the sentence before".to_string()
    } else {
        format!("sentence {}", e.sentence)
    };
    Some((code, format!("the same step as `{}` in {when}", s.doc.slice(e.trigger))))
}

pub fn fill(
    s: &Sent,
    lex: &crate::lexicon::Lexicon,
    earlier: &[dossier_core::Event],
    quotes: &crate::quotes::Quotes,
    drafts: &mut [Draft],
) {
    let doc = s.doc;
    super::people::carry(s, earlier, drafts);
    same_act_governing(s, drafts);
    // Parties named as beneficiaries or partners ("spying for X", "a plot with Y") are not the
    // state acting.
    let aside = introduced_by(s, &["for", "with", "to", "from", "against", "on"]);
    for d in drafts.iter_mut() {
        // Nominal events are coded only when their agent is explicit ("the arrest of X by Y"),
        // except a state the patient is in ("remains under investigation").
        // (A passive accusation — "was identified as an agent", "was branded a spy" — takes
        // the same implicit agents.)
        // (So does a passive speech act, by `reporter_agent` in kinds.tsv: "was asked to",
        // "had been notified".)
        let passive_accusation = crate::kind_groups::reporter_agent(&d.kind)
            && d.pos == crate::lexicon::Pos::Verb
            && s.passive(d.word)
            && s.rel(d.word) != "acl";
        if !d.actor.is_empty()
            || !(state_act(&d.kind) || passive_accusation)
            || (d.pos == crate::lexicon::Pos::Noun && !super::draft::held_state(s, d.word, &d.kind))
        {
            continue;
        }
        let w = d.word;
        // The place of the act ("jailed in Taiwan"); the country a person is sent out of
        // ("expelled from Russia", "ordered out of Congo").
        let out_of = |p: usize| s.lower[p] == "out" || s.children[p].iter().any(|&c| s.lower[c] == "out");
        let leaving: Vec<usize> = if matches!(d.kind.as_str(), "expel" | "deport") {
            s.preps(w, "from")
                .chain(s.preps(w, "of").chain(s.preps(w, "out")).filter(|&p| out_of(p)))
                .collect()
        } else {
            Vec::new()
        };
        let mut found: Option<(String, String)> = s
            .preps(w, "in")
            .map(|p| (p, "act done in"))
            .chain(leaving.into_iter().map(|p| (p, "sent out of")))
            .flat_map(|(p, how)| s.actors_at(p).into_iter().map(move |a| (a, how)))
            .find_map(|(a, how)| {
                let m = &doc.actors[a as usize];
                m.country.clone().map(|c| (c, format!("{how} `{}`", doc.slice(m.span))))
            });
        // "X was detained at the border, Poland's counter-intelligence agency said": a state
        // body reporting the act is the one that did it (it announces its own act).
        if found.is_none() && (d.pos == crate::lexicon::Pos::Verb || super::draft::held_state(s, w, &d.kind)) {
            // (An accusation only from a body named as such or "it" standing for one, not a
            // person's pronoun.)
            // (In a quotation, the reporter may be named in the sentence that closes it: "“A
            // strong protest was declared to the ambassador. …,” a foreign ministry statement
            // read.")
            let own = |sj: &Sent, r: usize| !passive_accusation || sj.upos[r] != "PRON" || sj.lower[r] == "it";
            let reporter: Option<Vec<u32>> = super::roles::reporter(s, lex, w)
                .filter(|&r| own(s, r))
                .map(|r| s.actors_at(r))
                .or_else(|| {
                    quotes.attributed(doc, s.index, w).find_map(|(sj, at)| {
                        let r = super::roles::reporter(&sj, lex, at).filter(|&r| own(&sj, r))?;
                        Some(sj.actors_at(r))
                    })
                });
            if let Some(actors) = reporter {
                // (Not a state telling of its national held: "Tokyo confirmed that a Japanese
                // man had been detained".)
                let body = actors.into_iter().find(|&a| {
                    let m = &doc.actors[a as usize];
                    m.country.is_some()
                        && matches!(m.sector.as_deref(), Some("GOV" | "COP" | "JUD" | "SPY" | "MIL"))
                        && !m
                            .country
                            .as_deref()
                            .is_some_and(|c| super::draft::held_abroad(doc, &d.kind, &d.target, c))
                });
                if let Some(a) = body {
                    let m = &doc.actors[a as usize];
                    let why = format!("reported by the state body `{}`", doc.slice(m.span));
                    // (A speech act's reporter is its speaker, whatever its sector.)
                    // (So is a government body's, for what governments themselves do: an
                    // expulsion the foreign ministry announces.)
                    let own = passive_accusation
                        || matches!(m.sector.as_deref(), Some("COP" | "JUD" | "SPY"))
                        || (m.sector.as_deref() == Some("GOV") && crate::kind_groups::government_act(&d.kind));
                    let code = match (&m.code, own) {
                        (Some(c), true) => c.clone(),
                        _ => m.country.clone().unwrap_or_default(),
                    };
                    found = Some((code, why));
                }
            }
        }
        if found.is_none() && crate::kind_groups::custody(&d.kind) {
            found = custodian(s, earlier, d);
        }
        if found.is_none() && !passive_accusation {
            let patient: Vec<String> = d.target.iter().filter_map(|p| country(doc, p)).collect();
            let mut states = sentence_countries(s, |ai, m| {
                !d.target.contains(&Participant::Mention(ai))
                    && !aside.contains(&ai)
                    && matches!(m.sector.as_deref(), None | Some("GOV" | "COP" | "JUD" | "SPY" | "MIL"))
            });
            states.retain(|c| !patient.contains(c));
            if states.len() == 1 {
                found = Some((states.remove(0), "the one state in the sentence".into()));
            } else if states.is_empty() {
                // (Not when the sentence names that country as a beneficiary or partner.)
                let aside_countries: Vec<String> = introduced_by(s, &["for", "to", "with"])
                    .iter()
                    .filter_map(|&a| doc.actors[a as usize].country.clone())
                    .collect();
                found = dominant(doc)
                    .filter(|c| !aside_countries.contains(c))
                    .filter(|c| !super::draft::held_abroad(doc, &d.kind, &d.target, c))
                    .map(|c| (c, "the document's dominant country".to_string()));
                // "A former CIA officer was sentenced for spying for China": a court tries its
                // own people; the beneficiary named aside is not the state acting.
                // (Unless the step was told just before by another state: "The US Justice
                // Department charged four members of China's army. … They are charged with
                // computer fraud".)
                if found.is_none() && crate::kind_groups::custody(&d.kind) && s.passive(w) {
                    found = same_step_before(s, earlier, d)
                        .or_else(|| super::announcer_next::announcer(s, lex, d).filter(|_| home_court(&d.kind)));
                }
                if found.is_none() && home_court(&d.kind) {
                    let mut own = patient.clone();
                    own.dedup();
                    if own.len() == 1 {
                        found = Some((
                            own.remove(0),
                            "the defendant's own country (no other state acts)".into(),
                        ));
                    }
                }
            }
        }
        if found.is_none() && crate::kind_groups::custody(&d.kind) && s.passive(w) {
            found = same_step_before(s, earlier, d);
        }
        if found.is_none() {
            found = held_abroad_in(s, d);
        }
        if let Some((mut c, mut why)) = found {
            if c.len() == 3 && crate::kind_groups::court_act(&d.kind) {
                c.push_str("JUD");
                why.push_str(", whose courts pass sentence");
            }
            d.trace.push(format!("actor ← implicit {c}: {why}"));
            d.actor = vec![Participant::Implicit {
                code: c,
                rule: why,
                names: None,
            }];
        }
    }
    shared_agent(s, drafts);
    restated_agent(drafts);
    answers_accuser(s, drafts);
    accused_by_the_acting_state(s, drafts);
    addressee(s, drafts);
    home_defendant(s, drafts);
}

/// "Prosecutors accused Yatskin, who denies guilt, of …": a denial by the one accused, aimed at
/// nobody named, answers the accuser of the same sentence.
fn answers_accuser(s: &Sent, drafts: &mut [Draft]) {
    for d in 0..drafts.len() {
        let Some(a) = drafts[d]
            .actor_word
            .filter(|_| drafts[d].kind == "deny" && drafts[d].target.is_empty())
        else {
            continue;
        };
        let accuser = drafts.iter().find(|o| {
            matches!(o.kind.as_str(), "accuse" | "charge") && o.target_word == Some(a) && !o.actor.is_empty()
        });
        if let Some(o) = accuser {
            let (actor, why) = (
                o.actor.clone(),
                format!("target ← the accuser in `{}`, whom the denial answers", s.lower[o.word]),
            );
            drafts[d].target = actor;
            drafts[d].trace.push(why);
        }
    }
}

/// "13 men arrested in Iran on charges of espionage": a state act named by a noun inside the
/// act it explains (`inherited`) is the acting state's, once that state is found.
fn restated_agent(drafts: &mut [Draft]) {
    for d in 0..drafts.len() {
        let Some(p) = drafts[d]
            .parent
            .filter(|_| drafts[d].inherited && drafts[d].actor.is_empty())
        else {
            continue;
        };
        if !drafts[p].actor.is_empty() {
            let why = format!("actor ← the state acting in `{}`", drafts[p].kind);
            drafts[d].actor = drafts[p].actor.clone();
            drafts[d].trace.push(why);
        }
    }
}

/// "Russia arrested two men accused of spying": a participle accusing, with no accuser, the
/// people a state arrests, charges, tries or expels is that state's accusation (the country that acts, as for
/// "branded a spy").
fn accused_by_the_acting_state(s: &Sent, drafts: &mut [Draft]) {
    let doc = s.doc;
    for d in 0..drafts.len() {
        let w = drafts[d].word;
        if drafts[d].kind != "accuse"
            || !drafts[d].actor.is_empty()
            || drafts[d].pos != crate::lexicon::Pos::Verb
            || s.rel(w) != "acl"
            || s.agent(w).is_some()
        {
            continue;
        }
        let Some(n) = s.head[w] else { continue };
        let acting = drafts.iter().find(|o| {
            // (Investigating someone accused is not accusing them: the inquiry is still open.)
            state_act(&o.kind)
                && o.kind != "investigate"
                && o.target_word == Some(n)
                && super::draft::has_country(doc, &o.actor)
        });
        if let Some(o) = acting {
            let (actor, why) = (
                o.actor.clone(),
                format!("actor ← the state acting in `{}`", s.lower[o.word]),
            );
            drafts[d].actor = actor;
            drafts[d].trace.push(why);
        }
    }
}

/// "Simm was sentenced to 12 years": a person the text names but codes no further, tried by
/// a state when the sentence names no other state (beneficiaries aside), is taken to be that
/// state's national — the mirror of `home_court`.
fn home_defendant(s: &Sent, drafts: &mut [Draft]) {
    let doc = s.doc;
    let aside = introduced_by(s, &["for", "to", "with"]);
    for d in drafts.iter_mut() {
        // (A name, or an uncoded mention of the target with a name in it: "the scientist, Wen
        // Ho Lee".)
        let in_target = |k: usize| s.actor_of[k].is_some_and(|a| d.target.contains(&Participant::Mention(a)));
        let named = d.target_word.is_some_and(|w| s.upos[w] == "PROPN")
            || (0..s.upos.len()).any(|k| s.upos[k] == "PROPN" && in_target(k));
        let uncoded = d.target.iter().all(|p| p.code(doc).is_none());
        if !home_court(&d.kind) || !named || !uncoded || d.no_target {
            continue;
        }
        let Some(own) = d.actor.iter().find_map(|p| country(doc, p)) else {
            continue;
        };
        let others = sentence_countries(s, |ai, _| !aside.contains(&ai));
        if others.iter().any(|c| *c != own) {
            continue;
        }
        let why = "a named defendant tried at home, no other state named: a national".to_string();
        let code = format!("{own}CVL");
        d.trace.push(format!("target ← implicit {code}: {why}"));
        d.target = vec![Participant::Implicit {
            code,
            rule: why,
            names: d.target_word.and_then(|w| s.person_named(w)),
        }];
    }
}

/// With no explicit target, a kind aimed at another party (`addressed` in kinds.tsv) addresses
/// the one other country the sentence names ("the Russian embassy in Germany called it a
/// provocation").
fn addressee(s: &Sent, drafts: &mut [Draft]) {
    let doc = s.doc;
    // Parties named as beneficiaries or partners ("spying for X", "secrets to Y").
    let aside = introduced_by(s, &["for", "with", "to"]);
    for d in drafts.iter_mut() {
        // A state act on a person the text does not code further ("Berg was arrested in
        // Moscow … on behalf of Norway"): the person is taken to be of the one other country.
        // (So is a person accused: "accused Smith of selling secrets to X" does not accuse X.)
        // (So are diplomats expelled with no country given: "plans to expel nine diplomats".)
        // (Or "him", when recognition left the pronoun open: "a diplomat who …, we have
        // pronounced him persona non grata".)
        let diplomats = d.kind == "expel"
            && d.target_word
                .is_some_and(|w| matches!(s.upos[w], "NOUN" | "PRON") && s.actor_of[w].is_none());
        let on_person =
            (state_act(&d.kind) || d.kind == "accuse") && d.target_word.is_some_and(|w| s.upos[w] == "PROPN");
        if !(addressed(&d.kind) || on_person || diplomats)
            || d.no_target
            || super::draft::has_country(doc, &d.target)
            || d.actor.is_empty()
        {
            continue;
        }
        let own: Vec<String> = d.actor.iter().filter_map(|p| country(doc, p)).collect();
        // Countries inside what is denied ("allegations that it used Israeli-supplied
        // malware") are its content, not the party addressed. (What is demanded names the
        // addressee: "the release of prisoners held in Iran".)
        let inside: Vec<u32> = s.children[d.word]
            .iter()
            .copied()
            .filter(|&c| d.kind == "deny" && matches!(s.rel(c), "obj" | "ccomp"))
            .flat_map(|c| s.subtree(c))
            .filter_map(|w| s.actor_of[w])
            .collect();
        // (Nor, for a person, a country of a clause telling when: "was detained … after
        // arriving from the United States" says where he came from, not whose he is.)
        let when_clause: Vec<u32> = s.children[d.word]
            .iter()
            .copied()
            .filter(|&c| {
                s.rel(c) == "advcl"
                    && s.children[c].iter().any(|&m| {
                        s.rel(m) == "mark"
                            && matches!(s.lower[m].as_str(), "after" | "before" | "when" | "upon" | "while")
                    })
            })
            .flat_map(|c| s.subtree(c))
            .filter_map(|w| s.actor_of[w])
            .collect();
        let mut others = sentence_countries(s, |ai, _| {
            if on_person {
                !aside.contains(&ai) && !when_clause.contains(&ai)
            } else {
                !inside.contains(&ai)
            }
        });
        others.retain(|c| !own.contains(c));
        if others.len() == 1 {
            // (A person of that country is a national, `CVL`; diplomats are its government's.)
            let c = others.remove(0);
            let c = if diplomats || d.kind == "expel" {
                format!("{c}GOV")
            } else if on_person {
                format!("{c}CVL")
            } else {
                c
            };
            d.trace
                .push(format!("target ← implicit {c}: the one other country in the sentence"));
            d.target = vec![Participant::Implicit {
                code: c,
                rule: "the one other country in the sentence".into(),
                names: d.target_word.and_then(|w| s.person_named(w)),
            }];
        }
    }
}

/// "sentenced a local man after he was convicted": a passive state act in a clause of an
/// active act of the same kind has that act's agent.
fn same_act_governing(s: &Sent, drafts: &mut [Draft]) {
    for d in 0..drafts.len() {
        let w = drafts[d].word;
        if !drafts[d].actor.is_empty()
            || drafts[d].pos != crate::lexicon::Pos::Verb
            || !s.passive(w)
            || !state_act(&drafts[d].kind)
            || !matches!(s.rel(w), "advcl" | "conj")
            // (An earlier step of custody is another body's: "prosecutors remanded seven
            // suspects after they were detained" — by the police.)
            || (drafts[d].kind == "arrest" && s.rel(w) == "advcl")
        {
            continue;
        }
        let Some(h) = s.head[w] else { continue };
        let governing = drafts.iter().find(|o| {
            o.word == h && o.kind == drafts[d].kind && !s.passive(h) && super::draft::has_country(s.doc, &o.actor)
        });
        if let Some(o) = governing {
            let (actor, why) = (
                o.actor.clone(),
                format!("actor ← the agent of `{}`, the same act", s.lower[h]),
            );
            drafts[d].actor = actor;
            drafts[d].trace.push(why);
        }
    }
}

/// "were arrested in Iran and accused of spying", "was branded a spy and ordered out of
/// Congo": passives conjoined share their agent.
fn shared_agent(s: &Sent, drafts: &mut [Draft]) {
    for d in 0..drafts.len() {
        let w = drafts[d].word;
        if !drafts[d].actor.is_empty() || drafts[d].pos != crate::lexicon::Pos::Verb || !s.passive(w) {
            continue;
        }
        let linked = |o: &Draft| {
            let v = o.word;
            (s.head[w] == Some(v) && s.rel(w) == "conj") || (s.head[v] == Some(w) && s.rel(v) == "conj")
        };
        let Some(k) = (0..drafts.len())
            .find(|&k| k != d && !drafts[k].actor.is_empty() && s.passive(drafts[k].word) && linked(&drafts[k]))
        else {
            continue;
        };
        let actor = drafts[k].actor.clone();
        let by = s.lower[drafts[k].word].clone();
        drafts[d]
            .trace
            .push(format!("actor ← the agent of `{by}`, conjoined passive"));
        drafts[d].actor = actor;
    }
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn a_person_named_in_apposition_and_investigated_at_home_is_a_national() {
        let got = code("The engineer, Tom Barker, was questioned by the FBI for two days.");
        assert!(got.contains(&"investigate USACOP>USACVL".to_string()), "{got:?}");
        // Not when another state is named: the person may be its national.
        let got = code("The engineer, Tom Barker, was questioned by the FBI after a meeting in Havana.");
        assert!(!got.iter().any(|e| e.ends_with(">USACVL")), "{got:?}");
    }

    #[test]
    fn a_country_a_person_arrived_from_is_not_theirs() {
        let got = code(
            "Federal prosecutors said Arthur E., whose surname wasn't released, was detained at Munich airport after arriving from the United States.",
        );
        assert!(got.iter().any(|e| e.starts_with("arrest DEU")), "{got:?}");
        assert!(!got.iter().any(|e| e.contains("USACVL")), "{got:?}");
        // A surname withheld is no release.
        assert!(!got.iter().any(|e| e.starts_with("release")), "{got:?}");
        // A country the person worked for is still a candidate ("convicted of gathering
        // intelligence on behalf of Norway").
        let got = code("Berg was arrested in Moscow and convicted of gathering intelligence on behalf of Norway.");
        assert!(
            got.iter().any(|e| e.starts_with("convict") && e.ends_with(">NORCVL")),
            "{got:?}"
        );
    }

    #[test]
    fn him_after_a_person_described_by_a_relative_clause_is_that_person() {
        // "him" is the diplomat, not the minister speaking; expelled with no country of his own,
        // he is of the one other country the sentence names.
        let got = code(
            "Congo's interior minister accused two Britons of spying and said: \"A diplomat who helped them, we have declared him persona non grata.\"",
        );
        assert!(
            got.iter().any(|e| e.starts_with("expel COD") && e.contains(">GBR")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|e| e.starts_with("expel") && e.ends_with(">CODGOV")),
            "{got:?}"
        );
    }
}
