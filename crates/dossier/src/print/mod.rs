//! Printers: the only place that turns pipeline layers into output bytes. Offsets are printed
//! as Unicode code points of the cleaned text (SPEC.md), converted here once per document.

pub mod actors;
pub mod country;
pub mod csv;
pub mod document;
#[cfg(test)]
mod fixture;
pub mod flat;
pub mod participants;
pub mod petrarch;
pub mod plover;
pub mod record;
pub mod sentences;
pub mod table;

#[cfg(test)]
mod snapshot_tests;

use dossier_core::{CharIndex, Span};
use serde::Serialize;

/// A span in code points, as SPEC.md's records print it.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

impl CharSpan {
    pub fn of(ix: &CharIndex, span: Span) -> Self {
        CharSpan {
            start: ix.char_of(span.start as usize),
            end: ix.char_of(span.end as usize),
        }
    }
}

/// Writes `value` as one JSON line.
pub fn json_line(out: &mut Vec<u8>, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.push(b'\n');
    Ok(())
}
