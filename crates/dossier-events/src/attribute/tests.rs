//! Claim statuses on sentences of our own.
use dossier_core::Document;

fn pipeline() -> &'static dossier_core::Pipeline {
    crate::test_pipeline()
}

fn statuses(text: &str) -> Vec<(String, &'static str)> {
    let mut doc = Document::new("t", text);
    pipeline().run(&mut doc).unwrap();
    doc.events
        .iter()
        .map(|e| (e.kind.clone(), e.claim.status.name()))
        .collect()
}

fn status_of(text: &str, kind: &str) -> &'static str {
    statuses(text)
        .into_iter()
        .find(|(k, _)| k == kind)
        .map(|x| x.1)
        .unwrap_or_else(|| panic!("no {kind} event in {text:?}: {:?}", statuses(text)))
}

#[test]
fn plain_past_is_asserted() {
    assert_eq!(
        status_of("Germany expelled two Russian diplomats on Monday.", "expel"),
        "asserted"
    );
}

#[test]
fn reported_by_another_party_is_alleged() {
    assert_eq!(
        status_of("Iran said that Israel recruited Iranian scientists.", "recruit"),
        "alleged"
    );
}

#[test]
fn own_act_announced_is_confirmed() {
    assert_eq!(
        status_of("Poland said it had arrested two Russian diplomats.", "arrest"),
        "confirmed"
    );
}

#[test]
fn a_speech_act_told_in_the_passive_by_its_body_is_confirmed() {
    // The ministry announces the protest it made; in the active voice its spokesman's words
    // would be the act itself (asserted).
    let text = "Pakistan's envoy was handed a formal protest, India's foreign ministry said.";
    assert_eq!(status_of(text, "protest"), "confirmed");
    assert_eq!(
        status_of("China protests the visit, the foreign ministry said.", "protest"),
        "asserted"
    );
}

#[test]
fn modal_and_intention_are_hypothetical() {
    assert_eq!(
        status_of("Germany would expel Russian diplomats.", "expel"),
        "hypothetical"
    );
    assert_eq!(
        status_of("Iran tried to recruit French officials.", "recruit"),
        "hypothetical"
    );
}

#[test]
fn negation() {
    assert_eq!(
        status_of("Germany did not expel the Russian diplomats.", "expel"),
        "negated"
    );
}

#[test]
fn a_tail_at_the_end_of_the_sentence_reports_it() {
    assert_eq!(
        status_of(
            "Israel recruited two Iranian scientists last year, the Iranian ministry said.",
            "recruit"
        ),
        "alleged"
    );
}

#[test]
fn suspicion_frames_are_alleged() {
    assert_eq!(
        status_of(
            "A Dutch engineer suspected of spying for China was arrested in Rotterdam.",
            "spy"
        ),
        "alleged"
    );
}

#[test]
fn a_spokesman_voicing_his_government_asserts() {
    assert_eq!(
        status_of(
            "\"France condemns the arrest,\" a French foreign ministry spokesman said.",
            "criticize"
        ),
        "asserted"
    );
}

#[test]
fn could_not_is_factual() {
    assert_eq!(
        status_of("The Swedish police could not confirm the report.", "decline_comment"),
        "asserted"
    );
}

#[test]
fn unnamed_sources_make_rumour() {
    assert_eq!(
        status_of("Sweden expelled two Russian diplomats, sources said.", "expel"),
        "rumoured"
    );
}

#[test]
fn quotations_across_sentences_take_their_speaker() {
    // Closed in the next sentence, attributed there.
    let text = "Iran's intelligence ministry said: “Israel recruited two Iranian engineers last year. \
                They were arrested in Tehran,” the ministry added.";
    assert_eq!(status_of(text, "recruit"), "alleged");
    // A bare quotation right after an attributed one continues its speaker.
    let text = "“She finally agreed,” the Chinese ministry said in a statement.\n\
                “At his urging, a Chinese engineer agreed to gather secrets for the British.”";
    assert_eq!(status_of(text, "spy"), "alleged");
    // The same quotation with no speaker anywhere stays in the publisher's voice.
    let text = "“At his urging, a Chinese engineer agreed to gather secrets for the British.”";
    assert_eq!(status_of(text, "spy"), "asserted");
}

#[test]
fn reports_that_name_no_source_are_rumour() {
    assert_eq!(
        status_of(
            "There have been some reports that a senior Iranian diplomat has defected to Germany.",
            "defect"
        ),
        "rumoured"
    );
}

#[test]
fn content_of_an_uncoded_legal_act_told_by_unnamed_people_is_rumour() {
    assert_eq!(
        status_of(
            "Kenya expelled a Somali official working at the Somali embassy on charges of involvement in espionage, people familiar with the matter said.",
            "spy"
        ),
        "rumoured"
    );
}

#[test]
fn a_legal_act_in_preparation_is_hypothetical() {
    assert_eq!(
        status_of(
            "A Vilnius prosecutor is preparing charges against two Russian nationals.",
            "charge"
        ),
        "hypothetical"
    );
}

#[test]
fn a_conjunct_shares_the_hedge_of_the_first_verb() {
    let got = statuses("Tehran reportedly executed or jailed several Israeli agents in 2012.");
    assert!(got.iter().all(|(_, st)| *st == "rumoured"), "{got:?}");
    assert!(!got.is_empty());
}

#[test]
fn a_named_source_that_speculates_spreads_a_rumour() {
    assert_eq!(
        status_of(
            "French newspapers speculated that Russia had recruited the two officers.",
            "recruit"
        ),
        "rumoured"
    );
}

/// The claimant codes of the first event of `kind`.
fn claimants_of(text: &str, kind: &str) -> Vec<String> {
    let mut doc = Document::new("t", text);
    pipeline().run(&mut doc).unwrap();
    let e = doc
        .events
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} event in {text:?}"));
    e.claim
        .claimants
        .iter()
        .filter_map(|p| p.code(&doc).map(str::to_string))
        .collect()
}

#[test]
fn the_claimant_is_the_subject_naming_an_actor() {
    // The parser may give "said" two subjects; the one naming an actor claims.
    assert_eq!(
        claimants_of(
            "Riots broke out near the border, an incident the Turkish government said it would investigate.",
            "investigate"
        ),
        ["TURGOV"]
    );
}

#[test]
fn what_a_body_found_in_its_inquiry_is_claimed_by_that_body() {
    let text = "Germany's domestic intelligence agency found in its inquiry that Russian agents were collecting classified information.";
    assert_eq!(status_of(text, "spy"), "alleged");
    assert_eq!(claimants_of(text, "spy"), ["DEUSPY"]);
}

#[test]
fn content_of_a_statement_noun_and_tails_closed_by_citing() {
    let text = "The FSB claimed in a statement that the Estonian man had been collecting classified information.";
    assert_eq!(status_of(text, "spy"), "alleged");
    assert_eq!(claimants_of(text, "spy"), ["RUSSPY"]);
    let text = "Turkish police detained four Syrian men, the Anadolu news agency reported, citing security sources.";
    assert_eq!(status_of(text, "arrest"), "alleged");
}

#[test]
fn a_dissident_of_the_same_country_is_no_spokesman() {
    // A Russian dissident reporting the Kremlin's demand alleges it; the Kremlin's own
    // spokesman would voice it.
    let text =
        "Exiled Russian dissident Ivan Petrov claimed that the Kremlin demanded that France return the defector.";
    assert_eq!(status_of(text, "demand"), "alleged");
}

#[test]
fn a_campaign_to_recruit_is_the_solicitation_itself() {
    assert_eq!(
        status_of(
            "The CIA launched a new push to recruit informants from the Russian military.",
            "solicit"
        ),
        "asserted"
    );
}

#[test]
fn a_condition_on_reports_is_a_rumour_not_a_hypothesis() {
    assert_eq!(
        status_of(
            "If the reports are true, Iran's deputy intelligence minister would be the most senior defector in years.",
            "defect"
        ),
        "rumoured"
    );
    // A condition on anything else stays hypothetical.
    assert_eq!(
        status_of(
            "If the talks fail, Germany would expel the Russian ambassador.",
            "expel"
        ),
        "hypothetical"
    );
}

#[test]
fn a_claim_called_slander_in_its_own_sentence_is_disputed() {
    assert_eq!(
        status_of(
            "Poland accused three men of spying for Belarus, while Belarus called the accusations a smear.",
            "spy"
        ),
        "disputed"
    );
}

#[test]
fn a_charge_the_accused_calls_absurd_is_disputed_by_its_owner() {
    let mut doc = Document::new(
        "t",
        "The former GRU officer said that the Dutch prosecutors' charges that he spied on the court were absurd.",
    );
    pipeline().run(&mut doc).unwrap();
    let spy = doc.events.iter().find(|e| e.kind == "spy").expect("spy event");
    assert_eq!(spy.claim.status.name(), "disputed", "{:?}", spy.trace);
    let owners: Vec<_> = spy.claim.claimants.iter().filter_map(|p| p.code(&doc)).collect();
    assert_eq!(owners, vec!["NLDJUD"], "{:?}", spy.trace);
}

#[test]
fn a_source_named_only_by_affiliation_is_a_claimant() {
    assert_eq!(
        claimants_of(
            "U.S. intelligence officials said Chinese hackers broke into the Pentagon's networks.",
            "hack"
        ),
        vec!["USASPY".to_string()]
    );
}

#[test]
fn nested_attribution_keeps_the_nearest_claimant_and_the_chain_in_the_trace() {
    let mut doc = Document::new(
        "t",
        "A Reuters report said the Dutch foreign ministry had said that Russian agents hacked the chemical weapons watchdog.",
    );
    pipeline().run(&mut doc).unwrap();
    let hack = doc.events.iter().find(|e| e.kind == "hack").expect("hack event");
    let by: Vec<_> = hack.claim.claimants.iter().filter_map(|p| p.code(&doc)).collect();
    assert_eq!(by, vec!["NLDGOV"]);
    assert!(
        hack.trace.iter().any(|t| t.starts_with("reported in turn by `report`")),
        "{:?}",
        hack.trace
    );
}

#[test]
fn a_denial_of_allegations_in_its_own_sentence_denies_them() {
    assert_eq!(
        status_of(
            "Tehran denied allegations that its agents had spied on the summit.",
            "spy"
        ),
        "denied"
    );
}

#[test]
fn denying_being_involved_in_an_act_denies_the_act() {
    assert_eq!(
        status_of(
            "China's government denied being involved in hacking the company.",
            "hack"
        ),
        "denied"
    );
}

#[test]
fn hedges_and_negation_inside_reported_speech() {
    // A hedge inside the reported clause makes it a rumour, whoever reports it.
    assert_eq!(
        status_of(
            "The ministry said Iran had reportedly recruited two Swedish engineers.",
            "recruit"
        ),
        "rumoured"
    );
    // Outside it, too.
    assert_eq!(
        status_of(
            "Reportedly, Iran recruited two Swedish engineers, Sweden's security police said.",
            "recruit"
        ),
        "rumoured"
    );
    // Negation inside reported speech negates the act.
    assert_eq!(
        status_of("Officials said Germany did not expel the Russian diplomats.", "expel"),
        "negated"
    );
}

#[test]
fn allegedly_is_alleged_by_the_state_acting_else_a_rumour() {
    assert_eq!(
        status_of(
            "Germany expelled a Russian diplomat for allegedly spying on its army.",
            "spy"
        ),
        "alleged"
    );
    assert_eq!(
        status_of(
            "The row began after the arrest of a Briton allegedly working for Mossad in Tehran.",
            "spy"
        ),
        "rumoured"
    );
}

#[test]
fn efforts_carried_on_are_no_open_attempt() {
    // Plural efforts name the activity, reported by its accuser.
    assert_eq!(
        status_of(
            "German officials say Iran has made repeated efforts to recruit German engineers.",
            "recruit"
        ),
        "alleged"
    );
    // One attempt stays open.
    assert_eq!(
        status_of(
            "German officials say Iran made an attempt to recruit a German engineer.",
            "recruit"
        ),
        "hypothetical"
    );
}

#[test]
fn an_event_its_clause_calls_a_rumour_is_rumoured() {
    let text = "Iran's intelligence minister defected to Israel, the newspaper said. \
                A French expert noted that the defection was a rumour.";
    let all = statuses(text);
    let second: Vec<&(String, &str)> = all.iter().filter(|(k, _)| k == "defect").collect();
    assert_eq!(second.last().map(|x| x.1), Some("rumoured"), "{all:?}");
}

#[test]
fn would_on_a_predicate_noun_classes_someone_it_does_not_make_a_hypothesis() {
    assert_eq!(
        status_of(
            "According to the newspaper, the Iranian minister would be the most senior defector in years.",
            "defect"
        ),
        "alleged"
    );
    // An act that would happen stays hypothetical.
    assert_eq!(
        status_of("The Iranian minister would defect to Israel.", "defect"),
        "hypothetical"
    );
}

#[test]
fn the_actor_telling_its_own_act_confirms_it() {
    let text =
        "Lena Berg, a Swedish citizen, has insisted since her arrest that she passed classified documents to Russia.";
    assert_eq!(status_of(text, "spy"), "confirmed");
    // Someone else telling it only alleges it.
    let text = "Swedish prosecutors have said since her arrest that Lena Berg passed classified documents to Russia.";
    assert_eq!(status_of(text, "spy"), "alleged");
}

#[test]
fn an_act_told_as_someones_intent_is_hypothetical() {
    let text = "The Libyan pilot radioed his intent to ask for asylum in Malta, Maltese officials said.";
    assert_eq!(status_of(text, "defect"), "hypothetical");
}

#[test]
fn a_yes_no_question_doubts_its_event_but_a_wh_question_does_not() {
    assert_eq!(
        status_of("Did a senior Iranian minister defect to Germany?", "defect"),
        "rumoured"
    );
    assert_eq!(status_of("Did Russia hack the Dutch election?", "hack"), "rumoured");
    assert_eq!(
        status_of("Why did Russia expel two Polish diplomats?", "expel"),
        "asserted"
    );
    assert_eq!(status_of("Russia expelled two Polish diplomats.", "expel"), "asserted");
}

#[test]
fn an_accusation_voiced_through_its_content_is_the_speakers_act() {
    // "trying to" is the accused man's intention, not the accusation's.
    assert_eq!(
        status_of(
            "Iran said the engineer was trying to escape prosecution for espionage.",
            "accuse"
        ),
        "asserted"
    );
}
