//! Date expressions (pipeline stage 5, recognise): finds dates in a sentence and resolves
//! them against the document date (SPEC.md: "Relative dates ('last month', 'Thursday', 'in
//! February this year') resolve against the document date").
//!
//! [`DateRecognizer::find`] scans the words of one sentence left to right and takes, at each
//! word, the longest expression any rule matches:
//! - absolute dates ([`absolute`]): "18 June 2025", "June 18", "the 18th of June",
//!   "February 2021", "in 2015", "2025-06-02", "mid-2019", "the 1990s", "the 20th century";
//! - relative dates ([`relative`]): "Thursday", "last month", "yesterday", "two weeks ago",
//!   "earlier this month", "in the past year", "last March";
//! - phrases around them ([`phrase`]): prepositions ("on 18 June", "since 2010", "before
//!   2015"), ranges ("from 2010 to 2012", "between May and July 2021"), offsets from events
//!   ("just over a month after …", "weeks after") and durations ("within 90 days").
//!
//! Values are resolved by [`resolve`], which documents the year-less and weekday rules.
//! Month names are only dates when capitalised; the ambiguous ones ("May", "March",
//! "August", "April", "June") also need a number, a date preposition or a relative word, and
//! are refused before a capitalised word or `'s` ("April Smith", "May's cabinet").
//! Unresolvable expressions are still mentions, with `value: None`.
//!
//! Word lists live in `data/lexicons/dates.txt` ([`lexicon`]). This module must not code
//! events, attach dates to them, or look beyond the sentence it is given.

mod absolute;
mod lexicon;
mod phrase;
mod relative;
mod resolve;
mod value;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_examples;
#[cfg(test)]
mod tests_relative;

pub use dossier_core::calendar::{add_days, add_months, civil_from_days, days_from_civil, parse_iso, weekday};
pub use lexicon::{Direction, Unit};
pub use value::{DateValue, Part, Point};

use dossier_core::{Span, Token};
use lexicon::{Lexicon, Month, Rel};

/// The weekday (1 Monday … 7 Sunday) a date expression names ("on Thursday", "late Friday"),
/// from the weekday names of `data/lexicons/dates.txt`; `None` for one naming none or a
/// weekday that is part of a name ("Black Friday").
pub fn weekday_named(text: &str) -> Option<u32> {
    let lex = lexicon::shared();
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let named = i > 0 && lex.weekday_names.contains(&words[i - 1]);
        lex.weekdays.get(w).copied().filter(|_| !named)
    })
}

/// The number one word writes: digits ("18", "1,200") or a number word of the `[amount]`
/// section of `data/lexicons/dates.txt` ("five", "Twenty"); not the article "a".
pub fn cardinal(word: &str) -> Option<u32> {
    let digits: String = word.chars().filter(|&c| c != ',').collect();
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.parse().ok();
    }
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "a" | "an") {
        return None;
    }
    lexicon::shared()
        .amounts
        .iter()
        .find(|(words, _)| words.len() == 1 && words[0] == lower)
        .and_then(|(_, n)| *n)
}
use resolve::{Ctx, Expr};
use serde::Serialize;

/// Finds and resolves date expressions. Build once (the lexicon is compiled in `new`); share
/// across threads.
#[derive(Debug)]
pub struct DateRecognizer {
    lex: &'static Lexicon,
}

/// Whether a lower-case word is a weekday name (`[weekday]` of `data/lexicons/dates.txt`): the
/// recogniser's name rules ask, so that "the Kremlin Monday denied" names no person "Monday".
pub(crate) fn is_weekday(lower: &str) -> bool {
    lexicon::shared().weekdays.contains_key(lower)
}

/// What sort of date expression a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// Fully given by the text ("18 June 2025", "from 2010 to 2012").
    Absolute,
    /// Needs the document date: relative words, weekdays, year-less dates ("on 18 June").
    Relative,
    /// An offset from an event ("a month after the UK accused …"); valued only when the
    /// event is itself a date.
    Offset,
    /// A length of time, not a position ("within 90 days"); never valued.
    Duration,
}

/// An amount of time an expression counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Offset {
    /// `None` for an unspecified amount ("weeks after", "a few days ago").
    pub amount: Option<u32>,
    pub unit: Unit,
    pub direction: Direction,
    /// A hedge came with it ("just over a month", "about two weeks").
    pub approximate: bool,
}

/// One date expression in a sentence. Serialises with the value as its ISO string.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    /// Bytes of the text covering the expression, preposition included ("on 18 June").
    pub span: Span,
    /// The original text of the span.
    pub text: String,
    /// The resolved value; `None` when unresolvable (a relative expression without a document
    /// date, a vague or unanchored one, a duration).
    pub value: Option<DateValue>,
    pub kind: DateKind,
    /// For "… ago", offsets and durations: the amount counted.
    pub offset: Option<Offset>,
    /// Which rule matched (for `--explain`).
    pub rule: &'static str,
    /// How the value was obtained or why there is none (`absolute`, `document-year`,
    /// `previous-year`, `weekday-on-or-before`, `needs-document-date`, `unanchored`, …).
    pub how: &'static str,
}

impl Default for DateRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl DateRecognizer {
    pub fn new() -> Self {
        DateRecognizer { lex: lexicon::shared() }
    }

    /// Finds date expressions in one sentence of a document. `tokens` are the sentence's words
    /// (span = bytes of `text`); `doc_date` is the document date (ISO `YYYY-MM-DD`) if known.
    pub fn find(&self, text: &str, tokens: &[Token], doc_date: Option<&str>) -> Vec<DateMention> {
        let words = words(text, tokens, self.lex);
        let p = Parser {
            w: &words,
            lex: self.lex,
        };
        let doc = doc_date.and_then(parse_iso);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let Some(hit) = phrase::longest(&p, i) else {
                i += 1;
                continue;
            };
            let before = &words[i.saturating_sub(FUTURE_WINDOW)..i];
            let future = before.iter().any(|w| self.lex.future.contains(&w.lower));
            let past = !future && before.iter().any(|w| w.past);
            let (value, how) = resolve::resolve(&hit.expr, &Ctx { doc, future, past });
            let span = Span::new(words[i].start, words[hit.end - 1].end);
            out.push(DateMention {
                span,
                text: span.slice(text).to_string(),
                value,
                kind: kind(&hit.expr),
                offset: hit.offset,
                rule: hit.rule,
                how,
            });
            i = hit.end;
        }
        out
    }
}

/// How many words before a date a future marker ("will") or a verb in the past tense
/// ("arrested him in December") may stand.
const FUTURE_WINDOW: usize = 6;

fn kind(e: &Expr) -> DateKind {
    match e {
        Expr::Cal { year: Some(_), .. } | Expr::Years(..) => DateKind::Absolute,
        Expr::Part(x, _) | Expr::Since(x) | Expr::Until(x) | Expr::Before(x) | Expr::After(x) => kind(x),
        Expr::Between(a, b) if kind(a) == DateKind::Absolute && kind(b) == DateKind::Absolute => DateKind::Absolute,
        Expr::Offset { .. } => DateKind::Offset,
        Expr::Duration => DateKind::Duration,
        _ => DateKind::Relative,
    }
}

/// A word as the rules see it: the analysis form, with hyphenated words joined ("mid" "-"
/// "level" → "mid-level", whatever the segmenter did) and a leading part word split off
/// ("mid-2019" → "mid" "2019").
#[derive(Clone, Debug)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lower: String,
    /// Tagged as a verb in the past tense or a past participle (`VBD`, `VBN`: "was",
    /// "arrested").
    pub past: bool,
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "‐" | "‑")
}

fn words(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let mut w = Word {
            start: t.span.start as usize,
            end: t.span.end as usize,
            text: t.form(text).into_owned(),
            lower: String::new(),
            past: matches!(t.analysis.xpos, "VBD" | "VBN"),
        };
        // Join `a - b` written without spaces.
        while k + 2 < tokens.len()
            && is_dash(&tokens[k + 1].form(text))
            && tokens[k + 1].span.start as usize == w.end
            && tokens[k + 2].span.start == tokens[k + 1].span.end
            && w.text.chars().last().is_some_and(char::is_alphanumeric)
        {
            w.text.push('-');
            w.text.push_str(&tokens[k + 2].form(text));
            w.end = tokens[k + 2].span.end as usize;
            k += 2;
        }
        w.lower = w.text.to_lowercase();
        k += 1;
        // Split a leading part word: "mid-2019", "early-June".
        let part = lex
            .parts
            .iter()
            .filter(|(key, _)| key.len() == 1)
            .map(|(key, _)| key[0].as_str())
            .find(|k| w.lower.len() > k.len() + 1 && w.lower.starts_with(k) && w.lower[k.len()..].starts_with('-'));
        let Some(part) = part else {
            out.push(w);
            continue;
        };
        let n = part.len();
        let dash = text[w.start + n..].chars().next().map_or(1, char::len_utf8);
        let rest = w.text[n + 1..].to_string();
        out.push(Word {
            start: w.start,
            end: w.start + n,
            text: w.text[..n].to_string(),
            lower: part.to_string(),
            past: false,
        });
        out.push(Word {
            start: w.start + n + dash,
            end: w.end,
            lower: rest.to_lowercase(),
            text: rest,
            past: false,
        });
    }
    out
}

/// A rule's match: where it ends (exclusive word index), what it parsed, which rule.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub end: usize,
    pub expr: Expr,
    pub rule: &'static str,
    pub offset: Option<Offset>,
}

impl Hit {
    pub fn new(end: usize, expr: Expr, rule: &'static str) -> Self {
        Hit {
            end,
            expr,
            rule,
            offset: None,
        }
    }
}

/// The longer of two matches; the first on a tie.
pub(crate) fn longer(a: Option<Hit>, b: Option<Hit>) -> Option<Hit> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The words of a sentence and the lexicon, with the lookups the rules share.
pub(crate) struct Parser<'a> {
    pub w: &'a [Word],
    pub lex: &'a Lexicon,
}

impl Parser<'_> {
    pub fn lower(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| w.lower.as_str())
    }
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.lower(i) == s
    }
    /// Whether the words from `i` are `key`; returns the end.
    pub fn seq(&self, i: usize, key: &[String]) -> Option<usize> {
        key.iter()
            .enumerate()
            .all(|(k, s)| self.lower(i + k) == s)
            .then_some(i + key.len())
    }
    /// Capitalised: the first letter is upper case.
    pub fn cap(&self, i: usize) -> bool {
        self.w
            .get(i)
            .and_then(|w| w.text.chars().next())
            .is_some_and(char::is_uppercase)
    }
    /// A capitalised month name (abbreviations with or without their period).
    pub fn month(&self, i: usize) -> Option<Month> {
        if !self.cap(i) {
            return None;
        }
        let l = self.lower(i);
        let m = self.lex.months.get(l.strip_suffix('.').unwrap_or(l)).copied()?;
        (m.abbr || !l.ends_with('.')).then_some(m)
    }
    pub fn weekday(&self, i: usize) -> Option<u32> {
        self.cap(i)
            .then(|| self.lex.weekdays.get(self.lower(i)).copied())
            .flatten()
    }
    pub fn rel(&self, i: usize) -> Option<Rel> {
        self.lex.relative.get(self.lower(i)).copied()
    }
    /// A unit word and whether it is plural.
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex.units.get(self.lower(i)).copied()
    }
    fn digits(&self, i: usize) -> Option<&str> {
        let l = self.lower(i);
        (!l.is_empty() && l.bytes().all(|b| b.is_ascii_digit())).then_some(l)
    }
    /// A four-digit year, 1000–2999.
    pub fn year(&self, i: usize) -> Option<i32> {
        self.digits(i)
            .filter(|d| d.len() == 4)
            .and_then(|d| d.parse().ok())
            .filter(|y| (1000..3000).contains(y))
    }
    /// A day of the month: `1`–`31`, or with an ordinal suffix (`18th`, `1st`).
    pub fn day_num(&self, i: usize) -> Option<u32> {
        let l = self.lower(i);
        let d = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| l.strip_suffix(s))
            .unwrap_or(l);
        (!d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse().ok())
            .flatten()
            .filter(|n| (1..=31).contains(n))
    }
    /// An ordinal: `18th`, `21st`, or a word (`first`, `twenty-first`).
    pub fn ordinal(&self, i: usize) -> Option<u32> {
        let l = self.lower(i);
        if let Some(n) = self.lex.ordinals.get(l) {
            return Some(*n);
        }
        let d = ["st", "nd", "rd", "th"].iter().find_map(|s| l.strip_suffix(s))?;
        (!d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse().ok())
            .flatten()
    }
    /// An amount at `i` (digits up to 999 or a listed amount); returns the end and the amount.
    pub fn amount(&self, i: usize) -> Option<(usize, Option<u32>)> {
        if let Some(d) = self.digits(i).filter(|d| d.len() <= 3) {
            return d.parse().ok().map(|n| (i + 1, Some(n)));
        }
        self.lex
            .amounts
            .iter()
            .find_map(|(key, n)| self.seq(i, key).map(|end| (end, *n)))
    }
    /// The end of a hedge at `i` ("just over", "about"), or `i` if there is none.
    pub fn hedge(&self, i: usize) -> usize {
        self.lex.hedges.iter().find_map(|key| self.seq(i, key)).unwrap_or(i)
    }
}
