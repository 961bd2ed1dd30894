//! The recognise stage (SPEC.md stage 5): actors and dates in each sentence of a document.
//!
//! Per sentence: the phrase index finds dictionary and gazetteer phrases ([`index`]), they
//! become typed pieces ([`pieces`]), pieces and the words around them are composed into actor
//! drafts ([`compose`], [`draft`]). Per document: names, generic persons and definite nouns are
//! linked to earlier actors and unresolved drafts dropped ([`coref`]); pronouns are resolved
//! only where one antecedent is clear. Dates come from [`crate::dates`].
//!
//! Everything is built once ([`Recogniser::new`]) and shared; nothing here codes events.

mod cities;
mod compose;
mod coref;
mod described;
pub use described::given_name_and_initial;
mod draft;
mod home;
mod index;
mod lexicons;
mod pieces;
mod shorthand;
mod surnames;
mod syntax;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_rules;

use crate::dates::DateRecognizer;
use crate::dictionaries::{self, DictDate, DictionarySet};
use crate::gazetteer::{self, Gazetteer};
use dossier_core::{Actor, DateRef, Document, Span, Stage, StageError};
use dossier_text::segment::Segmenter;
use index::PhraseIndex;
use lexicons::Lexicons;

pub use lexicons::RefKind;

/// Lemma-free cues that a sentence is about intelligence, so that names flagged
/// `needs-context` ("BIS", "MIT") and weak roles ("source", "asset") may count.
const CUES: &[&str] = &[
    "intelligence",
    "spy",
    "spies",
    "spying",
    "espionage",
    "agent",
    "agents",
    "counterintelligence",
    "counter-espionage",
    "secret",
    "security",
    "spymaster",
    "mole",
    "defector",
    "defected",
];

/// The recognise stage. Build once and share.
pub struct Recogniser {
    index: PhraseIndex,
    surnames: surnames::Surnames,
    gaz: &'static Gazetteer,
    lex: Lexicons,
    dates: DateRecognizer,
    /// ISO codes of the gazetteer's countries (current and former).
    countries: fxhash::FxHashSet<String>,
    /// The place table, for city names the dictionaries give one country of several.
    places: &'static crate::places::PlaceTable,
}

impl Recogniser {
    /// Builds the phrase index from the embedded dictionaries and gazetteer.
    pub fn new() -> Result<Self, String> {
        let dict: &'static DictionarySet = dictionaries::phoenix().map_err(|e| e.to_string())?;
        let gaz = gazetteer::builtin().map_err(|e| e.to_string())?;
        let seg = Segmenter::new();
        let extra = extra_agents()?;
        let own_actors = own_actors()?;
        Ok(Recogniser {
            index: PhraseIndex::build(dict, extra, own_actors, gaz, &seg),
            surnames: surnames::Surnames::build(dict),
            gaz,
            lex: Lexicons::builtin()?,
            dates: DateRecognizer::new(),
            countries: gaz.countries.iter().map(|c| c.code.clone()).collect(),
            places: crate::places::table::builtin()?,
        })
    }

    /// Number of distinct phrases in the index.
    pub fn phrases(&self) -> usize {
        self.index.len()
    }

    /// Fills `doc.actors` and `doc.dates`.
    pub fn recognise(&self, doc: &mut Document) {
        let date = doc.meta.date.as_deref().and_then(|d| DictDate::parse_iso(d).ok());
        let mut placed = Vec::new();
        let mut refs: Vec<(usize, usize, RefKind, usize, bool)> = Vec::new(); // (sentence, word, kind, sentences back, speaker)
        doc.dates.clear();
        // First pass: the phrases of every sentence, and the countries the document names (which
        // decide between services that share a name).
        let mut found_all = Vec::with_capacity(doc.sentences.len());
        // (sentence, word) of uncoded groups of people named without "the" ("five suspects").
        let mut indefinite_groups: Vec<(usize, usize)> = Vec::new();
        let mut indefinite_persons: Vec<(usize, usize)> = Vec::new();
        let mut countries: Vec<(String, u32)> = Vec::new();
        // City names with readings in several countries ("Alexandria"): decided after the others.
        let mut cities = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            let tokens = &doc.tokens[sent.token_range()];
            let lower = index::sentence_keys(&doc.text, tokens);
            let surface: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.text)).collect();
            let found = self.index.find(&lower, &surface);
            for f in &found {
                if let Some(c) = self.country_of(f, date) {
                    let service = f.entries.iter().any(|e| matches!(e, index::Entry::Service { .. }));
                    if let Some(r) = (!service)
                        .then(|| cities::ambiguous(self.places, &surface[f.start..f.end], c))
                        .flatten()
                    {
                        cities.push((si, f.start, f.end, r, c.to_string()));
                        continue;
                    }
                    match countries.iter_mut().find(|(k, _)| k == c) {
                        Some((_, n)) => *n += 1,
                        None => countries.push((c.to_string(), 1)),
                    }
                }
            }
            found_all.push((lower, found));
        }
        let named = |c: &str| countries.iter().find(|(k, _)| k == c).map_or(0, |(_, n)| *n);
        let rereadings: Vec<(usize, usize, usize, String, String)> = cities
            .iter()
            .filter_map(|(si, start, end, r, code)| {
                // ("a federal court in Alexandria": up to four words before the city.)
                let federal = || {
                    let lower = &found_all[*si].0;
                    lower[start.saturating_sub(4)..*start]
                        .iter()
                        .any(|w| self.lex.home.federal.contains(w))
                };
                let (c, rule) = cities::reread(self.places, r, code, &named).or_else(|| {
                    federal()
                        .then(|| cities::federal_reading(self.places, r, code, &self.lex.home.federations))
                        .flatten()
                })?;
                Some((*si, *start, *end, c, rule))
            })
            .collect();
        for (si, start, _, _, code) in &cities {
            let c = rereadings
                .iter()
                .find(|x| x.0 == *si && x.1 == *start)
                .map_or(code.as_str(), |x| x.3.as_str());
            if !countries.iter().any(|(k, _)| k == c) {
                countries.push((c.to_string(), 1));
            }
        }
        let countries: Vec<String> = countries.into_iter().map(|(c, _)| c).collect();
        let country_refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        let known = compose::Known {
            index: &self.index,
            surnames: &self.surnames,
            gaz: self.gaz,
            lex: &self.lex,
            doc: pieces::DocContext {
                date,
                services: gazetteer::Context {
                    countries: &country_refs,
                    date: doc
                        .meta
                        .date
                        .as_deref()
                        .and_then(|d| gazetteer::PartialDate::parse(d).ok()),
                },
            },
        };
        for (si, (sent, (lower, found))) in doc.sentences.iter().zip(&found_all).enumerate() {
            let tokens = &doc.tokens[sent.token_range()];
            let context = lower.iter().any(|w| CUES.contains(&w.as_str()))
                || found.iter().any(|f| {
                    f.entries.iter().any(|e| {
                        matches!(
                            e,
                            index::Entry::Service {
                                needs_context: false,
                                ..
                            }
                        )
                    })
                });
            let mut pieces = pieces::pieces(found, self.gaz, &self.lex, &known.doc, context);
            // "a Soviet-built jet", "a Taiwan-born scientist": an origin, not an actor; "US
            // dollars": a unit.
            pieces.retain(|p| {
                let country = matches!(p.kind, pieces::Kind::Country(_));
                let origin = lower.get(p.end).is_some_and(|w| w == "-")
                    && lower.get(p.end + 1).is_some_and(|w| self.lex.origin_words.contains(w));
                let unit = lower.get(p.end).is_some_and(|w| self.lex.currencies.contains(w));
                !(country && (origin || unit))
            });
            for (_, start, end, code, rule) in rereadings.iter().filter(|x| x.0 == si) {
                for p in pieces.iter_mut().filter(|p| p.start == *start && p.end == *end) {
                    if matches!(p.kind, pieces::Kind::Country(_)) {
                        p.kind = pieces::Kind::Country(code.clone());
                        p.rule = format!("{}; {rule}", p.rule);
                    }
                }
            }
            let surface: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.text)).collect();
            let taken = |i: usize| pieces.iter().any(|p| p.start <= i && i < p.end);
            let extra = shorthand::pieces(lower, &surface, &country_refs, &taken);
            if !extra.is_empty() {
                pieces.extend(extra);
                pieces.sort_by_key(|p| p.start);
            }
            let s = compose::Sentence::new(&doc.text, tokens, lower);
            let drafts = compose::compose(&s, &pieces, &known);
            for (t, w) in lower.iter().enumerate() {
                let covered = drafts.iter().any(|d| d.start <= t && t < d.end);
                if let Some(&k) = self.lex.references.get(w) {
                    let pronoun = matches!(k, RefKind::Person | RefKind::Group) && tokens[t].analysis.upos != "NOUN";
                    let it = k == RefKind::Org && syntax::subject_of_verb(tokens, t);
                    if (pronoun || it) && !covered {
                        // "It said": an organisation's statement may follow the sentence naming it.
                        let own_only = !it
                            && (self.speaker(&doc.text, tokens, t)
                                || syntax::unlinked_subject_before(tokens, &drafts, t, &|d| {
                                    d.org || self.lex.references.get(&lower[d.end - 1]) == Some(&RefKind::Org)
                                }));
                        // ("…, it said": an organisation speaking continues the last one that spoke.)
                        let speaker = self.speaker(&doc.text, tokens, t);
                        refs.push((si, t, k, if own_only { 0 } else { 1 }, speaker));
                    }
                }
                // ("the detained men": a phrase of generic words with no code does not stop it.)
                let covered_by_code = drafts
                    .iter()
                    .any(|d| d.start <= t && t < d.end && (d.final_code().is_some() || !(d.generic || d.bare)));
                if !covered_by_code {
                    if let Some(k) = syntax::definite_reference(&self.lex, tokens, lower, t) {
                        refs.push((si, t, k, coref::WINDOW, false));
                    } else if tokens[t].analysis.xpos == "NNS" && self.lex.person_nouns.contains(w) {
                        // "remanded five suspects after they were detained": uncoded people
                        // named without "the" are what a later "they" of the sentence means.
                        indefinite_groups.push((si, t));
                    } else if tokens[t].analysis.xpos == "NN" && lower.get(t + 1).is_some_and(|n| n == "who") {
                        // "a diplomat who was the guide …, we have expelled him": an uncoded
                        // person described by a relative clause is what a later "he"/"him" means.
                        indefinite_persons.push((si, t));
                    }
                }
            }
            // The sentence's subject, for "its"/"their" before an actor with no country.
            let subject = drafts
                .iter()
                .find(|d| (d.start..d.end).any(|k| tokens[k].analysis.deprel.starts_with("nsubj")))
                .map(|d| (d.start, d.end));
            for d in drafts {
                let head = lower[d.end - 1].clone();
                let possessor = subject.filter(|&(_, end)| {
                    d.code.is_none()
                        && end <= d.start
                        && d.start > 0
                        && matches!(lower[d.start - 1].as_str(), "its" | "their")
                });
                // The word before, past a number ("the two men" counts as "the … men").
                let counted = d.start >= 2 && tokens[d.start - 1].analysis.upos == "NUM";
                let before = d
                    .start
                    .checked_sub(if counted { 2 } else { 1 })
                    .map(|b| lower[b].clone());
                let text = lower[d.start..d.end].join(" ");
                let after = lower.get(d.end).cloned();
                let speaks = (d.start..d.end).any(|k| self.speaker(&doc.text, tokens, k));
                let hk = d.end - 1;
                let to_verb = syntax::to_verb(&doc.text, tokens, lower, hk);
                let directed_by = syntax::directed_by(&doc.text, tokens, hk, &self.lex.home.directive);
                let held = syntax::held(&doc.text, tokens, hk, &self.lex.home.held);
                let governor = match d.start.checked_sub(1).map(|b| lower[b].as_str()) {
                    Some("the" | "a" | "an") => d.start.checked_sub(2).map(|b| lower[b].clone()),
                    _ => d.start.checked_sub(1).map(|b| lower[b].clone()),
                };
                let uncertain_place = cities.iter().any(|c| c.0 == si && c.1 == d.start)
                    && !rereadings.iter().any(|r| r.0 == si && r.1 == d.start);
                let subject = syntax::is_subject(tokens, d.start, d.end);
                let dateline = si == 0
                    && d.start == 0
                    && lower
                        .get(d.end)
                        .is_some_and(|w| matches!(w.as_str(), "," | "-" | "—" | "–" | "(" | ":"));
                let country_ref = d.start >= 2
                    && lower[d.start - 1] == "'s"
                    && matches!(lower[d.start - 2].as_str(), "country" | "nation");
                placed.push(coref::Placed {
                    sentence: si,
                    draft: d,
                    head,
                    before,
                    text,
                    antecedent: None,
                    dateline,
                    country_ref,
                    possessor: possessor.map(|(start, _)| start),
                    subject,
                    after,
                    uncertain_place,
                    governor,
                    speaker: speaks,
                    to_verb,
                    held,
                    directed_by,
                });
            }
            for m in self.dates.find(&doc.text, tokens, doc.meta.date.as_deref()) {
                doc.dates.push(DateRef {
                    sentence: si as u32,
                    span: m.span,
                    value: m.value.map(|v| v.to_string()),
                    rule: format!("{} ({})", m.rule, m.how),
                });
            }
        }
        let mut unresolved_groups = indefinite_groups;
        let resolved = coref::resolve(
            placed,
            &self.lex,
            &|c| self.countries.contains(c),
            &mut unresolved_groups,
        );
        // Pronouns, each against the actors before it (antecedents index `resolved`).
        let mut pronouns = Vec::new();
        for (si, t, kind, back, speaker) in refs {
            let before = resolved.partition_point(|q| q.sentence < si || (q.sentence == si && q.draft.end <= t));
            // "The pair", "the two men" are people, not a body such as the police.
            let definite = back == coref::WINDOW;
            // (An outlet's report is the outlet's, whatever its head noun: "news agency".)
            // (Nor, for people, a group of organisations: "the five men" are not "US companies".)
            let body = |q: &coref::Placed| {
                definite
                    && kind != RefKind::Media
                    && (self.lex.home.heads.contains(&q.head)
                        || matches!(kind, RefKind::Group | RefKind::Person) && coref::org_noun(&self.lex, &q.head))
            };
            // The later of an actor found among the named ones and among earlier pronouns (a
            // pronoun may stand for an earlier one: "the pair … when the two appear"), with its
            // antecedent.
            let later = |i: Option<usize>, j: Option<usize>| -> Option<(coref::Placed, Option<usize>)> {
                let at = |q: &coref::Placed| (q.sentence, q.draft.start);
                match (i, j) {
                    (Some(i), Some(j)) if at(&pronouns[j]) <= at(&resolved[i]) => {
                        Some((resolved[i].clone(), Some(resolved[i].antecedent.unwrap_or(i))))
                    }
                    (_, Some(j)) => Some((pronouns[j].clone(), pronouns[j].antecedent)),
                    (Some(i), None) => Some((resolved[i].clone(), Some(resolved[i].antecedent.unwrap_or(i)))),
                    (None, None) => None,
                }
            };
            // "… the ministry said. He added that …": a speaker with no antecedent of its own
            // sentence continues the last speaker of the two sentences before.
            let org = kind == RefKind::Org;
            let last_speaker = || {
                let last = |q: &coref::Placed| {
                    speaker
                        && q.speaker
                        && q.sentence < si
                        && q.sentence + 2 >= si
                        && q.draft.final_code().is_some()
                        && (!org || q.draft.org)
                };
                later(
                    resolved[..before].iter().rposition(last),
                    pronouns.iter().rposition(last),
                )
            };
            let nearest = || {
                later(
                    coref::pronoun(&resolved[..before], si, kind, back, &body),
                    coref::pronoun(&pronouns, si, kind, back, &body),
                )
            };
            // ("The envoy of the mission was handed a protest, it said": an organisation that
            // speaks is the one that spoke last, before any in the sentence it reports.)
            // ("Foreign Minister Ariel Sharon denied it. … , he said": a person speaking, with
            // nobody of their own sentence and no earlier speaker, is the person just before.)
            let person_before = || {
                (kind == RefKind::Person && speaker && back == 0)
                    .then(|| {
                        later(
                            coref::pronoun(&resolved[..before], si, kind, 1, &body),
                            coref::pronoun(&pronouns, si, kind, 1, &body),
                        )
                    })
                    .flatten()
            };
            let found = if org && speaker {
                last_speaker().or_else(nearest)
            } else {
                nearest().or_else(last_speaker).or_else(person_before)
            };
            // A nearer group of people left without a code, earlier in the same sentence, is what
            // "they"/"them" stands for: leave the pronoun unresolved.
            // (So is a nearer person described by a relative clause, for "he"/"him".)
            let blocked = |a: &coref::Placed| {
                let nearer = |list: &[(usize, usize)]| {
                    list.iter()
                        .any(|&(gs, gt)| gs == si && gt < t && (a.sentence, a.draft.start) < (gs, gt))
                };
                (kind == RefKind::Group && nearer(&unresolved_groups))
                    || (kind == RefKind::Person && nearer(&indefinite_persons))
            };
            if let Some((a, antecedent)) = found.filter(|(a, _)| !blocked(a)) {
                let mut d = a.draft.clone();
                d.start = t;
                d.end = t + 1;
                d.rules = vec![format!("pronoun refers to `{}` (sentence {})", a.head, a.sentence)];
                pronouns.push(coref::Placed {
                    sentence: si,
                    draft: d,
                    head: a.head.clone(),
                    before: None,
                    text: String::new(),
                    antecedent,
                    dateline: false,
                    country_ref: false,
                    possessor: None,
                    subject: false,
                    after: None,
                    uncertain_place: false,
                    governor: None,
                    speaker,
                    to_verb: None,
                    held: false,
                    directed_by: None,
                });
            } else if kind == RefKind::Group {
                // ("the two men" unresolved: a later "them" is still the men.)
                unresolved_groups.push((si, t));
            }
        }
        // Merge in text order, renumbering antecedents.
        let mut all: Vec<(coref::Placed, bool)> = resolved.into_iter().map(|p| (p, false)).collect();
        all.extend(pronouns.into_iter().map(|p| (p, true)));
        let n_resolved = all.iter().filter(|(_, pr)| !pr).count();
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by_key(|&i| (all[i].0.sentence, all[i].0.draft.start));
        let mut new_of_old = vec![0u32; n_resolved];
        for (new, &old) in order.iter().enumerate() {
            if old < n_resolved {
                new_of_old[old] = new as u32;
            }
        }
        doc.actors = order
            .iter()
            .map(|&i| {
                let mut a = to_actor(doc, &all[i].0);
                a.antecedent = all[i].0.antecedent.map(|x| new_of_old[x]);
                a
            })
            .collect();
    }
}
impl Recogniser {
    /// The country a found phrase names for certain: a Phoenix country, city or adjective, or a
    /// service only that phrase names (services sharing a name are what the countries decide).
    fn country_of<'a>(&'a self, f: &'a index::Found, date: Option<DictDate>) -> Option<&'a str> {
        let mut services = f.entries.iter().filter_map(|e| match e {
            index::Entry::Service {
                service,
                needs_context: false,
                ..
            } => Some(*service),
            _ => None,
        });
        if let (Some(one), None) = (services.next(), services.next()) {
            return Some(self.gaz.services[one].country.as_str());
        }
        f.entries.iter().find_map(|e| match e {
            index::Entry::Actor(a) => a
                .code_at(date)
                .filter(|c| c.len() == 3 && !self.lex.sectors.contains_key(*c))
                .filter(|c| c.chars().all(|ch| ch.is_ascii_uppercase())),
            _ => None,
        })
    }

    /// Whether word `t` is the subject of a reporting verb ("He added that …").
    fn speaker(&self, text: &str, tokens: &[dossier_core::Token], t: usize) -> bool {
        let a = &tokens[t].analysis;
        // (The subject of a passive does not speak: "She is said to have …", "he was told".)
        if a.deprel != "nsubj" || a.head == 0 {
            return false;
        }
        let h = &tokens[a.head as usize - 1];
        h.analysis
            .lemma(&h.form(text))
            .is_some_and(|l| self.lex.reporting.contains(l.as_ref()))
    }
}

/// dossier's own agent nouns (`data/recognise/agents.txt`), parsed once with the Phoenix reader.
fn extra_agents() -> Result<&'static [dictionaries::AgentEntry], String> {
    static AGENTS: std::sync::OnceLock<Result<Vec<dictionaries::AgentEntry>, String>> = std::sync::OnceLock::new();
    AGENTS
        .get_or_init(|| {
            let parsed =
                dictionaries::parse_agents("agents.txt", include_str!("../../../../data/recognise/agents.txt"));
            match parsed.refused.first() {
                Some(e) => Err(e.to_string()),
                None => Ok(parsed.value.entries),
            }
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// dossier's own actor words, read as Phoenix actors: national media
/// (`data/recognise/media.txt`), nationality words (`data/recognise/nationalities.txt`),
/// officials and other people the news names (`data/recognise/people.txt`), then
/// state bodies whose name says their country (`data/gazetteer/state_bodies.txt`).
fn own_actors() -> Result<&'static [dictionaries::ActorEntry], String> {
    own_actor_lists().map(|(all, _, _)| all)
}

/// [`own_actors`], the state bodies at its end, and the people.
#[allow(clippy::type_complexity)]
fn own_actor_lists() -> Result<
    (
        &'static [dictionaries::ActorEntry],
        &'static [dictionaries::ActorEntry],
        &'static [dictionaries::ActorEntry],
    ),
    String,
> {
    type Lists = (
        Vec<dictionaries::ActorEntry>,
        std::ops::Range<usize>,
        std::ops::Range<usize>,
    );
    static ACTORS: std::sync::OnceLock<Result<Lists, String>> = std::sync::OnceLock::new();
    ACTORS
        .get_or_init(|| {
            let files = [
                ("media.txt", include_str!("../../../../data/recognise/media.txt")),
                (
                    "nationalities.txt",
                    include_str!("../../../../data/recognise/nationalities.txt"),
                ),
                ("people.txt", include_str!("../../../../data/recognise/people.txt")),
                (
                    "state_bodies.txt",
                    include_str!("../../../../data/gazetteer/state_bodies.txt"),
                ),
            ];
            let mut entries = Vec::new();
            let (mut bodies, mut people) = (0..0, 0..0);
            for (name, text) in files {
                let parsed = dictionaries::parse_actors(name, text);
                if let Some(e) = parsed.refused.first() {
                    return Err(e.to_string());
                }
                let from = entries.len();
                entries.extend(parsed.value.entries);
                match name {
                    "people.txt" => people = from..entries.len(),
                    "state_bodies.txt" => bodies = from..entries.len(),
                    _ => {}
                }
            }
            Ok((entries, bodies, people))
        })
        .as_ref()
        .map(|(v, bodies, people)| (v.as_slice(), &v[bodies.clone()], &v[people.clone()]))
        .map_err(Clone::clone)
}

/// Whether an actor entry is one of `data/gazetteer/state_bodies.txt`: an organisation that a
/// country word before it may give to another state ("the German Foreign Office").
pub(crate) fn is_state_body(a: &dictionaries::ActorEntry) -> bool {
    own_actor_lists().is_ok_and(|(_, bodies, _)| bodies.as_ptr_range().contains(&(a as *const _)))
}

/// Whether an actor entry is one of `data/recognise/people.txt`: a person.
pub(crate) fn is_listed_person(a: &dictionaries::ActorEntry) -> bool {
    own_actor_lists().is_ok_and(|(_, _, people)| people.as_ptr_range().contains(&(a as *const _)))
}

/// Whether an actor entry names a person: one of `people.txt`, or a Phoenix entry with a role
/// history (dated codes: "ARIEL_SHARON_ [ISRGOV 010307-060414]") or an elite code (`ELI`), which
/// the Phoenix files give people, not organisations. (A country's dated codes — "UZBEKISTAN_
/// [USRUZB <910901]" — make it a country, never a named actor, so they do not reach here.)
pub(crate) fn is_person_entry(a: &dictionaries::ActorEntry) -> bool {
    is_listed_person(a)
        || !is_state_body(a)
            && a.codes
                .iter()
                .any(|c| c.is_dated() || c.code.len() >= 6 && &c.code[3..6] == "ELI")
}

fn to_actor(doc: &Document, p: &coref::Placed) -> Actor {
    let sent = &doc.sentences[p.sentence];
    let first = sent.tokens.start as usize + p.draft.start;
    let last = sent.tokens.start as usize + p.draft.end - 1;
    let span = Span {
        start: doc.tokens[first].span.start,
        end: doc.tokens[last].span.end,
    };
    let (country, sector) = p.draft.country_sector();
    Actor {
        sentence: p.sentence as u32,
        span,
        tokens: first as u32..last as u32 + 1,
        code: p.draft.final_code(),
        country,
        sector,
        entity: p.draft.entity.clone(),
        person: p.draft.person,
        antecedent: p.antecedent.map(|a| a as u32),
        rule: p.draft.rules.join("; "),
    }
}

impl Stage for Recogniser {
    fn name(&self) -> &'static str {
        "recognise"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.recognise(doc);
        Ok(())
    }
}
