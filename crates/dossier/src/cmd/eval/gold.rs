//! `dossier eval gold FILE [--json] [--explain]`: codes a gold file's articles or sentences and
//! scores the events as SPEC.md's "Gold files and how output is scored" says.

use dossier_eval::gold::{self, run::Explained};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A gold file (JSON Lines, SPEC.md's format).
    pub file: PathBuf,
    /// Print the report as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Also list every sentence whose events differ from gold, with the coder's traces.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    // Closing stdout early (`| head`) ends the report quietly instead of panicking.
    match report(a) {
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        other => other,
    }
}

fn report(a: Args) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let pipeline = crate::cmd::code::pipeline()?;
    let results = gold::run::run(&a.file, &pipeline).map_err(|e| anyhow::anyhow!(e))?;
    let scored: Vec<_> = results.iter().map(|r| r.scored.clone()).collect();
    let r = gold::score(&scored);
    if a.explain {
        explain(&mut out, &results)?;
    }
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&r)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}: {} sentences", a.file.display(), r.sentences)?;
    writeln!(
        out,
        "events   P {:.3}  R {:.3}  F1 {:.3}   (gold {}, predicted {}, matched {})",
        r.precision, r.recall, r.f1, r.overall.gold, r.overall.predicted, r.overall.matched
    )?;
    writeln!(
        out,
        "strict   P {:.3}  R {:.3}  F1 {:.3}   (full codes equal)",
        r.strict.precision, r.strict.recall, r.strict_f1
    )?;
    writeln!(
        out,
        "status accuracy   {:.3}  over {} matched pairs",
        r.status_accuracy, r.status_pairs
    )?;
    writeln!(
        out,
        "claimant accuracy {:.3}  over {} matched pairs with gold status other than asserted",
        r.claimant_accuracy, r.claimant_pairs
    )?;
    writeln!(
        out,
        "empty sentences with a prediction: {} of {} ({:.3})",
        r.empty_sentence_fp, r.empty_sentences, r.empty_sentence_fp_rate
    )?;
    writeln!(
        out,
        "\n{:<16} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
        "kind", "gold", "pred", "match", "P", "R", "F1"
    )?;
    for (k, p) in &r.per_kind {
        writeln!(
            out,
            "{:<16} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}",
            k, p.gold, p.predicted, p.matched, p.precision, p.recall, p.f1
        )?;
    }
    writeln!(out, "\nstatus (gold → predicted)")?;
    for (g, row) in &r.status_confusion {
        let cells: Vec<String> = row.iter().map(|(p, n)| format!("{p} {n}")).collect();
        writeln!(out, "  {g:<13} {}", cells.join(", "))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(out: &mut impl std::io::Write, results: &[Explained]) -> std::io::Result<()> {
    for r in results {
        let s = &r.scored;
        let pairs = gold::score::pair(&s.gold, &s.predicted, false);
        // A matched pair whose claim differs: the status, or the claimants' countries.
        let claim_differs = |gi: usize, pi: usize| {
            let (g, p) = (&s.gold[gi], &s.predicted[pi]);
            let countries = |v: &[String]| {
                let mut c: Vec<String> = v.iter().map(|x| x.chars().take(3).collect()).collect();
                c.sort();
                c.dedup();
                c
            };
            g.status != p.status || (g.status != "asserted" && countries(&g.claimants) != countries(&p.claimants))
        };
        // A matched pair whose full codes differ (country + sector): a miss of the strict score.
        let codes_differ = |gi: usize, pi: usize| !gold::score::matches(&s.gold[gi], &s.predicted[pi], true);
        if pairs.len() == s.gold.len()
            && pairs.len() == s.predicted.len()
            && !pairs
                .iter()
                .any(|&(gi, pi)| claim_differs(gi, pi) || codes_differ(gi, pi))
        {
            continue;
        }
        writeln!(out, "── {} {}", s.id, r.text)?;
        for (gi, g) in s.gold.iter().enumerate() {
            let pair = pairs.iter().find(|p| p.0 == gi);
            let mark = if pair.is_some() { "  ok  " } else { "  MISS" };
            writeln!(
                out,
                "{mark} gold {} {:?} → {:?} {} {:?}",
                g.kind, g.actor, g.target, g.status, g.claimants
            )?;
            if let Some(&(_, pi)) = pair.filter(|&&(gi, pi)| claim_differs(gi, pi) || codes_differ(gi, pi)) {
                let p = &s.predicted[pi];
                if codes_differ(gi, pi) {
                    writeln!(out, "       codes pred {:?} → {:?}", p.actor, p.target)?;
                }
                if claim_differs(gi, pi) {
                    writeln!(out, "       claim pred {} {:?}", p.status, p.claimants)?;
                }
                for t in &r.traces[pi] {
                    writeln!(out, "           {t}")?;
                }
            }
        }
        for (pi, p) in s.predicted.iter().enumerate() {
            if !pairs.iter().any(|x| x.1 == pi) {
                writeln!(
                    out,
                    "  EXTRA pred {} {:?} → {:?} {}",
                    p.kind, p.actor, p.target, p.status
                )?;
                for t in &r.traces[pi] {
                    writeln!(out, "           {t}")?;
                }
            }
        }
    }
    Ok(())
}
