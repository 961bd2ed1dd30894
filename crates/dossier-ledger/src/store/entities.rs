//! Reading back entities (one real actor however it is named): the list of them with how often
//! they are mentioned, and one entity's page: every mention of it in every stored document, and
//! the events reported in those sentences that it takes part in.

use super::{Ledger, Result};
use rusqlite::OptionalExtension;
use serde::Serialize;

/// An entity in a list.
#[derive(Clone, Debug, Serialize)]
pub struct EntitySummary {
    pub entity: i64,
    pub name: String,
    pub code: Option<String>,
    pub mentions: i64,
}

/// One entity and where it is mentioned.
#[derive(Clone, Debug, Serialize)]
pub struct EntityView {
    pub entity: i64,
    pub name: String,
    pub code: Option<String>,
    pub mentions: Vec<EntityMention>,
}

/// One mention of an entity: the document, the sentence, the words naming it there, and the
/// ledger events of that sentence it is an actor or target of.
#[derive(Clone, Debug, Serialize)]
pub struct EntityMention {
    pub doc: String,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub sentence: i64,
    pub text: String,
    pub events: Vec<i64>,
}

impl Ledger {
    /// Entities, the most mentioned first.
    pub fn entities(&self, limit: usize) -> Result<Vec<EntitySummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.entity, e.name, e.code, count(*) FROM entities e JOIN actors a ON a.entity = e.entity
             GROUP BY e.entity ORDER BY 4 DESC, e.name LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok(EntitySummary {
                entity: r.get(0)?,
                name: r.get(1)?,
                code: r.get(2)?,
                mentions: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The entity with this id and every mention of it, in document date order.
    pub fn entity(&self, id: i64) -> Result<Option<EntityView>> {
        let head = self
            .conn
            .query_row("SELECT name, code FROM entities WHERE entity = ?1", [id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })
            .optional()?;
        let Some((name, code)) = head else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.doc, d.id, d.publisher, d.date, a.sentence, a.text, a.start FROM actors a
             JOIN documents d ON d.doc = a.doc WHERE a.entity = ?1
             ORDER BY coalesce(d.date, ''), d.id, a.sentence, a.n",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                EntityMention {
                    doc: r.get(1)?,
                    publisher: r.get(2)?,
                    date: r.get(3)?,
                    sentence: r.get(4)?,
                    text: r.get(5)?,
                    events: Vec::new(),
                },
                r.get::<_, i64>(6)?,
            ))
        })?;
        let found: Vec<(i64, EntityMention, i64)> = rows.collect::<std::result::Result<_, _>>()?;
        // The events of the sentence whose record names this span as an actor or target (by its
        // start, or by its words where the record counts offsets in the raw text).
        let mut events = self.conn.prepare_cached(
            "SELECT DISTINCT m.event FROM mentions m,
                 json_each(json_extract(m.record, '$.actor')) p
             WHERE m.doc = ?1 AND m.sentence = ?2 AND json_valid(m.record)
               AND (json_extract(p.value, '$.start') = ?3 OR json_extract(p.value, '$.text') = ?4)
             UNION
             SELECT DISTINCT m.event FROM mentions m,
                 json_each(json_extract(m.record, '$.target')) p
             WHERE m.doc = ?1 AND m.sentence = ?2 AND json_valid(m.record)
               AND (json_extract(p.value, '$.start') = ?3 OR json_extract(p.value, '$.text') = ?4)",
        )?;
        let mut mentions = Vec::with_capacity(found.len());
        for (doc, mut m, start) in found {
            m.events = events
                .query_map((doc, m.sentence, start, &m.text), |r| r.get(0))?
                .collect::<std::result::Result<_, _>>()?;
            mentions.push(m);
        }
        Ok(Some(EntityView {
            entity: id,
            name,
            code,
            mentions,
        }))
    }
}
