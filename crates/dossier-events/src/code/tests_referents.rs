//! Who an act's participants are when the sentence does not say it outright: a spy telling
//! their own act, a named spy handing secrets over, the same legal step told again, a national
//! held abroad, a definite noun standing for an event or an actor told before; sentences of our
//! own, through the real pipeline.
use super::tests::code;

#[test]
fn a_spy_telling_their_own_spying_spied_on_their_own_country() {
    let got = code(
        "Lena Berg, a Swedish citizen, has insisted since her arrest that she gathered secret documents about Russia.",
    );
    assert!(got.contains(&"spy SWECVL>SWE".to_string()), "{got:?}");
}

#[test]
fn a_named_spy_giving_secrets_to_a_recipient_spied_on_the_one_other_country() {
    let got = code(
        "Police say Chinese intelligence officers paid Tanaka and that Tanaka gave them the documents he kept during his years in the Japanese defence ministry.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("spy JPN") && e.ends_with(">JPN")),
        "{got:?}"
    );
}

#[test]
fn the_same_legal_step_told_again_in_the_passive_is_the_same_bodys() {
    let got = code(
        "Egypt's public prosecutor charged nine people with spying for Israel on Sunday. Three Egyptians and six Israelis were charged in absentia.",
    );
    assert!(
        got.iter().filter(|e| e.starts_with("charge EGYJUD>")).count() >= 2,
        "{got:?}"
    );
}

#[test]
fn a_state_confirming_its_national_was_detained_did_not_detain_them() {
    let got = code("Japan's foreign minister confirmed on Monday that a Japanese man had been detained.");
    assert!(!got.iter().any(|e| e.starts_with("arrest JPN")), "{got:?}");
    // Its own body announcing a detention it made is its act.
    let got = code("Japanese police said on Monday that they had detained a Chinese man.");
    assert!(got.iter().any(|e| e.starts_with("arrest JPNCOP")), "{got:?}");
}

#[test]
fn a_definite_noun_restating_a_verb_of_its_sentence_is_the_same_event() {
    let got = code(
        "Analyst Tom Reed was questioned by the FBI on Monday and refused to talk during the questioning, the defence secretary said.",
    );
    assert_eq!(
        got.iter().filter(|e| e.starts_with("investigate")).count(),
        1,
        "{got:?}"
    );
}

#[test]
fn a_verb_coordinated_with_a_coded_trigger_gives_no_cameo_event() {
    let got = code(
        "A Libyan air force pilot flew a fighter jet to Malta on Monday and asked for political asylum, Maltese officials said.",
    );
    assert!(got.iter().any(|e| e.starts_with("defect LBYMIL")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("cameo")), "{got:?}");
}

#[test]
fn a_definite_noun_as_an_uncoded_actor_is_who_did_the_same_act_before() {
    let got = code(
        "The GRU broke into the computer network of the Polish defence ministry on Monday, Polish officials said. The hackers also attacked a Polish state bank.",
    );
    assert_eq!(
        got.iter().filter(|e| e.starts_with("hack RUSSPY>")).count(),
        2,
        "{got:?}"
    );
}

#[test]
fn an_answer_aimed_at_nobody_named_continues_the_same_partys_answer_before() {
    let got = code(
        "Russia's foreign ministry condemned Britain over the expulsions. \"We reject these claims as absurd,\" the ministry said.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("deny RUS") && e.ends_with(">GBR")),
        "{got:?}"
    );
    // On its own, the denial is aimed at nobody.
    let alone = code("\"We reject these claims as absurd,\" the Russian foreign ministry said.");
    assert!(
        alone.iter().any(|e| e.starts_with("deny RUS") && e.ends_with('>')),
        "{alone:?}"
    );
}

#[test]
fn a_spy_with_no_victim_of_its_own_spied_on_the_state_that_tried_them() {
    let got = code(
        "Anna Berg, a Russian intelligence officer, was sentenced in federal court in Virginia. She pleaded guilty to conspiracy to commit espionage.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("spy RUSSPY") && e.ends_with(">USA")),
        "{got:?}"
    );
    // Without the earlier trial, the victim stays unknown.
    let alone = code("Anna Berg, a Russian intelligence officer, pleaded guilty to conspiracy to commit espionage.");
    assert!(
        alone.iter().any(|e| e.starts_with("spy RUSSPY") && e.ends_with('>')),
        "{alone:?}"
    );
}

#[test]
fn a_national_held_abroad_is_held_by_the_one_other_country_of_the_last_sentences() {
    let got = code(
        "The Japanese embassy in China was notified on Monday. Japan's foreign minister confirmed that a Japanese man had been detained.",
    );
    assert!(got.contains(&"arrest CHN>JPNCVL".to_string()), "{got:?}");
    // With two other countries named, nobody can tell who holds him.
    let two = code(
        "The Japanese embassies in China and Russia were notified on Monday. Japan's foreign minister confirmed that a Japanese man had been detained.",
    );
    assert!(!two.iter().any(|e| e.starts_with("arrest")), "{two:?}");
}

#[test]
fn the_detainees_are_the_people_the_latest_act_against_people_was_aimed_at() {
    let got = code(
        "Belarus's KGB arrested five Polish spies on Friday. A Minsk prosecutor is preparing charges against the detainees.",
    );
    assert!(got.contains(&"charge BLRJUD>POLSPY".to_string()), "{got:?}");
    // Nobody held before: the detainees stay unknown.
    let alone = code("A Minsk prosecutor is preparing charges against the detainees.");
    assert!(alone.iter().all(|e| e.ends_with('>')), "{alone:?}");
}

#[test]
fn a_verb_conjoined_to_the_same_act_by_the_same_actor_restates_it() {
    let got = code("Russia expelled 20 Czech diplomats on Sunday and gave the affected officials 24 hours to leave.");
    assert_eq!(got.iter().filter(|e| e.starts_with("expel")).count(), 1, "{got:?}");
    // Two actors: two acts.
    let two = code("Russia expelled 20 Czech diplomats and Prague expelled 18 Russian diplomats.");
    assert_eq!(two.iter().filter(|e| e.starts_with("expel")).count(), 2, "{two:?}");
}

#[test]
fn they_in_a_reported_clause_is_not_the_one_person_reporting() {
    let got = code("US Attorney General William Barr said they hacked into the systems of Equifax.");
    assert!(!got.iter().any(|e| e.starts_with("hack USAGOV")), "{got:?}");
    // A body reporting: "they" is the body.
    let got = code("German police said they arrested two Russian nationals.");
    assert!(got.iter().any(|e| e.starts_with("arrest DEUCOP")), "{got:?}");
}

#[test]
fn a_weekday_between_the_actor_and_its_verb_is_no_persons_name() {
    let mut doc = dossier_core::Document::new("t", "The Kremlin Monday denied the report.");
    crate::test_pipeline().run(&mut doc).unwrap();
    assert_eq!(doc.events.len(), 1);
    // The Kremlin's own mention, not a person called "Monday" coded like it.
    assert!(
        matches!(doc.events[0].actor[..], [dossier_core::Participant::Mention(_)]),
        "{:?}",
        doc.events[0].actor
    );
}

#[test]
fn telling_a_states_envoy_that_its_people_spied_accuses_that_state() {
    let got = code(
        "The British foreign minister told the Russian ambassador two Russian diplomats had been gathering intelligence.",
    );
    assert!(got.iter().any(|e| e.starts_with("accuse GBRGOV>RUSGOV")), "{got:?}");
    // Telling one's own people is no accusation.
    let own = code(
        "The Russian foreign minister told the Russian ambassador two Russian diplomats had been gathering intelligence.",
    );
    assert!(!own.iter().any(|e| e.starts_with("accuse")), "{own:?}");
}

#[test]
fn the_killing_approved_is_the_death_named_before() {
    let got = code(
        "A British inquiry into the poisoning death of the Kremlin critic Boris Petrov found that the Russian president approved the killing.",
    );
    assert!(got.contains(&"assassinate RUSGOV>RUSOPP".to_string()), "{got:?}");
    // An indefinite killing names no earlier death.
    let got = code("The death of Kremlin critic Boris Petrov was reported. The Russian president approved a killing.");
    assert!(got.iter().any(|e| e.starts_with("assassinate RUSGOV")), "{got:?}");
    assert!(got.iter().all(|e| !e.ends_with("RUSOPP")), "{got:?}");
}
