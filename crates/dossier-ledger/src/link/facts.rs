//! What linking compares about one report of an event (a mention): its kind, the countries of
//! its actors and targets, the names of the people and bodies taking part, and its date. Built
//! from a coded [`Document`]; no database here.

use dossier_core::{Document, Event, Participant};
use std::collections::BTreeSet;

/// A date as a day number (days since 1970-01-01) with its precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub day: i64,
    pub precision: Precision,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day" => Some(Precision::Day),
            "month" => Some(Precision::Month),
            "year" => Some(Precision::Year),
            _ => None,
        }
    }
}

/// The facts about one mention that linking compares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub kind: String,
    pub actor: BTreeSet<String>,
    pub target: BTreeSet<String>,
    /// The sectors the actor codes give (`CHNMIL` → `MIL`); empty for a bare country.
    pub actor_sectors: BTreeSet<String>,
    /// Whether the kind is a speech act (`speech` in `data/events/kinds.tsv`): who spoke is part
    /// of what happened, so two speakers make two events.
    pub speech: bool,
    /// Whether the kind is an answer in a dispute (`answers` in `data/events/kinds.tsv`: a
    /// denial, criticism, protest …): one party's answer may be reported as a denial by one
    /// outlet and as criticism by another ("rejected the indictment as absurd").
    pub answer: bool,
    /// The ledger event this answer answers (the charge a denial rejects), once stored.
    pub answers: Option<i64>,
    /// Whether every target is a spy of a country the actor is not (`RUSSPY` arrested by
    /// Germany): such a target's country is the one spied for, and another report may give the
    /// same person's own country ("a German citizen", "a BND employee").
    pub spy_target: bool,
    /// How many people the target counts when the text says ("expelled 18 diplomats",
    /// "charged five members of …").
    pub count: Option<u32>,
    /// Normalised names of the actors and targets the text names (people, bodies): "qin gang".
    pub actor_names: BTreeSet<String>,
    pub target_names: BTreeSet<String>,
    pub date: Option<Day>,
    /// The weekday (1 Monday … 7 Sunday) the report's own date expression names ("on
    /// Thursday"), resolved or not.
    pub weekday: Option<u32>,
    /// The people the whole document names, by surname ("babis", "pivonka"): what a story is
    /// about when its reports carry no date.
    pub people: BTreeSet<String>,
    /// The distinctive names of the whole document ([`super::story::names_of`]).
    pub story: BTreeSet<String>,
    /// The stored document (ledger row) the report is in, once stored.
    pub doc: Option<i64>,
}

/// The key a person is matched by across documents: the last word of their name when it has
/// three letters or more ("Andrej Babis", "Babis" → "babis"), else the whole name ("Carsten L.").
pub fn person_key(name: &str) -> Option<String> {
    let n = normalise(name);
    let last = n.rsplit(' ').next()?;
    if last.chars().count() >= 3 {
        Some(last.to_string())
    } else if n.is_empty() {
        None
    } else {
        Some(n)
    }
}

/// The people a document names, by [`person_key`]: the person actors, and the people named by
/// given name and initial ([`super::story::initialled_people`]).
pub fn people_of(doc: &Document) -> BTreeSet<String> {
    let mut people: BTreeSet<String> = doc
        .actors
        .iter()
        .filter(|a| a.person)
        .filter_map(|a| a.entity.as_deref().and_then(person_key))
        .collect();
    people.extend(super::story::initialled_people(doc));
    people
}

/// Days since 1970-01-01 of an ISO date (`2021-04-17`, `2021-04`, `2021`); a month or year
/// counts from its first day.
pub fn day_number(iso: &str) -> Option<i64> {
    let mut it = iso.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next().map_or(Some(1), |m| m.parse().ok())?;
    let d: u32 = it.next().map_or(Some(1), |d| d.parse().ok())?;
    dossier_core::calendar::valid(y, m, d).then(|| dossier_core::calendar::days_from_civil(y, m, d))
}

/// A name lower-cased, with its letters and digits only, words joined by one space; titles and
/// honorifics are not removed here (entity keys are the recogniser's names).
pub fn normalise(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country part of a code (`CHNGOV` → `CHN`).
pub fn country(code: &str) -> String {
    code.get(..3).unwrap_or(code).to_string()
}

/// The kinds a report of kind `kind` may be linked with: the answers in a dispute together
/// (see [`Facts::answer`]), any other kind alone.
/// (Read once: linking asks for every report it stores.)
pub fn family(kind: &str) -> Vec<String> {
    static ANSWERS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    if dossier_events::kind_groups::answers(kind) {
        ANSWERS
            .get_or_init(|| {
                dossier_events::plover::kinds()
                    .iter()
                    .filter(|k| dossier_events::kind_groups::answers(k.name))
                    .map(|k| k.name.to_string())
                    .collect()
            })
            .clone()
    } else {
        vec![kind.to_string()]
    }
}

/// Whether every code of `targets` (at least one) is a spy (`…SPY`) of a country none of
/// `actor` is: see [`Facts::spy_target`].
pub fn spies_for_another(actor: &BTreeSet<String>, targets: &[String]) -> bool {
    !targets.is_empty()
        && targets
            .iter()
            .all(|t| sector(t).as_deref() == Some("SPY") && !actor.contains(&country(t)))
}

/// The sector part of a code (`CHNMIL` → `MIL`), if it has one.
pub fn sector(code: &str) -> Option<String> {
    code.get(3..6).map(str::to_string)
}

/// The name a participant is known by, when the text names a person or a body (not a bare
/// country, not a pronoun).
pub fn name_of(doc: &Document, p: &Participant) -> Option<String> {
    let Participant::Mention(a) = p else { return None };
    let mut actor = doc.actors.get(*a as usize)?;
    // A pronoun or description stands for its antecedent.
    for _ in 0..4 {
        match actor.antecedent.and_then(|x| doc.actors.get(x as usize)) {
            Some(up) => actor = up,
            None => break,
        }
    }
    let name = actor.entity.clone()?;
    let n = normalise(&name);
    (!n.is_empty()).then_some(n)
}

impl Facts {
    /// The facts of event `e` of `doc`; `people`: [`people_of`] the document, `story` its
    /// [`super::story::names_of`].
    pub fn of(doc: &Document, e: &Event, people: &BTreeSet<String>, story: &BTreeSet<String>) -> Facts {
        let codes = |ps: &[Participant]| -> BTreeSet<String> {
            ps.iter()
                .filter_map(|p| p.code(doc).map(str::to_string))
                .map(|c| country(&c))
                .collect()
        };
        let names = |ps: &[Participant]| -> BTreeSet<String> { ps.iter().filter_map(|p| name_of(doc, p)).collect() };
        let date = e.date.as_ref().and_then(|d| {
            Some(Day {
                day: day_number(&d.value)?,
                precision: Precision::parse(d.precision)?,
            })
        });
        let sectors = e
            .actor
            .iter()
            .filter_map(|p| p.code(doc).map(str::to_string))
            .filter_map(|c| sector(&c))
            .collect();
        let actor = codes(&e.actor);
        let target_codes: Vec<String> = e
            .target
            .iter()
            .filter_map(|p| p.code(doc).map(str::to_string))
            .collect();
        Facts {
            kind: e.kind.clone(),
            spy_target: spies_for_another(&actor, &target_codes),
            actor,
            target: codes(&e.target),
            actor_sectors: sectors,
            speech: dossier_events::kind_groups::speech_act(&e.kind),
            answer: dossier_events::kind_groups::answers(&e.kind),
            answers: None,
            count: e.target.iter().find_map(|p| dossier_events::counted::count_of(doc, p)),
            actor_names: names(&e.actor),
            target_names: names(&e.target),
            date,
            weekday: dossier_events::code::attached_weekday(doc, e),
            people: people.clone(),
            story: story.clone(),
            doc: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_1970() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2021-04-17"), Some(18_734));
        assert_eq!(day_number("2021-04"), day_number("2021-04-01"));
        assert_eq!(day_number("2020-03-01").unwrap() - day_number("2020-02-28").unwrap(), 2);
        assert_eq!(day_number("2021-13-01"), None);
        assert_eq!(day_number("spring"), None);
    }

    #[test]
    fn people_are_keyed_by_surname_unless_it_is_an_initial() {
        assert_eq!(person_key("Andrej Babis").as_deref(), Some("babis"));
        assert_eq!(person_key("Babis").as_deref(), Some("babis"));
        assert_eq!(person_key("Carsten L.").as_deref(), Some("carsten l"));
        assert_eq!(person_key("  "), None);
    }

    #[test]
    fn names_keep_letters_and_digits_only() {
        assert_eq!(normalise("Qin  Gang,"), "qin gang");
        assert_eq!(normalise("Carsten L."), "carsten l");
    }
}
