//! Property tests of the clean stage: it never panics, its output is normalised, and its
//! alignment maps every cleaned offset to a character boundary of the raw text, in order.

use dossier_core::Document;
use dossier_text::clean::Cleaner;
use proptest::prelude::*;

/// Strings rich in what the cleaner handles: mojibake pieces, odd spaces, controls, newlines,
/// boilerplate words.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\n\n\n",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "\u{0}",
        "\u{7}",
        "โ€™",
        "โ€œ",
        "โ€",
        "â€™",
        "Ã©",
        "Ã",
        "€",
        "™",
        "é",
        "’",
        "ไทย",
        "北京",
        ".",
        "Leave comment",
        "- author, X",
        "- role, Y",
        "·3-min read",
        "By Ann Lee",
        "Published 2 June 2025",
        "\u{FFFD}",
        "😀",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn check(raw: String) -> Result<(), TestCaseError> {
    let mut doc = Document::new("p", raw);
    Cleaner::new().clean(&mut doc);
    let text = &doc.text;
    prop_assert!(!text.contains('\r'));
    prop_assert!(!text.contains("  "));
    prop_assert!(!text.contains("\n\n\n"));
    for line in text.split('\n') {
        prop_assert_eq!(line, line.trim_matches(' '));
    }
    let mut last = 0;
    for (i, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let r = doc.alignment.to_raw(i);
        prop_assert!(r <= doc.raw.len(), "offset {} maps past the raw end", i);
        prop_assert!(doc.raw.is_char_boundary(r), "offset {} maps inside a raw character", i);
        prop_assert!(r >= last, "alignment goes backwards at {}", i);
        last = r;
    }
    for d in &doc.dropped {
        prop_assert!(d.raw.end as usize <= doc.raw.len());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_string(raw in any::<String>()) {
        check(raw)?;
    }

    #[test]
    fn tricky_strings_clean_and_align(raw in tricky()) {
        check(raw)?;
    }
}
