//! dossier-actors: pipeline stage 5, **recognise** (SPEC.md, "Pipeline").
//!
//! This crate finds the actors of a document — countries, governments, intelligence services,
//! named people with roles, generic agents such as "operatives" or "a former CIA officer" —
//! and the places and dates the events happen at. It is built from:
//! - dictionaries (actor and agent dictionaries in the CAMEO/PETRARCH tradition, read by
//!   `dossier-dict` and re-exported here as [`dictionaries`]),
//! - the **gazetteer** of intelligence services, their aliases, native names, predecessors and
//!   the cyber units publicly attributed to them, plus the role nouns of the trade
//!   ([`gazetteer`]),
//! - actor recognition over the analysed tokens, and
//! - date recognition and resolution against the document date.
//!
//! Only [`gazetteer`] exists so far; the other modules follow. All word lists and codes are
//! data under `data/`, embedded at build time; this crate never reads files at run time.

pub mod dates;
pub use dossier_dict as dictionaries;
pub mod gazetteer;
pub mod places;
pub mod recognise;
