//! `dossier eval parse FILE.conllu`: UPOS, XPOS, FEATS, lemma accuracy, UAS and LAS against a UD
//! treebank, with gold tokenisation, and the speed of tag + lemma + parse.

use anyhow::Context;
use dossier_eval::parse::{score, Score};
use dossier_nlp::parser::{ParseWord, ParserModel};
use dossier_nlp::{binio, conllu, models, tagger::Tagger, Analyse};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Which models to use (default: the ones built into the binary).
#[derive(clap::Args, Debug, Default)]
pub struct ModelArgs {
    /// Tagger model file (zstd) instead of the built-in one.
    #[arg(long)]
    tagger_model: Option<PathBuf>,
    /// Parser model file (zstd) instead of the built-in one.
    #[arg(long)]
    parser_model: Option<PathBuf>,
    /// Tag and lemmatise only.
    #[arg(long)]
    no_parser: bool,
}

impl ModelArgs {
    /// The analyse stage with the chosen models (loaded once; leaked for the process).
    pub fn stage(&self) -> anyhow::Result<Analyse> {
        if self.tagger_model.is_none() && self.parser_model.is_none() && !self.no_parser {
            return Ok(Analyse::embedded()?);
        }
        let tagger: &'static Tagger = match &self.tagger_model {
            Some(p) => {
                let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
                Box::leak(Box::new(
                    Tagger::from_compressed(&bytes).with_context(|| p.display().to_string())?,
                ))
            }
            None => models::tagger()?,
        };
        let parser = if self.no_parser { None } else { Some(self.parser()?) };
        Ok(Analyse::new(tagger, parser))
    }

    /// The chosen parser.
    fn parser(&self) -> anyhow::Result<&'static ParserModel> {
        Ok(match &self.parser_model {
            Some(p) => {
                let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
                let raw = binio::decompress(&bytes)?;
                Box::leak(Box::new(ParserModel::from_bytes(&raw)?))
            }
            None => models::parser()?,
        })
    }
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold treebank (CoNLL-U).
    file: PathBuf,
    /// Print one JSON object (percentages, tokens_per_s).
    #[arg(long)]
    json: bool,
    /// Start from the `# text` lines: segment, then tag and parse, aligned to gold as in the
    /// CoNLL 2018 shared task.
    #[arg(long)]
    raw: bool,
    /// Parse with the treebank's own (gold) tags and lemmas instead of tagging: what the parser
    /// loses to tagging errors is the difference.
    #[arg(long, conflicts_with_all = ["raw", "no_parser"])]
    gold_tags: bool,
    /// Also write the predicted analysis here (CoNLL-U).
    #[arg(long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    models: ModelArgs,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold = conllu::parse_file(&a.file)?;
    if a.gold_tags {
        return run_gold_tags(&a, &gold);
    }
    let stage = a.models.stage()?;
    if a.raw {
        return run_raw(&a, &gold, &stage);
    }
    let mut pred = gold.clone();
    let t = Instant::now();
    let n = stage.analyse_conllu(&mut pred);
    let secs = t.elapsed().as_secs_f64();
    if let Some(o) = &a.output {
        std::fs::write(o, conllu::to_string(&pred)).with_context(|| format!("writing {}", o.display()))?;
    }
    let s = score(&gold, &pred).map_err(anyhow::Error::msg)?;
    print(&a, &s, n as f64 / secs.max(1e-9));
    Ok(ExitCode::SUCCESS)
}

/// `--gold-tags`: heads and relations from the parser alone, on the gold tags and lemmas.
fn run_gold_tags(a: &Args, gold: &[conllu::Sentence]) -> anyhow::Result<ExitCode> {
    let parser = a.models.parser()?;
    let mut pred = gold.to_vec();
    let (mut words, mut arcs, mut n) = (Vec::new(), Vec::new(), 0usize);
    let t = Instant::now();
    for (g, p) in gold.iter().zip(pred.iter_mut()) {
        words.clear();
        words.extend(g.words().map(ParseWord::from));
        parser.parse(&words, &mut arcs);
        n += arcs.len();
        for (w, arc) in p.words_mut().zip(&arcs) {
            w.cols[conllu::HEAD] = arc.head.to_string();
            w.cols[conllu::DEPREL] = arc.deprel.to_string();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    if let Some(o) = &a.output {
        std::fs::write(o, conllu::to_string(&pred)).with_context(|| format!("writing {}", o.display()))?;
    }
    let s = score(gold, &pred).map_err(anyhow::Error::msg)?;
    print(a, &s, n as f64 / secs.max(1e-9));
    Ok(ExitCode::SUCCESS)
}

fn print(a: &Args, s: &Score, tps: f64) {
    let what = if a.gold_tags {
        "parse only, gold tags"
    } else {
        "tag + lemma + parse"
    };
    let r2 = |x: f64| (x * 100.0).round() / 100.0;
    if a.json {
        let v = serde_json::json!({
            "file": a.file.display().to_string(),
            "words": s.words,
            "upos": r2(s.upos_pct()),
            "xpos": r2(s.xpos_pct()),
            "feats": r2(s.feats_pct()),
            "lemma": r2(s.lemma_pct()),
            "uas": r2(s.uas()),
            "las": r2(s.las()),
            "las_full": r2(s.las_full()),
            "tokens_per_s": tps.round(),
        });
        println!("{v}");
    } else {
        println!("{}: {} words", a.file.display(), s.words);
        println!("UPOS   {:6.2}%", s.upos_pct());
        println!("XPOS   {:6.2}%", s.xpos_pct());
        println!("FEATS  {:6.2}%", s.feats_pct());
        println!("lemma  {:6.2}%", s.lemma_pct());
        println!("UAS    {:6.2}%", s.uas());
        println!("LAS    {:6.2}%  (universal relations, CoNLL 2018)", s.las());
        println!("LAS    {:6.2}%  (full relations with subtypes)", s.las_full());
        println!("speed  {:.0} tokens/s ({what}, one core)", tps);
    }
}

/// `--raw`: segment the treebank's raw text, analyse it, and score it against gold with the
/// CoNLL 2018 word alignment (F1 over gold and system words).
fn run_raw(a: &Args, gold: &[conllu::Sentence], stage: &dossier_nlp::Analyse) -> anyhow::Result<ExitCode> {
    use dossier_core::Stage;
    let mut doc = dossier_core::Document::new("raw", String::new());
    doc.text = dossier_eval::segment::raw_text(gold);
    dossier_text::segment::Segmenter::new().segment(&mut doc);
    let t = Instant::now();
    stage.process(&mut doc)?;
    let tps = doc.tokens.len() as f64 / t.elapsed().as_secs_f64().max(1e-9);
    let r = dossier_eval::parse_raw::score_raw(gold, &doc);
    let r2 = |x: f64| (x * 100.0).round() / 100.0;
    let words_f1 = r.f1(r.aligned);
    if a.json {
        let v = serde_json::json!({
            "file": a.file.display().to_string(), "mode": "raw",
            "gold_words": r.gold_words, "system_words": r.system_words,
            "words": r2(words_f1), "upos": r2(r.f1(r.upos)), "xpos": r2(r.f1(r.xpos)),
            "lemma": r2(r.f1(r.lemma)), "uas": r2(r.f1(r.uas)), "las": r2(r.f1(r.las)),
            "tokens_per_s": tps.round(),
        });
        println!("{v}");
    } else {
        println!(
            "{}: raw text, {} gold words, {} system words (F1, CoNLL 2018 alignment)",
            a.file.display(),
            r.gold_words,
            r.system_words
        );
        for (name, c) in [
            ("Words", r.aligned),
            ("UPOS", r.upos),
            ("XPOS", r.xpos),
            ("lemma", r.lemma),
            ("UAS", r.uas),
            ("LAS", r.las),
        ] {
            println!("{name:<7} {:.2}%", r.f1(c));
        }
        println!("speed  {tps:.0} tokens/s (tag + lemma + parse, one core)");
    }
    Ok(ExitCode::SUCCESS)
}
