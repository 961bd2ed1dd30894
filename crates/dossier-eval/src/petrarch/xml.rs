//! Reader for PETRARCH validation XML: the `<Environment>` (dictionary file names, included
//! categories) and the `<Sentence id date category|source ...>` records with `<Text>`,
//! `<Parse>` and `<EventCoding sourcecode targetcode eventcode | noevents="True" | error=...>`.
//!
//! The upstream files are not always well-formed (`<Sentence .../>` closed again by
//! `</Sentence>`, stray `#` comment lines between elements), so end-tag names are not checked
//! and a record runs from one `<Sentence>` to the next or to its `</Sentence>`. This module only
//! reads; it does not code or score.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What `<Environment>` names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    pub verbfile: Option<String>,
    pub actorfiles: Vec<String>,
    pub agentfile: Option<String>,
    pub discardfile: Option<String>,
    /// `<Include>` categories.
    pub include: Vec<String>,
}

/// One expected event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Expected {
    pub source: String,
    pub target: String,
    pub code: String,
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    /// `category`, else `source` (the UD unit-test file's grouping).
    pub category: String,
    /// `YYYYMMDD`.
    pub date: Option<String>,
    pub text: String,
    /// The CoNLL-U parse given with the text.
    pub parse: Option<String>,
    pub expected: Vec<Expected>,
    pub noevents: bool,
    pub error: Option<String>,
}

/// A whole validation file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suite {
    pub environment: Environment,
    pub records: Vec<Record>,
}

fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key.as_bytes())
        .map(|a| {
            a.unescape_value()
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned())
        })
}

/// Reads a validation file. `Err` only when the XML cannot be tokenised at all.
pub fn parse_suite(xml: &str) -> Result<Suite, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut suite = Suite::default();
    let mut current: Option<Record> = None;
    let mut capture: Option<String> = None; // element whose text is being collected
    let mut buf = String::new();
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            // `<Sentence .../>` closed again by `</Sentence>`: the record ends there.
            // (and the stack of open tags is off by one from then on).
            Err(quick_xml::Error::IllFormed(quick_xml::errors::IllFormedError::UnmatchedEndTag(name))) => {
                if name == "Sentence" {
                    if let Some(r) = current.take() {
                        suite.records.push(r);
                    }
                }
                continue;
            }
            Err(e) => return Err(format!("XML error at byte {}: {e}", reader.buffer_position())),
        };
        match ev {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                match name.as_str() {
                    "Sentence" => {
                        if let Some(r) = current.take() {
                            suite.records.push(r);
                        }
                        current = Some(Record {
                            id: attr(e, "id").unwrap_or_default(),
                            category: attr(e, "category").or_else(|| attr(e, "source")).unwrap_or_default(),
                            date: attr(e, "date"),
                            ..Default::default()
                        });
                    }
                    "EventCoding" => {
                        if let Some(r) = current.as_mut() {
                            if attr(e, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                                r.noevents = true;
                            }
                            if let Some(err) = attr(e, "error") {
                                r.error = Some(err);
                            }
                            if let Some(code) = attr(e, "eventcode") {
                                r.expected.push(Expected {
                                    source: attr(e, "sourcecode").unwrap_or_default(),
                                    target: attr(e, "targetcode").unwrap_or_default(),
                                    code,
                                });
                            }
                        }
                    }
                    "Text" | "Parse" | "Verbfile" | "Actorfile" | "Agentfile" | "Discardfile" | "Include" if !empty => {
                        capture = Some(name);
                        buf.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if capture.is_some() => match t.unescape() {
                Ok(s) => buf.push_str(&s),
                Err(_) => buf.push_str(&String::from_utf8_lossy(&t)),
            },
            Event::CData(t) if capture.is_some() => buf.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if capture.as_deref() == Some(name.as_str()) {
                    capture = None;
                    let value = std::mem::take(&mut buf);
                    let env = &mut suite.environment;
                    match name.as_str() {
                        "Text" => {
                            if let Some(r) = current.as_mut() {
                                r.text = value.split_whitespace().collect::<Vec<_>>().join(" ");
                            }
                        }
                        "Parse" => {
                            if let Some(r) = current.as_mut() {
                                let lines: Vec<&str> = value.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                                r.parse = Some(lines.join("\n") + "\n");
                            }
                        }
                        "Verbfile" => env.verbfile = Some(value.trim().to_string()),
                        "Actorfile" => {
                            env.actorfiles = value
                                .split(',')
                                .map(|s| s.trim().to_string())
                                .filter(|s| !s.is_empty())
                                .collect()
                        }
                        "Agentfile" => env.agentfile = Some(value.trim().to_string()),
                        "Discardfile" => env.discardfile = Some(value.trim().to_string()),
                        "Include" => env.include = value.split_whitespace().map(str::to_string).collect(),
                        _ => {}
                    }
                } else if name == "Sentence" {
                    if let Some(r) = current.take() {
                        suite.records.push(r);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(r) = current.take() {
        suite.records.push(r);
    }
    Ok(suite)
}
