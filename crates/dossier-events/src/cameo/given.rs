//! Documents from CoNLL-U parses that someone else made (the PETRARCH validation files carry
//! UDPipe parses; tests write their own): the words joined into a text (respecting
//! `SpaceAfter=No`), one sentence per block, the analysis taken as given.
//!
//! [`dossier_core::Analysis`] holds `&'static str` tags into the loaded models; given tags,
//! relations and lemmas are interned here instead (each distinct string is leaked once, so memory
//! grows with the vocabulary, not the input). Malformed lines are reported, never a panic. This
//! module does not analyse anything itself.

use std::collections::HashSet;
use std::sync::Mutex;

use dossier_core::analysis::{Analysis, Lemma};
use dossier_core::{Document, Sentence, Span, Token};

static INTERNED: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);

/// The process-wide copy of `s`.
pub fn intern(s: &str) -> &'static str {
    let mut guard = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    let set = guard.get_or_insert_with(HashSet::new);
    if let Some(&k) = set.get(s) {
        return k;
    }
    let k: &'static str = Box::leak(s.to_string().into_boxed_str());
    set.insert(k);
    k
}

/// A document whose sentences are the CoNLL-U blocks of `conllu` (comment, multiword-token and
/// empty-node lines are skipped). `Err` names the first bad line.
pub fn document_from_conllu(id: &str, conllu: &str) -> Result<Document, String> {
    let mut doc = Document::new(id, String::new());
    let mut text = String::new();
    let mut start_tok = 0u32;
    let mut sent_start = 0usize;
    let flush = |doc: &mut Document, text: &mut String, start_tok: &mut u32, sent_start: &mut usize| {
        let end = doc.tokens.len() as u32;
        if end > *start_tok {
            let last = doc.tokens[end as usize - 1].span.end as usize;
            doc.sentences.push(Sentence {
                span: Span::new(*sent_start, last),
                tokens: *start_tok..end,
            });
            if !text.ends_with(' ') && !text.is_empty() {
                text.push(' ');
            }
        }
        *start_tok = end;
        *sent_start = text.len();
    };
    for (no, line) in conllu.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut doc, &mut text, &mut start_tok, &mut sent_start);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(format!("line {}: {} columns, want 10", no + 1, cols.len()));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let head: u32 = cols[6]
            .parse()
            .map_err(|_| format!("line {}: head `{}` is not a number", no + 1, cols[6]))?;
        let form = cols[1];
        let start = text.len();
        text.push_str(form);
        let space_after = !cols.get(9).is_some_and(|m| m.split('|').any(|f| f == "SpaceAfter=No"));
        let lemma = if cols[2] == "_" && form != "_" { form } else { cols[2] };
        let lemma = if form.len() <= 255 {
            Lemma::Edit {
                lower: false,
                strip: form.len() as u8,
                append: intern(lemma),
            }
        } else {
            Lemma::None
        };
        doc.tokens.push(Token {
            span: Span::new(start, text.len()),
            norm: None,
            space_after,
            mwt: 0,
            analysis: Analysis {
                upos: intern(dash(cols[3])),
                xpos: intern(dash(cols[4])),
                lemma,
                feats: intern(dash(cols[5])),
                head,
                deprel: intern(dash(cols[7])),
            },
        });
        if space_after {
            text.push(' ');
        }
    }
    flush(&mut doc, &mut text, &mut start_tok, &mut sent_start);
    doc.text = text;
    Ok(doc)
}

fn dash(s: &str) -> &str {
    if s == "_" {
        ""
    } else {
        s
    }
}
