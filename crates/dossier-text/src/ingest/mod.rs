//! Stage 1, **ingest**: from paths, directories and stdin to [`Document`]s.
//!
//! Formats: plain text, HTML (main text only), JSON (an object or an array of objects) and JSON
//! Lines, with the fields `id`, `date`, `url`, `title`, `text`, `source`; other fields are kept
//! in `meta.extra`. The format comes from `--format`, else the file extension, else a sniff of
//! the content. Bytes are decoded here ([`decode`]): invalid UTF-8 is repaired or replaced and
//! reported, binary and empty inputs are refused with an error naming them.
//!
//! One bad input (or one bad JSONL line) yields an [`IngestError`] for that input and the rest
//! goes on. Ingest never cleans or splits text; that is the next stages' work.

pub mod date;
pub mod decode;
mod html;
mod json;
mod sources;

pub use sources::{expand, Source};

use dossier_core::Document;
use std::io::BufRead;
use std::path::Path;

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Json,
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "html" | "htm" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            _ => Err(format!("unknown format `{s}` (text, html, json, jsonl)")),
        }
    }
}

/// Options that apply to every input.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    /// Force a format instead of guessing.
    pub format: Option<Format>,
    /// Document date (ISO) for inputs whose own fields give none.
    pub date: Option<String>,
}

/// Why an input (or one record of it) could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {kind}: {message}")]
pub struct IngestError {
    /// File path (with `:line` for a JSONL record), or `-` for stdin.
    pub origin: String,
    pub kind: ErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Unreadable,
    Binary,
    Empty,
    Malformed,
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ErrorKind::Unreadable => "cannot read",
            ErrorKind::Binary => "binary input skipped",
            ErrorKind::Empty => "empty input skipped",
            ErrorKind::Malformed => "malformed input",
        })
    }
}

impl IngestError {
    pub fn new(origin: impl Into<String>, kind: ErrorKind, message: impl Into<String>) -> Self {
        IngestError {
            origin: origin.into(),
            kind,
            message: message.into(),
        }
    }
}

/// Reads one source, calling `emit` once per document or error, in input order.
pub fn read_source(src: &Source, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Document, IngestError>)) {
    let origin = src.origin();
    let stem = src.stem();
    let format = opts.format.or_else(|| src.path().and_then(format_from_extension));
    let result = match src {
        Source::Stdin => {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            read_stream(&mut lock, &origin, &stem, format, opts, emit)
        }
        Source::File(p) => match std::fs::File::open(p) {
            Ok(f) => {
                let mut r = std::io::BufReader::with_capacity(1 << 16, f);
                read_stream(&mut r, &origin, &stem, format, opts, emit)
            }
            Err(e) => Err(IngestError::new(&origin, ErrorKind::Unreadable, e.to_string())),
        },
    };
    if let Err(e) = result {
        emit(Err(e));
    }
}

/// Reads documents from bytes already in memory (used by benchmarks and tests).
pub fn read_bytes(
    bytes: &[u8],
    origin: &str,
    stem: &str,
    opts: &IngestOptions,
    emit: &mut dyn FnMut(Result<Document, IngestError>),
) {
    let mut r = std::io::Cursor::new(bytes);
    if let Err(e) = read_stream(&mut r, origin, stem, opts.format, opts, emit) {
        emit(Err(e));
    }
}

fn read_stream(
    r: &mut dyn BufRead,
    origin: &str,
    stem: &str,
    format: Option<Format>,
    opts: &IngestOptions,
    emit: &mut dyn FnMut(Result<Document, IngestError>),
) -> Result<(), IngestError> {
    let unreadable = |e: std::io::Error| IngestError::new(origin, ErrorKind::Unreadable, e.to_string());
    let head = r.fill_buf().map_err(unreadable)?.to_vec();
    let format = match format {
        Some(f) => f,
        None => sniff(&head),
    };
    if format == Format::Jsonl {
        // Streamed line by line: a huge JSONL file is never held in memory at once.
        return json::read_lines(r, origin, stem, opts, emit);
    }
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes).map_err(unreadable)?;
    let decoded = decode::decode(&bytes, origin)?;
    match format {
        Format::Text => {
            let mut doc = Document::new(stem, decoded.text);
            doc.warnings = decoded.warnings;
            finish_meta(&mut doc, origin, opts);
            emit(Ok(doc));
        }
        Format::Html => {
            let mut doc = html::extract(&decoded.text, stem);
            doc.warnings.extend(decoded.warnings);
            if doc.raw.trim().is_empty() {
                return Err(IngestError::new(origin, ErrorKind::Empty, "the HTML has no main text"));
            }
            finish_meta(&mut doc, origin, opts);
            emit(Ok(doc));
        }
        Format::Json => json::read_json(&decoded.text, origin, stem, opts, emit)?,
        Format::Jsonl => unreachable!("handled above"),
    }
    Ok(())
}

/// Sets the origin and, when the input gave no date, the `--date` flag's.
fn finish_meta(doc: &mut Document, origin: &str, opts: &IngestOptions) {
    doc.meta.origin = origin.to_string();
    if doc.meta.date.is_none() {
        if let Some(d) = &opts.date {
            doc.meta.date = Some(d.clone());
            doc.meta.date_source = Some("flag");
        }
    }
}

fn format_from_extension(p: &Path) -> Option<Format> {
    match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "txt" | "text" | "md" => Some(Format::Text),
        _ => None,
    }
}

/// Guesses the format from the first bytes.
fn sniff(head: &[u8]) -> Format {
    let s = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let t = s.trim_start_matches('\u{feff}').trim_start();
    let lower = t.get(..t.len().min(512)).unwrap_or(t).to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && (lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")))
    {
        Format::Html
    } else if t.starts_with('[') {
        Format::Json
    } else if t.starts_with('{') {
        // One object per line is JSONL; an object spread over lines is JSON.
        let first_line = t.lines().next().unwrap_or("");
        if serde_json::from_str::<serde_json::Value>(first_line).is_ok() {
            Format::Jsonl
        } else {
            Format::Json
        }
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests;
