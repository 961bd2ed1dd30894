//! Sentence boundaries inside one line, decided over the line's pieces.
//!
//! A sentence ends after `.`, `!`, `?`, `…` (and runs like `...`, `?!`), together with any
//! closing brackets or quotes attached to it, when whitespace and a word that can start a
//! sentence follow (a capital, a digit, an opening quote or bracket: not a lower-case word).
//! After an abbreviation that may end a sentence ("Inc.", "U.S.") or a capital initial, a
//! sentence ends only when a common sentence-starting word follows ("The", "He"). A number or
//! letter with a period at the start of a line is a list marker, not a sentence. An emoticon
//! followed by a capitalised word ends a sentence too.
//!
//! Line breaks are handled by the caller (every line ends a sentence). This module must not
//! tokenize or look past the line it is given.

use super::lexicon::Lexicon;
use super::tokenize::{char_at, Kind, Piece};

/// How strongly a piece suggests the sentence ends after it.
enum End {
    /// Sentence-final punctuation.
    Strong,
    /// An abbreviation or initial whose period might also end the sentence.
    Weak,
    /// An emoticon, which often closes a sentence in informal text.
    Face,
}

/// Appends to `out` the indices of pieces that start a new sentence (never 0), increasing.
pub(crate) fn boundaries(text: &str, pieces: &[Piece], lex: &Lexicon, out: &mut Vec<usize>) {
    let n = pieces.len();
    let mut k = 0;
    while k < n {
        let end = match pieces[k].kind {
            Kind::Terminal => End::Strong,
            Kind::Emoticon => End::Face,
            Kind::Abbrev { may_end: true } => End::Weak,
            _ => {
                k += 1;
                continue;
            }
        };
        // Closing brackets, quotes and further punctuation attached to the terminal.
        let mut j = k + 1;
        while j < n
            && pieces[j].start == pieces[j - 1].end
            && matches!(pieces[j].kind, Kind::Close | Kind::Quote | Kind::Terminal)
        {
            j += 1;
        }
        // The attached pieces up to `j` lead to the same place: decide once (linear time).
        let here = k;
        k = j;
        if j >= n || pieces[j].start == pieces[j - 1].end {
            continue;
        }
        let next = pieces[j];
        let split = match end {
            End::Strong => {
                let term = &text[pieces[here].start..pieces[here].end];
                !is_list_marker(text, pieces, here)
                    && (can_start(text, next) || j == here + 1 && is_plain_stop(term) && can_follow_stop(text, next))
            }
            End::Weak => lex.is_sentence_starter(&text[next.start..next.end]),
            End::Face => next.kind == Kind::Word && char_at(text, next.start).is_uppercase(),
        };
        if split {
            out.push(j);
        }
        k = k.max(here + 1);
    }
}

/// A full stop, `!` or `?` (not an ellipsis): after these even a lower-case word starts a new
/// sentence (abbreviations never reach here: their period is part of their piece).
fn is_plain_stop(term: &str) -> bool {
    term == "." || term.bytes().any(|b| b == b'!' || b == b'?')
}

/// After a plain stop: anything but continuing punctuation (`,` `;` `:` `%` `/` `&`) or
/// closing brackets.
fn can_follow_stop(text: &str, p: Piece) -> bool {
    match p.kind {
        Kind::Close | Kind::Terminal | Kind::Emoticon => false,
        Kind::Punct => !matches!(char_at(text, p.start), ',' | ';' | ':' | '%' | '/' | '&'),
        _ => true,
    }
}

/// `1.`, `12.` or `a.` as the first thing on the line.
fn is_list_marker(text: &str, pieces: &[Piece], k: usize) -> bool {
    if k != 1 || &text[pieces[k].start..pieces[k].end] != "." {
        return false;
    }
    let first = &text[pieces[0].start..pieces[0].end];
    pieces[0].kind == Kind::Word
        && (first.len() <= 3 && first.bytes().all(|b| b.is_ascii_digit())
            || first.len() == 1 && first.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Whether the piece can be the first of a sentence.
fn can_start(text: &str, p: Piece) -> bool {
    match p.kind {
        Kind::Open | Kind::Quote => true,
        Kind::Close | Kind::Terminal | Kind::Emoticon => false,
        Kind::Word | Kind::Url | Kind::Abbrev { .. } | Kind::Punct => {
            let c = char_at(text, p.start);
            if c.is_alphabetic() {
                !c.is_lowercase()
            } else {
                c.is_numeric() || matches!(c, '$' | '£' | '€' | '¥' | '#' | '@' | '*' | '•' | '&')
            }
        }
    }
}
