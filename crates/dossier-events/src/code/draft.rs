//! An event under construction: trigger, role words, participants and parent, then the last
//! steps that turn drafts into [`dossier_core::Event`]s (the `spy` role conventions of SPEC.md,
//! in `spy_roles`; dropping events without a country-coded actor, merging duplicates).

use super::matcher::Hit;
use super::roles;
use crate::lexicon::{Lexicon, Pos};
use crate::sent::Sent;
use dossier_core::{Document, Event, Participant};

#[derive(Clone, Debug)]
pub struct Draft {
    pub kind: String,
    pub word: usize,
    pub pos: Pos,
    pub actor_word: Option<usize>,
    pub target_word: Option<usize>,
    pub actor: Vec<Participant>,
    pub target: Vec<Participant>,
    /// For `spy`: the side receiving the secrets ("for China", "to Moscow").
    pub recipient: Vec<u32>,
    /// The text identifies the actor word's person ("an official"), so a recipient's service code
    /// does not replace it.
    pub identified: bool,
    /// The event this one is the content of (index among the sentence's drafts).
    pub parent: Option<usize>,
    /// The vocabulary says no target ("denied" takes none).
    pub no_target: bool,
    pub negated: bool,
    /// Its roles were taken from the event it is the content of ("expelled X on charges of
    /// spying": the charges' target is X), so the text does not name them for this event.
    pub inherited: bool,
    /// A trend, background or fiction, not an event (`background::mark`).
    pub background: bool,
    /// A definite event noun naming an event an earlier sentence told (`anaphora::fill`).
    pub refers_back: bool,
    /// A light verb whose event-noun object tells the act ("notified the expulsion"): not an
    /// event of its own (`nest::link`).
    pub light: bool,
    pub trace: Vec<String>,
}

impl Draft {
    /// A draft of `kind` at word `word` with no roles, links or marks yet, and `why` as its trace.
    pub fn new(kind: &str, word: usize, pos: Pos, why: String) -> Draft {
        Draft {
            kind: kind.to_string(),
            word,
            pos,
            actor_word: None,
            target_word: None,
            actor: Vec::new(),
            target: Vec::new(),
            recipient: Vec::new(),
            identified: false,
            parent: None,
            no_target: false,
            negated: false,
            inherited: false,
            background: false,
            refers_back: false,
            light: false,
            trace: vec![why],
        }
    }
}

/// A state a person is in rather than an act: "under investigation", "is in custody", "remains
/// in detention" (custody kinds only, as a predicate — "remanded in custody" is the verb's act).
pub fn held_state(s: &Sent, w: usize, kind: &str) -> bool {
    match s.case_of(w) {
        Some("under") => true,
        Some("in") => {
            let predicate = s.children[w].iter().any(|&c| s.rel(c) == "cop")
                || s.head[w].is_some_and(|h| matches!(s.lemma[h].as_str(), "remain" | "stay" | "be"));
            predicate && crate::kind_groups::custody(kind)
        }
        _ => false,
    }
}

fn mentions(s: &Sent, w: Option<usize>) -> Vec<Participant> {
    w.map(|w| s.actors_at(w).into_iter().map(Participant::Mention).collect())
        .unwrap_or_default()
}

/// A draft from a trigger word: roles from the entry's slots or the defaults.
pub fn build(s: &Sent, lex: &Lexicon, h: &Hit) -> Draft {
    let t = h.trigger;
    let i = h.word;
    let mut trace = vec![format!(
        "trigger `{}` ({}) {}:{} {} {}",
        s.lower[i],
        s.lemma[i],
        crate::lexicon::FILE,
        t.line,
        t.kind,
        s.deprel[i]
    )];
    let actor_slots = t.actor.clone().unwrap_or_else(|| roles::default_actor(t.pos));
    let target_slots = t.target.clone().unwrap_or_else(|| roles::default_target(t.pos));
    let no_target = target_slots.first() == Some(&crate::lexicon::Slot::None);
    let mut actor_word = roles::first_filled(s, lex, i, t, &actor_slots);
    if actor_word.is_none() && t.pos == Pos::Noun {
        actor_word = light_verb_subject(s, lex, i);
    }
    // "used malware to spy on journalists": a purpose clause on a thing (not a person) that
    // is a verb's object is the act of that verb's subject.
    // "an attempt by the GRU to hack the OPCW": the noun's `by` agent acts.
    if let Some(h) = s.head[i].filter(|_| s.rel(i) == "acl" && s.case_of(i) == Some("to")) {
        if let Some(by) = s.preps(h, "by").find(|&b| !s.actors_at(b).is_empty()) {
            actor_word = Some((by, format!("`by` agent of `{}`", s.lower[h])));
        }
    }
    if let Some((w, _)) = actor_word.as_ref().map(|(w, h)| (*w, h.clone())) {
        // ("rolled out videos inviting Russians to reach out": a participle on the thing too.)
        let purpose = s.rel(i) == "acl" && (s.case_of(i) == Some("to") || s.xpos[i] == "VBG") && s.head[i] == Some(w);
        if purpose && s.actor_of[w].is_none() && s.deprel[w] == "obj" {
            if let Some(user) = s.head[w].and_then(|v| s.subject(v)) {
                actor_word = Some((
                    user,
                    format!(
                        "subject of `{}`, whose object serves the purpose",
                        s.lower[s.head[w].unwrap_or(w)]
                    ),
                ));
            }
        }
    }
    let mut target_word = roles::first_filled(s, lex, i, t, &target_slots);
    // "X remains under investigation", "X is in custody": the one held is the clause's subject.
    if target_word.is_none() && t.pos == Pos::Noun && held_state(s, i, &t.kind) {
        let subject = s.kid(i, "nsubj").or_else(|| s.head[i].and_then(|h| s.subject(h)));
        target_word = subject.map(|w| (w, "subject of the state `under`/`in`".to_string()));
    }
    // "his arrest": a possessor that is the patient is not also the agent, unless the entry
    // names the slot as its actor ("two men engaged in espionage": the noun is the spy).
    if actor_word.is_some() && actor_word.as_ref().map(|a| a.0) == target_word.as_ref().map(|t| t.0) {
        if t.actor.is_some() {
            target_word = None;
        } else {
            actor_word = None;
        }
    }
    if let Some((w, how)) = &actor_word {
        trace.push(format!("actor ← {how} `{}`", s.lower[*w]));
    }
    if let Some((w, how)) = &target_word {
        trace.push(format!("target ← {how} `{}`", s.lower[*w]));
    }
    let generic = lex.class_id("generic_person");
    let identified = actor_word
        .as_ref()
        .is_some_and(|(w, _)| !generic.is_some_and(|g| super::matcher::in_class(s, lex, *w, g)));
    let recipient = if t.kind == "spy" {
        // "two men of spying for Russia": the parser may hang the recipient on the spy's noun.
        let on_noun = s.head[i].filter(|_| matches!(s.rel(i), "nmod" | "acl"));
        // "on behalf of X" names the recipient through the noun `behalf`.
        let behalf = s
            .preps(i, "on")
            .filter(|&b| s.lemma[b] == "behalf")
            .flat_map(|b| s.preps(b, "of"));
        // "selling information to Mossad": the parser may hang the recipient on the secrets.
        let on_object = s.kid(i, "obj").into_iter().flat_map(|o| s.preps(o, "to"));
        // "gave them the information": an indirect object receives it.
        let given = s.kid(i, "iobj").filter(|_| s.kid(i, "obj").is_some());
        s.preps(i, "for")
            .chain(s.preps(i, "to"))
            .chain(given)
            .chain(on_object)
            .chain(behalf)
            .chain(on_noun.into_iter().flat_map(|h| s.preps(h, "for")))
            .flat_map(|w| s.actors_at(w))
            .collect()
    } else {
        Vec::new()
    };
    let actor_word = actor_word.map(|x| x.0);
    let target_word = target_word.map(|x| x.0);
    let mut actor = mentions(s, actor_word);
    // "X said it had arrested …", "an official said he was not aware": an unresolved pronoun
    // subject of a reported clause is the reporting party.
    if actor.is_empty() {
        if let Some(w) = actor_word
            .filter(|&w| s.upos[w] == "PRON" && matches!(s.lower[w].as_str(), "it" | "they" | "we" | "he" | "she"))
        {
            // ("the prosecutors' charges that he spied": "he" is not the prosecutors.)
            let singular = matches!(s.lower[w].as_str(), "he" | "she");
            // (Nor a body named by an acronym: "the NIS said … he seeks asylum".)
            let acronym = |r: usize| {
                let f = s.doc.slice(s.doc.tokens[s.first + r].span);
                f.len() > 1 && f.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            };
            // ("Barr said they hacked the systems": "they" is not one person named.)
            let plural = s.lower[w] == "they";
            let agrees = |r: usize| {
                !(singular && (matches!(&*s.xpos[r], "NNS" | "NNPS") || s.lower[r] == "they" || acronym(r)))
                    && !(plural && (matches!(s.lower[r].as_str(), "he" | "she") || s.xpos[r] == "NNP" && !acronym(r)))
            };
            if let Some(r) = roles::reporter(s, lex, i).filter(|&r| r != w && agrees(r)) {
                actor = mentions(s, Some(r));
                if !actor.is_empty() {
                    trace.push(format!(
                        "actor ← `{}` is the reporting party `{}`",
                        s.lower[w], s.lower[r]
                    ));
                }
            }
        }
    }
    // "neither the US nor China confirmed": the parser may give the verb a second subject.
    if let Some(a) = actor_word.filter(|&a| s.head[a] == Some(i) && s.deprel[a] == "nsubj") {
        for c in s.children[i]
            .iter()
            .copied()
            .filter(|&c| c != a && s.deprel[c] == "nsubj")
        {
            for p in mentions(s, Some(c)) {
                if !actor.contains(&p) {
                    actor.push(p);
                }
            }
        }
    }
    let mut target = mentions(s, target_word);
    // "13 Jews arrested in Iran", "Jews from Isfahan in Iran": uncoded people (the patients of a
    // custody act, an accusation or an investigation are people) found only through the country
    // they are in or from are its nationals, not the country itself.
    let people = crate::kind_groups::custody(&t.kind) || matches!(t.kind.as_str(), "accuse" | "investigate");
    if let Some(w) = target_word.filter(|&w| people && s.actor_of[w].is_none() && matches!(s.upos[w], "NOUN" | "PROPN"))
    {
        // The country: the target's own mention ("Jews from Isfahan in Iran"), or, when the act
        // describes the people, the place it was done in ("13 Jews arrested in Iran").
        let own = match target.as_slice() {
            [Participant::Mention(a)] => Some(*a),
            [] if s.head[i] == Some(w) && s.rel(i) == "acl" => {
                s.preps(i, "in").find_map(|p| s.actors_at(p).into_iter().next())
            }
            _ => None,
        };
        if let Some(a) = own {
            let m = &s.doc.actors[a as usize];
            // ("from Shiran and Isfahan in southern Iran": anywhere inside such a phrase.)
            let through_in = s
                .preps(w, "in")
                .chain(s.preps(w, "from"))
                .chain(
                    s.children[w]
                        .iter()
                        .copied()
                        .filter(|&c| s.rel(c) == "acl")
                        .flat_map(|c| s.preps(c, "in")),
                )
                .any(|p| s.subtree(p).into_iter().any(|k| s.actor_of[k] == Some(a)));
            if let (Some(c), true) = (m.code.as_ref().filter(|c| c.len() == 3), through_in) {
                let code = format!("{c}CVL");
                trace.push(format!(
                    "target ← {code}: people in `{}`, its nationals",
                    s.doc.slice(m.span)
                ));
                target = vec![Participant::Implicit {
                    code,
                    rule: "people in a country: its nationals".into(),
                    names: None,
                }];
            }
        }
    }
    // "Beijing was a victim of US cyber theft": the victim named by a copula is the target.
    let mut target_word = target_word;
    if target.is_empty() && t.pos == Pos::Noun && s.case_of(i) == Some("of") {
        if let Some(v) = s.head[i].filter(|&h| matches!(s.lemma[h].as_str(), "victim" | "target")) {
            if let Some(x) = s.kid(v, "nsubj") {
                target = mentions(s, Some(x));
                if !target.is_empty() {
                    target_word = Some(x);
                    trace.push(format!("target ← `{}`, the {}", s.lower[x], s.lower[v]));
                }
            }
        }
    }
    // The same people by another slot ("the owner of" the actor's own phrase) are not its target.
    if t.actor.is_some() && !target.is_empty() && target.iter().all(|p| actor.contains(p)) {
        target.clear();
        target_word = None;
    }
    // "prosecutors remanded seven suspects after they were detained": a pronoun patient of an
    // arrest or trial resolved to the police or a court is a wrong antecedent; leave it open.
    if crate::kind_groups::state_act(&t.kind)
        && target_word.is_some_and(|w| s.upos[w] == "PRON")
        && target
            .iter()
            .any(|p| matches!(sector(s.doc, p).as_deref(), Some("JUD" | "COP")))
    {
        trace.push("target: a pronoun resolved to the police or a court is not the patient".into());
        target.clear();
    }
    // "stole American nuclear secrets", "theft of Britain's secrets": the secrets' owner is the
    // party spied on.
    if t.kind == "spy" && target.is_empty() {
        if let Some(o) = super::matcher::objects(s, i, t.pos).into_iter().next() {
            target = mentions(s, Some(o));
            target.retain(|p| !actor.contains(p));
            if !target.is_empty() {
                trace.push(format!("target ← owner of `{}`", s.lower[o]));
            }
        }
    }
    // The party a spy works for is never the party spied on ("worked for Mossad, Israel's
    // foreign intelligence service": the apposition is the recipient again).
    if t.kind == "spy" && !recipient.is_empty() {
        let theirs: Vec<String> = recipient
            .iter()
            .filter_map(|&r| country(s.doc, &Participant::Mention(r)))
            .collect();
        let before = target.len();
        target.retain(|p| country(s.doc, p).is_none_or(|c| !theirs.contains(&c)));
        if target.len() < before {
            trace.push("target: the recipient's side is not the party spied on".into());
        }
    }
    Draft {
        actor_word,
        target_word,
        actor,
        target,
        recipient,
        identified,
        no_target,
        negated: s.negated(i),
        trace,
        ..Draft::new(&t.kind, i, t.pos, String::new())
    }
}

/// "X announced the arrest of …": the subject of a light verb acts the event noun it governs.
fn light_verb_subject(s: &Sent, lex: &Lexicon, i: usize) -> Option<(usize, String)> {
    let light = lex.class_id("light")?;
    let h = s.head[i]?;
    if s.rel(i) == "obj" && super::matcher::in_class(s, lex, h, light) {
        let w = s.doer(h)?;
        return Some((w, format!("subject of `{}`", s.lower[h])));
    }
    // "the probe was carried out by government departments".
    if s.deprel[i] == "nsubj:pass" && super::matcher::in_class(s, lex, h, light) {
        let w = s.agent(h)?;
        return Some((w, format!("agent of `{}`", s.lower[h])));
    }
    None
}

/// The country of a participant (first three letters of its code, or the mention's country).
pub fn country(doc: &Document, p: &Participant) -> Option<String> {
    match p {
        Participant::Mention(a) => {
            let m = doc.actors.get(*a as usize)?;
            m.country
                .clone()
                .or_else(|| m.code.as_ref().map(|c| c.chars().take(3).collect()))
        }
        Participant::Implicit { code, .. } => Some(code.chars().take(3).collect()),
    }
}

/// Whether an act of custody (`kind`) on `patients` is held abroad from `country`: one of them
/// is a person the text names only by a nationality of `country` ("a Japanese man", "the
/// detained Japanese"), so the act is not told of their own state unless the text says so.
pub fn held_abroad(doc: &Document, kind: &str, patients: &[Participant], country: &str) -> bool {
    crate::kind_groups::custody(kind)
        && patients.iter().any(|p| match p {
            Participant::Mention(a) => doc.actors.get(*a as usize).is_some_and(|m| {
                m.entity.is_none() && m.sector.as_deref() == Some("CVL") && m.country.as_deref() == Some(country)
            }),
            Participant::Implicit { .. } => false,
        })
}

/// Whether any of the participants has a country.
pub fn has_country(doc: &Document, ps: &[Participant]) -> bool {
    ps.iter().any(|p| country(doc, p).is_some())
}

pub fn sector(doc: &Document, p: &Participant) -> Option<String> {
    match p {
        Participant::Mention(a) => doc.actors.get(*a as usize)?.sector.clone(),
        Participant::Implicit { code, .. } => (code.len() >= 6).then(|| code[3..6].to_string()),
    }
}

/// "Britain and Russia expelled each other's diplomats": one event per actor, aimed at the
/// others' countries.
pub fn reciprocal(s: &Sent, lex: &Lexicon, drafts: &mut Vec<Draft>) {
    let Some(rc) = lex.class_id("reciprocal") else {
        return;
    };
    let doc = s.doc;
    let n = drafts.len();
    for d in 0..n {
        let Some(t) = drafts[d].target_word else { continue };
        if drafts[d].actor.len() < 2 {
            continue;
        }
        // The target and its dependents two levels down ("four of each other's staff").
        let near: Vec<usize> = std::iter::once(t)
            .chain(
                s.children[t]
                    .iter()
                    .flat_map(|&c| std::iter::once(c).chain(s.children[c].iter().copied())),
            )
            .collect();
        let mutual = near
            .into_iter()
            .any(|w| (0..=w).rev().take(2).any(|k| super::matcher::in_class(s, lex, k, rc)));
        if !mutual {
            continue;
        }
        let actors = drafts[d].actor.clone();
        // (Each other's diplomats or staff expelled are the other government's.)
        let sector = if drafts[d].kind == "expel" { "GOV" } else { "" };
        for (k, a) in actors.iter().enumerate() {
            let others: Vec<Participant> = actors
                .iter()
                .filter(|o| *o != a)
                .filter_map(|o| country(doc, o))
                .map(|c| Participant::Implicit {
                    code: format!("{c}{sector}"),
                    rule: "the other party of a reciprocal act".into(),
                    names: None,
                })
                .collect();
            let mut e = drafts[d].clone();
            e.actor = vec![a.clone()];
            e.target = others;
            e.trace.push("reciprocal: one event per actor".into());
            if k == 0 {
                drafts[d] = e;
            } else {
                drafts.push(e);
            }
        }
    }
}

/// Turns drafts into events: spy roles, dropping drafts without a country-coded actor, merging
/// identical events, mapping parents to event indices.
/// "…, said the official, who was not authorized to speak and did not provide details": a
/// refusal in a relative clause on a reporting verb's subject describes the source, it is not
/// an event. Such drafts lose their actor, so `finish` drops them.
pub fn source_descriptions(s: &Sent, lex: &Lexicon, drafts: &mut [Draft]) {
    let Some(report) = lex.class_id("report") else { return };
    for d in drafts.iter_mut().filter(|d| d.kind == "decline_comment") {
        // Up from the trigger to the relative clause, then to the noun it describes.
        let mut j = d.word;
        let mut noun = None;
        for _ in 0..4 {
            if s.deprel[j] == "acl:relcl" {
                noun = s.head[j];
                break;
            }
            match s.head[j] {
                Some(h) => j = h,
                None => break,
            }
        }
        let speaker = noun.is_some_and(|n| {
            s.rel(n) == "nsubj" && s.head[n].is_some_and(|v| super::matcher::in_class(s, lex, v, report))
        });
        if speaker {
            d.actor.clear();
            d.trace.push("dropped: describes the source of a report".into());
        }
    }
}

/// Kind, actor codes and target codes: events equal on these are one event.
type EventKey = (String, Vec<Option<String>>, Vec<Option<String>>);

/// "Iran arrested 13 men on charges of espionage": the people a noun restating its parent act
/// is aimed at, once coded (as the spies of its content, or as nationals tried at home), are
/// the parent act's patients too.
fn restated_patient(s: &Sent, drafts: &mut [Draft]) {
    for d in super::nest::outer_first(drafts).into_iter().rev() {
        let Some(p) = drafts[d].parent.filter(|_| drafts[d].inherited) else {
            continue;
        };
        let same_people = drafts[p].target_word.is_some() && drafts[p].target_word == drafts[d].target_word;
        if same_people && !has_country(s.doc, &drafts[p].target) && has_country(s.doc, &drafts[d].target) {
            let why = format!("target ← the people of `{}`", s.lower[drafts[d].word]);
            drafts[p].target = drafts[d].target.clone();
            drafts[p].trace.push(why);
        }
    }
}

pub fn finish(s: &Sent, mut drafts: Vec<Draft>) -> Vec<Event> {
    let doc = s.doc;
    for d in 0..drafts.len() {
        if drafts[d].kind == "spy" {
            super::spy_roles::apply(s, &mut drafts, d);
        }
    }
    restated_patient(s, &mut drafts);
    super::people::described(s, &mut drafts);
    super::people::same_sentence(s, &mut drafts);
    let mut keep: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut out: Vec<Event> = Vec::new();
    let mut seen: Vec<EventKey> = Vec::new();
    for (di, d) in drafts.iter().enumerate() {
        if !has_country(doc, &d.actor) || d.background || d.light {
            continue;
        }
        // "the detained Britons", "the two freed Russians": a participle describing a noun
        // refers back to an act, it does not report one.
        // (A gerund naming the grounds of an act is that act's content: "on spying allegations".)
        if d.pos == Pos::Verb && s.rel(d.word) == "amod" && !(s.xpos[d.word] == "VBG" && d.parent.is_some()) {
            continue;
        }
        // A nominal event on its own ("an investigation by prosecutors") is coded only when
        // agent and patient are both explicit; nested in another event it is that event's content.
        // ("carried out an investigation": the noun is the light verb's object, a verbal event.)
        let light = s.rel(d.word) == "obj"
            && d.actor_word.is_some()
            && s.head[d.word].and_then(|h| s.subject(h)) == d.actor_word;
        // A state's act named by a noun inside another event ("on espionage charges", "the
        // results of a British inquiry") is background unless its patient is explicit too.
        let nested_state_act = d.parent.is_some() && crate::kind_groups::state_act(&d.kind);
        // (So are the grounds a state act is taken on: "arrested on allegations of spying".)
        let grounds = d.parent.is_some_and(|p| crate::kind_groups::state_act(&drafts[p].kind));
        if d.pos == Pos::Noun && (nested_state_act || grounds) && d.inherited {
            continue;
        }
        // ("remains under investigation" asserts the act even when its patient is no actor.)
        let under = held_state(s, d.word, &d.kind);
        // (A denial needs no target: "based on fabricated evidence", the ministry said.)
        if d.pos == Pos::Noun
            && !light
            && !under
            && !d.refers_back
            && d.kind != "deny"
            && (d.parent.is_none() || nested_state_act)
            && !d.no_target
            && !has_country(doc, &d.target)
        {
            continue;
        }
        // What is demanded or threatened ("urged X to release the prisoners") or what a party
        // will not talk about ("was not aware of the detention of …") is carried by that event,
        // not coded on its own (SPEC.md: the demand is the event).
        // (At any depth: "was not aware of the detention of X on espionage charges".)
        let mut up = d.parent;
        let mut carried = false;
        for _ in 0..drafts.len() {
            let Some(p) = up else { break };
            carried |= crate::kind_groups::content_not_coded(&drafts[p].kind);
            up = drafts[p].parent;
        }
        if carried {
            continue;
        }
        let actor: Vec<Participant> = d.actor.iter().filter(|p| p.code(doc).is_some()).cloned().collect();
        let mut target: Vec<Participant> = if d.no_target { Vec::new() } else { d.target.clone() };
        target.retain(|p| !actor.contains(p));
        // "Iran hanged two people convicted of spying": the same act twice, once without its
        // target, is listed once, with it. ("was questioned by the police … during the
        // questioning": a noun naming the verb's act again is that act, whatever its target.)
        let twin = drafts.iter().enumerate().find(|(k, o)| {
            *k != di
                && o.kind == d.kind
                && o.actor.iter().filter_map(|p| country(doc, p)).collect::<Vec<_>>()
                    == d.actor.iter().filter_map(|p| country(doc, p)).collect::<Vec<_>>()
                && (has_country(doc, &o.target)
                    || (s.upos[d.word] == "NOUN" && s.upos[o.word] == "VERB" && has_country(doc, &o.actor)))
        });
        let mut extra_trace: Option<String> = None;
        if let Some((_, o)) = twin.filter(|_| target.is_empty()) {
            // ("prosecutors remanded seven suspects after they were detained": two steps by two
            // bodies, on the same people — the patients the other step's rules found.)
            let codes = |ps: &[Participant]| ps.iter().map(|p| p.code(doc).map(str::to_string)).collect::<Vec<_>>();
            let other_body = d.pos == Pos::Verb && codes(&actor) != codes(&o.actor) && has_country(doc, &o.target);
            // (Its own patient uncoded, or lost by the parse: "remanded in custody seven suspects".)
            let uncoded_patient = d
                .target_word
                .is_none_or(|w| s.upos[w] == "NOUN" && s.actor_of[w].is_none());
            if other_body && uncoded_patient {
                target = o.target.clone();
                extra_trace = Some(format!(
                    "target ← the patients of `{}`, the same people",
                    s.lower[o.word]
                ));
            } else {
                keep[di] = None;
                continue;
            }
        }
        let key = (
            d.kind.clone(),
            actor.iter().map(|p| p.code(doc).map(str::to_string)).collect(),
            target.iter().map(|p| p.code(doc).map(str::to_string)).collect(),
        );
        // ("Iran hanged two people convicted of spying": the implicit court, "IRNJUD", of a
        // verdict told with its explicit agent, "Iran", is that agent.)
        let implicit = crate::kind_groups::court_act(&d.kind)
            && !actor.is_empty()
            && actor.iter().all(|p| matches!(p, Participant::Implicit { .. }));
        fn countries(codes: &[Option<String>]) -> Vec<Option<&str>> {
            codes
                .iter()
                .map(|c| c.as_deref().map(|c| &c[..c.len().min(3)]))
                .collect()
        }
        let same = seen.iter().position(|x| {
            *x == key || implicit && x.0 == key.0 && x.2 == key.2 && countries(&x.1) == countries(&key.1)
        });
        if let Some(k) = same {
            keep[di] = Some(k);
            continue;
        }
        seen.push(key);
        keep[di] = Some(out.len());
        let tok = &doc.tokens[s.first + d.word];
        let cameo = crate::plover::kind(&d.kind).and_then(|k| k.cameo).map(str::to_string);
        let (plover_event, plover_mode) = crate::plover::plover(&d.kind, cameo.as_deref()).unzip();
        let sectors = |ps: &[Participant]| ps.iter().filter_map(|p| sector(doc, p)).collect::<Vec<_>>();
        let (asec, tsec) = (sectors(&actor), sectors(&target));
        let asec: Vec<&str> = asec.iter().map(String::as_str).collect();
        let tsec: Vec<&str> = tsec.iter().map(String::as_str).collect();
        let context = crate::plover::context_with_cameo(&d.kind, cameo.as_deref(), &asec, &tsec);
        out.push(Event {
            sentence: s.index as u32,
            kind: d.kind.clone(),
            plover: dossier_core::Plover {
                event: plover_event.map(str::to_string),
                mode: plover_mode.flatten().map(str::to_string),
                context: context.into_iter().map(str::to_string).collect(),
            },
            cameo,
            actor,
            target,
            negated: d.negated,
            confidence: 0.5,
            trigger: tok.span,
            trace: d.trace.iter().cloned().chain(extra_trace).collect(),
            ..Default::default()
        });
    }
    for (di, d) in drafts.iter().enumerate() {
        if let (Some(e), Some(p)) = (keep[di], d.parent) {
            match keep[p] {
                Some(pe) => {
                    if pe != e && out[e].claim.claim_of.is_none() {
                        out[e].claim.claim_of = Some(pe as u32);
                    }
                }
                // The parent was not kept (no agent with a country): the content still has the
                // status the parent gives it ("detained for espionage": alleged).
                None => {
                    // "dismissed allegations that it spied": what a denied accusation alleges is
                    // denied, by the denier.
                    let denied =
                        drafts[p].kind == "accuse" && drafts[p].parent.is_some_and(|g| drafts[g].kind == "deny");
                    let from = if denied { drafts[p].parent.unwrap_or(p) } else { p };
                    out[e].claim.status = crate::kind_groups::content_status(&drafts[from].kind).0;
                    out[e].claim.cue = Some(s.lower[drafts[from].word].clone());
                    out[e].claim.claimants = drafts[from]
                        .actor
                        .iter()
                        .filter(|a| country(doc, a).is_some())
                        .cloned()
                        .collect();
                    // ("MIT found in its probe that …": a noun's own agent unknown, the subject
                    // of the verb it hangs on makes the claim.)
                    if out[e].claim.claimants.is_empty() && drafts[from].pos == Pos::Noun {
                        let w = drafts[from].word;
                        if let Some(subj) = s.head[w].filter(|&h| s.upos[h] == "VERB").and_then(|h| s.subject(h)) {
                            out[e].claim.claimants = mentions(s, Some(subj))
                                .into_iter()
                                .filter(|a| country(doc, a).is_some())
                                .collect();
                        }
                    }
                }
            }
        }
    }
    out
}
