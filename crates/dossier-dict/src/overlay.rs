//! The **overlay**: our reviewed corrections to the upstream dictionaries, applied on load
//! (`data/dictionaries/overlay.txt`, whose header documents the syntax) so the upstream files
//! stay verbatim.
//!
//! Rules (fields separated by ` | `, the last field always the reason):
//! - `line FILE | UPSTREAM LINE | REPLACEMENT | why` — replaces an exact upstream line (trailing
//!   blanks ignored) before parsing; `DROP` as replacement blanks it. For malformed lines.
//! - `pattern VERB | PATTERN | OLD => NEW [kind=K] | why` — recodes patterns (written as in the
//!   file, without code) of the blocks named VERB or holding the verb VERB.
//! - `verb VERB | OLD => NEW [kind=K] | why` — gives a verb its own code (OLD is the code it had,
//!   its own or its block's).
//! - `actor PHRASE | OLD => NEW | why` — recodes the codes OLD of every actor entry with that
//!   phrase (primary or synonym), in every actor file.
//!
//! Every rule must change something: a rule that matches nothing is an error (the upstream
//! file changed, or the rule is wrong), reported as `overlay.txt:line: message`. This module
//! never edits files and never applies a change that no rule states.

use std::collections::HashSet;

use serde::Serialize;

use super::actors::ActorDictionary;
use super::common::{DictError, Phrase};
use super::patterns::{parse_tokens, EventCode};
use super::verbs::VerbDictionary;

/// Stands for a line break inside a replacement line (written `\\n` in the overlay): the
/// readers split there and give both parts the upstream line number.
pub const LINE_BREAK: &str = "\u{1E}";

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The file name used in overlay messages.
pub const OVERLAY_FILE: &str = "data/dictionaries/overlay.txt";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Line {
        file: String,
        /// Only this line of the file (`FILE:LINE`).
        at: Option<usize>,
        old: String,
        new: Option<String>,
    },
    Pattern {
        verb: String,
        pattern: String,
        old: EventCode,
        new: EventCode,
        kind: Option<String>,
    },
    Verb {
        verb: String,
        old: EventCode,
        new: EventCode,
        kind: Option<String>,
    },
    Actor {
        phrase: String,
        old: String,
        new: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayRule {
    pub rule: Rule,
    pub reason: String,
    pub line: usize,
}

/// What one rule did, for `dossier dict stats` and `--explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// Line of the rule in the overlay file.
    pub line: usize,
    /// `line`, `pattern`, `verb`, `actor`.
    pub kind: &'static str,
    /// What it applies to (`BLAME: - ESPIONAGE *`).
    pub target: String,
    /// The change (`1122 => 1125`).
    pub change: String,
    pub reason: String,
    /// How many lines, patterns, verbs or actor entries it changed.
    pub matches: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overlay {
    pub rules: Vec<OverlayRule>,
}

fn code_change(s: &str) -> Result<(EventCode, EventCode, Option<String>), String> {
    let (old, rest) = s.split_once("=>").ok_or("change wants `OLD => NEW`")?;
    let mut words = rest.split_whitespace();
    let new = words.next().ok_or("change wants `OLD => NEW`")?;
    let kind = match words.next() {
        None => None,
        Some(k) => Some(
            k.strip_prefix("kind=")
                .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                .ok_or_else(|| format!("unexpected `{k}` (want kind=NAME)"))?
                .to_string(),
        ),
    };
    if let Some(extra) = words.next() {
        return Err(format!("unexpected `{extra}`"));
    }
    Ok((EventCode::parse(old)?, EventCode::parse(new)?, kind))
}

impl Overlay {
    /// Reads the overlay file; any bad rule is an error.
    pub fn parse(text: &str) -> Result<Self, Vec<DictError>> {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let t = raw.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            match Self::parse_rule(t) {
                Ok((rule, reason)) => rules.push(OverlayRule {
                    rule,
                    reason,
                    line: i + 1,
                }),
                Err(m) => errors.push(DictError::new(OVERLAY_FILE, i + 1, m)),
            }
        }
        if errors.is_empty() {
            Ok(Self { rules })
        } else {
            Err(errors)
        }
    }

    fn parse_rule(t: &str) -> Result<(Rule, String), String> {
        let (kind, rest) = t
            .split_once(char::is_whitespace)
            .ok_or("rule wants `KIND FIELD | ... | reason`")?;
        let fields: Vec<&str> = rest.split(" | ").map(str::trim).collect();
        let want = if kind == "verb" || kind == "actor" { 3 } else { 4 };
        if fields.len() != want {
            return Err(format!(
                "`{kind}` rule wants {want} fields separated by ` | `, got {}",
                fields.len()
            ));
        }
        let reason = fields[want - 1].to_string();
        if reason.is_empty() || fields.iter().any(|f| f.is_empty()) {
            return Err("empty field (every rule needs a reason)".into());
        }
        let rule = match kind {
            "line" => {
                let (file, at) = match fields[0].rsplit_once(':') {
                    Some((f, n)) => (
                        f,
                        Some(n.parse::<usize>().map_err(|_| format!("bad line number `{n}`"))?),
                    ),
                    None => (fields[0], None),
                };
                Rule::Line {
                    file: file.to_string(),
                    at,
                    old: fields[1].to_string(),
                    new: Some(fields[2].replace("\\n", LINE_BREAK)).filter(|n| n != "DROP"),
                }
            }
            "pattern" => {
                let (old, new, kind) = code_change(fields[2])?;
                Rule::Pattern {
                    verb: fields[0].to_uppercase(),
                    pattern: fields[1].to_string(),
                    old,
                    new,
                    kind,
                }
            }
            "verb" => {
                let (old, new, kind) = code_change(fields[1])?;
                Rule::Verb {
                    verb: fields[0].to_uppercase(),
                    old,
                    new,
                    kind,
                }
            }
            "actor" => {
                let (old, new) = fields[1].split_once("=>").ok_or("change wants `OLD => NEW`")?;
                Rule::Actor {
                    phrase: fields[0].to_string(),
                    old: old.trim().to_ascii_uppercase(),
                    new: new.trim().to_ascii_uppercase(),
                }
            }
            other => return Err(format!("unknown rule kind `{other}` (line, pattern, verb, actor)")),
        };
        Ok((rule, reason))
    }

    /// Applies the `line` rules for `file` to its text. Returns the new text and, per rule index,
    /// how many lines changed.
    pub fn apply_lines(&self, file: &str, text: &str) -> (String, Vec<(usize, usize)>) {
        let mut counts = Vec::new();
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        for (idx, r) in self.rules.iter().enumerate() {
            let Rule::Line { file: f, at, old, new } = &r.rule else {
                continue;
            };
            if f != file {
                continue;
            }
            let mut n = 0;
            let want = squeeze(old);
            for (i, l) in lines.iter_mut().enumerate() {
                if at.is_none_or(|a| a == i + 1) && squeeze(l) == want {
                    *l = new.clone().unwrap_or_default();
                    n += 1;
                }
            }
            counts.push((idx, n));
        }
        (lines.join("\n"), counts)
    }

    /// Applies the `pattern` and `verb` rules. Returns (rule index, matches) for each.
    pub fn apply_verbs(&self, dict: &mut VerbDictionary) -> Vec<(usize, Result<usize, String>)> {
        let names: HashSet<String> = dict.synsets.iter().map(|s| s.name.clone()).collect();
        let mut out = Vec::new();
        for (idx, r) in self.rules.iter().enumerate() {
            match &r.rule {
                Rule::Pattern {
                    verb,
                    pattern,
                    old,
                    new,
                    kind,
                } => {
                    let body = pattern.trim().strip_prefix('-').unwrap_or(pattern);
                    let items = match parse_tokens(body, &names) {
                        Ok(items) => items,
                        Err(m) => {
                            out.push((idx, Err(format!("pattern `{pattern}`: {m}"))));
                            continue;
                        }
                    };
                    let mut n = 0;
                    for b in dict.blocks.iter_mut().filter(|b| b.answers_to(verb)) {
                        for p in b.patterns.iter_mut().filter(|p| p.items == items && &p.code == old) {
                            p.code = new.clone();
                            p.kind.clone_from(kind);
                            n += 1;
                        }
                    }
                    out.push((idx, Ok(n)));
                }
                Rule::Verb { verb, old, new, kind } => {
                    let want = Phrase::parse(&verb.replace('+', ""))
                        .map(|p| p.words)
                        .unwrap_or_default();
                    let mut n = 0;
                    for b in dict.blocks.iter_mut() {
                        let block_code = b.code.clone();
                        for v in b.verbs.iter_mut().filter(|v| v.lemma_words() == want.as_slice()) {
                            if v.code.as_ref().unwrap_or(&block_code) == old {
                                v.code = Some(new.clone());
                                v.kind.clone_from(kind);
                                n += 1;
                            }
                        }
                    }
                    out.push((idx, Ok(n)));
                }
                _ => {}
            }
        }
        out
    }

    /// Applies the `actor` rules to every actor file. Returns (rule index, entries changed).
    pub fn apply_actors(&self, dicts: &mut [ActorDictionary]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (idx, r) in self.rules.iter().enumerate() {
            let Rule::Actor { phrase, old, new } = &r.rule else {
                continue;
            };
            let want = Phrase::parse(phrase).map(|p| p.words).unwrap_or_default();
            let mut n = 0;
            for d in dicts.iter_mut() {
                for e in d
                    .entries
                    .iter_mut()
                    .filter(|e| e.phrases.iter().any(|p| p.words == want))
                {
                    let mut hit = false;
                    for c in e.codes.iter_mut().filter(|c| &c.code == old) {
                        c.code.clone_from(new);
                        hit = true;
                    }
                    n += usize::from(hit);
                }
            }
            out.push((idx, n));
        }
        out
    }

    /// The report line for rule `idx`.
    pub fn describe(&self, idx: usize, matches: usize) -> Applied {
        let r = &self.rules[idx];
        let kind_note = |k: &Option<String>| k.as_ref().map(|k| format!(" kind={k}")).unwrap_or_default();
        let (kind, target, change) = match &r.rule {
            Rule::Line { file, at, old, new } => (
                "line",
                format!(
                    "{file}{}: {}",
                    at.map(|a| format!(":{a}")).unwrap_or_default(),
                    old.trim()
                ),
                new.clone().unwrap_or_else(|| "DROP".into()),
            ),
            Rule::Pattern {
                verb,
                pattern,
                old,
                new,
                kind,
            } => (
                "pattern",
                format!("{verb}: {pattern}"),
                format!("{old} => {new}{}", kind_note(kind)),
            ),
            Rule::Verb { verb, old, new, kind } => ("verb", verb.clone(), format!("{old} => {new}{}", kind_note(kind))),
            Rule::Actor { phrase, old, new } => ("actor", phrase.clone(), format!("{old} => {new}")),
        };
        Applied {
            line: r.line,
            kind,
            target,
            change,
            reason: r.reason.clone(),
            matches,
        }
    }

    /// The error for a rule that matched nothing.
    pub fn unmatched(&self, idx: usize, detail: Option<String>) -> DictError {
        let a = self.describe(idx, 0);
        let msg = match detail {
            Some(d) => format!("{} rule `{}` ({}) cannot apply: {d}", a.kind, a.target, a.change),
            None => format!("{} rule `{}` ({}) matches nothing any more", a.kind, a.target, a.change),
        };
        DictError::new(OVERLAY_FILE, a.line, msg)
    }
}
