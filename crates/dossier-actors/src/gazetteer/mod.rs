//! The intelligence-services gazetteer: services (foreign, domestic, military, signals, and the
//! police bodies that do counter-intelligence), their names in English and in their own
//! languages, predecessors and successors, the cyber units and APT groups publicly attributed
//! to them, and the role nouns of the trade ("case officer", "mole", "defector").
//!
//! The data lives in `data/gazetteer/` (format: its `README.md`), is embedded at build time
//! and parsed once ([`builtin`]). A [`Gazetteer`] answers:
//! - which services a surface form may name ([`Gazetteer::lookup`]), and which one it names
//!   given the countries the document mentions and its date ([`Gazetteer::resolve`], the
//!   disambiguation rule below);
//! - which service a group is attributed to ([`Gazetteer::attributed`]);
//! - what a role noun means ([`Gazetteer::role`]);
//! - counts for `dossier gazetteer stats` ([`Gazetteer::stats`]) and data checks
//!   ([`Gazetteer::validate`]).
//!
//! **Disambiguation.** A form held by several services (`NIS`: South Korea, Kenya, Norway)
//! must carry a deciding flag on every holder: `if-country` (chosen when the service's
//! country is mentioned in the document), `if-date` (chosen when the document date is in the
//! service's `valid:` range), or `default` (chosen when nothing else decides; at most one per
//! form). Without a default and without a deciding context the form stays unresolved.
//! `needs-context` and `cs` (case-sensitive) govern whether a form counts as a mention at all;
//! that check belongs to the recogniser, which sees the sentence.
//!
//! This module does not find mentions in text and does not code events; it only knows names.

mod date;
mod error;
mod model;
mod parse;
mod stats;
mod validate;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use date::{DateRange, PartialDate};
pub use error::GazetteerError;
pub use model::{
    Attribution, Kind, Link, Name, NameField, NameFlags, Origin, Relation, Role, RoleKind, Sector, Service,
};
pub use parse::{parse_countries, parse_other_readings, parse_roles, parse_services, Country, OtherReading};
pub use stats::Stats;

/// The embedded service files, as (path shown in messages, text).
const SERVICE_FILES: &[(&str, &str)] = &[
    (
        "data/gazetteer/services_americas.txt",
        include_str!("../../../../data/gazetteer/services_americas.txt"),
    ),
    (
        "data/gazetteer/services_europe.txt",
        include_str!("../../../../data/gazetteer/services_europe.txt"),
    ),
    (
        "data/gazetteer/services_eurasia.txt",
        include_str!("../../../../data/gazetteer/services_eurasia.txt"),
    ),
    (
        "data/gazetteer/services_mena.txt",
        include_str!("../../../../data/gazetteer/services_mena.txt"),
    ),
    (
        "data/gazetteer/services_asia_pacific.txt",
        include_str!("../../../../data/gazetteer/services_asia_pacific.txt"),
    ),
    (
        "data/gazetteer/services_africa.txt",
        include_str!("../../../../data/gazetteer/services_africa.txt"),
    ),
];

/// The files of the built-in gazetteer.
pub const BUILTIN_SOURCES: Sources<'static> = Sources {
    services: SERVICE_FILES,
    roles: (
        "data/gazetteer/roles.txt",
        include_str!("../../../../data/gazetteer/roles.txt"),
    ),
    countries: (
        "data/gazetteer/iso3166.txt",
        include_str!("../../../../data/gazetteer/iso3166.txt"),
    ),
    other_readings: (
        "data/gazetteer/other_readings.txt",
        include_str!("../../../../data/gazetteer/other_readings.txt"),
    ),
};

/// The texts a gazetteer is built from, each as (path shown in messages, text).
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub services: &'a [(&'a str, &'a str)],
    pub roles: (&'a str, &'a str),
    pub countries: (&'a str, &'a str),
    pub other_readings: (&'a str, &'a str),
}

/// The gazetteer built into the binary, parsed on first use.
pub fn builtin() -> Result<&'static Gazetteer, GazetteerError> {
    static BUILTIN: OnceLock<Result<Gazetteer, GazetteerError>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| Gazetteer::from_sources(&BUILTIN_SOURCES))
        .as_ref()
        .map_err(Clone::clone)
}

/// Points at one surface form of one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef {
    pub service: usize,
    pub field: NameField,
    /// Index within the field's list (0 for `name`).
    pub index: usize,
}

/// A service a surface form may name, with the form that matched.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub service: &'a Service,
    pub name: &'a Name,
}

/// What the document tells the disambiguation rule.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// ISO alpha-3 codes of the countries the document mentions.
    pub countries: &'a [&'a str],
    /// The document date.
    pub date: Option<PartialDate>,
}

/// Parsed services, roles and countries, with their lookup indexes.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub services: Vec<Service>,
    pub roles: Vec<Role>,
    pub countries: Vec<Country>,
    /// Forms that also have a common non-intelligence meaning.
    pub other_readings: Vec<OtherReading>,
    /// Lower-cased surface form → the forms that have it.
    forms: HashMap<String, Vec<NameRef>>,
    /// Lower-cased group name → (service, attribution) indices.
    groups: HashMap<String, Vec<(usize, usize)>>,
    /// Lower-cased role noun or plural → role indices.
    role_forms: HashMap<String, Vec<usize>>,
    /// Service id → index.
    ids: HashMap<String, usize>,
}

impl Gazetteer {
    /// Parses the given files and builds the indexes. Only syntax is checked here; call
    /// [`Gazetteer::validate`] for the cross-entry checks.
    pub fn from_sources(sources: &Sources<'_>) -> Result<Self, GazetteerError> {
        let mut services = Vec::new();
        for (file, text) in sources.services {
            services.extend(parse_services(file, text)?);
        }
        let roles = parse_roles(sources.roles.0, sources.roles.1)?;
        let countries = parse_countries(sources.countries.0, sources.countries.1)?;
        let other_readings = parse_other_readings(sources.other_readings.0, sources.other_readings.1)?;
        Ok(Self::new(services, roles, countries, other_readings))
    }

    /// Builds the indexes over already parsed entries.
    pub fn new(
        services: Vec<Service>,
        roles: Vec<Role>,
        countries: Vec<Country>,
        other_readings: Vec<OtherReading>,
    ) -> Self {
        let mut forms: HashMap<String, Vec<NameRef>> = HashMap::new();
        let mut groups: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let mut ids = HashMap::new();
        for (s, service) in services.iter().enumerate() {
            ids.entry(service.id.clone()).or_insert(s);
            let mut counters = [0usize; 4];
            for (field, name) in service.names() {
                let slot = match field {
                    NameField::Name => 0,
                    NameField::Alias => 1,
                    NameField::Native => 2,
                    NameField::Translit => 3,
                };
                let index = counters[slot];
                counters[slot] += 1;
                forms.entry(name.text.to_lowercase()).or_default().push(NameRef {
                    service: s,
                    field,
                    index,
                });
            }
            for (a, attribution) in service.attributions.iter().enumerate() {
                for group in &attribution.groups {
                    let entry = groups.entry(group.to_lowercase()).or_default();
                    if !entry.contains(&(s, a)) {
                        entry.push((s, a));
                    }
                }
            }
        }
        let mut role_forms: HashMap<String, Vec<usize>> = HashMap::new();
        for (r, role) in roles.iter().enumerate() {
            for form in std::iter::once(&role.noun).chain(&role.plurals) {
                role_forms.entry(form.to_lowercase()).or_default().push(r);
            }
        }
        Self {
            services,
            roles,
            countries,
            other_readings,
            forms,
            groups,
            role_forms,
            ids,
        }
    }

    /// The service with this id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.ids.get(id).map(|&i| &self.services[i])
    }

    /// The name a [`NameRef`] points at.
    pub fn name(&self, r: NameRef) -> &Name {
        let service = &self.services[r.service];
        match r.field {
            NameField::Name => &service.name,
            NameField::Alias => &service.aliases[r.index],
            NameField::Native => &service.native[r.index],
            NameField::Translit => &service.translit[r.index],
        }
    }

    /// Every form that matches `surface`: case-insensitively, except forms flagged `cs`,
    /// which must match exactly.
    pub fn lookup(&self, surface: &str) -> Vec<Candidate<'_>> {
        let Some(refs) = self.forms.get(&surface.to_lowercase()) else {
            return Vec::new();
        };
        refs.iter()
            .map(|&r| Candidate {
                service: &self.services[r.service],
                name: self.name(r),
            })
            .filter(|c| !c.name.flags.case_sensitive || c.name.text == surface)
            .collect()
    }

    /// The services holding a lower-cased form, one entry per service, each with the union
    /// of the flags its matching forms carry.
    fn holders(&self, refs: &[NameRef]) -> Vec<(usize, NameFlags)> {
        let mut out: Vec<(usize, NameFlags)> = Vec::new();
        for r in refs {
            let f = self.name(*r).flags;
            match out.iter_mut().find(|(s, _)| *s == r.service) {
                Some((_, flags)) => {
                    flags.case_sensitive |= f.case_sensitive;
                    flags.needs_context |= f.needs_context;
                    flags.default |= f.default;
                    flags.if_country |= f.if_country;
                    flags.if_date |= f.if_date;
                }
                None => out.push((r.service, f)),
            }
        }
        out
    }

    /// The one service `surface` names in this context, by the disambiguation rule of the
    /// module doc; `None` when no service has the form or the rule leaves it undecided.
    pub fn resolve(&self, surface: &str, context: &Context<'_>) -> Option<&Service> {
        let matching: Vec<NameRef> = match self.forms.get(&surface.to_lowercase()) {
            Some(refs) => refs
                .iter()
                .copied()
                .filter(|&r| {
                    let name = self.name(r);
                    !name.flags.case_sensitive || name.text == surface
                })
                .collect(),
            None => return None,
        };
        let holders = self.holders(&matching);
        self.choose(&holders, context).map(|s| &self.services[s])
    }

    /// The rule itself, over (service index, flags) holders of one form (one entry per
    /// service); `None` when the rule leaves it undecided.
    pub fn choose(&self, holders: &[(usize, NameFlags)], context: &Context<'_>) -> Option<usize> {
        if holders.len() <= 1 {
            return holders.first().map(|h| h.0);
        }
        let mut pool: Vec<(usize, NameFlags)> = holders
            .iter()
            .copied()
            .filter(|(s, f)| f.if_country && context.countries.contains(&self.services[*s].country.as_str()))
            .collect();
        if pool.is_empty() {
            pool = holders.to_vec();
        }
        if pool.len() > 1 {
            if let Some(date) = context.date {
                let by_date: Vec<_> = pool
                    .iter()
                    .copied()
                    .filter(|(s, f)| f.if_date && self.services[*s].valid.is_some_and(|v| v.contains(date)))
                    .collect();
                if !by_date.is_empty() {
                    pool = by_date;
                }
            }
        }
        if pool.len() == 1 {
            return Some(pool[0].0);
        }
        pool.iter().find(|(_, f)| f.default).map(|h| h.0)
    }

    /// Forms held by more than one service: (lower-cased form, holders with merged flags),
    /// sorted by form.
    pub fn shared_forms(&self) -> Vec<(&str, Vec<(&Service, NameFlags)>)> {
        let mut out: Vec<_> = self
            .forms
            .iter()
            .filter_map(|(form, refs)| {
                let holders = self.holders(refs);
                (holders.len() > 1).then(|| {
                    let holders = holders.into_iter().map(|(s, f)| (&self.services[s], f)).collect();
                    (form.as_str(), holders)
                })
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// The services a group (APT name, unit number) is publicly attributed to, with the
    /// attribution.
    pub fn attributed(&self, group: &str) -> Vec<(&Service, &Attribution)> {
        self.groups
            .get(&group.to_lowercase())
            .map(|v| {
                v.iter()
                    .map(|&(s, a)| (&self.services[s], &self.services[s].attributions[a]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The role a noun or plural names, case-insensitively.
    pub fn role(&self, form: &str) -> Option<&Role> {
        self.role_forms
            .get(&form.to_lowercase())
            .and_then(|v| v.first())
            .map(|&r| &self.roles[r])
    }

    /// The services that directly replaced `id`, from `successor-of:` and `predecessor-of:`
    /// lines in either entry.
    pub fn successors(&self, id: &str) -> Vec<&Service> {
        self.related(id, Relation::PredecessorOf)
    }

    /// The services `id` directly replaced.
    pub fn predecessors(&self, id: &str) -> Vec<&Service> {
        self.related(id, Relation::SuccessorOf)
    }

    /// Services linked to `id` where, read from `id`'s side, the relation is `relation`.
    fn related(&self, id: &str, relation: Relation) -> Vec<&Service> {
        let mut found: Vec<&Service> = Vec::new();
        if let Some(me) = self.service(id) {
            for link in me.links.iter().filter(|l| l.relation == relation) {
                found.extend(self.service(&link.id));
            }
        }
        let reverse = match relation {
            Relation::SuccessorOf => Relation::PredecessorOf,
            Relation::PredecessorOf => Relation::SuccessorOf,
        };
        found.extend(
            self.services
                .iter()
                .filter(|o| o.links.iter().any(|l| l.relation == reverse && l.id == id)),
        );
        let mut out: Vec<&Service> = Vec::new();
        for s in found {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
        out
    }

    /// The living heir of service `service` when the document is dated after the end of the
    /// state it served (`SUN` ended 1991-12-26, `DDR` 1990-10-03; `iso3166.txt`): of its
    /// successors (`successor-of:`/`predecessor-of:` lines), the first whose country the
    /// document names, else the first listed. "A former KGB agent" in a 2016 story is coded by
    /// Russia's services (`RUSSPY`), since codes name states that exist when the text is
    /// written. `None`: a living state's service, no document date, a date within the state's
    /// life, or no successor (the Stasi).
    pub fn heir(&self, service: usize, context: &Context<'_>) -> Option<&Service> {
        let s = self.services.get(service)?;
        let end = self.country(&s.country)?.former?.to?;
        if !context.date?.after(end) {
            return None;
        }
        let heirs = self.successors(&s.id);
        heirs
            .iter()
            .find(|h| context.countries.contains(&h.country.as_str()))
            .or(heirs.first())
            .copied()
    }

    /// The country list entry for a code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }
}
