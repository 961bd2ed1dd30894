//! Tests of actor recognition on sentences analysed by the real segmenter (and, where the
//! model is shipped, tagger and parser).

use super::Recogniser;
use dossier_core::Document;
use dossier_text::segment::Segmenter;

fn actors(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut doc = Document::new("t", text);
    doc.text = text.to_string();
    Segmenter::new().segment(&mut doc);
    let r = Recogniser::new().expect("builtin dictionaries load");
    r.recognise(&mut doc);
    doc.actors
        .iter()
        .map(|a| (doc.slice(a.span).to_string(), a.code.clone(), a.entity.clone()))
        .collect()
}

fn codes(text: &str) -> Vec<(String, Option<String>)> {
    actors(text).into_iter().map(|(t, c, _)| (t, c)).collect()
}

fn has(v: &[(String, Option<String>)], text: &str, code: &str) -> bool {
    v.iter().any(|(t, c)| t == text && c.as_deref() == Some(code))
}

#[test]
fn possessive_and_appositive_make_one_service() {
    let v = codes(
        "China has accused Britain’s secret intelligence service, MI6, of recruiting Chinese civil servants as spies.",
    );
    assert!(has(&v, "China", "CHN"), "{v:?}");
    assert!(has(&v, "Britain’s secret intelligence service, MI6", "GBRSPY"), "{v:?}");
    assert!(has(&v, "Chinese civil servants", "CHNGOV"), "{v:?}");
}

#[test]
fn title_and_name_take_the_organisation_code() {
    let a = actors("CIA Director John Ratcliffe said in a statement that the videos reached a large audience.");
    assert!(
        a.iter().any(|(t, c, e)| t == "CIA Director John Ratcliffe"
            && c.as_deref() == Some("USASPY")
            && e.as_deref() == Some("John Ratcliffe")),
        "{a:?}"
    );
}

#[test]
fn nationality_with_agents() {
    let v = codes("Russian diplomats met Chinese officials and MI6 operatives.");
    assert!(has(&v, "Russian diplomats", "RUSGOV"), "{v:?}");
    assert!(has(&v, "Chinese officials", "CHNGOV"), "{v:?}");
    assert!(has(&v, "MI6 operatives", "GBRSPY"), "{v:?}");
}

#[test]
fn names_seen_before_keep_their_code() {
    let a = actors("CIA Director John Ratcliffe spoke. Later Ratcliffe said more.");
    let later: Vec<_> = a.iter().filter(|(t, _, _)| t == "Ratcliffe").collect();
    assert_eq!(later.len(), 1, "{a:?}");
    assert_eq!(later[0].1.as_deref(), Some("USASPY"));
}

#[test]
fn bare_nouns_without_antecedent_are_not_actors() {
    let v = codes("The king was hesitant at first, but he couldn’t resist.");
    assert!(v.is_empty(), "{v:?}");
}
