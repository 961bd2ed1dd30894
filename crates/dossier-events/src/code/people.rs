//! People the coder has read a code into: a person the text names but recognition left without
//! a code ("Berg was arrested in Moscow … on behalf of Norway") gets an implicit one from an
//! event (here `NORCVL`, the person of the other country). A later mention of that person also
//! left without a code — "he"/"she" in the next two sentences, or the same name within
//! [`super::anaphora::WINDOW`] sentences — takes the same code ("He pleaded not guilty").
//!
//! Conservative by design: only roles with no code at all, only the latest such person, and
//! never a pronoun that recognition resolved. What it must not do: change a role that has a
//! code, or reach past the window.

use super::draft::Draft;
use crate::sent::Sent;
use dossier_core::{Event, Participant};

/// How many sentences back "he"/"she" may look.
const PRONOUN_WINDOW: u32 = 2;

pub fn carry(s: &Sent, earlier: &[Event], drafts: &mut [Draft]) {
    fill_uncoded(s, drafts, |w| {
        let (code, name, sentence) = earlier_person(s, earlier, w)?;
        let why = format!("`{}`: the person `{name}` coded in sentence {sentence}", s.lower[w]);
        Some(Participant::Implicit {
            code,
            rule: why,
            names: Some(s.person_named(w).unwrap_or_else(|| s.span(w))),
        })
    });
}

/// "Prosecutors accused Yatskin, who denies guilt, of passing secrets": the code one event of
/// the sentence read into a named person ("Yatskin" as the spy) is that person's in the
/// sentence's other events too.
pub fn same_sentence(s: &Sent, drafts: &mut [Draft]) {
    let known: Vec<(dossier_core::Span, Participant)> = drafts
        .iter()
        .flat_map(|d| d.actor.iter().chain(d.target.iter()))
        .filter_map(|p| match p {
            Participant::Implicit { names: Some(sp), .. } => Some((*sp, p.clone())),
            _ => None,
        })
        .collect();
    if !known.is_empty() {
        fill_uncoded(s, drafts, |w| {
            let here = s.person_named(w)?;
            let (sp, p) = known.iter().find(|(sp, _)| *sp == here)?;
            Some(Participant::Implicit {
                code: p.code(s.doc)?.to_string(),
                rule: format!("`{}`: the code another event of the sentence gave them", s.lower[w]),
                names: Some(*sp),
            })
        });
    }
}

/// Gives each actor or target list with no code at all, whose role word `find` knows, the
/// participant `find` returns for that word.
fn fill_uncoded(s: &Sent, drafts: &mut [Draft], find: impl Fn(usize) -> Option<Participant>) {
    for d in drafts.iter_mut() {
        for actor_role in [true, false] {
            let (list, word) = if actor_role {
                (&d.actor, d.actor_word)
            } else {
                (&d.target, d.target_word)
            };
            let uncoded = list.iter().all(|p| p.code(s.doc).is_none()) && !d.no_target;
            let Some(p) = word.filter(|_| uncoded).and_then(&find) else {
                continue;
            };
            let rule = match &p {
                Participant::Implicit { rule, .. } => rule.clone(),
                Participant::Mention(_) => String::new(),
            };
            d.trace.push(format!(
                "{} ← {}: {rule}",
                if actor_role { "actor" } else { "target" },
                p.code(s.doc).unwrap_or("")
            ));
            if actor_role {
                d.actor = vec![p];
            } else {
                d.target = vec![p];
            }
        }
    }
}

/// The latest person coded in an earlier sentence that word `w` can stand for: any, for an
/// unresolved "he"/"she" of the next sentences; one of the same name, for a name.
fn earlier_person(s: &Sent, earlier: &[Event], w: usize) -> Option<(String, String, u32)> {
    let doc = s.doc;
    let here = s.index as u32;
    let pronoun = s.upos[w] == "PRON" && s.person_named(w).is_some() && s.actor_of[w].is_none();
    let name = s.upos[w] == "PROPN";
    if !pronoun && !name {
        return None;
    }
    let window = if pronoun {
        PRONOUN_WINDOW
    } else {
        super::anaphora::WINDOW
    };
    earlier
        .iter()
        .rev()
        .take_while(|e| e.sentence + window >= here)
        .filter(|e| e.sentence < here)
        .flat_map(|e| e.actor.iter().chain(e.target.iter()).map(move |p| (e.sentence, p)))
        .find_map(|(sentence, p)| match p {
            Participant::Implicit {
                code, names: Some(sp), ..
            } => {
                let named = doc.slice(*sp);
                let first_upper = named.chars().next().is_some_and(char::is_uppercase);
                let same = if pronoun {
                    first_upper
                } else {
                    same_name(named, doc.slice(s.person_named(w).unwrap_or_else(|| s.span(w))))
                };
                same.then(|| (code.clone(), named.to_string(), sentence))
            }
            _ => None,
        })
}

/// "Hedges" names the "Matthew Hedges" told before: the same name, or its last word.
fn same_name(earlier: &str, later: &str) -> bool {
    earlier.eq_ignore_ascii_case(later)
        || earlier
            .rsplit(' ')
            .next()
            .is_some_and(|last| !later.contains(' ') && last.eq_ignore_ascii_case(later))
}

/// "Matthew Hedges, a specialist at Durham University, was arrested": a person the text names,
/// whose code comes from a mention that describes them (an apposition, a conjoined description)
/// rather than from their name, is that person with that code — so a later "he" or "Hedges"
/// can be them. What it must not do: touch a role whose word is itself inside a mention.
pub fn described(s: &Sent, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        for actor_role in [true, false] {
            let (list, word) = if actor_role {
                (&mut d.actor, d.actor_word)
            } else {
                (&mut d.target, d.target_word)
            };
            let Some(w) = word.filter(|&w| s.upos[w] == "PROPN" && s.actor_of[w].is_none()) else {
                continue;
            };
            let [Participant::Mention(a)] = list.as_slice() else {
                continue;
            };
            let m = &s.doc.actors[*a as usize];
            let (Some(code), Some(names)) = (m.code.clone(), s.person_named(w)) else {
                continue;
            };
            let rule = format!(
                "`{}`: the person described as `{}`",
                s.doc.slice(names),
                s.doc.slice(m.span)
            );
            *list = vec![Participant::Implicit {
                code,
                rule,
                names: Some(names),
            }];
        }
    }
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn he_is_the_person_coded_in_the_sentence_before() {
        let got = code(
            "Olsen was arrested in Moscow in 2017 and convicted of gathering intelligence for Norway. He pleaded not guilty.",
        );
        assert!(got.contains(&"deny NORCVL>".to_string()), "{got:?}");
        // Three sentences on, "he" is nobody the coder knows.
        let got = code(
            "Olsen was arrested in Moscow in 2017 and convicted of gathering intelligence for Norway. The case went on. Nobody spoke. He pleaded not guilty.",
        );
        assert!(!got.iter().any(|e| e.starts_with("deny")), "{got:?}");
    }

    #[test]
    fn a_person_described_by_a_coded_mention_is_held_and_freed_by_the_same_state() {
        let got = code(
            "Anna Berg, a lecturer at the University of Oslo, was detained by Russian police in May. She had been held for months on spying charges but was released on bail last week.",
        );
        assert!(got.contains(&"arrest RUSCOP>NOREDU".to_string()), "{got:?}");
        assert!(
            got.iter()
                .any(|e| e.starts_with("release RUS") && e.ends_with(">NOREDU")),
            "{got:?}"
        );
    }

    #[test]
    fn he_pleading_guilty_to_spying_admits_spying_on_his_own_country() {
        let got = code(
            "Jerry Lee was sentenced in federal court in Alexandria on Friday. He pleaded guilty to conspiracy to commit espionage.",
        );
        assert!(got.contains(&"confirm USACVL>".to_string()), "{got:?}");
        assert!(got.contains(&"spy USACVL>USA".to_string()), "{got:?}");
    }

    #[test]
    fn the_accused_denying_in_a_relative_clause_answers_the_accuser() {
        let got = code("Danish prosecutors accused Smith, who denies guilt, of passing state secrets to Iran.");
        assert!(got.contains(&"spy DNKCVL>DNK".to_string()), "{got:?}");
        assert!(got.contains(&"deny DNKCVL>DNKJUD".to_string()), "{got:?}");
    }
}
