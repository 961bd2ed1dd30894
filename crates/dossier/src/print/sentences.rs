//! `dossier segment` output: one JSON object per sentence with its tokens and offsets.

use super::{json_line, CharSpan};
use dossier_core::{CharIndex, Document};
use serde::Serialize;

#[derive(Serialize)]
struct SentenceLine<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    span: CharSpan,
    tokens: Vec<TokenOut<'a>>,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    norm: Option<&'a str>,
    /// On the first word of a multiword token (`Britain's` = `Britain` + `'s`): its word count.
    #[serde(skip_serializing_if = "is_zero")]
    mwt: u8,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    no_space_after: bool,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// Prints every sentence of `doc`.
pub fn print(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    let ix = CharIndex::new(&doc.text);
    for (i, s) in doc.sentences.iter().enumerate() {
        let tokens = doc.tokens[s.token_range()]
            .iter()
            .map(|t| {
                let cs = CharSpan::of(&ix, t.span);
                TokenOut {
                    text: doc.slice(t.span),
                    start: cs.start,
                    end: cs.end,
                    norm: t.norm.as_deref(),
                    mwt: t.mwt,
                    no_space_after: !t.space_after,
                }
            })
            .collect();
        json_line(
            out,
            &SentenceLine {
                doc: &doc.id,
                sentence: i,
                text: doc.slice(s.span),
                span: CharSpan::of(&ix, s.span),
                tokens,
            },
        )?;
    }
    Ok(())
}
