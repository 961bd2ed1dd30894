//! Tests of the lemmatiser on a small hand-made treebank.

use super::*;

fn tiny() -> Vec<conllu::Sentence> {
    let rows = [
        ("walked", "VBD", "walk"),
        ("talked", "VBD", "talk"),
        ("jumped", "VBD", "jump"),
        ("went", "VBD", "go"),
        ("built", "VBD", "build"),
        ("cities", "NNS", "city"),
        ("flies", "NNS", "fly"),
        ("dogs", "NNS", "dog"),
        ("cats", "NNS", "cat"),
        ("The", "DT", "the"),
        ("AP", "NNP", "AP"),
        ("walking", "VBG", "walk"),
        ("talking", "VBG", "talk"),
    ];
    let mut s = conllu::Sentence::default();
    for (i, (f, x, l)) in rows.iter().enumerate() {
        s.lines.push(conllu::Line::word(i as u32 + 1, f, l, "X", x, "_"));
    }
    vec![s]
}

#[test]
fn edits_between_forms_and_lemmas() {
    let e = Edit::between("Spies", "spy");
    assert_eq!((e.lower, e.strip, &*e.append), (true, 3, "y"));
    assert_eq!(Edit::between("AP", "AP").apply("AP"), "AP");
    assert!(!Edit::between("AP", "AP").lower);
    assert_eq!(Edit::between("went", "go").apply("went"), "go");
    assert_eq!(Edit::between("naïve", "naïf").apply("naïve"), "naïf");
}

#[test]
fn learns_rules_and_exceptions() {
    let m = Lemmatiser::train(&tiny());
    assert_eq!(m.lemma("recruited", "VBD"), "recruit");
    assert_eq!(m.lemma("spies", "NNS"), "spy");
    assert_eq!(m.lemma("recruiting", "VBG"), "recruit");
    assert_eq!(m.lemma("went", "VBD"), "go");
    assert_eq!(m.lemma("The", "DT"), "the");
    assert_eq!(m.lemma("unseen", "JJ"), "unseen");
    // A prefix on an irregular verb the exceptions know; not on other tags.
    assert_eq!(m.lemma("rebuilt", "VBD"), "rebuild");
    assert_eq!(m.lemma("outwent", "VBD"), "outgo");
    assert_ne!(m.lemma("rebuilt", "NN"), "rebuild");
    let mut w = Writer::default();
    m.write(&mut w);
    let m2 = Lemmatiser::read(&mut Reader::new(&w.buf)).unwrap();
    assert_eq!(m2.lemma("spies", "NNS"), "spy");
    assert_eq!(m2.lemma("went", "VBD"), "go");
}

#[test]
fn casing_variants() {
    let mut s = conllu::Sentence::default();
    let rows = [
        ("I", "PRP", "I"),
        ("I", "PRP", "I"),
        ("i", "PRP", "I"),
        ("went", "VBD", "go"),
        ("Cats", "NNS", "cat"),
        ("walk", "VB", "walk"),
        ("talk", "VB", "talk"),
        ("Talk", "VB", "talk"),
        ("AP", "NNP", "AP"),
        ("bbc", "NNP", "bbc"),
    ];
    for (i, (f, x, l)) in rows.iter().enumerate() {
        s.lines.push(conllu::Line::word(i as u32 + 1, f, l, "X", x, "_"));
    }
    let m = Lemmatiser::train(&[s]);
    assert_eq!(m.lemma("i", "PRP"), "I");
    assert_eq!(m.lemma("I", "PRP"), "I");
    assert_eq!(m.lemma("Went", "VBD"), "go");
    assert_eq!(m.lemma("Work", "VB"), "work");
    assert_eq!(m.lemma("MI6", "NNP"), "MI6");
}
