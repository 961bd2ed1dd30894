//! The attribute stage (SPEC.md stage 7), first cut: each event's claim status, claimants and cue
//! from the parse — the event it is the content of (`claim_of`: an accusation makes it alleged,
//! a conviction confirmed, a denial denied), reporting verbs over it ("X said that …", "…, X said")
//! and "according to X", hedges ("reportedly" → rumoured), modality and intention ("would",
//! "tried to" → hypothetical) and negation. An authority announcing its own act confirms it.
//!
//! Cue words live in `data/events/espionage.txt` (classes @report, @intend, @modal, @rumour,
//! @hedge, @unnamed). This stage does not create or drop events.

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
        let mut cache: Option<Sent> = None;
        for (ei, e) in doc.events.iter().enumerate() {
            let si = e.sentence as usize;
            if cache.as_ref().is_none_or(|c| c.index != si) {
                cache = Some(Sent::new(doc, si));
            }
            let s = cache.as_ref().expect("just set");
            let w = doc.tokens[s.first..s.first + s.len()]
                .iter()
                .position(|t| t.span == e.trigger)
                .unwrap_or(0);
            updates.push(self.status(doc, s, ei, w));
        }
        for (e, (status, claimants, cue, trace)) in doc.events.iter_mut().zip(updates) {
            e.claim.status = status;
            e.claim.claimants = claimants;
            e.claim.cue = cue;
            e.trace.extend(trace);
        }
        Ok(())
    }
}

type Verdict = (ClaimStatus, Vec<Participant>, Option<String>, Vec<String>);

impl Attributor {
    fn status(&self, doc: &Document, s: &Sent, ei: usize, w: usize) -> Verdict {
        let e = &doc.events[ei];
        let lower = |i: usize| s.lower[i].clone();
        // The clause the trigger belongs to: a noun's governing verb.
        let clause = clause_head(s, w);
        // Hypothetical: modal auxiliary, intention verb above, or a condition.
        if let Some(cue) = self.hypothetical(s, w, clause) {
            return (
                ClaimStatus::Hypothetical,
                Vec::new(),
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
        if let Some(p) = e.claim.claim_of.and_then(|p| doc.events.get(p as usize)) {
            let (status, why) = match p.kind.as_str() {
                "convict" => (ClaimStatus::Confirmed, "content of a conviction"),
                "deny" => (ClaimStatus::Denied, "content of a denial"),
                "confirm" => (ClaimStatus::Confirmed, "content of a confirmation"),
                "threaten" | "demand" => (ClaimStatus::Hypothetical, "content of a threat or demand"),
                _ => (ClaimStatus::Alleged, "content of an accusation or legal act"),
            };
            let trigger_word = doc.slice(p.trigger).to_string();
            return (
                status,
                p.actor.clone(),
                Some(trigger_word),
                vec![format!("{}: {why}", status.name())],
            );
        }
        let rumour = self.class("rumour");
        let hedge = self.class("hedge");
        let mut hedged = false;
        for i in [w, clause] {
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
        if let Some((claimants, cue, unnamed)) = self.reporter(s, clause) {
            if unnamed || claimants.is_empty() {
                return (
                    ClaimStatus::Rumoured,
                    Vec::new(),
                    Some(cue.clone()),
                    vec![format!("rumoured: unnamed source of `{cue}`")],
                );
            }
            let own = crate::kind_groups::confirmed_by_announcing(&e.kind)
                && claimants.iter().any(|c| {
                    let cc = country(doc, c);
                    cc.is_some() && e.actor.iter().any(|a| country(doc, a) == cc)
                });
            let status = if own {
                ClaimStatus::Confirmed
            } else {
                ClaimStatus::Alleged
            };
            return (
                status,
                claimants,
                Some(cue.clone()),
                vec![format!("{}: reported by `{cue}`", status.name())],
            );
        }
        if hedged {
            return (
                ClaimStatus::Rumoured,
                Vec::new(),
                Some("allegedly".into()),
                vec!["rumoured: hedge without a named source".into()],
            );
        }
        (ClaimStatus::Asserted, Vec::new(), None, Vec::new())
    }

    fn hypothetical(&self, s: &Sent, w: usize, clause: usize) -> Option<String> {
        let modal = self.class("modal")?;
        let intend = self.class("intend")?;
        for i in [w, clause] {
            for &c in &s.children[i] {
                if s.rel(c) == "aux" && in_class(s, self.lex, c, modal) {
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
            if matches!(s.rel(j), "xcomp" | "acl" | "advcl")
                && in_class(s, self.lex, h, intend)
                && s.case_of(j).is_none_or(|m| m == "to")
            {
                return Some(s.lower[h].clone());
            }
            j = h;
        }
        None
    }

    /// The party a reporting verb over the clause names, the verb, and whether the source is
    /// unnamed ("sources said").
    fn reporter(&self, s: &Sent, clause: usize) -> Option<(Vec<Participant>, String, bool)> {
        let report = self.class("report")?;
        let unnamed = self.class("unnamed")?;
        let of_verb = |v: usize| -> (Vec<Participant>, String, bool) {
            let subj = if s.passive(v) { s.agent(v) } else { s.subject(v) };
            let ps: Vec<Participant> = subj
                .map(|x| s.actors_at(x))
                .unwrap_or_default()
                .into_iter()
                .map(Participant::Mention)
                .collect();
            let anon = ps.is_empty() && subj.is_some_and(|x| in_class(s, self.lex, x, unnamed));
            (ps, s.lower[v].clone(), anon)
        };
        // "…, the ministry said": a reporting verb in parataxis under the clause.
        for &c in &s.children[clause] {
            if s.rel(c) == "parataxis" && in_class(s, self.lex, c, report) {
                return Some(of_verb(c));
            }
        }
        // "according to X" on the clause or above.
        let mut j = clause;
        for _ in 0..4 {
            for &c in &s.children[j] {
                if s.rel(c) == "obl" && s.children[c].iter().any(|&k| s.lower[k] == "according") {
                    let ps: Vec<Participant> = s.actors_at(c).into_iter().map(Participant::Mention).collect();
                    let anon = ps.is_empty();
                    return Some((ps, "according to".into(), anon));
                }
            }
            match s.head[j] {
                Some(h) => j = h,
                None => break,
            }
        }
        // "X said (that) …": climb through complement clauses.
        let mut j = clause;
        for _ in 0..4 {
            let Some(h) = s.head[j] else { break };
            if matches!(s.rel(j), "ccomp" | "parataxis") && in_class(s, self.lex, h, report) {
                return Some(of_verb(h));
            }
            if !matches!(s.rel(j), "ccomp" | "xcomp" | "conj" | "parataxis" | "advcl") {
                break;
            }
            j = h;
        }
        // The clause itself is the root, with the reporting verb as its parataxis or as the root.
        None
    }
}

/// The clause a trigger belongs to: itself for verbs, the governing verb for nouns.
fn clause_head(s: &Sent, w: usize) -> usize {
    let mut j = w;
    for _ in 0..4 {
        if matches!(s.upos[j], "VERB" | "AUX") || s.kid(j, "cop").is_some() || s.kid(j, "nsubj").is_some() {
            return j;
        }
        match s.head[j] {
            Some(h) => j = h,
            None => return j,
        }
    }
    j
}
