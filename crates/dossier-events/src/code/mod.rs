//! The code stage (SPEC.md stage 6): events from the espionage vocabulary matched over the
//! dependency parse of each sentence.
//!
//! Per sentence: [`matcher`] finds trigger words; [`roles`] finds the words filling actor and
//! target; [`nest`] links an act to the legal or accusing event it is the content of ("accused X
//! of spying", "arrested on suspicion of espionage") and fills roles the nesting implies;
//! [`anaphora`] gives a definite event noun ("the arrest") the roles of the earlier event it
//! names; [`implicit`] supplies an agent the text leaves implicit but unambiguous; then words become
//! actor mentions and events without a country-coded actor are dropped; [`cameo_events`] adds
//! general political events (`kind: "cameo"`) our kinds do not express. The claim status is set
//! later by the attribute stage; here every event is `asserted`.
//!
//! This module never prints, and never changes the layers of earlier stages.

mod anaphora;
mod announcer_next;
mod background;
mod cameo_events;
mod continued;
mod decision_announced;
pub(crate) mod draft;
mod exchange;
mod implicit;
pub(crate) mod matcher;
mod nest;
mod own_denial;
mod people;
mod pronoun_agent;
mod roles;
mod spy_roles;
mod statement;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_dates;
#[cfg(test)]
mod tests_passages;
#[cfg(test)]
mod tests_referents;
mod told_to_face;
mod victim_named_before;
mod when_where;

pub use when_where::weekday as attached_weekday;

use crate::lexicon::{self, Lexicon};
use crate::sent::Sent;
use dossier_core::{Document, Stage, StageError};

pub use draft::Draft;

/// The code stage. Build once and share.
pub struct Coder {
    lex: &'static Lexicon,
    cameo: cameo_events::CameoEvents,
}

impl Coder {
    pub fn new() -> Result<Self, String> {
        // The kinds table drives roles, groups and codes: a broken one must stop the program,
        // not silently code nothing.
        crate::plover::tables().map_err(|e| format!("{e:?}"))?;
        Ok(Coder {
            lex: lexicon::embedded()?,
            cameo: cameo_events::CameoEvents::new()?,
        })
    }

    /// Codes one sentence; events are returned, not stored.
    /// `earlier`: the events of the document's earlier sentences.
    /// `quotes`: the document's quotations ([`crate::quotes::Quotes::of`]).
    fn sentence(
        &self,
        doc: &Document,
        index: usize,
        earlier: &[dossier_core::Event],
        quotes: &crate::quotes::Quotes,
    ) -> Vec<dossier_core::Event> {
        let s = Sent::new(doc, index);
        let hits = matcher::hits(&s, self.lex);
        let mut drafts: Vec<Draft> = hits.iter().map(|h| draft::build(&s, self.lex, h)).collect();
        nest::link(&s, self.lex, &mut drafts);
        pronoun_agent::repair(&s, self.lex, &mut drafts);
        background::mark(&s, self.lex, &mut drafts);
        anaphora::fill(&s, self.lex, earlier, &mut drafts);
        decision_announced::add(&s, self.lex, earlier, &mut drafts);
        victim_named_before::fill(&s, self.lex, &mut drafts);
        implicit::fill(&s, self.lex, earlier, quotes, &mut drafts);
        anaphora::held_people(&s, self.lex, earlier, &mut drafts);
        anaphora::coordinated_restatement(&s, &mut drafts);
        continued::fill(&s, earlier, &mut drafts);
        draft::reciprocal(&s, self.lex, &mut drafts);
        exchange::add(&s, self.lex, &mut drafts);
        told_to_face::add(&s, self.lex, &mut drafts);
        draft::source_descriptions(&s, self.lex, &mut drafts);
        own_denial::add(&s, self.lex, &mut drafts);
        let mut events = draft::finish(&s, drafts);
        spy_roles::victim_from_earlier(&s, earlier, &mut events);
        let mut taken: Vec<usize> = hits.iter().map(|h| h.word).collect();
        // ("flew a fighter jet to a U.S. base and asked for asylum": a verb coordinated with the
        // trigger of an event coded here tells the same episode, not a political event of its
        // own.)
        for e in &events {
            let Some(w) = s.word_at(e.trigger) else { continue };
            let up = s.head[w].filter(|_| s.rel(w) == "conj");
            taken.extend(up.into_iter().chain(s.kids(w, "conj")));
        }
        events.extend(self.cameo.events(&s, &taken));
        if events.is_empty() {
            if let Some(d) = statement::draft(&s, self.lex) {
                let mut one = vec![d];
                implicit::fill(&s, self.lex, earlier, quotes, &mut one);
                events = draft::finish(&s, one);
            }
        }
        events
    }
}

impl Stage for Coder {
    fn name(&self) -> &'static str {
        "code"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut events = Vec::new();
        let quotes = crate::quotes::Quotes::of(doc);
        for i in 0..doc.sentences.len() {
            let mut evs = self.sentence(doc, i, &events, &quotes);
            // claim_of indices are local to the sentence until here.
            let base = events.len() as u32;
            for e in &mut evs {
                if let Some(p) = e.claim.claim_of.as_mut() {
                    *p += base;
                }
            }
            events.extend(evs);
        }
        when_where::fill(doc, &mut events);
        doc.events = events;
        Ok(())
    }
}
