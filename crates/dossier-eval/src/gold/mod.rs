pub mod file;
pub use file::{GoldEvent, GoldSentence, Unit};
