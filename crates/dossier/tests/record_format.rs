//! Snapshot of the event record `dossier code` prints (insta): a change to the record format
//! shows up here as a diff to review. Plus input formats reaching the coder.

mod common;
use common::*;

/// An article of our own, so the snapshot does not depend on the example files.
const ARTICLE: &str = "Germany expelled two Russian diplomats on Monday. \
Poland said it had arrested a Belarusian man suspected of spying for Russia. \
The weather in Berlin was mild.";

#[test]
fn code_record_snapshot() {
    let out = dossier_stdin(&["code", "--date", "2025-06-02", "-"], ARTICLE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert!(lines.iter().all(|l| l["kind"].is_string()), "one event per line");
    insta::assert_json_snapshot!("code_event_records", &lines);
}

#[test]
fn explain_fills_trace_and_sentences_flag_prints_envelopes() {
    let out = dossier_stdin(&["code", "--explain", "--sentences", "-"], ARTICLE.as_bytes());
    let lines = json_lines(&out);
    let envelopes: Vec<_> = lines.iter().filter(|l| l["type"] == "sentence").collect();
    assert_eq!(envelopes.len(), 3, "every sentence gets an envelope");
    assert_eq!(envelopes[2]["events"], serde_json::json!([]));
    let events: Vec<_> = lines.iter().filter(|l| l.get("kind").is_some()).collect();
    assert!(!events.is_empty());
    assert!(events
        .iter()
        .all(|e| e["trace"].as_array().is_some_and(|t| !t.is_empty())));
}

#[test]
fn html_and_json_inputs() {
    let html = b"<html><head><title>T</title></head><body><nav>Menu</nav><article><p>MI5 arrested a man.</p><p>He denied it.</p></article><div class=\"comments\">Nice</div></body></html>";
    let out = dossier_stdin(&["code", "--sentences", "--input-format", "html", "-"], html);
    let texts: Vec<String> = json_lines(&out)
        .iter()
        .filter(|l| l["type"] == "sentence")
        .map(|l| l["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["MI5 arrested a man.", "He denied it."]);
    let out = dossier_stdin(
        &["code", "-"],
        br#"{"id":"x1","date":"2 June 2025","url":"https://e.x/1","source":"Reuters","text":"Germany expelled a Russian diplomat."}"#,
    );
    let l = &json_lines(&out)[0];
    assert_eq!(l["id"], "x1:0:0");
    assert_eq!(l["kind"], "expel");
    assert_eq!(
        l["doc"],
        serde_json::json!({"id": "x1", "date": "2025-06-02", "publisher": "Reuters", "url": "https://e.x/1"})
    );
}
