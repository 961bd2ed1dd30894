//! The small word lists place recognition reads besides the table: words that may stand before a
//! place name (`data/places/modifiers.txt`), titles before person names (the recognise stage's
//! `data/recognise/titles.txt`) and month and weekday names (`data/lexicons/dates.txt`).
//!
//! Parses the embedded files once; decides nothing.

use std::collections::HashSet;
use std::sync::OnceLock;

static MODIFIERS: &str = include_str!("../../../../data/places/modifiers.txt");
static TITLES: &str = include_str!("../../../../data/recognise/titles.txt");
static DATES: &str = include_str!("../../../../data/lexicons/dates.txt");

pub struct Lexicon {
    /// "northern", "greater", "central" …
    pub modifiers: HashSet<&'static str>,
    /// "president", "mr", "gen" … (lower case, no trailing `.`).
    pub titles: HashSet<&'static str>,
    /// "may", "june", "monday" … (lower case).
    pub date_words: HashSet<&'static str>,
}

/// The lists, parsed on first use.
pub fn builtin() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon {
        modifiers: first_words(MODIFIERS),
        titles: first_words(TITLES),
        date_words: date_words(DATES),
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

/// The entries of the `[month]` and `[weekday]` sections of the dates lexicon.
fn date_words(text: &'static str) -> HashSet<&'static str> {
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
        if matches!(section, "month" | "weekday") {
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
    }
}
