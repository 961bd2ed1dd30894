//! Answers inside a document (SPEC.md, "Claim status"): a claim's `answered_by` lists the events
//! answering it, and each of those points back through `answers`.
//! - A denial answers the claim it rejects: a `deny` whose actor is (or belongs to the country
//!   of) the actor of an alleged act, and which is about such a claim: the act it denies is of
//!   the claim's kind ("denied spying"), or it denies no act of its own and its sentence speaks
//!   of accusations (`@claimnoun`: "rejected the accusations"). So does a criticism whose object
//!   is the claims themselves ("called the accusations slander"). The claim becomes `disputed`,
//!   or `denied` when the denial's own sentence reports it and names no one alleging it
//!   ("denied allegations that it spied"). Among several claims the nearest one before the
//!   denial (else after it) is answered.
//! - A denial of no act of its own whose sentence speaks of accusations, when no such claim is
//!   found, answers the nearest accusation or state act (a charge, an expulsion) another party
//!   aimed at the denier's side ("said the charges were groundless"); that act keeps its status.
//! - A confirmation by a party to the act (its actor's or target's side), of an act of the same
//!   kind or of "the reports" / "the charges", answers the nearest earlier claim alleged or
//!   rumoured in another sentence (a top-level claim first), which becomes `confirmed`, with the
//!   confirming party first among its claimants.
//!
//! Reads statuses the attribute stage set; changes only `answers`, `answered_by`, alleged (or,
//! for a confirmation, rumoured) statuses and a confirmed claim's claimants. What it must not
//! do: link across documents (that is the `link` stage).

use crate::code::draft::country;
use crate::code::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;
use dossier_core::{ClaimStatus, Document};

/// Kinds whose events are acts a party may be accused of (not speech acts themselves).
fn accusable(kind: &str) -> bool {
    !crate::kind_groups::speech_act(kind) && kind != "cameo"
}

pub fn link(doc: &mut Document, lex: &Lexicon) {
    let Some(claimnoun) = lex.class_id("claimnoun") else {
        return;
    };
    let n = doc.events.len();
    let mut links: Vec<(usize, usize)> = Vec::new();
    let mut acts: Vec<(usize, usize)> = Vec::new();
    for d in 0..n {
        let den = &doc.events[d];
        // ("called the accusations slander": a criticism of the claims themselves answers them.)
        let rejects_claims = den.kind == "criticize" && criticizes_claims(doc, lex, claimnoun, d);
        let confirms = den.kind == "confirm";
        if !(den.kind == "deny" || rejects_claims || confirms) || den.negated {
            continue;
        }
        // What it denies: the kinds of its own content (also through a claim noun the coder
        // did not keep: "denied allegations that its agents spied"), else accusations its
        // sentence names.
        let kinds: Vec<&str> = doc
            .events
            .iter()
            .filter(|e| {
                e.claim.claim_of == Some(d as u32)
                    || (e.sentence == den.sentence
                        && e.claim.claim_of.is_none()
                        && e.claim.status == ClaimStatus::Denied)
            })
            .map(|e| e.kind.as_str())
            .collect();
        if kinds.is_empty() {
            let s = Sent::new(doc, den.sentence as usize);
            if !(0..s.len()).any(|w| in_class(&s, lex, w, claimnoun)) {
                continue;
            }
        }
        let deniers: Vec<String> = den.actor.iter().filter_map(|p| country(doc, p)).collect();
        if deniers.is_empty() {
            continue;
        }
        // Whether participants include the answering party's side.
        let party =
            |ps: &[dossier_core::Participant]| ps.iter().filter_map(|p| country(doc, p)).any(|c| deniers.contains(&c));
        let answers = |e: usize| {
            let ev = &doc.events[e];
            let about = e != d && accusable(&ev.kind) && (kinds.is_empty() || kinds.contains(&ev.kind.as_str()));
            if confirms {
                // An earlier claim, alleged or rumoured in another sentence, about an act of
                // the confirming party's side (actor or target).
                about
                    && e < d
                    && ev.sentence != den.sentence
                    && matches!(ev.claim.status, ClaimStatus::Alleged | ClaimStatus::Rumoured)
                    && (party(&ev.actor) || party(&ev.target))
            } else {
                // (The denier does not deny its own claim.)
                about
                    && ev.claim.status == ClaimStatus::Alleged
                    && ev.claim.claim_of != Some(d as u32)
                    && party(&ev.actor)
                    && !party(&ev.claim.claimants)
            }
        };
        // (A confirmation of "the reports" confirms what was reported, not the content nested
        // in it: a top-level claim first.)
        let before = if confirms {
            let top = (0..d)
                .rev()
                .find(|&e| answers(e) && doc.events[e].claim.claim_of.is_none());
            top.or_else(|| (0..d).rev().find(|&e| answers(e)))
        } else {
            (0..d).rev().find(|&e| answers(e))
        };
        if let Some(e) = before.or_else(|| (d + 1..n).find(|&e| answers(e))) {
            links.push((d, e));
            continue;
        }
        // ("said the charges, which the US announced when it indicted four officers, were
        // groundless": with no act of its own denied, the accusation or legal act another party
        // aimed at the denier's side is what is answered; that it was made stays a fact.)
        let aimed = |e: usize| {
            let ev = &doc.events[e];
            e != d
                && kinds.is_empty()
                && !confirms
                && (ev.kind == "accuse" || crate::kind_groups::state_act(&ev.kind))
                && party(&ev.target)
                && !party(&ev.actor)
        };
        if let Some(e) = (0..d)
            .rev()
            .find(|&e| aimed(e))
            .or_else(|| (d + 1..n).find(|&e| aimed(e) && doc.events[e].sentence == doc.events[d].sentence))
        {
            acts.push((d, e));
        }
    }
    for (d, e) in acts {
        doc.events[d].claim.answers = Some(e as u32);
        doc.events[e].claim.answered_by.push(d as u32);
    }
    for (d, e) in links {
        doc.events[d].claim.answers = Some(e as u32);
        if doc.events[d].kind == "confirm" {
            // Who confirms it comes first among those who claim it.
            let mut by = doc.events[d].actor.clone();
            for p in &doc.events[e].claim.claimants {
                if !by.contains(p) {
                    by.push(p.clone());
                }
            }
            let claim = &mut doc.events[e];
            claim.claim.claimants = by;
            claim.claim.answered_by.push(d as u32);
            claim.claim.status = ClaimStatus::Confirmed;
            claim
                .trace
                .push(format!("confirmed: answered by the confirmation (event {d})"));
            continue;
        }
        // In the denial's own sentence, a claim no one is said to make is what is denied
        // ("denied allegations that it spied"); one alleged by a party the text names ("the UK
        // accused them …, while China called the accusations slander"), or one alleged in
        // another sentence, is disputed.
        let same = doc.events[d].sentence == doc.events[e].sentence && doc.events[e].claim.claimants.is_empty();
        let claim = &mut doc.events[e];
        claim.claim.answered_by.push(d as u32);
        if same {
            claim.claim.status = ClaimStatus::Denied;
            claim.trace.push(format!(
                "denied: the claim the denial in its sentence rejects (event {d})"
            ));
        } else {
            claim.claim.status = ClaimStatus::Disputed;
            claim
                .trace
                .push(format!("disputed: answered by the denial (event {d})"));
        }
    }
}

/// Whether criticism `d` is aimed at claims: a claim noun (`@claimnoun`) is its trigger's object.
fn criticizes_claims(doc: &Document, lex: &Lexicon, claimnoun: usize, d: usize) -> bool {
    let e = &doc.events[d];
    let s = Sent::new(doc, e.sentence as usize);
    let Some(w) = s.word_at(e.trigger) else {
        return false;
    };
    s.children[w]
        .iter()
        .any(|&k| s.rel(k) == "obj" && in_class(&s, lex, k, claimnoun))
}

#[cfg(test)]
mod tests {
    use dossier_core::{ClaimStatus, Document};

    fn run(text: &str) -> Document {
        let mut doc = Document::new("t", text);
        crate::test_pipeline().run(&mut doc).unwrap();
        doc
    }

    #[test]
    fn a_denial_elsewhere_makes_the_claim_disputed_and_links_both() {
        let doc = run("Britain accused Russia of spying on its diplomats. Moscow rejected the accusations as absurd.");
        let spy = doc.events.iter().position(|e| e.kind == "spy").expect("spy event");
        let deny = doc.events.iter().position(|e| e.kind == "deny").expect("deny event");
        assert_eq!(
            doc.events[spy].claim.status,
            ClaimStatus::Disputed,
            "{:?}",
            doc.events[spy]
        );
        assert_eq!(doc.events[deny].claim.answers, Some(spy as u32));
        assert_eq!(doc.events[spy].claim.answered_by, vec![deny as u32]);
    }

    #[test]
    fn a_denial_about_something_else_answers_nothing() {
        let doc =
            run("Britain accused Russia of spying on its diplomats. Moscow denied that its economy was shrinking.");
        let spy = doc.events.iter().find(|e| e.kind == "spy").expect("spy event");
        assert_eq!(spy.claim.status, ClaimStatus::Alleged);
        assert!(doc.events.iter().all(|e| e.claim.answers.is_none()));
    }

    #[test]
    fn a_denial_of_the_charges_answers_the_charge_against_the_denier() {
        let doc = run(
            "An Iranian spokesman said the charges, which Canada filed when it indicted three Iranian officers, were groundless.",
        );
        let charge = doc
            .events
            .iter()
            .position(|e| e.kind == "charge")
            .expect("charge event");
        let deny = doc.events.iter().position(|e| e.kind == "deny").expect("deny event");
        assert_eq!(doc.events[deny].claim.answers, Some(charge as u32), "{:?}", doc.events);
        assert_eq!(doc.events[charge].claim.answered_by, vec![deny as u32]);
        assert_ne!(
            doc.events[charge].claim.status,
            ClaimStatus::Denied,
            "that it was filed stays a fact"
        );
    }

    #[test]
    fn calling_an_indictment_absurd_answers_it() {
        let doc = run(
            "Canada indicted three Chinese officers for hacking. Beijing swiftly responded, calling the Canadian indictment \"ungrounded and absurd\".",
        );
        let deny = doc.events.iter().find(|e| e.kind == "deny").expect("deny event");
        assert!(deny.claim.answers.is_some(), "{:?}", doc.events);
    }

    #[test]
    fn a_confirmation_by_a_party_confirms_the_earlier_report() {
        let doc = run(
            "Russian state media reported that the FSB had detained a Dutch engineer on suspicion of spying. \
             On Tuesday the Kremlin confirmed the reports.",
        );
        let arrest = doc
            .events
            .iter()
            .position(|e| e.kind == "arrest")
            .expect("arrest event");
        let confirm = doc
            .events
            .iter()
            .position(|e| e.kind == "confirm")
            .expect("confirm event");
        assert_eq!(
            doc.events[arrest].claim.status,
            ClaimStatus::Confirmed,
            "{:?}",
            doc.events[arrest].trace
        );
        assert_eq!(doc.events[confirm].claim.answers, Some(arrest as u32));
        assert_eq!(doc.events[arrest].claim.answered_by, vec![confirm as u32]);
        let first = doc.events[arrest].claim.claimants.first().and_then(|p| p.code(&doc));
        assert_eq!(first, Some("RUSGOV"));
    }

    #[test]
    fn a_confirmation_by_a_bystander_answers_nothing() {
        let doc = run(
            "Russian state media reported that the FSB had detained a Dutch engineer on suspicion of spying. \
             Japan confirmed the reports.",
        );
        let arrest = doc.events.iter().find(|e| e.kind == "arrest").expect("arrest event");
        assert_eq!(arrest.claim.status, ClaimStatus::Alleged);
    }
}
