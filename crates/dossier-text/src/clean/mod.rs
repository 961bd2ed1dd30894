//! Stage 2, **clean**: from the decoded input to the cleaned text every later offset refers to.
//!
//! Line by line: boilerplate lines are dropped (recorded in `Document::dropped`), byline and
//! dateline lines become metadata, and kept lines are repaired (mojibake, control and invisible
//! characters) and their whitespace normalised (runs of spaces → one space, no leading or
//! trailing spaces, `\r\n` → `\n`, blank-line runs → one blank line). The [`TextBuilder`]
//! records an alignment back to the raw text.
//!
//! Quotes and dashes are *not* changed in the cleaned text (users see what they gave); the
//! segmenter gives tokens an ASCII analysis form. This stage never splits sentences or tokens.

pub mod lines;
pub mod mojibake;

use dossier_core::{Document, Dropped, Repair, Span, Stage, StageError, TextBuilder};
use lines::{BylineField, LineKind, LineRules};

/// How many kept lines from the top of a document may still be bylines or datelines.
const TOP_LINES: usize = 6;

/// The clean stage. Build once ([`Cleaner::new`]) and share.
pub struct Cleaner {
    rules: LineRules,
}

impl Default for Cleaner {
    fn default() -> Self {
        Self::new()
    }
}

impl Cleaner {
    pub fn new() -> Self {
        Cleaner {
            rules: LineRules::new(),
        }
    }

    /// Cleans `doc.raw` into `doc.text`, filling `alignment`, `dropped`, `repairs` and metadata.
    pub fn clean(&self, doc: &mut Document) {
        let raw = std::mem::take(&mut doc.raw);
        let mut b = TextBuilder::with_capacity(raw.len());
        let mut kept_lines = 0usize;
        let mut blank_since_kept = false;
        let mut pos = 0usize;
        while pos < raw.len() {
            let end = memchr::memchr(b'\n', &raw.as_bytes()[pos..]).map_or(raw.len(), |i| pos + i);
            let line = &raw[pos..end];
            let next = if end < raw.len() { end + 1 } else { end };
            // Invisible and control characters at a line's edges count as its blank margin.
            let margin = |c: char| c.is_whitespace() || !matches!(action(c), Action::Keep);
            let lead = line.len() - line.trim_start_matches(margin).len();
            let content = line.trim_matches(margin);
            if content.is_empty() {
                blank_since_kept |= kept_lines > 0;
                pos = next;
                continue;
            }
            let span = Span::new(pos + lead, pos + lead + content.len());
            match self.rules.classify(content, kept_lines < TOP_LINES) {
                LineKind::Text => {
                    // Everything from the raw position to this content becomes the separator.
                    let sep = match (kept_lines, blank_since_kept) {
                        (0, _) => "",
                        (_, true) => "\n\n",
                        (_, false) => "\n",
                    };
                    b.replace(span.start as usize - b.raw_pos(), sep);
                    clean_line(content, span.start as usize, &mut b, &mut doc.repairs);
                    kept_lines += 1;
                    blank_since_kept = false;
                }
                LineKind::Boilerplate { reason, rule } => doc.dropped.push(Dropped {
                    raw: span,
                    reason,
                    rule,
                }),
                LineKind::Byline { field, value } => {
                    let slot = match field {
                        BylineField::Author => &mut doc.meta.author,
                        BylineField::Publisher => &mut doc.meta.publisher,
                    };
                    if slot.is_none() {
                        *slot = Some(value);
                    }
                    doc.dropped.push(Dropped {
                        raw: span,
                        reason: "byline",
                        rule: format!("{field:?}").to_lowercase(),
                    });
                }
                LineKind::Dateline { date } => {
                    if doc.meta.date.is_none() {
                        doc.meta.date = Some(date);
                        doc.meta.date_source = Some("dateline");
                    }
                    doc.dropped.push(Dropped {
                        raw: span,
                        reason: "dateline",
                        rule: "published-line".into(),
                    });
                }
            }
            pos = next;
        }
        b.skip(raw.len() - b.raw_pos());
        let (text, alignment) = b.finish();
        doc.text = text;
        doc.alignment = alignment;
        doc.raw = raw;
    }
}

impl Stage for Cleaner {
    fn name(&self) -> &'static str {
        "clean"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.clean(doc);
        Ok(())
    }
}

/// What to do with one character of a kept line.
enum Action {
    Keep,
    /// Whitespace of any kind: collapsed into one ASCII space.
    Space,
    /// Control or invisible character: removed.
    Remove(&'static str),
}

fn action(c: char) -> Action {
    match c {
        ' ' => Action::Keep,
        '\t'
        | '\r'
        | '\u{0B}'
        | '\u{0C}'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{85}' => Action::Space,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => Action::Remove("invisible"),
        c if c.is_control() => Action::Remove("control"),
        _ => Action::Keep,
    }
}

/// Writes one kept line (already trimmed; `raw_start` is its offset in the raw text) into the
/// builder, repairing mojibake and normalising whitespace.
fn clean_line(line: &str, raw_start: usize, b: &mut TextBuilder, repairs: &mut Vec<Repair>) {
    // Fast path: printable ASCII with single spaces needs no edit.
    if line.bytes().all(|c| (0x21..0x7F).contains(&c) || c == b' ') && !line.contains("  ") {
        b.copy(line);
        return;
    }
    let fixes = mojibake::find(line);
    let mut fix_iter = fixes.iter().peekable();
    let mut copied = 0; // bytes of `line` consumed into the builder
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(f) = fix_iter.peek() {
            if f.start == i {
                b.copy(&line[copied..i]);
                let mut buf = [0u8; 4];
                b.replace(f.len, f.to.encode_utf8(&mut buf));
                repairs.push(Repair {
                    kind: "mojibake",
                    raw: Span::new(raw_start + i, raw_start + i + f.len),
                    from: line[i..i + f.len].to_string(),
                    to: f.to.to_string(),
                });
                copied = i + f.len;
                while chars.peek().is_some_and(|&(j, _)| j < copied) {
                    chars.next();
                }
                fix_iter.next();
                continue;
            }
        }
        match action(c) {
            Action::Keep => {
                if c == ' '
                    && chars
                        .peek()
                        .is_some_and(|&(_, d)| d == ' ' || !matches!(action(d), Action::Keep))
                {
                    // A run of whitespace starting with a plain space: handled as a run below.
                } else {
                    continue;
                }
                b.copy(&line[copied..i]);
                let end = whitespace_run_end(line, i);
                b.replace(end - i, " ");
                copied = end;
                skip_to(&mut chars, end);
            }
            Action::Space => {
                b.copy(&line[copied..i]);
                let end = whitespace_run_end(line, i);
                b.replace(end - i, " ");
                copied = end;
                skip_to(&mut chars, end);
            }
            Action::Remove(kind) => {
                b.copy(&line[copied..i]);
                b.skip(c.len_utf8());
                repairs.push(Repair {
                    kind,
                    raw: Span::new(raw_start + i, raw_start + i + c.len_utf8()),
                    from: c.to_string(),
                    to: String::new(),
                });
                copied = i + c.len_utf8();
            }
        }
    }
    b.copy(&line[copied..]);
}

fn whitespace_run_end(line: &str, start: usize) -> usize {
    line[start..]
        .char_indices()
        // Invisible characters inside a whitespace run go with it.
        .find(|&(_, c)| c != ' ' && matches!(action(c), Action::Keep))
        .map_or(line.len(), |(j, _)| start + j)
}

fn skip_to(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, end: usize) {
    while chars.peek().is_some_and(|&(j, _)| j < end) {
        chars.next();
    }
}

#[cfg(test)]
mod tests;
