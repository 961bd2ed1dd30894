//! Reads the vocabulary file format described at the top of `data/events/espionage.txt`.
//! Every refused line is reported as `file:line: message`; nothing panics.

use super::{Class, ClassId, Cond, Filler, Lexicon, Pos, Slot, Trigger};
use std::collections::HashMap;

/// Parses the whole file: classes first (they may be defined after use), then triggers.
pub fn parse(file: &str, text: &str) -> Result<Lexicon, String> {
    let mut classes: Vec<Class> = Vec::new();
    let mut by_name: HashMap<String, ClassId> = HashMap::new();
    let mut errors = Vec::new();
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split('#').next().unwrap_or("").trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    for &(n, l) in &lines {
        if let Some(def) = l.strip_prefix('@') {
            match def.split_once('=') {
                Some((name, members)) => {
                    let name = name.trim().to_string();
                    if by_name.contains_key(&name) {
                        errors.push(format!("{file}:{n}: class @{name} defined twice"));
                        continue;
                    }
                    let mut c = Class {
                        name: name.clone(),
                        ..Default::default()
                    };
                    for m in members.split_whitespace() {
                        if m == "*" {
                            c.any = true;
                        } else if m.contains('_') {
                            c.phrases.push(m.split('_').map(str::to_lowercase).collect());
                        } else {
                            c.words.insert(m.to_lowercase());
                        }
                    }
                    by_name.insert(name, classes.len());
                    classes.push(c);
                }
                None => errors.push(format!("{file}:{n}: class line wants `@name = words`")),
            }
        }
    }
    let mut triggers = Vec::new();
    for &(n, l) in &lines {
        if l.starts_with('@') {
            continue;
        }
        match trigger_line(l, n, &by_name) {
            Ok(ts) => triggers.extend(ts),
            Err(e) => errors.push(format!("{file}:{n}: {e}")),
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    Ok(Lexicon::new(classes, triggers))
}

fn trigger_line(l: &str, line: usize, classes: &HashMap<String, ClassId>) -> Result<Vec<Trigger>, String> {
    let mut f = l.split_whitespace();
    let kind = f.next().ok_or("empty line")?;
    if !kind.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(format!("bad kind `{kind}`"));
    }
    let pos = match f.next() {
        Some("v") => Pos::Verb,
        Some("n") => Pos::Noun,
        Some("a") => Pos::Adj,
        other => return Err(format!("part of speech must be v, n or a, got {other:?}")),
    };
    let lemmas = f.next().ok_or("missing lemmas")?;
    let mut conds = Vec::new();
    let mut actor = None;
    let mut target = None;
    for w in f {
        if let Some(s) = w.strip_prefix("actor=") {
            actor = Some(slots(s)?);
        } else if let Some(s) = w.strip_prefix("target=") {
            target = Some(slots(s)?);
        } else {
            conds.push(cond(w, classes)?);
        }
    }
    let mut out = Vec::new();
    for lemma in lemmas.split('|') {
        let mut words = lemma.split('_').map(str::to_lowercase);
        let first = words.next().filter(|w| !w.is_empty()).ok_or("empty lemma")?;
        out.push(Trigger {
            kind: kind.to_string(),
            pos,
            lemma: first,
            rest: words.collect(),
            conds: conds.clone(),
            actor: actor.clone(),
            target: target.clone(),
            line,
        });
    }
    Ok(out)
}

fn class(name: &str, classes: &HashMap<String, ClassId>) -> Result<ClassId, String> {
    let n = name
        .strip_prefix('@')
        .ok_or_else(|| format!("`{name}`: a class starts with @"))?;
    classes.get(n).copied().ok_or_else(|| format!("unknown class @{n}"))
}

fn cond(w: &str, classes: &HashMap<String, ClassId>) -> Result<Cond, String> {
    if let Some(rest) = w.strip_prefix('!') {
        return Ok(Cond::Not(Box::new(cond(rest, classes)?)));
    }
    if w == "neg" {
        return Ok(Cond::Neg);
    }
    if w == "bareobj" {
        return Ok(Cond::BareObj);
    }
    let (key, arg) = w.split_once(':').ok_or_else(|| format!("unknown condition `{w}`"))?;
    Ok(match key {
        "obj" => Cond::Obj(class(arg, classes)?),
        "mod" => Cond::Mod(class(arg, classes)?),
        "xcomp" => Cond::Xcomp(class(arg, classes)?),
        "head" => Cond::Head(class(arg, classes)?),
        "subj" => Cond::Subj(class(arg, classes)?),
        "prt" => Cond::Prt(arg.to_lowercase()),
        "rel" => Cond::Rel(arg.to_lowercase()),
        "obl" => {
            let (prep, filler) = arg
                .split_once(':')
                .ok_or_else(|| format!("`{w}` wants obl:PREP:@class or obl:PREP:SECTOR"))?;
            let filler = if filler.starts_with('@') {
                Filler::Class(class(filler, classes)?)
            } else if filler.len() == 3 && filler.chars().all(|c| c.is_ascii_uppercase()) {
                Filler::Sector(filler.to_string())
            } else {
                return Err(format!("`{filler}` is neither a class nor a sector"));
            };
            Cond::Obl(prep.to_lowercase(), filler)
        }
        _ => return Err(format!("unknown condition `{w}`")),
    })
}

fn slots(s: &str) -> Result<Vec<Slot>, String> {
    s.split('|')
        .map(|x| {
            Ok(match x {
                "subj" => Slot::Subj,
                "obj" => Slot::Obj,
                "iobj" => Slot::Iobj,
                "poss" => Slot::Poss,
                "by" => Slot::By,
                "none" => Slot::None,
                "head" => Slot::Head,
                "reporter" => Slot::Reporter,
                "owner" => Slot::Owner,
                "mod" => Slot::Mod,
                _ => match x.strip_prefix("obl:") {
                    Some(p) if !p.is_empty() => Slot::Obl(p.to_lowercase()),
                    _ => return Err(format!("unknown slot `{x}`")),
                },
            })
        })
        .collect()
}
