//! Reader for `PETR.Internal.Coding.Ontology.txt` (PICO, from UniversalPetrarch): a table from
//! CAMEO codes to PETRARCH internal codes.
//!
//! Format: `CAMEO:EXPR[#EXPR...][#label]`, where an EXPR is a sum of signed hexadecimal (or
//! decimal) terms (`0x1000`, `-0xFFFF+0x2040+0x300`, `0x1000-0xFFFF`); several EXPRs separated
//! by `#` are alternatives; the first `#` part that is not an EXPR starts the label. Lines
//! starting with `#` (after blanks) are comments.
//!
//! This module reads the table; what the terms mean (masks, negation) is the coder's business.

use serde::Serialize;

use super::common::{DictError, Parsed};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OntologyEntry {
    /// The CAMEO code (`010`, `0211`, `---`).
    pub cameo: String,
    /// Alternatives, each a list of signed terms to add.
    pub values: Vec<Vec<i64>>,
    pub label: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ontology {
    pub file: String,
    pub entries: Vec<OntologyEntry>,
}

impl Ontology {
    pub fn get(&self, cameo: &str) -> Option<&OntologyEntry> {
        self.entries.iter().find(|e| e.cameo == cameo)
    }
}

fn parse_expr(s: &str) -> Option<Vec<i64>> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let mut terms = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let (sign, body) = match rest.as_bytes()[0] {
            b'-' => (-1, &rest[1..]),
            b'+' => (1, &rest[1..]),
            _ if terms.is_empty() => (1, rest),
            _ => return None,
        };
        let end = body.find(['+', '-']).unwrap_or(body.len());
        let num = body[..end].trim();
        let value = match num.strip_prefix("0x").or_else(|| num.strip_prefix("0X")) {
            Some(h) => i64::from_str_radix(h, 16).ok()?,
            None => num.parse::<i64>().ok()?,
        };
        terms.push(sign * value);
        rest = &body[end..];
    }
    Some(terms)
}

/// Reads the ontology table. Refused lines are listed; the rest is kept.
pub fn parse_ontology(file: &str, text: &str) -> Parsed<Ontology> {
    let mut entries = Vec::new();
    let mut refused = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let t = raw.trim_end_matches('\r').trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let Some((cameo, rest)) = t.split_once(':') else {
            refused.push(DictError::new(file, i + 1, "ontology line wants `CAMEO:VALUE`"));
            continue;
        };
        let cameo = cameo.trim();
        if cameo.is_empty() || !(cameo == "---" || cameo.chars().all(|c| c.is_ascii_digit())) {
            refused.push(DictError::new(file, i + 1, format!("bad CAMEO code `{cameo}`")));
            continue;
        }
        let mut values = Vec::new();
        let mut label = None;
        for (k, part) in rest.split('#').enumerate() {
            match parse_expr(part).filter(|_| label.is_none()) {
                Some(v) => values.push(v),
                None if k > 0 => {
                    let l = rest.splitn(k + 1, '#').last().unwrap_or("").trim();
                    label = Some(l.to_string()).filter(|l| !l.is_empty());
                    break;
                }
                None => break,
            }
        }
        if values.is_empty() {
            refused.push(DictError::new(file, i + 1, format!("no value in `{}`", rest.trim())));
            continue;
        }
        entries.push(OntologyEntry {
            cameo: cameo.to_string(),
            values,
            label,
            line: i + 1,
        });
    }
    Parsed {
        value: Ontology {
            file: file.to_string(),
            entries,
        },
        refused,
    }
}
