//! Sentence boundaries inside one line, decided over the line's pieces.
//!
//! A sentence ends after `.`, `!`, `?`, `…` (and runs like `...`, `?!`), together with any
//! closing brackets or quotes attached to it, when whitespace and a word that can start a
//! sentence follow (a capital, a digit, an opening quote or bracket: not a lower-case word).
//! After an abbreviation that may end a sentence ("Inc.", "U.S.") or a capital initial, a
//! sentence ends only when a common sentence-starting word follows ("The", "He"). A number or
//! letter with a period at the start of a line is a list marker, not a sentence.
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
}

/// Appends to `out` the indices of pieces that start a new sentence (never 0), increasing.
pub(crate) fn boundaries(text: &str, pieces: &[Piece], lex: &Lexicon, out: &mut Vec<usize>) {
    let n = pieces.len();
    for k in 0..n {
        let end = match pieces[k].kind {
            Kind::Terminal => End::Strong,
            Kind::Abbrev { may_end: true } => End::Weak,
            _ => continue,
        };
        // Closing brackets, quotes and further punctuation attached to the terminal.
        let mut j = k + 1;
        while j < n
            && pieces[j].start == pieces[j - 1].end
            && matches!(pieces[j].kind, Kind::Close | Kind::Quote | Kind::Terminal)
        {
            j += 1;
        }
        if j >= n || pieces[j].start == pieces[j - 1].end || out.last() == Some(&j) {
            continue;
        }
        let next = pieces[j];
        let split = match end {
            End::Strong => {
                let term = &text[pieces[k].start..pieces[k].end];
                !is_list_marker(text, pieces, k)
                    && (can_start(text, next) || is_plain_stop(term) && can_follow_stop(text, next))
            }
            End::Weak => lex.is_sentence_starter(&text[next.start..next.end]),
        };
        if split {
            out.push(j);
        }
    }
}

/// A full stop, `!` or `?` (not an ellipsis): after these even a lower-case word starts a new
/// sentence (abbreviations never reach here: their period is part of their piece).
fn is_plain_stop(term: &str) -> bool {
    term == "." || !term.is_empty() && term.bytes().all(|b| b == b'!' || b == b'?')
}

/// After a plain stop: anything but continuing punctuation (`,` `;` `:` `%` `/` `&`) or
/// closing brackets.
fn can_follow_stop(text: &str, p: Piece) -> bool {
    match p.kind {
        Kind::Close | Kind::Terminal => false,
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
        Kind::Close | Kind::Terminal => false,
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
