//! Reads and checks the three PLOVER tables under `data/events/` (vocabulary, CAMEO → PLOVER,
//! kinds). Every problem is reported as `file:line: message`, all of them at once; nothing here
//! panics on a bad table. This module does not look codes up (that is [`super`]).

use std::collections::{HashMap, HashSet};
use std::fmt;

pub(super) const VOCABULARY_FILE: &str = "data/events/plover_vocabulary.tsv";
pub(super) const CAMEO_FILE: &str = "data/events/cameo_plover.tsv";
pub(super) const KINDS_FILE: &str = "data/events/kinds.tsv";

/// One problem in a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Every problem found while loading the tables.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} PLOVER table problem(s):\n{}", .0.len(), .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct TableErrors(pub Vec<TableError>);

/// A PLOVER event category and its modes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDef {
    pub name: &'static str,
    /// Quad category (`verbal cooperation` … `material conflict`).
    pub quad: &'static str,
    pub modes: Vec<&'static str>,
    /// Modes that are dossier extensions, not in the PLOVER codebook (marked `*` in the file).
    pub extensions: Vec<&'static str>,
}

/// The PLOVER vocabulary: events with their modes, contexts, sector rules, renames of older names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Vocabulary {
    pub events: Vec<EventDef>,
    pub contexts: Vec<&'static str>,
    /// Sector code → contexts implied when an actor or target has that sector.
    pub sectors: Vec<(&'static str, Vec<&'static str>)>,
    /// Older name (`EVENT` or `EVENT/mode`) → current (`EVENT` or `EVENT/mode`).
    pub renames: Vec<(&'static str, &'static str)>,
}

impl Vocabulary {
    pub fn event(&self, name: &str) -> Option<&EventDef> {
        self.events.iter().find(|e| e.name == name)
    }
}

/// One row of `cameo_plover.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameoMapping {
    pub code: &'static str,
    /// `None`: PLOVER does not code this CAMEO category (comments, appeals).
    pub event: Option<&'static str>,
    pub mode: Option<&'static str>,
    pub contexts: Vec<&'static str>,
    pub label: &'static str,
}

/// Whether a kind takes a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Required,
    Optional,
    Absent,
}

impl Role {
    pub fn taken(self) -> bool {
        self != Role::Absent
    }
}

/// An alternative CAMEO code of a kind, and when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub cameo: &'static str,
    pub when: &'static str,
}

/// One row of `kinds.tsv`: an event kind of dossier's vocabulary (SPEC.md, "Event kinds").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    pub name: &'static str,
    /// Default CAMEO code (`None`: CAMEO has none).
    pub cameo: Option<&'static str>,
    pub alternatives: Vec<Alternative>,
    pub plover_event: Option<&'static str>,
    pub plover_mode: Option<&'static str>,
    /// Contexts that always hold for the kind (`intelligence` marks the espionage kinds).
    pub contexts: Vec<&'static str>,
    pub actor: Role,
    pub target: Role,
    /// The event is kept only when an actor has a country code.
    pub needs_actor_country: bool,
    pub takes_target: bool,
    /// Groups the coder's tree rules treat alike (`state_act`, `announced`, `speech`,
    /// `home_court`, `addressed`; see data/events/README.md).
    pub groups: Vec<&'static str>,
    pub note: &'static str,
}

/// The loaded tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tables {
    pub vocabulary: Vocabulary,
    pub cameo: Vec<CameoMapping>,
    pub kinds: Vec<Kind>,
    cameo_index: HashMap<&'static str, usize>,
}

impl Tables {
    /// The row of exactly this code.
    pub fn cameo_exact(&self, code: &str) -> Option<&CameoMapping> {
        self.cameo_index.get(code).map(|&i| &self.cameo[i])
    }
}

struct Reader {
    file: &'static str,
    errors: Vec<TableError>,
}

impl Reader {
    fn err(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(TableError {
            file: self.file,
            line,
            message: message.into(),
        });
    }

    /// Data rows (line number, fields) after checking the header; `#` lines and blank lines skipped.
    fn rows(&mut self, text: &'static str, header: &[&str]) -> Vec<(usize, Vec<&'static str>)> {
        let mut rows = Vec::new();
        let mut seen_header = false;
        for (i, line) in text.lines().enumerate() {
            let no = i + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if !seen_header {
                seen_header = true;
                if fields != header {
                    self.err(no, format!("header must be `{}`", header.join("<TAB>")));
                }
                continue;
            }
            if fields.len() != header.len() {
                self.err(no, format!("{} fields, expected {}", fields.len(), header.len()));
                continue;
            }
            rows.push((no, fields));
        }
        if !seen_header {
            self.err(0, "empty table");
        }
        rows
    }
}

/// The kind groups `kinds.tsv` may name.
pub const KIND_GROUPS: &[&str] = &[
    "state_act",
    "announced",
    "speech",
    "home_court",
    "addressed",
    "carries_content",
    "reporter_agent",
    "custody",
    "government_act",
    "court_act",
    "answers",
    "against",
    "tells_content",
];

fn opt(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

fn list(s: &'static str, sep: char) -> Vec<&'static str> {
    s.split(sep).map(str::trim).filter(|x| !x.is_empty()).collect()
}

/// A CAMEO code as the tables write it: 2 to 4 ASCII digits.
pub(super) fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn read_vocabulary(text: &'static str, errors: &mut Vec<TableError>) -> Vocabulary {
    let mut r = Reader {
        file: VOCABULARY_FILE,
        errors: Vec::new(),
    };
    let mut v = Vocabulary::default();
    for (no, f) in r.rows(text, &["field", "name", "group", "values"]) {
        match f[0] {
            "event" => {
                if v.event(f[1]).is_some() {
                    r.err(no, format!("event `{}` listed twice", f[1]));
                    continue;
                }
                let mut modes = Vec::new();
                let mut extensions = Vec::new();
                for m in list(f[3], ',') {
                    let name = m.strip_suffix('*').unwrap_or(m);
                    if name != m {
                        extensions.push(name);
                    }
                    modes.push(name);
                }
                v.events.push(EventDef {
                    name: f[1],
                    quad: f[2],
                    modes,
                    extensions,
                });
            }
            "context" => v.contexts.extend(list(f[3], ',')),
            "sector" => v.sectors.push((f[1], list(f[3], ','))),
            "rename" => v.renames.push((f[1], f[3])),
            other => r.err(no, format!("unknown field `{other}`")),
        }
    }
    if v.contexts.is_empty() {
        r.err(0, "no `context` row");
    }
    for (old, new) in &v.renames {
        let (e, m) = new.split_once('/').map_or((*new, None), |(e, m)| (e, Some(m)));
        match v.event(e) {
            Some(def) if m.iter().all(|m| def.modes.contains(m)) => {}
            _ => r.err(0, format!("rename {old}: `{new}` is not a current event or event/mode")),
        }
    }
    for (sector, contexts) in &v.sectors {
        for c in contexts {
            if !v.contexts.contains(c) {
                r.err(0, format!("sector {sector}: unknown context `{c}`"));
            }
        }
    }
    errors.append(&mut r.errors);
    v
}

/// Checks an event/mode/context triple against the vocabulary.
fn check_plover(r: &mut Reader, no: usize, v: &Vocabulary, event: Option<&str>, mode: Option<&str>, contexts: &[&str]) {
    match (event, mode) {
        (None, Some(m)) => r.err(no, format!("mode `{m}` without an event")),
        (Some(e), m) => match v.event(e) {
            None => r.err(no, format!("unknown PLOVER event `{e}`")),
            Some(def) => {
                if let Some(m) = m.filter(|m| !def.modes.contains(m)) {
                    r.err(no, format!("`{m}` is not a mode of {e}"));
                }
            }
        },
        (None, None) => {}
    }
    for c in contexts.iter().filter(|c| !v.contexts.contains(c)) {
        r.err(no, format!("unknown context `{c}`"));
    }
}

fn read_cameo(text: &'static str, v: &Vocabulary, errors: &mut Vec<TableError>) -> Vec<CameoMapping> {
    let mut r = Reader {
        file: CAMEO_FILE,
        errors: Vec::new(),
    };
    let mut out: Vec<CameoMapping> = Vec::new();
    let mut seen = HashSet::new();
    let mut lines = Vec::new();
    for (no, f) in r.rows(text, &["cameo", "event", "mode", "context", "label"]) {
        let (code, event, mode, contexts, label) = (f[0], opt(f[1]), opt(f[2]), list(f[3], ';'), f[4]);
        if !is_code(code) {
            r.err(no, format!("`{code}` is not a CAMEO code (2 to 4 digits)"));
            continue;
        }
        if !seen.insert(code) {
            r.err(no, format!("code {code} listed twice"));
            continue;
        }
        if label.is_empty() {
            r.err(no, format!("code {code} has no label"));
        }
        check_plover(&mut r, no, v, event, mode, &contexts);
        lines.push(no);
        out.push(CameoMapping {
            code,
            event,
            mode,
            contexts,
            label,
        });
    }
    for (m, no) in out.iter().zip(lines) {
        if !seen.contains(&m.code[..2]) {
            r.err(no, format!("code {} has no root row {}", m.code, &m.code[..2]));
        }
    }
    errors.append(&mut r.errors);
    out
}

fn role(r: &mut Reader, no: usize, s: &str, absent_ok: bool) -> Role {
    match s {
        "required" => Role::Required,
        "optional" => Role::Optional,
        "none" if absent_ok => Role::Absent,
        _ => {
            let allowed = if absent_ok {
                "required, optional or none"
            } else {
                "required or optional"
            };
            r.err(no, format!("role `{s}`: expected {allowed}"));
            Role::Optional
        }
    }
}

fn read_kinds(
    text: &'static str,
    v: &Vocabulary,
    cameo: &HashSet<&'static str>,
    errors: &mut Vec<TableError>,
) -> Vec<Kind> {
    let mut r = Reader {
        file: KINDS_FILE,
        errors: Vec::new(),
    };
    let header = [
        "kind",
        "cameo",
        "alternatives",
        "plover_event",
        "plover_mode",
        "contexts",
        "actor",
        "target",
        "actor_country",
        "groups",
        "note",
    ];
    let mut out: Vec<Kind> = Vec::new();
    for (no, f) in r.rows(text, &header) {
        let name = f[0];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            r.err(no, format!("kind `{name}`: lower-case letters and `_` only"));
            continue;
        }
        if out.iter().any(|k| k.name == name) {
            r.err(no, format!("kind `{name}` listed twice"));
            continue;
        }
        let code = opt(f[1]);
        let mut alternatives = Vec::new();
        for alt in list(f[2], ';') {
            match alt.split_once('=') {
                Some((c, when)) if !when.trim().is_empty() => alternatives.push(Alternative {
                    cameo: c.trim(),
                    when: when.trim(),
                }),
                _ => r.err(no, format!("alternative `{alt}`: expected CODE=when")),
            }
        }
        for c in code.into_iter().chain(alternatives.iter().map(|a| a.cameo)) {
            if !cameo.contains(c) {
                r.err(no, format!("CAMEO code `{c}` is not in {CAMEO_FILE}"));
            }
        }
        let (event, mode, contexts) = (opt(f[3]), opt(f[4]), list(f[5], ';'));
        check_plover(&mut r, no, v, event, mode, &contexts);
        let actor = role(&mut r, no, f[6], false);
        let target = role(&mut r, no, f[7], true);
        for g in list(f[9], ';') {
            if !KIND_GROUPS.contains(&g) {
                r.err(no, format!("group `{g}`: expected one of {}", KIND_GROUPS.join(", ")));
            }
        }
        let needs_actor_country = match f[8] {
            "yes" => true,
            "no" => false,
            other => {
                r.err(no, format!("actor_country `{other}`: expected yes or no"));
                false
            }
        };
        out.push(Kind {
            name,
            cameo: code,
            alternatives,
            plover_event: event,
            plover_mode: mode,
            contexts,
            actor,
            target,
            needs_actor_country,
            takes_target: target.taken(),
            groups: list(f[9], ';'),
            note: f[10],
        });
    }
    errors.append(&mut r.errors);
    out
}

/// Reads and checks the three tables.
pub(super) fn load(vocabulary: &'static str, cameo: &'static str, kinds: &'static str) -> Result<Tables, TableErrors> {
    let mut errors = Vec::new();
    let vocabulary = read_vocabulary(vocabulary, &mut errors);
    let cameo = read_cameo(cameo, &vocabulary, &mut errors);
    let codes: HashSet<&'static str> = cameo.iter().map(|m| m.code).collect();
    let kinds = read_kinds(kinds, &vocabulary, &codes, &mut errors);
    if !errors.is_empty() {
        return Err(TableErrors(errors));
    }
    let cameo_index = cameo.iter().enumerate().map(|(i, m)| (m.code, i)).collect();
    Ok(Tables {
        vocabulary,
        cameo,
        kinds,
        cameo_index,
    })
}
