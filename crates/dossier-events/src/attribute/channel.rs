//! Channel: how a claim was made, when the text says so. The reporting verb of a reported event
//! (or a speech act's own verb) with a phrase whose noun is listed in `data/events/channels.tsv`
//! ("said in a statement", "wrote in a post on its official WeChat channel", "told a news
//! conference") gives the claim's channel: that phrase's words and the listed type. A journalist
//! or news outlet told directly ("told Reuters") makes an interview.
//!
//! Fills `claim.channel` only; what is not said stays empty.

use crate::sent::Sent;
use dossier_core::{Channel, ClaimStatus};
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../../data/events/channels.tsv");

fn types() -> &'static Vec<(&'static str, &'static str)> {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

fn type_of(lemma: &str) -> Option<&'static str> {
    types().iter().find(|(w, _)| *w == lemma).map(|(_, t)| *t)
}

/// The channel of the claim made by verb `v`: the first listed noun among its phrases (and the
/// nouns inside them: "in a post on its channel"), else a news outlet it told.
fn of_verb(s: &Sent, v: usize) -> Option<Channel> {
    let doc = s.doc;
    let phrases: Vec<usize> = s.children[v]
        .iter()
        .copied()
        .filter(|&c| matches!(s.rel(c), "obl" | "obj" | "iobj" | "nmod") && matches!(s.upos[c], "NOUN" | "PROPN"))
        .collect();
    for &p in &phrases {
        let inner = std::iter::once(p).chain(s.children[p].iter().copied().filter(|&c| s.rel(c) == "nmod"));
        for n in inner {
            if let Some(kind) = type_of(&s.lemma[n]) {
                // The phrase's words, from its preposition to its last word (at most twelve).
                let mut first = p;
                let mut last = n;
                for k in 0..s.len() {
                    if in_phrase(s, k, p) {
                        first = first.min(k);
                        last = last.max(k);
                    }
                }
                let last = last.min(first + 11);
                let start = doc.tokens[s.first + first].span.start as usize;
                let end = doc.tokens[s.first + last].span.end as usize;
                return Some(Channel {
                    text: doc.text[start..end].to_string(),
                    kind: kind.to_string(),
                });
            }
        }
    }
    // "told Reuters": a news outlet addressed is an interview.
    if s.lemma[v] == "tell" {
        let outlet = phrases.iter().copied().find(|&p| {
            matches!(s.rel(p), "iobj" | "obj")
                && s.actors_at(p)
                    .iter()
                    .any(|&a| doc.actors[a as usize].sector.as_deref() == Some("JRN"))
        })?;
        let start = doc.tokens[s.first + outlet].span.start as usize;
        let end = doc.tokens[s.first + outlet].span.end as usize;
        return Some(Channel {
            text: format!("told {}", &doc.text[start..end]),
            kind: "interview".into(),
        });
    }
    None
}

/// Whether word `k` belongs to the phrase headed by `top`, not to a clause inside it ("a
/// statement that it had arrested …" ends at "statement").
fn in_phrase(s: &Sent, mut k: usize, top: usize) -> bool {
    for _ in 0..s.len() {
        if k == top {
            return true;
        }
        if matches!(s.rel(k), "acl" | "advcl" | "ccomp" | "parataxis" | "conj" | "punct") {
            return false;
        }
        match s.head[k] {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// The channel of an event's claim, with its trigger at word `w`: from the reporting verb of a
/// reported event, or the speech act's own verb.
pub fn of_event(s: &Sent, lex: &crate::lexicon::Lexicon, kind: &str, status: ClaimStatus, w: usize) -> Option<Channel> {
    let reported = !matches!(status, ClaimStatus::Asserted | ClaimStatus::Negated);
    let verb = if reported {
        match crate::report::source(s, lex, crate::report::clause_of(s, w)) {
            Some(crate::report::Source::Verb(v)) => Some(v),
            _ => None,
        }
    } else if crate::kind_groups::speech_act(kind) && s.upos[w] == "VERB" {
        Some(w)
    } else {
        None
    };
    verb.and_then(|v| of_verb(s, v))
}

#[cfg(test)]
mod tests {
    use dossier_core::Document;

    fn channels(text: &str) -> Vec<(String, String)> {
        let mut doc = Document::new("t", text);
        crate::test_pipeline().run(&mut doc).unwrap();
        doc.events
            .iter()
            .filter_map(|e| e.claim.channel.as_ref())
            .map(|c| (c.kind.clone(), c.text.clone()))
            .collect()
    }

    #[test]
    fn channels_named_by_the_reporting_phrase() {
        let got = channels("Iran's intelligence ministry said in a statement that it had arrested two Israeli spies.");
        assert!(
            got.iter().any(|(k, t)| k == "statement" && t == "in a statement"),
            "{got:?}"
        );
        let got = channels("The ministry said in a post on its Telegram channel that Ukrainian agents had recruited a Russian officer.");
        assert!(got.iter().any(|(k, _)| k == "social_media"), "{got:?}");
        let got = channels("The FSB told a news conference that it had detained a Ukrainian spy.");
        assert!(got.iter().any(|(k, _)| k == "press_conference"), "{got:?}");
        // Said plainly: no channel.
        assert!(channels("Iran's intelligence ministry said it had arrested two Israeli spies.").is_empty());
    }
}
