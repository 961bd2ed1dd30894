//! Gold event files and their scorer: [`file`] reads them, [`score`] implements SPEC.md's
//! scoring section, [`align`] finds gold sentences in coded documents.
pub mod align;
pub mod file;
pub mod run;
pub mod score;
pub use file::{GoldEvent, GoldSentence, Unit};
pub use score::{score, Predicted, Report, Scored};
