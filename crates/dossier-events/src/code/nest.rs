//! Nesting: an act that is the content of another event ("accused MI6 **of recruiting**",
//! "arrested **on suspicion of spying**", "denied **spying**", "convicted **of treason**") is
//! linked to it as its parent, and takes its missing actor from the parent's patient (for
//! accusing and legal events) or from the parent's actor (for denials and confirmations).
//!
//! Also, an act with no subject introduced by `of`/`for`/`with` under any verb ("suspected of
//! spying") takes that verb's patient as its actor. Nothing here decides claim statuses.

use super::draft::Draft;
use crate::lexicon::{Lexicon, Pos};
use crate::sent::Sent;
use dossier_core::Participant;

/// Kinds whose content is an act of someone else: the patient (target) is its actor.
const ON_PATIENT: &[&str] = &[
    "accuse",
    "charge",
    "convict",
    "arrest",
    "investigate",
    "expel",
    "deport",
    "sanction",
    "criticize",
    "release",
];
/// Kinds whose content is an act of their own actor ("denied spying").
/// (Not demands: "X demanded the release of Y" — the release is someone else's to make.)
const ON_AGENT: &[&str] = &["deny", "confirm", "threaten"];

pub fn link(s: &Sent, lex: &Lexicon, drafts: &mut [Draft]) {
    let frame = lex.class_id("frame");
    let separate = lex.class_id("separate_clause");
    let penalty = lex.class_id("penalty");
    let light = lex.class_id("light");
    let at = |w: usize, drafts: &[Draft]| drafts.iter().position(|d| d.word == w);
    // A noun of the same kind as the event it belongs to restates it ("indicted on charges"):
    // what it carries belongs to that event.
    let mut same_as: Vec<Option<usize>> = vec![None; drafts.len()];
    for d in 0..drafts.len() {
        let mut j = drafts[d].word;
        let mut parent = None;
        let mut via: Option<usize> = None;
        for hop in 0..4 {
            let Some(h) = s.head[j] else { break };
            let rel = s.rel(j);
            // "rebuilt its network since Beijing killed its sources": a clause of time is
            // another event, not the content of this one.
            let timed = rel == "advcl"
                && separate.is_some_and(|c| {
                    s.children[j]
                        .iter()
                        .any(|&m| s.rel(m) == "mark" && super::matcher::in_class(s, lex, m, c))
                });
            if timed {
                break;
            }
            // "confirmed that the Czech side had notified the expulsion": an event noun's light
            // verb (even one that tells an act of its own) stands for it in the clause above.
            let through_light = hop == 0
                && drafts[d].pos == Pos::Noun
                && rel == "obj"
                && light.is_some_and(|c| super::matcher::in_class(s, lex, h, c));
            let light_draft = at(h, drafts).filter(|&p| {
                through_light
                    && !ON_AGENT.contains(&drafts[p].kind.as_str())
                    && drafts[p].kind != "accuse"
                    && drafts[p].kind != drafts[d].kind
            });
            if let Some(p) = light_draft {
                drafts[p].light = true;
                drafts[p]
                    .trace
                    .push(format!("light verb of `{}`", s.lower[drafts[d].word]));
            }
            if let Some(p) = at(h, drafts).filter(|_| light_draft.is_none()) {
                let ok = via.is_some()
                    || match rel {
                        "advcl" | "acl" | "xcomp" | "obl" | "nmod" | "compound" => true,
                        // "on spying allegations": a gerund the parser made an adjective.
                        "amod" => s.xpos[j] == "VBG",
                        "ccomp" | "obj" => ON_AGENT.contains(&drafts[p].kind.as_str()) || drafts[p].kind == "accuse",
                        _ => false,
                    };
                if ok && (hop == 0 || via.is_some()) {
                    parent = Some(p);
                }
                break;
            }
            let through_frame = frame.is_some_and(|f| super::matcher::in_class(s, lex, h, f))
                && matches!(rel, "nmod" | "acl" | "advcl" | "compound" | "amod" | "obl" | "xcomp");
            // "convicted two men of spying": the parser may hang the act on the patient noun.
            let through_patient = matches!(rel, "nmod" | "acl")
                && (matches!(s.case_of(j), Some("of" | "for" | "with")) || via.is_some())
                && matches!(s.deprel[h], "obj" | "nsubj:pass");
            // "sentenced to prison for an espionage conspiracy": the parser may hang the reason
            // on the sentence's other oblique.
            let through_oblique =
                s.case_of(j) == Some("for") && s.rel(h) == "obl" && s.head[h].is_some_and(|g| at(g, drafts).is_some());
            // "expelled an official working at the embassy on charges of spying": the parser may
            // hang the reason on a participle describing the patient.
            let through_participle = matches!(s.case_of(j), Some("on" | "for" | "over"))
                && s.rel(h) == "acl"
                && s.head[h].is_some_and(|g| matches!(s.deprel[g], "obj" | "nsubj:pass"));
            // "allegations that it used malware to spy on journalists": a purpose clause on a
            // verb's object belongs to that verb's clause.
            let through_purpose = s.rel(j) == "acl" && s.case_of(j) == Some("to") && s.deprel[h] == "obj";
            let through_object = via.is_some() && s.deprel[j] == "obj" && s.upos[h] == "VERB";
            // "sentenced to 10 years in jail for spying": the parser may hang the reason on the
            // penalty's nouns; climb through them.
            let through_penalty = penalty.is_some_and(|c| super::matcher::in_class(s, lex, h, c))
                && matches!(rel, "nmod" | "obl")
                && (via.is_some() || matches!(s.case_of(j), Some("for" | "on" | "over")));
            // "guilty of violating four counts, including passing secrets": a non-finite
            // conjunct shares its first conjunct's place.
            let through_conjunct =
                rel == "conj" && matches!(s.xpos[h], "VBG" | "VBN" | "VB") && matches!(s.xpos[j], "VBG" | "VBN" | "VB");
            if !through_frame
                && !through_conjunct
                && !through_patient
                && !through_oblique
                && !through_participle
                && !through_purpose
                && !through_object
                && !through_penalty
                && !through_light
            {
                break;
            }
            via = Some(h);
            j = h;
        }
        // "accused Britain's service, MI6, of recruiting …": when the parse loses the `of`
        // phrase, the act right after "of" is still the content of the nearest accusing or
        // legal event before it, with no other verb between them.
        if parent.is_none() {
            parent = of_after(s, drafts, d);
            if let Some(p) = parent {
                drafts[d]
                    .trace
                    .push(format!("`of` after `{}` (linear)", s.lower[drafts[p].word]));
            }
        }
        // "detained in 2015 and sentenced in 2017 to 10 years in jail for spying": a reason
        // that reached an arrest through a penalty belongs to the sentence conjoined with it.
        if let Some(p) = parent.filter(|&p| drafts[p].kind == "arrest") {
            let sentence = drafts
                .iter()
                .position(|q| q.kind == "convict" && s.rel(q.word) == "conj" && s.head[q.word] == Some(drafts[p].word));
            let penalised = penalty.is_some_and(|c| {
                s.subtree(drafts[p].word)
                    .into_iter()
                    .any(|k| super::matcher::in_class(s, lex, k, c))
            });
            if sentence.is_some() && penalised {
                parent = sentence;
            }
        }
        if let Some(p) = parent {
            // "The arrest, confirmed by a court": a speech act is never the content of a legal act.
            if drafts[p].kind == drafts[d].kind {
                if drafts[d].pos == Pos::Noun {
                    same_as[d] = Some(p);
                }
                continue;
            }
            // ("arrested on allegations of spying": a frame noun giving the act's grounds is the
            // acting state's accusation, told with the act.)
            let grounds = drafts[d].pos == Pos::Noun
                && frame.is_some_and(|f| super::matcher::in_class(s, lex, drafts[d].word, f))
                && matches!(s.case_of(drafts[d].word), Some("on" | "over" | "for"));
            if crate::kind_groups::speech_act(&drafts[d].kind)
                && crate::kind_groups::state_act(&drafts[p].kind)
                && !grounds
            {
                continue;
            }
            drafts[d].parent = Some(p);
            drafts[d]
                .trace
                .push(format!("content of `{}` ({})", s.lower[drafts[p].word], drafts[p].kind));
        }
    }
    for d in 0..drafts.len() {
        if let Some(q) = drafts[d].parent.and_then(|p| same_as[p]) {
            let why = format!(
                "`{}` restates `{}`",
                s.lower[drafts[drafts[d].parent.unwrap_or(q)].word],
                s.lower[drafts[q].word]
            );
            drafts[d].parent = Some(q);
            drafts[d].trace.push(why);
        }
    }
    // Roles flow from parent to content: outer events first ("indicted on espionage charges":
    // the charges take the indictment's patient before the espionage takes theirs).
    for d in outer_first(drafts) {
        if let Some(p) = drafts[d].parent {
            // "expelled an official on charges of spying": the charges are the acting state's,
            // against the same person.
            let pk = drafts[p].kind.as_str();
            if ON_PATIENT.contains(&drafts[d].kind.as_str()) && ON_PATIENT.contains(&pk) && drafts[d].pos == Pos::Noun {
                drafts[d].inherited = true;
                if drafts[d].target.is_empty() && !drafts[p].target.is_empty() {
                    drafts[d].target = drafts[p].target.clone();
                    drafts[d].target_word = drafts[p].target_word;
                    drafts[d].trace.push(format!("target ← {pk}'s target"));
                } else if drafts[d].target_word.is_none() {
                    // (The same person even when no actor names them: "13 Jews".)
                    drafts[d].target_word = drafts[p].target_word;
                }
                if drafts[d].actor.is_empty() && !drafts[p].actor.is_empty() {
                    drafts[d].actor = drafts[p].actor.clone();
                    drafts[d].trace.push(format!("actor ← {pk}'s actor"));
                }
            }
            // ("accused the United States of bullying in charging Chinese officers": what an
            // accusation or criticism says its target did "in" or "by" doing is the target's act,
            // not the accuser's, whose subject the parse lent it.)
            let by_doing = matches!(pk, "accuse" | "criticize")
                && s.rel(drafts[d].word) == "advcl"
                && matches!(s.case_of(drafts[d].word), Some("in" | "by"))
                && drafts[d].actor_word.is_some()
                && drafts[d].actor_word == drafts[p].actor_word
                && !drafts[p].target.is_empty();
            if by_doing {
                drafts[d].actor.clear();
                drafts[d].actor_word = drafts[p].target_word;
            }
            // (A state act restating its parent's act is that state's, even before the parent's
            // implicit agent is found: never its patient's.)
            if drafts[d].actor.is_empty() && !drafts[d].inherited {
                let pk = drafts[p].kind.as_str();
                let from: Vec<Participant> = if ON_PATIENT.contains(&pk) {
                    drafts[p].target.clone()
                } else if ON_AGENT.contains(&pk) && !matches!(drafts[d].kind.as_str(), "accuse" | "criticize") {
                    // "X denied spying": X spied, if anyone did; but in "X denied the accusation"
                    // the accuser is someone else.
                    // (Not a state confirming that one of its nationals was detained: "Tokyo
                    // confirmed that a Japanese man had been detained" is another state's act.)
                    let abroad = drafts[p]
                        .actor
                        .iter()
                        .filter_map(|a| super::draft::country(s.doc, a))
                        .any(|c| super::draft::held_abroad(s.doc, &drafts[d].kind, &drafts[d].target, &c));
                    if abroad {
                        Vec::new()
                    } else {
                        drafts[p].actor.clone()
                    }
                } else {
                    Vec::new()
                };
                if ON_PATIENT.contains(&pk) {
                    // The spy is whoever the parent act is aimed at: identified unless the text
                    // only counts them ("nine people").
                    let generic = lex.class_id("generic_person");
                    drafts[d].identified = drafts[p].target_word.is_some_and(|w| {
                        let counted = generic.is_some_and(|g| super::matcher::in_class(s, lex, w, g));
                        // A pronoun left unresolved identifies nobody.
                        let open_pronoun = s.upos[w] == "PRON" && drafts[p].target.is_empty();
                        !counted && !open_pronoun
                    });
                }
                if !from.is_empty() {
                    drafts[d].trace.push(format!(
                        "actor ← {pk}'s {}",
                        if ON_PATIENT.contains(&pk) { "target" } else { "actor" }
                    ));
                    drafts[d].actor = from;
                }
            }
        } else if drafts[d].actor.is_empty() {
            patient_of_governor(s, drafts, d);
        }
    }
    accused_from_content(drafts);
}

/// Draft indices ordered so that every parent comes before its contents.
pub(super) fn outer_first(drafts: &[Draft]) -> Vec<usize> {
    let depth = |mut d: usize| {
        let mut n = 0;
        while let Some(p) = drafts[d].parent {
            n += 1;
            d = p;
            if n > drafts.len() {
                break;
            }
        }
        n
    };
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&d| depth(d));
    order
}

/// "The ministry alleges that MI6 began lobbying Wang": an accusation naming nobody is aimed
/// at whoever does what it alleges.
fn accused_from_content(drafts: &mut [Draft]) {
    for p in 0..drafts.len() {
        if drafts[p].kind != "accuse" || !drafts[p].target.is_empty() || drafts[p].no_target {
            continue;
        }
        let content = (0..drafts.len()).find(|&d| drafts[d].parent == Some(p) && !drafts[d].actor.is_empty());
        if let Some(d) = content {
            let actor = drafts[d].actor.clone();
            let why = format!("target ← the actor of its content `{}`", drafts[d].kind);
            drafts[p].target = actor;
            drafts[p].trace.push(why);
        }
    }
}

/// The event a word right after "of" is the content of, found in word order: the nearest
/// accusing or legal event before it with no other verb between them.
fn of_after(s: &Sent, drafts: &[Draft], d: usize) -> Option<usize> {
    let w = drafts[d].word;
    if w == 0 || s.lower[w - 1] != "of" || s.upos[w] != "VERB" {
        return None;
    }
    let p = drafts
        .iter()
        .enumerate()
        .filter(|(k, o)| *k != d && o.word < w && ON_PATIENT.contains(&o.kind.as_str()))
        .max_by_key(|(_, o)| o.word)?
        .0;
    // Verbs of a relative clause in between ("accused Yatskin, who denies guilt, of passing")
    // do not count.
    let in_relative = |k: usize| {
        let mut j = k;
        for _ in 0..4 {
            if s.deprel[j] == "acl:relcl" {
                return true;
            }
            match s.head[j] {
                Some(h) if h > drafts[p].word && h < w => j = h,
                _ => return false,
            }
        }
        false
    };
    let between = (drafts[p].word + 1)..(w - 1);
    (!between
        .clone()
        .any(|k| matches!(s.upos[k], "VERB" | "AUX") && !in_relative(k)))
    .then_some(p)
}

/// "X was suspected of spying", "Y, accused of treason": the governing verb's patient acts.
fn patient_of_governor(s: &Sent, drafts: &mut [Draft], d: usize) {
    let w = drafts[d].word;
    let Some(h) = s.head[w] else { return };
    let intro = s.case_of(w);
    if !matches!(intro, Some("of" | "for" | "with" | "in")) || s.upos[h] != "VERB" {
        return;
    }
    let patient = s.object(h).or_else(|| if s.rel(h) == "acl" { s.head[h] } else { None });
    if let Some(p) = patient {
        let ps: Vec<Participant> = s.actors_at(p).into_iter().map(Participant::Mention).collect();
        if !ps.is_empty() {
            drafts[d]
                .trace
                .push(format!("actor ← patient `{}` of `{}`", s.lower[p], s.lower[h]));
            drafts[d].actor = ps;
        }
    }
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn charges_an_act_is_taken_on_are_the_acting_states() {
        // The charges are Iran's (not the prisoner's), so the spying is alleged by Iran, and the
        // person charged, coded only as the spy, is the arrest's patient too.
        let got = code("Iran arrested John Smith on charges of espionage.");
        assert!(got.contains(&"arrest IRN>IRNCVL".to_string()), "{got:?}");
        assert!(got.contains(&"spy IRNCVL>IRN".to_string()), "{got:?}");
        assert!(!got.iter().any(|e| e.starts_with("charge")), "{got:?}");
    }

    #[test]
    fn allegations_an_arrest_is_made_on_carry_the_spying() {
        let got = code("Iranian police arrested John Smith on spying allegations.");
        assert!(got.contains(&"spy IRNCVL>IRN".to_string()), "{got:?}");
        // The allegations are the grounds of the arrest, not an accusation of their own.
        assert!(!got.iter().any(|e| e.starts_with("accuse")), "{got:?}");
        // Through a duration too: "held for six months on espionage charges".
        let got = code("Iran said John Smith was held for six months on espionage charges.");
        assert!(got.iter().any(|e| e.starts_with("spy IRNCVL>IRN")), "{got:?}");
    }

    #[test]
    fn someone_branded_a_spy_is_accused_of_spying_on_the_accuser() {
        let got = code("Congo branded the British diplomat a spy.");
        assert!(got.contains(&"accuse COD>GBRGOV".to_string()), "{got:?}");
        assert!(got.contains(&"spy GBRGOV>COD".to_string()), "{got:?}");
        // Spying for a service named: still the one called a spy, not the accuser.
        let got = code("Iran called the detained Briton a spy for MI6.");
        assert!(got.contains(&"spy GBR>IRN".to_string()), "{got:?}");
    }
}
