//! Counts over a loaded dictionary set, per file, for `dossier dict stats` and for the tests
//! that hold the embedded data to its expected size. Computes nothing the coder relies on.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::agents::Plural;
use super::issues::IssueKind;
use super::patterns::Token;
use super::verbs::SynsetMember;
use super::DictionarySet;

/// Named counts, in a fixed order; serialised as a JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Counts(pub Vec<(&'static str, usize)>);

impl Counts {
    pub fn get(&self, name: &str) -> Option<usize> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileStats {
    pub file: String,
    pub format: &'static str,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetStats {
    pub set: &'static str,
    pub files: Vec<FileStats>,
    /// Refused lines (0 for a set that loaded).
    pub refused: usize,
    /// Overlay rules applied, and the changes they made.
    pub overlay_rules: usize,
    pub overlay_changes: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub sets: Vec<SetStats>,
}

impl Stats {
    pub fn file(&self, set: &str, file: &str) -> Option<&FileStats> {
        self.sets
            .iter()
            .find(|s| s.set == set)?
            .files
            .iter()
            .find(|f| f.file == file)
    }
}

fn file(file: &str, format: &'static str, counts: Vec<(&'static str, usize)>) -> FileStats {
    FileStats {
        file: file.to_string(),
        format,
        counts: Counts(counts),
    }
}

impl SetStats {
    pub fn of(d: &DictionarySet) -> Self {
        let mut files = Vec::new();
        for a in &d.actors {
            let codes = a.entries.iter().flat_map(|e| &e.codes);
            files.push(file(
                &a.file,
                "actors",
                vec![
                    ("entries", a.entries.len()),
                    ("synonyms", a.entries.iter().map(|e| e.phrases.len() - 1).sum()),
                    ("codes", codes.clone().count()),
                    ("dated_codes", codes.filter(|c| c.is_dated()).count()),
                    (
                        "uncoded_entries",
                        a.entries.iter().filter(|e| e.codes.is_empty()).count(),
                    ),
                ],
            ));
        }
        let g = &d.agents;
        files.push(file(
            &g.file,
            "agents",
            vec![
                ("agents", g.entries.len()),
                ("forms", g.entries.iter().map(|e| e.forms().len()).sum()),
                (
                    "given_plurals",
                    g.entries
                        .iter()
                        .filter(|e| matches!(e.plural, Plural::Given(_)))
                        .count(),
                ),
                (
                    "no_plural",
                    g.entries.iter().filter(|e| e.plural == Plural::None).count(),
                ),
                ("substitution_sets", g.substitutions.len()),
                (
                    "from_substitutions",
                    g.entries.iter().filter(|e| e.marker.is_some()).count(),
                ),
            ],
        ));
        let v = &d.verbs;
        let pats = v.blocks.iter().flat_map(|b| &b.patterns);
        let verbs = v.blocks.iter().flat_map(|b| &b.verbs);
        files.push(file(
            &v.file,
            "verbs",
            vec![
                ("synsets", v.synsets.len()),
                ("synset_members", v.synsets.iter().map(|s| s.members.len()).sum()),
                (
                    "nested_synset_members",
                    v.synsets
                        .iter()
                        .flat_map(|s| &s.members)
                        .filter(|m| matches!(m, SynsetMember::Synset(_)))
                        .count(),
                ),
                ("blocks", v.blocks.len()),
                ("verbs", verbs.clone().count()),
                (
                    "multi_word_verbs",
                    verbs.clone().filter(|x| x.forms[0].words.len() > 1).count(),
                ),
                ("verb_forms", verbs.clone().map(|x| x.forms.len()).sum()),
                ("verbs_with_own_code", verbs.filter(|x| x.code.is_some()).count()),
                ("patterns", pats.clone().count()),
                ("null_patterns", pats.clone().filter(|p| p.code.is_null()).count()),
                ("paired_code_patterns", pats.clone().filter(|p| p.code.pair).count()),
                (
                    "synset_patterns",
                    pats.clone().filter(|p| mentions_synset(&p.items)).count(),
                ),
                (
                    "marker_patterns",
                    pats.filter(|p| {
                        p.items
                            .iter()
                            .any(|i| matches!(i.token, Token::Source | Token::Target | Token::Compound))
                    })
                    .count(),
                ),
                ("transformations", v.transformations.len()),
            ],
        ));
        let ds = &d.discards;
        let story = ds
            .entries
            .iter()
            .filter(|e| e.scope == super::DiscardScope::Story)
            .count();
        files.push(file(
            &ds.file,
            "discards",
            vec![
                ("discards", ds.entries.len()),
                ("story", story),
                ("sentence", ds.entries.len() - story),
            ],
        ));
        if let Some(i) = &d.issues {
            let count = |k: IssueKind| i.entries.iter().filter(|e| e.kind == k).count();
            files.push(file(
                &i.file,
                "issues",
                vec![
                    ("sections", i.sections.len()),
                    ("phrases", count(IssueKind::Code)),
                    ("inherited_codes", i.entries.iter().filter(|e| e.inherited).count()),
                    ("forms", i.entries.iter().map(|e| e.forms.len()).sum()),
                    ("ignore_sentence", count(IssueKind::IgnoreSentence)),
                    ("ignore_story", count(IssueKind::IgnoreStory)),
                    (
                        "codes",
                        i.entries
                            .iter()
                            .filter_map(|e| e.code.as_deref())
                            .collect::<std::collections::HashSet<_>>()
                            .len(),
                    ),
                ],
            ));
        }
        if let Some(p) = &d.prepositions {
            files.push(file(
                "Phoenix.prepositions.txt",
                "prepositions",
                vec![("prepositions", p.len())],
            ));
        }
        if let Some(o) = &d.ontology {
            files.push(file(&o.file, "ontology", vec![("codes", o.entries.len())]));
        }
        SetStats {
            set: d.name,
            files,
            refused: d.refused.len(),
            overlay_rules: d.overlay.len(),
            overlay_changes: d.overlay.iter().map(|a| a.matches).sum(),
        }
    }
}

fn mentions_synset(items: &[super::Item]) -> bool {
    items.iter().any(|i| match &i.token {
        Token::Synset(_) => true,
        Token::Group { items, .. } => mentions_synset(items),
        _ => false,
    })
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.sets {
            writeln!(
                f,
                "{}: {} file(s), {} refused line(s), {} overlay rule(s) applied ({} change(s))",
                s.set,
                s.files.len(),
                s.refused,
                s.overlay_rules,
                s.overlay_changes
            )?;
            for file in &s.files {
                let counts: Vec<String> = file.counts.0.iter().map(|(k, v)| format!("{k} {v}")).collect();
                writeln!(f, "  {:<45} {:<12} {}", file.file, file.format, counts.join(", "))?;
            }
        }
        Ok(())
    }
}
