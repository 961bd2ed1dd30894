//! From dictionary phrases found in a sentence to typed pieces: a country, a named actor
//! (organisation, service or person) with its code, or an agent/role noun with a sector.
//! Date-ranged codes are resolved with the document date here, and a name several services
//! share ("NIS", "KGB", "GRU") with the gazetteer's rule (the document's countries and date).
//! No composition happens here.

use super::index::{Entry, Found};
use super::lexicons::Lexicons;
use crate::dictionaries::{DictDate, Placement};
use crate::gazetteer::{self, Gazetteer, NameFlags};

/// What a piece contributes to an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A bare country code (`CHN` for "China", "Chinese", "Beijing").
    Country(String),
    /// A coded actor (`GBRSPY` for "MI6", `CHNGOV` for "Xi Jinping").
    Named {
        code: String,
        entity: String,
        service: bool,
        /// A person (`people.txt`, or a Phoenix entry with a role history or an elite code: see
        /// `is_person_entry`): a name a pronoun may stand for.
        person: bool,
    },
    /// An agent or role noun ("civil servants" `GOV`, "operatives" `SPY`); `prefix` for IGO-style
    /// agents whose code goes before the country's; `inherit` for roles that take the code of
    /// what the text ties them to ("GRU hackers", "military hackers").
    Agent {
        sector: String,
        prefix: bool,
        inherit: bool,
    },
}

/// A piece: sentence-relative words `start..end`, and the dictionary entry behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub rule: String,
}

/// Title case for an upper-case dictionary phrase: `XI JINPING` → `Xi Jinping`.
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the document tells piece making.
#[derive(Clone, Copy, Default)]
pub struct DocContext<'a> {
    /// The document date, for dated dictionary codes.
    pub date: Option<DictDate>,
    /// The document's countries and date, for services sharing a name.
    pub services: gazetteer::Context<'a>,
}

/// Turns found phrases into pieces; phrases whose only entries have no usable code are dropped.
/// `intelligence_context`: whether names flagged `needs-context` may count in this sentence
/// (they also count when their service's country is named in it).
/// Dictionary codes are put in SPEC.md's sectors ([`Lexicons::spec_code`]).
pub fn pieces(
    found: &[Found],
    gaz: &Gazetteer,
    lex: &Lexicons,
    doc: &DocContext<'_>,
    intelligence_context: bool,
) -> Vec<Piece> {
    let date = doc.date;
    // A name flagged `needs-context` also counts when its service's country is in the sentence
    // ("Turkish police and MIT officers").
    let countries: Vec<&str> = found
        .iter()
        .flat_map(|f| &f.entries)
        .filter_map(|e| match e {
            Entry::Actor(a) => a
                .code_at(date)
                .filter(|c| c.len() == 3 && !lex.sectors.contains_key(*c)),
            _ => None,
        })
        .collect();
    let allowed = |service: usize| intelligence_context || countries.contains(&gaz.services[service].country.as_str());
    let mut out = Vec::new();
    for f in found {
        let chosen = chosen_service(&f.entries, gaz, doc, &allowed);
        if let Some((kind, rule)) = f
            .entries
            .iter()
            .filter(|e| !matches!(e, Entry::Service { service, .. } if Some(*service) != chosen))
            .find_map(|e| piece_kind(e, gaz, lex, doc, intelligence_context))
        {
            out.push(Piece {
                start: f.start,
                end: f.end,
                kind,
                rule,
            });
        }
    }
    out
}

/// Of the services a phrase may name, the one the gazetteer's rule picks in this document
/// (`None`: no service, or the rule leaves it undecided).
fn chosen_service(
    entries: &[Entry],
    gaz: &Gazetteer,
    doc: &DocContext<'_>,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut holders: Vec<(usize, NameFlags)> = Vec::new();
    for e in entries {
        if let Entry::Service {
            service,
            needs_context,
            flags,
            ..
        } = e
        {
            if *needs_context && !allowed(*service) {
                continue;
            }
            match holders.iter_mut().find(|(s, _)| s == service) {
                Some((_, f)) => {
                    f.default |= flags.default;
                    f.if_country |= flags.if_country;
                    f.if_date |= flags.if_date;
                }
                None => holders.push((*service, *flags)),
            }
        }
    }
    gaz.choose(&holders, &doc.services)
}

fn piece_kind(
    e: &Entry,
    gaz: &Gazetteer,
    lex: &Lexicons,
    doc: &DocContext<'_>,
    intelligence_context: bool,
) -> Option<(Kind, String)> {
    let date = doc.date;
    match e {
        Entry::Actor(a) => {
            let code = a.code_at(date)?.to_string();
            if code.is_empty() || code == "---" {
                return None;
            }
            let body = super::is_state_body(a);
            let rule = if body {
                format!(
                    "state body: {} (data/gazetteer/state_bodies.txt line {})",
                    a.primary(),
                    a.line
                )
            } else {
                format!("actor dictionary: {} (line {})", a.primary(), a.line)
            };
            // A sector alone ("Reuters" `MED`) is an organisation without a country, not a country.
            let sector_only = lex.sectors.contains_key(&code);
            let code = lex.spec_code(&code);
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) && !sector_only {
                Some((Kind::Country(code), rule))
            } else {
                Some((
                    Kind::Named {
                        code,
                        entity: title_case(&a.primary().text()),
                        service: body,
                        person: super::is_person_entry(a),
                    },
                    rule,
                ))
            }
        }
        // Only the service `chosen_service` picked gets here, context checked.
        Entry::Service { service, .. } => {
            let s = &gaz.services[*service];
            // A former state's service in a later text: its heir's country ("former KGB agent").
            let (code, rule) = match gaz.heir(*service, &doc.services) {
                Some(h) => (
                    format!("{}{}", h.country, s.sector),
                    format!(
                        "gazetteer: {}; its state had ended by the document date, heir {}",
                        s.id, h.id
                    ),
                ),
                None => (s.code(), format!("gazetteer: {}", s.id)),
            };
            Some((
                Kind::Named {
                    code,
                    entity: s.name.text.clone(),
                    service: true,
                    person: false,
                },
                rule,
            ))
        }
        Entry::Agent(a) => Some((
            Kind::Agent {
                sector: lex.spec_code(&a.code.code),
                prefix: a.code.placement == Placement::Prefix,
                inherit: false,
            },
            format!("agent dictionary: {} (line {})", a.phrase, a.line),
        )),
        Entry::Role(r) => {
            let role = &gaz.roles[*r];
            if role.weak && !intelligence_context {
                return None;
            }
            Some((
                Kind::Agent {
                    sector: role.sector.as_str().to_string(),
                    prefix: false,
                    inherit: role.inherit,
                },
                format!("gazetteer role: {}", role.noun),
            ))
        }
    }
}
