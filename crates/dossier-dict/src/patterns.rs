//! Verb-pattern syntax of the PETRARCH/TABARI verb dictionaries, and event codes.
//!
//! A pattern line is `- TOKENS [CODE]  # comment`. Tokens: `*` the verb; words (`AID`,
//! `SIT-IN`, `U.N.`); `A/B` alternatives; `&SYNSET` references; `$` source and `+` target
//! markers; `%` compound-actor marker; `^` skip (the noun phrase there is passed over);
//! `{...}` a noun phrase (last word its head); `(...)` a prepositional phrase (first word the
//! preposition). Tokens joined by `_` must be consecutive (TABARI); `_` before a blank is dropped
//! as PETRARCH-2 does. Codes are `[CODE]`, `[---]` (no event), or a pair `[A:B]` where `B` is the
//! event of the target toward the source (either side may be empty or `---`).
//!
//! This module parses and prints patterns; matching them against parses is the coder's job.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

/// The code a verb, block or pattern gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct EventCode {
    /// The event of the source toward the target; `None` for `---` (no event).
    pub code: Option<String>,
    /// `[A:B]`: `B`, the event of the target toward the source.
    pub reciprocal: Option<String>,
    /// Written as a pair `[A:B]`.
    pub pair: bool,
}

impl EventCode {
    pub const NULL: EventCode = EventCode {
        code: None,
        reciprocal: None,
        pair: false,
    };

    pub fn single(code: &str) -> Self {
        Self {
            code: Some(code.to_string()),
            reciprocal: None,
            pair: false,
        }
    }

    /// No event at all (`---`).
    pub fn is_null(&self) -> bool {
        self.code.is_none() && self.reciprocal.is_none()
    }

    /// Reads the inside of `[...]`.
    pub fn parse(inner: &str) -> Result<Self, String> {
        let side = |s: &str| -> Result<Option<String>, String> {
            let s = s.trim();
            if s.is_empty() || s == "---" {
                Ok(None)
            } else if s.chars().all(|c| c.is_ascii_alphanumeric()) {
                Ok(Some(s.to_string()))
            } else {
                Err(format!("bad event code `{s}`"))
            }
        };
        match inner.split_once(':') {
            Some((a, b)) => {
                let code = Self {
                    code: side(a)?,
                    reciprocal: side(b)?,
                    pair: true,
                };
                if code.is_null() {
                    return Err(format!("empty code pair `[{inner}]`"));
                }
                Ok(code)
            }
            None if inner.trim().is_empty() => Err("empty code `[]`".into()),
            None => Ok(Self {
                code: side(inner)?,
                reciprocal: None,
                pair: false,
            }),
        }
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |c: &Option<String>| c.clone().unwrap_or_default();
        if self.pair {
            write!(f, "{}:{}", side(&self.code), side(&self.reciprocal))
        } else {
            f.write_str(self.code.as_deref().unwrap_or("---"))
        }
    }
}

/// What a `{...}` or `(...)` group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// `{...}`: a noun phrase, its last word the head.
    NounPhrase,
    /// `(...)`: a prepositional phrase, its first word the preposition.
    PrepPhrase,
}

/// One pattern token.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Token {
    Word(String),
    /// `A/B`: any one of the words.
    AnyOf(Vec<String>),
    /// `&NAME` (stored without `&`).
    Synset(String),
    /// `*`: the verb.
    Verb,
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor (source and target in one phrase).
    Compound,
    /// `^`: skip the phrase here.
    Skip,
    Group {
        kind: GroupKind,
        items: Vec<Item>,
    },
}

/// A token and whether it must directly follow the previous one (`_`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Item {
    pub token: Token,
    pub adjacent: bool,
}

/// Parses pattern text (between the leading `-` and the `[code]`). `synsets` holds the defined
/// synset names, used to split `&NAME_WORD` at the longest defined name.
pub fn parse_tokens(text: &str, synsets: &HashSet<String>) -> Result<Vec<Item>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut stack: Vec<(GroupKind, Vec<Item>)> = vec![(GroupKind::NounPhrase, Vec::new())];
    let mut adjacent = false;
    let mut i = 0;
    let push = |stack: &mut Vec<(GroupKind, Vec<Item>)>, token: Token, adjacent: &mut bool| {
        let items = &mut stack.last_mut().expect("stack never empty").1;
        let adj = *adjacent && !items.is_empty();
        items.push(Item { token, adjacent: adj });
        *adjacent = false;
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => {
                adjacent = false;
                i += 1;
            }
            '_' => {
                // `_` before a blank, a closing bracket or the end is dropped (PETRARCH-2).
                let next = chars.get(i + 1).copied();
                adjacent = !matches!(next, None | Some(' ' | '\t' | ')' | '}'));
                i += 1;
            }
            '*' | '$' | '+' | '%' | '^' => {
                let token = match c {
                    '*' => Token::Verb,
                    '$' => Token::Source,
                    '+' => Token::Target,
                    '%' => Token::Compound,
                    _ => Token::Skip,
                };
                push(&mut stack, token, &mut adjacent);
                i += 1;
            }
            '(' | '{' => {
                let kind = if c == '(' {
                    GroupKind::PrepPhrase
                } else {
                    GroupKind::NounPhrase
                };
                stack.push((kind, Vec::new()));
                adjacent = false;
                i += 1;
            }
            ')' | '}' => {
                let want = if c == ')' {
                    GroupKind::PrepPhrase
                } else {
                    GroupKind::NounPhrase
                };
                if stack.len() < 2 || stack.last().map(|s| s.0) != Some(want) {
                    return Err(format!("unbalanced `{c}`"));
                }
                let (kind, items) = stack.pop().expect("checked");
                if items.is_empty() && kind == GroupKind::NounPhrase {
                    return Err("empty `{}`".into());
                }
                let mut adj = false;
                push(&mut stack, Token::Group { kind, items }, &mut adj);
                i += 1;
            }
            '&' => {
                let start = i + 1;
                let mut end = start;
                while end < chars.len() && (chars[end].is_ascii_alphanumeric() || chars[end] == '_') {
                    end += 1;
                }
                let full: String = chars[start..end].iter().collect();
                let name = longest_synset(&full, synsets).ok_or_else(|| format!("undefined synset `&{full}`"))?;
                push(&mut stack, Token::Synset(name.clone()), &mut adjacent);
                i = start + name.len();
            }
            c if is_word_char(c) => {
                let start = i;
                while i < chars.len() && is_word_char(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect::<String>().to_uppercase();
                let token = if word.contains('/') {
                    let alts: Vec<String> = word.split('/').map(str::to_string).collect();
                    if alts.iter().any(String::is_empty) {
                        return Err(format!("empty alternative in `{word}`"));
                    }
                    Token::AnyOf(alts)
                } else {
                    Token::Word(word)
                };
                push(&mut stack, token, &mut adjacent);
            }
            other => return Err(format!("unexpected `{other}` in pattern")),
        }
    }
    if stack.len() != 1 {
        return Err("unclosed `(` or `{`".into());
    }
    Ok(stack.pop().expect("checked").1)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '/')
}

/// `FIGHT_OF_WORDS_X` → the longest defined name among `FIGHT_OF_WORDS_X`, `FIGHT_OF_WORDS`,
/// `FIGHT_OF`, `FIGHT` (a trailing `_` is not part of a name).
fn longest_synset(full: &str, synsets: &HashSet<String>) -> Option<String> {
    let trimmed = full.trim_end_matches('_');
    let mut cut = trimmed.len();
    loop {
        let cand = &trimmed[..cut];
        if synsets.contains(cand) {
            return Some(cand.to_string());
        }
        cut = cand.rfind('_')?;
    }
}

/// Writes items back in dictionary syntax (`* (WITH {&FIGHT &CRIME})`).
pub fn render(items: &[Item]) -> String {
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push(if it.adjacent { '_' } else { ' ' });
        }
        match &it.token {
            Token::Word(w) => s.push_str(w),
            Token::AnyOf(ws) => s.push_str(&ws.join("/")),
            Token::Synset(n) => {
                s.push('&');
                s.push_str(n);
            }
            Token::Verb => s.push('*'),
            Token::Source => s.push('$'),
            Token::Target => s.push('+'),
            Token::Compound => s.push('%'),
            Token::Skip => s.push('^'),
            Token::Group { kind, items } => {
                let (o, c) = match kind {
                    GroupKind::NounPhrase => ('{', '}'),
                    GroupKind::PrepPhrase => ('(', ')'),
                };
                s.push(o);
                s.push_str(&render(items));
                s.push(c);
            }
        }
    }
    s
}

/// Synset names referenced anywhere in `items`.
pub fn synset_refs(items: &[Item], out: &mut Vec<String>) {
    for it in items {
        match &it.token {
            Token::Synset(n) => out.push(n.clone()),
            Token::Group { items, .. } => synset_refs(items, out),
            _ => {}
        }
    }
}
