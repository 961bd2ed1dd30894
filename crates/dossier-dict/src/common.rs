//! Pieces every dictionary reader shares: the `file:line: message` error, the comment-stripping
//! line reader (PETRARCH rules: `#` and legacy `;` comments, `<!-- ... -->` comments over one or
//! several lines, `<!` lines, blank lines), dictionary dates (`YYMMDD` / `YYYYMMDD`), phrases
//! (words joined by blanks or `_`) and the English plural rule the dictionaries assume.
//!
//! This module knows no dictionary format and never decides what a line means.

use std::fmt;

use serde::Serialize;

/// A problem with one line of a dictionary file, printed as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DictError {
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the file as a whole.
    pub line: usize,
    pub message: String,
}

impl DictError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The result of reading one file: what could be read, and every line that was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    pub value: T,
    pub refused: Vec<DictError>,
}

/// One content line: comments removed, trailing white space removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub no: usize,
    /// The content, with its leading white space kept (actor date lines are indented).
    pub text: &'a str,
    /// The text of a trailing `#`/`;` comment, trimmed, if any.
    pub comment: Option<&'a str>,
}

/// Which characters start an end-of-line comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentStyle {
    /// `#` and the legacy KEDS/TABARI `;`.
    HashAndSemicolon,
    /// `#` only.
    Hash,
}

/// The content lines of `text`, without comments and blank lines.
pub fn content_lines(text: &str, style: CommentStyle) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_block = false;
    let physical = text.split('\n').enumerate();
    // An overlay replacement may hold several lines in one (see `overlay::LINE_BREAK`).
    let logical = physical.flat_map(|(i, raw)| raw.split('\u{1E}').map(move |part| (i, part)));
    for (i, raw) in logical {
        let no = i + 1;
        let mut line = raw.trim_end_matches(['\r', '\n']);
        if in_block {
            match line.find("-->") {
                Some(end) => {
                    in_block = false;
                    line = &line[end + 3..];
                }
                None => continue,
            }
        }
        let trimmed = line.trim_start();
        if let Some(after) = trimmed.strip_prefix("<!") {
            // `<!-- ... -->` on one line, `<!-- ...` opening a block, or a sloppy `<! -- ... -->`.
            match after.find("-->") {
                Some(end) => line = &after[end + 3..],
                None => {
                    in_block = trimmed.starts_with("<!--");
                    continue;
                }
            }
        }
        if let Some(start) = line.find("<!--") {
            // Keep what precedes the comment; text after a closing `-->` on the same line is
            // dropped as well (none of the dictionaries has any).
            in_block = !line[start..].contains("-->");
            line = &line[..start];
        }
        let cut = match style {
            CommentStyle::HashAndSemicolon => line.find(['#', ';']),
            CommentStyle::Hash => line.find('#'),
        };
        let (content, comment) = match cut {
            Some(at) => (
                &line[..at],
                Some(line[at + 1..].trim_matches(|c: char| c == '#' || c.is_whitespace())),
            ),
            None => (line, None),
        };
        let content = content.trim_end();
        if content.trim().is_empty() {
            continue;
        }
        out.push(Line {
            no,
            text: content,
            comment: comment.filter(|c| !c.is_empty()),
        });
    }
    out
}

/// A calendar date as the dictionaries write it (`YYMMDD` or `YYYYMMDD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DictDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl DictDate {
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, String> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("month {month} out of range")),
        };
        if day == 0 || day > days {
            return Err(format!("day {day} out of range for {year}-{month:02}"));
        }
        Ok(Self { year, month, day })
    }

    /// `YYMMDD` (years 00–30 are 20YY, 31–99 are 19YY, as in KEDS/TABARI/PETRARCH) or `YYYYMMDD`.
    pub fn parse_compact(s: &str) -> Result<Self, String> {
        if !s.bytes().all(|b| b.is_ascii_digit()) || !(s.len() == 6 || s.len() == 8) {
            return Err(format!("date `{s}` is neither YYMMDD nor YYYYMMDD"));
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().unwrap_or(0);
        let (year, rest) = if s.len() == 6 {
            let yy = num(0..2);
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, 2)
        } else {
            (num(0..4), 4)
        };
        Self::new(year, num(rest..rest + 2) as u8, num(rest + 2..rest + 4) as u8)
            .map_err(|e| format!("date `{s}`: {e}"))
    }

    /// ISO `YYYY-MM-DD` (the form of a document date); `YYYY-MM` and `YYYY` take the first day.
    pub fn parse_iso(s: &str) -> Result<Self, String> {
        let mut parts = s.trim().splitn(3, '-');
        let mut next = |default: u16| -> Result<u16, String> {
            match parts.next() {
                None => Ok(default),
                Some(p) => p.parse::<u16>().map_err(|_| format!("date `{s}` is not YYYY-MM-DD")),
            }
        };
        let (y, m, d) = (next(u16::MAX)?, next(1)?, next(1)?);
        if y == u16::MAX {
            return Err(format!("date `{s}` is not YYYY-MM-DD"));
        }
        Self::new(y, m as u8, d as u8)
    }
}

impl fmt::Display for DictDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A phrase: upper-cased words, as written with blanks or `_` between them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Phrase {
    pub words: Vec<String>,
    /// `gaps[i]`: words `i` and `i + 1` were separated by a blank, not `_`. In agent phrases a
    /// blank lets other words intervene; PETRARCH-2 treats both alike in actor phrases.
    pub gaps: Vec<bool>,
    /// The phrase did not end with `_`: in TABARI the last word is then a stem (a prefix match);
    /// PETRARCH-2 matches whole words either way.
    pub open_end: bool,
}

impl Phrase {
    /// Reads `THE_UNITED NATIONS_`; `None` when there is no word.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let mut words = Vec::new();
        let mut gaps = Vec::new();
        let mut cur = String::new();
        let mut gap = false;
        for c in s.chars() {
            if c == '_' || c.is_whitespace() {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                    gap = false;
                }
                gap |= c.is_whitespace();
            } else {
                if cur.is_empty() && !words.is_empty() {
                    gaps.push(gap);
                }
                cur.extend(c.to_uppercase());
            }
        }
        if !cur.is_empty() {
            words.push(cur);
        }
        if words.is_empty() {
            return None;
        }
        Some(Self {
            words,
            gaps,
            open_end: !s.ends_with('_'),
        })
    }

    /// The words joined with single blanks.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }

    /// The same phrase with its last word replaced.
    pub fn with_last(&self, last: String) -> Self {
        let mut p = self.clone();
        if let Some(w) = p.words.last_mut() {
            *w = last;
        }
        p
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 {
                f.write_str(if self.gaps[i - 1] { " " } else { "_" })?;
            }
            f.write_str(w)?;
        }
        if !self.open_end {
            f.write_str("_")?;
        }
        Ok(())
    }
}

/// The regular English plural of an upper-case noun: `-IES` after a consonant + `Y`, `-ES` after
/// `S`, `X`, `Z`, `CH`, `SH`, otherwise `-S`.
pub fn plural(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b'Y' && !b"AEIOU".contains(&b[n - 2]) {
        format!("{}IES", &word[..n - 1])
    } else if word.ends_with(['S', 'X', 'Z']) || word.ends_with("CH") || word.ends_with("SH") {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

/// Splits `s` into the `[...]` groups it holds and the text before the first one. Text between
/// or after groups is an error.
pub fn split_brackets(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(first) = s.find('[') else {
        if s.contains(']') {
            return Err("`]` without `[`".into());
        }
        return Ok((s, Vec::new()));
    };
    let (head, mut rest) = s.split_at(first);
    if head.contains(']') {
        return Err("`]` without `[`".into());
    }
    let mut groups = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some(body) = rest.strip_prefix('[') else {
            return Err(format!("unexpected `{}` after a `[...]` code", rest.trim()));
        };
        let Some(end) = body.find(']') else {
            return Err("`[` without `]`".into());
        };
        let inner = &body[..end];
        if inner.contains('[') {
            return Err("`[` inside `[...]`".into());
        }
        groups.push(inner);
        rest = &body[end + 1..];
    }
    Ok((head, groups))
}
