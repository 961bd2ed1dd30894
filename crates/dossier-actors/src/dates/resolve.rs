//! Resolution: turns a parsed date expression ([`Expr`]) into a [`DateValue`] against the
//! document date. The rules for what the text leaves open live here:
//!
//! - **Year-less dates** ("18 June", "in August") take the document's year, except that a
//!   news report rarely speaks of a date more than six months ahead without saying so: when
//!   the date would start more than 183 days after the document date, the previous year is
//!   used (a report of 5 June 2025 saying "in December" means December 2024). In a sentence
//!   marked as future ("will", "due", "scheduled" … shortly before the date), a date that
//!   would lie wholly before the document date moves to the next year instead; told in the past
//!   tense ("arrested him in December" in a September report), a date that would start after
//!   the document date is last year's.
//! - **Weekdays** ("Thursday", "on Wednesday") are the most recent such day on or before the
//!   document date: news is told in the past tense and, in wire style, names the publication
//!   day by its weekday too ("the CIA released a video Thursday" in Thursday's paper), so a
//!   report dated Thursday 5 June 2025 resolves "Thursday" to 5 June and "Wednesday" to 4 June.
//!   In a future-marked sentence the next such day on or after the document date is used.
//!   "last Thursday" is strictly before, "next Thursday" strictly after the document date.
//! - **Offsets** from a named event ("a month after the UK accused …", "weeks after") have no
//!   value unless the event is itself a date ("two weeks after 18 June"); "… ago" counts back
//!   from the document date. Durations ("within 90 days", "for two years") never have one.
//!
//! This module does not read text; it must not guess values where the rules above give none.

use super::lexicon::{Direction, Rel, Unit};
use super::value::{DateValue, Part, Point};
use dossier_core::calendar::{add_days, add_months, days_from_civil, valid, weekday};

/// A parsed date expression, before the document date is applied.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    /// A calendar date; a missing year is filled by the year-less rule, or by `year_rel`
    /// ("February this year" = 0, "last year" = −1).
    Cal {
        year: Option<i32>,
        year_rel: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// Years, both included ("the 1990s", "from 2010 to 2012").
    Years(i32, i32),
    /// The early / mid / late part of another expression.
    Part(Box<Expr>, Part),
    /// A weekday (ISO number) with an optional relative word.
    Weekday(u32, Option<Rel>),
    /// Days from the document date ("yesterday" = −1).
    Deictic(i64),
    /// "last month", "this year", "next week", "earlier this month".
    RelUnit(Rel, Unit),
    /// "last March", "next May".
    RelMonth(Rel, u32),
    /// "two weeks ago"; `None` = an unspecified amount ("weeks ago").
    Ago(Option<u32>, Unit),
    /// "the past year" (`back`), "the next two weeks".
    Period {
        back: bool,
        amount: Option<u32>,
        unit: Unit,
    },
    /// "a month after …": an offset from an event, anchored when the event is a date.
    Offset {
        amount: Option<u32>,
        unit: Unit,
        dir: Direction,
        anchor: Option<Box<Expr>>,
    },
    /// "within 90 days", "for two years".
    Duration,
    /// A relative expression too vague to resolve ("in recent weeks", "last summer").
    Vague,
    /// "since X", "until X", "before X", "after X".
    Since(Box<Expr>),
    Until(Box<Expr>),
    Before(Box<Expr>),
    After(Box<Expr>),
    /// "from X to Y", "between X and Y".
    Between(Box<Expr>, Box<Expr>),
}

/// What resolution knows besides the expression.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub doc: Option<(i32, u32, u32)>,
    pub future: bool,
    /// A verb in the past tense stands shortly before the date ("arrested him in December").
    pub past: bool,
}

/// How a value was obtained (for `--explain`).
pub(crate) type How = &'static str;

const NO_DOC: How = "needs-document-date";

/// Resolves `e`; returns the value (if any) and how it was obtained or why there is none.
pub(crate) fn resolve(e: &Expr, c: &Ctx) -> (Option<DateValue>, How) {
    match e {
        Expr::Cal {
            year,
            year_rel,
            month,
            day,
        } => cal(*year, *year_rel, *month, *day, c),
        Expr::Years(a, b) => (Some(DateValue::between(Point::Year(*a), Point::Year(*b))), "absolute"),
        Expr::Part(inner, part) => {
            let (v, how) = resolve(inner, c);
            (v.and_then(|v| v.part(*part)), how)
        }
        Expr::Weekday(wd, rel) => match c.doc {
            None => (None, NO_DOC),
            Some(doc) => weekday_value(doc, *wd, *rel, c.future),
        },
        Expr::Deictic(n) => match c.doc {
            None => (None, NO_DOC),
            Some(doc) => (Some(day(add_days(doc, *n))), "document-date"),
        },
        Expr::RelUnit(rel, unit) => match c.doc {
            None => (None, NO_DOC),
            Some(doc) => (rel_unit(doc, *rel, *unit), "document-date"),
        },
        Expr::RelMonth(rel, m) => match c.doc {
            None => (None, NO_DOC),
            Some((y, dm, _)) => {
                let y = match rel {
                    Rel::Past if *m < dm => y,
                    Rel::Past => y - 1,
                    Rel::This => y,
                    Rel::Next if *m > dm => y,
                    Rel::Next => y + 1,
                };
                (Some(DateValue::month(y, *m)), "document-date")
            }
        },
        Expr::Ago(amount, unit) => match (c.doc, amount) {
            (_, None) => (None, "vague"),
            (None, _) => (None, NO_DOC),
            (Some(doc), Some(n)) => (
                Some(shift(Point::Day(doc.0, doc.1, doc.2), -(*n as i64), *unit, true)),
                "document-date",
            ),
        },
        Expr::Period { back, amount, unit } => match (c.doc, amount) {
            (_, None) => (None, "vague"),
            (None, _) => (None, NO_DOC),
            (Some(doc), Some(n)) => {
                let n = *n as i64;
                let other = match shift(
                    Point::Day(doc.0, doc.1, doc.2),
                    if *back { -n } else { n },
                    *unit,
                    false,
                ) {
                    DateValue::Point(p) => p,
                    DateValue::Range { .. } => unreachable!("a day shifted by days stays a day"),
                };
                let now = Point::Day(doc.0, doc.1, doc.2);
                let v = if *back {
                    DateValue::between(other, now)
                } else {
                    DateValue::between(now, other)
                };
                (Some(v), "document-date")
            }
        },
        Expr::Offset {
            amount,
            unit,
            dir,
            anchor,
        } => {
            let Some(anchor) = anchor else {
                return (None, "unanchored");
            };
            let (Some(n), (Some(DateValue::Point(p)), how)) = (amount, resolve(anchor, c)) else {
                return (None, "unanchored");
            };
            let n = if *dir == Direction::Before {
                -(*n as i64)
            } else {
                *n as i64
            };
            (Some(shift(p, n, *unit, false)), how)
        }
        Expr::Duration => (None, "duration"),
        Expr::Vague => (None, "vague"),
        Expr::Since(x) => wrap(x, c, |v| {
            Some(DateValue::Range {
                from: v.start(),
                to: None,
            })
        }),
        Expr::Until(x) => wrap(x, c, |v| {
            Some(DateValue::Range {
                from: None,
                to: v.end(),
            })
        }),
        Expr::Before(x) => wrap(x, c, |v| {
            Some(DateValue::Range {
                from: None,
                to: Some(v.start()?.pred()),
            })
        }),
        Expr::After(x) => wrap(x, c, |v| {
            Some(DateValue::Range {
                from: Some(v.end()?.succ()),
                to: None,
            })
        }),
        Expr::Between(a, b) => {
            let (va, how_a) = resolve(a, c);
            let (vb, how_b) = resolve(b, c);
            match (va.and_then(DateValue::start), vb.and_then(DateValue::end)) {
                (Some(from), Some(to)) if from.first_day() <= to.last_day() => (
                    Some(DateValue::between(from, to)),
                    if how_a == "absolute" { how_b } else { how_a },
                ),
                (Some(_), Some(_)) => (None, "reversed-range"),
                _ => (None, if va.is_none() { how_a } else { how_b }),
            }
        }
    }
}

fn wrap(x: &Expr, c: &Ctx, f: impl Fn(DateValue) -> Option<DateValue>) -> (Option<DateValue>, How) {
    let (v, how) = resolve(x, c);
    (v.and_then(f), how)
}

fn day((y, m, d): (i32, u32, u32)) -> DateValue {
    DateValue::day(y, m, d)
}

/// Builds a calendar value, applying the year-less rule when the year is missing.
fn cal(
    year: Option<i32>,
    year_rel: Option<i32>,
    month: Option<u32>,
    d: Option<u32>,
    c: &Ctx,
) -> (Option<DateValue>, How) {
    let make = |y: i32| -> Option<DateValue> {
        match (month, d) {
            (Some(m), Some(d)) => valid(y, m, d).then(|| DateValue::day(y, m, d)),
            (Some(m), None) => (1..=12).contains(&m).then(|| DateValue::month(y, m)),
            _ => Some(DateValue::year(y)),
        }
    };
    if let Some(y) = year {
        return (make(y), "absolute");
    }
    let Some(doc) = c.doc else { return (None, NO_DOC) };
    if let Some(r) = year_rel {
        return (make(doc.0 + r), "document-year");
    }
    let Some(v) = make(doc.0) else {
        return (None, "invalid-date");
    };
    let today = days_from_civil(doc.0, doc.1, doc.2);
    let first = v
        .start()
        .map(|p| p.first_day())
        .map(|(y, m, d)| days_from_civil(y, m, d));
    let last = v.end().map(|p| p.last_day()).map(|(y, m, d)| days_from_civil(y, m, d));
    if c.future {
        if last.is_some_and(|l| l < today) {
            return (make(doc.0 + 1), "next-year");
        }
    } else if first.is_some_and(|f| f - today > 183) {
        return (make(doc.0 - 1), "previous-year");
    } else if c.past && first.is_some_and(|f| f > today) {
        return (make(doc.0 - 1), "previous-year-past");
    }
    (Some(v), "document-year")
}

fn weekday_value(doc: (i32, u32, u32), wd: u32, rel: Option<Rel>, future: bool) -> (Option<DateValue>, How) {
    let today = weekday(days_from_civil(doc.0, doc.1, doc.2)) as i64;
    let back = (today - wd as i64).rem_euclid(7);
    let ahead = (wd as i64 - today).rem_euclid(7);
    let (n, how) = match rel {
        Some(Rel::Past) => (-(if back == 0 { 7 } else { back }), "weekday-before"),
        Some(Rel::Next) => (if ahead == 0 { 7 } else { ahead }, "weekday-after"),
        _ if future => (ahead, "weekday-on-or-after"),
        _ => (-back, "weekday-on-or-before"),
    };
    (Some(day(add_days(doc, n))), how)
}

fn rel_unit(doc: (i32, u32, u32), rel: Rel, unit: Unit) -> Option<DateValue> {
    let step = match rel {
        Rel::Past => -1,
        Rel::This => 0,
        Rel::Next => 1,
    };
    Some(match unit {
        Unit::Day | Unit::Fortnight => return None,
        Unit::Week => {
            let monday = add_days(doc, 1 - weekday(days_from_civil(doc.0, doc.1, doc.2)) as i64 + 7 * step);
            let (a, b) = (monday, add_days(monday, 6));
            DateValue::between(Point::Day(a.0, a.1, a.2), Point::Day(b.0, b.1, b.2))
        }
        Unit::Month => {
            let (y, m, _) = add_months(doc, step);
            DateValue::month(y, m)
        }
        Unit::Year => DateValue::year(doc.0 + step as i32),
        Unit::Decade => {
            let start = doc.0.div_euclid(10) * 10 + 10 * step as i32;
            DateValue::between(Point::Year(start), Point::Year(start + 9))
        }
    })
}

/// `p` moved by `n` units. With `coarsen`, the result has the unit's precision ("two weeks
/// ago" is a day, "a month ago" a month, "three years ago" a year); otherwise the precision
/// of `p` is kept.
fn shift(p: Point, n: i64, unit: Unit, coarsen: bool) -> DateValue {
    let (y, m, d) = p.first_day();
    let moved = match unit {
        Unit::Day => add_days((y, m, d), n),
        Unit::Week => add_days((y, m, d), 7 * n),
        Unit::Fortnight => add_days((y, m, d), 14 * n),
        Unit::Month => add_months((y, m, d), n),
        Unit::Year => add_months((y, m, d), 12 * n),
        Unit::Decade => add_months((y, m, d), 120 * n),
    };
    let precision = if coarsen {
        match unit {
            Unit::Day | Unit::Week | Unit::Fortnight => 3,
            Unit::Month => 2,
            Unit::Year | Unit::Decade => 1,
        }
    } else {
        match p {
            Point::Day(..) => 3,
            Point::Month(..) => 2,
            Point::Year(_) => 1,
        }
    };
    DateValue::Point(match precision {
        3 => Point::Day(moved.0, moved.1, moved.2),
        2 => Point::Month(moved.0, moved.1),
        _ => Point::Year(moved.0),
    })
}
