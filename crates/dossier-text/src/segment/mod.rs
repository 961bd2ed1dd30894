//! Stage 3, segment: splits the cleaned text into sentences and UD English-EWT words.
//!
//! [`Segmenter::segment`] fills [`Document::sentences`] and [`Document::tokens`]. Each line of
//! the text is scanned once: [`tokenize`] cuts it into surface pieces, [`sentences`] decides
//! where sentences end inside the line (a line break always ends one), and [`clitics`] cuts
//! pieces into syntactic words (`Britain's` → `Britain` + `'s`, a multiword token). Word lists
//! live in `data/lexicons/` and are loaded once by [`lexicon`].
//!
//! Spans are byte offsets of the cleaned text, always on character boundaries, in order and
//! non-overlapping; no token contains whitespace. The only per-token allocation is the `norm`
//! of a word with curly quotes, dashes or `…`. This stage must not change the text, guess
//! parts of speech, or look at anything but `doc.text`.

mod clitics;
mod lexicon;
mod sentences;
mod tokenize;

use dossier_core::{Document, Sentence, Span, Stage, StageError, Token};
use lexicon::Lexicon;
use tokenize::{char_at, Kind, Piece};

/// Splits text into sentences and words. Build once; share across threads.
#[derive(Debug)]
pub struct Segmenter {
    lex: Lexicon,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// Loads the word lists (a few hundred entries; microseconds).
    pub fn new() -> Self {
        Segmenter { lex: Lexicon::load() }
    }

    /// Fills `doc.sentences` and `doc.tokens` from `doc.text` (clearing them first).
    pub fn segment(&self, doc: &mut Document) {
        self.segment_text(&doc.text, &mut doc.tokens, &mut doc.sentences);
    }

    /// Segments a bare string: clears `tokens` and `sentences`, then fills them. Text beyond
    /// 4 GiB (which spans cannot address) is ignored; ingest splits such inputs earlier.
    pub fn segment_text(&self, text: &str, tokens: &mut Vec<Token>, sentences: &mut Vec<Sentence>) {
        tokens.clear();
        sentences.clear();
        let text = addressable(text);
        let mut pieces: Vec<Piece> = Vec::new();
        let mut starts: Vec<usize> = Vec::new();
        let mut line_start = 0;
        while line_start < text.len() {
            let line_end = text.as_bytes()[line_start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| line_start + i);
            pieces.clear();
            tokenize::tokenize_line(text, line_start, line_end, &self.lex, &mut pieces);
            if !pieces.is_empty() {
                starts.clear();
                sentences::boundaries(text, &pieces, &self.lex, &mut starts);
                let mut from = 0;
                for &to in starts.iter().chain(std::iter::once(&pieces.len())) {
                    self.emit_sentence(text, &pieces[from..to], tokens, sentences);
                    from = to;
                }
            }
            line_start = line_end + 1;
        }
    }

    /// Appends the words of `pieces` as one sentence.
    fn emit_sentence(&self, text: &str, pieces: &[Piece], tokens: &mut Vec<Token>, sentences: &mut Vec<Sentence>) {
        let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
            return;
        };
        let t0 = tokens.len();
        // An abbreviation that ends the sentence gives its period to the sentence, as EWT
        // writes it ("in the U.S." → "U.S" + ".").
        let final_abbrev = pieces
            .iter()
            .rposition(|p| !matches!(p.kind, Kind::Close | Kind::Quote))
            .filter(|&i| pieces[i].kind == Kind::Abbrev { may_end: true });
        for (i, p) in pieces.iter().enumerate() {
            let space_after = char_at(text, p.end).is_whitespace();
            if final_abbrev == Some(i) {
                tokens.push(word(text, p.start, p.end - 1, false, 0));
                tokens.push(word(text, p.end - 1, p.end, space_after, 0));
                continue;
            }
            let surface = &text[p.start..p.end];
            let cuts = match p.kind {
                Kind::Word => clitics::split(surface, &self.lex),
                _ => Default::default(),
            };
            let offsets = cuts.offsets();
            if offsets.is_empty() {
                tokens.push(word(text, p.start, p.end, space_after, 0));
                continue;
            }
            let mwt = cuts.words().min(u8::MAX as usize) as u8;
            let mut s = p.start;
            for (i, &c) in offsets.iter().enumerate() {
                let e = p.start + c as usize;
                tokens.push(word(text, s, e, false, if i == 0 { mwt } else { 0 }));
                s = e;
            }
            tokens.push(word(text, s, p.end, space_after, 0));
        }
        sentences.push(Sentence {
            span: Span::new(first.start, last.end),
            tokens: t0 as u32..tokens.len() as u32,
        });
    }
}

/// The longest prefix of `text` that `u32` spans can address, cut on a character boundary.
fn addressable(text: &str) -> &str {
    let max = u32::MAX as usize;
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// One word of bytes `s..e`.
fn word(text: &str, s: usize, e: usize, space_after: bool, mwt: u8) -> Token {
    Token {
        span: Span::new(s, e),
        norm: norm(&text[s..e]),
        space_after,
        mwt,
        ..Default::default()
    }
}

/// The ASCII analysis form of a word with curly quotes, dashes or an ellipsis character, as
/// EWT writes them; `None` when the surface form is already the analysis form.
fn norm(surface: &str) -> Option<Box<str>> {
    if surface.is_ascii() {
        return None;
    }
    let map = |c: char| -> Option<&'static str> {
        Some(match c {
            '‘' | '’' | '‚' | '‛' | '′' | '´' | 'ʼ' => "'",
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => "\"",
            '—' | '―' => "--",
            '–' | '‐' | '‑' | '‒' | '−' => "-",
            '…' => "...",
            _ => return None,
        })
    };
    if !surface.chars().any(|c| map(c).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(surface.len());
    for c in surface.chars() {
        match map(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    Some(out.into_boxed_str())
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        if doc.text.len() > u32::MAX as usize {
            return Err(StageError::new("segment", format!("{}: text over 4 GiB", doc.id)));
        }
        self.segment(doc);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
