//! Passages of news found through cross-document linking, in invented wording: who is indicted
//! as "the five", who speaks through a spokesperson "for" a body, whose "federal" prosecutor
//! arrested whom when the story tells the arrest twice, what an embassy confirms it was notified of.
use super::tests::code;

#[test]
fn the_five_indicted_are_the_people_charged_before() {
    let got = code(
        "The United States charged five Chinese military officers with hacking. A US federal grand jury indicted the five on charges they broke into computers.",
    );
    assert!(
        got.iter()
            .filter(|e| e.starts_with("charge USA") && e.ends_with(">CHNMIL"))
            .count()
            >= 2,
        "{got:?}"
    );
}

#[test]
fn a_spokesperson_for_a_body_speaks_for_it() {
    let got = code(
        "A spokesperson for China's Ministry of National Defense said the charges, which the U.S. announced on Monday, were \"groundless.\"",
    );
    assert!(got.iter().any(|e| e.starts_with("deny CHNMIL")), "{got:?}");
}

#[test]
fn a_federal_body_and_a_second_telling_of_its_arrest() {
    // "federal" is Germany's (Russia is only the side spied for); the later passive arrest of the
    // person "she" stands for is the same step, whose patient is the raised subject.
    let text = "The federal prosecutor's office has arrested an official of the Federal Intelligence Service (BND) for spying for Russia. \
                Anna K. was accused of treason, the federal prosecutor said. \
                She is said to have passed documents to Russian intelligence last year and was arrested on Friday.";
    let got = code(text);
    assert!(got.iter().any(|e| e.starts_with("arrest DEUJUD")), "{got:?}");
    // "She" is Anna K., not the prosecutor who spoke; she is the one arrested.
    assert!(
        got.iter()
            .any(|e| e.starts_with("arrest DEU") && e.ends_with(">DEUCVL")),
        "{got:?}"
    );
    assert!(!got.iter().any(|e| e.starts_with("spy DEUJUD")), "{got:?}");
}

#[test]
fn an_act_notified_is_the_act_confirmed() {
    // "notified the expulsion": the light verb stands for the expulsion it governs, which is what
    // the embassy confirms; notifying is no act of its own.
    let mut doc = dossier_core::Document::new(
        "t",
        "The Iranian embassy confirmed that the Norwegian side had notified the expulsion of the diplomats.",
    );
    crate::test_pipeline().run(&mut doc).unwrap();
    let kinds: Vec<&str> = doc.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["confirm", "expel"], "{:?}", doc.events);
    let expel = &doc.events[1];
    assert_eq!(expel.claim.claim_of, Some(0));
    assert_eq!(expel.claim.status, dossier_core::ClaimStatus::Confirmed);
}

#[test]
fn the_five_named_far_back_are_the_five_charged() {
    // "the five" four sentences after the charge still names the five charged: the number says so.
    let got = code(
        "Canada has charged five members of an Iranian intelligence unit with hacking Canadian banks. \
         The banks lost millions in the attacks. \
         Officials called on Tehran to hand the men over. \
         \"This should be a warning,\" the minister told reporters. \
         Prosecutors indicted each of the five on charges of computer fraud.",
    );
    assert_eq!(
        got.iter()
            .filter(|e| e.starts_with("charge CAN") && e.contains(">IRN"))
            .count(),
        2,
        "{got:?}"
    );
}

#[test]
fn accusing_a_state_of_bullying_in_charging_officers_is_criticism_of_its_charge() {
    // An accusation of an insult, not an offence, is criticism; the charging it speaks of is
    // the accused state's act, not the critic's.
    let got = code(
        "Iran's Defence Ministry on Friday accused Canada of \"judicial bullying\" in charging Iranian military officers for allegedly hacking a bank.",
    );
    assert!(got.iter().any(|e| e.starts_with("criticize IRNMIL>CAN")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("charge CAN>IRNMIL")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("accuse")), "{got:?}");
}

#[test]
fn saying_the_accuser_fabricated_the_facts_denies_its_case() {
    let got = code("Canada charged two Iranian officers with hacking. An Iranian defence ministry spokesman said Canada fabricated the facts.");
    assert!(got.iter().any(|e| e.starts_with("deny IRNMIL>CAN")), "{got:?}");
    // Nobody of the accused side saying it: no denial.
    let got = code("The court found that the officers fabricated the evidence.");
    assert!(!got.iter().any(|e| e.starts_with("deny")), "{got:?}");
}
