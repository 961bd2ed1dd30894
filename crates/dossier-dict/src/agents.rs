//! Reader for PETRARCH **agent dictionaries** (`Phoenix.agents.txt`, `PETR.Validate.agents.txt`).
//!
//! Format: `PHRASE {optional plurals} [~CODE]` or `[CODE~]`. A blank between words lets other
//! words intervene, `_` requires them to be consecutive. `~CODE` is appended after the actor's
//! code (`USA` + `~GOV` → `USAGOV`); `CODE~` goes before it (`IGO~`). Regular plurals are made
//! for the last word (see [`super::common::plural`]); `{X_Y}` gives the plural(s) instead and
//! `{}` means none. Substitution sets `!NAME! = A, B, C` are defined on their own line and used
//! as `CONGRESS!PERSON!`: each member replaces the marker, with no plural formed.
//!
//! This module only reads the file; it does not attach agents to actors in text.

use std::collections::HashMap;

use serde::Serialize;

use super::common::{content_lines, plural, split_brackets, CommentStyle, DictError, Parsed, Phrase};

/// Where an agent code goes relative to the actor's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Placement {
    /// `~GOV`: after the actor code.
    Suffix,
    /// `IGO~`: before the actor code.
    Prefix,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentCode {
    pub code: String,
    pub placement: Placement,
}

impl AgentCode {
    pub fn parse(inner: &str) -> Result<Self, String> {
        let s = inner.trim();
        let (code, placement) = if let Some(c) = s.strip_prefix('~') {
            (c.trim(), Placement::Suffix)
        } else if let Some(c) = s.strip_suffix('~') {
            (c.trim(), Placement::Prefix)
        } else {
            return Err(format!("agent code `[{s}]` needs `~` before or after it"));
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("bad agent code `[{s}]`"));
        }
        Ok(Self {
            code: code.to_ascii_uppercase(),
            placement,
        })
    }

    /// The code of an actor with this agent: `USA` + `~GOV` → `USAGOV`, `USA` + `NGO~` → `NGOUSA`.
    pub fn apply(&self, actor: &str) -> String {
        match self.placement {
            Placement::Suffix => format!("{actor}{}", self.code),
            Placement::Prefix => format!("{}{actor}", self.code),
        }
    }
}

/// How the plural of an agent phrase is formed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Plural {
    /// Made by the regular rule from the last word.
    Regular(Phrase),
    /// Given in `{...}`.
    Given(Vec<Phrase>),
    /// `{}`, or an expanded substitution marker: no plural.
    None,
}

/// One agent phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentEntry {
    pub phrase: Phrase,
    pub plural: Plural,
    pub code: AgentCode,
    /// The substitution set this entry was expanded from (`PERSON` for `CONGRESS!PERSON!`).
    pub marker: Option<String>,
    pub line: usize,
}

impl AgentEntry {
    /// The phrase and its plurals.
    pub fn forms(&self) -> Vec<&Phrase> {
        let mut v = vec![&self.phrase];
        match &self.plural {
            Plural::Regular(p) => v.push(p),
            Plural::Given(ps) => v.extend(ps),
            Plural::None => {}
        }
        v
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentDictionary {
    pub file: String,
    pub entries: Vec<AgentEntry>,
    /// Substitution sets in file order: (`PERSON`, [`MAN`, `MEN`, …]).
    pub substitutions: Vec<(String, Vec<String>)>,
}

impl AgentDictionary {
    /// Entries one of whose forms is `phrase` (blanks or `_`, any case).
    pub fn find(&self, phrase: &str) -> Vec<&AgentEntry> {
        let Some(p) = Phrase::parse(phrase) else {
            return Vec::new();
        };
        self.entries
            .iter()
            .filter(|e| e.forms().iter().any(|f| f.words == p.words))
            .collect()
    }
}

fn regular_plural(p: &Phrase) -> Phrase {
    let last = p.words.last().map(|w| plural(w)).unwrap_or_default();
    p.with_last(last)
}

/// Reads an agent dictionary. Refused lines are listed; the rest is kept.
pub fn parse_agents(file: &str, text: &str) -> Parsed<AgentDictionary> {
    let mut dict = AgentDictionary {
        file: file.to_string(),
        entries: Vec::new(),
        substitutions: Vec::new(),
    };
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut refused = Vec::new();
    for line in content_lines(text, CommentStyle::HashAndSemicolon) {
        let err = |m: String| DictError::new(file, line.no, m);
        let t = line.text.trim();
        if t.starts_with('!') && t.contains('=') {
            match parse_substitution(t) {
                Ok((name, members)) => {
                    sets.insert(name.clone(), members.clone());
                    dict.substitutions.push((name, members));
                }
                Err(m) => refused.push(err(m)),
            }
            continue;
        }
        match parse_agent_line(t, &sets, line.no) {
            Ok(entries) => dict.entries.extend(entries),
            Err(m) => refused.push(err(m)),
        }
    }
    Parsed { value: dict, refused }
}

fn parse_substitution(t: &str) -> Result<(String, Vec<String>), String> {
    let (lhs, rhs) = t.split_once('=').ok_or("substitution set needs `=`")?;
    let name = lhs
        .trim()
        .strip_prefix('!')
        .and_then(|s| s.strip_suffix('!'))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .ok_or_else(|| format!("substitution marker `{}` is not `!NAME!`", lhs.trim()))?;
    let members: Vec<String> = rhs.split(',').map(|m| m.trim().to_ascii_uppercase()).collect();
    if members.iter().any(|m| m.is_empty() || m.contains(char::is_whitespace)) {
        return Err("substitution members must be single non-empty words separated by commas".into());
    }
    Ok((name.to_string(), members))
}

fn parse_agent_line(t: &str, sets: &HashMap<String, Vec<String>>, no: usize) -> Result<Vec<AgentEntry>, String> {
    let (head, groups) = split_brackets(t)?;
    let code = match groups.as_slice() {
        [] => return Err(format!("agent `{}` has no [~CODE]", head.trim())),
        [one] => AgentCode::parse(one)?,
        _ => return Err("an agent takes exactly one [~CODE]".into()),
    };
    // Optional {plural}.
    let (phrase_text, given) = match head.find('{') {
        Some(open) => {
            let close = head.find('}').filter(|&c| c > open).ok_or("`{` without `}`")?;
            if !head[close + 1..].trim().is_empty() {
                return Err(format!("unexpected `{}` after `{{...}}`", head[close + 1..].trim()));
            }
            let inner = &head[open + 1..close];
            let plurals: Vec<Phrase> = inner.split_whitespace().filter_map(Phrase::parse).collect();
            (&head[..open], Some(plurals))
        }
        None if head.contains('}') => return Err("`}` without `{`".into()),
        None => (head, None),
    };
    if let Some(c) = phrase_text.chars().find(|c| matches!(c, '<' | '>' | '[' | ']')) {
        return Err(format!("unexpected `{c}` in agent phrase"));
    }
    if phrase_text.matches('!').count() >= 2 {
        let start = phrase_text.find('!').unwrap_or(0);
        let len = phrase_text[start + 1..].find('!').unwrap_or(0);
        let name = &phrase_text[start + 1..start + 1 + len];
        let members = sets
            .get(name)
            .ok_or_else(|| format!("substitution marker !{name}! is not defined above"))?;
        let mut out = Vec::new();
        for m in members {
            let expanded = format!("{}{}{}", &phrase_text[..start], m, &phrase_text[start + len + 2..]);
            let phrase = Phrase::parse(&expanded).ok_or("empty agent phrase")?;
            out.push(AgentEntry {
                phrase,
                plural: Plural::None,
                code: code.clone(),
                marker: Some(name.to_string()),
                line: no,
            });
        }
        return Ok(out);
    }
    if phrase_text.contains('!') {
        return Err("unterminated substitution marker `!`".into());
    }
    let phrase = Phrase::parse(phrase_text).ok_or("empty agent phrase")?;
    let plural = match given {
        Some(ps) if ps.is_empty() => Plural::None,
        Some(ps) => Plural::Given(ps),
        None => Plural::Regular(regular_plural(&phrase)),
    };
    Ok(vec![AgentEntry {
        phrase,
        plural,
        code,
        marker: None,
        line: no,
    }])
}
