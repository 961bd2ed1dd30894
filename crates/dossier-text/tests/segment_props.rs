//! Property tests of the segmenter: it never panics, and its output is always well formed
//! (token spans on character boundaries, non-empty, whitespace-free, in order and
//! non-overlapping; sentences in order, covering their tokens, spanning first to last token).
//! These tests check invariants only; expected segmentations are unit tests in the crate.

use dossier_core::{Sentence, Token};
use dossier_text::segment::Segmenter;
use proptest::prelude::*;

/// Checks every invariant of a segmentation of `text`.
fn check(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Result<(), TestCaseError> {
    let mut prev_end = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        prop_assert!(s < e, "token {i} is empty: {s}..{e}");
        prop_assert!(e <= text.len(), "token {i} past the end");
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "token {i} not on char boundaries"
        );
        prop_assert!(s >= prev_end, "token {i} overlaps or is out of order");
        let surface = &text[s..e];
        prop_assert!(
            !surface.chars().any(char::is_whitespace),
            "token {i} {surface:?} has whitespace"
        );
        if let Some(n) = &t.norm {
            prop_assert!(!n.is_empty() && n.as_ref() != surface, "token {i}: pointless norm");
        }
        prop_assert!(t.mwt != 1, "mwt of 1 on token {i}");
        if t.mwt >= 2 {
            let n = t.mwt as usize;
            prop_assert!(i + n <= tokens.len(), "multiword token {i} runs past the end");
            for w in &tokens[i..i + n - 1] {
                prop_assert!(!w.space_after, "space inside multiword token at {i}");
            }
            for (k, pair) in tokens[i..i + n].windows(2).enumerate() {
                prop_assert_eq!(
                    pair[0].span.end,
                    pair[1].span.start,
                    "gap inside multiword token {} word {}",
                    i,
                    k
                );
            }
        }
        prev_end = e;
    }
    // Every non-whitespace character belongs to some token.
    let covered: usize = tokens.iter().map(|t| t.span.len()).sum();
    let non_space: usize = text.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
    prop_assert_eq!(covered, non_space.min(u32::MAX as usize));

    let mut next_tok = 0u32;
    let mut prev_sent_end = 0u32;
    for (i, s) in sentences.iter().enumerate() {
        prop_assert!(s.tokens.start < s.tokens.end, "sentence {i} has no tokens");
        prop_assert_eq!(s.tokens.start, next_tok, "sentence {} does not follow the previous", i);
        prop_assert!(s.tokens.end as usize <= tokens.len());
        let first = &tokens[s.tokens.start as usize];
        let last = &tokens[s.tokens.end as usize - 1];
        prop_assert_eq!(s.span.start, first.span.start, "sentence {} start", i);
        prop_assert_eq!(s.span.end, last.span.end, "sentence {} end", i);
        prop_assert!(s.span.start >= prev_sent_end, "sentence {i} out of order");
        // A multiword token never straddles a sentence boundary.
        for (k, t) in tokens[s.token_range()].iter().enumerate() {
            prop_assert!(
                s.tokens.start as usize + k + t.mwt as usize <= s.tokens.end as usize,
                "multiword token crosses sentence {i}"
            );
        }
        prev_sent_end = s.span.end;
        next_tok = s.tokens.end;
    }
    prop_assert_eq!(next_tok as usize, tokens.len(), "tokens outside sentences");
    Ok(())
}

fn run(text: &str) -> Result<(), TestCaseError> {
    let seg = Segmenter::new();
    let (mut tokens, mut sentences) = (Vec::new(), Vec::new());
    seg.segment_text(text, &mut tokens, &mut sentences);
    check(text, &tokens, &sentences)
}

/// Strings over a small alphabet of characters that stress the rules.
fn tricky() -> impl Strategy<Value = String> {
    let alphabet = vec![
        ".", "'", "’", "‘", "\"", "“", "”", "(", ")", "[", "]", "\n", " ", "A", "a", "s", "t", "n", "1", "-", "…", ",",
        ":", ";", "!", "?", "/", "@", "#", "$", "&", "`", "—", "\u{301}", "\u{200D}", "\t", "\r", "é", "U.S.", "Dr.",
        "can't", "http://", "www.", "Inc.", "etc.", "No.", ":-)", "e-", "mid", "s'", "...", "\u{0}", "\u{FEFF}",
        "\u{00A0}", "5", "mm", "=",
    ];
    prop::collection::vec(prop::sample::select(alphabet), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_string(s in "\\PC*") {
        run(&s)?;
    }

    #[test]
    fn any_chars_including_controls(s in prop::collection::vec(any::<char>(), 0..200)) {
        let s: String = s.into_iter().collect();
        run(&s)?;
    }

    #[test]
    fn tricky_alphabet(s in tricky()) {
        run(&s)?;
    }
}

#[test]
fn empty_and_whitespace_only() {
    for s in ["", " ", "\n", "\n\n\n", " \t\r\n ", "\u{00A0}\u{2028}"] {
        run(s).unwrap();
    }
}

#[test]
fn one_long_line() {
    // A 4 MB line with no break at all, and a 4 MB run of one punctuation character.
    let words = "Gen. Zhang's U.S.-born aide can't say... ".repeat(100_000);
    run(&words).unwrap();
    run(&".".repeat(4_000_000)).unwrap();
    run(&"a".repeat(4_000_000)).unwrap();
}

#[test]
fn pathological_lines_stay_linear() {
    // Each of these would take minutes if any rule looked back or ahead over the whole line.
    let t = std::time::Instant::now();
    run(&".)".repeat(1_000_000)).unwrap();
    run(&"dogs' ".repeat(300_000)).unwrap();
    run(&format!("http://x.org/{}", ")".repeat(1_000_000))).unwrap();
    run(&format!("http://x.org/{}", "(".repeat(1_000_000))).unwrap();
    run(&"a-".repeat(1_000_000)).unwrap();
    run(&"mid-".repeat(500_000)).unwrap();
    run(&"1,".repeat(1_000_000)).unwrap();
    run(&"a.".repeat(1_000_000)).unwrap();
    run(&"x@".repeat(1_000_000)).unwrap();
    run(&"@a.b".repeat(500_000)).unwrap();
    run(&"can't've".repeat(300_000)).unwrap();
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
}
