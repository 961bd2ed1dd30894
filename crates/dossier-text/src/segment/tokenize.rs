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
    /// An emoticon: `:)`, `:-(`, `;P` ….
    Emoticon,
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
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (quotes, dashes, spaces, joiners): no letters, fast.
        is_mark_like(c)
    } else {
        c.is_alphanumeric() || is_mark_like(c)
    }
}

use super::clitics::is_apostrophe;

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
        out.push(Piece {
            start: u0,
            end: u1,
            kind: Kind::Url,
        });
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
    let web = starts(b"http://") || starts(b"https://") || starts(b"ftp://") || starts(b"www.") || starts(b"mailto:");
    if !web {
        return find_email(bytes, a, b);
    }
    // Bracket balance of the whole URL: (), [], {} as open minus close.
    let mut balance = [0isize; 3];
    for &x in &bytes[u0..b] {
        match x {
            b'(' => balance[0] += 1,
            b')' => balance[0] -= 1,
            b'[' => balance[1] += 1,
            b']' => balance[1] -= 1,
            b'{' => balance[2] += 1,
            b'}' => balance[2] -= 1,
            _ => {}
        }
    }
    let mut u1 = b;
    // Step back one character at a time over trailing punctuation.
    while let Some(last) = text[u0..u1].chars().next_back() {
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | '>' => true,
            ')' => balance[0] < 0,
            ']' => balance[1] < 0,
            '}' => balance[2] < 0,
            _ => false,
        };
        if !strip || u1 - last.len_utf8() <= u0 + 4 {
            break;
        }
        match last {
            ')' => balance[0] += 1,
            ']' => balance[1] += 1,
            '}' => balance[2] += 1,
            _ => {}
        }
        u1 -= last.len_utf8();
    }
    Some((u0, u1))
}

/// An e-mail address `name@domain.tld` inside chunk `a..b` (the name may be empty or elided
/// with dots, as in `jo...@mail.com`).
fn find_email(bytes: &[u8], a: usize, b: usize) -> Option<(usize, usize)> {
    let at = a + bytes[a..b].iter().position(|&x| x == b'@')?;
    let name_char = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'-' | b'+');
    let mut u0 = at;
    while u0 > a && name_char(bytes[u0 - 1]) {
        u0 -= 1;
    }
    let mut u1 = at + 1;
    while u1 < b && (bytes[u1].is_ascii_alphanumeric() || matches!(bytes[u1], b'.' | b'-')) {
        u1 += 1;
    }
    while u1 > at + 1 && matches!(bytes[u1 - 1], b'.' | b'-') {
        u1 -= 1;
    }
    let domain = &bytes[at + 1..u1];
    let ok = domain.first().is_some_and(u8::is_ascii_alphanumeric)
        && domain.windows(2).any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic());
    ok.then_some((u0, u1))
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
        // Phone numbers, extensions and dates: 646-8420, 3-5213, 713-853-3989, 11-20-2000;
        // not ranges like 5-10 or 1969-1970.
        let more = r_end + 1 < b && text.as_bytes()[r_end] == b'-' && text.as_bytes()[r_end + 1].is_ascii_digit();
        return seg > ws || more || right.len() == 4 && left.len() != 4;
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
        let next = if r < b { char_at(text, r) } else { ' ' };
        if !is_word_char(next) {
            // A plural possessive keeps its apostrophe ("soldiers' home"), unless it closes a
            // single quote opened earlier on the line.
            if is_apostrophe(d) && matches!(prev, 's' | 'S') && q - ws >= 2 && !single_quote_open(text, out) {
                q = r;
            }
            break;
        }
        let joins = match d {
            '.' | '@' | '_' => true,
            ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
            // Thousands separators and decimal commas: 5,000 and 7,5.
            ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
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
    // A single period right after the word may belong to it (abbreviation, initial); of two
    // periods ("Inc.."), the first does and the second ends the sentence.
    let periods = bytes[q..b].iter().take_while(|&&x| x == b'.').count();
    if periods == 1 || periods == 2 && bytes.get(q + 2) != Some(&b'.') {
        if let Some(kind) = abbreviation_kind(text, ws, q, line_end, lex) {
            out.push(Piece {
                start: ws,
                end: q + 1,
                kind,
            });
            return q + 1;
        }
    }
    // A number glued to a unit ("375mm", "6pm", "24hrs") is two tokens; ordinals and decades
    // ("10th", "1990s") are one.
    if let Some(cut) = number_unit_cut(&text[ws..q]) {
        out.push(Piece {
            start: ws,
            end: ws + cut,
            kind: Kind::Word,
        });
        out.push(Piece {
            start: ws + cut,
            end: q,
            kind: Kind::Word,
        });
        return q;
    }
    out.push(Piece {
        start: ws,
        end: q,
        kind: Kind::Word,
    });
    q
}

/// Where the number ends and unit letters begin in a word made of a number ("375", "1,350",
/// "13.9", "7:30") then lower-case letters (or `K`, `M`, `B`, `AM`, `PM`), unless the letters are an ordinal suffix or a plural `s`
/// (upper-case names like "3G" stay whole).
fn number_unit_cut(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The number: digits with decimal points, thousands commas or time colons ("7:30PM").
    let mut digits = bytes
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':'))
        .count();
    while !bytes[digits - 1].is_ascii_digit() {
        digits -= 1;
    }
    if digits == bytes.len() || !bytes[digits..].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let unit = &word[digits..];
    let ordinal = ["st", "nd", "rd", "th", "s"]
        .iter()
        .any(|s| unit.eq_ignore_ascii_case(s));
    let unit_like = unit.bytes().all(|x| x.is_ascii_lowercase()) || matches!(unit, "K" | "M" | "B" | "AM" | "PM");
    (!ordinal && unit_like).then_some(digits)
}

/// Whether the line so far (`out`) has an opening single quote (`‘`, or `'` / `` ` `` not
/// attached to a word before it) that no later single quote closed. Looks back a bounded
/// number of pieces, so a long line stays linear.
fn single_quote_open(text: &str, out: &[Piece]) -> bool {
    const LOOK_BACK: usize = 256;
    let from = out.len().saturating_sub(LOOK_BACK);
    for (i, p) in out.iter().enumerate().skip(from).rev() {
        let c = char_at(text, p.start);
        let single = matches!(c, '\'' | '‘' | '’' | '`') && p.end - p.start == c.len_utf8();
        if !single {
            continue;
        }
        let attached = i > 0 && out[i - 1].end == p.start;
        return c == '‘' || !attached && c != '’';
    }
    false
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
                next.starts_with(|c: char| c.is_ascii_digit())
                    .then_some(Kind::Abbrev { may_end: false })
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
        // An ellipsis of three or more dots stands alone; other runs of . ! ? are one token.
        '.' if text[p..b].starts_with("...") => (run(&|d| d == '.'), Kind::Terminal),
        '.' | '!' | '?' => (run(&|d| matches!(d, '.' | '!' | '?')), Kind::Terminal),
        '…' => (run(&|d| d == '…' || d == '.'), Kind::Terminal),
        // A doubled single quote ('' ’’ ``) is one quotation mark.
        '\'' | '’' | '‘' | '`' if p + c.len_utf8() < b && char_at(text, p + c.len_utf8()) == c => {
            (p + 2 * c.len_utf8(), Kind::Quote)
        }
        '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '‹' | '¿' | '¡' => (p + c.len_utf8(), Kind::Open),
        ')' | ']' | '}' | '”' | '»' | '›' => (p + c.len_utf8(), Kind::Close),
        '"' | '\'' | '’' | '`' | '´' => (p + c.len_utf8(), Kind::Quote),
        ':' | ';' if emoticon_len(text, p, b) > 0 => (p + emoticon_len(text, p, b), Kind::Emoticon),
        // A hashtag is one word.
        '#' if p + 1 < b && char_at(text, p + 1).is_alphabetic() => (word_run_end(text, p + 1, b), Kind::Word),
        '-' | '=' => (run(&|d| d == '-' || d == '='), Kind::Punct),
        '*' | '_' | '~' | '#' | '<' | '>' | '+' | '/' | '\\' | '|' | '^' | '—' | '–' | ',' | '$' => {
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

/// Length of an emoticon at `p` (`:)`, `:(`, `:D`, `:P`, `;)`, `:-)`, `;-P` …) not followed by
/// a letter or digit; 0 if there is none.
fn emoticon_len(text: &str, p: usize, b: usize) -> usize {
    let bytes = &text.as_bytes()[p..b];
    let nose = usize::from(bytes.get(1) == Some(&b'-'));
    let len = 2 + nose;
    let face = bytes
        .get(1 + nose)
        .is_some_and(|x| matches!(x, b')' | b'(' | b'D' | b'P' | b'p'));
    let free = !matches!(bytes.get(len), Some(x) if x.is_ascii_alphanumeric());
    if face && free {
        len
    } else {
        0
    }
}
