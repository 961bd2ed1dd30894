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

/// Codes of the actors of `text` after the full analysis (tagger and parser), as in the
/// pipeline; `date` is the document date.
fn analysed(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    use dossier_core::Stage;
    use std::sync::OnceLock;
    static STAGES: OnceLock<(dossier_nlp::Analyse, Recogniser)> = OnceLock::new();
    let (analyse, recognise) = STAGES.get_or_init(|| {
        (
            dossier_nlp::Analyse::embedded().expect("models load"),
            Recogniser::new().expect("builtin dictionaries load"),
        )
    });
    let mut doc = Document::new("t", text);
    doc.text = text.to_string();
    doc.meta.date = date.map(str::to_string);
    Segmenter::new().segment(&mut doc);
    analyse.process(&mut doc).expect("analyse");
    recognise.process(&mut doc).expect("recognise");
    doc.actors
        .iter()
        .map(|a| (doc.slice(a.span).to_string(), a.code.clone()))
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

#[test]
fn definite_nouns_refer_back_to_the_named_organisation() {
    let a = actors("China’s Ministry of State Security said MI6 recruited him. The ministry alleges more.");
    let m = a
        .iter()
        .find(|(t, _, _)| t == "ministry")
        .expect("the ministry is linked");
    assert_eq!(m.1.as_deref(), Some("CHNSPY"));
}

#[test]
fn a_generic_person_takes_the_code_of_the_group_named_before() {
    let a = actors("MI6 recruited Chinese civil servants. It turned a Chinese man, identified only as Wang.");
    let w = a
        .iter()
        .find(|(t, _, _)| t == "Chinese man")
        .expect("the man is an actor");
    assert_eq!((w.1.as_deref(), w.2.as_deref()), (Some("CHNGOV"), Some("Wang")));
}

#[test]
fn unknown_names_without_any_link_are_not_actors() {
    let v = codes("Yesterday Smithers went home.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn dated_codes_follow_the_document_date() {
    // Phoenix codes a head of state by date range; without a date the latest range applies.
    let mut doc = Document::new("t", "");
    doc.text = "Xi Jinping met Vladimir Putin.".into();
    Segmenter::new().segment(&mut doc);
    let r = Recogniser::new().unwrap();
    r.recognise(&mut doc);
    assert!(
        doc.actors.iter().any(|a| a.code.as_deref() == Some("CHNGOV")),
        "{:?}",
        doc.actors
    );
    doc.meta.date = Some("1990-01-01".into());
    r.recognise(&mut doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("CHNGOV") || doc.slice(a.span) != "Xi Jinping"),
        "{:?}",
        doc.actors
    );
}

#[test]
fn dotted_abbreviations_match_inside_and_at_the_end_of_a_sentence() {
    let v = codes("U.S. officials said the U.S. government sent two U.K. envoys to meet the U.S.");
    assert!(has(&v, "U.S. officials", "USAGOV"), "{v:?}");
    assert!(has(&v, "U.S. government", "USAGOV"), "{v:?}");
    assert!(has(&v, "U.K. envoys", "GBRGOV"), "{v:?}");
    assert!(has(&v, "U.S", "USA"), "{v:?}");
}

#[test]
fn shared_service_names_follow_the_gazetteer_rule() {
    // `NIS` alone is South Korea's (default); `KGB` in a story about Belarus after 1991 is
    // Belarus's; `GRU` after 1992 is Russia's.
    let v = analysed("In Seoul, the NIS said so.", Some("2020-05-01"));
    assert!(has(&v, "NIS", "KORSPY"), "{v:?}");
    let v = analysed("Belarus said the KGB detained a man in Gomel.", Some("2010-05-01"));
    assert!(has(&v, "KGB", "BLRSPY"), "{v:?}");
    let v = analysed("The GRU ran the hacking operation, officials said.", Some("2018-05-01"));
    assert!(has(&v, "GRU", "RUSSPY"), "{v:?}");
    let v = codes("The delegates from the other side left.");
    assert!(v.iter().all(|(t, _)| t != "side"), "{v:?}");
}

#[test]
fn nationality_and_role_nouns_compose() {
    let v = analysed(
        "Police held two Chinese nationals, three Iranian pilots and an Indian journalist.",
        None,
    );
    assert!(has(&v, "Chinese nationals", "CHNCVL"), "{v:?}");
    assert!(has(&v, "Iranian pilots", "IRNMIL"), "{v:?}");
    assert!(has(&v, "Indian journalist", "INDJRN"), "{v:?}");
    let v = analysed(
        "The Kenyan embassy staff and Brazilian investigators met Swedish lawmakers.",
        None,
    );
    assert!(has(&v, "Kenyan embassy staff", "KENGOV"), "{v:?}");
    assert!(has(&v, "Brazilian investigators", "BRACOP"), "{v:?}");
    assert!(has(&v, "Swedish lawmakers", "SWELEG"), "{v:?}");
}

#[test]
fn the_head_noun_decides_between_two_agent_nouns() {
    // "deputy" alone is a police deputy in the Phoenix agents; a deputy minister is a minister.
    let v = analysed("Peru's Deputy Foreign Minister met Chilean military officials.", None);
    assert!(has(&v, "Peru's Deputy Foreign Minister", "PERGOV"), "{v:?}");
    assert!(has(&v, "Chilean military officials", "CHLMIL"), "{v:?}");
}

#[test]
fn nationalities_used_as_nouns_are_people() {
    let v = analysed(
        "Hungary freed three Ukrainians and a Moldovan after the Portuguese were released.",
        None,
    );
    assert!(has(&v, "Ukrainians", "UKRCVL"), "{v:?}");
    assert!(has(&v, "Moldovan", "MDACVL"), "{v:?}");
    let v = analysed("Officials from the Philippines met the Dutch envoy.", None);
    assert!(has(&v, "Philippines", "PHL"), "{v:?}");
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn recogniser() -> &'static Recogniser {
        static R: OnceLock<Recogniser> = OnceLock::new();
        R.get_or_init(|| Recogniser::new().unwrap())
    }

    fn words() -> impl Strategy<Value = String> {
        let w = prop::sample::select(vec![
            "the",
            "The",
            "China",
            "’s",
            "'s",
            "Chinese",
            "man",
            "his",
            "wife",
            ",",
            ".",
            "MI6",
            "Minister",
            "of",
            "State",
            "Security",
            "Gen.",
            "Dr",
            "Han",
            "he",
            "they",
            "who",
            "identified",
            "as",
            "turned",
            "former",
            "CIA",
            "Director",
            "\n",
            "ministry",
            "in",
            "Embassy",
            "officials",
            "“",
            "”",
        ]);
        prop::collection::vec(w, 0..40).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn on_word_salad(text in words()) {
            let mut doc = Document::new("p", "");
            doc.text = text;
            Segmenter::new().segment(&mut doc);
            recogniser().recognise(&mut doc);
            for a in &doc.actors {
                prop_assert!(a.span.end as usize <= doc.text.len());
                prop_assert!(a.antecedent.is_none_or(|i| (i as usize) < doc.actors.len()));
            }
        }
    }
}
