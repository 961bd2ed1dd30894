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
        Participant::Implicit { code, .. } => ParticipantOut {
            text: None,
            code: Some(code.clone()),
            country: Some(code.chars().take(3).collect()),
            sector: (code.len() >= 6).then(|| code[3..].to_string()),
            entity: None,
            start: None,
            end: None,
        },
    }
}
