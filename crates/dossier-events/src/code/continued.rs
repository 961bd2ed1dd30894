//! A dispute told over several sentences: an answer (`answers` in `data/events/kinds.tsv`:
//! accusations, criticism, protests, denials, threats, demands) aimed at nobody the sentence
//! names continues the same party's answer told just before, and is aimed at the same party.
//! "Moscow slammed the results of a British inquiry … 'We regret that a purely criminal case
//! was politicised,' Zakharova said": the regret is Russia's criticism of Britain.
//!
//! The earlier answer must be by the same country, aimed at another country, and told in the
//! last [`super::anaphora::WINDOW`] sentences; the latest such answer is taken.
//!
//! What it must not do: give a target to an act that names its own (coded or not: "denied the
//! report"), to an act with no country-coded actor, or reach past the window.

use super::draft::{country, has_country, Draft};
use crate::sent::Sent;

pub fn fill(s: &Sent, earlier: &[dossier_core::Event], drafts: &mut [Draft]) {
    let doc = s.doc;
    for d in drafts.iter_mut() {
        if !crate::kind_groups::answers(&d.kind) || d.no_target || !d.target.is_empty() || d.parent.is_some() {
            continue;
        }
        // (A patient the text names, coded or not, is the one aimed at.)
        if d.target_word
            .is_some_and(|w| s.actor_of[w].is_some() || s.upos[w] == "PROPN")
        {
            continue;
        }
        let own: Vec<String> = d.actor.iter().filter_map(|p| country(doc, p)).collect();
        let Some(speaker) = own.first() else { continue };
        let before = super::anaphora::latest_before(s, earlier, |e| {
            crate::kind_groups::answers(&e.kind)
                && e.actor.iter().filter_map(|p| country(doc, p)).any(|c| &c == speaker)
                && has_country(doc, &e.target)
                && e.target.iter().filter_map(|p| country(doc, p)).all(|c| &c != speaker)
        });
        if let Some(e) = before {
            d.target = e.target.clone();
            d.trace.push(format!(
                "target ← who the same party's {} in sentence {} (`{}`) was aimed at",
                e.kind,
                e.sentence,
                doc.slice(e.trigger)
            ));
        }
    }
}
