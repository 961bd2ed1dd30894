//! Reader for PETRARCH **verb dictionaries** (`CAMEO.2.0.txt`, `PETR.Validate.verbs*.txt`).
//!
//! Format:
//! - `&NAME` starts a synset (a trailing `_` on the name: no plurals for its members), followed
//!   by `+WORD`, `+TWO_WORDS`, `+PHRASE_` (no plural), `+&OTHER`, or (UniversalPetrarch)
//!   `+(PREP PHRASE)` / `+{NOUN PHRASE}` member lines;
//! - `--- NAME [CODE] ---` starts a verb block; its code (default `---`, no event) holds for
//!   every verb of the block without its own code;
//! - verb lines: `VERB {IRREGULAR FORMS} [CODE]`; multi-word verbs mark the word the parser tags
//!   as the verb with `+` (`+CORDON_OFF`, `RE_+ARREST`). Without `{...}` the regular forms
//!   (`-S`/`-ES`/`-IES`, `-ED`/`-D`/`-IED`, `-ING`) are made from that word; with `{...}` the
//!   given forms are all there is, besides the lemma;
//! - pattern lines `- ... * ... [CODE]` (syntax in [`super::patterns`]);
//! - transformation lines `~ a (b . ATTACK) SAY = a b 112`, kept as text for the coder;
//! - comments: `#`, legacy `;`, `<!-- -->`; `####### ... #######` section lines are comments.
//!
//! This module reads and looks up; it does not match patterns against sentences.

use std::collections::HashSet;

use serde::Serialize;

use super::common::{content_lines, plural, split_brackets, CommentStyle, DictError, Parsed, Phrase};
use super::patterns::{parse_tokens, render, EventCode, GroupKind, Item, Token};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SynsetMember {
    /// `group`: the member was written as a whole `(...)` prepositional or `{...}` noun phrase.
    Phrase {
        phrase: Phrase,
        plural: bool,
        group: Option<GroupKind>,
    },
    Synset(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Synset {
    /// Without `&` and without the no-plural `_`.
    pub name: String,
    /// Whether regular plurals are made for members (the name did not end with `_`).
    pub plurals: bool,
    pub members: Vec<SynsetMember>,
    pub line: usize,
}

/// One surface form of a verb: its words and which one is the verb.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct VerbForm {
    pub words: Vec<String>,
    pub head: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verb {
    /// As written, without `{...}` and code (`ASK`, `+ASK_FOR`, `RE_+ARREST`).
    pub lemma: String,
    /// The lemma's form first, then the others.
    pub forms: Vec<VerbForm>,
    /// Forms were given in `{...}` rather than made by rule.
    pub given_forms: bool,
    /// The verb's own code; `None`: the block's.
    pub code: Option<EventCode>,
    /// Our event kind (set only by the overlay, e.g. `defect`).
    pub kind: Option<String>,
    pub line: usize,
}

impl Verb {
    /// The lemma's words (`ASK FOR`).
    pub fn lemma_words(&self) -> &[String] {
        &self.forms[0].words
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pattern {
    /// All tokens in order, the verb (`*`) among them.
    pub items: Vec<Item>,
    pub code: EventCode,
    pub comment: Option<String>,
    /// Our event kind (set only by the overlay).
    pub kind: Option<String>,
    pub line: usize,
}

impl Pattern {
    /// Items before the verb.
    pub fn before(&self) -> &[Item] {
        &self.items[..self.verb_index()]
    }

    /// Items after the verb.
    pub fn after(&self) -> &[Item] {
        &self.items[self.verb_index() + 1..]
    }

    fn verb_index(&self) -> usize {
        self.items.iter().position(|i| i.token == Token::Verb).unwrap_or(0)
    }

    /// The pattern in dictionary syntax, without its code (`- * (WITH {&FIGHT &CRIME})`).
    pub fn text(&self) -> String {
        format!("- {}", render(&self.items))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbBlock {
    pub name: String,
    pub code: EventCode,
    pub verbs: Vec<Verb>,
    pub patterns: Vec<Pattern>,
    pub line: usize,
}

impl VerbBlock {
    /// The code the verb gives on its own: its own, else the block's.
    pub fn verb_code<'a>(&'a self, verb: &'a Verb) -> &'a EventCode {
        verb.code.as_ref().unwrap_or(&self.code)
    }

    /// Whether the block is named `name` or holds a verb whose lemma words are `name`.
    pub fn answers_to(&self, name: &str) -> bool {
        let want = Phrase::parse(&name.replace('+', ""))
            .map(|p| p.words)
            .unwrap_or_default();
        self.name.eq_ignore_ascii_case(name) || self.verbs.iter().any(|v| v.lemma_words() == want.as_slice())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transformation {
    pub lhs: String,
    pub rhs: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbDictionary {
    pub file: String,
    pub synsets: Vec<Synset>,
    pub blocks: Vec<VerbBlock>,
    pub transformations: Vec<Transformation>,
}

impl VerbDictionary {
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        let name = name.trim_start_matches('&');
        self.synsets.iter().find(|s| s.name == name)
    }

    /// Every phrase a synset stands for, plurals and nested synsets included.
    pub fn synset_phrases(&self, name: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        self.expand(name, &mut out, &mut seen);
        out
    }

    fn expand(&self, name: &str, out: &mut Vec<Vec<String>>, seen: &mut HashSet<String>) {
        let Some(s) = self.synset(name) else { return };
        if !seen.insert(s.name.clone()) {
            return;
        }
        for m in &s.members {
            match m {
                SynsetMember::Phrase { phrase, plural: pl, .. } => {
                    out.push(phrase.words.clone());
                    if *pl {
                        let last = phrase.words.last().map(|w| plural(w)).unwrap_or_default();
                        out.push(phrase.with_last(last).words);
                    }
                }
                SynsetMember::Synset(n) => self.expand(n, out, seen),
            }
        }
    }

    /// Blocks named `name` or holding a verb with that lemma.
    pub fn blocks_for(&self, name: &str) -> Vec<&VerbBlock> {
        self.blocks.iter().filter(|b| b.answers_to(name)).collect()
    }

    /// (block, verb) pairs one of whose forms is `words` (`SPIED`, `ASKED FOR`).
    pub fn find_verb(&self, words: &str) -> Vec<(&VerbBlock, &Verb)> {
        let want: Vec<String> = words.split_whitespace().map(str::to_uppercase).collect();
        let mut out = Vec::new();
        for b in &self.blocks {
            for v in &b.verbs {
                if v.forms.iter().any(|f| f.words == want) {
                    out.push((b, v));
                }
            }
        }
        out
    }
}

/// Reads a verb dictionary. Refused lines are listed; the rest is kept.
pub fn parse_verbs(file: &str, text: &str) -> Parsed<VerbDictionary> {
    let lines = content_lines(text, CommentStyle::HashAndSemicolon);
    let names: HashSet<String> = lines
        .iter()
        .filter_map(|l| l.text.trim().strip_prefix('&'))
        .filter_map(|s| s.split_whitespace().next())
        .map(|s| s.trim_end_matches('_').to_string())
        .collect();
    let mut dict = VerbDictionary {
        file: file.to_string(),
        synsets: Vec::new(),
        blocks: Vec::new(),
        transformations: Vec::new(),
    };
    let mut refused = Vec::new();
    let mut in_synset = false;
    let mut member_lines = Vec::new();
    for line in &lines {
        let t = line.text.trim();
        let err = |m: String| DictError::new(file, line.no, m);
        if in_synset && t.starts_with('+') {
            let syn = dict.synsets.last_mut().expect("in a synset");
            match parse_member(&t[1..], syn.plurals) {
                Ok(m) => {
                    if let SynsetMember::Synset(n) = &m {
                        member_lines.push((n.clone(), line.no));
                    }
                    syn.members.push(m);
                }
                Err(m) => refused.push(err(m)),
            }
            continue;
        }
        in_synset = false;
        let result = if t.starts_with("---") {
            parse_header(t).map(|(name, code)| {
                dict.blocks.push(VerbBlock {
                    name,
                    code,
                    verbs: Vec::new(),
                    patterns: Vec::new(),
                    line: line.no,
                })
            })
        } else if let Some(rest) = t.strip_prefix('&') {
            parse_synset_header(rest).map(|(name, plurals)| {
                in_synset = true;
                dict.synsets.push(Synset {
                    name,
                    plurals,
                    members: Vec::new(),
                    line: line.no,
                })
            })
        } else if let Some(rest) = t.strip_prefix('~') {
            match rest.split_once('=') {
                Some((l, r)) if !l.trim().is_empty() && !r.trim().is_empty() => {
                    dict.transformations.push(Transformation {
                        lhs: l.trim().to_string(),
                        rhs: r.trim().to_string(),
                        line: line.no,
                    });
                    Ok(())
                }
                _ => Err("transformation needs `LEFT = RIGHT`".to_string()),
            }
        } else if let Some(block) = dict.blocks.last_mut() {
            if let Some(rest) = t.strip_prefix('-') {
                parse_pattern(rest, &names).map(|(items, code)| {
                    block.patterns.push(Pattern {
                        items,
                        code,
                        comment: line.comment.map(str::to_string),
                        kind: None,
                        line: line.no,
                    })
                })
            } else {
                parse_verb(t, line.no).map(|v| block.verbs.push(v))
            }
        } else {
            Err("verb or pattern before the first `--- BLOCK ---` line".to_string())
        };
        if let Err(m) = result {
            refused.push(err(m));
        }
    }
    for (n, no) in member_lines {
        if !names.contains(&n) {
            refused.push(DictError::new(file, no, format!("undefined synset `&{n}`")));
        }
    }
    refused.sort_by_key(|e| e.line);
    Parsed { value: dict, refused }
}

fn parse_header(t: &str) -> Result<(String, EventCode), String> {
    let body = t.trim_matches('-').trim();
    let name_end = body.find(|c: char| c.is_whitespace() || c == '[').unwrap_or(body.len());
    let name = &body[..name_end];
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '\''))
    {
        return Err(format!("block header without a name: `{t}`"));
    }
    let rest = body[name_end..].trim().trim_end_matches('-').trim();
    let code = if rest.is_empty() {
        EventCode::NULL
    } else {
        match split_brackets(rest)? {
            ("", groups) if groups.len() == 1 => EventCode::parse(groups[0])?,
            _ => return Err(format!("block header wants `--- NAME [CODE] ---`, got `{t}`")),
        }
    };
    Ok((name.to_uppercase(), code))
}

fn parse_synset_header(rest: &str) -> Result<(String, bool), String> {
    let mut words = rest.split_whitespace();
    let raw = words.next().unwrap_or("");
    if words.next().is_some() {
        return Err(format!("synset header wants `&NAME`, got `&{}`", rest.trim()));
    }
    let name = raw.trim_end_matches('_');
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("bad synset name `&{raw}`"));
    }
    Ok((name.to_string(), !raw.ends_with('_')))
}

fn parse_member(s: &str, plurals: bool) -> Result<SynsetMember, String> {
    let s = s.trim();
    if let Some(n) = s.strip_prefix('&') {
        let n = n.trim_end_matches('_');
        if n.is_empty() || !n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("bad synset reference `&{n}`"));
        }
        return Ok(SynsetMember::Synset(n.to_string()));
    }
    let (group, body) = if let Some(b) = s.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        (Some(GroupKind::PrepPhrase), b)
    } else if let Some(b) = s.strip_prefix('{').and_then(|b| b.strip_suffix('}')) {
        (Some(GroupKind::NounPhrase), b)
    } else {
        (None, s)
    };
    if let Some(c) = body
        .chars()
        .find(|c| !(c.is_alphanumeric() || c.is_whitespace() || "_-'./".contains(*c)))
    {
        return Err(format!("unexpected `{c}` in synset member `{s}`"));
    }
    let phrase = Phrase::parse(body).ok_or("empty synset member `+`")?;
    let plural = plurals && phrase.open_end && group.is_none();
    Ok(SynsetMember::Phrase { phrase, plural, group })
}

fn parse_pattern(rest: &str, names: &HashSet<String>) -> Result<(Vec<Item>, EventCode), String> {
    let (head, groups) = split_brackets(rest)?;
    let code = match groups.as_slice() {
        [one] => EventCode::parse(one)?,
        [] => return Err("pattern without a [CODE]".into()),
        _ => return Err("pattern with more than one [CODE]".into()),
    };
    let items = parse_tokens(head, names)?;
    match items.iter().filter(|i| i.token == Token::Verb).count() {
        1 => Ok((items, code)),
        0 => Err("pattern without the verb marker `*` (outside brackets)".into()),
        _ => Err("pattern with more than one `*`".into()),
    }
}

fn parse_form(s: &str) -> Result<VerbForm, String> {
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '+' | '-' | '\'' | '.'))
    {
        return Err(format!("bad verb form `{s}`"));
    }
    let parts: Vec<&str> = s.split('_').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err(format!("bad verb form `{s}`"));
    }
    let marked: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].starts_with('+')).collect();
    let head = match (parts.len(), marked.as_slice()) {
        (1, _) => 0,
        (_, [one]) => *one,
        (_, []) => return Err(format!("multi-word verb `{s}` needs `+` before the verb word")),
        _ => return Err(format!("multi-word verb `{s}` has more than one `+`")),
    };
    let words: Vec<String> = parts.iter().map(|p| p.trim_start_matches('+').to_uppercase()).collect();
    if words.iter().any(|w| w.is_empty() || w.contains('+')) {
        return Err(format!("bad verb form `{s}`"));
    }
    Ok(VerbForm { words, head })
}

/// `ARREST` → `ARRESTS ARRESTED ARRESTING`; `SEIZE` → `SEIZES SEIZED SEIZING`;
/// `CARRY` → `CARRIES CARRIED CARRYING`; `FIX` → `FIXES FIXED FIXING`.
pub fn regular_forms(verb: &str) -> [String; 3] {
    let b = verb.as_bytes();
    let n = b.len();
    let cons_y = n >= 2 && b[n - 1] == b'Y' && !b"AEIOU".contains(&b[n - 2]);
    let stem = &verb[..n.saturating_sub(1)];
    let third = if cons_y {
        format!("{stem}IES")
    } else if verb.ends_with(['S', 'X', 'Z']) || verb.ends_with("CH") || verb.ends_with("SH") {
        format!("{verb}ES")
    } else {
        format!("{verb}S")
    };
    let past = if cons_y {
        format!("{stem}IED")
    } else if verb.ends_with('E') {
        format!("{verb}D")
    } else {
        format!("{verb}ED")
    };
    let ing = if verb.ends_with('E') && n >= 2 && !b"AEIOUY".contains(&b[n - 2]) {
        format!("{stem}ING")
    } else {
        format!("{verb}ING")
    };
    [third, past, ing]
}

fn parse_verb(t: &str, no: usize) -> Result<Verb, String> {
    let (head, groups) = split_brackets(t)?;
    let code = match groups.as_slice() {
        [] => None,
        [one] => Some(EventCode::parse(one)?),
        _ => return Err("verb with more than one [CODE]".into()),
    };
    let head = head.trim();
    let (lemma, given) = match head.find('{') {
        Some(open) => {
            let close = head.rfind('}').filter(|&c| c > open).ok_or("`{` without `}`")?;
            if !head[close + 1..].trim().is_empty() {
                return Err(format!("unexpected `{}` after `{{...}}`", head[close + 1..].trim()));
            }
            (head[..open].trim(), Some(&head[open + 1..close]))
        }
        None if head.contains('}') => return Err("`}` without `{`".into()),
        None => (head, None),
    };
    if lemma.split_whitespace().count() != 1 {
        return Err(format!("verb line wants `VERB {{FORMS}} [CODE]`, got `{t}`"));
    }
    let first = parse_form(lemma)?;
    let mut forms = vec![first.clone()];
    match given {
        Some(inner) => {
            // Some upstream lines separate the forms with commas as well.
            for f in inner
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|f| !f.is_empty())
            {
                let form = parse_form(f)?;
                if form.words.len() != first.words.len() {
                    return Err(format!("form `{f}` does not have the words of `{lemma}`"));
                }
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        None => {
            for w in regular_forms(&first.words[first.head]) {
                let mut form = first.clone();
                form.words[first.head] = w;
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
    Ok(Verb {
        lemma: lemma.to_uppercase(),
        forms,
        given_forms: given.is_some(),
        code,
        kind: None,
        line: no,
    })
}
