//! The recognise stage's own word lists (`data/recognise/`): titles, reference words and generic
//! person nouns, parsed once. No matching happens here.

use fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};

const TITLES: &str = include_str!("../../../../data/recognise/titles.txt");
const REFERENCES: &str = include_str!("../../../../data/recognise/references.txt");
const PERSON_NOUNS: &str = include_str!("../../../../data/recognise/person_nouns.txt");
const REPORTING: &str = include_str!("../../../../data/lexicons/reporting_verbs.txt");
const GENERIC_HEADS: &str = include_str!("../../../../data/recognise/generic_heads.txt");
const HOME_BODIES: &str = include_str!("../../../../data/recognise/home_bodies.txt");
const SECTORS: &str = include_str!("../../../../data/recognise/sectors.txt");
const ORIGIN_WORDS: &str = include_str!("../../../../data/recognise/origin_words.txt");
const SPEECH_NOUNS: &str = include_str!("../../../../data/recognise/speech_nouns.txt");

/// What a reference word may point back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Org,
    Person,
    Group,
    /// A news outlet's output ("the report", "the newspaper"): the outlet named before.
    Media,
    Any,
}

/// Which uncoded state bodies take the document's home country (`home_bodies.txt`).
#[derive(Debug, Default)]
pub struct HomeBodies {
    pub sectors: HashSet<String>,
    /// Sectors whose bodies tie a story to their country (counted twice).
    pub anchors: HashSet<String>,
    pub heads: HashSet<String>,
    /// Words that make an intelligence body a domestic one ("counter-intelligence", "security").
    pub domestic: HashSet<String>,
    pub abroad: HashSet<String>,
    pub private: HashSet<String>,
    pub not_after: HashSet<String>,
    /// Verbs whose `to` phrase names a receiving side (`handover`).
    pub handover: HashSet<String>,
    /// Words naming a federation's central state ("federal officials") (`federal`).
    pub federal: HashSet<String>,
    /// Federal states, by ISO alpha-3 code (`federation`).
    pub federations: HashSet<String>,
    /// Verbs by which a government directs a body (`directive`: "asked the intelligence
    /// agency to …"): the body directed is that government's.
    pub directive: HashSet<String>,
    /// Verbs of holding or questioning someone (`held`): a national they hold does not count
    /// for the home country.
    pub held: HashSet<String>,
}

/// The parsed lists.
#[derive(Debug)]
pub struct Lexicons {
    /// Title word → sector it implies (None for "Dr", "Vice" …).
    pub titles: HashMap<String, Option<String>>,
    pub references: HashMap<String, RefKind>,
    pub person_nouns: HashSet<String>,
    /// Lemmas of reporting verbs ("say", "add").
    pub reporting: HashSet<String>,
    /// Head nouns that do not replace a more specific sector ("officials", "staff").
    pub generic_heads: HashSet<String>,
    pub home: HomeBodies,
    /// Dictionary sector code (or pair) → SPEC.md sector (`MED` → `JRN`, `GOVLEG` → `LEG`).
    pub sectors: HashMap<String, String>,
    /// Words after "COUNTRY-" that name an origin, not an actor ("Soviet-built").
    pub origin_words: HashSet<String>,
    /// What a body says or issues ("statement", "readout"): a body before one is its speaker.
    pub speech_nouns: HashSet<String>,
    /// Currency words after a country ("US dollars"): a unit, not an actor.
    pub currencies: HashSet<String>,
}

/// The words of `origin_words.txt` before its `[currency]` line, or after it.
fn section(text: &str, currency: bool) -> HashSet<String> {
    let mut in_currency = false;
    let mut out = HashSet::default();
    for (_, l) in lines(text) {
        if l == "[currency]" {
            in_currency = true;
        } else if in_currency == currency {
            out.insert(l.to_string());
        }
    }
    out
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
        let mut titles = HashMap::default();
        for (n, l) in lines(TITLES) {
            let (w, s) = l
                .split_once('\t')
                .ok_or_else(|| format!("titles.txt:{n}: expected `word<TAB>sector`"))?;
            titles.insert(w.to_string(), (s != "-").then(|| s.to_string()));
        }
        let mut references = HashMap::default();
        for (n, l) in lines(REFERENCES) {
            let (w, k) = l
                .split_once('\t')
                .ok_or_else(|| format!("references.txt:{n}: expected `word<TAB>kind`"))?;
            let kind = match k {
                "org" => RefKind::Org,
                "person" => RefKind::Person,
                "group" => RefKind::Group,
                "media" => RefKind::Media,
                "any" => RefKind::Any,
                _ => return Err(format!("references.txt:{n}: unknown kind `{k}`")),
            };
            references.insert(w.to_string(), kind);
        }
        let person_nouns = lines(PERSON_NOUNS).map(|(_, l)| l.to_string()).collect();
        let reporting = lines(REPORTING).map(|(_, l)| l.to_string()).collect();
        let mut sectors = HashMap::default();
        for (n, l) in lines(SECTORS) {
            let (from, to) = l.split_once('\t').unwrap_or((l, l));
            if !matches!(from.len(), 3 | 6) || to.len() != 3 {
                return Err(format!(
                    "sectors.txt:{n}: expected `CODE` or `CODE<TAB>SPEC` (a sector or a pair, then a sector)"
                ));
            }
            sectors.insert(from.to_string(), to.to_string());
        }
        let mut home = HomeBodies::default();
        for (n, l) in lines(HOME_BODIES) {
            let (kind, word) = l
                .split_once('\t')
                .ok_or_else(|| format!("home_bodies.txt:{n}: expected `kind<TAB>word`"))?;
            let set = match kind {
                "sector" => &mut home.sectors,
                "anchor" => &mut home.anchors,
                "head" => &mut home.heads,
                "domestic" => &mut home.domestic,
                "abroad" => &mut home.abroad,
                "private" => &mut home.private,
                "not-after" => &mut home.not_after,
                "handover" => &mut home.handover,
                "federal" => &mut home.federal,
                "federation" => &mut home.federations,
                "directive" => &mut home.directive,
                "held" => &mut home.held,
                _ => return Err(format!("home_bodies.txt:{n}: unknown kind `{kind}`")),
            };
            set.insert(word.to_string());
        }
        Ok(Lexicons {
            home,
            titles,
            references,
            person_nouns,
            reporting,
            generic_heads: lines(GENERIC_HEADS).map(|(_, l)| l.to_string()).collect(),
            sectors,
            origin_words: section(ORIGIN_WORDS, false),
            currencies: section(ORIGIN_WORDS, true),
            speech_nouns: lines(SPEECH_NOUNS).map(|(_, l)| l.to_string()).collect(),
        })
    }

    /// A dictionary code in SPEC.md's sectors (`data/recognise/sectors.txt`): a sector alone or
    /// several (`MED` → `JRN`, `GOVMIL` → `GOV`), or a country with one or several
    /// (`JPNMED` → `JPNJRN`, `USAGOVMIL` → `USAGOV`). Other shapes (`IGOWSTNAT`, `NGOUSAEDU`)
    /// are kept.
    pub fn spec_code(&self, code: &str) -> String {
        if !code.is_ascii() || code.is_empty() || !code.len().is_multiple_of(3) {
            return code.to_string();
        }
        if code.len() == 3 {
            // The common case, a country or a sector alone: one look-up.
            return self.sectors.get(code).map_or_else(|| code.to_string(), String::clone);
        }
        let chunks: Vec<&str> = (0..code.len()).step_by(3).map(|i| &code[i..i + 3]).collect();
        let sector = |c: &str| self.sectors.get(c);
        // Sectors only (an agent's code), from chunk `from` on: the listed pair, else the first.
        let sectors_from = |from: usize| -> Option<&String> {
            if !chunks[from..].iter().all(|c| sector(c).is_some()) {
                return None;
            }
            sector(&code[from * 3..]).or_else(|| sector(chunks[from]))
        };
        if let Some(s) = sectors_from(0) {
            return s.clone();
        }
        match (chunks.len() > 1).then(|| sectors_from(1)).flatten() {
            Some(s) => format!("{}{s}", chunks[0]),
            None => code.to_string(),
        }
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
        assert!(l.speech_nouns.contains("statement"));
    }

    #[test]
    fn codes_are_put_in_spec_sectors() {
        let l = super::Lexicons::builtin().unwrap();
        for (from, to) in [
            ("MED", "JRN"),
            ("GOVMIL", "GOV"),
            ("JPNMED", "JPNJRN"),
            ("USAGOVMIL", "USAGOV"),
            ("USAGOVLEG", "USALEG"),
            ("GOVBUS", "BUS"),
            ("CHN", "CHN"),
            ("GBRSPY", "GBRSPY"),
            ("IGOWSTNAT", "IGOWSTNAT"),
            ("NGOUSAEDU", "NGOUSAEDU"),
            ("", ""),
            ("ab", "ab"),
        ] {
            assert_eq!(l.spec_code(from), to, "{from}");
        }
    }
}
