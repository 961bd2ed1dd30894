//! Unit tests of relative forms, resolved against Thursday 5 June 2025: weekdays, days named
//! from today, relative units and months, counts back, periods, offsets and durations. Tests
//! only; they must not depend on the clock (every document date is fixed).

use super::tests::{found, mentions, one, DOC};
use super::*;

#[test]
fn weekdays() {
    // The document date is a Thursday: a bare "Thursday" is that day (on or before).
    one(
        "The CIA released a video Thursday.",
        Some(DOC),
        "Thursday",
        "2025-06-05",
    );
    one("On Wednesday, Xi spoke.", Some(DOC), "On Wednesday", "2025-06-04");
    one("He left on Friday.", Some(DOC), "on Friday", "2025-05-30");
    one(
        "He left on Friday morning.",
        Some(DOC),
        "on Friday morning",
        "2025-05-30",
    );
    one("He left last Thursday.", Some(DOC), "last Thursday", "2025-05-29");
    one("He leaves next Thursday.", Some(DOC), "next Thursday", "2025-06-12");
    // A future marker shortly before turns the weekday forward.
    one(
        "The ministers will meet on Monday.",
        Some(DOC),
        "on Monday",
        "2025-06-09",
    );
    one(
        "The ministers will meet on Thursday.",
        Some(DOC),
        "on Thursday",
        "2025-06-05",
    );
    one(
        "The ministers said on Monday that they will meet.",
        Some(DOC),
        "on Monday",
        "2025-06-02",
    );
    let m = &mentions("On Wednesday, Xi spoke.", Some(DOC))[0];
    assert_eq!((m.rule, m.how), ("weekday", "weekday-on-or-before"));
    assert_eq!(found("Super Tuesday results came in.", Some(DOC)), vec![]);
}

#[test]
fn days_from_today() {
    one("He was arrested yesterday.", Some(DOC), "yesterday", "2025-06-04");
    one(
        "He was arrested yesterday afternoon.",
        Some(DOC),
        "yesterday afternoon",
        "2025-06-04",
    );
    one("He is being questioned today.", Some(DOC), "today", "2025-06-05");
    one("He will be charged tomorrow.", Some(DOC), "tomorrow", "2025-06-06");
    one("He was arrested last night.", Some(DOC), "last night", "2025-06-04");
}

#[test]
fn relative_units_and_months() {
    one("He was expelled last month.", Some(DOC), "last month", "2025-05");
    one("He was expelled last year.", Some(DOC), "last year", "2024");
    one("He was expelled this year.", Some(DOC), "this year", "2025");
    one("He will be tried next year.", Some(DOC), "next year", "2026");
    one(
        "He will be tried next week.",
        Some(DOC),
        "next week",
        "2025-06-09/2025-06-15",
    );
    one(
        "He was tried this week.",
        Some(DOC),
        "this week",
        "2025-06-02/2025-06-08",
    );
    one(
        "He was tried last week.",
        Some(DOC),
        "last week",
        "2025-05-26/2025-06-01",
    );
    one(
        "He was expelled earlier this month.",
        Some(DOC),
        "earlier this month",
        "2025-06",
    );
    one(
        "He will be expelled later this year.",
        Some(DOC),
        "later this year",
        "2025",
    );
    one(
        "He was expelled in February this year.",
        Some(DOC),
        "in February this year",
        "2025-02",
    );
    one(
        "He was expelled in February last year.",
        Some(DOC),
        "in February last year",
        "2024-02",
    );
    one(
        "He was expelled on 3 May last year.",
        Some(DOC),
        "on 3 May last year",
        "2024-05-03",
    );
    one("He was expelled last March.", Some(DOC), "last March", "2025-03");
    one("He was expelled last August.", Some(DOC), "last August", "2024-08");
    one("He will be expelled next May.", Some(DOC), "next May", "2026-05");
    one(
        "He was expelled late last year.",
        Some(DOC),
        "late last year",
        "2024-09/2024-12",
    );
    one(
        "He was expelled at the end of last year.",
        Some(DOC),
        "at the end of last year",
        "2024-09/2024-12",
    );
    one("He left last summer.", Some(DOC), "last summer", "-");
    one(
        "He left in mid-June.",
        Some(DOC),
        "in mid-June",
        "2025-06-11/2025-06-20",
    );
    one(
        "He left at the end of June.",
        Some(DOC),
        "at the end of June",
        "2025-06-21/2025-06-30",
    );
    one(
        "He has been held since last year.",
        Some(DOC),
        "since last year",
        "2024/..",
    );
    one(
        "He was held until last month.",
        Some(DOC),
        "until last month",
        "../2025-05",
    );
    one(
        "He has been held since Thursday.",
        Some(DOC),
        "since Thursday",
        "2025-06-05/..",
    );
    let m = &mentions("He was expelled last month.", Some(DOC))[0];
    assert_eq!(
        (m.kind, m.rule, m.how),
        (DateKind::Relative, "relative-unit", "document-date")
    );
}

#[test]
fn counts_back_and_periods() {
    one(
        "He was arrested two weeks ago.",
        Some(DOC),
        "two weeks ago",
        "2025-05-22",
    );
    one(
        "He was arrested three days ago.",
        Some(DOC),
        "three days ago",
        "2025-06-02",
    );
    one("He was arrested 10 days ago.", Some(DOC), "10 days ago", "2025-05-26");
    one(
        "He was arrested three months ago.",
        Some(DOC),
        "three months ago",
        "2025-03",
    );
    one("He was arrested a year ago.", Some(DOC), "a year ago", "2024");
    one(
        "He was arrested about a month ago.",
        Some(DOC),
        "about a month ago",
        "2025-05",
    );
    one("He was arrested weeks ago.", Some(DOC), "weeks ago", "-");
    one("He was arrested a few days ago.", Some(DOC), "a few days ago", "-");
    one(
        "Cases rose in the past year.",
        Some(DOC),
        "in the past year",
        "2024-06-05/2025-06-05",
    );
    one(
        "Cases rose over the last three months.",
        None,
        "the last three months",
        "-",
    );
    one(
        "Cases rose in the last three months.",
        Some(DOC),
        "in the last three months",
        "2025-03-05/2025-06-05",
    );
    one(
        "Cases will rise in the next two weeks.",
        Some(DOC),
        "in the next two weeks",
        "2025-06-05/2025-06-19",
    );
    one("Cases rose in recent weeks.", Some(DOC), "in recent weeks", "-");
    one(
        "Cases have risen for the past two years.",
        Some(DOC),
        "for the past two years",
        "2023-06-05/2025-06-05",
    );
    let m = &mentions("He was arrested two weeks ago.", Some(DOC))[0];
    let off = Offset {
        amount: Some(2),
        unit: Unit::Week,
        direction: Direction::Ago,
        approximate: false,
    };
    assert_eq!(m.offset, Some(off));
}

#[test]
fn offsets_from_events() {
    let text = "This comes just over a month after the UK accused the two men.";
    one(text, Some(DOC), "just over a month after", "-");
    assert_eq!(mentions(text, Some(DOC))[0].how, "unanchored");
    one(
        "It came weeks after Beijing ousted a general.",
        Some(DOC),
        "weeks after",
        "-",
    );
    one("Two days later, he was released.", Some(DOC), "Two days later", "-");
    one("A year earlier, he had defected.", Some(DOC), "A year earlier", "-");
    one("The next day, he was released.", Some(DOC), "The next day", "-");
    one(
        "The following week, he was released.",
        Some(DOC),
        "The following week",
        "-",
    );
    // Anchored on a date, the offset has a value at the anchor's precision.
    one(
        "He fled a month after 18 June.",
        Some(DOC),
        "a month after 18 June",
        "2025-07-18",
    );
    one(
        "He fled two weeks before 18 June 2021.",
        None,
        "two weeks before 18 June 2021",
        "2021-06-04",
    );
    one("He fled a year after 2015.", None, "a year after 2015", "2016");
    let m = &mentions("He fled a month after 18 June.", Some(DOC))[0];
    assert_eq!((m.kind, m.rule), (DateKind::Offset, "offset-anchored"));
}

#[test]
fn durations_have_no_value() {
    one("Deliver a report within 90 days.", Some(DOC), "within 90 days", "-");
    one("He was held for two years.", Some(DOC), "for two years", "-");
    one("He was held for years.", Some(DOC), "for years", "-");
    let m = &mentions("He was held for about two years.", Some(DOC))[0];
    assert_eq!((m.text.as_str(), m.kind), ("for about two years", DateKind::Duration));
    assert!(m.offset.is_some_and(|o| o.approximate && o.amount == Some(2)));
}

#[test]
fn several_in_one_sentence() {
    assert_eq!(
        found(
            "He joined in 2015, defected last year and was seen on 18 June.",
            Some(DOC)
        ),
        vec![
            ("in 2015".to_string(), "2015".to_string()),
            ("last year".to_string(), "2024".to_string()),
            ("on 18 June".to_string(), "2025-06-18".to_string()),
        ]
    );
}
