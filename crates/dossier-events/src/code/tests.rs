//! Role assignment on clear sentences of our own, through the real segmenter, parser and
//! recogniser.
use dossier_core::{Document, Participant};

fn pipeline() -> &'static dossier_core::Pipeline {
    crate::test_pipeline()
}

/// `kind actor>target` for each event, codes joined with `+` (also used by the sibling modules'
/// tests).
pub(super) fn code(text: &str) -> Vec<String> {
    let mut doc = Document::new("t", text);
    pipeline().run(&mut doc).unwrap();
    let c = |p: &Participant| match p {
        Participant::Mention(a) => doc.actors[*a as usize].code.clone().unwrap_or_default(),
        Participant::Implicit { code, .. } => code.clone(),
    };
    doc.events
        .iter()
        .map(|e| {
            format!(
                "{} {}>{}",
                e.kind,
                e.actor.iter().map(c).collect::<Vec<_>>().join("+"),
                e.target.iter().map(c).collect::<Vec<_>>().join("+")
            )
        })
        .collect()
}

#[test]
fn active_and_passive() {
    assert_eq!(code("Germany expelled two Russian diplomats."), ["expel DEU>RUSGOV"]);
    assert!(code("Two Russian diplomats were expelled by Germany.").contains(&"expel DEU>RUSGOV".to_string()));
}

#[test]
fn accused_of_yields_two_linked_events() {
    let mut doc = Document::new("t", "France accused Iran of spying on its diplomats.");
    pipeline().run(&mut doc).unwrap();
    let kinds: Vec<&str> = doc.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["accuse", "spy"], "{:?}", doc.events);
    assert_eq!(doc.events[1].claim.claim_of, Some(0));
}

#[test]
fn spy_for_a_country_takes_its_service_code() {
    let got = code("Poland convicted two men of spying for Russia.");
    assert!(got.contains(&"spy RUSSPY>POL".to_string()), "{got:?}");
}

#[test]
fn compound_subjects_are_one_event() {
    let got = code("Canada and Australia condemned Iran.");
    assert_eq!(got, ["criticize CAN+AUS>IRN"]);
}

#[test]
fn no_actor_no_event() {
    assert!(code("The weather was cold and the markets were closed.").is_empty());
    assert!(code("Someone arrested him.").is_empty());
}

#[test]
fn relative_clause_subject_is_the_modified_noun() {
    let got = code("A Russian diplomat who spied on Germany was expelled by Berlin.");
    assert!(got.iter().any(|e| e.starts_with("spy RUS")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("expel DEU>RUS")), "{got:?}");
}

#[test]
fn controlled_complement_takes_the_controller() {
    let got = code("Iran tried to recruit French officials.");
    assert!(got.contains(&"recruit IRN>FRAGOV".to_string()), "{got:?}");
}

#[test]
fn nominal_event_with_by_and_of() {
    let got = code("The expulsion of two Russian diplomats by Switzerland surprised observers.");
    assert!(got.contains(&"expel CHE>RUSGOV".to_string()), "{got:?}");
}

#[test]
fn negated_event_is_flagged() {
    let mut doc = Document::new("t", "Germany did not expel the Russian diplomats.");
    pipeline().run(&mut doc).unwrap();
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    assert!(doc.events[0].negated);
}

#[test]
fn reciprocal_acts_are_two_events() {
    let got = code("Britain and Russia expelled four of each other's diplomats.");
    assert_eq!(got, ["expel GBR>RUSGOV", "expel RUS>GBRGOV"]);
}

#[test]
fn a_trial_without_another_state_is_at_home() {
    let got = code("A former MI6 officer was sentenced to ten years in prison for spying for Iran.");
    assert!(got.iter().any(|e| e.starts_with("convict GBRJUD>")), "{got:?}");
}

#[test]
fn an_implicit_verdict_is_the_courts_and_one_with_its_explicit_agent() {
    // A passive sentence with no agent: the country's courts passed it.
    let got = code("A Russian engineer was sentenced in Moscow to 12 years for spying.");
    assert!(got.iter().any(|e| e.starts_with("convict RUSJUD>")), "{got:?}");
    // The verdict told again with its explicit agent is that agent's, listed once.
    let got = code("Iran executed two men convicted of spying for Israel.");
    let convicts: Vec<&String> = got.iter().filter(|e| e.starts_with("convict")).collect();
    assert_eq!(convicts.len(), 1, "{got:?}");
}

#[test]
fn a_named_spy_is_a_national_of_the_party_spied_on() {
    // Nobody receives the secrets, and the court is Danish: Olsen is taken as a Dane.
    let got = code("A court in Copenhagen convicted Lars Olsen of espionage on Tuesday.");
    assert!(got.contains(&"spy DNKCVL>DNK".to_string()), "{got:?}");
    // Counted people are not: "two men" spying for nobody named stay uncoded.
    let got = code("Danish police arrested two men on suspicion of espionage.");
    assert!(!got.iter().any(|e| e.starts_with("spy DNK")), "{got:?}");
}

#[test]
fn conjoined_passives_share_patient_and_agent() {
    let got = code("The two Estonians were arrested in Moscow and accused of spying for NATO.");
    assert!(got.iter().any(|e| e.starts_with("arrest RUS>")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("accuse RUS>")), "{got:?}");
}

#[test]
fn a_denial_aims_at_the_owner_of_the_accusation() {
    let got = code("Iran rejected the British accusations on Sunday.");
    assert!(got.contains(&"deny IRN>GBR".to_string()), "{got:?}");
}

#[test]
fn sent_out_of_a_country_is_expelled_by_it() {
    let got = code("Two Dutch diplomats were expelled from Russia on Monday.");
    assert!(got.contains(&"expel RUS>NLDGOV".to_string()), "{got:?}");
}

#[test]
fn a_speech_act_without_target_addresses_the_one_other_country() {
    let got = code("The Iranian embassy in Canada condemned the decision on Monday.");
    assert!(got.contains(&"criticize IRNGOV>CAN".to_string()), "{got:?}");
    // Two other countries: nobody is guessed.
    let got = code("The Iranian embassy in Canada condemned the decision, Australian media reported.");
    assert!(got.contains(&"criticize IRNGOV>".to_string()), "{got:?}");
}

#[test]
fn a_named_person_acted_on_is_of_the_one_other_country() {
    let got = code("Hansen was arrested in Moscow last year, Norwegian officials said.");
    assert!(got.iter().any(|e| e.starts_with("arrest RUS>NOR")), "{got:?}");
}

#[test]
fn countries_inside_a_denied_allegation_are_not_its_target() {
    let got = code("Norway rejected allegations that it had used Swedish spyware against reporters.");
    assert!(got.contains(&"deny NOR>".to_string()), "{got:?}");
}

#[test]
fn neither_nor_negates() {
    let got = code("Neither Sweden nor Finland confirmed the reports.");
    assert!(got.iter().any(|e| e.starts_with("decline_comment SWE+FIN")), "{got:?}");
}

#[test]
fn a_recipient_hung_on_the_secrets_still_counts() {
    let got = code("Latvian police arrested two men for selling military documents to Russian intelligence.");
    assert!(got.iter().any(|e| e.starts_with("spy RUSSPY>LVA")), "{got:?}");
}

#[test]
fn a_complementiser_misread_as_object_yields_to_the_real_object() {
    // The parser may read "that" as a relative pronoun object of "stole".
    let got = code("Senators blamed the agency for failing to warn Canada that Iran had stolen nuclear secrets.");
    assert!(got.iter().any(|e| e.starts_with("spy IRN>")), "{got:?}");
}

#[test]
fn people_engaged_in_espionage_are_the_spies() {
    let got = code("Iran said it had detained three Swedish nationals engaged in espionage.");
    assert!(got.contains(&"spy SWECVL>IRN".to_string()), "{got:?}");
}

#[test]
fn a_spy_with_no_stated_victim_targets_the_one_other_country() {
    let got = code("Lawmakers in Ottawa said Russia stole military secrets.");
    assert!(got.iter().any(|e| e.starts_with("spy RUS>CAN")), "{got:?}");
}

#[test]
fn branded_and_ordered_out_share_the_expelling_state() {
    let got = code("A French diplomat was branded a spy and ordered out of Mali on Monday.");
    assert!(got.contains(&"accuse MLI>FRAGOV".to_string()), "{got:?}");
    assert!(got.contains(&"expel MLI>FRAGOV".to_string()), "{got:?}");
}

#[test]
fn a_state_body_reporting_a_passive_arrest_made_it() {
    let got = code("A Dutch engineer was detained near the border, Iran's intelligence ministry said.");
    assert!(got.iter().any(|e| e.starts_with("arrest IRNSPY>NLD")), "{got:?}");
}

#[test]
fn what_a_demand_carries_is_not_coded_alone() {
    let got = code("Sweden urged Iran to release the detained researcher.");
    assert!(got.iter().any(|e| e.starts_with("demand SWE>IRN")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("release")), "{got:?}");
}

#[test]
fn a_state_act_named_inside_another_event_needs_its_patient() {
    // "a Canadian inquiry" is background here, not an investigation event.
    let got = code("Moscow criticised the findings of a Canadian inquiry into the plane crash.");
    assert!(!got.iter().any(|e| e.starts_with("investigate")), "{got:?}");
}

#[test]
fn an_allegation_naming_nobody_targets_the_alleged_actor() {
    let got = code("The ministry in Tehran alleges that Mossad recruited an Iranian engineer.");
    assert!(
        got.iter().any(|e| e.starts_with("accuse") && e.ends_with(">ISRSPY")),
        "{got:?}"
    );
}

#[test]
fn a_named_defendant_tried_at_home_is_a_national() {
    let got = code("A court in Tallinn sentenced Kask to ten years in prison.");
    assert!(
        got.iter()
            .any(|e| e.starts_with("convict EST") && e.ends_with(">ESTCVL")),
        "{got:?}"
    );
}

#[test]
fn a_passive_accusation_reported_by_a_state_body_is_its_accusation() {
    let got = code("Poland's ABW agency said a Spanish reporter had been identified as an agent for the GRU.");
    assert!(got.contains(&"accuse POLSPY>ESPJRN".to_string()), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("spy ESPJRN>")), "{got:?}");
    // A participle naming nobody who accuses: only the nested act.
    let got = code("China is investigating a Chinese national accused of spying for the CIA.");
    assert!(!got.iter().any(|e| e.starts_with("accuse")), "{got:?}");
}

#[test]
fn charges_hung_on_a_participle_still_carry_the_spying() {
    let got = code(
        "Ghana expelled a Togolese official working at the Togolese embassy on charges of involvement in espionage.",
    );
    assert!(got.iter().any(|e| e.starts_with("spy TGOGOV>GHA")), "{got:?}");
    // The charges themselves are the expulsion's grounds, not a separate event.
    assert!(!got.iter().any(|e| e.starts_with("charge")), "{got:?}");
}

#[test]
fn a_purpose_clause_on_a_thing_is_its_user_act() {
    let got = code("Rwanda denied allegations that it used Israeli spyware to spy on exiled dissidents.");
    assert!(got.iter().any(|e| e.starts_with("spy RWA>")), "{got:?}");
    // On a person, the person acts: the recruits spy.
    let got = code("Russia recruited two Estonian officers to spy on NATO.");
    assert!(!got.iter().any(|e| e.starts_with("spy RUS>")), "{got:?}");
}

#[test]
fn an_attempt_by_a_party_to_act_is_that_party_act() {
    let got = code("Norway said it foiled an attempt in March by the GRU to hack its parliament.");
    assert!(got.iter().any(|e| e.starts_with("hack RUSSPY>")), "{got:?}");
}

#[test]
fn after_a_clause_the_subject_acts() {
    let got = code("The envoy left Rome after Italy expelled the North Korean ambassador in 2017.");
    assert!(got.contains(&"expel ITA>PRKGOV".to_string()), "{got:?}");
}

#[test]
fn a_free_relative_object_is_its_predicate() {
    let got = code("The Latvian security service on Monday arrested what it said were three spies working for the Russian government.");
    assert!(
        got.iter()
            .any(|e| e.starts_with("arrest LVA") && e.ends_with(">RUSSPY")),
        "{got:?}"
    );
}

#[test]
fn described_as_culprits_even_past_an_apposed_clause() {
    let got = code("Iran's state news agency described the two Swedes, identified as Lars Berg and Olof Lind, as “dangerous spies” who worked from Baku.");
    assert!(got.iter().any(|e| e.starts_with("accuse IRN")), "{got:?}");
}

#[test]
fn a_recruiting_campaign_is_an_appeal() {
    let got = code("MI6 launched a new campaign to recruit informants from Iran's military.");
    assert!(got.iter().any(|e| e.starts_with("solicit GBRSPY>IRNMIL")), "{got:?}");
}

#[test]
fn a_refusal_describing_the_source_is_no_event() {
    let got = code("A Latvian security official did not disclose details.");
    assert!(got.iter().any(|e| e.starts_with("decline_comment LVA")), "{got:?}");
    let got = code("“The network was dismantled,” said a Latvian security official, who did not disclose details.");
    assert!(!got.iter().any(|e| e.starts_with("decline_comment")), "{got:?}");
}

#[test]
fn escaping_punishment_is_no_defection() {
    let got = code("A North Korean diplomat fled to South Korea in July.");
    assert!(got.iter().any(|e| e.starts_with("defect PRK")), "{got:?}");
    let got = code("Pyongyang said the North Korean diplomat was trying to escape punishment for his crimes.");
    assert!(!got.iter().any(|e| e.starts_with("defect")), "{got:?}");
}

#[test]
fn a_past_form_the_lemmatiser_cut_still_triggers() {
    // The lemmatiser reads "trumped" as "trum"; the matcher tries the regular stems.
    let got = code("Washington said the charges against the two Americans were trumped up.");
    assert!(got.iter().any(|e| e.starts_with("deny USA")), "{got:?}");
}

#[test]
fn a_victim_of_an_attack_is_its_target() {
    let got = code("Tehran said Iran itself was a victim of Israeli cyber attacks.");
    assert!(got.iter().any(|e| e.starts_with("hack ISR>IRN")), "{got:?}");
}

#[test]
fn charges_named_by_a_noun_carry_the_spying() {
    // The noun restates the verb's charge; the espionage is the indicted man's act.
    let got = code("The American engineer was indicted on espionage charges in Virginia.");
    assert!(got.contains(&"spy USACVL>USA".to_string()), "{got:?}");
}

#[test]
fn a_named_defendant_accused_by_prosecutors_is_their_national() {
    let got = code(
        "Prosecutors in Sweden have accused Karlsson, who denies wrongdoing, of selling military secrets to Iran.",
    );
    assert!(got.contains(&"spy SWECVL>SWE".to_string()), "{got:?}");
    assert!(
        !got.iter().any(|e| e.starts_with("accuse") && e.ends_with(">IRN")),
        "{got:?}"
    );
}

#[test]
fn pleading_guilty_to_a_conspiracy_confirms_the_spying() {
    let mut doc = Document::new(
        "t",
        "A Russian colonel pleaded guilty to conspiring to pass defense secrets to Britain.",
    );
    pipeline().run(&mut doc).unwrap();
    let spy = doc.events.iter().find(|e| e.kind == "spy").expect("a spy event");
    assert_eq!(spy.claim.status.name(), "confirmed");
}

#[test]
fn a_state_acting_on_people_accused_of_spying_is_the_accuser() {
    let got = code("Russia arrested two Ukrainian soldiers accused of spying for Kyiv.");
    assert!(got.contains(&"accuse RUS>UKRMIL".to_string()), "{got:?}");
    assert!(got.contains(&"spy UKRMIL>RUS".to_string()), "{got:?}");
}

#[test]
fn denials_by_calling_the_case_fabricated_or_denying_any_link() {
    let got =
        code("The Iranian foreign ministry said the charges against the researcher were based on fabricated evidence.");
    assert!(got.contains(&"deny IRNGOV>".to_string()), "{got:?}");
    let got = code("None of the men has any connection with Russian intelligence, the Russian ambassador said.");
    assert!(got.iter().any(|e| e.starts_with("deny RUSGOV")), "{got:?}");
}

#[test]
fn a_passive_act_in_a_clause_of_the_same_act_shares_its_agent() {
    // Two states named: only the governing act tells who convicted him.
    let got = code("A Belarusian court sentenced a man to eight years after he was convicted of spying on army bases for Poland, Polish officials said.");
    assert!(
        got.iter().any(|e| e.starts_with("spy") && e.ends_with(">BLR")),
        "{got:?}"
    );
}

#[test]
fn people_held_somewhere_describe_a_state_not_an_arrest() {
    let got = code("Lithuania freed two Russian spies held in Vilnius.");
    assert_eq!(got, ["release LTU>RUSSPY"]);
    let got = code("Police in Vilnius held two Russian men for questioning.");
    assert!(got.iter().any(|e| e.starts_with("arrest LTU")), "{got:?}");
}

#[test]
fn an_official_speaking_with_nothing_more_specific_is_a_statement() {
    let got = code("\"The talks were useful,\" a spokesman for the German foreign ministry said.");
    assert_eq!(got, ["statement DEUGOV>"]);
    // Not beside another event, not when a trigger word failed its conditions, not for a lawyer.
    let got = code("The German foreign ministry said Russia had expelled two German diplomats.");
    assert!(!got.iter().any(|e| e.starts_with("statement")), "{got:?}");
    let got = code("German prosecutors said the espionage case was complex.");
    assert!(!got.iter().any(|e| e.starts_with("statement")), "{got:?}");
    let got = code("\"The talks were useful,\" his German lawyer said.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn denials_by_no_evidence_and_by_a_participle_of_saying() {
    let got = code("The Russian embassy said that Berlin had provided no evidence of the detainees' links to Russia.");
    assert!(got.contains(&"deny RUSGOV>DEU".to_string()), "{got:?}");
    let got = code("Canada and Australia are demanding the release of four men, saying the charges are trumped up.");
    assert!(got.iter().any(|e| e.starts_with("deny CAN+AUS")), "{got:?}");
}

#[test]
fn calling_an_act_treason_accuses_and_agents_committing_espionage_spy() {
    let got = code("Cuba called the defection an act of treason.");
    assert!(got.iter().any(|e| e.starts_with("accuse CUB")), "{got:?}");
    let got =
        code("Venezuela's foreign minister told reporters the capture of Colombian agents committing acts of espionage was serious.");
    assert!(got.iter().any(|e| e.starts_with("spy COLSPY>VEN")), "{got:?}");
}

#[test]
fn spies_working_for_a_government_spy_for_its_service() {
    let got = code("Belarus arrested five spies working for the Latvian government.");
    assert!(got.contains(&"spy LVASPY>BLR".to_string()), "{got:?}");
    // Not anyone working for a government.
    let got = code("Belarus arrested five clerks working for the Latvian government.");
    assert!(!got.iter().any(|e| e.starts_with("spy")), "{got:?}");
}

#[test]
fn a_passive_demand_reported_by_a_ministry_is_its_demand() {
    let got = code("The Iranian ambassador was asked to ensure that Iranian diplomats respect Canadian law, the Canadian foreign ministry said.");
    assert!(got.contains(&"demand CANGOV>IRNGOV".to_string()), "{got:?}");
}

#[test]
fn denying_knowledge_is_declining_to_comment() {
    let got = code("The spokesman of the Iranian foreign ministry spoke at a news conference, denying knowledge of the details of the case.");
    assert!(got.iter().any(|e| e.starts_with("decline_comment IRNGOV")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("deny")), "{got:?}");
}

#[test]
fn protests_lodged_with_an_envoy_and_searches_of_homes() {
    assert_eq!(
        code("Germany lodged a protest with the Chinese ambassador."),
        ["protest DEU>CHNGOV"]
    );
    assert_eq!(
        code("Police in Berlin searched the homes of two Russian diplomats."),
        ["investigate DEUCOP>RUSGOV"]
    );
    // Searching for something is not a search of someone's premises.
    assert!(code("Police in Berlin searched for two Russian diplomats.")
        .iter()
        .all(|e| !e.starts_with("investigate")));
}

#[test]
fn a_later_custody_act_on_the_same_person_is_the_holding_states() {
    let got = code("Anna Berg, a Norwegian engineer, was detained in Moscow. She was convicted of spying.");
    assert!(got.contains(&"convict RUSJUD>NORCVL".to_string()), "{got:?}");
    // Without an earlier custody act, the same sentence keeps its own reading.
    let alone = code("She was convicted of spying.");
    assert!(alone.iter().all(|e| !e.starts_with("convict RUS")), "{alone:?}");
}

#[test]
fn being_held_or_under_investigation_is_the_state_acting_on_the_subject() {
    assert_eq!(
        code("Two Chinese nationals are in detention in Moscow."),
        ["arrest RUS>CHNCVL"]
    );
    assert_eq!(
        code("The Estonian officer remains under investigation."),
        ["investigate EST>ESTMIL"]
    );
    // Remanding in custody is the verb's act, not a second arrest.
    let got = code("Turkish prosecutors remanded in custody two Syrian suspects.");
    assert_eq!(got.iter().filter(|e| e.starts_with("arrest")).count(), 1, "{got:?}");
}

#[test]
fn a_speaker_named_in_a_mislabelled_apposition_is_the_actor() {
    // The parser may hang the name on "suspect" as a bare `nmod`.
    let got = code("The chief suspect, former SVR agent Boris Volkov, said that the charges were absurd.");
    assert!(got.iter().any(|e| e.starts_with("deny RUSSPY")), "{got:?}");
}

#[test]
fn turning_into_a_role_is_not_recruitment() {
    assert!(
        code("Li, a former Chinese diplomat turned dissident campaigner, spoke to reporters.")
            .iter()
            .all(|e| !e.starts_with("recruit"))
    );
    assert!(code("British agents turned a Chinese official.").contains(&"recruit GBRSPY>CHNGOV".to_string()));
}

#[test]
fn diplomats_expelled_without_a_country_are_of_the_one_other_country() {
    let got = code("Poland expelled four diplomats after it caught an engineer spying for the Kremlin.");
    assert!(got.iter().any(|e| e.starts_with("expel POL>RUS")), "{got:?}");
}

#[test]
fn he_is_never_a_body_named_by_an_acronym() {
    let got = code("The BND said he had sought asylum in Austria.");
    assert!(got.iter().all(|e| !e.starts_with("defect DEU")), "{got:?}");
    // A named person reporting still is: "Schmidt said he had sought asylum".
    let got = code("German diplomat Karl Schmidt said he had sought asylum in Austria.");
    assert!(got.iter().any(|e| e.starts_with("defect DEUGOV")), "{got:?}");
}

#[test]
fn two_custody_steps_by_two_bodies_share_their_patients() {
    let got = code(
        "Greek prosecutors on Friday remanded five suspects after they were detained for passing documents to the Russian military intelligence agency GRU.",
    );
    assert!(got.iter().any(|e| e.starts_with("arrest GRCJUD>RUSSPY")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("arrest GRC>RUSSPY")), "{got:?}");
}

#[test]
fn a_promised_countermeasure_is_a_threat_made() {
    let mut doc = dossier_core::Document::new("t", "Moscow said it would take all necessary measures in response.");
    crate::test_pipeline().run(&mut doc).unwrap();
    let t = doc
        .events
        .iter()
        .find(|e| e.kind == "threaten")
        .expect("threaten event");
    assert_eq!(t.claim.status.name(), "asserted", "{:?}", t.trace);
    // Taking steps is no threat.
    assert!(code("The ministry said it would take steps to improve security.")
        .iter()
        .all(|e| !e.starts_with("threaten")));
}

#[test]
fn an_official_speaking_of_things_released_is_a_statement() {
    let got =
        code("MI5 Director Ken McCallum said in a statement that the leaflets printed last year reached many readers.");
    assert_eq!(got, ["statement GBRSPY>"], "{got:?}");
    // A released person is an event of its own kind, not a statement.
    let got = code("MI5 Director Ken McCallum said two Britons released last year were safe.");
    assert!(got.iter().all(|e| !e.starts_with("statement")), "{got:?}");
}

#[test]
fn a_participle_after_conjoined_nouns_describes_them_all() {
    let got = code("The crisis has seen three Germans and a French engineer detained in Iran since May.");
    assert!(got.iter().any(|e| e == "arrest IRN>DEUCVL+FRACVL"), "{got:?}");
}

#[test]
fn imprisoned_for_a_term_is_a_sentence_imprisoned_alone_is_holding() {
    let held = code("Iran imprisoned two French tourists.");
    assert!(held.contains(&"arrest IRN>FRACVL".to_string()), "{held:?}");
    let sentenced = code("Iran imprisoned two French tourists for ten years.");
    assert!(sentenced.contains(&"convict IRN>FRACVL".to_string()), "{sentenced:?}");
}

#[test]
fn a_spy_ring_joined_or_a_network_rebuilt_is_recruitment() {
    let got = code("The Russian intelligence service brought two Estonian officers into its spy ring.");
    assert!(got.contains(&"recruit RUSSPY>ESTMIL".to_string()), "{got:?}");
    let got = code("The Mossad rebuilt its intelligence network in Iran.");
    assert!(got.contains(&"recruit ISRSPY>IRN".to_string()), "{got:?}");
    // A network of computers is no ring of agents.
    assert!(code("Iran rebuilt its computer network in Tehran.").is_empty());
}

#[test]
fn the_subject_of_an_absolute_with_clause_acts_on_its_own() {
    let mut doc = Document::new(
        "t",
        "Britain expelled two Russian diplomats, with British police accusing them of spying.",
    );
    pipeline().run(&mut doc).unwrap();
    let accuse = doc
        .events
        .iter()
        .find(|e| e.kind == "accuse")
        .unwrap_or_else(|| panic!("{:?}", doc.events));
    let actor = accuse
        .actor
        .iter()
        .map(|p| p.code(&doc).unwrap_or_default().to_string());
    assert_eq!(actor.collect::<Vec<_>>(), ["GBRCOP"]);
    // Its own act, not a suspicion of the expulsion's.
    assert_eq!(accuse.claim.status, dossier_core::ClaimStatus::Asserted);
}

#[test]
fn taking_refuge_abroad_is_defection_and_a_predicate_defector_is_one() {
    let got = code("The Iranian minister took refuge in Turkey.");
    assert!(got.contains(&"defect IRNGOV>TUR".to_string()), "{got:?}");
    let got = code("According to the newspaper, the Iranian minister would be the most senior defector in years.");
    assert!(got.iter().any(|e| e.starts_with("defect IRNGOV")), "{got:?}");
}

#[test]
fn an_official_telling_someone_in_a_participle_clause_is_a_statement_to_them() {
    let got =
        code("French President Emmanuel Macron made a short speech, telling the French army that it had done well.");
    assert_eq!(got, ["statement FRAGOV>FRAMIL"]);
    // A participle with a subject of its own is another clause.
    assert!(code("Macron left early, a French official telling reporters the trip was over.").is_empty());
}

#[test]
fn a_definite_event_noun_takes_the_roles_of_the_event_told_before() {
    let got = code("Iran arrested two French tourists in May. The arrest was confirmed by a court on Monday.");
    // (The court confirming it is the second arrest's actor; the tourists come from the first.)
    assert_eq!(
        got.iter()
            .filter(|e| e.starts_with("arrest IRN") && e.ends_with(">FRACVL"))
            .count(),
        2,
        "{got:?}"
    );
    // Not when the sentence answers it: the arrest is the topic of the criticism.
    let got = code("Iran arrested two French tourists in May. France condemned the arrest on Monday.");
    assert_eq!(got.iter().filter(|e| e.starts_with("arrest")).count(), 1, "{got:?}");
    // An indefinite noun names no earlier event.
    let got = code("Iran arrested two French tourists in May. An arrest was reported on Monday.");
    assert_eq!(got.iter().filter(|e| e.starts_with("arrest")).count(), 1, "{got:?}");
}

#[test]
fn the_reason_after_a_penalty_is_the_content_of_the_sentence() {
    let mut doc = Document::new(
        "t",
        "A Russian officer was detained in 2015 and sentenced in 2017 to 10 years in jail for spying, Lithuanian prosecutors said.",
    );
    pipeline().run(&mut doc).unwrap();
    let spy = doc
        .events
        .iter()
        .find(|e| e.kind == "spy")
        .unwrap_or_else(|| panic!("{:?}", doc.events));
    let parent = spy.claim.claim_of.map(|p| doc.events[p as usize].kind.as_str());
    assert_eq!(parent, Some("convict"), "{:?}", doc.events);
}

#[test]
fn what_draws_criticism_from_a_party_is_its_target() {
    let got = code("The Kremlin's decision drew sharp criticism from Britain.");
    assert!(got.contains(&"criticize GBR>RUSGOV".to_string()), "{got:?}");
}

#[test]
fn people_named_only_by_the_country_they_are_in_are_its_nationals() {
    let got = code("The 13 men from Shiraz in southern Iran were arrested by Iranian police.");
    assert!(got.contains(&"arrest IRNCOP>IRNCVL".to_string()), "{got:?}");
    // People with a code of their own keep it.
    let got = code("Two British tourists in Iran were arrested by Iranian police.");
    assert!(got.contains(&"arrest IRNCOP>GBRCVL".to_string()), "{got:?}");
}

#[test]
fn a_dual_national_has_both_nationalities() {
    let got = code("Egypt convicted a U.S.-Israeli dual national of spying.");
    assert!(
        got.iter().any(|e| e.starts_with("convict EGY>USACVL+ISRCVL")),
        "{got:?}"
    );
}

#[test]
fn a_statement_made_in_an_admission_confirms() {
    // The phrase between commas belongs to "said", whose subject makes the admission.
    assert!(code("Cuba, in a rare admission, said that its pilot deserted.").contains(&"confirm CUB>".to_string()));
    assert!(code("In a rare admission, Cuba said that its pilot deserted.").contains(&"confirm CUB>".to_string()));
}

#[test]
fn a_denial_in_a_second_conjunct_is_the_callers() {
    let got = code("China swiftly responded, calling the US indictment \"ungrounded and absurd\".");
    assert!(got.iter().any(|e| e.starts_with("deny CHN>")), "{got:?}");
}
