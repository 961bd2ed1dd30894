//! Line classification: which lines of an article are boilerplate, bylines or datelines.
//!
//! General rules live here (read-time lines, `- author, …` byline lines, "By …" lines,
//! "Published …" lines); phrase lists live in `data/boilerplate/phrases.txt`. This module only
//! classifies one line at a time; it never edits text.

use crate::ingest::date::parse_date;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::HashSet;

const PHRASES: &str = include_str!("../../../../data/boilerplate/phrases.txt");

/// Longest line (in bytes) that can be boilerplate; longer lines are article text.
const MAX_BOILERPLATE_BYTES: usize = 600;
/// Longest line (in bytes) that can be a byline, dateline, read-time or `[line]` phrase.
const SHORT_LINE_BYTES: usize = 120;
/// Most words a `[contains]` boilerplate line may have.
const MAX_BOILERPLATE_WORDS: usize = 60;

/// What a line is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Article text: keep.
    Text,
    /// Not article text: drop, with the reason and the rule that matched.
    Boilerplate { reason: &'static str, rule: String },
    /// A byline: drop from the text, keep as metadata.
    Byline { field: BylineField, value: String },
    /// A "Published …" line with a date: drop, keep the date.
    Dateline { date: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BylineField {
    Author,
    Publisher,
}

/// The phrase lists, compiled once.
pub struct LineRules {
    whole: HashSet<String>,
    contains: AhoCorasick,
    contains_phrases: Vec<String>,
}

impl LineRules {
    /// Compiles the embedded phrase list.
    pub fn new() -> Self {
        Self::from_list(PHRASES).expect("embedded boilerplate list is valid")
    }

    /// Compiles a phrase list in the format of `data/boilerplate/phrases.txt`.
    pub fn from_list(list: &str) -> Result<Self, String> {
        let mut whole = HashSet::new();
        let mut contains_phrases = Vec::new();
        let mut section = None;
        for (n, line) in list.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line {
                "[line]" => section = Some(true),
                "[contains]" => section = Some(false),
                _ if line.starts_with('[') => return Err(format!("line {}: unknown section {line}", n + 1)),
                _ => match section {
                    Some(true) => {
                        whole.insert(line.to_lowercase());
                    }
                    Some(false) => contains_phrases.push(line.to_lowercase()),
                    None => return Err(format!("line {}: phrase before any section", n + 1)),
                },
            }
        }
        let contains = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            // A full DFA: the list is small and every kept line is scanned once.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&contains_phrases)
            .map_err(|e| e.to_string())?;
        Ok(LineRules {
            whole,
            contains,
            contains_phrases,
        })
    }

    /// Classifies one trimmed, non-empty line. `at_top` is true for the first few lines of a
    /// document, where bylines and datelines sit.
    pub fn classify(&self, line: &str, at_top: bool) -> LineKind {
        if line.len() > MAX_BOILERPLATE_BYTES {
            return LineKind::Text;
        }
        // Cheapest tests first: most lines are article text and leave through every test.
        if let Some(m) = self.contains.find(line) {
            if line.split_whitespace().count() <= MAX_BOILERPLATE_WORDS {
                let rule = self.contains_phrases[m.pattern().as_usize()].clone();
                return LineKind::Boilerplate {
                    reason: "boilerplate",
                    rule,
                };
            }
        }
        if line.len() <= SHORT_LINE_BYTES {
            if let Some(kind) = byline(line) {
                return kind;
            }
            if is_read_time(line) {
                return LineKind::Boilerplate {
                    reason: "read-time",
                    rule: "N-min read".into(),
                };
            }
            let bare = line.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if self.whole.contains(&bare) {
                return LineKind::Boilerplate {
                    reason: "boilerplate",
                    rule: bare,
                };
            }
            if at_top {
                if let Some(date) = dateline(line) {
                    return LineKind::Dateline { date };
                }
            }
        }
        LineKind::Text
    }
}

impl Default for LineRules {
    fn default() -> Self {
        Self::new()
    }
}

/// `- author, Kelly Ng`, `- role, BBC News`, `Author: …`, `By Kelly Ng and Ann Lee`.
fn byline(line: &str) -> Option<LineKind> {
    let body = line.trim_start_matches(['-', '*', '•', '·', ' ']);
    if let Some((key, value)) = body.split_once([',', ':']) {
        let value = value.trim();
        let field = match key.trim().to_ascii_lowercase().as_str() {
            "author" | "authors" | "byline" | "written by" | "reporter" => Some(BylineField::Author),
            "role" | "publisher" | "source" => Some(BylineField::Publisher),
            _ => None,
        };
        if let Some(field) = field {
            if !value.is_empty() && value.split_whitespace().count() <= 8 {
                return Some(LineKind::Byline {
                    field,
                    value: value.to_string(),
                });
            }
        }
    }
    // "By Kelly Ng" / "By Kelly Ng and Ann Lee, Reuters": short, names capitalised.
    let rest = body.strip_prefix("By ").or_else(|| body.strip_prefix("BY "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let names_ok = !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            let f = w.chars().next().unwrap_or(' ');
            f.is_uppercase() || matches!(*w, "and" | "&" | "in" | "for" | "de" | "van" | "von")
        })
        && !rest.ends_with(['.', '?', '!']);
    names_ok.then(|| LineKind::Byline {
        field: BylineField::Author,
        value: rest.trim().to_string(),
    })
}

/// "·3-min read", "5 min read", "4 minute read", "Reading time: 3 minutes".
fn is_read_time(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [n, unit, "read"] | [n, unit, "read", "time"] => {
            n.chars().all(|c| c.is_ascii_digit()) && matches!(*unit, "min" | "mins" | "minute" | "minutes")
        }
        ["reading", "time", n, unit] => {
            n.chars().all(|c| c.is_ascii_digit()) && matches!(*unit, "min" | "mins" | "minute" | "minutes")
        }
        _ => false,
    }
}

/// "Published 2 June 2025", "Updated: June 2, 2025 10:31 GMT", or a line that is only a date.
fn dateline(line: &str) -> Option<String> {
    let lower = line.to_ascii_lowercase();
    let keyed = [
        "published",
        "updated",
        "posted",
        "first published",
        "last updated",
        "date",
    ]
    .iter()
    .any(|k| lower.starts_with(k));
    let short = line.split_whitespace().count() <= 12;
    if !short {
        return None;
    }
    let date = parse_date(line)?;
    // Without a keyword, accept only lines that are little more than the date.
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (keyed || letters <= 12).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> LineKind {
        LineRules::new().classify(s, true)
    }

    #[test]
    fn bylines() {
        assert_eq!(
            kind("- author, Kelly Ng"),
            LineKind::Byline {
                field: BylineField::Author,
                value: "Kelly Ng".into()
            }
        );
        assert_eq!(
            kind("- role, BBC News"),
            LineKind::Byline {
                field: BylineField::Publisher,
                value: "BBC News".into()
            }
        );
        assert_eq!(
            kind("By Kelly Ng and Ann Lee"),
            LineKind::Byline {
                field: BylineField::Author,
                value: "Kelly Ng and Ann Lee".into()
            }
        );
        assert_eq!(kind("By the end of the year, he had left."), LineKind::Text);
    }

    #[test]
    fn boilerplate() {
        for s in [
            "Leave comment",
            "Your email address will not be published. Required fields are marked with *.",
            "·3-min read",
            "5 min read",
            "Share this article",
            "Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting",
        ] {
            assert!(matches!(kind(s), LineKind::Boilerplate { .. }), "{s}");
        }
    }

    #[test]
    fn article_text_stays() {
        for s in [
            "China has accused Britain’s secret intelligence service, MI6, of recruiting Chinese civil servants as spies.",
            "The BBC has reached out to UK authorities for a response.",
            "Share prices fell after the arrest.",
            "CIA makes new push to recruit spies from Chinese military",
            "He left on 2 June 2025 for London, officials said.",
        ] {
            assert_eq!(kind(s), LineKind::Text, "{s}");
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(
            kind("Published 2 June 2025"),
            LineKind::Dateline {
                date: "2025-06-02".into()
            }
        );
        assert_eq!(
            kind("June 2, 2025"),
            LineKind::Dateline {
                date: "2025-06-02".into()
            }
        );
    }

    #[test]
    fn bad_list_is_an_error() {
        assert!(LineRules::from_list("phrase\n").is_err());
        assert!(LineRules::from_list("[nope]\n").is_err());
    }
}
