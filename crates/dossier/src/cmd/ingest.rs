//! `dossier ingest PATH… [--db dossier.db]`: codes documents with the full pipeline and stores
//! them in the ledger, each in one transaction, linking every event record to the real-world
//! event it reports. A document already stored (same id or same content hash) is skipped before
//! it is coded, so re-running a batch after a kill finishes the job and changes nothing else.
//! Policy only: storage and linking are `dossier_ledger`'s.

use super::batch::{self, InputArgs, Printer, Sink};
use dossier_core::Document;
use dossier_ledger::{content_hash, Ledger, Stored};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// The ledger (an SQLite file; created if missing).
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
}

/// The ledger as the batch's sink.
struct LedgerSink {
    ledger: Ledger,
    stored: usize,
    mentions: usize,
    linked: usize,
}

/// Renders a document's event records (SPEC.md's JSON lines), which the ledger keeps whole.
fn records(doc: &Document, out: &mut Vec<u8>) -> std::io::Result<()> {
    crate::print::record::print(doc, false, false, out)
}

impl Sink for LedgerSink {
    fn wants(&mut self, doc: &Document) -> anyhow::Result<bool> {
        Ok(!self.ledger.contains(&doc.id, &content_hash(&doc.raw))?)
    }
    fn printer(&self) -> &Printer<'_> {
        &records
    }
    fn take(&mut self, doc: &Document, rendered: Vec<u8>) -> anyhow::Result<bool> {
        let text = String::from_utf8_lossy(&rendered);
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        match self.ledger.store(doc, &lines, now)? {
            Stored::New { mentions, linked } => {
                self.stored += 1;
                self.mentions += mentions;
                self.linked += linked;
            }
            Stored::Duplicate => {}
        }
        Ok(true)
    }
    fn flush(&mut self) -> anyhow::Result<bool> {
        Ok(true)
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = super::code::pipeline()?;
    let ledger = Ledger::open(&a.db).map_err(|e| anyhow::anyhow!("{}: {e}", a.db.display()))?;
    let mut sink = LedgerSink {
        ledger,
        stored: 0,
        mentions: 0,
        linked: 0,
    };
    let code = batch::run_into(&a.input, &pipeline, &mut sink)?;
    let c = sink.ledger.counts()?;
    eprintln!(
        "dossier: stored {} documents with {} event records ({} joined an event already reported); {} now holds {} documents, {} records of {} events",
        sink.stored,
        sink.mentions,
        sink.linked,
        a.db.display(),
        c.documents,
        c.mentions,
        c.events
    );
    Ok(code)
}
