//! Reader for the PETRARCH **issue dictionary** (`Phoenix.IssueCoding.txt`).
//!
//! Format: sections `<ISSUE CATEGORY="NAME" TYPE="ALL|COUNTEVENT">` … `</ISSUE>`; inside them
//! `phrase [CODE]` lines, `~phrase` (ignore the issues of the section when the phrase is in the
//! sentence) and `~~phrase` (… in the story). In a phrase, `n:word` makes the singular and the
//! regular plural, `v:word` the regular verb forms (`-S`, `-ED`, `-ING`), and `a+b` both
//! `a b` and `a-b`. `#` starts a comment.
//!
//! Decisions (documented in `data/dictionaries/README.md`): a phrase without `[CODE]` inside a
//! section takes the section's CATEGORY as its code (`inherited`), since PETRARCH-2 silently
//! skipped such lines; `†` (a Mac-Roman no-break space in the upstream file) reads as a blank.
//!
//! This module only reads; it does not search text for issues.

use serde::Serialize;

use super::common::{content_lines, plural, split_brackets, CommentStyle, DictError, Parsed};

/// What an issue line does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// Codes the issue when a form is found.
    Code,
    /// `~`: suppresses the section's issues for the sentence.
    IgnoreSentence,
    /// `~~`: suppresses the section's issues for the story.
    IgnoreStory,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueEntry {
    /// The phrase as written (lower case, with `n:`/`v:`/`+`).
    pub phrase: String,
    /// The phrases it expands to, lower case.
    pub forms: Vec<String>,
    pub kind: IssueKind,
    /// The issue code (`None` for ignore lines).
    pub code: Option<String>,
    /// The code was not written and comes from the section's CATEGORY.
    pub inherited: bool,
    /// The section's CATEGORY.
    pub category: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueSection {
    pub category: String,
    /// `ALL` or `COUNTEVENT`.
    pub kind: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueDictionary {
    pub file: String,
    pub sections: Vec<IssueSection>,
    pub entries: Vec<IssueEntry>,
}

/// Reads an issue dictionary. Refused lines are listed; the rest is kept.
pub fn parse_issues(file: &str, text: &str) -> Parsed<IssueDictionary> {
    let mut dict = IssueDictionary {
        file: file.to_string(),
        sections: Vec::new(),
        entries: Vec::new(),
    };
    let mut refused = Vec::new();
    let mut open: Option<String> = None;
    let mut open_line = 0;
    for line in content_lines(text, CommentStyle::Hash) {
        let t = line.text.trim();
        let err = |m: String| DictError::new(file, line.no, m);
        if t.eq_ignore_ascii_case("</ISSUE>") {
            if open.take().is_none() {
                refused.push(err("`</ISSUE>` without an open section".into()));
            }
            continue;
        }
        if t.starts_with('<') {
            match parse_section(t) {
                Ok((category, kind)) => {
                    if let Some(prev) = open.replace(category.clone()) {
                        refused.push(DictError::new(file, open_line, format!("section {prev} is not closed")));
                    }
                    open_line = line.no;
                    dict.sections.push(IssueSection {
                        category,
                        kind,
                        line: line.no,
                    });
                }
                Err(m) => refused.push(err(m)),
            }
            continue;
        }
        match parse_entry(t, open.as_deref(), line.no) {
            Ok(e) => dict.entries.push(e),
            Err(m) => refused.push(err(m)),
        }
    }
    if let Some(prev) = open {
        refused.push(DictError::new(file, open_line, format!("section {prev} is not closed")));
    }
    Parsed { value: dict, refused }
}

fn attr<'a>(t: &'a str, name: &str) -> Option<&'a str> {
    let start = t.find(&format!("{name}=\""))? + name.len() + 2;
    let len = t[start..].find('"')?;
    Some(&t[start..start + len])
}

fn parse_section(t: &str) -> Result<(String, String), String> {
    if !t.starts_with("<ISSUE ") || !t.ends_with('>') {
        return Err(format!("unknown tag `{t}`"));
    }
    let category = attr(t, "CATEGORY")
        .filter(|c| !c.is_empty())
        .ok_or("section without CATEGORY")?;
    let kind = attr(t, "TYPE").unwrap_or("ALL");
    if kind != "ALL" && kind != "COUNTEVENT" {
        return Err(format!("unknown section TYPE `{kind}`"));
    }
    Ok((category.to_string(), kind.to_string()))
}

fn parse_entry(t: &str, category: Option<&str>, no: usize) -> Result<IssueEntry, String> {
    let (kind, body) = if let Some(b) = t.strip_prefix("~~") {
        (IssueKind::IgnoreStory, b)
    } else if let Some(b) = t.strip_prefix('~') {
        (IssueKind::IgnoreSentence, b)
    } else {
        (IssueKind::Code, t)
    };
    let (head, groups) = split_brackets(body)?;
    let phrase = head
        .replace('†', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if phrase.is_empty() {
        return Err("empty issue phrase".into());
    }
    if let Some(c) = phrase.chars().find(|c| matches!(c, '<' | '>' | '{' | '}' | '~')) {
        return Err(format!("unexpected `{c}` in issue phrase"));
    }
    let (code, inherited) = match (kind, groups.as_slice()) {
        (IssueKind::Code, [one]) => {
            let c = one.trim();
            if c.is_empty() || !c.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                return Err(format!("bad issue code `[{one}]`"));
            }
            (Some(c.to_string()), false)
        }
        (IssueKind::Code, []) => match category {
            Some(cat) => (Some(cat.to_string()), true),
            None => return Err("issue phrase without [CODE] outside a section".into()),
        },
        (IssueKind::Code, _) => return Err("issue phrase with more than one [CODE]".into()),
        (_, []) => (None, false),
        (_, _) => return Err("ignore phrase `~` takes no [CODE]".into()),
    };
    Ok(IssueEntry {
        forms: expand(&phrase)?,
        phrase,
        kind,
        code,
        inherited,
        category: category.map(str::to_string),
        line: no,
    })
}

/// Expands `n:`, `v:` and `+` (each applies to the word it is in).
pub fn expand(phrase: &str) -> Result<Vec<String>, String> {
    let mut forms = vec![String::new()];
    for (i, word) in phrase.split(' ').enumerate() {
        let variants = word_variants(word)?;
        let mut next = Vec::with_capacity(forms.len() * variants.len());
        for f in &forms {
            for v in &variants {
                next.push(if i == 0 { v.clone() } else { format!("{f} {v}") });
            }
        }
        forms = next;
    }
    forms.dedup();
    Ok(forms)
}

fn word_variants(word: &str) -> Result<Vec<String>, String> {
    // `pre+n:school`: the `+` joins, the `n:` applies to the part after it.
    let joined: Vec<&str> = word.split('+').collect();
    if joined.iter().any(|p| p.is_empty()) {
        return Err(format!("empty part around `+` in `{word}`"));
    }
    let mut parts: Vec<Vec<String>> = Vec::new();
    for p in joined {
        let v = if let Some(n) = p.strip_prefix("n:") {
            let up = n.to_uppercase();
            vec![n.to_string(), plural(&up).to_lowercase()]
        } else if let Some(v) = p.strip_prefix("v:") {
            let up = v.to_uppercase();
            let mut all = vec![v.to_string()];
            all.extend(super::verbs::regular_forms(&up).iter().map(|f| f.to_lowercase()));
            all
        } else if p.contains(':') {
            return Err(format!("unknown expansion in `{p}` (want n: or v:)"));
        } else {
            vec![p.to_string()]
        };
        if v.iter().any(|s| s.is_empty()) {
            return Err(format!("empty word after expansion prefix in `{p}`"));
        }
        parts.push(v);
    }
    let mut out: Vec<String> = parts[0].clone();
    for part in &parts[1..] {
        let mut next = Vec::new();
        for o in &out {
            for p in part {
                next.push(format!("{o} {p}"));
                next.push(format!("{o}-{p}"));
            }
        }
        out = next;
    }
    Ok(out)
}
