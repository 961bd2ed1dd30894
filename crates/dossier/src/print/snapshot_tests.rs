//! Snapshots (insta) of every event format on the hand-built fixture document, so a change to
//! a format shows up as a diff to review, independent of what the coder finds.

use super::fixture;

fn run(print: impl Fn(&dossier_core::Document, &mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    print(&fixture::document(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn jsonl_fixture() {
    let lines: Vec<serde_json::Value> = run(|d, o| super::record::print(d, false, false, o))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    insta::assert_json_snapshot!(lines);
}

#[test]
fn plover_fixture() {
    let lines: Vec<serde_json::Value> = run(|d, o| super::plover::print(d, true, o))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .map(|mut v: serde_json::Value| {
            v["dateCoded"] = "[today]".into();
            v
        })
        .collect();
    assert_eq!(lines.len(), 6);
    insta::assert_json_snapshot!(lines);
}

#[test]
fn petrarch_fixture() {
    let s = run(super::petrarch::print);
    // The spy event has no CAMEO code and the negated expulsion is skipped; the two reports of
    // the same expulsion share one line; the deny event's uncoded second actor is left out and
    // its missing target is `---`.
    assert_eq!(s.lines().count(), 3, "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn csv_fixture() {
    let mut s = String::new();
    let mut out = Vec::new();
    super::csv::header(&mut out).unwrap();
    s.push_str(&String::from_utf8(out).unwrap());
    s.push_str(&run(super::csv::print));
    insta::assert_snapshot!(s);
}

#[test]
fn table_fixture() {
    let style = super::table::Style {
        colour: false,
        explain: true,
    };
    insta::assert_snapshot!(run(|d, o| super::table::print(d, style, o)));
}
