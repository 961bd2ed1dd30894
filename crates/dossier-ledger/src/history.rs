//! An event's claim history (issue: "first alleged by whom and when, denied by whom, confirmed
//! when"): the first report of the event, then the first report giving the claim each other
//! status (alleged by a source, disputed, denied, confirmed …), and every answer other events
//! give it (a ministry's denial reported in another article), in date order.
//!
//! Derived from rows the query read; no database and no printing here.

use crate::query::{EventRow, MentionRow};
use std::collections::BTreeSet;

/// One step of the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// `first reported`, a claim status (`alleged`, `denied`, `confirmed` …), or for an answer
    /// from another event its kind (`deny`, `confirm` …).
    pub what: String,
    /// Who: the claimants of the report, or the actors of an answer; empty for the press itself.
    pub who: Vec<String>,
    /// The report's date (the event's date in it, else the document's).
    pub when: Option<String>,
    pub report: MentionRow,
}

fn when(m: &MentionRow) -> Option<String> {
    m.date.clone().or_else(|| m.doc_date.clone())
}

/// The history of `event`; `answers`: reports of other events answering it
/// ([`crate::Ledger::answers_to`]).
pub fn history(event: &EventRow, answers: &[MentionRow]) -> Vec<Step> {
    let mut reports: Vec<&MentionRow> = event.mentions.iter().collect();
    // Dated reports first, earliest first (undated ones cannot say what came first).
    reports.sort_by_key(|m| (when(m).is_none(), when(m)));
    let mut steps = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for (i, m) in reports.iter().enumerate() {
        // (A report that tells the act as its content, "the embassy confirmed the expulsion",
        // gives the act the status its kind gives its content, by its own actors.)
        let (status, who) = if m.kind != event.kind && dossier_events::kind_groups::tells_content(&m.kind) {
            (dossier_events::kind_groups::content_status(&m.kind).0.name(), &m.actor)
        } else {
            (m.status.as_str(), &m.claimants)
        };
        if i > 0 && !seen.insert(status) {
            continue;
        }
        if i == 0 {
            seen.insert(status);
        }
        steps.push(Step {
            what: if i == 0 {
                "first reported".into()
            } else {
                status.to_string()
            },
            who: who.clone(),
            when: when(m),
            report: (*m).clone(),
        });
    }
    let mut answered: BTreeSet<i64> = BTreeSet::new();
    for a in answers {
        if answered.insert(a.event) {
            steps.push(Step {
                what: a.kind.clone(),
                who: a.actor.clone(),
                when: when(a),
                report: a.clone(),
            });
        }
    }
    steps.sort_by_key(|s| (s.when.is_none(), s.when.clone()));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(status: &str, claimants: &[&str], date: Option<&str>, event: i64, kind: &str) -> MentionRow {
        MentionRow {
            id: format!("d:{event}"),
            doc: "d".into(),
            title: None,
            publisher: None,
            doc_date: date.map(str::to_string),
            sentence: 0,
            text: String::new(),
            kind: kind.into(),
            actor: vec!["CHNGOV".into()],
            target: vec![],
            status: status.into(),
            claimants: claimants.iter().map(|s| s.to_string()).collect(),
            date: None,
            event,
        }
    }

    #[test]
    fn a_confirmation_stored_with_the_act_confirms_it_by_its_actors() {
        let e = EventRow {
            event: 1,
            kind: "expel".into(),
            actor: vec![],
            target: vec![],
            first_date: None,
            last_date: None,
            mentions: vec![
                report("asserted", &[], Some("2021-04-17"), 1, "expel"),
                report("asserted", &[], Some("2021-04-18"), 1, "confirm"),
            ],
        };
        let h = history(&e, &[]);
        assert_eq!(h.len(), 2);
        assert_eq!(
            (h[1].what.as_str(), h[1].who.clone()),
            ("confirmed", vec!["CHNGOV".to_string()])
        );
    }

    #[test]
    fn first_report_then_each_new_status_then_answers_in_date_order() {
        let e = EventRow {
            event: 1,
            kind: "spy".into(),
            actor: vec![],
            target: vec![],
            first_date: None,
            last_date: None,
            mentions: vec![
                report("alleged", &["GBRGOV"], Some("2024-03-02"), 1, "spy"),
                report("alleged", &["USAGOV"], Some("2024-03-01"), 1, "spy"),
                report("disputed", &[], Some("2024-03-05"), 1, "spy"),
                report("alleged", &[], None, 1, "spy"),
            ],
        };
        let denial = report("asserted", &[], Some("2024-03-03"), 2, "deny");
        let h = history(&e, &[denial.clone(), denial]);
        let got: Vec<(&str, Option<&str>)> = h.iter().map(|s| (s.what.as_str(), s.when.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("first reported", Some("2024-03-01")),
                ("deny", Some("2024-03-03")),
                ("disputed", Some("2024-03-05"))
            ]
        );
        assert_eq!(h[0].who, ["USAGOV"]);
        assert_eq!(h[1].who, ["CHNGOV"], "an answer is by its actors");
    }
}
