//! Places in a document's dateline: a capitalised place at the very start of the text, before
//! "(Reuters)" or a dash ("MOSCOW (Reuters) -", "WASHINGTON —"), and a place named in a dateline
//! line the cleaner removed (`doc.dropped`, reason `dateline`).
//!
//! Finds dateline names only; readings are chosen by [`super::resolve`] like any other.

use super::find::{longest, written_as, Ctx, Found};
use super::table::{all_caps, key_into};
use dossier_core::{Span, Token};

/// Longest dateline place, in words.
const MAX_WORDS: usize = 4;

/// Marks that close a dateline place.
const AFTER: &[&str] = &["(", "-", "--", "\u{2013}", "\u{2014}", ",", ":"];

/// A dateline at the start of sentence `si`: capitalised words, then one of [`AFTER`]. Returns the
/// place and the number of words it covers.
pub(crate) fn in_text(ctx: &Ctx, si: u32, toks: &[Token]) -> Option<Found> {
    let word = |t: &Token| ctx.text.get(t.span.range()).unwrap_or("");
    let n = toks
        .iter()
        .take(MAX_WORDS + 1)
        .take_while(|t| all_caps(word(t)) && word(t).chars().all(|c| c.is_alphabetic() || c == '.'))
        .count();
    if n == 0 || n > MAX_WORDS || !AFTER.contains(&word(toks.get(n)?)) {
        return None;
    }
    let mut buf = String::new();
    let (end, key) = longest(ctx, toks, 0, &mut buf)?;
    if end != n || ctx.lex.date_words.contains(key.as_str()) {
        return None;
    }
    let readings = ctx.table.lookup(&key)?.to_vec();
    Some(Found {
        sentence: si,
        words: 0..n,
        span: Span {
            start: toks[0].span.start,
            end: toks[n - 1].span.end,
        },
        key,
        readings,
        qualifier: None,
        dateline: true,
        locative: true,
    })
}

/// The first place named in a removed dateline line ("LONDON, June 2, 2025"): its key and
/// readings. Words are runs of letters (with `'`, `.`, `-` inside); names are tried longest
/// first over words separated by spaces only.
pub(crate) fn in_line(ctx: &Ctx, line: &str) -> Option<(String, Vec<super::table::Reading>)> {
    let mut words: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, space before next)
    let mut start = None;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        let inner = c.is_alphabetic() || (start.is_some() && matches!(c, '\'' | '.' | '-' | '\u{2019}'));
        match (start, inner) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                words.push((s, i, c == ' '));
                start = None;
            }
            _ => {}
        }
        if words.len() > 64 {
            break;
        }
    }
    let mut key = String::new();
    for i in 0..words.len() {
        let first = &line[words[i].0..words[i].1];
        if !first.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let mut best = None;
        for j in i..words.len().min(i + MAX_WORDS) {
            if j > i && !words[j - 1].2 {
                break;
            }
            let s = &line[words[i].0..words[j].1];
            key_into(s.trim_end_matches('.'), &mut key);
            if ctx.lex.date_words.contains(key.as_str()) {
                continue;
            }
            let s = s.trim_end_matches('.');
            let mut readings = if all_caps(s) {
                ctx.table.lookup(&key).map(<[_]>::to_vec).unwrap_or_default()
            } else {
                written_as(ctx, &key, s)
            };
            readings.retain(|r| !r.exact || ctx.table.exact_match(&key, s));
            if !readings.is_empty() {
                best = Some((key.clone(), readings));
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}
