//! The store stage (SPEC.md stage 9): an embedded SQLite ledger (WAL) of coded documents — their
//! metadata and cleaned text, sentences, actor mentions and the entities behind them, and every
//! event record (a mention) linked into the real-world event it reports.
//!
//! Each document is written in one transaction, so a kill in the middle of a batch loses nothing
//! already committed and leaves no half-written document; a document already stored (same id or
//! same content hash) is not stored again. The schema is versioned (`PRAGMA user_version`) and
//! migrated forward on open.
//!
//! What it must not do: code, print or decide links (that is `crate::link`).

mod entities;
mod read;
mod write;

use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::path::Path;

pub use entities::{EntityMention, EntitySummary, EntityView};
pub use read::{ActorSpan, DocSummary, DocView, Edge, RecordView};
pub use write::Stored;

/// Schema migrations, in order: migration `i` takes the ledger from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("schema_v1.sql"), include_str!("schema_v2.sql")];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("ledger: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("ledger schema version {found} is newer than this dossier knows ({known}); use a newer dossier")]
    TooNew { found: i64, known: i64 },
    #[error("ledger: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, LedgerError>;

/// An open ledger.
pub struct Ledger {
    pub(crate) conn: Connection,
}

impl Ledger {
    /// Opens (creating if needed) the ledger at `path` and migrates it to [`SCHEMA_VERSION`].
    pub fn open(path: &Path) -> Result<Ledger> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Self::init(conn)
    }

    /// A ledger in memory (tests, one-off evaluations).
    pub fn in_memory() -> Result<Ledger> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Ledger> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut ledger = Ledger { conn };
        ledger.migrate()?;
        Ok(ledger)
    }

    fn migrate(&mut self) -> Result<()> {
        let found: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(LedgerError::TooNew {
                found,
                known: SCHEMA_VERSION,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// The schema version of the open ledger.
    pub fn version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Whether a document with this id or this content hash is stored.
    pub fn contains(&self, id: &str, hash: &str) -> Result<bool> {
        stored(&self.conn, id, hash)
    }

    /// Counts of stored rows: documents, mentions, events, entities.
    pub fn counts(&self) -> Result<Counts> {
        let c = |table: &str| -> Result<i64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Counts {
            documents: c("documents")?,
            mentions: c("mentions")?,
            events: c("events")?,
            entities: c("entities")?,
        })
    }

    /// The SQLite connection, for queries (`crate::query`) and tests.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Whether a document with this id or this content hash is stored (also inside a transaction,
/// which dereferences to its connection).
pub(crate) fn stored(conn: &Connection, id: &str, hash: &str) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM documents WHERE id = ?1 OR hash = ?2",
        (id, hash),
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Row counts of a ledger.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: i64,
    pub mentions: i64,
    pub events: i64,
    pub entities: i64,
}

/// The content hash a document is known by: SHA-256 of its text as given, in hex.
pub fn content_hash(raw: &str) -> String {
    let digest = Sha256::digest(raw.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_ledger_is_migrated_and_keeps_its_answers() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO documents VALUES (1, 'd', 'h', 'f', NULL, NULL, NULL, NULL, 't', 0);
             INSERT INTO events (event, kind, actor, target) VALUES (1, 'deny', '[]', '[]');
             INSERT INTO mentions (doc, n, sentence, record_id, kind, actor, target, actor_key, status,
                 claimants, names, start, end, sentence_text, record, event)
             VALUES (1, 0, 0, 'd:0:1', 'deny', '[]', '[]', '', 'asserted', '[]', '{}', 0, 1, 't',
                 '{\"claim\":{\"answers\":\"d:0:0\"}}', 1);",
        )
        .unwrap();
        let ledger = Ledger::init(conn).unwrap();
        assert_eq!(ledger.version().unwrap(), SCHEMA_VERSION);
        let answers: String = ledger
            .connection()
            .query_row("SELECT answers FROM mentions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(answers, "d:0:0");
    }

    #[test]
    fn a_newer_ledger_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        assert!(matches!(Ledger::init(conn), Err(LedgerError::TooNew { .. })));
    }
}
