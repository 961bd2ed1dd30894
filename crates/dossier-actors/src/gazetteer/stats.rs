//! Counts over the gazetteer, for `dossier gazetteer stats` and for the tests that hold the
//! data to its minimum size.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::model::Kind;
use super::Gazetteer;

/// What the gazetteer holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Service entries (units with a `parent` included).
    pub services: usize,
    /// Distinct country codes among the services.
    pub countries: usize,
    /// Services per kind, in [`Kind::ALL`] order.
    pub kinds: Vec<(&'static str, usize)>,
    /// Surface forms: names, aliases, native-script names and transliterations.
    pub forms: usize,
    /// Distinct lower-cased surface forms (the size of the alias index).
    pub distinct_forms: usize,
    /// Distinct forms held by more than one service (each decided by the rule).
    pub shared_forms: usize,
    /// Native-script and transliterated forms.
    pub native_forms: usize,
    /// Services whose existence has a `valid:` range.
    pub dated_services: usize,
    /// Succession links (`successor-of:` / `predecessor-of:`).
    pub successions: usize,
    /// `attributed:` lines: cyber units and APT groups attributed to a service.
    pub attributions: usize,
    /// Distinct group names across the attributions.
    pub attributed_groups: usize,
    /// Role nouns.
    pub roles: usize,
    /// Role nouns and their plurals.
    pub role_forms: usize,
    /// ISO-3166 codes in the country list.
    pub iso_countries: usize,
}

impl Gazetteer {
    /// Counts what the gazetteer holds.
    pub fn stats(&self) -> Stats {
        let countries: HashSet<&str> = self.services.iter().map(|s| s.country.as_str()).collect();
        let kinds = Kind::ALL
            .iter()
            .map(|k| (k.as_str(), self.services.iter().filter(|s| s.kind == *k).count()))
            .collect();
        let forms = self.services.iter().map(|s| s.names().count()).sum();
        let native_forms = self.services.iter().map(|s| s.native.len() + s.translit.len()).sum();
        let attributions = self.services.iter().map(|s| s.attributions.len()).sum();
        Stats {
            services: self.services.len(),
            countries: countries.len(),
            kinds,
            forms,
            distinct_forms: self.forms.len(),
            shared_forms: self.shared_forms().len(),
            native_forms,
            dated_services: self.services.iter().filter(|s| s.valid.is_some()).count(),
            successions: self.services.iter().map(|s| s.links.len()).sum(),
            attributions,
            attributed_groups: self.groups.len(),
            roles: self.roles.len(),
            role_forms: self.role_forms.len(),
            iso_countries: self.countries.len(),
        }
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "services            {}", self.services)?;
        let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        writeln!(f, "  by kind           {}", kinds.join(", "))?;
        writeln!(f, "countries           {}", self.countries)?;
        writeln!(
            f,
            "surface forms       {} ({} distinct, {} shared, {} native or transliterated)",
            self.forms, self.distinct_forms, self.shared_forms, self.native_forms
        )?;
        writeln!(f, "dated services      {}", self.dated_services)?;
        writeln!(f, "successions         {}", self.successions)?;
        writeln!(
            f,
            "attributions        {} ({} group names)",
            self.attributions, self.attributed_groups
        )?;
        writeln!(f, "roles               {} ({} forms)", self.roles, self.role_forms)?;
        write!(f, "iso-3166 codes      {}", self.iso_countries)
    }
}
