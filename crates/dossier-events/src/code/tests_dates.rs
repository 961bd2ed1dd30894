//! When an event happened (`when_where`): the date the parse attaches to it, through the real
//! segmenter, parser and recogniser.
use dossier_core::Document;

fn pipeline() -> &'static dossier_core::Pipeline {
    crate::test_pipeline()
}

/// The date of each event of `text` in a document dated `date`.
fn event_dates(text: &str, date: &str) -> Vec<(String, String)> {
    let mut doc = Document::new("t", text);
    doc.meta.date = Some(date.into());
    pipeline().run(&mut doc).unwrap();
    doc.events
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.date.as_ref().map(|d| d.value.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn an_event_takes_the_date_attached_to_it() {
    // The date modifies the trigger.
    let got = event_dates("Russia expelled 20 Czech diplomats on Sunday.", "2021-04-19");
    assert!(got.contains(&("expel".into(), "2021-04-18".into())), "{got:?}");
    // A year-less month told in the past tense is the last one before the report.
    let got = event_dates("German police arrested the suspect in December.", "2023-09-06");
    assert!(got.contains(&("arrest".into(), "2022-12".into())), "{got:?}");
}

#[test]
fn a_date_of_another_clause_does_not_date_the_event() {
    // "in 2017" dates the hacking, not the charging: the report's date stands.
    let got = event_dates(
        "The United States charged four Chinese officers who hacked into Equifax in 2017.",
        "2020-02-11",
    );
    assert!(got.contains(&("charge".into(), "2020-02-11".into())), "{got:?}");
    let got = event_dates(
        "The Czech Republic expelled 18 Russian diplomats, saying that two Russian spies accused of a poisoning in Britain in 2018 were behind the blast.",
        "2021-04-19",
    );
    assert!(got.contains(&("expel".into(), "2021-04-19".into())), "{got:?}");
}

#[test]
fn an_undated_document_still_says_the_weekday_of_a_statement() {
    // No document date: "on Thursday" cannot be resolved, but it names the day of the denial,
    // not of the charge a relative clause dates "on Monday".
    let mut doc = Document::new(
        "t",
        "Iran's foreign ministry on Thursday denied the charges, which Canada announced on Monday.",
    );
    pipeline().run(&mut doc).unwrap();
    let deny = doc.events.iter().find(|e| e.kind == "deny").expect("deny event");
    assert!(deny.date.is_none());
    assert_eq!(super::attached_weekday(&doc, deny), Some(4));
}
