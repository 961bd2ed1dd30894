//! Queries over the ledger: real-world events (with every report of them) filtered by actor,
//! target, country, kind, claim status, date and text. Shared by `dossier query` and the web
//! page; it returns rows and prints nothing.
//!
//! A filter holds when any report of the event satisfies it (codes match by prefix: `CHN`
//! matches `CHNGOV`; a name matches the participants' names, case-insensitive); the event is then
//! returned with all its reports, in date order.

use crate::store::{Ledger, Result};
use rusqlite::types::Value;
use serde::Serialize;

/// What to look for; `None` fields do not filter.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// A code prefix (`CHN`, `GBRSPY`) or a name ("Qin Gang") of an actor.
    pub actor: Option<String>,
    /// A code prefix or a name of a target.
    pub target: Option<String>,
    /// A country code, as actor or as target.
    pub country: Option<String>,
    pub kind: Option<String>,
    pub status: Option<String>,
    /// ISO dates (`2023`, `2023-05`, `2023-05-01`), inclusive.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Words in the sentence.
    pub text: Option<String>,
    /// A stored document's id: the events it reports.
    pub document: Option<String>,
    /// One event by its ledger id.
    pub event: Option<i64>,
    /// The most events to return (newest first); 0: no limit.
    pub limit: usize,
}

/// One real-world event with its reports.
#[derive(Clone, Debug, Serialize)]
pub struct EventRow {
    pub event: i64,
    pub kind: String,
    pub actor: Vec<String>,
    pub target: Vec<String>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub mentions: Vec<MentionRow>,
}

/// One report of an event: where, when, and the claim's status there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MentionRow {
    /// The record id (`doc:sentence:n`).
    pub id: String,
    pub doc: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub doc_date: Option<String>,
    pub sentence: i64,
    pub text: String,
    pub kind: String,
    pub actor: Vec<String>,
    pub target: Vec<String>,
    pub status: String,
    pub claimants: Vec<String>,
    pub date: Option<String>,
    /// The ledger event the report belongs to.
    pub event: i64,
}

/// `LIKE` pattern pieces are escaped with `\`.
fn like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The condition and parameters for a code-or-name filter on one role's column.
fn role(col: &str, names: &str, v: &str, params: &mut Vec<Value>) -> String {
    params.push(Value::Text(format!("%\"{}%", like(&v.to_uppercase()))));
    // (Stored names are normalised: lower case, letters and digits, one space.)
    params.push(Value::Text(format!("%{}%", like(&crate::link::facts::normalise(v)))));
    let (a, b) = (params.len() - 1, params.len());
    format!("(m.{col} LIKE ?{a} ESCAPE '\\' OR json_extract(m.names, '$.{names}') LIKE ?{b} ESCAPE '\\')")
}

impl Ledger {
    /// The events `f` selects, newest first, each with all its reports.
    pub fn events(&self, f: &Filter) -> Result<Vec<EventRow>> {
        let mut conds: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        if let Some(v) = &f.actor {
            conds.push(role("actor", "actor", v, &mut params));
        }
        if let Some(v) = &f.target {
            conds.push(role("target", "target", v, &mut params));
        }
        if let Some(v) = &f.country {
            params.push(Value::Text(format!("%\"{}%", like(&v.to_uppercase()))));
            let k = params.len();
            conds.push(format!(
                "(m.actor LIKE ?{k} ESCAPE '\\' OR m.target LIKE ?{k} ESCAPE '\\')"
            ));
        }
        for (col, v) in [("m.kind", &f.kind), ("m.status", &f.status), ("d.id", &f.document)] {
            if let Some(v) = v {
                params.push(Value::Text(v.clone()));
                conds.push(format!("{col} = ?{}", params.len()));
            }
        }
        if let Some(v) = &f.since {
            params.push(Value::Text(v.clone()));
            conds.push(format!("coalesce(m.date, d.date) >= ?{}", params.len()));
        }
        if let Some(v) = &f.until {
            // ("until 2023" includes every day of 2023.)
            params.push(Value::Text(format!("{v}\u{10FFFF}")));
            conds.push(format!("coalesce(m.date, d.date) <= ?{}", params.len()));
        }
        if let Some(v) = f.event {
            params.push(Value::Integer(v));
            conds.push(format!("m.event = ?{}", params.len()));
        }
        if let Some(v) = &f.text {
            params.push(Value::Text(format!("%{}%", like(v))));
            conds.push(format!("m.sentence_text LIKE ?{} ESCAPE '\\'", params.len()));
        }
        let filter = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conds.join(" AND "))
        };
        let limit = if f.limit == 0 {
            String::new()
        } else {
            format!("LIMIT {}", f.limit)
        };
        // (With no filter, every event: no need to look at the reports.)
        let selected = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE e.event IN (SELECT m.event FROM mentions m JOIN documents d ON d.doc = m.doc {filter})")
        };
        let sql = format!(
            "SELECT e.event, e.kind, e.actor, e.target, e.first_date, e.last_date FROM events e {selected}
             ORDER BY e.last_date DESC, e.event DESC {limit}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
            Ok(EventRow {
                event: r.get(0)?,
                kind: r.get(1)?,
                actor: codes(r.get::<_, String>(2)?),
                target: codes(r.get::<_, String>(3)?),
                first_date: r.get(4)?,
                last_date: r.get(5)?,
                mentions: Vec::new(),
            })
        })?;
        let mut events: Vec<EventRow> = rows.collect::<std::result::Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "{MENTION_COLUMNS} WHERE m.event = ?1 ORDER BY coalesce(m.date, d.date, ''), d.id, m.sentence, m.n"
        ))?;
        for e in &mut events {
            let rows = stmt.query_map([e.event], mention_row)?;
            e.mentions = rows.collect::<std::result::Result<_, _>>()?;
        }
        Ok(events)
    }

    /// The reports, in any event, that answer a report of event `event` (denials and
    /// confirmations of its claim, in this document or another), in date order.
    pub fn answers_to(&self, event: i64) -> Result<Vec<MentionRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{MENTION_COLUMNS} WHERE m.answers IN (SELECT record_id FROM mentions WHERE event = ?1)
                 AND m.event != ?1
             ORDER BY coalesce(m.date, d.date, ''), d.id, m.sentence, m.n"
        ))?;
        let rows = stmt.query_map([event], mention_row)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}

/// The columns [`mention_row`] reads, from mentions `m` joined to their documents `d`.
const MENTION_COLUMNS: &str = "SELECT m.record_id, d.id, d.title, d.publisher, d.date, m.sentence, m.sentence_text,
        m.kind, m.actor, m.target, m.status, m.claimants, m.date, m.event
    FROM mentions m JOIN documents d ON d.doc = m.doc";

fn mention_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MentionRow> {
    Ok(MentionRow {
        id: r.get(0)?,
        doc: r.get(1)?,
        title: r.get(2)?,
        publisher: r.get(3)?,
        doc_date: r.get(4)?,
        sentence: r.get(5)?,
        text: r.get(6)?,
        kind: r.get(7)?,
        actor: codes(r.get::<_, String>(8)?),
        target: codes(r.get::<_, String>(9)?),
        status: r.get(10)?,
        claimants: codes(r.get::<_, String>(11)?),
        date: r.get(12)?,
        event: r.get(13)?,
    })
}

fn codes(json: String) -> Vec<String> {
    serde_json::from_str(&json).unwrap_or_default()
}
