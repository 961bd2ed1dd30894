//! Unit tests on the three example articles: each date expression they hold ("Thursday",
//! "last month", "in February this year", "within 90 days", …) with a fixed document date,
//! and the whole articles, which must give exactly those mentions. Tests only; the articles are
//! read from `examples/` at build time and must not be copied here.

use super::tests::{found, mentions, one};
use super::*;

/// Example 000 (BBC; dated 2024-06-03 here).
#[test]
fn example_000_mi6() {
    let doc = Some("2024-06-03");
    one(
        "The ministry alleges that MI6 began lobbying Wang when he studied in the UK on a Sino-British exchange programme in 2015.",
        doc,
        "in 2015",
        "2015",
    );
    let text = "This comes just over a month after the UK accused the two men of spying for China.";
    one(text, doc, "just over a month after", "-");
    let m = &mentions(text, doc)[0];
    assert_eq!(m.kind, DateKind::Offset);
    let off = Offset {
        amount: Some(1),
        unit: Unit::Month,
        direction: Direction::After,
        approximate: true,
    };
    assert_eq!(m.offset, Some(off));
    // The doc-year rule: August 2024 is two months ahead, within six, so it stays 2024 (the
    // channel in fact opened in August 2023 — a known limit of the rule).
    one(
        "China's Ministry of State Security has been posting frequent updates since opening its official channel in August.",
        doc,
        "in August",
        "2024-08",
    );
}

/// Example 001 (NBC; dated Thursday 2026-02-12 here).
#[test]
fn example_001_cia_video() {
    let doc = Some("2026-02-12");
    let text = "The CIA released a new Mandarin-language video Thursday appealing to members of China's military to spy for the United States, weeks after Beijing ousted a top general.";
    assert_eq!(
        found(text, doc),
        vec![
            ("Thursday".into(), "2026-02-12".into()),
            ("weeks after".into(), "-".into())
        ]
    );
    one(
        "A yearslong crackdown culminated last month when the defense ministry announced it.",
        doc,
        "last month",
        "2026-01",
    );
    one(
        "Of the seven members who made up the commission in 2022, only Xi and one general are left.",
        doc,
        "in 2022",
        "2022",
    );
    let text = "On Wednesday, Xi made a rare public reference to the purges, telling the military that in the past year it had grown stronger.";
    assert_eq!(
        found(text, doc),
        vec![
            ("On Wednesday".into(), "2026-02-11".into()),
            ("in the past year".into(), "2025-02-12/2026-02-12".into())
        ]
    );
    one(
        "Ratcliffe said that similar videos released online last year reached a significant audience.",
        doc,
        "last year",
        "2025",
    );
    one(
        "Beijing reportedly killed or imprisoned multiple U.S. sources from 2010 to 2012.",
        doc,
        "from 2010 to 2012",
        "2010/2012",
    );
}

/// Example 002 (IBTimes; dated 2021-06-24 here).
#[test]
fn example_002_defector() {
    let doc = Some("2021-06-24");
    one(
        "Dong was alleged to have flown from Hong Kong to the United States with his daughter in February this year.",
        doc,
        "in February this year",
        "2021-02",
    );
    one(
        "Officials reviewed the matter when they met in Alaska in May.",
        doc,
        "in May",
        "2021-05",
    );
    one(
        "Dong had spoken at a counter-espionage conference on 18 June, warning spies.",
        doc,
        "on 18 June",
        "2021-06-18",
    );
    let text = "Joe Biden asked the intelligence agency to deliver a report on it within 90 days.";
    one(text, doc, "within 90 days", "-");
    let m = &mentions(text, doc)[0];
    assert_eq!(m.kind, DateKind::Duration);
    assert_eq!(
        m.offset.map(|o| (o.amount, o.unit, o.direction)),
        Some((Some(90), Unit::Day, Direction::Within))
    );
    one(
        "It would humiliate the CCP ahead of the party's 100th anniversary on 1 July.",
        doc,
        "on 1 July",
        "2021-07-01",
    );
}

/// The whole example articles: exactly these mentions, nothing else ("may not want", "Xi",
/// "3-min read", "100th anniversary", "Covid-19" are not dates).
#[test]
fn example_articles_whole() {
    type Expected = &'static [(&'static str, &'static str)];
    let cases: [(&str, &str, Expected); 3] = [
        (
            include_str!("../../../../examples/000_f705a40a774d8523.txt"),
            "2024-06-03",
            &[
                ("in 2015", "2015"),
                ("just over a month after", "-"),
                ("in August", "2024-08"),
            ],
        ),
        (
            include_str!("../../../../examples/001_35a95caaa163bc07.txt"),
            "2026-02-12",
            &[
                ("Thursday", "2026-02-12"),
                ("weeks after", "-"),
                ("last month", "2026-01"),
                ("in 2022", "2022"),
                ("On Wednesday", "2026-02-11"),
                ("in the past year", "2025-02-12/2026-02-12"),
                ("last year", "2025"),
                ("last year", "2025"),
                ("from 2010 to 2012", "2010/2012"),
            ],
        ),
        (
            include_str!("../../../../examples/002_0de988cda47a8b9e.txt"),
            "2021-06-24",
            &[
                ("in February this year", "2021-02"),
                ("in May", "2021-05"),
                ("on 18 June", "2021-06-18"),
                ("within 90 days", "-"),
                ("on 1 July", "2021-07-01"),
            ],
        ),
    ];
    for (text, doc, expected) in cases {
        let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(found(text, Some(doc)), expected);
        for m in mentions(text, Some(doc)) {
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
}
