//! `dossier parse PATH…`: clean, segment, tag, lemmatise and parse raw articles; print CoNLL-U
//! or JSON Lines (one object per sentence).

use dossier_core::{CharIndex, Document, Pipeline};
use dossier_text::{clean::Cleaner, segment::Segmenter};
use dossier_nlp::{analyse, conllu};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Conllu,
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plain-text files (or `-` for standard input).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    format: Format,
    #[command(flatten)]
    pub models: super::eval::parse::ModelArgs,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = pipeline().with(a.models.stage()?);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    for path in &a.paths {
        let mut doc = match read_document(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("dossier: {}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        if let Err(e) = pipeline.run(&mut doc) {
            eprintln!("dossier: {}: {e}", path.display());
            failed = true;
            continue;
        }
        match a.format {
            Format::Conllu => write!(out, "{}", conllu::to_string(&analyse::to_conllu(&doc)))?,
            Format::Jsonl => write_jsonl(&mut out, &doc)?,
        }
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads one input as a document (until the batch runner exists: plain text only).
pub fn read_document(path: &PathBuf) -> anyhow::Result<Document> {
    let raw = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())?
    } else {
        String::from_utf8_lossy(&std::fs::read(path)?).into_owned()
    };
    let id = path.file_stem().map_or("-".into(), |s| s.to_string_lossy().into_owned());
    Ok(Document::new(id, raw))
}

/// The stages before `analyse`: clean, segment.
pub fn pipeline() -> Pipeline {
    Pipeline::new().with(Cleaner::new()).with(Segmenter::new())
}

fn write_jsonl(out: &mut impl Write, doc: &Document) -> anyhow::Result<()> {
    let chars = CharIndex::new(&doc.text);
    for (si, s) in doc.sentences.iter().enumerate() {
        let toks = &doc.tokens[s.token_range()];
        let words: Vec<_> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let a = &t.analysis;
                let form = t.form(&doc.text);
                serde_json::json!({
                    "id": i + 1,
                    "form": doc.slice(t.span),
                    "lemma": a.lemma(&form),
                    "upos": a.upos,
                    "xpos": a.xpos,
                    "feats": a.feats,
                    "head": a.head,
                    "deprel": a.deprel,
                    "start": chars.char_of(t.span.start as usize),
                    "end": chars.char_of(t.span.end as usize),
                })
            })
            .collect();
        let rec = serde_json::json!({
            "doc": doc.id,
            "sentence": si + 1,
            "text": doc.slice(s.span),
            "start": chars.char_of(s.span.start as usize),
            "end": chars.char_of(s.span.end as usize),
            "words": words,
        });
        writeln!(out, "{rec}")?;
    }
    Ok(())
}
