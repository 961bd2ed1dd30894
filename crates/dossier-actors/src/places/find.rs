//! Finding place names in one analysed sentence: the longest table name at each capitalised word,
//! kept only when the text writes it as a name (capitals as in the table, a proper-noun tag from
//! `analyse`), it is not part of a longer name ("Andrew Jackson", "Washington Post") or a date
//! ("May"), with an explicit region or country after a comma taken as its qualifier
//! ("Paris, Texas").
//!
//! Finds candidates and their possible readings; choosing a reading is [`super::resolve`]'s job.

use super::lexicon::Lexicon;
use super::table::{all_caps, key_into, Feature, PlaceTable, Reading};
use dossier_core::{Span, Token};
use std::collections::HashSet;
use std::ops::Range;

/// Longest name, in words, the search tries.
const MAX_TOKENS: usize = 10;

/// A place name found in the text, with the readings the table allows.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub sentence: u32,
    /// Words of the sentence (indices into the sentence's tokens) the name covers, qualifier
    /// included.
    pub words: Range<usize>,
    /// Bytes of the cleaned text: the name, and its qualifier if any.
    pub span: Span,
    /// The name's lookup key (without the qualifier).
    pub key: String,
    pub readings: Vec<Reading>,
    /// The region or country after a comma that narrowed the readings ("Texas").
    pub qualifier: Option<String>,
    /// Found in a dateline at the start of the text ("MOSCOW (Reuters) -").
    pub dateline: bool,
    /// A locative preposition stands before it ("in", "near"; "in the" counts).
    pub locative: bool,
}

/// What [`sentence`] needs besides the sentence itself.
pub(crate) struct Ctx<'a> {
    pub table: &'a PlaceTable,
    pub lex: &'a Lexicon,
    pub text: &'a str,
}

fn surface<'t>(text: &'t str, t: &Token) -> &'t str {
    text.get(t.span.range()).unwrap_or("")
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A capitalised word the analysis calls a proper noun (or, unanalysed, any capitalised word
/// that does not start the sentence).
fn name_word(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let s = surface(text, t);
    capitalised(s)
        && match t.analysis.upos {
            "" => i > 0,
            u => u == "PROPN",
        }
}

/// Whether word `k`, right after a place name, makes the name part of a longer one: a capitalised
/// word that is a noun, adjective or proper noun (not "I"), and no weekday or month ("in Moscow
/// Tuesday").
fn next_name(ctx: &Ctx, toks: &[Token], k: usize) -> bool {
    let s = surface(ctx.text, &toks[k]);
    capitalised(s)
        && s.chars().all(char::is_alphabetic)
        && matches!(toks[k].analysis.upos, "" | "PROPN" | "NOUN" | "ADJ")
        && !(s.len() <= 24 && ctx.lex.date_words.contains(s.to_lowercase().as_str()))
}

/// The text of words `r`, from the first word's start to the last word's end.
fn slice<'t>(text: &'t str, toks: &[Token], r: Range<usize>) -> &'t str {
    let (Some(a), Some(b)) = (toks.get(r.start), r.end.checked_sub(1).and_then(|e| toks.get(e))) else {
        return "";
    };
    text.get(a.span.start as usize..b.span.end as usize).unwrap_or("")
}

/// The longest table name starting at word `i`: its end and key.
pub(crate) fn longest(ctx: &Ctx, toks: &[Token], i: usize, buf: &mut String) -> Option<(usize, String)> {
    let mut best = None;
    let last = (i + MAX_TOKENS).min(toks.len());
    for j in i + 1..=last {
        let s = slice(ctx.text, toks, i..j);
        if s.len() > 120 {
            break;
        }
        key_into(s, buf);
        if ctx.table.lookup(buf).is_some() {
            best = Some((j, buf.clone()));
        }
        if (toks[j - 1].space_after || j == last) && !ctx.table.is_prefix(buf) {
            break;
        }
    }
    best
}

/// The readings of `key` whose capitals the text `surface` follows.
pub(crate) fn written_as(ctx: &Ctx, key: &str, surface: &str) -> Vec<Reading> {
    let Some(all) = ctx.table.lookup(key) else {
        return Vec::new();
    };
    let text_caps = all_caps(surface);
    let words: Vec<&str> = surface.split_whitespace().collect();
    all.iter()
        .filter(|r| {
            if r.exact {
                return ctx.table.exact_match(key, surface);
            }
            if text_caps {
                return false; // "MAY", "NICE" in a headline: not enough to go on
            }
            if words.len() == r.words as usize {
                words
                    .iter()
                    .enumerate()
                    .all(|(n, w)| n >= 16 || r.caps & (1 << n) == 0 || capitalised(w))
            } else {
                words.first().is_some_and(|w| capitalised(w))
            }
        })
        .copied()
        .collect()
}

/// Whether the analysis lets words `r` be a name: a proper noun among them (the only word must
/// be one). Unanalysed text passes.
fn tagged_as_name(toks: &[Token], r: Range<usize>) -> bool {
    let ws = &toks[r];
    if ws.iter().any(|t| t.analysis.upos.is_empty()) {
        return true;
    }
    ws.iter().any(|t| t.analysis.upos == "PROPN")
}

/// Places of one sentence, from word `from` on. Names seen as a person's surname ("President
/// Jackson", "Andrew Jackson") go to `surnames`, to be dropped everywhere in the document.
pub(crate) fn sentence(
    ctx: &Ctx,
    si: u32,
    toks: &[Token],
    from: usize,
    dates: &[Span],
    out: &mut Vec<Found>,
    surnames: &mut HashSet<String>,
) {
    let text = ctx.text;
    let mut buf = String::new();
    let mut i = from;
    while i < toks.len() {
        if !capitalised(surface(text, &toks[i])) {
            i += 1;
            continue;
        }
        let Some((end, key)) = longest(ctx, toks, i, &mut buf) else {
            i += 1;
            continue;
        };
        let readings = written_as(ctx, &key, slice(text, toks, i..end));
        if readings.is_empty() || !tagged_as_name(toks, i..end) {
            i += 1;
            continue;
        }
        let span = Span {
            start: toks[i].span.start,
            end: toks[end - 1].span.end,
        };
        // A qualifier: ", Texas", ", France".
        if let Some((q_end, q_name, narrowed)) = qualifier(ctx, toks, end, &readings, &mut buf) {
            out.push(Found {
                sentence: si,
                words: i..q_end,
                span: Span {
                    start: span.start,
                    end: toks[q_end - 1].span.end,
                },
                key,
                readings: narrowed,
                qualifier: Some(q_name),
                dateline: false,
                locative: true,
            });
            i = q_end;
            continue;
        }
        let is_date = ctx.lex.date_words.contains(key.as_str())
            || ctx.lex.modifiers.contains(key.as_str())
            || dates.iter().any(|d| d.start < span.end && span.start < d.end);
        if is_date {
            i = end;
            continue;
        }
        if i > 0 && capitalised(surface(text, &toks[i - 1])) {
            let prev = surface(text, &toks[i - 1]);
            if ctx.lex.is_title(prev) {
                surnames.insert(key);
                i = end;
                continue;
            }
            if !ctx.lex.is_modifier(prev) && name_word(text, toks, i - 1) {
                // "Andrew Jackson": a two- or three-word name ending here is a person's.
                let run = (0..i).rev().take_while(|&k| name_word(text, toks, k)).count();
                let ends_here = end >= toks.len() || !name_word(text, toks, end);
                if run <= 2 && ends_here {
                    surnames.insert(key);
                }
                i = end;
                continue;
            }
        }
        let abbreviation = readings.iter().all(|r| r.exact); // "U.S. Embassy"
        if end < toks.len() && !abbreviation && next_name(ctx, toks, end) {
            i = end; // "Washington Post", "Georgia Tech", "Moscow City Court", "North Korean"
            continue;
        }
        let locative = {
            let mut k = i;
            if k > 0 && toks[k - 1].analysis.upos == "DET" {
                k -= 1;
            }
            k > 0 && ctx.lex.is_locative(surface(text, &toks[k - 1]))
        };
        out.push(Found {
            sentence: si,
            words: i..end,
            span,
            key,
            readings,
            qualifier: None,
            dateline: false,
            locative,
        });
        i = end;
    }
}

/// ", Texas" after a name at word `end`: the qualifier's end, its text, and the readings of the
/// name that lie in it. `None` when there is no comma, the next name is no region or country,
/// or no reading lies in it ("Georgia, Armenia and Azerbaijan").
fn qualifier(
    ctx: &Ctx,
    toks: &[Token],
    end: usize,
    readings: &[Reading],
    buf: &mut String,
) -> Option<(usize, String, Vec<Reading>)> {
    if surface(ctx.text, toks.get(end)?) != "," || !capitalised(surface(ctx.text, toks.get(end + 1)?)) {
        return None;
    }
    let (q_end, q_key) = longest(ctx, toks, end + 1, buf)?;
    let q_text = slice(ctx.text, toks, end + 1..q_end);
    let areas: Vec<Reading> = written_as(ctx, &q_key, q_text)
        .into_iter()
        .filter(|q| ctx.table.entry(q).feature != Feature::City)
        .collect();
    let narrowed: Vec<Reading> = readings
        .iter()
        .filter(|r| {
            let e = ctx.table.entry(r);
            areas.iter().any(|q| {
                let a = ctx.table.entry(q);
                q.entry != r.entry
                    && a.country == e.country
                    && (a.feature == Feature::Country || (e.feature == Feature::City && a.admin1 == e.admin1))
            })
        })
        .copied()
        .collect();
    (!narrowed.is_empty()).then(|| (q_end, q_text.to_string(), narrowed))
}
