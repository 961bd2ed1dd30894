//! The attribute stage (SPEC.md stage 7), first cut: each event's claim status, claimants and cue
//! from the parse — the event it is the content of (`claim_of`: an accusation makes it alleged,
//! a conviction confirmed, a denial denied), reporting verbs over it ("X said that …", "…, X said")
//! and "according to X", hedges ("reportedly" → rumoured), modality and intention ("would",
//! "tried to" → hypothetical) and negation. An authority announcing its own act confirms it.
//!
//! Cue words live in `data/events/espionage.txt` (classes @report, @intend, @modal, @rumour,
//! @hedge, @unnamed). This stage does not create or drop events.

mod answers;
mod channel;
mod question;
#[cfg(test)]
mod tests;

use crate::code::draft::country;
use crate::code::matcher::in_class;
use crate::lexicon::{self, Lexicon};
use crate::sent::Sent;
use dossier_core::{ClaimStatus, Document, Participant, Stage, StageError};

pub struct Attributor {
    lex: &'static Lexicon,
}

impl Attributor {
    pub fn new() -> Result<Self, String> {
        Ok(Attributor {
            lex: lexicon::embedded()?,
        })
    }

    fn class(&self, name: &str) -> Option<usize> {
        self.lex.class_id(name)
    }
}

impl Stage for Attributor {
    fn name(&self) -> &'static str {
        "attribute"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut updates = Vec::with_capacity(doc.events.len());
        let quotes = crate::quotes::Quotes::of(doc);
        let mut cache: Option<Sent> = None;
        for (ei, e) in doc.events.iter().enumerate() {
            let si = e.sentence as usize;
            if cache.as_ref().is_none_or(|c| c.index != si) {
                cache = Some(Sent::new(doc, si));
            }
            let s = cache.as_ref().expect("just set");
            let w = s.word_at(e.trigger);
            let verdict = self.status(doc, &quotes, s, ei, w.unwrap_or(0));
            let channel = w.and_then(|w| channel::of_event(s, self.lex, &e.kind, verdict.0, w));
            updates.push((verdict, channel));
        }
        for (e, ((status, claimants, cue, trace), channel)) in doc.events.iter_mut().zip(updates) {
            e.claim.status = status;
            e.claim.claimants = claimants;
            e.claim.cue = cue;
            e.claim.channel = channel;
            e.trace.extend(trace);
        }
        // (After every status is set: a denial answers an alleged claim.)
        answers::link(doc, self.lex);
        Ok(())
    }
}

type Verdict = (ClaimStatus, Vec<Participant>, Option<String>, Vec<String>);

/// What reports a clause (see [`Attributor::reporter`]).
struct Reported {
    claimants: Vec<Participant>,
    cue: String,
    unnamed: bool,
    /// The source guesses ("media speculated that …"): a rumour, though its source is named.
    speculative: bool,
    who: Option<usize>,
}

impl Attributor {
    fn status(&self, doc: &Document, quotes: &crate::quotes::Quotes, s: &Sent, ei: usize, w: usize) -> Verdict {
        let e = &doc.events[ei];
        let lower = |i: usize| s.lower[i].clone();
        // The clause the trigger belongs to: a noun's governing verb.
        let clause = crate::report::clause_of(s, w);
        // Hypothetical: modal auxiliary, intention verb above, or a condition — unless a
        // conviction or an admission settles it ("pleaded guilty to conspiring to pass secrets").
        let settled = e
            .claim
            .claim_of
            .and_then(|p| doc.events.get(p as usize))
            .is_some_and(|p| crate::kind_groups::content_status(&p.kind).0 == ClaimStatus::Confirmed);
        // "If some reports are to be believed, X would be …": a condition on reports is a hedge
        // on their content, not an intention.
        if let Some(cue) = self.if_reports(s, w, clause) {
            return (
                ClaimStatus::Rumoured,
                Vec::new(),
                Some(cue.clone()),
                vec![format!("rumoured: a condition on `{cue}`")],
            );
        }
        // "claimed he was trying to escape punishment": an accusation the reporter voices through
        // a word of its content is the reporter's act; the content's intention is not its own.
        let voiced = crate::kind_groups::speech_act(&e.kind) && self.voiced_by_reporter(s, e, w, clause);
        if let Some(cue) = self.hypothetical(s, w, clause, &e.kind).filter(|_| !settled && !voiced) {
            // Who announces the intention or the condition ("the government said it would …").
            let by = self.reporter(s, clause).map(|r| r.claimants).unwrap_or_default();
            return (
                ClaimStatus::Hypothetical,
                by,
                Some(cue.clone()),
                vec![format!("hypothetical: `{cue}`")],
            );
        }
        if e.negated && !matches!(e.kind.as_str(), "decline_comment" | "deny") {
            return (
                ClaimStatus::Negated,
                Vec::new(),
                Some("not".into()),
                vec!["negated".into()],
            );
        }
        // Content of another event.
        // ("rejected the indictment": the indictment happened; its accusation is what is denied.)
        let parent = e
            .claim
            .claim_of
            .and_then(|p| doc.events.get(p as usize))
            .filter(|p| !(p.kind == "deny" && crate::kind_groups::state_act(&e.kind)))
            // "charged them …, accusing them of …": the same party's speech act beside its act.
            .filter(|p| {
                let countries = |ps: &[Participant]| ps.iter().filter_map(|a| country(doc, a)).collect::<Vec<_>>();
                !(crate::kind_groups::speech_act(&e.kind)
                    && !e.actor.is_empty()
                    && countries(&e.actor) == countries(&p.actor))
            });
        if let Some(p) = parent {
            // "said the inquiry's charges that he poisoned X were absurd": what a denial rejects
            // through someone's charge was alleged by them and is now disputed.
            if p.kind == "deny" {
                if let Some(noun) = self.claim_noun_between(s, w, p.trigger) {
                    return (
                        ClaimStatus::Disputed,
                        p.target.clone(),
                        Some(doc.slice(p.trigger).to_string()),
                        vec![format!("disputed: `{noun}` denied by `{}`", doc.slice(p.trigger))],
                    );
                }
            }
            let (status, why) = crate::kind_groups::content_status(&p.kind);
            let trigger_word = doc.slice(p.trigger).to_string();
            return (
                status,
                p.actor.clone(),
                Some(trigger_word),
                vec![format!("{}: {why}", status.name())],
            );
        }
        // The content of an event the coder could not keep (its agent unknown): the coder set
        // the status that event gives.
        if e.claim.claim_of.is_none() && e.claim.status != ClaimStatus::Asserted {
            // (Told by unnamed sources, the whole is a rumour: "expelled him on charges of
            // espionage, people familiar with the matter said".)
            if let Some(r) = self.reporter(s, clause).filter(|r| r.unnamed) {
                let cue = r.cue;
                return (
                    ClaimStatus::Rumoured,
                    Vec::new(),
                    Some(cue.clone()),
                    vec![format!("rumoured: unnamed source of `{cue}`")],
                );
            }
            let cue = e.claim.cue.clone();
            // The dropped event's agent, else whoever reports the sentence ("China said … three
            // operatives accused of hacking").
            let mut by = e.claim.claimants.clone();
            if by.is_empty() {
                by = self.reporter(s, clause).map(|r| r.claimants).unwrap_or_default();
            }
            return (
                e.claim.status,
                by,
                cue.clone(),
                vec![format!(
                    "{}: content of `{}`",
                    e.claim.status.name(),
                    cue.unwrap_or_default()
                )],
            );
        }
        let rumour = self.class("rumour");
        let hedge = self.class("hedge");
        let mut hedged = false;
        // ("reportedly killed or imprisoned": a conjunct shares the first verb's hedge.)
        let first = (s.rel(w) == "conj").then(|| s.head[w]).flatten().unwrap_or(w);
        for i in [w, clause, first] {
            for &c in &s.children[i] {
                if s.rel(c) == "advmod" {
                    if rumour.is_some_and(|r| in_class(s, self.lex, c, r)) {
                        return (
                            ClaimStatus::Rumoured,
                            Vec::new(),
                            Some(lower(c)),
                            vec![format!("rumoured: `{}`", lower(c))],
                        );
                    }
                    if hedge.is_some_and(|h| in_class(s, self.lex, c, h)) {
                        hedged = true;
                    }
                }
            }
        }
        // "Did a senior minister defect …?": the text asks whether it happened.
        if let Some(aux) = question::polar_aux(s, clause) {
            return (
                ClaimStatus::Rumoured,
                Vec::new(),
                Some(lower(aux)),
                vec![format!("rumoured: a yes/no question (`{}`)", lower(aux))],
            );
        }
        // "the suspected defection was exactly what it is, a rumour": the event's own clause
        // calls it a rumour.
        if let Some(p) = self.called_a_rumour(s, w) {
            return (
                ClaimStatus::Rumoured,
                Vec::new(),
                Some(lower(p)),
                vec![format!("rumoured: called `{}`", lower(p))],
            );
        }
        if let Some((cue, claimants)) = self.suspicion(s, w) {
            return (
                ClaimStatus::Alleged,
                claimants,
                Some(cue.clone()),
                vec![format!("alleged: a suspicion, `{cue}`")],
            );
        }
        if let Some(r) = self.reporter(s, clause) {
            let mut verdict = self.reported(doc, s, e, r, None);
            verdict.3.extend(self.outer_sources(s, clause, w));
            return verdict;
        }
        // A quotation whose speaker is named in another sentence.
        for (sj, at) in quotes.attributed(doc, s.index, w) {
            let clause_j = crate::report::clause_of(&sj, at);
            if let Some(r) = self.reporter(&sj, clause_j) {
                return self.reported(doc, &sj, e, r, Some(sj.index));
            }
        }
        if hedged {
            // "expelled an official for allegedly spying": alleged by the state acting on them.
            let by: Vec<Participant> = doc
                .events
                .iter()
                .filter(|o| o.sentence == e.sentence && crate::kind_groups::state_act(&o.kind))
                .find(|o| o.target.iter().any(|t| e.actor.contains(t)))
                .map(|o| o.actor.clone())
                .unwrap_or_default();
            // (With no party named to allege it, "allegedly" is unnamed sourcing: a rumour.)
            if by.is_empty() {
                return (
                    ClaimStatus::Rumoured,
                    by,
                    Some("allegedly".into()),
                    vec!["rumoured: `allegedly`, no party named to allege it".into()],
                );
            }
            return (
                ClaimStatus::Alleged,
                by,
                Some("allegedly".into()),
                vec!["alleged: `allegedly`".into()],
            );
        }
        (ClaimStatus::Asserted, Vec::new(), None, Vec::new())
    }

    /// The verdict for an event its clause's reporting source `r` reports (`s`: the sentence
    /// naming the source; `quoted`: that sentence, when the event's words are a quotation
    /// attributed there).
    fn reported(
        &self,
        doc: &Document,
        s: &Sent,
        e: &dossier_core::Event,
        r: Reported,
        quoted: Option<usize>,
    ) -> Verdict {
        let Reported {
            claimants,
            cue,
            unnamed,
            speculative,
            who,
        } = r;
        let quoted_note = quoted
            .map(|k| format!(" (quotation attributed in sentence {k})"))
            .unwrap_or_default();
        // "sources said" is rumour; a named source we could not code ("Smith said") still
        // makes it an allegation, without a claimant code.
        if unnamed {
            return (
                ClaimStatus::Rumoured,
                Vec::new(),
                Some(cue.clone()),
                vec![format!("rumoured: unnamed source of `{cue}`{quoted_note}")],
            );
        }
        if speculative {
            return (
                ClaimStatus::Rumoured,
                claimants,
                Some(cue.clone()),
                vec![format!("rumoured: `{cue}` guesses{quoted_note}")],
            );
        }
        // "China urges …, its spokesman said": a party's spokesman voicing its demand,
        // denial or accusation is the act itself, in the publisher's voice. (Its media
        // reporting it are another voice.)
        // (Only the state's own voices: a dissident or a citizen of the same country is not
        // its spokesman.)
        let same_party = claimants.iter().any(|c| {
            let cc = country(doc, c);
            cc.is_some()
                && !matches!(
                    crate::code::draft::sector(doc, c).as_deref(),
                    Some("JRN" | "OPP" | "CVL" | "EDU" | "BUS")
                )
                && e.actor.iter().any(|a| country(doc, a) == cc)
        });
        // ("…," he said: an unresolved "he"/"she" voicing a party's demand is its spokesman.)
        let spokesman = claimants.is_empty()
            && who.is_some_and(|w| s.upos[w] == "PRON" && matches!(s.lower[w].as_str(), "he" | "she"));
        // ("The envoy was handed a démarche, the ministry said": a speech act told in the passive,
        // its agent only the body reporting it, is that body announcing what it did.)
        let told_after = quoted.is_none()
            && s.word_at(e.trigger).is_some_and(|w| s.passive(w))
            && !e.actor.is_empty()
            && e.actor.iter().all(|a| matches!(a, Participant::Implicit { .. }));
        if same_party && told_after && crate::kind_groups::speech_act(&e.kind) {
            return (
                ClaimStatus::Confirmed,
                claimants,
                Some(cue.clone()),
                vec![format!(
                    "confirmed: `{cue}` announces the body's own act, told in the passive{quoted_note}"
                )],
            );
        }
        if (same_party || spokesman) && crate::kind_groups::speech_act(&e.kind) {
            return (
                ClaimStatus::Asserted,
                Vec::new(),
                None,
                vec![format!(
                    "asserted: `{cue}` voices the actor's own speech act{quoted_note}"
                )],
            );
        }
        // The authority announcing its own act confirms it; the country's media do not.
        let own = crate::kind_groups::confirmed_by_announcing(&e.kind) && same_party;
        // ("Kim has insisted that he gathered the documents": the actor telling its own act
        // admits it, whoever it is.)
        let admitted = claimants.iter().any(|c| {
            e.actor.iter().any(|a| match (a, c) {
                (Participant::Mention(a), Participant::Mention(c)) => doc.same_actor(*a, *c),
                _ => false,
            })
        });
        if admitted && !crate::kind_groups::speech_act(&e.kind) {
            return (
                ClaimStatus::Confirmed,
                claimants,
                Some(cue.clone()),
                vec![format!(
                    "confirmed: `{cue}` is the actor telling its own act{quoted_note}"
                )],
            );
        }
        let status = if own {
            ClaimStatus::Confirmed
        } else {
            ClaimStatus::Alleged
        };
        (
            status,
            claimants,
            Some(cue.clone()),
            vec![format!("{}: reported by `{cue}`{quoted_note}", status.name())],
        )
    }

    /// A claim noun (@claimnoun: "charges", "accusation") on the path from `w` up to the word
    /// spanning `parent` ("the charges that he spied … were absurd").
    fn claim_noun_between(&self, s: &Sent, w: usize, parent: dossier_core::Span) -> Option<String> {
        let claimnoun = self.class("claimnoun")?;
        let mut j = w;
        for _ in 0..5 {
            let h = s.head[j]?;
            if s.word_at(parent) == Some(h) {
                return None;
            }
            if s.upos[h] == "NOUN" && in_class(s, self.lex, h, claimnoun) {
                return Some(s.lower[h].clone());
            }
            j = h;
        }
        None
    }

    /// "if (the) reports are true", "if rumours are to be believed": an `if` clause on the
    /// event's clause whose subject is a report (@reportnoun or @unnamed); returns that word.
    fn if_reports(&self, s: &Sent, w: usize, clause: usize) -> Option<String> {
        let reports = self.class("reportnoun")?;
        let unnamed = self.class("unnamed")?;
        for i in [w, clause] {
            for &c in &s.children[i] {
                let conditional =
                    s.rel(c) == "advcl" && s.children[c].iter().any(|&m| s.rel(m) == "mark" && s.lower[m] == "if");
                if !conditional {
                    continue;
                }
                let subject = s.children[c].iter().copied().find(|&k| {
                    s.rel(k).starts_with("nsubj")
                        && (in_class(s, self.lex, k, reports) || in_class(s, self.lex, k, unnamed))
                });
                if let Some(k) = subject {
                    return Some(s.lower[k].clone());
                }
            }
        }
        None
    }

    fn hypothetical(&self, s: &Sent, w: usize, clause: usize, kind: &str) -> Option<String> {
        let modal = self.class("modal")?;
        let intend = self.class("intend")?;
        // "is preparing charges": a state act whose trigger is itself an intention.
        if in_class(s, self.lex, w, intend)
            && s.upos[w] == "VERB"
            && !matches!(s.lemma[w].as_str(), "threaten" | "vow" | "promise")
        {
            return Some(s.lower[w].clone());
        }
        for i in [w, clause] {
            for &c in &s.children[i] {
                // "could not confirm" says what did not happen, not what might; "would take all
                // measures" is a threat made, whatever it promises.
                let promised = kind == "threaten" && matches!(s.lemma[c].as_str(), "would" | "will" | "'ll");
                // ("Dong would be the highest-level defector": "would" on a predicate noun says
                // what the claim makes of him, not an act that may happen; an `if` still makes
                // it conditional.)
                let classing = s.lemma[c] == "would"
                    && s.upos[i] == "NOUN"
                    && s.children[i].iter().any(|&k| s.rel(k) == "cop")
                    && !s.children[i]
                        .iter()
                        .any(|&k| s.rel(k) == "advcl" && s.case_of(k) == Some("if"));
                if s.rel(c) == "aux"
                    && in_class(s, self.lex, c, modal)
                    && !(s.lemma[c] == "could" && s.negated(i))
                    && !promised
                    && !classing
                {
                    return Some(s.lower[c].clone());
                }
                if s.rel(c) == "mark" && s.lower[c] == "if" {
                    return Some("if".into());
                }
            }
        }
        // "tried to recruit", "a plan to expel", "an attempt to hack".
        let mut j = w;
        for _ in 0..2 {
            let Some(h) = s.head[j] else { break };
            // ("a new push to recruit spies": a campaign is the solicitation itself, done.)
            let campaign = kind == "solicit" && self.class("campaign").is_some_and(|c| in_class(s, self.lex, h, c));
            // ("has made efforts to recruit federal employees": efforts, in the plural, are the
            // activity carried on, not one attempt whose outcome is open — "an attempt to hack"
            // stays hypothetical.)
            let activity = s.xpos[h] == "NNS" && self.class("activity").is_some_and(|c| in_class(s, self.lex, h, c));
            if matches!(s.rel(j), "xcomp" | "acl" | "advcl")
                && in_class(s, self.lex, h, intend)
                && !campaign
                && !activity
                && s.case_of(j).is_none_or(|m| m == "to")
            {
                return Some(s.lower[h].clone());
            }
            j = h;
        }
        // ("radioed his intent to ask for asylum": the parser may hang the infinitive on the verb
        // whose object is the intention right before it.)
        let to = s.children[w]
            .iter()
            .copied()
            .find(|&c| s.rel(c) == "mark" && s.lower[c] == "to");
        if let Some(noun) = to.and_then(|t| t.checked_sub(1)) {
            if s.rel(w) == "advcl"
                && s.rel(noun) == "obj"
                && s.head[noun] == s.head[w]
                && in_class(s, self.lex, noun, intend)
            {
                return Some(s.lower[noun].clone());
            }
        }
        None
    }

    /// The reporting source over the clause: the parties it names, its cue, whether it is unnamed
    /// ("sources said"), and the word naming it.
    fn reporter(&self, s: &Sent, clause: usize) -> Option<Reported> {
        let unnamed = self.class("unnamed")?;
        let src = crate::report::source(s, self.lex, clause)?;
        let who = src.who(s);
        let claimants: Vec<Participant> = who
            .map(|x| s.actors_at(x))
            .unwrap_or_default()
            .into_iter()
            .map(Participant::Mention)
            .collect();
        let unnamed = claimants.is_empty() && who.is_some_and(|x| in_class(s, self.lex, x, unnamed));
        let speculative = match src {
            crate::report::Source::Verb(v) => self.class("speculate").is_some_and(|c| in_class(s, self.lex, v, c)),
            _ => false,
        };
        Some(Reported {
            claimants,
            cue: src.cue(s),
            unnamed,
            speculative,
            who,
        })
    }

    /// The sources reporting the reporter in turn ("a Reuters report said the ministry said
    /// that …"): one trace line per outer source, nearest first. The nearest source alone is
    /// the claimant.
    fn outer_sources(&self, s: &Sent, clause: usize, event: usize) -> Vec<String> {
        let mut out = Vec::new();
        let Some(mut src) = crate::report::source(s, self.lex, clause) else {
            return out;
        };
        // (The event's own verb never reports it: "prosecutors accused X …, TASS reported".)
        let mut seen = vec![src, crate::report::Source::Verb(event)];
        for _ in 0..4 {
            let crate::report::Source::Verb(v) = src else { break };
            let up = crate::report::clause_of(s, v);
            // (Each source once: two verbs may each report the other's clause.)
            let Some(outer) = crate::report::source(s, self.lex, up).filter(|o| !seen.contains(o)) else {
                break;
            };
            seen.push(outer);
            let who = outer.who(s).map(|w| s.lower[w].clone()).unwrap_or_default();
            out.push(format!("reported in turn by `{who}` (`{}`)", outer.cue(s)));
            src = outer;
        }
        out
    }

    /// Whether the event's actor is not the subject of its trigger `w` but the source reporting
    /// the trigger's clause (a vocabulary entry with `actor=reporter`).
    fn voiced_by_reporter(&self, s: &Sent, e: &dossier_core::Event, w: usize, clause: usize) -> bool {
        let mentions: Vec<u32> = e
            .actor
            .iter()
            .filter_map(|p| match p {
                Participant::Mention(a) => Some(*a),
                Participant::Implicit { .. } => None,
            })
            .collect();
        let at = |x: Option<usize>| x.is_some_and(|x| s.actors_at(x).iter().any(|a| mentions.contains(a)));
        !mentions.is_empty() && !at(s.subject(w)) && at(self.reporter(s, clause).and_then(|r| r.who))
    }

    /// The word calling an event a rumour, when the event is the subject of a copular predicate
    /// that is a `@rumournoun` or has one in apposition ("the defection was a rumour", "was
    /// exactly what it is, a rumour").
    fn called_a_rumour(&self, s: &Sent, w: usize) -> Option<usize> {
        let rumour = self.class("rumournoun")?;
        if !s.rel(w).starts_with("nsubj") {
            return None;
        }
        let p = s.head[w]?;
        if !s.children[p].iter().any(|&c| s.rel(c) == "cop") {
            return None;
        }
        std::iter::once(p)
            .chain(s.children[p].iter().copied().filter(|&c| s.rel(c) == "appos"))
            .find(|&x| in_class(s, self.lex, x, rumour))
    }

    /// "suspected of spying", "accused of passing secrets": the act is someone's suspicion. The
    /// suspecting verb's word, and who suspects: whoever reports that clause, else the verb's
    /// active subject.
    fn suspicion(&self, s: &Sent, w: usize) -> Option<(String, Vec<Participant>)> {
        let suspect = self.class("suspect")?;
        let separate = self.class("separate_clause");
        let mut j = w;
        for _ in 0..3 {
            let h = s.head[j]?;
            // (A clause of time or circumstance is another event: "…, with police accusing
            // them" is the police's own accusation.)
            let apart = s.rel(j) == "advcl"
                && separate.is_some_and(|c| {
                    s.children[j]
                        .iter()
                        .any(|&m| s.rel(m) == "mark" && in_class(s, self.lex, m, c))
                });
            if apart {
                return None;
            }
            if in_class(s, self.lex, h, suspect) && matches!(s.rel(j), "advcl" | "obl" | "xcomp" | "acl" | "nmod") {
                let who = self
                    .reporter(s, h)
                    .map(|r| r.claimants)
                    .filter(|r| !r.is_empty())
                    .or_else(|| {
                        (!s.passive(h))
                            .then(|| s.subject(h))
                            .flatten()
                            .map(|x| s.actors_at(x).into_iter().map(Participant::Mention).collect())
                    })
                    .unwrap_or_default();
                return Some((s.lower[h].clone(), who));
            }
            j = h;
        }
        None
    }
}
