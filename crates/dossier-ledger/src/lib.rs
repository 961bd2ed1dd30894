//! dossier's ledger (SPEC.md stages 8–9): the SQLite store of coded documents (`store`), the
//! linking of reports into real-world events and of names into entities (`link`), and queries
//! over the stored events (`query`) with each event's claim history (`history`). It consumes documents the pipeline has coded, in input order
//! (a sink); it never runs a pipeline stage itself, and prints nothing.

pub mod history;
pub mod link;
pub mod query;
pub mod serve;
pub mod store;

pub use query::{EventRow, Filter, MentionRow};
pub use store::{content_hash, Counts, Ledger, LedgerError, Stored};
