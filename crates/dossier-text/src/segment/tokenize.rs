//! Splits one line of text into surface tokens ("pieces"), the way UD English-EWT writes them:
//! punctuation split off; numbers with commas, decimals, times and dates, URLs, e-mail
//! addresses, initialisms ("U.S.") and listed abbreviations ("Gen.") kept whole; hyphens split
//! except after a listed prefix ("mid-level") or before a listed suffix, and inside phone
//! numbers. Apostrophes between letters stay inside the piece; `clitics` splits them later.
//!
//! Hand-written scanning over bytes (characters decoded only outside ASCII), no allocation.
//! This module must not decide sentence boundaries or split clitics; it only classifies each
//! piece so that `sentences` can.

use super::lexicon::{AbbrevClass, Lexicon};

/// What a piece is, as far as sentence splitting cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits and the connectors allowed inside them.
    Word,
    /// A URL, kept whole and never split further.
    Url,
    /// A word with its final period ("Dr.", "U.S.", "J."); `may_end` if it can end a sentence.
    Abbrev { may_end: bool },
    /// `.`, `!`, `?`, `…` and runs of them (`...`, `?!`).
    Terminal,
    /// Opening brackets and quotes that only open: `( [ { “ ‘ «`.
    Open,
    /// Closing brackets and quotes that only close: `) ] } ” »`.
    Close,
    /// Quotes that may open or close: `" ' ’ \``.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// A surface token: bytes `start..end` of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// The character at byte `i` of `s` (which must be a char boundary; anything else reads as
/// U+FFFD, never panics).
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        Some(_) => s.get(i..).and_then(|t| t.chars().next()).unwrap_or('\u{FFFD}'),
        None => '\0',
    }
}

/// Characters that join whatever precedes them: combining marks, joiners, variation selectors,
/// emoji skin-tone modifiers.
#[inline]
fn is_mark_like(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{200C}' | '\u{200D}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}' | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// Letters, digits and marks: what words are made of.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark_like(c)
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// End of the run of word characters starting at `i` (no connectors).
#[inline]
fn word_run_end(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        let c = char_at(text, i);
        if !is_word_char(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn all_ascii_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Splits the line `text[start..end]` (no `\n` inside) into pieces appended to `out`.
pub(crate) fn tokenize_line(text: &str, start: usize, end: usize, lex: &Lexicon, out: &mut Vec<Piece>) {
    let mut i = start;
    while i < end {
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let a = i;
        while i < end {
            let d = char_at(text, i);
            if d.is_whitespace() {
                break;
            }
            i += d.len_utf8();
        }
        scan_chunk(text, a, i, end, lex, out);
    }
}

/// A whitespace-free chunk `a..b`; `line_end` lets abbreviations look at the next word.
fn scan_chunk(text: &str, a: usize, b: usize, line_end: usize, lex: &Lexicon, out: &mut Vec<Piece>) {
    if let Some((u0, u1)) = find_url(text, a, b) {
        scan_plain(text, a, u0, line_end, lex, out);
        out.push(Piece { start: u0, end: u1, kind: Kind::Url });
        scan_plain(text, u1, b, line_end, lex, out);
    } else {
        scan_plain(text, a, b, line_end, lex, out);
    }
}

/// The URL inside chunk `a..b`, if the chunk is one (after leading brackets or quotes):
/// `http://`, `https://`, `ftp://`, `www.`, `mailto:`. Trailing punctuation is left out, and a
/// closing bracket only when the URL has no matching opening one.
fn find_url(text: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut u0 = a;
    while u0 < b && matches!(bytes[u0], b'(' | b'[' | b'{' | b'<' | b'"' | b'\'') {
        u0 += 1;
    }
    let rest = &bytes[u0..b];
    let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(starts(b"http://") || starts(b"https://") || starts(b"ftp://") || starts(b"www.") || starts(b"mailto:")) {
        return None;
    }
    let mut u1 = b;
    loop {
        // Step back one character at a time over trailing punctuation.
        let Some(last) = text[u0..u1].chars().next_back() else { break };
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | '>' => true,
            ')' | ']' | '}' => {
                let (open, close) = match last {
                    ')' => (b'(', b')'),
                    ']' => (b'[', b']'),
                    _ => (b'{', b'}'),
                };
                let span = &bytes[u0..u1];
                let opens = span.iter().filter(|&&x| x == open).count();
                let closes = span.iter().filter(|&&x| x == close).count();
                closes > opens
            }
            _ => false,
        };
        if !strip || u1 - last.len_utf8() <= u0 + 4 {
            break;
        }
        u1 -= last.len_utf8();
    }
    Some((u0, u1))
}

fn scan_plain(text: &str, a: usize, b: usize, line_end: usize, lex: &Lexicon, out: &mut Vec<Piece>) {
    let mut p = a;
    while p < b {
        let c = char_at(text, p);
        p = if is_word_char(c) {
            scan_word(text, p, b, line_end, lex, out)
        } else {
            scan_punct(text, p, b, out)
        };
    }
}

/// Whether the hyphen at `h` (between word characters) keeps the word whole. `seg` is where the
/// current hyphen-separated part started, `ws` where the word started.
fn hyphen_keeps(text: &str, ws: usize, seg: usize, h: usize, b: usize, lex: &Lexicon) -> bool {
    let left = &text[seg..h];
    let r = h + char_at(text, h).len_utf8();
    let r_end = word_run_end(text, r, b);
    let right = &text[r..r_end];
    if lex.is_hyphen_prefix(left) || lex.is_hyphen_suffix(right) {
        return true;
    }
    if all_ascii_digits(left) && all_ascii_digits(right) {
        // Phone numbers and dates: 646-8420, 713-853-3989, 11-20-2000; not ranges like 5-10.
        let more = r_end + 1 < b && text.as_bytes()[r_end] == b'-' && text.as_bytes()[r_end + 1].is_ascii_digit();
        return seg > ws || more || (left.len() >= 3 && right.len() >= 4);
    }
    false
}

/// Scans a word starting at `p` (a word character); returns where scanning continues.
fn scan_word(text: &str, p: usize, b: usize, line_end: usize, lex: &Lexicon, out: &mut Vec<Piece>) -> usize {
    let bytes = text.as_bytes();
    let ws = p;
    let mut seg = p;
    let mut q = p;
    loop {
        q = word_run_end(text, q, b);
        if q >= b {
            break;
        }
        let prev = text[..q].chars().next_back().unwrap_or(' ');
        let d = char_at(text, q);
        let r = q + d.len_utf8();
        if r >= b {
            break;
        }
        let next = char_at(text, r);
        if !is_word_char(next) {
            break;
        }
        let joins = match d {
            '.' | '@' | '_' => true,
            ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
            ',' => {
                // A thousands separator: a digit before, exactly three digits after.
                let e = word_run_end(text, r, b);
                prev.is_ascii_digit() && e - r == 3 && all_ascii_digits(&text[r..e])
            }
            '&' => prev.is_alphabetic() && next.is_alphabetic(),
            c if is_apostrophe(c) => prev.is_alphanumeric() && next.is_alphabetic(),
            c if is_hyphen(c) => hyphen_keeps(text, ws, seg, q, b, lex),
            _ => false,
        };
        if !joins {
            break;
        }
        if is_hyphen(d) {
            seg = r;
        }
        q = r;
    }
    // A single period right after the word may belong to it (abbreviation, initial).
    if q < b && bytes[q] == b'.' && bytes.get(q + 1) != Some(&b'.') {
        if let Some(kind) = abbreviation_kind(text, ws, q, line_end, lex) {
            out.push(Piece { start: ws, end: q + 1, kind });
            return q + 1;
        }
    }
    out.push(Piece { start: ws, end: q, kind: Kind::Word });
    q
}

/// If `text[ws..q]` followed by the period at `q` is an abbreviation, its piece kind.
fn abbreviation_kind(text: &str, ws: usize, q: usize, line_end: usize, lex: &Lexicon) -> Option<Kind> {
    let word = &text[ws..q];
    if let Some(class) = lex.abbreviation(word) {
        return match class {
            AbbrevClass::Title => Some(Kind::Abbrev { may_end: false }),
            AbbrevClass::Any => Some(Kind::Abbrev { may_end: true }),
            AbbrevClass::Number => {
                let next = text[q + 1..line_end].trim_start();
                next.starts_with(|c: char| c.is_ascii_digit()).then_some(Kind::Abbrev { may_end: false })
            }
        };
    }
    if is_initialism(word) {
        return Some(Kind::Abbrev { may_end: true });
    }
    None
}

/// A capital initial ("J") or letters in short groups joined by periods with at least one
/// single letter ("U.S", "e.g", "J.R.R", "Ph.D", "a.m").
fn is_initialism(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if !word.contains('.') || !word.is_ascii() {
        return false;
    }
    let mut single = false;
    for part in word.split('.') {
        if part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        single |= part.len() == 1;
    }
    single
}

/// Scans punctuation or a symbol at `p`; returns where scanning continues.
fn scan_punct(text: &str, p: usize, b: usize, out: &mut Vec<Piece>) -> usize {
    let c = char_at(text, p);
    let run = |pred: &dyn Fn(char) -> bool| {
        let mut e = p;
        while e < b {
            let d = char_at(text, e);
            if !pred(d) {
                break;
            }
            e += d.len_utf8();
        }
        e
    };
    let (mut end, kind) = match c {
        '.' => (run(&|d| d == '.'), Kind::Terminal),
        '!' | '?' => (run(&|d| d == '!' || d == '?'), Kind::Terminal),
        '…' => (run(&|d| d == '…' || d == '.'), Kind::Terminal),
        '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '‹' | '¿' | '¡' => (p + c.len_utf8(), Kind::Open),
        ')' | ']' | '}' | '”' | '»' | '›' => (p + c.len_utf8(), Kind::Close),
        '"' | '\'' | '’' | '`' | '´' => (p + c.len_utf8(), Kind::Quote),
        ':' | ';' if is_emoticon(text, p, b) => (p + 2, Kind::Punct),
        '-' | '*' | '=' | '_' | '~' | '#' | '<' | '>' | '+' | '/' | '\\' | '|' | '^' | '—' | '–' | ',' => {
            (run(&|d| d == c), Kind::Punct)
        }
        _ => (p + c.len_utf8(), Kind::Punct),
    };
    // Marks and joiners stay with the symbol they modify.
    while end < b {
        let d = char_at(text, end);
        if !is_mark_like(d) {
            break;
        }
        end += d.len_utf8();
    }
    out.push(Piece { start: p, end, kind });
    end
}

/// `:)`, `:(`, `:D`, `:P`, `;)` … at `p`, not followed by a letter or digit.
fn is_emoticon(text: &str, p: usize, b: usize) -> bool {
    let bytes = text.as_bytes();
    p + 1 < b
        && matches!(bytes[p + 1], b')' | b'(' | b'D' | b'P' | b'p')
        && (p + 2 >= b || !bytes[p + 2].is_ascii_alphanumeric())
}
