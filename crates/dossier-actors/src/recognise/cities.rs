//! Ambiguous city names as actors: "Alexandria", "Portland" or "Tripoli" name a city that the
//! actor dictionaries give one country (Phoenix: `EGY` for Alexandria), but the place table knows
//! readings in several countries. A city that is no country's name follows the countries the
//! rest of the document names, as places do ([`crate::places`]): "a federal court in Alexandria"
//! in a story about the CIA is in Virginia. The choice is `places::resolve::choose` with the
//! document's other, unambiguous countries; the dictionary's country stays unless a reading lies
//! in a country the document names and the dictionary's does not win there first (population
//! breaks ties between readings, and a small town never beats a city five times its size).
//!
//! With no such country, a city named after "federal" ("a federal court in Alexandria") takes
//! its one reading in a federation (`federal` and `federation` in `home_bodies.txt`).
//!
//! Decides the country of such city mentions only; nothing else.

use crate::places::resolve;
use crate::places::table::{self, Feature, PlaceTable, Reading};

/// The place readings of a city phrase coded as country `code`, when they span several
/// countries and none of them is a country (a country's own name is never re-read).
pub fn ambiguous<'t>(t: &'t PlaceTable, words: &[&str], code: &str) -> Option<&'t [Reading]> {
    if words.is_empty() || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let mut key = String::new();
    table::key_into(&words.join(" "), &mut key);
    let readings = t.lookup(&key)?;
    let entries = || readings.iter().map(|r| t.entry(r));
    let home = entries().any(|e| &*e.country == code);
    let elsewhere = entries().any(|e| &*e.country != code);
    let city = entries().all(|e| e.feature == Feature::City);
    (home && elsewhere && city).then_some(readings)
}

/// The country a document's other countries give an ambiguous city, with the rule, if it is not
/// the dictionary's `code`. `named(c)`: how often the document names `c` unambiguously.
pub fn reread(
    t: &PlaceTable,
    readings: &[Reading],
    code: &str,
    named: &dyn Fn(&str) -> u32,
) -> Option<(String, String)> {
    let (r, why) = resolve::choose(t, readings, None, named)?;
    let e = t.entry(&r);
    (&*e.country != code && named(&e.country) > 0).then(|| {
        (
            e.country.to_string(),
            format!(
                "ambiguous city read as {}, {} ({why})",
                e.name,
                if e.admin1_name.is_empty() {
                    &*e.country
                } else {
                    &*e.admin1_name
                }
            ),
        )
    })
}

/// "A federal court in Alexandria": a city named with a federation's central state before it
/// lies in a federation. The one reading in a country of `federations`, with the rule, when the
/// dictionary's `code` is not one.
pub fn federal_reading(
    t: &PlaceTable,
    readings: &[Reading],
    code: &str,
    federations: &fxhash::FxHashSet<String>,
) -> Option<(String, String)> {
    if federations.contains(code) {
        return None;
    }
    let mut inside = readings
        .iter()
        .map(|r| t.entry(r))
        .filter(|e| federations.contains(&*e.country));
    let e = inside.next()?;
    if inside.any(|o| o.country != e.country) {
        return None;
    }
    Some((
        e.country.to_string(),
        format!(
            "ambiguous city after `federal` read in a federation: {}, {}",
            e.name,
            if e.admin1_name.is_empty() {
                &*e.country
            } else {
                &*e.admin1_name
            }
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> &'static PlaceTable {
        table::builtin().expect("place table")
    }

    #[test]
    fn follows_a_named_country_not_the_dictionary() {
        let r = ambiguous(t(), &["Alexandria"], "EGY").expect("several readings");
        let usa = |c: &str| u32::from(c == "USA");
        let (c, rule) = reread(t(), r, "EGY", &usa).expect("re-read");
        assert_eq!(c, "USA");
        assert!(rule.contains("Virginia"), "{rule}");
        // Nothing named, or the dictionary's country named: the dictionary stands.
        assert_eq!(reread(t(), r, "EGY", &|_| 0), None);
        assert_eq!(reread(t(), r, "EGY", &|c| u32::from(c == "EGY" || c == "USA")), None);
    }

    #[test]
    fn country_names_and_lower_case_are_never_ambiguous_cities() {
        assert!(ambiguous(t(), &["Georgia"], "GEO").is_none());
        assert!(ambiguous(t(), &["alexandria"], "EGY").is_none());
        assert!(ambiguous(t(), &[], "EGY").is_none());
    }
}
