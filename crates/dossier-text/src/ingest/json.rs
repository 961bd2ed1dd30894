//! JSON and JSON Lines records to documents. Known fields: `id`, `date`, `url`, `title`,
//! `text`, `source` (the publisher); any other field is kept in `meta.extra`. A record without
//! `text` or a line that is not a JSON object is an error for that record only.

use super::{date::parse_date, decode, finish_meta, ErrorKind, IngestError, IngestOptions};
use dossier_core::Document;
use serde_json::{Map, Value};
use std::io::BufRead;

/// Reads JSON Lines one line at a time.
pub(super) fn read_lines(
    r: &mut dyn BufRead,
    origin: &str,
    stem: &str,
    opts: &IngestOptions,
    emit: &mut dyn FnMut(Result<Document, IngestError>),
) -> Result<(), IngestError> {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut records = 0usize;
    loop {
        buf.clear();
        let n = r
            .read_until(b'\n', &mut buf)
            .map_err(|e| IngestError::new(origin, ErrorKind::Unreadable, e.to_string()))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let at = format!("{origin}:{line_no}");
        let text = match decode::decode(&buf, &at) {
            Ok(d) => d.text,
            Err(e) if e.kind == ErrorKind::Empty => continue,
            Err(e) => {
                emit(Err(e));
                continue;
            }
        };
        records += 1;
        emit(match serde_json::from_str::<Value>(text.trim()) {
            Ok(Value::Object(m)) => record(m, &at, &format!("{stem}:{line_no}"), opts),
            Ok(_) => Err(IngestError::new(
                &at,
                ErrorKind::Malformed,
                "a JSONL line must be a JSON object",
            )),
            Err(e) => Err(IngestError::new(&at, ErrorKind::Malformed, format!("not JSON: {e}"))),
        });
    }
    if records == 0 {
        return Err(IngestError::new(origin, ErrorKind::Empty, "no JSON records"));
    }
    Ok(())
}

/// Reads a JSON document: one object, or an array of objects.
pub(super) fn read_json(
    text: &str,
    origin: &str,
    stem: &str,
    opts: &IngestOptions,
    emit: &mut dyn FnMut(Result<Document, IngestError>),
) -> Result<(), IngestError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| IngestError::new(origin, ErrorKind::Malformed, format!("not JSON: {e}")))?;
    match value {
        Value::Object(m) => emit(record(m, origin, stem, opts)),
        Value::Array(items) => {
            for (i, item) in items.into_iter().enumerate() {
                let at = format!("{origin}[{i}]");
                emit(match item {
                    Value::Object(m) => record(m, &at, &format!("{stem}:{i}"), opts),
                    _ => Err(IngestError::new(
                        &at,
                        ErrorKind::Malformed,
                        "array items must be JSON objects",
                    )),
                });
            }
        }
        _ => {
            return Err(IngestError::new(
                origin,
                ErrorKind::Malformed,
                "expected a JSON object or an array of objects",
            ))
        }
    }
    Ok(())
}

fn string_field(m: &mut Map<String, Value>, key: &str) -> Option<String> {
    match m.remove(key)? {
        Value::String(s) => Some(s),
        Value::Null => None,
        other @ (Value::Number(_) | Value::Bool(_)) => Some(other.to_string()),
        other => {
            m.insert(key.to_string(), other);
            None
        }
    }
}

fn record(
    mut m: Map<String, Value>,
    origin: &str,
    default_id: &str,
    opts: &IngestOptions,
) -> Result<Document, IngestError> {
    let Some(text) = string_field(&mut m, "text") else {
        return Err(IngestError::new(
            origin,
            ErrorKind::Malformed,
            "record has no string `text` field",
        ));
    };
    if text.trim().is_empty() {
        return Err(IngestError::new(origin, ErrorKind::Empty, "record `text` is empty"));
    }
    let id = string_field(&mut m, "id").unwrap_or_else(|| default_id.to_string());
    let mut doc = Document::new(id, text);
    if let Some(d) = string_field(&mut m, "date") {
        match parse_date(&d) {
            Some(iso) => {
                doc.meta.date = Some(iso);
                doc.meta.date_source = Some("field");
            }
            None => {
                doc.warnings.push(format!("unrecognised date `{d}` kept in meta.extra"));
                m.insert("date".into(), Value::String(d));
            }
        }
    }
    doc.meta.url = string_field(&mut m, "url");
    doc.meta.title = string_field(&mut m, "title");
    doc.meta.publisher = string_field(&mut m, "source");
    doc.meta.extra = m;
    finish_meta(&mut doc, origin, opts);
    Ok(doc)
}
