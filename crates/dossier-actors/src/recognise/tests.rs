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
pub(super) fn analysed(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    analysed_named(text, date).into_iter().map(|(t, c, _)| (t, c)).collect()
}

/// [`analysed`] with each actor's entity name.
fn analysed_named(text: &str, date: Option<&str>) -> Vec<(String, Option<String>, Option<String>)> {
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
        .map(|a| (doc.slice(a.span).to_string(), a.code.clone(), a.entity.clone()))
        .collect()
}

fn codes(text: &str) -> Vec<(String, Option<String>)> {
    actors(text).into_iter().map(|(t, c, _)| (t, c)).collect()
}

pub(super) fn has(v: &[(String, Option<String>)], text: &str, code: &str) -> bool {
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
fn a_description_identified_by_name_is_that_person() {
    for text in [
        "The man, identified only as Arthur E., is accused of spying.",
        "The man, a German citizen who was identified only as Arthur E., was arrested.",
        "The man, identified as a German national by the name of Arthur E., was arrested.",
        "Police arrested a man identified as Arthur E. at the airport.",
        "A man named Arthur E. was detained at Munich airport.",
    ] {
        let a = actors(text);
        assert!(
            a.iter()
                .any(|(t, _, e)| t != "Arthur E." && e.as_deref() == Some("Arthur E.")),
            "{text}: {a:?}"
        );
    }
    // "identified the pilot as X": the object of a naming verb, then its name.
    let a = analysed_named(
        "A Russian pilot defected to Ukraine. Ukraine's military intelligence identified the pilot as Arthur E., a former captain.",
        None,
    );
    assert!(
        a.iter()
            .any(|(t, _, e)| t == "pilot" && e.as_deref() == Some("Arthur E.")),
        "{a:?}"
    );
    // Without a comma, "called" after a definite noun is a verb.
    let a = actors("The minister called Arthur E. a traitor.");
    assert!(!a.iter().any(|(t, _, e)| t == "minister" && e.is_some()), "{a:?}");
    // A description with a possessive stays one for coreference ("his wife, also surnamed Zhou").
    let a = actors("MI6 turned a Chinese man, identified only as Wang, and his wife, also surnamed Zhou.");
    assert!(
        a.iter().any(|(t, _, e)| t == "wife" && e.as_deref() == Some("Zhou")),
        "{a:?}"
    );
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
    doc.text = "Jiang Zemin met Vladimir Putin.".into();
    Segmenter::new().segment(&mut doc);
    let r = Recogniser::new().unwrap();
    doc.meta.date = Some("1995-01-01".into());
    r.recognise(&mut doc);
    let jiang = |doc: &Document| {
        doc.actors
            .iter()
            .find(|a| doc.slice(a.span) == "Jiang Zemin")
            .and_then(|a| a.code.clone())
    };
    assert_eq!(jiang(&doc).as_deref(), Some("CHNGOV"), "{:?}", doc.actors);
    doc.meta.date = Some("1980-01-01".into());
    r.recognise(&mut doc);
    assert_ne!(jiang(&doc).as_deref(), Some("CHNGOV"), "{:?}", doc.actors);
    // dossier's own list dates roles too: Stoltenberg led Norway's government before NATO.
    doc.text = "Jens Stoltenberg spoke.".into();
    Segmenter::new().segment(&mut doc);
    doc.meta.date = Some("2010-01-01".into());
    r.recognise(&mut doc);
    assert_eq!(doc.actors[0].code.as_deref(), Some("NORGOV"), "{:?}", doc.actors);
    doc.meta.date = Some("2018-01-01".into());
    r.recognise(&mut doc);
    assert_eq!(doc.actors[0].code.as_deref(), Some("IGOWSTNAT"), "{:?}", doc.actors);
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
    let v = analysed(
        "It was a partner of the United Kingdom and the UK, said the Dutch.",
        None,
    );
    assert!(has(&v, "United Kingdom", "GBR"), "{v:?}");
    assert!(has(&v, "the UK", "GBR"), "{v:?}");
    assert!(has(&v, "Dutch", "NLD"), "{v:?}");
}

#[test]
fn state_bodies_without_a_country_take_the_home_country() {
    let text = "OSLO, Norway — Norwegian police arrested a man in Bergen. \
                Prosecutors said the Justice Department and the foreign ministry were told. \
                The court will hear the case, and two officers were suspended.";
    let v = analysed(text, None);
    assert!(has(&v, "Prosecutors", "NORJUD"), "{v:?}");
    assert!(has(&v, "Justice Department", "NORJUD"), "{v:?}");
    assert!(has(&v, "foreign ministry", "NORGOV"), "{v:?}");
    assert!(has(&v, "The court", "NORJUD"), "{v:?}");
    assert!(has(&v, "officers", "NORMIL"), "{v:?}");
}

#[test]
fn no_home_country_when_none_leads_and_never_for_diplomats() {
    // Two countries with equal weight: the prosecutors stay without a country.
    let v = analysed("Chile and Peru traded barbs. Prosecutors said little.", None);
    assert!(v.iter().all(|(t, _)| t != "Prosecutors"), "{v:?}");
    // A diplomat is abroad; a lawyer works for a party.
    let v = analysed("Police in Chile held a man. The diplomat and his lawyer left.", None);
    assert!(v.iter().all(|(t, _)| t != "diplomat" && t != "lawyer"), "{v:?}");
}

#[test]
fn the_countrys_service_is_the_country_named_last() {
    let v = analysed(
        "In Jakarta, Indonesia said the country's spy agency had found the hackers.",
        None,
    );
    assert!(has(&v, "spy agency", "IDNSPY"), "{v:?}");
}

#[test]
fn national_media_carry_their_country() {
    let v = analysed(
        "Xinhua said the charges were false, the official Anadolu Agency reported.",
        None,
    );
    assert!(has(&v, "Xinhua", "CHNJRN"), "{v:?}");
    assert!(has(&v, "Anadolu Agency", "TURJRN"), "{v:?}");
}

#[test]
fn a_country_after_a_preposition_is_not_the_bodys_own() {
    let v = analysed("The Kenyan embassy in Paris and Chad's ambassador to Rome spoke.", None);
    assert!(has(&v, "Kenyan embassy", "KENGOV"), "{v:?}");
    assert!(has(&v, "Paris", "FRA"), "{v:?}");
    assert!(v.iter().all(|(_, c)| c.as_deref() != Some("ITAGOV")), "{v:?}");
}

#[test]
fn a_generic_person_in_no_group_is_a_civilian_of_the_country() {
    let v = analysed("Police in Lima detained a Bolivian woman on Friday.", None);
    assert!(has(&v, "Bolivian woman", "BOLCVL"), "{v:?}");
}

#[test]
fn a_service_described_by_another_country_is_that_countrys() {
    // "Foreign Intelligence Service" is a gazetteer name of Russia's and Romania's services.
    let v = analysed("He worked for Israel's foreign intelligence service until 2010.", None);
    assert!(has(&v, "Israel's foreign intelligence service", "ISRSPY"), "{v:?}");
    let v = analysed("Hanoi said the state security ministry had arrested him.", None);
    assert!(has(&v, "state security ministry", "VNMSPY"), "{v:?}");
}

#[test]
fn state_bodies_modifying_a_thing_are_not_actors() {
    let v = analysed("Hackers in Peru stole government secrets near a police station.", None);
    assert!(v.iter().all(|(t, _)| t != "government" && t != "police"), "{v:?}");
}

#[test]
fn its_people_belong_to_the_subjects_country() {
    let v = analysed("The Chilean government told its diplomats to stay home.", None);
    assert!(has(&v, "diplomats", "CHLGOV"), "{v:?}");
}

#[test]
fn only_domestic_intelligence_bodies_take_the_home_country() {
    let v = analysed(
        "Police in Quito said counter-intelligence officers and the intelligence agency met.",
        None,
    );
    assert!(has(&v, "counter-intelligence officers", "ECUSPY"), "{v:?}");
    assert!(v.iter().all(|(t, _)| t != "intelligence agency"), "{v:?}");
}

#[test]
fn a_speaker_pronoun_with_no_earlier_speaker_is_the_dictionary_person_just_before() {
    let v = analysed(
        "Foreign Minister Ariel Sharon denied it on Monday. \"The men are innocent,\" he said.",
        None,
    );
    assert!(has(&v, "he", "ISRGOV"), "{v:?}");
}

#[test]
fn a_bodys_people_take_its_whole_code() {
    let v = analysed(
        "An employee of Germany's foreign intelligence service was arrested.",
        None,
    );
    assert!(has(&v, "employee", "DEUSPY"), "{v:?}");
    let v = analysed("Twenty employees of the Czech embassy were expelled.", None);
    assert!(has(&v, "employees", "CZEGOV"), "{v:?}");
    // A place gives only its country: "officials in Berlin" are officials, of Germany.
    let v = analysed("Police in Berlin arrested him.", None);
    assert!(has(&v, "Police", "DEUCOP"), "{v:?}");
}

#[test]
fn the_man_is_not_the_group_of_prosecutors_named_before() {
    let v = analysed(
        "An engineer has been arrested on suspicion of treason, German prosecutors said. The man, a German citizen, was arrested in Berlin.",
        None,
    );
    assert!(
        v.iter().any(|(t, c)| t == "man" && c.as_deref() != Some("DEUJUD")),
        "{v:?}"
    );
}

#[test]
fn a_shared_service_name_in_lower_case_describes_rather_than_names() {
    // Germany's service, not Russia's SVR ("Foreign Intelligence Service") for the Russia named.
    let v = analysed(
        "German police arrested an employee of the country's foreign intelligence service who spied for Russia.",
        None,
    );
    assert!(v.iter().all(|(_, c)| c.as_deref() != Some("RUSSPY")), "{v:?}");
    let v = analysed("Russia's Foreign Intelligence Service denied it.", None);
    assert!(v.iter().any(|(_, c)| c.as_deref() == Some("RUSSPY")), "{v:?}");
}

#[test]
fn the_five_men_are_not_the_companies_named_before() {
    let v = analysed(
        "The US charged five members of a Chinese military unit with hacking US companies. Holder called on China to hand over the five men.",
        None,
    );
    assert!(
        !v.iter().any(|(t, c)| t == "men" && c.as_deref() == Some("USABUS")),
        "{v:?}"
    );
}

#[test]
fn a_weekday_after_a_body_is_no_name() {
    let v = analysed(
        "China's Defense Ministry Friday accused the United States of bullying.",
        None,
    );
    assert!(has(&v, "China's Defense Ministry", "CHNMIL"), "{v:?}");
}

#[test]
fn short_names_of_state_bodies_and_accented_diplomatic_titles() {
    let v = analysed("The envoy was told to leave, the MEA said.", None);
    assert!(has(&v, "MEA", "INDGOV"), "{v:?}");
    let v = analysed("The Pakistani chargé d'affaires was summoned.", None);
    assert!(has(&v, "Pakistani chargé d'affaires", "PAKGOV"), "{v:?}");
}

#[test]
fn a_title_gives_the_role_of_a_person_the_dictionary_calls_elite() {
    let v = analysed("United States President Joe Biden spoke.", None);
    assert!(has(&v, "United States President Joe Biden", "USAGOV"), "{v:?}");
}

#[test]
fn appositions_give_names_their_role_and_roles_their_names() {
    let v = analysed(
        "Chile's Deputy Interior Minister, Mr Pablo Rojas, resigned on Monday.",
        None,
    );
    assert!(
        has(&v, "Chile's Deputy Interior Minister, Mr Pablo Rojas", "CHLGOV"),
        "{v:?}"
    );
    let v = analysed(
        "Ana Ruiz, a spokeswoman at Peru's foreign ministry, declined to comment.",
        None,
    );
    assert!(has(&v, "Ana Ruiz", "PERGOV"), "{v:?}");
    // A service's officer, then the name.
    let v = analysed("A former CIA officer, John Reed, was sentenced on Monday.", None);
    assert!(has(&v, "CIA officer, John Reed", "USASPY"), "{v:?}");
}

#[test]
fn coordinated_nationalities_share_the_head_and_spies_take_their_masters_country() {
    let v = analysed("The Danish and UK governments protested.", None);
    assert!(has(&v, "Danish", "DNKGOV"), "{v:?}");
    assert!(has(&v, "UK governments", "GBRGOV"), "{v:?}");
    let v = analysed(
        "Police in Riga held three spies working for the Belarusian government.",
        None,
    );
    assert!(has(&v, "spies", "BLRSPY"), "{v:?}");
}

#[test]
fn a_needs_context_name_counts_beside_its_country() {
    // "MIT" (Turkey's service) needs an intelligence cue or Turkey in the sentence.
    let v = analysed("Turkish police and MIT officers raided two homes.", None);
    assert!(
        v.iter()
            .any(|(t, c)| t.starts_with("MIT") && c.as_deref() == Some("TURSPY")),
        "{v:?}"
    );
    let v = analysed("She studied physics at MIT in Boston.", None);
    assert!(v.iter().all(|(t, _)| t != "MIT"), "{v:?}");
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
