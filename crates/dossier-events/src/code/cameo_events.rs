//! General political events (`kind: "cameo"`, SPEC.md "Event kinds"): the PETRARCH-style CAMEO
//! coder ([`crate::cameo`]) run over a sentence the code stage has already coded with our own
//! vocabulary, keeping only what our kinds do not already say.
//!
//! A CAMEO event is kept when its code is not covered (`data/events/cameo_covered.tsv` plus every
//! code of `data/events/kinds.tsv`), its verb is not a trigger word of our vocabulary, it was not
//! folded in from another verb (a reported or intended act), neither the verb nor its object is
//! negated ("provided no evidence"), and its source and target are recognised actors with country
//! codes, of different countries; the dictionary set's discards apply. PLOVER event, mode and contexts come from
//! [`crate::plover`] as for our other kinds; the trace names the CAMEO verb and pattern lines.
//!
//! This module does not find actors, set claim statuses, or change anything the code stage made.

use super::draft::{country, sector};
use crate::cameo::{ActorSpan, CameoCoder, CameoMatch};
use crate::sent::Sent;
use dossier_core::{Event, Participant};

const COVERED_TSV: &str = include_str!("../../../../data/events/cameo_covered.tsv");

/// The CAMEO coder as the code stage uses it. Build once and share.
pub struct CameoEvents {
    coder: CameoCoder,
    /// Code prefixes a `cameo` event never carries.
    covered: Vec<&'static str>,
    /// Per verb entry of the index: whether it can give a code outside `covered`.
    useful: Vec<bool>,
}

/// Prefixes from `cameo_covered.tsv` (first column, header and comments skipped) and every code
/// of `kinds.tsv`; a malformed row is an error naming its line.
fn covered_codes() -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    let mut header = true;
    for (n, line) in COVERED_TSV.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if std::mem::take(&mut header) {
            continue;
        }
        let code = line.split('\t').next().unwrap_or("").trim();
        if code.len() < 2 || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("cameo_covered.tsv:{}: `{code}` is not a CAMEO code", n + 1));
        }
        out.push(code);
    }
    for k in crate::plover::kinds() {
        out.extend(k.cameo);
        out.extend(k.alternatives.iter().map(|a| a.cameo));
    }
    Ok(out)
}

impl CameoEvents {
    /// The Phoenix dictionaries (`CAMEO.2.0.txt`) with the coder's default options.
    pub fn new() -> Result<Self, String> {
        let set = dossier_dict::phoenix().map_err(|e| e.to_string())?;
        let coder = CameoCoder::new(set);
        let covered = covered_codes()?;
        let open = |c: &dossier_dict::patterns::EventCode| {
            [c.code.as_deref(), c.reciprocal.as_deref()]
                .into_iter()
                .flatten()
                .any(|code| !covered.iter().any(|k| code.starts_with(k)) && !unspecific(code))
        };
        // Blocks that can give a code none of our kinds covers: only their verbs are worth the
        // pattern matcher's time.
        let block_open: Vec<bool> = coder
            .index
            .blocks
            .iter()
            .map(|b| open(&b.code) || b.patterns.iter().any(|p| open(&p.code)))
            .collect();
        let useful = coder
            .index
            .entries
            .iter()
            .map(|e| open(&e.code) || block_open.get(e.block).copied().unwrap_or(true))
            .collect();
        Ok(CameoEvents { coder, covered, useful })
    }

    /// Whether one of our kinds already expresses `code` (or it is a comment we never code).
    pub fn covered(&self, code: &str) -> bool {
        self.covered.iter().any(|c| code.starts_with(c))
    }

    /// The `cameo` events of sentence `s`. `taken`: words (sentence indices) that triggered one of
    /// our kinds; a CAMEO verb on one of them gives nothing.
    pub fn events(&self, s: &Sent, taken: &[usize]) -> Vec<Event> {
        let doc = s.doc;
        // The sentence's recognised actors, and each one's index in `doc.actors`.
        let (ids, spans): (Vec<u32>, Vec<ActorSpan>) = doc
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.sentence as usize == s.index)
            .map(|(i, a)| (i as u32, ActorSpan::from_actor(a)))
            .unzip();
        // Actor and target must come from two different countries: without two, nothing to
        // match (and the pattern matcher, the costly part, is skipped).
        let mut countries = ids.iter().filter_map(|&i| doc.actors[i as usize].country.as_deref());
        let first = countries.next();
        if !countries.any(|c| Some(c) != first) {
            return Vec::new();
        }
        // A verb of the dictionary that is not one of our triggers must be there.
        let index = &self.coder.index;
        let useful = |word: &str| {
            index
                .entries_for(&word.to_uppercase())
                .iter()
                .any(|&e| self.useful.get(e as usize).copied().unwrap_or(true))
        };
        // … whose subject and one of whose complements (or the subject alone, compound) name
        // actors of two countries (the
        // pattern matcher finds its roles the same way, so a verb failing this cannot give a
        // dyad: checked first because the matcher is the costly part).
        let countries = |w: usize| -> Vec<&str> {
            s.actors_at(w)
                .into_iter()
                .filter_map(|a| doc.actors[a as usize].country.as_deref())
                .collect()
        };
        let dyad = |v: usize| {
            let Some(subj) = s.subject(v).or_else(|| s.agent(v)) else {
                return false;
            };
            let from = countries(subj);
            // "Spain and Portugal signed …": a compound subject of two countries is a dyad.
            let mutual = from.iter().any(|x| *x != from[0]);
            mutual
                || !from.is_empty()
                    && s.children[v]
                        .iter()
                        .flat_map(|&c| std::iter::once(c).chain(s.children[c].iter().copied()))
                        .filter(|&c| c != subj)
                        .any(|c| countries(c).iter().any(|x| !from.contains(x)))
        };
        let candidate = (0..s.len()).any(|i| {
            s.upos[i] == "VERB" && !taken.contains(&i) && (useful(&s.lower[i]) || useful(&s.lemma[i])) && dyad(i)
        });
        if !candidate {
            return Vec::new();
        }
        let mut out: Vec<Event> = Vec::new();
        for m in self.coder.code(doc, s.index, &spans) {
            if let Some(e) = self.event(s, &m, &ids, taken) {
                let same = |o: &Event| {
                    o.cameo == e.cameo
                        && o.actor
                            .iter()
                            .map(|p| p.code(doc))
                            .eq(e.actor.iter().map(|p| p.code(doc)))
                        && o.target
                            .iter()
                            .map(|p| p.code(doc))
                            .eq(e.target.iter().map(|p| p.code(doc)))
                };
                if !out.iter().any(same) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// One CAMEO match as an event, or `None` when a rule of this module refuses it.
    fn event(&self, s: &Sent, m: &CameoMatch, ids: &[u32], taken: &[usize]) -> Option<Event> {
        let doc = s.doc;
        let verb = (m.verb as usize).checked_sub(s.first)?;
        // A reported or intended act folded into its reporting verb ("said it had disrupted")
        // is left to our own kinds and the attribute stage.
        let refused = m.kind.is_some()
            || m.negated
            || !m.folded.is_empty()
            || self.covered(&m.code)
            || unspecific(&m.code)
            || taken.contains(&verb)
            || object_denied(s, verb);
        if refused {
            return None;
        }
        let part = |ks: &[usize]| -> Vec<Participant> {
            ks.iter()
                .filter_map(|&k| ids.get(k))
                .map(|&i| Participant::Mention(i))
                .collect()
        };
        let (actor, target) = (part(&m.source), part(&m.target));
        let coded = |ps: &[Participant]| !ps.is_empty() && ps.iter().all(|p| country(doc, p).is_some());
        if !coded(&actor) || !coded(&target) {
            return None;
        }
        // Within one country (a court and a citizen, a ministry and its own officials) the verb
        // dictionary's codes are rarely the political event the text reports.
        let countries = |ps: &[Participant]| ps.iter().filter_map(|p| country(doc, p)).collect::<Vec<_>>();
        let own = countries(&actor);
        if countries(&target).iter().any(|c| own.contains(c)) {
            return None;
        }
        let code = m.code.clone();
        let (plover_event, plover_mode) = crate::plover::plover("cameo", Some(&code)).unzip();
        let sectors = |ps: &[Participant]| ps.iter().filter_map(|p| sector(doc, p)).collect::<Vec<_>>();
        let (asec, tsec) = (sectors(&actor), sectors(&target));
        let asec: Vec<&str> = asec.iter().map(String::as_str).collect();
        let tsec: Vec<&str> = tsec.iter().map(String::as_str).collect();
        let context = crate::plover::context_with_cameo("cameo", Some(&code), &asec, &tsec);
        let trace = vec![format!(
            "cameo {code} from the {} dictionaries: {}",
            self.coder.set.name, m.pattern
        )];
        Some(Event {
            sentence: s.index as u32,
            kind: "cameo".into(),
            cameo: Some(code),
            plover: dossier_core::Plover {
                event: plover_event.map(str::to_string),
                mode: plover_mode.flatten().map(str::to_string),
                context: context.into_iter().map(str::to_string).collect(),
            },
            actor,
            target,
            confidence: 0.4,
            trigger: doc.tokens.get(m.verb as usize)?.span,
            trace,
            ..Default::default()
        })
    }
}

/// A family's "not specified below" code (`030`, `060`, `170`): a verb's bare default, too vague
/// to stand as an event of its own.
fn unspecific(code: &str) -> bool {
    code.len() == 3 && code.ends_with('0')
}

/// "provided no evidence", "sent no troops": the verb's object is denied, so the act did not
/// happen.
fn object_denied(s: &Sent, v: usize) -> bool {
    s.children[v]
        .iter()
        .filter(|&&o| s.rel(o) == "obj")
        .any(|&o| s.children[o].iter().any(|&d| s.rel(d) == "det" && s.lower[d] == "no"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::Document;

    /// `code actor>target` of each `cameo` event, and the analysed document.
    fn cameo(text: &str) -> (Vec<String>, Document) {
        let mut doc = Document::new("t", text);
        crate::test_pipeline().run(&mut doc).unwrap();
        let codes = |ps: &[Participant]| ps.iter().filter_map(|p| p.code(&doc)).collect::<Vec<_>>().join("+");
        let got = doc
            .events
            .iter()
            .filter(|e| e.kind == "cameo")
            .map(|e| {
                format!(
                    "{} {}>{}",
                    e.cameo.as_deref().unwrap_or("-"),
                    codes(&e.actor),
                    codes(&e.target)
                )
            })
            .collect();
        (got, doc)
    }

    #[test]
    fn a_treaty_between_two_states_is_a_cameo_event() {
        let (got, doc) = cameo("Spain and Portugal signed a trade agreement on Tuesday.");
        assert!(
            got.iter().any(|g| g.starts_with("06") && g.ends_with("ESP>PRT")),
            "{got:?}"
        );
        let e = doc.events.iter().find(|e| e.kind == "cameo").unwrap();
        assert_eq!(e.plover.event.as_deref(), Some("COOPERATE"), "{e:?}");
        assert!(e.trace[0].contains("(line "), "{:?}", e.trace);
    }

    #[test]
    fn aid_takes_its_plover_fields_from_the_cameo_table() {
        let (got, doc) = cameo("Canada sent humanitarian aid to Haiti after the storm.");
        assert!(got.iter().any(|g| g.ends_with("CAN>HTI")), "{got:?}");
        let e = doc.events.iter().find(|e| e.kind == "cameo").unwrap();
        let want = crate::plover::for_cameo(e.cameo.as_deref().unwrap()).unwrap();
        assert_eq!(e.plover.event.as_deref(), Some(want.0));
        assert!(e.trace[0].contains("verb `SEND`"), "{:?}", e.trace);
    }

    #[test]
    fn statements_and_our_own_kinds_give_no_cameo_event() {
        assert_eq!(
            cameo("Italy said the talks with Austria were useful.").0,
            Vec::<String>::new()
        );
        assert_eq!(cameo("Sweden expelled two Iranian diplomats.").0, Vec::<String>::new());
        assert_eq!(cameo("Mexico met Guatemala in the capital.").0, Vec::<String>::new());
    }

    #[test]
    fn unspecific_codes_are_refused() {
        assert!(unspecific("030") && unspecific("170"));
        assert!(!unspecific("051") && !unspecific("0311") && !unspecific("20"));
    }

    #[test]
    fn denied_objects_and_one_country_give_no_cameo_event() {
        assert_eq!(
            cameo("Canada sent no aid to Haiti after the storm.").0,
            Vec::<String>::new()
        );
        assert_eq!(
            cameo("The French government praised French farmers.").0,
            Vec::<String>::new()
        );
    }

    #[test]
    fn covered_table_loads_and_covers_our_kinds() {
        let c = CameoEvents::new().unwrap();
        for code in [
            "010", "0112", "016", "1125", "1121", "111", "114", "090", "173", "116", "166", "161",
        ] {
            assert!(c.covered(code), "{code}");
        }
        for code in [
            "174", "0841", "163", "176", "138", "100", "064", "0314", "186", "043", "0214", "075",
        ] {
            assert!(c.covered(code), "{code}");
        }
        for code in ["057", "051", "120", "164", "0311", "071", "0842"] {
            assert!(!c.covered(code), "{code}");
        }
    }
}
