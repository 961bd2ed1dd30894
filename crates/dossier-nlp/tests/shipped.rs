//! The shipped (embedded) models: analyses beyond doubt, and the example articles end to end.

use dossier_core::{Document, Pipeline, Stage};
use dossier_nlp::{models, Analyse};
use dossier_text::{clean::Cleaner, segment::Segmenter};

/// (form, upos, xpos, lemma) for each word of `sentence` as the shipped tagger sees it.
fn analyse(sentence: &str) -> Vec<(String, String, String, String)> {
    let t = models::tagger().expect("embedded tagger loads");
    let forms: Vec<&str> = sentence.split(' ').collect();
    let mut s = dossier_nlp::tagger::Scratch::default();
    let mut out = Vec::new();
    t.analyse(&mut s, &forms, &mut out);
    forms
        .iter()
        .zip(&out)
        .map(|(f, a)| {
            let lemma = a.lemma.map_or_else(|| f.to_string(), |e| e.apply(f).into_owned());
            (f.to_string(), a.upos.to_string(), a.xpos.to_string(), lemma)
        })
        .collect()
}

fn check(sentence: &str, expect: &[(&str, &str, &str, &str)]) {
    let got = analyse(sentence);
    for &(form, upos, xpos, lemma) in expect {
        let w = got
            .iter()
            .find(|w| w.0 == form)
            .unwrap_or_else(|| panic!("{form} not in {sentence}"));
        assert_eq!(
            (w.1.as_str(), w.2.as_str(), w.3.as_str()),
            (upos, xpos, lemma),
            "{form} in {sentence:?}: {got:?}"
        );
    }
}

#[test]
fn analyses_beyond_doubt() {
    check(
        "MI6 recruited two Chinese civil servants , the ministry said .",
        &[
            ("recruited", "VERB", "VBD", "recruit"),
            ("servants", "NOUN", "NNS", "servant"),
            ("said", "VERB", "VBD", "say"),
        ],
    );
    check(
        "The spies were arrested in London .",
        &[("spies", "NOUN", "NNS", "spy"), ("were", "AUX", "VBD", "be")],
    );
    check(
        "The agency is recruiting officers .",
        &[
            ("recruiting", "VERB", "VBG", "recruit"),
            ("officers", "NOUN", "NNS", "officer"),
        ],
    );
    check(
        "She has denied the allegations .",
        &[
            ("denied", "VERB", "VBN", "deny"),
            ("allegations", "NOUN", "NNS", "allegation"),
        ],
    );
}

#[test]
fn example_articles_analyse_without_error() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let stage = Analyse::embedded().expect("embedded models load");
    let pipeline = Pipeline::new().with(Cleaner::new()).with(Segmenter::new());
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("examples/ exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let raw = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let mut doc = Document::new(path.display().to_string(), raw);
        pipeline.run(&mut doc).unwrap();
        stage.process(&mut doc).unwrap();
        assert!(!doc.tokens.is_empty());
        for (i, s) in doc.sentences.iter().enumerate() {
            let toks = doc.sentence_tokens(i);
            let roots = toks.iter().filter(|t| t.analysis.head == 0).count();
            assert_eq!(roots, 1, "one root per sentence");
            for t in toks {
                assert!(!t.analysis.upos.is_empty() && !t.analysis.xpos.is_empty());
                assert!(t.analysis.head as usize <= toks.len() && !t.analysis.deprel.is_empty());
                assert!(t.analysis.lemma(&t.form(&doc.text)).is_some_and(|l| !l.is_empty()));
            }
            let _ = s;
        }
        n += 1;
    }
    assert_eq!(n, 3);
}
