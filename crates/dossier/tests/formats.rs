//! Snapshots of every `dossier code --format` (insta) on a small article written for this test,
//! plus the run-level rules: the CSV header once per run, not per document; the flags that only
//! JSON Lines can carry are refused elsewhere; empty input never panics a printer.

mod common;
use common::*;
use std::process::{Command, Output, Stdio};

/// A made-up report with an arrest, a denial in quotes, an expulsion and a summons; commas and
/// quotes in the text exercise CSV quoting.
const ARTICLE: &str = r#"{"id": "nl-test-1", "date": "2025-03-14", "source": "Test Wire", "url": "https://example.org/nl/1", "text": "Dutch police arrested a Russian diplomat in Rotterdam on Tuesday, prosecutors said.\n\nMoscow denied the accusation, calling it \"absurd, baseless\" and hostile.\n\nThe Netherlands expelled two Russian intelligence officers.\n\nGermany summoned the Russian ambassador."}"#;

/// A second document, for the once-per-run header.
const OTHER: &str = r#"{"id": "nl-test-2", "date": "2025-03-15", "text": "Belgium expelled a Chinese diplomat."}"#;

fn code(format: &str, input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["code", "--format", format, "-"])
        .env("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01, for plover's dateCoded
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dossier");
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

#[test]
fn plover_format() {
    let out = code("plover", ARTICLE);
    let lines = json_lines(&out);
    assert!(!lines.is_empty(), "no events: {}", stderr(&out));
    for l in &lines {
        for key in [
            "id",
            "date",
            "source",
            "target",
            "event",
            "eventText",
            "mode",
            "context",
            "text",
        ] {
            assert!(l.get(key).is_some(), "no {key} in {l}");
        }
        assert_eq!(l["dateCoded"], "2026-01-01");
        assert!(l["dossier"]["kind"].is_string(), "{l}");
    }
    insta::assert_json_snapshot!("plover", lines);
}

#[test]
fn petrarch_format() {
    let s = stdout(&code("petrarch", ARTICLE));
    for line in s.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 8, "{line:?}");
        assert!(
            cols[0].len() == 8 && cols[0].bytes().all(|b| b.is_ascii_digit()),
            "{line:?}"
        );
        assert!(!cols[3].is_empty(), "{line:?}");
    }
    insta::assert_snapshot!("petrarch", s);
}

#[test]
fn csv_format() {
    let s = stdout(&code("csv", ARTICLE));
    let mut r = csv::Reader::from_reader(s.as_bytes());
    assert_eq!(r.headers().unwrap().len(), 24);
    assert!(r.records().all(|x| x.unwrap().len() == 24));
    insta::assert_snapshot!("csv", s);
}

#[test]
fn table_format() {
    let s = stdout(&code("table", ARTICLE));
    assert!(!s.contains('\x1b'), "colour when stdout is not a terminal");
    insta::assert_snapshot!("table", s);
}

#[test]
fn csv_header_once_per_run() {
    let s = stdout(&code("csv", &format!("{ARTICLE}\n{OTHER}\n")));
    assert_eq!(s.lines().filter(|l| l.starts_with("id,doc_id,")).count(), 1, "{s}");
    assert!(s.starts_with("id,doc_id,"));
    assert!(s.contains("nl-test-1:") && s.contains("nl-test-2:"), "{s}");
}

#[test]
fn jsonl_only_flags_are_refused_elsewhere() {
    for f in ["csv", "plover", "petrarch", "table"] {
        let out = dossier(&["code", "--format", f, "--with-text", "x.txt"]);
        assert_eq!(out.status.code(), Some(2), "{f}: {}", stderr(&out));
        assert!(stderr(&out).contains("--format jsonl"), "{}", stderr(&out));
    }
}

#[test]
fn empty_and_eventless_input() {
    for f in ["jsonl", "plover", "petrarch", "csv", "table"] {
        let out = code(f, "");
        assert!(!stderr(&out).contains("panic"), "{f}: {}", stderr(&out));
        let out = code(f, r#"{"id": "calm", "text": "The weather was mild."}"#);
        assert!(
            out.status.success() && !stderr(&out).contains("panic"),
            "{f}: {}",
            stderr(&out)
        );
        let s = String::from_utf8(out.stdout).unwrap();
        match f {
            "table" => assert_eq!(s, "── calm · 0 events\n"),
            "csv" => assert_eq!(s.lines().count(), 1, "{s}"),
            _ => assert_eq!(s, "", "{f}"),
        }
    }
}
