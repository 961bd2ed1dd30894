//! `dossier eval link GOLD [--json] [--orders N]`: cross-document linking on a linking set (gold event
//! clusters with `docs.jsonl` beside them): pairwise merge precision, recall and F1, unfound
//! mentions, and the distinct gold events that were wrongly merged.

use super::round;
use dossier_eval::link::{evaluate_orders, read, Report};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The gold file (one real-world event per line, with its mentions); its documents are read
    /// from `docs.jsonl` beside it.
    pub gold: PathBuf,
    /// Print one JSON object (`precision`, `recall`, `f1`, `linked`, `gold_pairs`, `unfound`,
    /// `wrong_merges`, …).
    #[arg(long)]
    pub json: bool,
    /// Also print, per gold event, each mention's ledger event and the facts linking compared
    /// (codes, date, names, counts, story words).
    #[arg(long)]
    pub explain: bool,
    /// Also store the documents in this many orders in all (file order first, then fixed
    /// shuffles) and print the lowest and highest precision and recall over them: linking
    /// stores one report at a time, so its result may depend on the order.
    #[arg(long, default_value_t = 1)]
    pub orders: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold = read(&a.gold).map_err(anyhow::Error::msg)?;
    let docs = a
        .gold
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
        .join("docs.jsonl");
    let pipeline = super::super::code::pipeline()?;
    let reports = evaluate_orders(&gold, &docs, &pipeline, a.orders).map_err(anyhow::Error::msg)?;
    let r = &reports[0];
    let mut out = std::io::stdout().lock();
    let written = if a.json {
        let mut j = to_json(r);
        if reports.len() > 1 {
            j["orders"] = orders_json(&reports);
        }
        writeln!(out, "{j}")
    } else {
        print_text(&mut out, r, (reports.len() > 1).then(|| orders_line(&reports))).and_then(|_| match a.explain {
            true => r.explain.iter().try_for_each(|l| writeln!(out, "{l}")),
            false => Ok(()),
        })
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn to_json(r: &Report) -> serde_json::Value {
    serde_json::json!({
        "precision": round(r.precision()),
        "recall": round(r.recall()),
        "f1": round(r.f1()),
        "documents": r.documents,
        "mentions": r.mentions,
        "pairs": r.pairs,
        "gold_pairs": r.gold_pairs,
        "linked": r.linked,
        "linked_correct": r.linked_correct,
        "unfound": r.unfound,
        "per_event": r.per_event.iter().map(|(e, n, f, c)| serde_json::json!({"event": e, "mentions": n, "found": f, "ledger_events": c})).collect::<Vec<_>>(),
        "wrong_merges": r.wrong_merges.iter().map(|(a, b, n)| serde_json::json!({"events": [a, b], "pairs": n})).collect::<Vec<_>>(),
    })
}

/// The lowest and highest of `f` over the reports.
fn range(reports: &[Report], f: impl Fn(&Report) -> f64) -> (f64, f64) {
    reports
        .iter()
        .map(f)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| (lo.min(x), hi.max(x)))
}

fn orders_json(reports: &[Report]) -> serde_json::Value {
    let (p, r) = (range(reports, Report::precision), range(reports, Report::recall));
    serde_json::json!({
        "count": reports.len(),
        "precision_min": round(p.0), "precision_max": round(p.1),
        "recall_min": round(r.0), "recall_max": round(r.1),
        "wrong_merges_max": reports.iter().map(|r| r.wrong_merges.len()).max().unwrap_or(0),
    })
}

fn orders_line(reports: &[Report]) -> String {
    let (p, r) = (range(reports, Report::precision), range(reports, Report::recall));
    format!(
        "over {} ingest orders (file order, then fixed shuffles): P {:.3}–{:.3}  R {:.3}–{:.3}, wrong merges at most {}",
        reports.len(),
        p.0,
        p.1,
        r.0,
        r.1,
        reports.iter().map(|r| r.wrong_merges.len()).max().unwrap_or(0)
    )
}

/// The report in file order; `orders`: the line [`orders_line`] gives, printed after the first.
fn print_text(out: &mut impl Write, r: &Report, orders: Option<String>) -> std::io::Result<()> {
    writeln!(
        out,
        "pairwise  P {:.3}  R {:.3}  F1 {:.3}   (linked {}, of them right {}; gold pairs {} of {})",
        r.precision(),
        r.recall(),
        r.f1(),
        r.linked,
        r.linked_correct,
        r.gold_pairs,
        r.pairs
    )?;
    if let Some(line) = orders {
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "{} documents, {} gold mentions, {} unfound",
        r.documents,
        r.mentions,
        r.unfound.len()
    )?;
    if r.wrong_merges.is_empty() {
        writeln!(out, "wrong merges: none")?;
    }
    for (a, b, n) in &r.wrong_merges {
        writeln!(out, "wrong merge: {a} and {b} ({n} pairs)")?;
    }
    writeln!(out, "per gold event: mentions, found, ledger events they went to")?;
    for (e, n, found, clusters) in &r.per_event {
        writeln!(out, "  {e:<5} {n:>3} {found:>3} {clusters:>3}")?;
    }
    for u in &r.unfound {
        writeln!(out, "unfound: {u}")?;
    }
    Ok(())
}
