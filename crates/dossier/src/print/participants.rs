//! How an event participant (a recognised mention or an implicit actor) is printed, shared by
//! every event format.

use dossier_core::{CharIndex, Document, Participant};
use serde::Serialize;

#[derive(Serialize, Clone, Debug)]
pub struct ParticipantOut {
    pub text: Option<String>,
    pub code: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub entity: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

pub fn out(doc: &Document, ix: &CharIndex, p: &Participant) -> ParticipantOut {
    match p {
        Participant::Mention(a) => {
            let m = &doc.actors[*a as usize];
            ParticipantOut {
                text: Some(doc.slice(m.span).to_string()),
                code: m.code.clone(),
                country: m.country.clone(),
                sector: m.sector.clone(),
                entity: m.entity.clone(),
                start: Some(ix.char_of(m.span.start as usize)),
                end: Some(ix.char_of(m.span.end as usize)),
            }
        }
        // (The words the code was read into, when the text names the participant: "Berg".)
        Participant::Implicit { code, names, .. } => ParticipantOut {
            text: names.map(|sp| doc.slice(sp).to_string()),
            code: Some(code.clone()),
            country: Some(code.chars().take(3).collect()),
            sector: (code.len() >= 6).then(|| code[3..].to_string()),
            entity: None,
            start: names.map(|sp| ix.char_of(sp.start as usize)),
            end: names.map(|sp| ix.char_of(sp.end as usize)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::Span;

    #[test]
    fn an_implicit_code_read_into_named_words_prints_them() {
        let mut doc = Document::new("t", "He pleaded not guilty.");
        doc.text = doc.raw.clone();
        let ix = CharIndex::new(&doc.text);
        let named = Participant::Implicit {
            code: "NORCVL".into(),
            rule: "the person coded before".into(),
            names: Some(Span { start: 0, end: 2 }),
        };
        let out = out(&doc, &ix, &named);
        assert_eq!(
            (out.text.as_deref(), out.start, out.end),
            (Some("He"), Some(0), Some(2))
        );
        assert_eq!(
            (out.country.as_deref(), out.sector.as_deref()),
            (Some("NOR"), Some("CVL"))
        );
        let bare = Participant::Implicit {
            code: "NOR".into(),
            rule: "the one state".into(),
            names: None,
        };
        assert_eq!(super::out(&doc, &ix, &bare).text, None);
    }
}
