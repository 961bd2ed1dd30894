//! "Four members of China's military were charged with hacking into Equifax. The US Attorney
//! General William Barr said the hack was …": a legal step told in the passive with no agent, on
//! people of the one state the sentence names, is the step of the state whose prosecutors or
//! government speak about it in the next sentence, when that is another state. Without it, the
//! defendants' own country would be taken to try them (`implicit`'s home court), which is right
//! for "A former CIA officer was sentenced" but not for a state's agents charged abroad.
//!
//! What it must not do: look further than the next sentence, take a speaker that is not a state
//! body (a lawyer, a newspaper), or one of the defendants' own country.

use super::draft::{country, Draft};
use super::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;

/// The code (country, with `JUD` for prosecutors and courts) of the state body speaking as the
/// subject of a reporting verb in the sentence after `s`, when its country is not one of the
/// draft's targets', with the reason for the trace.
pub fn announcer(s: &Sent, lex: &Lexicon, d: &Draft) -> Option<(String, String)> {
    let doc = s.doc;
    let report = lex.class_id("report")?;
    let next = s.index + 1;
    if next >= doc.sentences.len() {
        return None;
    }
    let own: Vec<String> = d.target.iter().filter_map(|p| country(doc, p)).collect();
    let n = Sent::new(doc, next);
    (0..n.len())
        .filter(|&v| n.upos[v] == "VERB" && in_class(&n, lex, v, report))
        .filter_map(|v| n.subject(v))
        .flat_map(|k| n.actors_at(k))
        .find_map(|a| {
            let m = &doc.actors[a as usize];
            let c = m.country.clone()?;
            let body = matches!(m.sector.as_deref(), Some("GOV" | "JUD" | "COP"));
            (body && !own.contains(&c)).then(|| {
                (
                    c,
                    format!(
                        "the state whose `{}` speaks of it in the next sentence",
                        doc.slice(m.span)
                    ),
                )
            })
        })
}

#[cfg(test)]
mod tests {
    fn code(text: &str) -> Vec<String> {
        super::super::tests::code(text)
    }

    #[test]
    fn a_passive_charge_is_the_state_whose_prosecutor_speaks_next() {
        let got = code(
            "Four members of China's military were charged with hacking into Equifax. The US Attorney General William Barr said the hack was deliberate.",
        );
        assert!(
            got.iter()
                .any(|e| e.starts_with("charge USA") && e.ends_with(">CHNMIL")),
            "{got:?}"
        );
        // Without another state speaking next, the home court stands.
        let got = code("A former CIA officer was sentenced to 20 years. His lawyer said he would appeal.");
        assert!(
            !got.iter()
                .any(|e| e.starts_with("sentence") && !e.starts_with("sentence USA")),
            "{got:?}"
        );
    }

    #[test]
    fn a_passive_charge_after_another_state_s_indictment_is_that_state_s() {
        let got = code(
            "The US Justice Department on Monday charged four members of China's People's Liberation Army. The four are listed as Wu Zhiyong and Wang Qian, according to the indictment. They are charged with computer fraud.",
        );
        assert!(
            got.iter().filter(|e| e.starts_with("charge USAJUD")).count() >= 2,
            "{got:?}"
        );
        assert!(!got.iter().any(|e| e.starts_with("charge CHN")), "{got:?}");
    }
}
