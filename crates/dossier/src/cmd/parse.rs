//! `dossier parse PATH…`: clean, segment, tag, lemmatise and parse raw articles; print CoNLL-U
//! or JSON Lines (one object per sentence).

use super::batch::{self, InputArgs};
use dossier_core::{CharIndex, Document, Pipeline};
use dossier_nlp::{analyse, conllu};
use dossier_text::{clean::Cleaner, segment::Segmenter};
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Conllu,
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories to read (text, HTML, JSON, JSONL); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    format: Format,
    /// Input format instead of guessing from the extension or content: text, html, json, jsonl.
    #[arg(long, value_name = "FORMAT")]
    input_format: Option<dossier_text::ingest::Format>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    #[command(flatten)]
    pub models: super::eval::parse::ModelArgs,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = pipeline().with(a.models.stage()?);
    let input = InputArgs {
        paths: a.paths,
        input_format: a.input_format,
        date: None,
        threads: a.threads,
    };
    let format = a.format;
    batch::run(&input, &pipeline, &|doc, out| match format {
        Format::Conllu => write!(out, "{}", conllu::to_string(&analyse::to_conllu(doc))),
        Format::Jsonl => write_jsonl(out, doc),
    })
}

/// The stages before `analyse`: clean, segment.
pub fn pipeline() -> Pipeline {
    Pipeline::new().with(Cleaner::new()).with(Segmenter::new())
}

fn write_jsonl(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
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
