//! Links across sentences, conservative by design (unresolved is better than wrong):
//! - a name seen before ("Ratcliffe" after "CIA Director John Ratcliffe", "Dr Han") takes that
//!   person's code;
//! - a generic person ("a Chinese man") takes the code of the one group of the same country the
//!   document already named ("Chinese civil servants"); "his wife" that of the person "his"
//!   points to in the same sentence;
//! - a bare noun with "the" ("the operatives", "the ministry") takes the nearest earlier actor
//!   with the same head word, or for organisation nouns the nearest organisation, within
//!   [`WINDOW`] sentences; so does the body of a spokesperson named by its noun alone ("the
//!   ministry's spokesman Wu Qian");
//! - "he"/"she" the nearest person, "they" the nearest group, in this or the previous sentence;
//!   "it", as the subject of a verb, the nearest organisation that was a subject itself;
//! - a state body without a country ("prosecutors", "the Justice Department") takes the
//!   document's home country, "the country's spy agency" the country named last, "its
//!   citizens" the country of the sentence's subject ([`super::home`]).
//!
//! Drafts that stay without a code and name nobody are dropped here.

use super::draft::Draft;
use super::lexicons::{Lexicons, RefKind};

/// How many sentences back a definite noun or pronoun may look.
pub const WINDOW: usize = 3;

/// A draft placed in the document.
#[derive(Clone, Debug)]
pub struct Placed {
    pub sentence: usize,
    pub draft: Draft,
    /// The lower-cased head word (last word) and the word before the draft.
    pub head: String,
    pub before: Option<String>,
    /// The mention's words, lower-cased, space-separated.
    pub text: String,
    pub antecedent: Option<usize>,
    /// The mention opens the document's dateline ("MOSCOW (AP) —").
    pub dateline: bool,
    /// The mention follows "the country's" / "the nation's".
    pub country_ref: bool,
    /// The mention follows "its"/"their" and the sentence's subject, starting at this word of
    /// the same sentence, comes before it ("China rejected the indictment of its officers").
    pub possessor: Option<usize>,
    /// The mention is its clause's subject, or modifies the subject right after it ("Poland's
    /// ABW agency said").
    pub subject: bool,
    /// The word right after the mention, lower-cased ("staffers **at** the Pakistani high
    /// commission").
    pub after: Option<String>,
    /// The mention is a city name with readings in several countries that the document did not
    /// decide ("Alexandria"): its country is the dictionary's guess.
    pub uncertain_place: bool,
    /// The word before the mention past a determiner ("working for **the** Polish government":
    /// `for`), lower-cased.
    pub governor: Option<String>,
    /// The mention is the subject of a reporting verb ("the ministry said").
    pub speaker: bool,
    /// The lemma of the verb the mention's phrase hangs on, when it is a `to` phrase
    /// ("passed documents to South Korea": `pass`).
    /// The mention is held or questioned: the object or passive subject of a `held` verb of
    /// `home_bodies.txt`, or described by one ("the detained Japanese").
    pub held: bool,
    pub to_verb: Option<String>,
    /// When the mention is the object of a directive verb (`directive` in `home_bodies.txt`):
    /// the word index of that verb's subject ("Biden asked the agency": `Biden`).
    pub directed_by: Option<usize>,
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Resolves and filters the drafts of a whole document, in order. `is_country`: whether a
/// code's first three letters are a country (not `IGO`, not a sector).
/// Resolves `placed`; the groups of people dropped for want of a code go to `unresolved_groups`
/// as (sentence, start word), so that a pronoun does not reach past them ("accused the two men
/// …, accusing them": "them" is the men, not an actor named before).
pub fn resolve(
    placed: Vec<Placed>,
    lex: &Lexicons,
    is_country: &dyn Fn(&str) -> bool,
    unresolved_groups: &mut Vec<(usize, usize)>,
) -> Vec<Placed> {
    let needs_home = placed.iter().any(|p| p.country_ref || super::home::takes_home(p, lex));
    let home = if needs_home {
        super::home::home_country(&placed, lex, is_country)
    } else {
        None
    };
    // "staffers at the Pakistani high commission", "police in Berlin": the country of the
    // coded body or place right after a preposition, for each mention.
    let at_body: Vec<Option<(String, String)>> = (0..placed.len())
        .map(|i| {
            let p = &placed[i];
            let prep = p.after.as_deref()?;
            let q = placed
                .get(i + 1)
                .filter(|q| q.sentence == p.sentence && !q.uncertain_place)?;
            let gap = q.draft.start.checked_sub(p.draft.end)?;
            let ok_gap = gap == 1 || (gap == 2 && q.before.as_deref() == Some("the"));
            let ok_prep = matches!(prep, "at" | "of" | "from") || (prep == "in" && !super::home::abroad(p, lex));
            let full = q.draft.final_code()?;
            let c = full.get(..3).filter(|c| is_country(c))?.to_string();
            // "an employee of Germany's foreign intelligence service", "staff of the Czech
            // embassy": a word for a body's people takes the body's whole code.
            let member = prep == "of"
                && full.len() >= 6
                && !q.draft.person
                && !q.draft.group
                && lex.generic_heads.contains(&p.head);
            (ok_gap && ok_prep).then(|| {
                if member {
                    let why = format!("\"of\" `{}`: one of that body's people, {full}", q.text);
                    (full.clone(), why)
                } else {
                    let why = format!("\"{prep}\" `{}`: that body's country, {c}", q.text);
                    (c, why)
                }
            })
        })
        .collect();
    // "federal officials": the one federation among the sentence's countries, else the
    // document's (worked out only for documents that say "federal").
    let (federation, sentence_federation) = if placed.iter().any(|p| federal(p, lex)) {
        let last = placed.iter().map(|p| p.sentence).max().unwrap_or(0);
        let per_sentence: Vec<Option<String>> = (0..=last)
            .map(|si| federation_of(&placed, lex, is_country, Some(si)))
            .collect();
        (federation_of(&placed, lex, is_country, None), per_sentence)
    } else {
        (None, Vec::new())
    };
    // "Matthew Hedges, a specialist at Durham University": the code of the organisation a
    // person's apposition says they work at (its own, or its sector in the country of the
    // body or place after it).
    let employer: Vec<Option<String>> = (0..placed.len())
        .map(|i| {
            let at = placed[i].draft.works_at?;
            let j = (i + 1..placed.len())
                .take_while(|&j| placed[j].sentence == placed[i].sentence)
                .find(|&j| placed[j].draft.start == at)?;
            let q = &placed[j];
            match q.draft.final_code() {
                Some(c) if c.len() == 6 => Some(c),
                Some(_) => None,
                None => Some(format!(
                    "{}{}",
                    at_body[j].as_ref()?.0.get(..3)?,
                    q.draft.sector.as_ref()?
                )),
            }
        })
        .collect();
    let mut out: Vec<Placed> = Vec::with_capacity(placed.len());
    for (pi, mut p) in placed.into_iter().enumerate() {
        if let Some(c) = employer[pi].clone().filter(|_| p.draft.final_code().is_none()) {
            p.draft.rules.push(format!("works at an organisation coded {c}"));
            p.draft.code = Some(c);
        }
        let d = &p.draft;
        let near = |q: &Placed| q.sentence + WINDOW >= p.sentence;
        let found: Option<usize> =
            if d.person && !d.generic && d.entity.is_some() && d.final_code().is_none_or(|c| c.len() < 6) {
                // A later mention repeats the family name, which comes first in Chinese names
                // ("Dong" after "Dong Jingwei") and last in English ones ("Ratcliffe").
                let name = d.entity.as_deref().map(last_word).unwrap_or_default();
                let same = |e: &str| last_word(e) == name || e.split(' ').next() == Some(name);
                out.iter().rposition(|q| {
                    q.draft.person
                        && q.draft.entity.as_deref().is_some_and(same)
                        && q.draft.final_code().is_some_and(|c| c.len() >= 6)
                })
            } else if d.generic && matches!(p.before.as_deref(), Some("his" | "her" | "their")) {
                out.iter()
                    .rposition(|q| {
                        q.sentence == p.sentence && q.draft.person && !q.draft.generic && q.draft.final_code().is_some()
                    })
                    .or_else(|| {
                        out.iter()
                            .rposition(|q| q.sentence == p.sentence && q.draft.person && q.draft.final_code().is_some())
                    })
            } else if d.generic && d.person {
                let country = d.country();
                let groups: Vec<usize> = out
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| {
                        // (A member of a group named before is "a Chinese man"; "the man" is
                        // one person told of before, not "German prosecutors".)
                        q.draft.group
                            && (d.group || p.before.as_deref() != Some("the"))
                            && !q.draft.org
                            && !org_noun(lex, &q.head)
                            && country.is_some()
                            && q.draft.country() == country
                            && q.draft.final_code().is_some_and(|c| c.len() >= 6)
                    })
                    .map(|(i, _)| i)
                    .collect();
                let mut codes: Vec<String> = groups.iter().filter_map(|&i| out[i].draft.final_code()).collect();
                codes.dedup();
                (codes.len() == 1)
                    .then(|| *groups.last().unwrap_or(&0))
                    .or_else(|| definite_antecedent(&out, &p, lex))
            } else if d.generic {
                definite_antecedent(&out, &p, lex)
            } else if d.bare && p.before.as_deref() == Some("the") {
                let kind = lex.references.get(&p.head).copied();
                let named_so = |q: &Placed| q.text.to_lowercase().split(' ').any(|w| w == p.head);
                let same = |q: &Placed| near(q) && q.draft.final_code().is_some() && (q.head == p.head || named_so(q));
                // The one that was a subject first ("Australian police said …, at the behest of
                // police in China. … the police said": the Australian police).
                out.iter()
                    .rposition(|q| same(q) && q.subject)
                    .or_else(|| out.iter().rposition(same))
                    .or_else(|| match kind {
                        // Otherwise only an organisation of the same sector in this or the last sentence.
                        // Only the word alone ("the ministry", not "the state security
                        // ministry"), and not an ambassador or an embassy.
                        Some(RefKind::Org) if p.text == p.head => out.iter().rposition(|q| {
                            q.sentence + 1 >= p.sentence
                                && !q.draft.person
                                && !q.draft.group
                                && (q.draft.org || lex.references.get(&q.head) == Some(&RefKind::Org))
                                && !super::home::abroad(q, lex)
                                && q.draft.country_sector().1.is_some()
                                && q.draft.country_sector().1 == d.sector
                        }),
                        _ => None,
                    })
            } else {
                None
            };
        if let Some(i) = found {
            let code = out[i].draft.final_code();
            p.antecedent = Some(out[i].antecedent.unwrap_or(i));
            p.draft.code = code;
            p.draft.bare = false;
            if p.draft.entity.is_none() && !p.draft.generic {
                p.draft.entity = out[i].draft.entity.clone();
            }
            p.draft
                .rules
                .push(format!("refers to `{}` (sentence {})", out[i].head, out[i].sentence));
        }
        if found.is_none() {
            if let Some(i) = spokesperson_body(&out, &p) {
                p.draft.code = out[i].draft.final_code();
                p.draft.bare = false;
                p.draft
                    .rules
                    .push(format!("speaks for `{}` (sentence {})", out[i].text, out[i].sentence));
            }
        }
        // "a Japanese man", "Estonian individuals" linked to no group: people of that country.
        if found.is_none() && p.draft.generic && p.draft.is_bare_country() {
            let c = p.draft.code.clone().unwrap_or_default();
            p.draft.code = Some(format!("{c}CVL"));
            p.draft.rules.push("a person of the country, in no role".into());
        }
        if federal(&p, lex) && p.draft.final_code().is_none() && !p.draft.generic {
            let own = sentence_federation.get(p.sentence).cloned().flatten();
            if let Some(c) = own.as_ref().or(federation.as_ref()) {
                // (A federal employee or worker is the government's.)
                let sector = match p.draft.sector.as_deref() {
                    None | Some("LAB" | "CVL" | "BUS") => "GOV".to_string(),
                    Some(s) => s.to_string(),
                };
                p.draft.code = Some(format!("{c}{sector}"));
                p.draft.bare = false;
                p.draft.rules.push(format!(
                    "\"federal\": the one federation among the sentence's (else the document's) countries, {c}"
                ));
            }
        }
        if p.draft.final_code().is_none() && p.draft.sector.is_some() {
            let last_country = || {
                out.iter()
                    .rev()
                    .take_while(|q| q.sentence + 1 >= p.sentence)
                    .find_map(|q| {
                        q.draft
                            .final_code()
                            .and_then(|c| c.get(..3).filter(|c| is_country(c)).map(str::to_string))
                    })
            };
            let owner = p.possessor.and_then(|start| {
                out.iter()
                    .rev()
                    .take_while(|q| q.sentence == p.sentence)
                    .find(|q| q.draft.start == start)
                    .and_then(|q| q.draft.final_code())
                    .and_then(|c| c.get(..3).filter(|c| is_country(c)).map(str::to_string))
            });
            let country = if let Some((c, why)) = at_body[pi].clone().filter(|_| !p.draft.generic) {
                Some((c, why))
            } else if let Some(c) = owner {
                let why = format!("\"its\": the country of the sentence's subject, {c}");
                Some((c, why))
            } else if p.country_ref {
                last_country()
                    .map(|c| {
                        let why = format!("\"the country's\": the country named last, {c}");
                        (c, why)
                    })
                    .or_else(|| home.clone())
            } else if let Some((c, why)) = director(&out, &p) {
                Some((c, why))
            } else if super::home::takes_home(&p, lex) {
                home.clone()
            } else {
                None
            };
            if let Some((c, why)) = country {
                p.draft.code = Some(c);
                p.draft.bare = false;
                p.draft.rules.push(why);
            }
        }
        let named_person = p.draft.person && p.draft.entity.is_some() && !p.draft.generic && !p.draft.name_only;
        let keep = p.draft.final_code().is_some() || named_person;
        if keep {
            out.push(p);
        } else if p.draft.group && p.draft.person {
            unresolved_groups.push((p.sentence, p.draft.start));
        }
    }
    out
}

/// "Biden asked the intelligence agency to …": a state body the sentence's government directs
/// is that government's (its country, when the director's code is a government's).
fn director(out: &[Placed], p: &Placed) -> Option<(String, String)> {
    let w = p.directed_by?;
    let q = out
        .iter()
        .rev()
        .take_while(|q| q.sentence == p.sentence)
        .find(|q| q.draft.start <= w && w < q.draft.end)?;
    let code = q.draft.final_code()?;
    if code.get(3..6) != Some("GOV") {
        return None;
    }
    let c = code[..3].to_string();
    Some((c.clone(), format!("directed by `{}`, a government of {c}", q.text)))
}

/// "the ministry's spokesman Wu Qian", "Ministry spokesman Wu Qian": a spokesperson of a body
/// named only by its noun speaks for the nearest earlier body with that head word within
/// [`WINDOW`] sentences, and takes its whole code (the defence ministry's spokesman is `MIL`).
fn spokesperson_body(out: &[Placed], p: &Placed) -> Option<usize> {
    let words: Vec<String> = p
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let at = words.iter().position(|w| w.starts_with("spokes"))?;
    let mut k = at.checked_sub(1)?;
    if words[k] == "s" {
        k = k.checked_sub(1)?;
    }
    // (Nothing else says whose body it is: no country, no name before it.)
    if words[..k].iter().any(|w| w != "the") {
        return None;
    }
    let body = words[k].as_str();
    out.iter().rposition(|q| {
        q.sentence + WINDOW >= p.sentence
            && !q.draft.person
            && q.head.to_lowercase() == body
            && q.draft.final_code().is_some_and(|c| c.len() >= 6)
    })
}

/// "the man", "the two women": a generic person with "the" and no country stands for the
/// nearest coded person (or, plural, group of people) of the last [`WINDOW`] sentences; never a
/// collective body ("UK authorities", "the police": organisations, not people).
fn definite_antecedent(out: &[Placed], p: &Placed, lex: &Lexicons) -> Option<usize> {
    if p.before.as_deref() != Some("the") || p.draft.country().is_some() {
        return None;
    }
    out.iter().rposition(|q| {
        q.sentence + WINDOW >= p.sentence
            && q.sentence < p.sentence
            && q.draft.person == p.draft.person
            && q.draft.group == p.draft.group
            && !q.draft.org
            && !org_noun(lex, &q.head)
            && q.draft.final_code().is_some()
    })
}

/// Whether a head noun, singular or plural, names an organisation ("ministry", "departments",
/// "agencies"): a group of those is not a group of people.
pub(super) fn org_noun(lex: &Lexicons, head: &str) -> bool {
    let singulars = [
        Some(head.to_string()),
        head.strip_suffix("ies").map(|w| format!("{w}y")),
        head.strip_suffix('s').map(str::to_string),
    ];
    singulars
        .iter()
        .flatten()
        .any(|w| lex.references.get(w.as_str()) == Some(&RefKind::Org))
}

/// A pronoun (or a definite noun such as "the two men") in sentence `sentence`: the actor it
/// refers to in this or the `back` sentences before, if one is clear; `skip` rules candidates
/// out.
pub fn pronoun(
    out: &[Placed],
    sentence: usize,
    kind: RefKind,
    back: usize,
    skip: &dyn Fn(&Placed) -> bool,
) -> Option<usize> {
    let earliest = sentence.saturating_sub(back);
    out.iter().rposition(|q| {
        !skip(q)
            && q.sentence >= earliest
            && q.sentence <= sentence
            && match kind {
                // (Not an unnamed source of an earlier sentence: "Anna K. was accused of treason,
                // the federal prosecutor said. She is said to have …" is Anna K.)
                RefKind::Person => {
                    q.draft.person
                        && !q.draft.group
                        && !(q.sentence < sentence && q.speaker && q.draft.entity.is_none())
                }
                RefKind::Group => q.draft.group,
                // "It accused him": only an organisation that was a subject itself.
                RefKind::Org => !q.draft.person && !q.draft.group && q.subject && q.draft.final_code().is_some(),
                RefKind::Media => q.draft.final_code().is_some_and(|c| c.ends_with("JRN")),
                RefKind::Any => true,
            }
    })
}

/// Whether the mention is said to be "federal" ("federal officials"; the word may stand just
/// before it).
fn federal(p: &Placed, lex: &Lexicons) -> bool {
    p.text.split(' ').any(|w| lex.home.federal.contains(&w.to_lowercase()))
        || p.before.as_deref().is_some_and(|b| lex.home.federal.contains(b))
}

/// The one federal state (`federation` in `home_bodies.txt`) among the countries the document's
/// coded mentions name (only sentence `only`'s, when given), if exactly one; beneficiaries
/// ("for Russia") and recipients of what is handed over ("passed information to …") do not count.
fn federation_of(
    placed: &[Placed],
    lex: &Lexicons,
    is_country: &dyn Fn(&str) -> bool,
    only: Option<usize>,
) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for p in placed.iter().filter(|p| only.is_none_or(|si| p.sentence == si)) {
        // (A state spied for or passed secrets to is a beneficiary, not where the federal body
        // is: "the federal prosecutor's office arrested an employee … for spying for Russia".)
        let handed_to = p.to_verb.as_ref().is_some_and(|v| lex.home.handover.contains(v));
        if p.governor.as_deref() == Some("for") || handed_to {
            continue;
        }
        let Some(code) = p.draft.final_code() else { continue };
        let Some(c) = code.get(..3).filter(|c| is_country(c)) else {
            continue;
        };
        if lex.home.federations.contains(c) && !found.iter().any(|f| f == c) {
            found.push(c.to_string());
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}
