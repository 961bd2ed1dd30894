//! Unit tests: absolute forms, year-less dates, no document date, the non-date traps, the
//! calendar helpers and serialisation; relative forms are in `tests_relative.rs`, the example
//! articles in `tests_examples.rs`. Tokens come from the real segmenter (`dossier_text`). Tests
//! only: nothing here may be used by the library code.

use super::*;
use dossier_core::{Sentence, Token};
use dossier_text::segment::Segmenter;
use std::sync::OnceLock;

/// Thursday.
pub(super) const DOC: &str = "2025-06-05";

fn recognizer() -> &'static DateRecognizer {
    static R: OnceLock<DateRecognizer> = OnceLock::new();
    R.get_or_init(DateRecognizer::new)
}

/// All mentions of `text` (every sentence), segmented by the real segmenter.
pub(super) fn mentions(text: &str, doc: Option<&str>) -> Vec<DateMention> {
    let (mut tokens, mut sentences): (Vec<Token>, Vec<Sentence>) = (Vec::new(), Vec::new());
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER
        .get_or_init(Segmenter::new)
        .segment_text(text, &mut tokens, &mut sentences);
    sentences
        .iter()
        .flat_map(|s| recognizer().find(text, &tokens[s.token_range()], doc))
        .collect()
}

/// `(text, value)` pairs, values rendered as ISO, `-` for none.
pub(super) fn found(text: &str, doc: Option<&str>) -> Vec<(String, String)> {
    mentions(text, doc)
        .into_iter()
        .map(|m| (m.text, m.value.map_or_else(|| "-".to_string(), |v| v.to_string())))
        .collect()
}

/// Asserts that `text` holds exactly one mention, `expr`, valued `value` (`-` = none).
#[track_caller]
pub(super) fn one(text: &str, doc: Option<&str>, expr: &str, value: &str) {
    assert_eq!(
        found(text, doc),
        vec![(expr.to_string(), value.to_string())],
        "in {text:?}"
    );
}

#[test]
fn lexicon_loads() {
    let lex = Lexicon::load();
    assert_eq!(lex.months["may"].num, 5);
    assert!(lex.months["may"].ambiguous && !lex.months["january"].ambiguous);
    assert!(lex.months["sept"].abbr);
    assert_eq!(lex.weekdays["thursday"], 4);
    assert_eq!(lex.ordinals["thirty-first"], 31);
    assert_eq!(lex.deictic[0].0.len(), 2, "multiword entries first");
}

#[test]
fn calendar_helpers() {
    assert_eq!(parse_iso("2025-06-05"), Some((2025, 6, 5)));
    assert_eq!(parse_iso("2025-06-05T10:00:00Z"), Some((2025, 6, 5)));
    assert_eq!(parse_iso("2025-02-29"), None);
    assert_eq!(parse_iso("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(parse_iso("2025-6-5"), None);
    assert_eq!(parse_iso("June 5"), None);
    assert_eq!(weekday(days_from_civil(2025, 6, 5)), 4);
    assert_eq!(weekday(days_from_civil(1970, 1, 1)), 4);
    for z in [-800_000, -1, 0, 1, 20_000, 800_000] {
        let (y, m, d) = civil_from_days(z);
        assert_eq!(days_from_civil(y, m, d), z);
    }
    assert_eq!(add_days((2024, 12, 31), 1), (2025, 1, 1));
    assert_eq!(add_months((2025, 3, 31), -1), (2025, 2, 28));
    assert_eq!(add_months((2025, 1, 15), -13), (2023, 12, 15));
}

#[test]
fn rendering() {
    assert_eq!(DateValue::day(2025, 6, 18).to_string(), "2025-06-18");
    assert_eq!(DateValue::month(2021, 2).to_string(), "2021-02");
    assert_eq!(DateValue::year(2021).to_string(), "2021");
    assert_eq!(
        DateValue::between(Point::Year(2010), Point::Year(2012)).to_string(),
        "2010/2012"
    );
    assert_eq!(
        DateValue::Range {
            from: Some(Point::Year(2010)),
            to: None
        }
        .to_string(),
        "2010/.."
    );
}

#[test]
fn absolute_days() {
    one(
        "It happened on 18 June 2025.",
        Some(DOC),
        "on 18 June 2025",
        "2025-06-18",
    );
    one("It happened on June 18, 2021.", None, "on June 18, 2021", "2021-06-18");
    one("It happened June 18 2021.", None, "June 18 2021", "2021-06-18");
    one(
        "It happened on the 18th of June 2021.",
        None,
        "on the 18th of June 2021",
        "2021-06-18",
    );
    one("It happened on 5 Jan. 2020.", None, "on 5 Jan. 2020", "2020-01-05");
    one("The file is dated 2025-06-02.", None, "2025-06-02", "2025-06-02");
    one("The file is dated 18/06/2021.", None, "18/06/2021", "2021-06-18");
    one("The file is dated 06/07/2021.", None, "06/07/2021", "-");
    one("It happened on 31 June 2021.", None, "on 31 June 2021", "-");
    one(
        "Talks ended on Wednesday, June 18, 2025.",
        None,
        "on Wednesday, June 18, 2025",
        "2025-06-18",
    );
}

#[test]
fn absolute_months_years_and_periods() {
    one("It began in February 2021.", None, "in February 2021", "2021-02");
    one("It began in Sept 2019.", None, "in Sept 2019", "2019-09");
    one("He studied in the UK in 2015.", None, "in 2015", "2015");
    one(
        "Officers were killed from 2010 to 2012.",
        None,
        "from 2010 to 2012",
        "2010/2012",
    );
    one(
        "Officers were killed between 2010 and 2012.",
        None,
        "between 2010 and 2012",
        "2010/2012",
    );
    one("Officers were killed in 2010-2012.", None, "in 2010-2012", "2010/2012");
    one("He defected in mid-2019.", None, "in mid-2019", "2019-05/2019-08");
    one("He defected in early 2019.", None, "in early 2019", "2019-01/2019-04");
    one("It was built in the 1990s.", None, "in the 1990s", "1990/1999");
    one(
        "It was built in the early 1990s.",
        None,
        "in the early 1990s",
        "1990/1993",
    );
    one(
        "It was built in the 20th century.",
        None,
        "in the 20th century",
        "1901/2000",
    );
    one("He has been there since 2010.", None, "since 2010", "2010/..");
    one("It closed before 2015.", None, "before 2015", "../2014");
    one("It reopened after 2015.", None, "after 2015", "2016/..");
    one(
        "They met between May and July 2021.",
        None,
        "between May and July 2021",
        "2021-05/2021-07",
    );
    one("They met in the summer of 2020.", None, "in the summer of 2020", "2020");
}

#[test]
fn year_less_dates_take_the_document_year() {
    one("They met on 18 June.", Some(DOC), "on 18 June", "2025-06-18");
    one("They met June 18.", Some(DOC), "June 18", "2025-06-18");
    one("They will meet on 1 July.", Some(DOC), "on 1 July", "2025-07-01");
    one("They met in August.", Some(DOC), "in August", "2025-08");
    one(
        "They met from 10 to 12 June.",
        Some(DOC),
        "from 10 to 12 June",
        "2025-06-10/2025-06-12",
    );
    one(
        "It ends in late June.",
        Some(DOC),
        "in late June",
        "2025-06-21/2025-06-30",
    );
    // December 2025 starts 179 days after 5 June: still within the six months.
    one("They met in December.", Some(DOC), "in December", "2025-12");
    // From 1 March, December would be nine months ahead: the previous year.
    one("They met in December.", Some("2025-03-01"), "in December", "2024-12");
    one(
        "They met on 20 November.",
        Some("2025-03-01"),
        "on 20 November",
        "2024-11-20",
    );
    // A future-marked sentence moves a past date forward instead.
    one("Talks will resume in January.", Some(DOC), "in January", "2026-01");
    one("Talks resumed in January.", Some(DOC), "in January", "2025-01");
    let m = &mentions("They met on 18 June.", Some(DOC))[0];
    assert_eq!(
        (m.kind, m.rule, m.how),
        (DateKind::Relative, "day-month", "document-year")
    );
    let m = &mentions("They met in December.", Some("2025-03-01"))[0];
    assert_eq!(m.how, "previous-year");
}

#[test]
fn no_document_date() {
    one("They met on 18 June.", None, "on 18 June", "-");
    one("They met last month.", None, "last month", "-");
    one("The video was released Thursday.", None, "Thursday", "-");
    one("It began in February this year.", None, "in February this year", "-");
    one("It began in February 2021.", None, "in February 2021", "2021-02");
    let m = &mentions("They met last month.", None)[0];
    assert_eq!((m.kind, m.how), (DateKind::Relative, "needs-document-date"));
}

#[test]
fn non_date_traps() {
    for text in [
        "He may leave the country soon.",
        "May officials deny the report.",
        "Theresa May said nothing.",
        "Police broke up a protest march.",
        "March organisers said the route was changed.",
        "August institutions rarely comment.",
        "April Smith, a former officer, declined to comment.",
        "She met April Smith in Paris.",
        "Xi Jinping met Wang Yi and Yang Jiechi.",
        "Xi made a rare public reference to the purges.",
        "Black Friday sales fell.",
        "It was the last year of his term.",
        "The forty-fifth President took office.",
        "It marks the party's 100th anniversary.",
        "He offered $5 million and citizenship.",
        "The Covid-19 pandemic spread.",
        "A fictional disillusioned mid-level officer laments.",
        "They found it in 1000 cases.",
        "the ruling Communist Party may not want to hear the truth",
        "This May Be The End Of The Affair",
    ] {
        assert_eq!(found(text, Some(DOC)), vec![], "in {text:?}");
    }
    // An ambiguous month before a capitalised word or 's is a name even after a preposition.
    assert_eq!(
        found("The plan was drafted under pressure in May's cabinet.", Some(DOC)),
        vec![]
    );
    assert_eq!(found("It was sent on April Smith's orders.", Some(DOC)), vec![]);
    // With a date preposition or a number it is a month.
    one("Theresa May resigned in May.", Some(DOC), "in May", "2025-05");
    one(
        "The march began on 3 March 2021.",
        None,
        "on 3 March 2021",
        "2021-03-03",
    );
}

#[test]
fn serialises_values_as_iso() {
    let m = &mentions("They met on 18 June.", Some(DOC))[0];
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(json["value"], "2025-06-18");
    assert_eq!(json["kind"], "relative");
    assert_eq!(json["span"]["start"], 9);
}

#[test]
fn spans_are_bytes_of_the_text() {
    let text = "Wang’s case began on 18 June — “mid‑2019” in fact.";
    for m in mentions(text, Some(DOC)) {
        assert_eq!(&text[m.span.range()], m.text);
    }
    assert_eq!(found(text, Some(DOC)).len(), 2);
}

/// Every pair of awkward fragments: no panic, spans inside the text, in order, not overlapping.
#[test]
fn robust_on_fragment_pairs() {
    let fragments = [
        "mid-",
        "MID–2019",
        "early-",
        "late",
        "the",
        "of",
        "in",
        "on",
        "since",
        "from",
        "to",
        "-",
        "–",
        "between",
        "and",
        "May",
        "June",
        "Jan.",
        "18",
        "18th",
        "2019",
        "2010-2012",
        "1990s",
        "Thursday",
        ",",
        "last",
        "next",
        "the past",
        "two",
        "weeks",
        "ago",
        "after",
        "within",
        "just over",
        "a",
        "month",
        "this year",
        "İ",
        "‘",
        "31",
        "2/30/2020",
        "9999-99-99",
        "first",
        "century",
        "summer",
        "will",
    ];
    for a in fragments {
        for b in fragments {
            for sep in [" ", ""] {
                let text = format!("{a}{sep}{b} {a} 5 June");
                let ms = mentions(&text, Some(DOC));
                let mut last = 0;
                for m in &ms {
                    assert!(m.span.start as usize >= last && !m.span.is_empty(), "{text:?}: {ms:?}");
                    assert_eq!(&text[m.span.range()], m.text);
                    last = m.span.end as usize;
                }
            }
        }
    }
}

#[test]
fn cardinals_are_digits_or_number_words() {
    assert_eq!(super::cardinal("18"), Some(18));
    assert_eq!(super::cardinal("1,200"), Some(1200));
    assert_eq!(super::cardinal("Twenty"), Some(20));
    assert_eq!(super::cardinal("five"), Some(5));
    assert_eq!(super::cardinal("a"), None);
    assert_eq!(super::cardinal("diplomats"), None);
}

#[test]
fn the_weekday_a_date_expression_names() {
    use super::weekday_named;
    assert_eq!(weekday_named("on Thursday"), Some(4));
    assert_eq!(weekday_named("late Friday"), Some(5));
    assert_eq!(weekday_named("last month"), None);
    assert_eq!(weekday_named("Black Friday"), None);
}
