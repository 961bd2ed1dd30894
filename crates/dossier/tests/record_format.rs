//! Snapshot of the record envelope `dossier code` prints (insta): a change to the record format
//! shows up here as a diff to review.

mod common;
use common::*;

#[test]
fn code_record_envelope() {
    let ex = examples();
    let out = dossier(&["code", "--date", "2025-06-02", &ex[0]]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    insta::assert_json_snapshot!("code_record_first_two", &lines[..2]);
}

#[test]
fn html_and_json_inputs() {
    let html = b"<html><head><title>T</title></head><body><nav>Menu</nav><article><p>MI5 arrested a man.</p><p>He denied it.</p></article><div class=\"comments\">Nice</div></body></html>";
    let out = dossier_stdin(&["code", "--sentences", "--input-format", "html", "-"], html);
    let texts: Vec<String> = json_lines(&out)
        .iter()
        .map(|l| l["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["MI5 arrested a man.", "He denied it."]);
    let out = dossier_stdin(&["code", "-"], br#"{"id":"x1","date":"2 June 2025","url":"https://e.x/1","source":"Reuters","text":"Germany expelled a diplomat."}"#);
    let l = &json_lines(&out)[0];
    assert_eq!(l["id"], "x1:0");
    assert_eq!(
        l["doc"],
        serde_json::json!({"id": "x1", "date": "2025-06-02", "publisher": "Reuters", "url": "https://e.x/1"})
    );
}
