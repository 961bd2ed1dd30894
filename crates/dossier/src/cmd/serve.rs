//! `dossier serve [--db dossier.db] [--addr 127.0.0.1:8080]`: the ledger as a local web page
//! (events with filters, timelines, articles with highlights, who accuses whom). Loopback by
//! default; the page is `dossier_ledger::serve`'s.

use dossier_ledger::Ledger;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The ledger (`dossier ingest` writes it).
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Address to listen on (port 0: any free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if !a.db.exists() {
        anyhow::bail!(
            "{}: no such ledger (create it with `dossier ingest examples/ --db {}`)",
            a.db.display(),
            a.db.display()
        );
    }
    // (Opened once here so that a bad file is reported before anything listens.)
    Ledger::open(&a.db).map_err(|e| anyhow::anyhow!("{}: {e}", a.db.display()))?;
    if !a.addr.ip().is_loopback() {
        eprintln!(
            "dossier: warning: serving on {}, reachable from other machines",
            a.addr.ip()
        );
    }
    dossier_ledger::serve::serve(&a.db, a.addr, |bound| {
        eprintln!("dossier: serving {} at http://{bound}/ (Ctrl-C stops)", a.db.display());
    })
    .map_err(|e| anyhow::anyhow!("{}: {e}", a.db.display()))?;
    Ok(ExitCode::SUCCESS)
}
