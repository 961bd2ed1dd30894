//! When two reports tell the same real-world event. Precision over recall: a wrong merge is worse
//! than a missed one, so missing evidence never links. Two mentions are the same event when
//! - their kinds are equal and their actors' country sets are equal and not empty;
//! - their targets' countries overlap, or both have none;
//! - their dates agree within the slack of the coarser precision (3 days for two days, the month,
//!   the year) — and, when either date is missing or only a year, they share a named participant,
//!   their documents name a person in common, or they are in one document;
//! - they do not name different people or bodies as the target (two arrests in one case a month
//!   apart: "Carsten L." and "Arthur E.").
//!
//! What it must not do: read the database, or link on kind and countries alone.

use super::facts::{Day, Facts, Precision};

/// Days between two day-precise dates of one event that reports may still give (a report dated
/// the day after, an event told as "on Saturday" in a Monday paper).
pub const DAY_SLACK: i64 = 3;

/// Whether two dates can be one event's, and whether that agreement is evidence enough alone.
fn dates(a: Option<Day>, b: Option<Day>) -> Agreement {
    let (Some(a), Some(b)) = (a, b) else {
        return Agreement::Unknown;
    };
    let coarser = a.precision.max(b.precision);
    let slack = match coarser {
        Precision::Day => DAY_SLACK,
        Precision::Month => 31,
        Precision::Year => 366,
    };
    if (a.day - b.day).abs() > slack {
        Agreement::Apart
    } else if coarser == Precision::Year {
        Agreement::Unknown
    } else {
        Agreement::Close
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Agreement {
    Close,
    Apart,
    Unknown,
}

/// Whether the two mentions cannot be one event whatever else they share: different kinds or
/// actors, dates apart, different named targets.
pub fn conflict(a: &Facts, b: &Facts) -> bool {
    a.kind != b.kind
        || a.actor != b.actor
        || dates(a.date, b.date) == Agreement::Apart
        || (!a.target_names.is_empty() && !b.target_names.is_empty() && a.target_names.is_disjoint(&b.target_names))
        || (!a.target.is_empty() && !b.target.is_empty() && a.target.is_disjoint(&b.target))
}

/// Whether the two mentions tell the same event.
pub fn same_event(a: &Facts, b: &Facts) -> bool {
    if a.actor.is_empty() || conflict(a, b) {
        return false;
    }
    if a.target.is_empty() != b.target.is_empty() {
        return false;
    }
    // (One document telling the same act again, with no other date for either telling.)
    let same_document = a.doc.is_some() && a.doc == b.doc && a.date == b.date;
    let named = !a.actor_names.is_disjoint(&b.actor_names) || !a.target_names.is_disjoint(&b.target_names);
    let same_story = !a.people.is_disjoint(&b.people);
    match dates(a.date, b.date) {
        Agreement::Close => true,
        Agreement::Apart => false,
        Agreement::Unknown => same_document || named || same_story,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::facts::day_number;

    fn facts(kind: &str, actor: &[&str], target: &[&str], date: Option<&str>, targets: &[&str]) -> Facts {
        Facts {
            kind: kind.into(),
            actor: actor.iter().map(|s| s.to_string()).collect(),
            target: target.iter().map(|s| s.to_string()).collect(),
            actor_names: Default::default(),
            target_names: targets.iter().map(|s| s.to_string()).collect(),
            date: date.map(|d| Day {
                day: day_number(d).unwrap(),
                precision: if d.len() == 10 {
                    Precision::Day
                } else {
                    Precision::Month
                },
            }),
            people: Default::default(),
            story: Default::default(),
            doc: None,
        }
    }

    #[test]
    fn one_expulsion_told_on_two_days_is_one_event() {
        let a = facts("expel", &["CZE"], &["RUS"], Some("2021-04-17"), &[]);
        let b = facts("expel", &["CZE"], &["RUS"], Some("2021-04-18"), &[]);
        assert!(same_event(&a, &b));
        // The retaliation a day later has the roles reversed.
        let c = facts("expel", &["RUS"], &["CZE"], Some("2021-04-18"), &[]);
        assert!(!same_event(&a, &c));
        // Another country's expulsion the same day.
        let d = facts("expel", &["UKR"], &["RUS"], Some("2021-04-17"), &[]);
        assert!(!same_event(&a, &d));
    }

    #[test]
    fn dates_apart_or_different_people_keep_events_apart() {
        let a = facts("charge", &["USA"], &["CHN"], Some("2014-05-19"), &[]);
        let b = facts("charge", &["USA"], &["CHN"], Some("2020-02-10"), &[]);
        assert!(!same_event(&a, &b));
        let c = facts("arrest", &["DEU"], &["DEU"], Some("2022-12-21"), &["carsten l"]);
        let d = facts("arrest", &["DEU"], &["DEU"], Some("2022-12-22"), &["arthur e"]);
        assert!(!same_event(&c, &d));
    }

    #[test]
    fn without_dates_only_a_shared_name_links() {
        let a = facts("defect", &["RUS"], &["UKR"], None, &[]);
        let b = facts("defect", &["RUS"], &["UKR"], None, &[]);
        assert!(!same_event(&a, &b));
        let mut c = a.clone();
        c.actor_names.insert("maxim kuzminov".into());
        let mut d = b.clone();
        d.actor_names.insert("maxim kuzminov".into());
        assert!(same_event(&c, &d));
        // Two undated reports of stories naming the same person.
        let mut e = a.clone();
        e.people.insert("kuzminov".into());
        let mut f = b.clone();
        f.people.insert("kuzminov".into());
        assert!(same_event(&e, &f));
        // One document telling it twice.
        let (mut g, mut h) = (a.clone(), b.clone());
        g.doc = Some(7);
        h.doc = Some(7);
        assert!(same_event(&g, &h));
    }
}
