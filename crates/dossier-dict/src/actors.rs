//! Reader for PETRARCH/TABARI **actor dictionaries** (`Phoenix.*.actors.txt`,
//! `PETR.Validate.actors.txt`).
//!
//! Format: an entry starts with a primary phrase (`NAME_WITH_UNDERSCORES`, optionally followed by
//! one or more `[CODE]` / `[CODE date-restriction]` groups); `+PHRASE` lines add synonyms; lines
//! holding only `[...]` groups (usually tab-indented) add codes. A restriction is `<date` (on or
//! before), `>date` (on or after) or `date-date` (inclusive), dates `YYMMDD` or `YYYYMMDD`, blanks
//! allowed around `<`, `>` and `-`. An undated code is the default. Codes are upper-cased
//! (`[pse]` → `PSE`); `---` is the null code.
//!
//! Resolution ([`ActorEntry::code_at`]): the first dated code whose range holds the date, else
//! the first undated code. This module only reads and resolves; it does not find actors in text.

use serde::Serialize;

use super::common::{content_lines, split_brackets, CommentStyle, DictDate, DictError, Parsed, Phrase};

/// One code of an actor, valid from `from` to `to` (both inclusive, open when `None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<DictDate>,
    pub to: Option<DictDate>,
}

impl DatedCode {
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn holds(&self, date: DictDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// `---`: the entry names an actor that is not coded.
    pub fn is_null(&self) -> bool {
        self.code == "---"
    }

    /// Reads the inside of `[...]`: `CODE`, `CODE <date`, `CODE >date`, `CODE date-date`.
    pub fn parse(inner: &str) -> Result<Self, String> {
        let inner = inner.trim();
        let (code, restriction) = match inner.find(char::is_whitespace) {
            Some(at) => (&inner[..at], inner[at..].trim()),
            None => (inner, ""),
        };
        if code.is_empty() {
            return Err("empty code `[]`".into());
        }
        if !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '/'))
        {
            return Err(format!("bad code `{code}`"));
        }
        let code = code.to_ascii_uppercase();
        let compact = |s: &str| DictDate::parse_compact(s.trim());
        let (from, to) = if restriction.is_empty() {
            (None, None)
        } else if let Some(d) = restriction.strip_prefix('<') {
            (None, Some(compact(d)?))
        } else if let Some(d) = restriction.strip_prefix('>') {
            (Some(compact(d)?), None)
        } else if let Some((a, b)) = restriction.split_once('-') {
            let (a, b) = (compact(a)?, compact(b)?);
            if b < a {
                return Err(format!("date range `{restriction}` ends before it starts"));
            }
            (Some(a), Some(b))
        } else {
            return Err(format!(
                "bad date restriction `{restriction}` (want <date, >date or date-date)"
            ));
        };
        Ok(Self { code, from, to })
    }
}

/// An actor: its primary phrase, synonyms and codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorEntry {
    /// The primary phrase first, then the `+` synonyms, in file order.
    pub phrases: Vec<Phrase>,
    /// Codes in file order (the primary line's codes first).
    pub codes: Vec<DatedCode>,
    /// The comment on the primary line, if any.
    pub comment: Option<String>,
    /// Line of the primary phrase.
    pub line: usize,
}

impl ActorEntry {
    pub fn primary(&self) -> &Phrase {
        &self.phrases[0]
    }

    pub fn synonyms(&self) -> &[Phrase] {
        &self.phrases[1..]
    }

    /// The code for a document of this date: the first dated code whose range holds it, else the
    /// first undated (default) code. Without a date: the range still open today (a role held
    /// since a date with no end: "[RUSGOV >080508]"), as an undated text is most likely recent;
    /// else the default code, else the code of the latest range. `None` for uncoded entries.
    pub fn code_at(&self, date: Option<DictDate>) -> Option<&str> {
        let default = self.codes.iter().find(|c| !c.is_dated());
        let open = self.codes.iter().find(|c| c.from.is_some() && c.to.is_none());
        let chosen = match date {
            Some(d) => self.codes.iter().find(|c| c.is_dated() && c.holds(d)).or(default),
            None => open.or(default).or_else(|| {
                self.codes
                    .iter()
                    .filter(|c| c.is_dated())
                    .max_by_key(|c| (c.to.is_none(), c.to, c.from))
            }),
        };
        chosen.map(|c| c.code.as_str())
    }

    /// [`Self::code_at`] for a document date as the pipeline holds it (ISO `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`); an unreadable date counts as unknown.
    pub fn code_for(&self, iso_date: Option<&str>) -> Option<&str> {
        self.code_at(iso_date.and_then(|d| DictDate::parse_iso(d).ok()))
    }
}

/// One actor file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorDictionary {
    pub file: String,
    pub entries: Vec<ActorEntry>,
}

impl ActorDictionary {
    /// Entries with a phrase equal to `phrase` (blanks or `_`, any case).
    pub fn find(&self, phrase: &str) -> Vec<&ActorEntry> {
        let Some(p) = Phrase::parse(phrase) else {
            return Vec::new();
        };
        self.entries
            .iter()
            .filter(|e| e.phrases.iter().any(|q| q.words == p.words))
            .collect()
    }
}

/// Reads an actor dictionary. Refused lines are listed; the rest is kept.
pub fn parse_actors(file: &str, text: &str) -> Parsed<ActorDictionary> {
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut refused = Vec::new();
    // Whether the current entry may still take synonyms and codes (false after a refused primary).
    let mut open = false;
    for line in content_lines(text, CommentStyle::HashAndSemicolon) {
        let err = |m: String| DictError::new(file, line.no, m);
        let t = line.text.trim();
        let (head, groups) = match split_brackets(t) {
            Ok(x) => x,
            Err(m) => {
                refused.push(err(m));
                continue;
            }
        };
        let mut codes = Vec::new();
        let mut bad = None;
        for g in &groups {
            match DatedCode::parse(g) {
                Ok(c) => codes.push(c),
                Err(m) => bad = Some(format!("[{g}]: {m}")),
            }
        }
        if let Some(m) = bad {
            refused.push(err(m));
            continue;
        }
        let head = head.trim();
        if head.is_empty() {
            // A code line.
            match entries.last_mut().filter(|_| open) {
                Some(e) => e.codes.extend(codes),
                None => refused.push(err("code line without an actor entry before it".into())),
            }
            continue;
        }
        if let Some(c) = head.chars().find(|c| matches!(c, '{' | '}' | '<' | '>')) {
            refused.push(err(format!("unexpected `{c}` in actor phrase `{head}`")));
            // What follows a refused primary line must not attach to the entry before it.
            open &= head.starts_with('+');
            continue;
        }
        if let Some(syn) = head.strip_prefix('+') {
            let Some(p) = Phrase::parse(syn) else {
                refused.push(err("empty synonym `+`".into()));
                continue;
            };
            match entries.last_mut().filter(|_| open) {
                Some(e) => {
                    e.phrases.push(p);
                    e.codes.extend(codes);
                }
                None => refused.push(err("synonym without an actor entry before it".into())),
            }
            continue;
        }
        match Phrase::parse(head) {
            Some(p) => {
                entries.push(ActorEntry {
                    phrases: vec![p],
                    codes,
                    comment: line.comment.map(str::to_string),
                    line: line.no,
                });
                open = true;
            }
            None => {
                refused.push(err(format!("no actor phrase in `{head}`")));
                open = false;
            }
        }
    }
    Parsed {
        value: ActorDictionary {
            file: file.to_string(),
            entries,
        },
        refused,
    }
}
