//! The small word lists place recognition reads besides the table: words that may stand before a
//! place name and prepositions that mark one (`data/places/cues.txt`), titles before person names (the recognise stage's
//! `data/recognise/titles.txt`) and month and weekday names (`data/lexicons/dates.txt`).
//!
//! Parses the embedded files once; decides nothing.

use std::collections::HashSet;
use std::sync::OnceLock;

static CUES: &str = include_str!("../../../../data/places/cues.txt");
static TITLES: &str = include_str!("../../../../data/recognise/titles.txt");
static DATES: &str = include_str!("../../../../data/lexicons/dates.txt");

pub struct Lexicon {
    /// "northern", "greater", "central" …
    pub modifiers: HashSet<&'static str>,
    /// "in", "near", "from" …
    pub locatives: HashSet<&'static str>,
    /// "president", "mr", "gen" … (lower case, no trailing `.`).
    pub titles: HashSet<&'static str>,
    /// "may", "june", "monday" … (lower case).
    pub date_words: HashSet<&'static str>,
}

/// The lists, parsed on first use.
pub fn builtin() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon {
        modifiers: section(CUES, &["modifier"]),
        locatives: section(CUES, &["locative"]),
        titles: first_words(TITLES),
        date_words: section(DATES, &["month", "weekday"]),
    })
}

/// The first word of every line that is not blank or a `#` comment.
fn first_words(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
}

/// The entries (before any `=`) of the given `[sections]` of a list.
fn section(text: &'static str, wanted: &[&str]) -> HashSet<&'static str> {
    let mut section = "";
    let mut out = HashSet::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = s;
            continue;
        }
        if wanted.contains(&section) {
            if let Some(w) = line.split('=').next().map(str::trim).filter(|w| !w.is_empty()) {
                out.insert(w);
            }
        }
    }
    out
}

impl Lexicon {
    /// Whether a word (as in the text) is a title: "President", "Gen.", "Mr".
    pub fn is_title(&self, word: &str) -> bool {
        let w = word.strip_suffix('.').unwrap_or(word);
        w.len() <= 24 && self.titles.contains(w.to_lowercase().as_str())
    }

    pub fn is_modifier(&self, word: &str) -> bool {
        word.len() <= 24 && self.modifiers.contains(word.to_lowercase().as_str())
    }

    pub fn is_locative(&self, word: &str) -> bool {
        word.len() <= 24 && self.locatives.contains(word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_load() {
        let l = super::builtin();
        assert!(l.is_title("President") && l.is_title("Gen.") && !l.is_title("Paris"));
        assert!(l.is_modifier("Northern") && !l.is_modifier("Andrew"));
        assert!(l.date_words.contains("may") && l.date_words.contains("monday"));
        assert!(!l.date_words.contains("last"));
        assert!(l.is_locative("In") && l.is_locative("of") && !l.is_locative("by") && !l.modifiers.contains("in"));
    }
}
