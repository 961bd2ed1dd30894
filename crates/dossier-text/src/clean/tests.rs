//! Unit tests of the clean stage.

use super::*;

fn cleaned(raw: &str) -> Document {
    let mut d = Document::new("t", raw);
    Cleaner::new().clean(&mut d);
    d
}

/// Every kept character maps back to the same character of the raw text, unless repaired.
fn assert_aligned(d: &Document) {
    for (i, c) in d.text.char_indices() {
        if c == ' ' || c == '\n' {
            continue;
        }
        let r = d.alignment.to_raw(i);
        let repaired = d.repairs.iter().any(|x| x.raw.start as usize == r);
        if !repaired {
            assert_eq!(d.raw[r..].chars().next(), Some(c), "char {c:?} at {i} maps to raw {r}");
        }
    }
}

#[test]
fn whitespace_is_normalised() {
    let d = cleaned("  Hello \t  world.  \r\nSecond\u{a0}line.\n\n\n\nThird.  ");
    assert_eq!(d.text, "Hello world.\nSecond line.\n\nThird.");
    assert_aligned(&d);
}

#[test]
fn mojibake_is_repaired_and_recorded() {
    let d = cleaned("Chinaโ€™s military and โ€œa brighter future,โ€ weeks later.");
    assert_eq!(d.text, "China’s military and “a brighter future,” weeks later.");
    assert_eq!(d.repairs.len(), 3);
    assert!(d.repairs.iter().all(|r| r.kind == "mojibake"));
    assert_eq!(&d.raw[d.repairs[0].raw.range()], "โ€™");
    assert_aligned(&d);
}

#[test]
fn boilerplate_and_bylines_dropped() {
    let d = cleaned("- author, Kelly Ng\n- role, BBC News\nChina accused MI6.\n\nLeave comment\n\nYour email address will not be published.");
    assert_eq!(d.text, "China accused MI6.");
    assert_eq!(d.meta.author.as_deref(), Some("Kelly Ng"));
    assert_eq!(d.meta.publisher.as_deref(), Some("BBC News"));
    let reasons: Vec<_> = d.dropped.iter().map(|x| x.reason).collect();
    assert_eq!(reasons, ["byline", "byline", "boilerplate", "boilerplate"]);
    assert_eq!(&d.raw[d.dropped[2].raw.range()], "Leave comment");
    assert_aligned(&d);
}

#[test]
fn dateline_sets_date() {
    let d = cleaned("Published 2 June 2025\nThe ministry said.");
    assert_eq!(d.meta.date.as_deref(), Some("2025-06-02"));
    assert_eq!(d.text, "The ministry said.");
}

#[test]
fn control_and_invisible_removed() {
    let d = cleaned("a\u{0}b\u{200B}c\u{7}\n\u{1}\nd");
    assert_eq!(d.text, "abc\n\nd"); // a line of only control characters is blank
    assert_eq!(d.repairs.len(), 2); // the trailing BEL is line margin, not a repair
    assert_aligned(&d);
}

#[test]
fn empty_and_blank() {
    assert_eq!(cleaned("").text, "");
    assert_eq!(cleaned(" \n\t\n ").text, "");
}

#[test]
fn offsets_of_the_seed_mojibake_line_map_back() {
    let raw = "The CIA released a video Thursday appealing to members of Chinaโ€™s military.";
    let d = cleaned(raw);
    let at = d.text.find("military").unwrap();
    let r = d.alignment.to_raw(at);
    assert_eq!(&raw[r..r + 8], "military");
}
