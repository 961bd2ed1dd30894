//! The link stage (SPEC.md stage 8): which stored reports tell the same real-world event
//! (`rule`), from what each report says (`facts`; a story's lead, `lead`), and which names are one
//! entity (`entity_key`).
//! Pure functions; the store calls them while it writes.

pub mod facts;
pub mod lead;
pub mod rule;
pub mod story;

pub use facts::Facts;

/// The key of the entity behind an actor mention: its country and its normalised name ("GBR|
/// secret intelligence service"), so that "MI6", "SIS" and "Britain's secret intelligence
/// service", which the recogniser names alike, are one entity. A person whose surname is rare in
/// news is keyed by the surname alone, however the rest is spelt or titled and whatever code the
/// context gave ("Capt. Maksim Kuzminov", "Maxim Kuzminov", "Kuzminov": "person|kuzminov"); a
/// common surname ("Wang", "Smith") keeps the whole name and country. A mention with no name is
/// keyed by its code alone (the country or body as such).
pub fn entity_key(code: Option<&str>, name: Option<&str>, person: bool) -> Option<String> {
    let country = code.map(facts::country).unwrap_or_default();
    let name = name.map(facts::normalise).filter(|n| !n.is_empty());
    if person {
        let surname = name.as_deref().and_then(|n| n.rsplit(' ').next()).unwrap_or("");
        if surname.chars().count() >= 3 && story::rarity(surname).is_some() {
            return Some(format!("person|{surname}"));
        }
    }
    match name {
        Some(n) => Some(format!("{country}|{n}")),
        None => code.map(|c| format!("{c}|")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_in_one_country_is_one_entity() {
        assert_eq!(
            entity_key(Some("GBRSPY"), Some("Secret Intelligence Service"), false),
            entity_key(Some("GBRSPY"), Some("secret  intelligence service"), false)
        );
        assert_ne!(
            entity_key(Some("GBRSPY"), Some("Secret Intelligence Service"), false),
            entity_key(Some("USASPY"), Some("Secret Intelligence Service"), false)
        );
        assert_eq!(entity_key(Some("CHN"), None, false).as_deref(), Some("CHN|"));
        assert_eq!(entity_key(None, None, false), None);
    }

    #[test]
    fn a_person_however_spelt_is_one_entity_when_the_surname_is_rare() {
        let k = |code, name| entity_key(code, Some(name), true);
        assert_eq!(k(Some("RUSMIL"), "Capt. Maksim Kuzminov"), k(None, "Maxim Kuzminov"));
        assert_eq!(k(None, "Kuzminov").as_deref(), Some("person|kuzminov"));
        // A common surname keeps the whole name: two Wangs are two people.
        assert_ne!(k(Some("CHNGOV"), "Wang Yi"), k(Some("CHNGOV"), "Wang Wenbin"));
    }
}
