//! Unit tests of the segmenter as a whole: tokens and sentences of small English examples.
//! Must not test private helpers of the submodules (they have their own tests).

use super::Segmenter;
use dossier_core::{Document, Sentence, Token};

/// Sentences as lists of word surfaces.
fn seg(text: &str) -> Vec<Vec<String>> {
    let s = Segmenter::new();
    let (mut toks, mut sents) = (Vec::new(), Vec::new());
    s.segment_text(text, &mut toks, &mut sents);
    sents
        .iter()
        .map(|st| {
            toks[st.token_range()]
                .iter()
                .map(|t| t.span.slice(text).to_string())
                .collect()
        })
        .collect()
}

/// Words of a one-sentence text.
fn words(text: &str) -> Vec<String> {
    let s = seg(text);
    assert_eq!(s.len(), 1, "{text:?} gave {s:?}");
    s.into_iter().next().unwrap()
}

fn toks(text: &str) -> Vec<Token> {
    let (mut t, mut s): (Vec<Token>, Vec<Sentence>) = (Vec::new(), Vec::new());
    Segmenter::new().segment_text(text, &mut t, &mut s);
    t
}

#[test]
fn abbreviations_titles_and_initials() {
    assert_eq!(
        words("Gen. Zhang Youxia was removed."),
        ["Gen.", "Zhang", "Youxia", "was", "removed", "."]
    );
    assert_eq!(
        words("Dr Han met Mr. Smith."),
        ["Dr", "Han", "met", "Mr.", "Smith", "."]
    );
    assert_eq!(words("John F. Kennedy spoke."), ["John", "F.", "Kennedy", "spoke", "."]);
    assert_eq!(
        words("J.R.R. Tolkien wrote it."),
        ["J.R.R.", "Tolkien", "wrote", "it", "."]
    );
    assert_eq!(
        words("Acme Inc. and Foo Corp. merged."),
        ["Acme", "Inc.", "and", "Foo", "Corp.", "merged", "."]
    );
    assert_eq!(
        words("It rose in Jan. by 5%."),
        ["It", "rose", "in", "Jan.", "by", "5", "%", "."]
    );
    assert_eq!(
        words("See No. 5 and e.g. this, i.e. that."),
        ["See", "No.", "5", "and", "e.g.", "this", ",", "i.e.", "that", "."]
    );
    assert_eq!(words("Ali vs. Frazier"), ["Ali", "vs.", "Frazier"]);
    // "no." without a number is the word "no" and a period.
    assert_eq!(
        seg("I said no. Then I left."),
        [vec!["I", "said", "no", "."], vec!["Then", "I", "left", "."]]
    );
}

#[test]
fn us_and_sentence_end_after_abbreviation() {
    assert_eq!(
        words("The U.S. Army said so."),
        ["The", "U.S.", "Army", "said", "so", "."]
    );
    // An abbreviation that ends a sentence gives its period to the sentence, as EWT writes it.
    assert_eq!(
        seg("He moved to the U.S. The move was quick."),
        [
            vec!["He", "moved", "to", "the", "U.S", "."],
            vec!["The", "move", "was", "quick", "."]
        ]
    );
    assert_eq!(
        seg("It sells fruit, nuts, etc. We buy them."),
        [
            vec!["It", "sells", "fruit", ",", "nuts", ",", "etc", "."],
            vec!["We", "buy", "them", "."]
        ]
    );
    assert_eq!(seg("Acme Inc.. Then"), [vec!["Acme", "Inc.", "."], vec!["Then"]]);
    // Not when a name follows.
    assert_eq!(words("The U.S. Congress met."), ["The", "U.S.", "Congress", "met", "."]);
}

#[test]
fn decimals_numbers_and_money() {
    assert_eq!(
        words("It grew 3.5 percent to $5,000 at 5:30 on 9/11."),
        ["It", "grew", "3.5", "percent", "to", "$", "5,000", "at", "5:30", "on", "9/11", "."]
    );
    assert_eq!(words("Call 713-853-3989 now"), ["Call", "713-853-3989", "now"]);
    assert_eq!(words("pages 5-10"), ["pages", "5", "-", "10"]);
    assert_eq!(
        words("a 375mm gun at 6pm on the 10th in the 1990s with 3G"),
        ["a", "375", "mm", "gun", "at", "6", "pm", "on", "the", "10th", "in", "the", "1990s", "with", "3G"]
    );
    assert_eq!(
        words("3,40 Euros or 7,5 Euros"),
        ["3,40", "Euros", "or", "7,5", "Euros"]
    );
}

#[test]
fn quotes_and_brackets() {
    assert_eq!(
        seg("\"He left.\" She said nothing."),
        [vec!["\"", "He", "left", ".", "\""], vec!["She", "said", "nothing", "."]]
    );
    assert_eq!(
        seg("“We deny it.” The ministry (MSS) spoke."),
        [
            vec!["“", "We", "deny", "it", ".", "”"],
            vec!["The", "ministry", "(", "MSS", ")", "spoke", "."]
        ]
    );
    assert_eq!(
        seg("He won (again.) Then he left."),
        [
            vec!["He", "won", "(", "again", ".", ")"],
            vec!["Then", "he", "left", "."]
        ]
    );
    assert_eq!(
        words("'Really?' he asked."),
        ["'", "Really", "?", "'", "he", "asked", "."]
    );
    assert_eq!(words("“Why?” he asked."), ["“", "Why", "?", "”", "he", "asked", "."]);
    // Informal text: a lower-case word after a plain full stop starts a sentence.
    assert_eq!(
        seg("i left. then i came back"),
        [vec!["i", "left", "."], vec!["then", "i", "came", "back"]]
    );
    // A plural possessive is two words, as EWT splits it (29 of its 30 in train), whether
    // or not the apostrophe closes a single quote.
    assert_eq!(words("the soldiers' home"), ["the", "soldiers", "'", "home"]);
    assert_eq!(
        words("he said 'the soldiers' home"),
        ["he", "said", "'", "the", "soldiers", "'", "home"]
    );
}

#[test]
fn lines_without_punctuation_are_sentences() {
    assert_eq!(
        seg("China accuses MI6\nThe ministry said so.\n\nNext one"),
        [
            vec!["China", "accuses", "MI6"],
            vec!["The", "ministry", "said", "so", "."],
            vec!["Next", "one"]
        ]
    );
    assert_eq!(
        seg("1. First point\n2. Second point"),
        [vec!["1", ".", "First", "point"], vec!["2", ".", "Second", "point"]]
    );
}

#[test]
fn clitics_are_multiword_tokens() {
    assert_eq!(
        words("Britain's spies can't, don't and cannot stop."),
        ["Britain", "'s", "spies", "ca", "n't", ",", "do", "n't", "and", "can", "not", "stop", "."]
    );
    let text = "Britain’s MI6 won’t gonna";
    let t = toks(text);
    let forms: Vec<_> = t.iter().map(|t| t.form(text).into_owned()).collect();
    assert_eq!(forms, ["Britain", "'s", "MI6", "wo", "n't", "gon", "na"]);
    let mwt: Vec<u8> = t.iter().map(|t| t.mwt).collect();
    assert_eq!(mwt, [2, 0, 0, 2, 0, 2, 0]);
    let space: Vec<bool> = t.iter().map(|t| t.space_after).collect();
    assert_eq!(space, [false, true, true, false, true, false, false]);
    // norm only where the form differs.
    assert!(t[0].norm.is_none() && t[2].norm.is_none());
    assert_eq!(t[1].norm.as_deref(), Some("'s"));
    // The modifier letter apostrophe (U+02BC) some sites print is an apostrophe too.
    assert_eq!(words("the Prosecutorʼs Office"), ["the", "Prosecutor", "ʼs", "Office"]);
}

#[test]
fn hyphens_follow_ewt() {
    assert_eq!(
        words("a mid-level counter-espionage e-mail"),
        ["a", "mid-level", "counter-espionage", "e-mail"]
    );
    assert_eq!(
        words("the so-called Sino-British deal"),
        ["the", "so", "-", "called", "Sino", "-", "British", "deal"]
    );
    assert_eq!(words("non-violent, career-wise"), ["non-violent", ",", "career-wise"]);
}

#[test]
fn urls_and_emails() {
    assert_eq!(
        words("See http://www.bbc.co.uk/news/world-asia-123 (BBC)."),
        ["See", "http://www.bbc.co.uk/news/world-asia-123", "(", "BBC", ")", "."]
    );
    assert_eq!(
        words("Write to john.smith@enron.com."),
        ["Write", "to", "john.smith@enron.com", "."]
    );
    assert_eq!(words("(www.mss.gov.cn)"), ["(", "www.mss.gov.cn", ")"]);
    assert_eq!(
        words("Smith\"<jo...@mail.co.uk>"),
        ["Smith", "\"", "<", "jo...@mail.co.uk", ">"]
    );
    assert_eq!(
        words("see http://en.wikipedia.org/wiki/Foo_(bar))"),
        ["see", "http://en.wikipedia.org/wiki/Foo_(bar)", ")"]
    );
    assert_eq!(words("join #audiobooks :-) now"), ["join", "#audiobooks", ":-)", "now"]);
}

#[test]
fn ellipsis() {
    assert_eq!(words("Well... maybe not…"), ["Well", "...", "maybe", "not", "…"]);
    assert_eq!(
        seg("He waited... Nobody came."),
        [vec!["He", "waited", "..."], vec!["Nobody", "came", "."]]
    );
    let text = "wait…";
    assert_eq!(toks(text)[1].norm.as_deref(), Some("..."));
}

#[test]
fn dashes_are_normalised() {
    let text = "MI6—Britain’s service – said “no”";
    let t = toks(text);
    let forms: Vec<_> = t.iter().map(|t| t.form(text).into_owned()).collect();
    assert_eq!(
        forms,
        ["MI6", "--", "Britain", "'s", "service", "-", "said", "\"", "no", "\""]
    );
}

#[test]
fn sentence_spans_and_document() {
    let mut doc = Document::new("d", "");
    doc.text = "He left. She stayed!\nWhy?".to_string();
    let s = Segmenter::new();
    s.segment(&mut doc);
    let texts: Vec<_> = doc.sentences.iter().map(|st| doc.slice(st.span)).collect();
    assert_eq!(texts, ["He left.", "She stayed!", "Why?"]);
    // Running twice gives the same result (layers are cleared first).
    let before = doc.tokens.clone();
    s.segment(&mut doc);
    assert_eq!(doc.tokens, before);
    assert_eq!(dossier_core::Stage::name(&s), "segment");
}

#[test]
fn odd_inputs_do_not_panic() {
    for t in [
        "",
        " ",
        "\n\n",
        ".",
        "'",
        "’s",
        "-",
        "…",
        "\u{0}",
        "a\u{301}.",
        "..A",
        "U.S.",
        "e-",
        "-e",
        "http://",
        "www.",
        ":)",
        "\r\n",
    ] {
        let _ = seg(t);
    }
}

#[test]
fn units_after_numbers_and_doubled_quotes() {
    assert_eq!(
        words("at 7:30PM for 13.9M or 1,350kg"),
        ["at", "7:30", "PM", "for", "13.9", "M", "or", "1,350", "kg"]
    );
    assert_eq!(words("``Yes,'' he said."), ["``", "Yes", ",", "''", "he", "said", "."]);
}
