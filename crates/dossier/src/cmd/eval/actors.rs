//! `dossier eval actors GOLD [--json]`: how many of the actor, target and claimant codes of a
//! gold event file the recognise stage finds in each sentence, exact code and country, overall
//! and per role, with the most frequent misses.

use super::round;
use anyhow::Context;
use dossier_actors::recognise::Recogniser;
use dossier_eval::actors::{evaluate, share, Report, ROLES};
use dossier_eval::gold::file;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A gold file (SPEC.md format): article sentences or sentences with context.
    pub gold: PathBuf,
    /// Print one JSON object (`exact`, `country`, `n`, `roles`, `misses`, …).
    #[arg(long)]
    pub json: bool,
    /// How many of the most frequent missed codes to list.
    #[arg(long, default_value_t = 30)]
    pub misses: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let sentences = file::read(&a.gold).map_err(anyhow::Error::msg)?;
    let dir = a.gold.parent().map(PathBuf::from).unwrap_or_default();
    let units = file::units(sentences, &dir);
    let analyse = dossier_nlp::Analyse::embedded().context("loading the models")?;
    let recognise = Recogniser::new().map_err(|e| anyhow::anyhow!("loading dictionaries: {e}"))?;
    let pipeline = super::super::parse::pipeline().with(analyse).with(recognise);
    let r = evaluate(&units, &pipeline);
    let mut out = std::io::stdout().lock();
    let written = if a.json {
        writeln!(out, "{}", to_json(&r, a.misses))
    } else {
        print_text(&mut out, &r, a.misses)
    };
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn to_json(r: &Report, n_misses: usize) -> serde_json::Value {
    let roles: serde_json::Map<String, serde_json::Value> = ROLES
        .iter()
        .zip(&r.roles)
        .map(|(name, s)| {
            let v = serde_json::json!({"exact": round(s.exact_share()), "country": round(s.country_share()), "n": s.n});
            (name.to_string(), v)
        })
        .collect();
    let misses: Vec<serde_json::Value> = r
        .misses
        .iter()
        .take(n_misses)
        .map(|m| {
            let ex: Vec<serde_json::Value> = m
                .examples
                .iter()
                .map(|e| {
                    serde_json::json!({"id": e.id, "role": e.role, "country_found": e.country_found,
                        "text": e.text, "recognised": e.found})
                })
                .collect();
            serde_json::json!({"code": m.code, "count": m.count, "examples": ex})
        })
        .collect();
    serde_json::json!({
        "exact": round(r.overall.exact_share()),
        "country": round(r.overall.country_share()),
        "n": r.overall.n,
        "country_in_document": round(share(r.country_in_document, r.overall.n)),
        "sentences": r.sentences,
        "unmatched": r.unmatched,
        "roles": roles,
        "misses": misses,
    })
}

fn print_text(out: &mut impl Write, r: &Report, n_misses: usize) -> std::io::Result<()> {
    writeln!(out, "{:<10} {:>7} {:>7} {:>5}", "role", "exact", "country", "n")?;
    let rows = std::iter::once(("overall", &r.overall)).chain(ROLES.iter().copied().zip(&r.roles));
    for (name, s) in rows {
        let (e, c) = (s.exact_share(), s.country_share());
        writeln!(out, "{name:<10} {e:>7.3} {c:>7.3} {:>5}", s.n)?;
    }
    writeln!(
        out,
        "ceiling: {} of {} gold codes ({:.3}) have a country some recognised actor of the document names",
        r.country_in_document,
        r.overall.n,
        share(r.country_in_document, r.overall.n)
    )?;
    writeln!(out, "{} sentences scored, {} not found", r.sentences, r.unmatched.len())?;
    if !r.unmatched.is_empty() {
        writeln!(out, "  not found: {}", r.unmatched.join(", "))?;
    }
    writeln!(out, "most frequent misses (code, times; example: what was recognised):")?;
    for m in r.misses.iter().take(n_misses) {
        let e = &m.examples[0];
        let found = e.found.join("; ");
        writeln!(out, "  {:<10} {:>3}  {} [{}]: {found}", m.code, m.count, e.id, e.role)?;
    }
    Ok(())
}
