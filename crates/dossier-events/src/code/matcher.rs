//! Finds trigger words in a sentence: for each word, the most specific vocabulary entry whose
//! part of speech, lemma, following words and conditions hold.
//!
//! It only decides *which* kind a word triggers; roles are `roles`' job.

use crate::lexicon::{ClassId, Cond, Filler, Lexicon, Pos, Trigger};
use crate::sent::Sent;
use dossier_core::Document;

/// A word that triggers an event.
#[derive(Clone, Debug)]
pub struct Hit<'l> {
    pub word: usize,
    pub trigger: &'l Trigger,
}

/// All trigger words of the sentence, in word order.
pub fn hits<'l>(s: &Sent, lex: &'l Lexicon) -> Vec<Hit<'l>> {
    let mut out = Vec::new();
    for i in 0..s.len() {
        let pos = match s.upos[i] {
            "VERB" => Pos::Verb,
            "NOUN" | "PROPN" => Pos::Noun,
            "ADJ" => Pos::Adj,
            _ => continue,
        };
        let found = lex
            .lookup(pos, &s.lemma[i])
            .chain(lex.lookup(pos, &s.lower[i]))
            .find(|t| {
                (t.rest.is_empty() || s.followed_by(i, &t.rest)) && t.conds.iter().all(|c| holds(s, lex, i, pos, c))
            });
        // A past form the lemmatiser cut wrongly ("trumped" → "trum"): its regular stems.
        let found = found.or_else(|| {
            if pos != Pos::Verb || !s.lower[i].ends_with("ed") || s.lower[i].len() < 5 {
                return None;
            }
            past_stems(&s.lower[i]).into_iter().find_map(|stem| {
                lex.lookup(pos, &stem).find(|t| {
                    (t.rest.is_empty() || s.followed_by(i, &t.rest)) && t.conds.iter().all(|c| holds(s, lex, i, pos, c))
                })
            })
        });
        // An event noun the tagger called an adjective ("an espionage conspiracy").
        let found = found.or_else(|| {
            if pos != Pos::Adj || !matches!(s.rel(i), "amod" | "compound") {
                return None;
            }
            lex.lookup(Pos::Noun, &s.lower[i])
                .find(|t| t.rest.is_empty() && t.conds.iter().all(|c| holds(s, lex, i, Pos::Noun, c)))
        });
        // A gerund the tagger called a noun ("accused of recruiting …") triggers as its verb.
        let found = found.or_else(|| {
            if pos != Pos::Noun || !s.lower[i].ends_with("ing") || s.lower[i].len() < 6 {
                return None;
            }
            gerund_stems(&s.lower[i]).into_iter().find_map(|stem| {
                lex.lookup(Pos::Verb, &stem)
                    .find(|t| t.rest.is_empty() && t.conds.iter().all(|c| holds(s, lex, i, Pos::Noun, c)))
            })
        });
        if let Some(trigger) = found {
            out.push(Hit { word: i, trigger });
        }
    }
    out
}

/// Whether word `j`'s lemma or form is in the class (multiword members must follow in order).
pub fn in_class(s: &Sent, lex: &Lexicon, j: usize, c: ClassId) -> bool {
    let class = lex.class(c);
    if class.any || class.words.contains(&s.lemma[j]) || class.words.contains(&s.lower[j]) {
        return true;
    }
    class
        .phrases
        .iter()
        .any(|p| (p[0] == s.lemma[j] || p[0] == s.lower[j]) && s.followed_by(j, &p[1..]))
}

/// Whether the phrase headed by `j` has its head or a modifier in the class; a noun of sort
/// (`@kindof`: "any form of cyber theft") stands for its `of` phrase.
pub fn phrase_in_class(s: &Sent, lex: &Lexicon, j: usize, c: ClassId) -> bool {
    let own = |j: usize| {
        in_class(s, lex, j, c)
            || s.children[j]
                .iter()
                .any(|&k| matches!(s.rel(k), "compound" | "amod" | "flat" | "nmod") && in_class(s, lex, k, c))
    };
    own(j)
        || lex
            .class_id("kindof")
            .is_some_and(|kind| in_class(s, lex, j, kind) && s.preps(j, "of").any(own))
}

fn has_sector(s: &Sent, j: usize, sector: &str) -> bool {
    s.actors_at(j)
        .iter()
        .any(|&a| s.doc.actors[a as usize].sector.as_deref() == Some(sector) || actor_sector(s.doc, a) == Some(sector))
}

/// The sector of a mention, following its antecedent.
fn actor_sector(doc: &Document, a: u32) -> Option<&str> {
    let m = &doc.actors[a as usize];
    m.sector.as_deref().or_else(|| {
        m.antecedent
            .and_then(|x| doc.actors.get(x as usize))
            .and_then(|x| x.sector.as_deref())
    })
}

/// The object-like phrase of a trigger: a verb's object or passive subject, a noun's `of` phrase.
pub fn objects(s: &Sent, i: usize, pos: Pos) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    if pos == Pos::Verb {
        out.extend(s.object(i));
        // "was issued a demarche": a passive keeps its second object.
        if s.passive(i) {
            out.extend(s.kid(i, "obj"));
        }
    } else {
        out.extend(s.preps(i, "of"));
    }
    let conj: Vec<usize> = out
        .iter()
        .flat_map(|&o| s.kids(o, "conj").collect::<Vec<_>>())
        .collect();
    out.extend(conj);
    out
}

pub fn holds(s: &Sent, lex: &Lexicon, i: usize, pos: Pos, c: &Cond) -> bool {
    match c {
        Cond::Obj(cl) => objects(s, i, pos).into_iter().any(|o| phrase_in_class(s, lex, o, *cl)),
        // "referred nine people to trial": the parser may hang the phrase on the object.
        Cond::Obl(prep, filler) => {
            s
            .preps(i, prep)
            .chain(
                // "referred to the incident as a provocation": or on the first oblique's noun.
                (pos == Pos::Verb)
                    .then(|| s.kid(i, "obj").or_else(|| s.kid(i, "obl")))
                    .flatten()
                    .into_iter()
                    .flat_map(|o| s.preps(o, prep).filter(|&j| s.rel(j) == "nmod")),
            )
            .any(|j| match filler {
                Filler::Class(cl) => phrase_in_class(s, lex, j, *cl),
                Filler::Sector(sec) => has_sector(s, j, sec),
            })
            // "described the two men, identified as X and Y, as terrorists": when the parse buries
            // the phrase inside the object's own clauses, an `as` phrase there still counts.
            || (*prep == "as"
                && pos == Pos::Verb
                && s.kid(i, "obj").is_some_and(|o| {
                    s.subtree(o).into_iter().any(|j| {
                        s.case_of(j) == Some("as")
                            && j > i
                            && matches!(filler, Filler::Class(cl) if phrase_in_class(s, lex, j, *cl))
                    })
                }))
        }
        Cond::Mod(cl) => s.children[i].iter().any(|&k| {
            matches!(s.rel(k), "compound" | "amod" | "nmod" | "obl" | "advmod" | "flat")
                && phrase_in_class(s, lex, k, *cl)
        }),
        Cond::Xcomp(cl) => {
            s.children[i].iter().any(|&k| {
                matches!(s.rel(k), "xcomp" | "obj" | "advmod" | "obl" | "ccomp" | "advcl") && in_class(s, lex, k, *cl)
                    // ("called it an act of treason": the predicate noun's `of` phrase.)
                    || (matches!(s.rel(k), "xcomp" | "obj")
                        && s.preps(k, "of").any(|j| s.rel(j) == "nmod" && in_class(s, lex, j, *cl)))
                    // ("called the accusations slander": the parser may hang the predicate noun
                    // on the object as an apposition.)
                    || (s.rel(k) == "obj" && s.kids(k, "appos").any(|j| in_class(s, lex, j, *cl)))
            }) || ((i + 1)..(i + 4).min(s.len()))
                .any(|k| in_class(s, lex, k, *cl) && lex.class(*cl).phrases.iter().any(|p| p[0] == s.lower[k]))
        }
        Cond::Head(cl) => s.head[i].is_some_and(|h| in_class(s, lex, h, *cl)),
        Cond::Subj(cl) => s.doer(i).is_some_and(|k| in_class(s, lex, k, *cl)),
        Cond::Prt(w) => s.kids(i, "compound:prt").any(|k| &s.lower[k] == w) || s.lower.get(i + 1) == Some(w),
        Cond::Rel(r) => s.rel(i) == r.as_str(),
        // (For an object noun, its verb's negation: "does not have any connection".)
        Cond::Neg => {
            s.negated(i)
                // ("provided no evidence": a verb whose object is denied by "no".)
                || (s.upos[i] == "VERB"
                    && s.kid(i, "obj").is_some_and(|o| s.kids(o, "det").any(|d| s.lower[d] == "no")))
                || s.head[i].is_some_and(|h| {
                    (s.rel(i) == "xcomp" || (s.rel(i) == "obj" && s.upos[i] != "VERB"))
                        && (s.negated(h)
                            // ("None of them has, or ever has had, any connection": a verb
                            // coordinated with a negated one, sharing its subject.)
                            || matches!(s.rel(h), "conj" | "ccomp")
                                && s.subject(h).is_none()
                                && s.head[h].is_some_and(|g| s.negated(g)))
                })
        }
        Cond::BareObj => s.kid(i, "obj").is_some_and(|o| {
            s.xpos[o] == "NN"
                && !s.children[o]
                    .iter()
                    .any(|&k| matches!(s.rel(k), "det" | "nmod:poss" | "nummod") || s.upos[k] == "PROPN")
        }),
        Cond::Not(c) => !holds(s, lex, i, pos, c),
    }
}

/// Verb lemmas a regular past form may come from: `trumped` → trump, `named` → name,
/// `stopped` → stop, `spied` → spy.
fn past_stems(w: &str) -> Vec<String> {
    let stem = &w[..w.len() - 2];
    let mut out = vec![stem.to_string(), format!("{stem}e")];
    if let Some(y) = w.strip_suffix("ied") {
        out.push(format!("{y}y"));
    }
    let b = stem.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
        out.push(stem[..stem.len() - 1].to_string());
    }
    out
}

/// Verb lemmas a gerund may come from: `recruiting` → recruit, `providing` → provide,
/// `stopping` → stop.
fn gerund_stems(w: &str) -> Vec<String> {
    let stem = &w[..w.len() - 3];
    let mut out = vec![stem.to_string(), format!("{stem}e")];
    let b = stem.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
        out.push(stem[..stem.len() - 1].to_string());
    }
    out
}
