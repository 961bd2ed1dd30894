//! Unit tests of ingest.

use super::*;

fn docs(bytes: &[u8], format: Option<Format>) -> Vec<Result<Document, IngestError>> {
    let mut out = Vec::new();
    let opts = IngestOptions {
        format,
        date: Some("2025-01-01".into()),
    };
    read_bytes(bytes, "in", "in", &opts, &mut |d| out.push(d));
    out
}

#[test]
fn plain_text() {
    let d = docs(b"Hello.\nWorld.", None);
    let d = d[0].as_ref().unwrap();
    assert_eq!(d.id, "in");
    assert_eq!(d.raw, "Hello.\nWorld.");
    assert_eq!(d.meta.date.as_deref(), Some("2025-01-01"));
    assert_eq!(d.meta.date_source, Some("flag"));
}

#[test]
fn jsonl_records_errors_and_unknown_fields() {
    let input = b"{\"id\":\"a\",\"date\":\"2025-06-02\",\"text\":\"One.\",\"source\":\"BBC\",\"lang\":\"en\"}\n\
not json\n\
\n\
{\"title\":\"no text\"}\n\
{\"text\":\"Two.\"}\n";
    let out = docs(input, Some(Format::Jsonl));
    assert_eq!(out.len(), 4);
    let a = out[0].as_ref().unwrap();
    assert_eq!(
        (a.id.as_str(), a.meta.date.as_deref(), a.meta.publisher.as_deref()),
        ("a", Some("2025-06-02"), Some("BBC"))
    );
    assert_eq!(a.meta.date_source, Some("field"));
    assert_eq!(a.meta.extra["lang"], "en");
    let e = out[1].as_ref().unwrap_err();
    assert_eq!((e.origin.as_str(), e.kind), ("in:2", ErrorKind::Malformed));
    assert_eq!(out[2].as_ref().unwrap_err().origin, "in:4");
    assert_eq!(out[3].as_ref().unwrap().id, "in:5");
}

#[test]
fn sniffs_formats() {
    assert_eq!(sniff(b"{\"text\": \"a\"}\n{\"text\": \"b\"}"), Format::Jsonl);
    assert_eq!(sniff(b"{\n \"text\": \"a\"\n}"), Format::Json);
    assert_eq!(sniff(b"[{\"text\": \"a\"}]"), Format::Json);
    assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
    assert_eq!(sniff(b"China accused MI6."), Format::Text);
}

#[test]
fn json_array() {
    let out = docs(br#"[{"id": 7, "text": "A."}, 3, {"text": "B."}]"#, Some(Format::Json));
    assert_eq!(out[0].as_ref().unwrap().id, "7");
    assert!(out[1].is_err());
    assert_eq!(out[2].as_ref().unwrap().id, "in:2");
}

#[test]
fn html_main_text_only() {
    let html = br#"<!doctype html><html><head><title>Spy row</title>
<meta property="article:published_time" content="2025-06-02T08:00:00Z">
<meta name="author" content="Kelly Ng"><script>var x = "no";</script></head>
<body><nav><a>Home</a> <a>World</a></nav>
<article><h1>China accuses MI6</h1><p>China has accused <b>MI6</b> of recruiting spies.</p>
<div class="share-bar">Share on Facebook</div><p>The BBC has reached out.</p></article>
<section id="comments"><p>Great article!</p></section><footer>(c) 2025</footer></body></html>"#;
    let out = docs(html, None);
    let d = out[0].as_ref().unwrap();
    assert_eq!(
        d.raw,
        "China accuses MI6\n\nChina has accused MI6 of recruiting spies.\n\nThe BBC has reached out."
    );
    assert_eq!(d.meta.title.as_deref(), Some("Spy row"));
    assert_eq!(d.meta.author.as_deref(), Some("Kelly Ng"));
    assert_eq!(d.meta.date.as_deref(), Some("2025-06-02"));
}

#[test]
fn bad_bytes() {
    assert_eq!(
        docs(b"\x89PNG\r\n\x1a\n....", None)[0].as_ref().unwrap_err().kind,
        ErrorKind::Binary
    );
    assert_eq!(docs(b"", None)[0].as_ref().unwrap_err().kind, ErrorKind::Empty);
    let d = docs(b"caf\xc3\xa9 \xff ok", None);
    let d = d[0].as_ref().unwrap();
    assert_eq!(d.raw, "café \u{FFFD} ok");
    assert_eq!(d.warnings.len(), 1);
}
