//! `dossier bench serve`: the ledger under load. Fills a ledger with at least `--events` events
//! (the example articles coded and stored again and again, each copy under its own id and its
//! own date, 64 days after the one before, so that linking works as on real input but keeps the
//! copies apart), then times the event-list query in
//! process and the web page over loopback HTTP: requests per second and latency percentiles
//! from `--concurrency` clients.

use super::corpus::EXAMPLES;
use dossier_core::Document;
use dossier_ledger::{Filter, Ledger};
use rayon::prelude::*;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Events the ledger must hold before timing.
    #[arg(long, default_value_t = 100_000)]
    pub events: i64,
    /// The ledger to fill and time (kept; reused when it already holds enough events).
    /// Default: a file in the temporary directory.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// HTTP requests to send.
    #[arg(long, default_value_t = 2_000)]
    pub requests: usize,
    /// Clients sending them at once.
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
    #[arg(long)]
    pub json: bool,
}

/// Codes and stores copies of the examples until the ledger holds `want` events.
fn fill(ledger: &mut Ledger, want: i64) -> anyhow::Result<()> {
    let pipeline = crate::cmd::code::pipeline()?;
    let mut copy = ledger.counts()?.documents as usize;
    let started = Instant::now();
    let mut last = -1;
    while ledger.counts()?.events < want {
        // (Stop rather than loop if copies stop adding events.)
        let now = ledger.counts()?.events;
        anyhow::ensure!(now > last, "copies of the examples add no new events at {now}");
        last = now;
        let mut docs: Vec<Document> = (0..64)
            .map(|k| {
                let i = copy + k;
                let (name, bytes) = EXAMPLES[i % EXAMPLES.len()];
                let text = format!("{}\n\nCopy {i}.", String::from_utf8_lossy(bytes));
                let mut doc = Document::new(format!("bench-{i}-{name}"), text);
                // Copies 64 days apart, so that linking (which looks a month either side) keeps
                // each copy's events apart: the ledger grows as with new stories.
                let day = i as i64 * 64;
                doc.meta.date = Some(iso(day));
                doc
            })
            .collect();
        copy += docs.len();
        docs.par_iter_mut()
            .try_for_each(|d| pipeline.run(d).map_err(|e| anyhow::anyhow!("{e}")))?;
        for d in &docs {
            ledger.store(d, &[], 0)?;
        }
        let c = ledger.counts()?;
        eprint!(
            "\rdossier: filling: {} documents, {} events ({:.0} s)",
            c.documents,
            c.events,
            started.elapsed().as_secs_f64()
        );
    }
    eprintln!();
    Ok(())
}

/// The ISO date of a day number (days since 1970-01-01).
fn iso(day: i64) -> String {
    let (y, m, d) = dossier_core::calendar::civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// One GET over a new connection; the status line's code.
fn get(addr: SocketAddr, path: &str) -> std::io::Result<u16> {
    let mut s = TcpStream::connect(addr)?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")?;
    let mut body = Vec::new();
    s.read_to_end(&mut body)?;
    let line = String::from_utf8_lossy(&body[..body.len().min(20)]).to_string();
    Ok(line.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0))
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let db =
        a.db.clone()
            .unwrap_or_else(|| std::env::temp_dir().join("dossier-bench-serve.db"));
    let mut ledger = Ledger::open(&db)?;
    fill(&mut ledger, a.events)?;
    let counts = ledger.counts()?;
    // The list query in process: the page's first view, and a filtered one.
    let time = |f: &Filter| -> anyhow::Result<Vec<Duration>> {
        let mut v = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            ledger.events(f)?;
            v.push(t.elapsed());
        }
        v.sort();
        Ok(v)
    };
    let list = time(&Filter {
        limit: 200,
        ..Filter::default()
    })?;
    let filtered = time(&Filter {
        kind: Some("accuse".into()),
        actor: Some("CHN".into()),
        limit: 200,
        ..Filter::default()
    })?;
    drop(ledger);
    // The page over loopback.
    let (tx, rx) = std::sync::mpsc::channel();
    let served = db.clone();
    std::thread::spawn(move || {
        let _ = dossier_ledger::serve::serve(&served, "127.0.0.1:0".parse().expect("address"), |addr| {
            let _ = tx.send(addr);
        });
    });
    let addr = rx.recv_timeout(Duration::from_secs(10))?;
    let paths = ["/", "/?kind=accuse&actor=CHN", "/graph", "/?text=spy&limit=50"];
    let per_client = a.requests.div_ceil(a.concurrency.max(1));
    let started = Instant::now();
    let results: Vec<(Vec<Duration>, usize)> = (0..a.concurrency.max(1))
        .into_par_iter()
        .map(|c| {
            let mut lat = Vec::with_capacity(per_client);
            let mut errors = 0;
            for k in 0..per_client {
                let t = Instant::now();
                match get(addr, paths[(c + k) % paths.len()]) {
                    Ok(200) => lat.push(t.elapsed()),
                    _ => errors += 1,
                }
            }
            (lat, errors)
        })
        .collect();
    let wall = started.elapsed().as_secs_f64();
    let mut lat: Vec<Duration> = results.iter().flat_map(|r| r.0.iter().copied()).collect();
    let errors: usize = results.iter().map(|r| r.1).sum();
    lat.sort();
    let rps = lat.len() as f64 / wall;
    let report = serde_json::json!({
        "events": counts.events,
        "mentions": counts.mentions,
        "documents": counts.documents,
        "list_query_ms": {"median": percentile(&list, 0.5), "max": percentile(&list, 1.0)},
        "filtered_query_ms": {"median": percentile(&filtered, 0.5), "max": percentile(&filtered, 1.0)},
        "http": {"requests": lat.len(), "errors": errors, "concurrency": a.concurrency,
                  "requests_per_s": rps, "p50_ms": percentile(&lat, 0.5), "p99_ms": percentile(&lat, 0.99)},
    });
    if a.json {
        println!("{report}");
    } else {
        println!(
            "ledger: {} events ({} reports, {} documents) in {}",
            counts.events,
            counts.mentions,
            counts.documents,
            db.display()
        );
        println!(
            "list query (200 newest events with their reports): median {:.1} ms, max {:.1} ms",
            percentile(&list, 0.5),
            percentile(&list, 1.0)
        );
        println!(
            "filtered query (China's accusations): median {:.1} ms, max {:.1} ms",
            percentile(&filtered, 0.5),
            percentile(&filtered, 1.0)
        );
        println!(
            "http: {} requests, {} errors, {} clients: {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms",
            lat.len(),
            errors,
            a.concurrency,
            rps,
            percentile(&lat, 0.5),
            percentile(&lat, 0.99)
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_become_iso_dates() {
        assert_eq!(super::iso(0), "1970-01-01");
        assert_eq!(super::iso(18_734), "2021-04-17");
        assert_eq!(super::iso(19_417), "2023-03-01");
    }
}
