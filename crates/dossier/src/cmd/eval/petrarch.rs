//! `dossier eval petrarch FILE.xml [--json] [--parse given|ours] [--explain]`: the CAMEO coder
//! on a PETRARCH validation file (exact sentences %, Correct / Uncoded / Extra as % of the
//! expected events, overall and by category).

use anyhow::Context;
use dossier_eval::petrarch::{self, actors::ActorMatcher, ParseSource};
use dossier_events::cameo::{CameoCoder, CoderOptions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default)]
pub enum ParseArg {
    /// The record's own CoNLL-U parse.
    #[default]
    Given,
    /// Our segmentation, tagging and parsing of the record's text.
    Ours,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Validation file (PETRARCH XML with CoNLL-U parses).
    file: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// Which parse to code from.
    #[arg(long, value_enum, default_value_t = ParseArg::Given)]
    parse: ParseArg,
    /// List the records coded wrongly, with the trace of each event.
    #[arg(long)]
    explain: bool,
    /// Let a source with a country code act without a target (PETRARCH's require_dyad = false).
    #[arg(long)]
    allow_monads: bool,
    /// Find verbs by the parser's lemma too (PETRARCH matches only the forms its dictionary
    /// lists or makes).
    #[arg(long)]
    lemmas: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let xml = std::fs::read_to_string(&a.file).with_context(|| format!("reading {}", a.file.display()))?;
    let suite = petrarch::parse_suite(&xml).map_err(|e| anyhow::anyhow!("{}: {e}", a.file.display()))?;
    let set = petrarch::dictionaries_for(&suite.environment).map_err(anyhow::Error::msg)?;
    let coder = CameoCoder::new(set).with_options(CoderOptions {
        require_dyad: !a.allow_monads,
        lemmas: a.lemmas,
        ..CoderOptions::default()
    });
    let matcher = ActorMatcher::new(set);
    let source = match a.parse {
        ParseArg::Given => ParseSource::Given,
        ParseArg::Ours => ParseSource::Ours,
    };
    let report = match source {
        ParseSource::Given => petrarch::run(&suite, &coder, &matcher, None),
        ParseSource::Ours => {
            let stage = dossier_nlp::Analyse::embedded()?;
            let f = petrarch::analyse_text(&stage);
            petrarch::run(&suite, &coder, &matcher, Some(&f))
        }
    };
    let o = &report.overall;
    if a.json {
        let mut v = o.json();
        v["file"] = serde_json::json!(a.file.display().to_string());
        v["parse"] = serde_json::json!(source);
        v["dictionaries"] = serde_json::json!(set.name);
        v["by_category"] = report.by_category.iter().map(|(k, t)| (k.clone(), t.json())).collect();
        if a.explain {
            v["failures"] = serde_json::to_value(report.outcomes.iter().filter(|o| !o.exact).collect::<Vec<_>>())?;
        }
        println!("{v}");
        return Ok(ExitCode::SUCCESS);
    }
    if a.explain {
        for f in report.outcomes.iter().filter(|o| !o.exact) {
            println!("== {} [{}] {}", f.id, f.category, f.text);
            let show = |es: &[petrarch::Expected]| {
                if es.is_empty() {
                    "(none)".to_string()
                } else {
                    es.iter()
                        .map(|e| format!("{} {} {}", e.source, e.target, e.code))
                        .collect::<Vec<_>>()
                        .join(" | ")
                }
            };
            println!("   expected: {}", show(&f.expected));
            println!("   got:      {}", show(&f.produced));
            for t in &f.trace {
                println!("   - {t}");
            }
        }
        println!();
    }
    println!(
        "{}: {} sentences, parse {:?}, dictionaries {}",
        a.file.display(),
        o.sentences,
        source,
        set.name
    );
    println!(
        "{:<10} {:>9} {:>8} {:>6} {:>9} {:>9} {:>9}",
        "category", "sentences", "exact%", "gold", "correct%", "uncoded%", "extra%"
    );
    let line = |name: &str, t: &petrarch::Tally| {
        println!(
            "{:<10} {:>9} {:>8.2} {:>6} {:>9.2} {:>9.2} {:>9.2}",
            name,
            t.sentences,
            t.exact_pct(),
            t.gold,
            t.correct_pct(),
            t.uncoded_pct(),
            t.extra_pct()
        )
    };
    for (k, t) in &report.by_category {
        line(k, t);
    }
    line("all", o);
    Ok(ExitCode::SUCCESS)
}
