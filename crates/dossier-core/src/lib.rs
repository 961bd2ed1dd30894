//! dossier-core: the types every pipeline stage shares.
//!
//! A [`Document`] is built once by `ingest` and annotated in place by each later stage in the
//! order of SPEC.md (clean → segment → analyse → recognise → code → attribute → link → export).
//! Layers are linked by indices, never references. Offsets inside the library are **byte**
//! offsets into [`Document::text`] (the cleaned text); printers convert to Unicode code points
//! once, at the edge, with [`CharIndex`].
//!
//! This crate does no I/O and holds no data files.

pub mod actor;
pub mod alignment;
pub mod analysis;
pub mod calendar;
pub mod chars;
pub mod document;
pub mod event;
pub mod span;
pub mod stage;
pub mod token;

pub use actor::{Actor, DateRef};
pub use alignment::{Alignment, TextBuilder};
pub use analysis::Analysis;
pub use chars::CharIndex;
pub use document::{Document, Dropped, Meta, Repair};
pub use event::{Channel, Claim, ClaimStatus, Event, EventDate, Participant, Place, Plover};
pub use span::Span;
pub use stage::{Pipeline, Stage, StageError};
pub use token::{Sentence, Token};

/// For tests whose data lives outside the repository (`../shared`): says on the process's own
/// standard error, past the test harness's output capture, that the test could not run, so that
/// a skip is never a silent pass. (The harness captures `eprintln!` of passing tests.)
pub fn skip_notice(what: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "SKIP: {what}");
}
