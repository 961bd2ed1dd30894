//! When two reports tell the same real-world event. Precision over recall: a wrong merge is worse
//! than a missed one, so missing evidence never links.
//!
//! Two mentions **cannot** be one event when their kinds differ (except two answers in a
//! dispute, a denial and criticism of one statement), their actors' countries differ,
//! their dates are further apart than the coarser precision allows (3 days for two days, the
//! month, the year), they name different people or bodies as the target ("Carsten L." and
//! "Arthur E."), their targets' countries do not overlap (a spy's country
//! may be the one spied for in one report and the spy's own in another), they count their targets differently
//! ("18 diplomats", "20 diplomats"), or, for a speech act, different speakers or different
//! branches of one state speak (the foreign ministry's denial and the defence ministry's), or
//! the reports name different weekdays for it ("on Thursday", "Friday": a spokesman repeating a
//! denial at another briefing), dated or not.
//!
//! Otherwise they **are** one event when the evidence for it reaches [`ENOUGH`], or [`MORE`]
//! when only one of them names a target (the other may tell another act of the same kind) or
//! their kinds differ.
//! Of the act itself: dates agreeing to the day or month count 2, a named participant both give
//! 2, one document telling it twice 2, answering one stored event 2 (two reports of China's
//! denial of the same indictment), the same count of people 2 (three or more) or 1 (two).
//! Of the story: a person both documents name 1, the distinctive names both documents use 1
//! each or 2 for a name rarer than any the frequency table holds (at most 2 in all). The story's
//! evidence counts only when the act is marked on both sides, by its target or, for a speech act,
//! by its speaker: one story often tells several acts of a kind; and not when one report names
//! as the target a person the other's document never names.
//!
//! What it must not do: read the database, or link on kind and countries alone.

use super::facts::{person_key, Day, Facts, Precision};
use super::story;

/// Days between two day-precise dates of one event that reports may still give (a report dated
/// the day after, an event told as "on Saturday" in a Monday paper).
pub const DAY_SLACK: i64 = 3;

/// The evidence two mentions that could be one event need to be linked.
pub const ENOUGH: u32 = 2;

/// The evidence needed when only one of the two names a target.
pub const MORE: u32 = 3;

/// Whether two dates can be one event's, and whether that agreement is evidence.
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

/// Whether both sets have members and share none.
fn disjoint(a: &std::collections::BTreeSet<String>, b: &std::collections::BTreeSet<String>) -> bool {
    !a.is_empty() && !b.is_empty() && a.is_disjoint(b)
}

/// Whether the targets' countries share none, unless one report gives the country a spy spied
/// for and the other the actor's own ("the alleged Russian spy arrested by the BND", "a German
/// citizen").
fn targets_apart(a: &Facts, b: &Facts) -> bool {
    let spied_for = |x: &Facts, y: &Facts| x.spy_target && y.target.is_subset(&x.actor);
    disjoint(&a.target, &b.target) && !spied_for(a, b) && !spied_for(b, a)
}

/// Whether the two mentions cannot be one event whatever else they share (see the module doc).
pub fn conflict(a: &Facts, b: &Facts) -> bool {
    (a.kind != b.kind && !(a.answer && b.answer))
        || a.actor != b.actor
        || dates(a.date, b.date) == Agreement::Apart
        || disjoint(&a.target_names, &b.target_names)
        || targets_apart(a, b)
        || matches!((a.count, b.count), (Some(x), Some(y)) if x != y)
        || (a.speech && matches!((a.weekday, b.weekday), (Some(x), Some(y)) if x != y))
        || (a.speech && (disjoint(&a.actor_names, &b.actor_names) || disjoint(&a.actor_sectors, &b.actor_sectors)))
}

/// How much the two mentions' own facts say they tell one event (see the module doc): what
/// the two reports say of the event itself, and what their documents say of the story.
fn evidence(a: &Facts, b: &Facts) -> (u32, u32) {
    let mut score = 0;
    if dates(a.date, b.date) == Agreement::Close {
        score += 2;
    }
    if !a.actor_names.is_disjoint(&b.actor_names) || !a.target_names.is_disjoint(&b.target_names) {
        score += 2;
    }
    if a.doc.is_some() && a.doc == b.doc && a.date == b.date {
        score += 2;
    }
    if a.answers.is_some() && a.answers == b.answers {
        score += 2;
    }
    match (a.count, b.count) {
        (Some(x), Some(y)) if x == y && x >= 3 => score += 2,
        (Some(x), Some(y)) if x == y && x == 2 => score += 1,
        _ => {}
    }
    // (A report naming the person the act was done to tells another act than one of a story
    // that never names that person: "Arthur E.'s arrest" and a report of the story of Carsten
    // L. alone.)
    if strange_target(a, b) || strange_target(b, a) {
        return (score, 0);
    }
    let mut story_score = 0;
    if !a.people.is_disjoint(&b.people) {
        story_score += 1;
    }
    story_score += a
        .story
        .intersection(&b.story)
        .map(|n| story::weight(n))
        .sum::<u32>()
        .min(2);
    (score, story_score)
}

/// Whether `a` names as its target a person (one its document names as a person) whom `b`'s
/// document never names.
fn strange_target(a: &Facts, b: &Facts) -> bool {
    a.target_names
        .iter()
        .filter_map(|n| person_key(n))
        .any(|k| a.people.contains(&k) && !b.people.contains(&k))
}

/// Whether the two mentions tell the same event.
pub fn same_event(a: &Facts, b: &Facts) -> bool {
    if a.actor.is_empty() || conflict(a, b) {
        return false;
    }
    // (A target named but not coded, "Carsten L.", still says whom the act was done to.)
    let has_target = |f: &Facts| !f.target.is_empty() || !f.target_names.is_empty();
    let needed = if has_target(a) == has_target(b) && a.kind == b.kind {
        ENOUGH
    } else {
        MORE
    };
    let (event, story) = evidence(a, b);
    // One story often tells several acts of a kind (two arrests in one treason case): what marks
    // the act is whom it was done to, or, for a speech act, who spoke. Without it on both
    // sides, only what the reports say of the act itself counts.
    let marked = a.speech || (has_target(a) && has_target(b));
    if marked {
        event + story >= needed
    } else {
        event >= needed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::facts::{day_number, spies_for_another};

    fn facts(kind: &str, actor: &[&str], target: &[&str], date: Option<&str>, targets: &[&str]) -> Facts {
        Facts {
            kind: kind.into(),
            actor: actor.iter().map(|s| s.to_string()).collect(),
            target: target.iter().map(|s| s.to_string()).collect(),
            actor_names: Default::default(),
            target_names: targets.iter().map(|s| s.to_string()).collect(),
            weekday: None,
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
            actor_sectors: Default::default(),
            spy_target: false,
            speech: false,
            answer: false,
            answers: None,
            count: None,
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
    fn one_story_with_two_acts_of_a_kind_needs_the_act_marked() {
        // Two undated arrests told by reports of one story: without whom each arrested, the
        // story's names do not say which arrest a report tells.
        let mut a = facts("arrest", &["DEU"], &[], None, &[]);
        a.people.insert("carsten l".into());
        a.story.insert("carsten".into());
        let b = a.clone();
        assert!(!same_event(&a, &b));
        let (mut c, mut d) = (a.clone(), b.clone());
        c.target.insert("DEU".into());
        d.target.insert("DEU".into());
        assert!(same_event(&c, &d));
        // Counted alike ("18 Russian diplomats") is evidence of the act; counted apart, a conflict.
        let (mut e, mut f) = (
            facts("expel", &["CZE"], &["RUS"], None, &[]),
            facts("expel", &["CZE"], &["RUS"], None, &[]),
        );
        e.count = Some(18);
        f.count = Some(18);
        assert!(same_event(&e, &f));
        f.count = Some(20);
        assert!(conflict(&e, &f));
        // Speech acts of two branches of a state are two acts.
        let (mut g, mut h) = (
            facts("deny", &["CHN"], &[], Some("2020-02-11"), &[]),
            facts("deny", &["CHN"], &[], Some("2020-02-12"), &[]),
        );
        assert!(same_event(&g, &h));
        (g.speech, h.speech) = (true, true);
        assert!(same_event(&g, &h));
        g.actor_sectors.insert("GOV".into());
        h.actor_sectors.insert("MIL".into());
        assert!(!same_event(&g, &h));
    }

    #[test]
    fn a_spy_may_be_told_by_the_country_spied_for_or_his_own() {
        // "The alleged Russian spy arrested by the BND" and "a German citizen arrested".
        let mut a = facts("arrest", &["DEU"], &["RUS"], None, &[]);
        a.spy_target = true;
        let b = facts("arrest", &["DEU"], &["DEU"], None, &[]);
        assert!(!conflict(&a, &b));
        // A Russian official is no German: the countries still keep the acts apart.
        a.spy_target = false;
        assert!(conflict(&a, &b));
        // Nor is a Russian spy a French citizen.
        a.spy_target = true;
        let c = facts("arrest", &["DEU"], &["FRA"], None, &[]);
        assert!(conflict(&a, &c));
        assert!(spies_for_another(&["DEU".to_string()].into(), &["RUSSPY".to_string()]));
        assert!(!spies_for_another(&["DEU".to_string()].into(), &["DEUSPY".to_string()]));
        assert!(!spies_for_another(
            &["DEU".to_string()].into(),
            &["RUSSPY".to_string(), "RUSGOV".to_string()]
        ));
    }

    #[test]
    fn a_denial_told_on_another_weekday_is_another_denial() {
        // A spokesman's denial "on Thursday" (undated report) and one "Friday" (dated).
        let (mut a, mut b) = (
            facts("deny", &["CHN"], &["USA"], None, &[]),
            facts("deny", &["CHN"], &["USA"], Some("2020-02-28"), &[]),
        );
        (a.speech, b.speech) = (true, true);
        a.actor_names.insert("wu qian".into());
        b.actor_names.insert("wu qian".into());
        assert!(same_event(&a, &b));
        (a.weekday, b.weekday) = (Some(4), Some(5));
        assert!(conflict(&a, &b));
        // An act is not a statement: the weekday alone does not part two reports of an arrest.
        let (mut c, mut d) = (a.clone(), b.clone());
        (c.speech, d.speech, c.kind, d.kind) = (false, false, "arrest".into(), "arrest".into());
        assert!(!conflict(&c, &d));
    }

    #[test]
    fn two_answers_to_one_stored_event_are_one_answer() {
        // Undated reports of China's denial of one indictment, told by two outlets.
        let (mut a, mut b) = (
            facts("deny", &["CHN"], &["USA"], None, &[]),
            facts("deny", &["CHN"], &["USA"], None, &[]),
        );
        (a.speech, b.speech, a.answer, b.answer) = (true, true, true, true);
        assert!(!same_event(&a, &b));
        (a.answers, b.answers) = (Some(37), Some(37));
        assert!(same_event(&a, &b));
        b.answers = Some(38);
        assert!(!same_event(&a, &b));
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
    fn a_named_target_the_other_story_never_names_is_another_act() {
        // Arthur E.'s arrest, and an arrest told by a report whose story names Carsten L. only.
        let mut a = facts("arrest", &["DEU"], &[], None, &["arthur e"]);
        a.people.extend(["arthur e".to_string(), "carsten l".to_string()]);
        a.story.insert("carsten".into());
        let mut b = facts("arrest", &["DEU"], &["RUS"], None, &[]);
        b.people.insert("carsten l".into());
        b.story.insert("carsten".into());
        assert!(!same_event(&a, &b));
        // Had the other story named him too, the story would count.
        b.people.insert("arthur e".into());
        assert!(same_event(&a, &b));
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
        // Two undated reports of stories naming the same person and another distinctive name.
        let mut e = a.clone();
        e.people.insert("kuzminov".into());
        let mut f = b.clone();
        f.people.insert("kuzminov".into());
        assert!(!same_event(&e, &f), "a person alone is not enough");
        e.story.insert("synytsia".into());
        f.story.insert("synytsia".into());
        assert!(same_event(&e, &f));
        // A name rarer than any the frequency table holds counts twice.
        let (mut e, mut f) = (a.clone(), b.clone());
        e.story.insert(format!("{}kuzminov", story::UNSEEN));
        f.story.insert(format!("{}kuzminov", story::UNSEEN));
        assert!(same_event(&e, &f));
        // One document telling it twice.
        let (mut g, mut h) = (a.clone(), b.clone());
        g.doc = Some(7);
        h.doc = Some(7);
        assert!(same_event(&g, &h));
    }
}
