//! Cross-entry checks of the gazetteer data: ids, countries against `iso3166.txt`, sectors
//! against kinds, links and parents, attributions, role forms, forms with a common other
//! reading (`other_readings.txt`), and that every form shared by several services is decided
//! by the disambiguation rule (see the module doc of `gazetteer`).
//!
//! Each finding is a [`GazetteerError`] naming the line of the entry concerned.

use std::collections::{HashMap, HashSet};

use super::date::PartialDate;
use super::error::GazetteerError;
use super::model::{Kind, Name, NameFlags, Origin, Sector, Service};
use super::{Context, Gazetteer};

fn issue(origin: &Origin, message: String) -> GazetteerError {
    GazetteerError::new(&origin.file, origin.line, message)
}

impl Gazetteer {
    /// Every problem found in the data; empty when the data is sound.
    pub fn validate(&self) -> Vec<GazetteerError> {
        let mut out = Vec::new();
        self.check_countries(&mut out);
        self.check_services(&mut out);
        self.check_shared_forms(&mut out);
        self.check_other_readings(&mut out);
        self.check_roles(&mut out);
        out
    }

    fn check_countries(&self, out: &mut Vec<GazetteerError>) {
        let mut seen = HashSet::new();
        for c in &self.countries {
            if !seen.insert(c.code.as_str()) {
                out.push(issue(&c.origin, format!("country code {} listed twice", c.code)));
            }
        }
    }

    fn check_services(&self, out: &mut Vec<GazetteerError>) {
        let mut ids: HashMap<&str, &Origin> = HashMap::new();
        let mut group_owner: HashMap<String, &str> = HashMap::new();
        for s in &self.services {
            let at = &s.origin;
            if let Some(first) = ids.insert(&s.id, at) {
                out.push(issue(at, format!("id {} already used at {first}", s.id)));
            }
            if !s.id.starts_with(&format!("{}-", s.country)) {
                out.push(issue(
                    at,
                    format!("id {} does not start with its country {}", s.id, s.country),
                ));
            }
            match self.country(&s.country) {
                None => out.push(issue(
                    at,
                    format!("{}: country {} is not in iso3166.txt", s.id, s.country),
                )),
                Some(c) => {
                    if let Some(state) = c.former {
                        let ends_in_state = s.valid.and_then(|v| v.to).is_some_and(|end| state.contains(end));
                        if !ends_in_state {
                            out.push(issue(
                                at,
                                format!(
                                    "{}: {} is a former state ({state}); the service needs a `valid:` range \
                                     that ends within it",
                                    s.id, s.country
                                ),
                            ));
                        }
                    }
                }
            }
            let police = s.kind == Kind::Police;
            let expected = if police { Sector::Cop } else { Sector::Spy };
            if s.sector != expected {
                out.push(issue(
                    at,
                    format!(
                        "{}: kind {} goes with sector {expected}, not {} (rule in data/gazetteer/README.md)",
                        s.id,
                        s.kind.as_str(),
                        s.sector
                    ),
                ));
            }
            if let Some(parent) = &s.parent {
                if parent == &s.id || self.service(parent).is_none() {
                    out.push(issue(at, format!("{}: parent {parent} is not another entry", s.id)));
                }
            }
            for link in &s.links {
                if link.id == s.id || self.service(&link.id).is_none() {
                    out.push(issue(at, format!("{}: link to {} is not another entry", s.id, link.id)));
                }
            }
            let mut forms: Vec<&Name> = Vec::new();
            for (_, name) in s.names() {
                // Two case-sensitive forms may differ only in case ("KAPO", "Kapo").
                let twice = forms.iter().any(|f| {
                    f.text.to_lowercase() == name.text.to_lowercase()
                        && (f.text == name.text || !f.flags.case_sensitive || !name.flags.case_sensitive)
                });
                if twice {
                    out.push(issue(at, format!("{}: form `{}` given twice", s.id, name.text)));
                }
                forms.push(name);
                if name.flags.if_date && s.valid.is_none() {
                    out.push(issue(
                        at,
                        format!("{}: `{}` is if-date but there is no `valid:`", s.id, name.text),
                    ));
                }
                if name.text.trim() != name.text || name.text.contains("  ") {
                    out.push(issue(at, format!("{}: stray spaces in `{}`", s.id, name.text)));
                }
            }
            for a in &s.attributions {
                if a.by.is_empty() {
                    out.push(issue(
                        &a.origin,
                        format!("{}: attribution of {} does not say `by:` whom", s.id, a.groups[0]),
                    ));
                }
                for g in &a.groups {
                    let owner = group_owner.entry(g.to_lowercase()).or_insert(&s.id);
                    if *owner != s.id {
                        out.push(issue(
                            &a.origin,
                            format!("{}: group {g} is also attributed to {owner}", s.id),
                        ));
                    }
                }
            }
        }
    }

    /// Every shared form: each holder carries a deciding flag, at most one is the default, and
    /// each holder is chosen in some context (so no holder is shadowed by another).
    fn check_shared_forms(&self, out: &mut Vec<GazetteerError>) {
        for (form, holders) in self.shared_forms() {
            let at = &holders[0].0.origin;
            let ids: Vec<&str> = holders.iter().map(|(s, _)| s.id.as_str()).collect();
            let list = ids.join(", ");
            for (s, flags) in &holders {
                if !flags.decides() {
                    out.push(issue(
                        &s.origin,
                        format!(
                            "`{form}` is shared by {list}; {} needs `default`, `if-country` or `if-date`",
                            s.id
                        ),
                    ));
                }
            }
            if holders.iter().filter(|(_, f)| f.default).count() > 1 {
                out.push(issue(at, format!("`{form}` has more than one `default` among {list}")));
            }
            for (s, _) in &holders {
                if !self.reachable(&holders, s) {
                    out.push(issue(
                        &s.origin,
                        format!("`{form}` is shared by {list}, and no context chooses {}", s.id),
                    ));
                }
            }
        }
    }

    /// Whether some context (no country or one holder's country; no date or a date at an end
    /// of a holder's range) makes the rule choose `target`.
    fn reachable(&self, holders: &[(&Service, NameFlags)], target: &Service) -> bool {
        let indexed: Vec<(usize, NameFlags)> = holders
            .iter()
            .map(|(s, f)| {
                (
                    self.services.iter().position(|x| x.id == s.id).unwrap_or(usize::MAX),
                    *f,
                )
            })
            .collect();
        let mut countries: Vec<Option<&str>> = vec![None];
        countries.extend(holders.iter().map(|(s, _)| Some(s.country.as_str())));
        let mut dates: Vec<Option<PartialDate>> = vec![None];
        for (s, _) in holders {
            if let Some(v) = s.valid {
                dates.extend([v.from, v.to].into_iter().flatten().map(Some));
            }
        }
        countries.iter().any(|country| {
            let list: Vec<&str> = country.iter().copied().collect();
            dates.iter().any(|date| {
                let context = Context {
                    countries: &list,
                    date: *date,
                };
                self.choose(&indexed, &context)
                    .is_some_and(|i| self.services[i].id == target.id)
            })
        })
    }

    fn check_other_readings(&self, out: &mut Vec<GazetteerError>) {
        for reading in &self.other_readings {
            let key = reading.form.to_lowercase();
            let mut found = false;
            for s in &self.services {
                for (_, name) in s.names() {
                    if name.text.to_lowercase() != key {
                        continue;
                    }
                    found = true;
                    if !name.flags.case_sensitive && !name.flags.needs_context {
                        out.push(issue(
                            &s.origin,
                            format!(
                                "{}: `{}` also means {} ({}); mark it `cs` or `needs-context`",
                                s.id, name.text, reading.meaning, reading.origin
                            ),
                        ));
                    }
                }
            }
            if !found {
                out.push(issue(
                    &reading.origin,
                    format!("`{}` is not a form of any service; remove it", reading.form),
                ));
            }
        }
    }

    fn check_roles(&self, out: &mut Vec<GazetteerError>) {
        let mut seen: HashMap<String, &Origin> = HashMap::new();
        for role in &self.roles {
            for form in std::iter::once(&role.noun).chain(&role.plurals) {
                if let Some(first) = seen.insert(form.to_lowercase(), &role.origin) {
                    out.push(issue(
                        &role.origin,
                        format!("role form `{form}` already listed at {first}"),
                    ));
                }
            }
        }
    }
}
