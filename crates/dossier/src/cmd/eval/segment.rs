//! `dossier eval segment FILE.conllu [--json]`: segments the treebank's raw text and prints
//! token, word and sentence precision, recall and F1 (CoNLL 2018 alignment).

use anyhow::Context;
use dossier_eval::segment::{evaluate, CharSpan, Evaluation};
use dossier_text::segment::Segmenter;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A UD treebank in CoNLL-U (e.g. en_ewt-ud-dev.conllu).
    pub file: PathBuf,
    /// Print one JSON object (`tokens_f1`, `words_f1`, `sentences_f1`, and `_p`/`_r`).
    #[arg(long)]
    pub json: bool,
    /// Also print up to N token and N sentence boundaries the segmenter got wrong, in context.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let src = std::fs::read_to_string(&a.file).with_context(|| format!("reading {}", a.file.display()))?;
    let seg = Segmenter::new();
    let ev = evaluate(&src, &seg).with_context(|| format!("scoring {}", a.file.display()))?;
    let s = ev.scores;
    if a.json {
        println!("{}", s.to_json());
    } else {
        println!(
            "{:<10} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8}",
            "metric", "precision", "recall", "F1", "correct", "gold", "system"
        );
        for (name, p) in [("tokens", s.tokens), ("words", s.words), ("sentences", s.sentences)] {
            println!(
                "{:<10} {:>9.2} {:>9.2} {:>9.2} {:>8} {:>8} {:>8}",
                name,
                p.precision(),
                p.recall(),
                p.f1(),
                p.correct,
                p.gold,
                p.system
            );
        }
    }
    if a.errors > 0 {
        print_errors(&ev, a.errors);
    }
    Ok(ExitCode::SUCCESS)
}

/// Gold spans the system did not produce, with the system's spans around them.
fn print_errors(ev: &Evaluation, n: usize) {
    let chars = &ev.gold.chars;
    let show = |sp: &[CharSpan], from: usize, to: usize| -> String {
        sp.iter()
            .skip_while(|t| t.end <= from)
            .take_while(|t| t.start < to)
            .map(|t| chars[t.start..t.end].iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    eprintln!("-- tokens: gold | system");
    for t in missed(&ev.gold.tokens, &ev.system.tokens).into_iter().take(n) {
        let (from, to) = (t.start.saturating_sub(12), (t.end + 12).min(chars.len()));
        eprintln!(
            "{} | {}",
            show(&ev.gold.tokens, from, to),
            show(&ev.system.tokens, from, to)
        );
    }
    eprintln!("-- sentences missed (gold) then spurious (system), 40 characters each side");
    let ctx = |c: usize| -> String {
        let a: String = chars[c.saturating_sub(40)..c].iter().collect();
        let b: String = chars[c..(c + 40).min(chars.len())].iter().collect();
        format!("{a} ‖ {b}")
    };
    let starts = |v: &[CharSpan]| v.iter().map(|s| s.start).collect::<std::collections::BTreeSet<_>>();
    let (g, s) = (starts(&ev.gold.sentences), starts(&ev.system.sentences));
    for c in g.difference(&s).take(n) {
        eprintln!("MISSED   {}", ctx(*c));
    }
    for c in s.difference(&g).take(n) {
        eprintln!("SPURIOUS {}", ctx(*c));
    }
}

/// Gold spans with no system span of the same start and end.
fn missed(gold: &[CharSpan], system: &[CharSpan]) -> Vec<CharSpan> {
    let sys: std::collections::HashSet<(usize, usize)> = system.iter().map(|s| (s.start, s.end)).collect();
    gold.iter()
        .filter(|g| !sys.contains(&(g.start, g.end)))
        .copied()
        .collect()
}
