//! `dossier code PATH…`: the main job. Runs the whole pipeline (clean, segment, analyse,
//! recognise, code, attribute) and prints events in the chosen format. Policy only: the
//! printers live in `crate::print`.

use super::batch::{self, InputArgs};
use crate::print;
use dossier_core::Pipeline;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// SPEC.md's record, one event per line (default).
    Jsonl,
    /// PLOVER JSON, one object per event per line, with the PLOVER gold records' field names;
    /// our kind, CAMEO code and claim go whole into an extra `dossier` field.
    Plover,
    /// PETRARCH-2 tab-separated lines: date, source, target, CAMEO code, issues, ids, url,
    /// publisher; one line per actor × target pair. Events without a CAMEO code (spy, recruit,
    /// defect) and negated events are skipped.
    Petrarch,
    /// Flat CSV for pandas or R: a header row, then one row per event; lists joined with `;`.
    Csv,
    /// A readable summary for a terminal: per event its sentence, kind, actor → target,
    /// status and claimants, with the sentence text beneath.
    Table,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Fill each event's `trace`: the vocabulary entry, the tree arcs and the actor rules
    /// (jsonl, plover in its `dossier` field, table beneath each event).
    #[arg(long)]
    pub explain: bool,
    /// Also print a line per sentence (`"type": "sentence"`), with or without events (jsonl only).
    #[arg(long)]
    pub sentences: bool,
    /// Before each document's lines, print a document line with its metadata and cleaned text
    /// (jsonl only).
    #[arg(long)]
    pub with_text: bool,
}

/// The full coding pipeline: clean, segment, analyse, recognise (actors, dates, places), code,
/// attribute.
pub fn pipeline() -> anyhow::Result<Pipeline> {
    let analyse = dossier_nlp::Analyse::embedded()?;
    let recognise =
        dossier_actors::recognise::Recogniser::new().map_err(|e| anyhow::anyhow!("loading dictionaries: {e}"))?;
    let places = dossier_actors::places::PlaceRecogniser::new().map_err(|e| anyhow::anyhow!("loading places: {e}"))?;
    let code = dossier_events::code::Coder::new().map_err(|e| anyhow::anyhow!("loading event vocabulary: {e}"))?;
    let attribute =
        dossier_events::attribute::Attributor::new().map_err(|e| anyhow::anyhow!("loading cue lexicons: {e}"))?;
    Ok(super::parse::pipeline()
        .with(analyse)
        .with(recognise)
        .with(places)
        .with(code)
        .with(attribute))
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (explain, sentences, with_text, to) = (a.explain, a.sentences, a.with_text, a.format);
    if to != Format::Jsonl && (sentences || with_text) {
        anyhow::bail!("--sentences and --with-text print JSON lines; they go with --format jsonl only");
    }
    let pipeline = pipeline()?;
    if to == Format::Csv {
        // Once per run, before any document: the batch runner prints per document.
        let mut header = Vec::new();
        print::csv::header(&mut header)?;
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout.write_all(&header).and_then(|_| stdout.flush()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(e.into());
        }
    }
    let style = print::table::Style {
        colour: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        explain,
    };
    batch::run(&a.input, &pipeline, &|doc, out| {
        if with_text {
            print::document::print(doc, out)?;
        }
        match to {
            Format::Jsonl => print::record::print(doc, explain, sentences, out),
            Format::Plover => print::plover::print(doc, explain, out),
            Format::Petrarch => print::petrarch::print(doc, out),
            Format::Csv => print::csv::print(doc, out),
            Format::Table => print::table::print(doc, style, out),
        }
    })
}
