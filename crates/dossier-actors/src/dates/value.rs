//! Resolved date values: a day, a month or a year ([`Point`]), or an interval between two of
//! them ([`DateValue::Range`], either end may be open). Rendered as ISO 8601 by `Display`:
//! `2025-06-18`, `2021-02`, `2021`, `2010/2012`, `2010/..` (ISO 8601-2 open end).
//!
//! This module only represents and steps values; it must not look at text or document dates.

use dossier_core::calendar::{add_days, add_months, days_in_month};
use std::fmt;

/// A calendar day, month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Point {
    Day(i32, u32, u32),
    Month(i32, u32),
    Year(i32),
}

/// What a date expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One day, month or year ("18 June 2025", "February 2021", "in 2015").
    Point(Point),
    /// An interval, both ends included ("from 2010 to 2012", "the 1990s", "this week");
    /// `None` is an open end ("since 2010" = `2010/..`).
    Range { from: Option<Point>, to: Option<Point> },
}

/// Which third of a period "early", "mid" and "late" name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Early,
    Mid,
    Late,
}

impl Point {
    /// The first day the point covers.
    pub fn first_day(self) -> (i32, u32, u32) {
        match self {
            Point::Day(y, m, d) => (y, m, d),
            Point::Month(y, m) => (y, m, 1),
            Point::Year(y) => (y, 1, 1),
        }
    }
    /// The last day the point covers.
    pub fn last_day(self) -> (i32, u32, u32) {
        match self {
            Point::Day(y, m, d) => (y, m, d),
            Point::Month(y, m) => (y, m, days_in_month(y, m)),
            Point::Year(y) => (y, 12, 31),
        }
    }
    /// The point just before, at the same precision (2015 → 2014, June → May).
    pub fn pred(self) -> Point {
        self.step(-1)
    }
    /// The point just after, at the same precision.
    pub fn succ(self) -> Point {
        self.step(1)
    }
    fn step(self, n: i64) -> Point {
        match self {
            Point::Day(y, m, d) => {
                let (y, m, d) = add_days((y, m, d), n);
                Point::Day(y, m, d)
            }
            Point::Month(y, m) => {
                let (y, m, _) = add_months((y, m, 1), n);
                Point::Month(y, m)
            }
            Point::Year(y) => Point::Year(y + n as i32),
        }
    }
}

impl DateValue {
    pub fn day(y: i32, m: u32, d: u32) -> Self {
        DateValue::Point(Point::Day(y, m, d))
    }
    pub fn month(y: i32, m: u32) -> Self {
        DateValue::Point(Point::Month(y, m))
    }
    pub fn year(y: i32) -> Self {
        DateValue::Point(Point::Year(y))
    }
    /// A closed range; a single point when both ends are equal.
    pub fn between(from: Point, to: Point) -> Self {
        if from == to {
            DateValue::Point(from)
        } else {
            DateValue::Range {
                from: Some(from),
                to: Some(to),
            }
        }
    }
    /// Where the value starts (`None` for a range open at the start).
    pub fn start(self) -> Option<Point> {
        match self {
            DateValue::Point(p) => Some(p),
            DateValue::Range { from, .. } => from,
        }
    }
    /// Where the value ends (`None` for a range open at the end).
    pub fn end(self) -> Option<Point> {
        match self {
            DateValue::Point(p) => Some(p),
            DateValue::Range { to, .. } => to,
        }
    }

    /// The early, middle or late third of the value: of a year, four months (`early 2019` =
    /// `2019-01/2019-04`, mid = May–August, late = September–December); of a month, ten days
    /// (1–10, 11–20, 21–end); of a range of years, the first four tenths, the middle four
    /// (overlapping) or the last three (`the early 1990s` = `1990/1993`, mid = `1993/1996`,
    /// late = `1997/1999`). A day is returned unchanged.
    pub fn part(self, part: Part) -> Option<DateValue> {
        let third = |lo: u32, hi: u32| -> (u32, u32) {
            match part {
                Part::Early => (lo, lo + (hi - lo + 1) * 4 / 10 - 1),
                Part::Mid => (lo + (hi - lo + 1) * 3 / 10, lo + (hi - lo + 1) * 7 / 10 - 1),
                Part::Late => (lo + (hi - lo + 1) * 7 / 10, hi),
            }
        };
        Some(match self {
            DateValue::Point(Point::Year(y)) => {
                let (a, b) = match part {
                    Part::Early => (1, 4),
                    Part::Mid => (5, 8),
                    Part::Late => (9, 12),
                };
                DateValue::between(Point::Month(y, a), Point::Month(y, b))
            }
            DateValue::Point(Point::Month(y, m)) => {
                let (a, b) = match part {
                    Part::Early => (1, 10),
                    Part::Mid => (11, 20),
                    Part::Late => (21, days_in_month(y, m)),
                };
                DateValue::between(Point::Day(y, m, a), Point::Day(y, m, b))
            }
            DateValue::Point(Point::Day(..)) => self,
            DateValue::Range {
                from: Some(Point::Year(a)),
                to: Some(Point::Year(b)),
            } if b > a => {
                let base = a;
                let (x, y) = third(0, (b - a) as u32);
                DateValue::between(Point::Year(base + x as i32), Point::Year(base + y as i32))
            }
            DateValue::Range { .. } => return None,
        })
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
            Point::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Point::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let end = |p: Option<Point>| p.map_or_else(|| "..".to_string(), |p| p.to_string());
        match *self {
            DateValue::Point(p) => p.fmt(f),
            DateValue::Range { from, to } => write!(f, "{}/{}", end(from), end(to)),
        }
    }
}

/// Serialised as the ISO string `Display` gives ("2025-06-18", "2010/2012").
impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
