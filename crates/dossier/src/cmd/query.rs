//! `dossier query --db FILE [filters] [--format table|jsonl|csv]`: the ledger's real-world events
//! with every report of them (document, sentence, publisher, date, claim status there), newest
//! first. Policy and printing only: the query is `dossier_ledger::query`'s.

use dossier_ledger::{EventRow, Filter, Ledger};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Per event a line (kind, actor → target, dates, reports), its reports beneath.
    Table,
    /// One JSON object per event with its `mentions`.
    Jsonl,
    /// One row per report, with its event's id, kind and participants.
    Csv,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The ledger (`dossier ingest` writes it).
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// An actor: a code or its start (`CHN`, `GBRSPY`) or a name ("Qin Gang").
    #[arg(long)]
    pub actor: Option<String>,
    /// A target: a code or its start, or a name.
    #[arg(long)]
    pub target: Option<String>,
    /// A country code, as actor or target.
    #[arg(long)]
    pub country: Option<String>,
    /// An event kind (`accuse`, `arrest`, `expel` …).
    #[arg(long)]
    pub kind: Option<String>,
    /// A claim status at some report (`alleged`, `denied` …).
    #[arg(long)]
    pub status: Option<String>,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long)]
    pub until: Option<String>,
    /// Words in a report's sentence.
    #[arg(long)]
    pub text: Option<String>,
    /// The most events to print (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if !a.db.exists() {
        anyhow::bail!(
            "{}: no such ledger (create it with `dossier ingest PATH… --db {}`)",
            a.db.display(),
            a.db.display()
        );
    }
    let ledger = Ledger::open(&a.db).map_err(|e| anyhow::anyhow!("{}: {e}", a.db.display()))?;
    let filter = Filter {
        actor: a.actor,
        target: a.target,
        country: a.country,
        kind: a.kind,
        status: a.status,
        since: a.since,
        until: a.until,
        text: a.text,
        document: None,
        event: None,
        limit: a.limit,
    };
    let events = ledger.events(&filter)?;
    let mut out = std::io::stdout().lock();
    let written = match a.format {
        Format::Table => table(&mut out, &events),
        Format::Jsonl => events
            .iter()
            .try_for_each(|e| writeln!(out, "{}", serde_json::to_string(e).unwrap_or_default())),
        Format::Csv => csv(&mut out, &events),
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => {
            eprintln!("dossier: {} events", events.len());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn table(out: &mut impl Write, events: &[EventRow]) -> std::io::Result<()> {
    for e in events {
        let dates = match (&e.first_date, &e.last_date) {
            (Some(a), Some(b)) if a != b => format!("{a} … {b}"),
            (Some(a), _) => a.clone(),
            _ => "undated".into(),
        };
        writeln!(
            out,
            "event {}  {}  {} → {}  {dates}  {} report(s)",
            e.event,
            e.kind,
            join(&e.actor),
            join(&e.target),
            e.mentions.len()
        )?;
        for m in &e.mentions {
            let claim = if m.claimants.is_empty() {
                m.status.clone()
            } else {
                format!("{} by {}", m.status, m.claimants.join(", "))
            };
            let when = m.date.as_deref().or(m.doc_date.as_deref()).unwrap_or("–");
            let source = m.publisher.as_deref().unwrap_or(&m.doc);
            writeln!(out, "    {when}  {source}  {}  {claim}", m.id)?;
            let text: String = m.text.chars().take(110).collect();
            writeln!(out, "        {text}")?;
        }
    }
    Ok(())
}

fn join(codes: &[String]) -> String {
    if codes.is_empty() {
        "–".into()
    } else {
        codes.join("+")
    }
}

fn csv(out: &mut impl Write, events: &[EventRow]) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header = [
        "event",
        "kind",
        "actor",
        "target",
        "first_date",
        "last_date",
        "record",
        "doc",
        "publisher",
        "date",
        "status",
        "claimants",
        "sentence",
    ];
    w.write_record(header).map_err(std::io::Error::other)?;
    for e in events {
        for m in &e.mentions {
            let row = [
                e.event.to_string(),
                e.kind.clone(),
                e.actor.join(";"),
                e.target.join(";"),
                e.first_date.clone().unwrap_or_default(),
                e.last_date.clone().unwrap_or_default(),
                m.id.clone(),
                m.doc.clone(),
                m.publisher.clone().unwrap_or_default(),
                m.date.clone().or_else(|| m.doc_date.clone()).unwrap_or_default(),
                m.status.clone(),
                m.claimants.join(";"),
                m.text.clone(),
            ];
            w.write_record(row).map_err(std::io::Error::other)?;
        }
    }
    let bytes = w.into_inner().map_err(|e| std::io::Error::other(e.to_string()))?;
    out.write_all(&bytes)
}
