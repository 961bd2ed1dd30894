//! dossier-events: pipeline stage 6, **code** (SPEC.md, "Pipeline").
//!
//! From an analysed sentence with recognised actors, produce events: kind, CAMEO code, PLOVER
//! event/mode/context, actor(s), target(s), place, date. Modules:
//! - [`plover`]: CAMEO code and kind → PLOVER event and mode (a table under `data/events/`);
//! - `report`: reported speech over a clause (the source and its cue), shared by code and attribute;
//! - `quotes`: quotations across sentences and where their words are attributed, shared by code
//!   (an agentless act a quoted body reports is its own) and attribute (the quotation's speaker);
//! - [`cameo`]: the PETRARCH-style verb index and pattern matcher over dependency parses, for
//!   CAMEO.2.0 and the PETRARCH validation dictionaries.
//!
//! This crate reads layers earlier stages wrote (tokens, analysis, actors, dates, places) and
//! writes `Document::events`; it never re-tokenises, prints, or sets claim statuses beyond the
//! plain reported-speech case (that is the attribute stage).

pub mod attribute;
pub mod cameo;
pub mod code;
pub mod counted;
pub mod kind_groups;
pub mod lexicon;
pub mod plover;
mod quotes;
mod report;
mod sent;

/// The whole pipeline up to the attribute stage, built once, for this crate's tests.
#[cfg(test)]
pub(crate) fn test_pipeline() -> &'static dossier_core::Pipeline {
    static P: std::sync::OnceLock<dossier_core::Pipeline> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        dossier_core::Pipeline::new()
            .with(dossier_text::clean::Cleaner::new())
            .with(dossier_text::segment::Segmenter::new())
            .with(dossier_nlp::Analyse::embedded().unwrap())
            .with(dossier_actors::recognise::Recogniser::new().unwrap())
            .with(code::Coder::new().unwrap())
            .with(attribute::Attributor::new().unwrap())
    })
}
