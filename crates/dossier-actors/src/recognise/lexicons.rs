//! The recognise stage's own word lists (`data/recognise/`): titles, reference words and generic
//! person nouns, parsed once. No matching happens here.

use std::collections::HashMap;

const TITLES: &str = include_str!("../../../../data/recognise/titles.txt");
const REFERENCES: &str = include_str!("../../../../data/recognise/references.txt");
const PERSON_NOUNS: &str = include_str!("../../../../data/recognise/person_nouns.txt");
const REPORTING: &str = include_str!("../../../../data/recognise/reporting_verbs.txt");

/// What a reference word may point back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Org,
    Person,
    Group,
    Any,
}

/// The parsed lists.
#[derive(Debug)]
pub struct Lexicons {
    /// Title word → sector it implies (None for "Dr", "Vice" …).
    pub titles: HashMap<String, Option<String>>,
    pub references: HashMap<String, RefKind>,
    pub person_nouns: std::collections::HashSet<String>,
    /// Lemmas of reporting verbs ("say", "add").
    pub reporting: std::collections::HashSet<String>,
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicons {
    /// Parses the embedded lists; an error names the file and line.
    pub fn builtin() -> Result<Self, String> {
        let mut titles = HashMap::new();
        for (n, l) in lines(TITLES) {
            let (w, s) = l
                .split_once('\t')
                .ok_or_else(|| format!("titles.txt:{n}: expected `word<TAB>sector`"))?;
            titles.insert(w.to_string(), (s != "-").then(|| s.to_string()));
        }
        let mut references = HashMap::new();
        for (n, l) in lines(REFERENCES) {
            let (w, k) = l
                .split_once('\t')
                .ok_or_else(|| format!("references.txt:{n}: expected `word<TAB>kind`"))?;
            let kind = match k {
                "org" => RefKind::Org,
                "person" => RefKind::Person,
                "group" => RefKind::Group,
                "any" => RefKind::Any,
                _ => return Err(format!("references.txt:{n}: unknown kind `{k}`")),
            };
            references.insert(w.to_string(), kind);
        }
        let person_nouns = lines(PERSON_NOUNS).map(|(_, l)| l.to_string()).collect();
        let reporting = lines(REPORTING).map(|(_, l)| l.to_string()).collect();
        Ok(Lexicons {
            titles,
            references,
            person_nouns,
            reporting,
        })
    }

    /// Whether a lower-cased word (with or without a final `.`) is a title.
    pub fn title(&self, lower: &str) -> Option<&Option<String>> {
        self.titles.get(lower.trim_end_matches('.'))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_parse() {
        let l = super::Lexicons::builtin().unwrap();
        assert_eq!(l.title("gen."), Some(&Some("MIL".to_string())));
        assert_eq!(l.title("dr"), Some(&None));
        assert_eq!(l.references["ministry"], super::RefKind::Org);
        assert!(l.person_nouns.contains("wife"));
    }
}
