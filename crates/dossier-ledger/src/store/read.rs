//! Reading back what the web page shows beyond event lists: one stored document with its actor
//! mentions and event records (for the article view), and the accuser → accused counts between
//! countries (for the graph).

use super::{Ledger, Result};
use rusqlite::OptionalExtension;
use serde::Serialize;

/// A stored document, its actor mentions and its event records.
#[derive(Clone, Debug, Serialize)]
pub struct DocView {
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// The cleaned text all spans are byte offsets of.
    pub text: String,
    /// Byte offsets where sentences start.
    pub sentences: Vec<usize>,
    pub actors: Vec<ActorSpan>,
    pub records: Vec<RecordView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActorSpan {
    pub start: usize,
    pub end: usize,
    pub code: Option<String>,
    /// The entity behind the mention, when it names one.
    pub entity: Option<i64>,
}

/// One event record of the document.
#[derive(Clone, Debug, Serialize)]
pub struct RecordView {
    pub id: String,
    pub event: i64,
    pub kind: String,
    pub status: String,
    pub claimants: Vec<String>,
    pub actor: Vec<String>,
    pub target: Vec<String>,
    /// The trigger's bytes.
    pub start: usize,
    pub end: usize,
    /// SPEC.md's record as printed at ingest.
    pub record: String,
}

/// A stored document in a list.
#[derive(Clone, Debug, Serialize)]
pub struct DocSummary {
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
}

/// How often one country's parties answered or accused another's.
#[derive(Clone, Debug, Serialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub kind: String,
    pub events: i64,
}

fn codes(json: String) -> Vec<String> {
    serde_json::from_str(&json).unwrap_or_default()
}

impl Ledger {
    /// The stored document with this id.
    pub fn document(&self, id: &str) -> Result<Option<DocView>> {
        let row = self
            .conn
            .query_row(
                "SELECT doc, id, title, publisher, url, date, text FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        DocView {
                            id: r.get(1)?,
                            title: r.get(2)?,
                            publisher: r.get(3)?,
                            url: r.get(4)?,
                            date: r.get(5)?,
                            text: r.get(6)?,
                            sentences: Vec::new(),
                            actors: Vec::new(),
                            records: Vec::new(),
                        },
                    ))
                },
            )
            .optional()?;
        let Some((d, mut view)) = row else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT start FROM sentences WHERE doc = ?1 ORDER BY n")?;
        view.sentences = stmt
            .query_map([d], |r| r.get::<_, i64>(0).map(|x| x as usize))?
            .collect::<std::result::Result<_, _>>()?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT start, end, code, entity FROM actors WHERE doc = ?1 ORDER BY n")?;
        view.actors = stmt
            .query_map([d], |r| {
                Ok(ActorSpan {
                    start: r.get::<_, i64>(0)? as usize,
                    end: r.get::<_, i64>(1)? as usize,
                    code: r.get(2)?,
                    entity: r.get(3)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT record_id, event, kind, status, claimants, actor, target, start, end, record
             FROM mentions WHERE doc = ?1 ORDER BY n",
        )?;
        view.records = stmt
            .query_map([d], |r| {
                Ok(RecordView {
                    id: r.get(0)?,
                    event: r.get(1)?,
                    kind: r.get(2)?,
                    status: r.get(3)?,
                    claimants: codes(r.get(4)?),
                    actor: codes(r.get(5)?),
                    target: codes(r.get(6)?),
                    start: r.get::<_, i64>(7)? as usize,
                    end: r.get::<_, i64>(8)? as usize,
                    record: r.get(9)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(view))
    }

    /// The kinds of the stored events, in alphabetical order.
    pub fn kinds(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT kind FROM events ORDER BY kind")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Stored documents, newest first.
    pub fn documents(&self, limit: usize) -> Result<Vec<DocSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, publisher, date FROM documents ORDER BY coalesce(date, '') DESC, doc DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok(DocSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                publisher: r.get(2)?,
                date: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Accuser → accused: per pair of countries and kind (the kinds of the `against` group of
    /// `data/events/kinds.tsv`: accusations, criticism, protests, threats, demands), how many
    /// events.
    pub fn accusations(&self) -> Result<Vec<Edge>> {
        let kinds: Vec<&str> = dossier_events::plover::kinds()
            .iter()
            .map(|k| k.name)
            .filter(|k| dossier_events::kind_groups::against(k))
            .collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(a.value, 1, 3), substr(t.value, 1, 3), e.kind, count(DISTINCT e.event)
             FROM events e, json_each(e.actor) a, json_each(e.target) t
             WHERE e.kind IN (SELECT value FROM json_each(?1))
               AND substr(a.value, 1, 3) <> substr(t.value, 1, 3)
             GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2",
        )?;
        let rows = stmt.query_map([serde_json::to_string(&kinds)?], |r| {
            Ok(Edge {
                from: r.get(0)?,
                to: r.get(1)?,
                kind: r.get(2)?,
                events: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}
