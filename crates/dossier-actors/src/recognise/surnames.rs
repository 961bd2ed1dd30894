//! Leaders named by title and surname ("President Kabila", "Chancellor Merkel"): the Phoenix
//! dictionaries list people by their full names; this index maps the last word of each
//! multi-word actor phrase to its entries, so that a titled surname the dictionaries know can
//! take their country.
//!
//! `compose` asks it only for a name right after a title, and takes the answer only when every
//! entry with that surname belongs to one country at the document's date. What it must not do:
//! match a surname on its own, or choose between people of different countries.

use crate::dictionaries::{ActorEntry, DictDate, DictionarySet};
use fxhash::FxHashMap as HashMap;

pub struct Surnames {
    map: HashMap<String, Vec<&'static ActorEntry>>,
    /// First words of multi-word phrases: a surname that also leads a name ("Kim Jong Un") may
    /// be written first, so its last-word entries do not tell whose it is.
    leading: fxhash::FxHashSet<String>,
}

impl Surnames {
    pub fn build(dict: &'static DictionarySet) -> Self {
        let mut map: HashMap<String, Vec<&'static ActorEntry>> = HashMap::default();
        let mut leading = fxhash::FxHashSet::default();
        for e in dict.actors.iter().flat_map(|d| &d.entries) {
            for p in e.phrases.iter().filter(|p| p.words.len() >= 2) {
                leading.insert(p.words[0].to_lowercase());
                let Some(last) = p.words.last() else { continue };
                let key = last.to_lowercase();
                let v = map.entry(key).or_default();
                if !v.iter().any(|x| std::ptr::eq(*x, e)) {
                    v.push(e);
                }
            }
        }
        Surnames { map, leading }
    }

    /// The one country of the people the dictionaries know by this surname, at `date`; `None`
    /// when there is none or more than one.
    pub fn country(&self, surname: &str, date: Option<DictDate>) -> Option<(String, &'static ActorEntry)> {
        let key = surname.to_lowercase();
        if self.leading.contains(&key) {
            return None;
        }
        let entries = self.map.get(&key)?;
        let mut found: Option<(String, &'static ActorEntry)> = None;
        for e in entries {
            let Some(code) = e.code_at(date).filter(|c| c.len() >= 6) else {
                continue;
            };
            let c = code[..3].to_string();
            match &found {
                Some((k, _)) if *k != c => return None,
                Some(_) => {}
                None => found = Some((c, e)),
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_of_one_country_is_found_and_a_shared_one_is_not() {
        let dict = crate::dictionaries::phoenix().unwrap();
        let s = Surnames::build(dict);
        // The dictionaries list two Kabilas, both of Congo (DR).
        assert_eq!(s.country("Kabila", None).map(|x| x.0).as_deref(), Some("COD"));
        // Kim: Korean names put it first.
        assert_eq!(s.country("Kim", None), None);
        assert_eq!(s.country("Qwertyuiop", None), None);
    }
}
