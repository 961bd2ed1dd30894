//! The date word lists of `data/lexicons/dates.txt` (format: the file's header), embedded at
//! build time and compiled once into lookup tables: month and weekday names, relative words,
//! units, amounts, hedges, ordinals, prepositions, future markers.
//!
//! This module only loads and looks up words; it must not match sequences of tokens against
//! date patterns (that is `absolute`, `relative` and `phrase`).

use super::value::Part;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

const DATA: &str = include_str!("../../../../data/lexicons/dates.txt");

/// A month name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Month {
    pub num: u32,
    /// An abbreviation: only counts next to a number.
    pub abbr: bool,
    /// Also a common word or name: needs a number, a preposition or a relative word.
    pub ambiguous: bool,
}

/// Past, this or next ("last week", "this year", "next month").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Past,
    This,
    Next,
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
}

/// Which way an offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Back from the document date ("two weeks ago").
    Ago,
    /// After a named event or date ("a month after the UK accused …", "days later").
    After,
    /// Before a named event or date ("a week before the vote", "a year earlier").
    Before,
    /// A length of time, not a position ("within 90 days", "for two years").
    Within,
}

/// What a preposition does to the date after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prep {
    Point,
    Since,
    Until,
    Before,
    After,
    From,
    Between,
    Span,
}

/// The compiled word lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub months: HashMap<String, Month>,
    pub weekdays: HashMap<String, u32>,
    /// Words that make a following weekday part of a name ("Black Friday").
    pub weekday_names: HashSet<String>,
    /// Multiword, longest first.
    pub deictic: Vec<(Vec<String>, i64)>,
    pub dayparts: HashSet<String>,
    pub relative: HashMap<String, Rel>,
    /// Unit and whether the word is plural.
    pub units: HashMap<String, (Unit, bool)>,
    /// Multiword, longest first; `None` = an unspecified amount ("a few").
    pub amounts: Vec<(Vec<String>, Option<u32>)>,
    pub hedges: Vec<Vec<String>>,
    pub directions: HashMap<String, Direction>,
    pub within_period: HashSet<String>,
    pub ordinals: HashMap<String, u32>,
    pub parts: Vec<(Vec<String>, Part)>,
    pub preps: HashMap<String, Prep>,
    pub range_to: HashSet<String>,
    pub future: HashSet<String>,
    pub seasons: HashSet<String>,
    pub vague: HashSet<String>,
}

/// One data line: the words of the key and the fields after `=`.
struct Entry<'a> {
    key: Vec<String>,
    fields: Vec<&'a str>,
    line: usize,
}

impl Entry<'_> {
    fn field(&self, i: usize) -> &str {
        self.fields
            .get(i)
            .copied()
            .unwrap_or_else(|| panic!("dates.txt line {}: missing value", self.line))
    }
    fn number<T: std::str::FromStr>(&self) -> T {
        self.field(0)
            .parse()
            .unwrap_or_else(|_| panic!("dates.txt line {}: `{}` is not a number", self.line, self.field(0)))
    }
    fn bad(&self) -> ! {
        panic!(
            "dates.txt line {}: unknown value `{}`",
            self.line,
            self.fields.join(" ")
        )
    }
}

/// The compiled lists, built once per process and shared by every date recogniser.
pub(crate) fn shared() -> &'static Lexicon {
    static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

impl Lexicon {
    /// Compiles the embedded data. Panics on a malformed line (a build-time data error that
    /// the unit tests catch).
    pub fn load() -> Self {
        let mut sections: HashMap<&str, Vec<Entry>> = HashMap::new();
        let mut current = "";
        for (n, raw) in DATA.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
                continue;
            }
            assert!(
                !current.is_empty(),
                "dates.txt line {}: entry before any [section]",
                n + 1
            );
            let (key, value) = line.split_once(" = ").unwrap_or((line, ""));
            let entry = Entry {
                key: key.split_whitespace().map(str::to_lowercase).collect(),
                fields: value.split_whitespace().collect(),
                line: n + 1,
            };
            sections.entry(current).or_default().push(entry);
        }
        let mut take = |name: &str| sections.remove(name).unwrap_or_default();
        let one = |e: &Entry| e.key.join(" ");

        let months = take("month")
            .iter()
            .map(|e| {
                let flags = &e.fields[1..];
                let m = Month {
                    num: e.number(),
                    abbr: flags.contains(&"abbr"),
                    ambiguous: flags.contains(&"ambiguous"),
                };
                (one(e), m)
            })
            .collect();
        let weekdays = take("weekday").iter().map(|e| (one(e), e.number())).collect();
        let weekday_names = take("weekday-name").iter().map(one).collect();
        let mut deictic: Vec<_> = take("deictic").iter().map(|e| (e.key.clone(), e.number())).collect();
        let dayparts = take("daypart").iter().map(one).collect();
        let relative = take("relative")
            .iter()
            .map(|e| {
                let r = match e.field(0) {
                    "past" => Rel::Past,
                    "this" => Rel::This,
                    "next" => Rel::Next,
                    _ => e.bad(),
                };
                (one(e), r)
            })
            .collect();
        let units = take("unit")
            .iter()
            .map(|e| {
                let u = match e.field(0) {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "fortnight" => Unit::Fortnight,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    "decade" => Unit::Decade,
                    _ => e.bad(),
                };
                let word = one(e);
                let plural = word != e.field(0);
                (word, (u, plural))
            })
            .collect();
        let mut amounts: Vec<_> = take("amount")
            .iter()
            .map(|e| (e.key.clone(), if e.field(0) == "?" { None } else { Some(e.number()) }))
            .collect();
        let mut hedges: Vec<_> = take("hedge").into_iter().map(|e| e.key).collect();
        let directions = take("direction")
            .iter()
            .map(|e| {
                let d = match e.field(0) {
                    "ago" => Direction::Ago,
                    "after" => Direction::After,
                    "before" => Direction::Before,
                    _ => e.bad(),
                };
                (one(e), d)
            })
            .collect();
        let within_period = take("within-period").iter().map(one).collect();
        let ordinals = take("ordinal").iter().map(|e| (one(e), e.number())).collect();
        let mut parts: Vec<_> = take("part")
            .iter()
            .map(|e| {
                let p = match e.field(0) {
                    "early" => Part::Early,
                    "mid" => Part::Mid,
                    "late" => Part::Late,
                    _ => e.bad(),
                };
                (e.key.clone(), p)
            })
            .collect();
        let preps = take("preposition")
            .iter()
            .map(|e| {
                let p = match e.field(0) {
                    "point" => Prep::Point,
                    "since" => Prep::Since,
                    "until" => Prep::Until,
                    "before" => Prep::Before,
                    "after" => Prep::After,
                    "from" => Prep::From,
                    "between" => Prep::Between,
                    "span" => Prep::Span,
                    _ => e.bad(),
                };
                (one(e), p)
            })
            .collect();
        let range_to = take("range-to").iter().map(one).collect();
        let future = take("future").iter().map(one).collect();
        let seasons = take("season").iter().map(one).collect();
        let vague = take("vague").iter().map(one).collect();
        if let Some(name) = sections.keys().next() {
            panic!("dates.txt: unknown section [{name}]");
        }
        deictic.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        amounts.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        hedges.sort_by_key(|k| std::cmp::Reverse(k.len()));
        parts.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        Lexicon {
            months,
            weekdays,
            weekday_names,
            deictic,
            dayparts,
            relative,
            units,
            amounts,
            hedges,
            directions,
            within_period,
            ordinals,
            parts,
            preps,
            range_to,
            future,
            seasons,
            vague,
        }
    }
}
