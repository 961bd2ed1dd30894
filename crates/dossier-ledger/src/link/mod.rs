//! The link stage (SPEC.md stage 8): which stored reports tell the same real-world event
//! (`rule`), from what each report says (`facts`), and which names are one entity (`entity_key`).
//! Pure functions; the store calls them while it writes.

pub mod facts;
pub mod rule;
pub mod story;

pub use facts::Facts;

/// The key of the entity behind an actor mention: its country and its normalised name ("GBR|
/// secret intelligence service"), so that "MI6", "SIS" and "Britain's secret intelligence
/// service", which the recogniser names alike, are one entity. A mention with no name is keyed
/// by its code alone (the country or body as such).
pub fn entity_key(code: Option<&str>, name: Option<&str>) -> Option<String> {
    let country = code.map(facts::country).unwrap_or_default();
    match name.map(facts::normalise).filter(|n| !n.is_empty()) {
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
            entity_key(Some("GBRSPY"), Some("Secret Intelligence Service")),
            entity_key(Some("GBRSPY"), Some("secret  intelligence service"))
        );
        assert_ne!(
            entity_key(Some("GBRSPY"), Some("Secret Intelligence Service")),
            entity_key(Some("USASPY"), Some("Secret Intelligence Service"))
        );
        assert_eq!(entity_key(Some("CHN"), None).as_deref(), Some("CHN|"));
        assert_eq!(entity_key(None, None), None);
    }
}
