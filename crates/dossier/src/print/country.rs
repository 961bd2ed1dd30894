//! Two-letter ISO 3166 country codes for the formats that want them (PLOVER's `eventLoc`), from
//! `data/export/iso3166_alpha2.txt`. Lookup only; it never guesses a code the table lacks.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../../data/export/iso3166_alpha2.txt");

fn table() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        TABLE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (a3, a2) = l.split_once('|')?;
                Some((a3.trim(), a2.trim()))
            })
            .collect()
    })
}

/// The alpha-2 code of an alpha-3 country code (`GBR` → `GB`), if the table has it.
pub fn alpha2(alpha3: &str) -> Option<&'static str> {
    table().get(alpha3).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes() {
        assert_eq!(alpha2("GBR"), Some("GB"));
        assert_eq!(alpha2("CHE"), Some("CH"));
        assert_eq!(alpha2("SUN"), Some("SU"));
        assert_eq!(alpha2("IGO"), None);
        assert_eq!(alpha2(""), None);
    }

    #[test]
    fn every_gazetteer_country_has_two_letters() {
        let countries = include_str!("../../../../data/gazetteer/iso3166.txt");
        let missing: Vec<&str> = countries
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('|').next().map(str::trim))
            .filter(|c| alpha2(c).is_none())
            .collect();
        assert!(missing.is_empty(), "no alpha-2 code for {missing:?}");
        assert!(table()
            .values()
            .all(|a2| a2.len() == 2 && a2.chars().all(|c| c.is_ascii_uppercase())));
    }
}
