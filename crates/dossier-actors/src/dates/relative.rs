//! Relative date expressions: weekdays ("Thursday", "on Wednesday, June 18", "last
//! Friday"), days named from today ("yesterday", "last night"), relative units and months
//! ("last month", "this year", "next week", "earlier this month", "last March"), counts back
//! ("two weeks ago", "weeks ago"), periods up to or from today ("the past year", "the next
//! two weeks"), narrative steps ("the next day") and vague ones ("in recent weeks", "last
//! summer").
//!
//! Weekday names must be capitalised and are refused after a word that makes them a name
//! ("Black Friday", "Super Tuesday"). This module only parses: it must not apply the document
//! date (that is `resolve`).

use super::absolute;
use super::lexicon::{Direction, Rel, Unit};
use super::resolve::Expr;
use super::{longer, Hit, Offset, Parser};

/// The longest relative expression starting at word `i`.
pub(crate) fn relative(p: &Parser, i: usize) -> Option<Hit> {
    let mut best = weekday(p, i);
    best = longer(best, deictic(p, i));
    best = longer(best, relative_unit(p, i));
    best = longer(best, earlier_this(p, i));
    best = longer(best, ago(p, i));
    best = longer(best, period(p, i));
    best = longer(best, recent(p, i));
    best
}

/// The end after an optional part of day ("morning", "night") at `k`.
fn daypart(p: &Parser, k: usize) -> usize {
    if p.lex.dayparts.contains(p.lower(k)) {
        k + 1
    } else {
        k
    }
}

/// `Thursday`, `Thursday morning`, `last Friday`, `Wednesday, June 18` (the date decides).
fn weekday(p: &Parser, i: usize) -> Option<Hit> {
    let rel = p.rel(i).filter(|_| !p.is(i, "past") && p.weekday(i + 1).is_some());
    let j = if rel.is_some() { i + 1 } else { i };
    let wd = p.weekday(j)?;
    if rel.is_none() && i > 0 && p.lex.weekday_names.contains(p.lower(i - 1)) {
        return None;
    }
    if rel.is_none() {
        let k = if p.is(j + 1, ",") { j + 2 } else { j + 1 };
        if let Some(date) = absolute::calendar(p, k, false) {
            if matches!(date.expr, Expr::Cal { day: Some(_), .. }) {
                return Some(Hit::new(date.end, date.expr, "weekday-date"));
            }
        }
    }
    let rule = if rel.is_some() { "relative-weekday" } else { "weekday" };
    Some(Hit::new(daypart(p, j + 1), Expr::Weekday(wd, rel), rule))
}

/// `yesterday`, `today`, `last night`, `yesterday afternoon`.
fn deictic(p: &Parser, i: usize) -> Option<Hit> {
    let (key, n) = p.lex.deictic.iter().find(|(key, _)| p.seq(i, key).is_some())?;
    let end = i + key.len();
    let end = if key.len() == 1 { daypart(p, end) } else { end };
    Some(Hit::new(end, Expr::Deictic(*n), "deictic"))
}

/// `last month`, `this year`, `next week`, `last March`, `last summer` — not after "the"
/// ("the next year" is a step in a story, see [`period`]).
pub(crate) fn relative_unit(p: &Parser, i: usize) -> Option<Hit> {
    let rel = p.rel(i)?;
    if p.is(i, "past") || p.is(i, "following") || p.is(i, "preceding") || (i > 0 && p.is(i - 1, "the")) {
        return None;
    }
    if let Some((unit, false)) = p.unit(i + 1) {
        if matches!(unit, Unit::Day | Unit::Fortnight) {
            return None;
        }
        return Some(Hit::new(i + 2, Expr::RelUnit(rel, unit), "relative-unit"));
    }
    // An ambiguous month before a capitalised word is a title-case verb ("This May Be …").
    let title = p.cap(i + 2) && p.month(i + 2).is_none();
    if let Some(m) = p.month(i + 1).filter(|m| !(m.abbr || m.ambiguous && title)) {
        return Some(Hit::new(i + 2, Expr::RelMonth(rel, m.num), "relative-month"));
    }
    p.lex
        .seasons
        .contains(p.lower(i + 1))
        .then(|| Hit::new(i + 2, Expr::Vague, "relative-season"))
}

/// `earlier this month`, `later this year`.
fn earlier_this(p: &Parser, i: usize) -> Option<Hit> {
    if !p.lex.within_period.contains(p.lower(i)) || !p.is(i + 1, "this") {
        return None;
    }
    match p.unit(i + 2)? {
        (unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade), false) => {
            Some(Hit::new(i + 3, Expr::RelUnit(Rel::This, unit), "earlier-this"))
        }
        _ => None,
    }
}

/// An amount and unit at `i` (after an optional hedge): `two weeks`, `just over a month`,
/// `weeks` (a bare plural: unspecified amount). Returns the end, amount, unit and whether a
/// hedge was present.
pub(crate) fn amount_unit(p: &Parser, i: usize) -> Option<(usize, Option<u32>, Unit, bool)> {
    let j = p.hedge(i);
    let hedged = j > i;
    let try_at = |j: usize| -> Option<(usize, Option<u32>, Unit)> {
        if let Some((k, n)) = p.amount(j) {
            if let Some((unit, plural)) = p.unit(k) {
                // "a week", "two weeks", "a few days"; not "two week" or "a days".
                if plural == (n != Some(1)) {
                    return Some((k + 1, n, unit));
                }
            }
        }
        let (unit, plural) = p.unit(j)?;
        plural.then_some((j + 1, None, unit))
    };
    // "some" is both a hedge ("some two weeks") and an amount ("some weeks").
    match try_at(j) {
        Some((end, n, unit)) => Some((end, n, unit, hedged)),
        None if hedged => try_at(i).map(|(end, n, unit)| (end, n, unit, false)),
        None => None,
    }
}

/// `two weeks ago`, `just over a month ago`, `years ago`.
fn ago(p: &Parser, i: usize) -> Option<Hit> {
    let (k, amount, unit, approximate) = amount_unit(p, i)?;
    if p.lex.directions.get(p.lower(k)) != Some(&Direction::Ago) {
        return None;
    }
    let mut hit = Hit::new(k + 1, Expr::Ago(amount, unit), "ago");
    hit.offset = Some(Offset {
        amount,
        unit,
        direction: Direction::Ago,
        approximate,
    });
    Some(hit)
}

/// `the past year`, `the last three months`, `the next two weeks`, `the coming months`;
/// `the next day`, `the next year`, `the following week`, `the preceding month` (steps in a
/// story: offsets without an anchor). Not before "of" ("the last year of his term").
fn period(p: &Parser, i: usize) -> Option<Hit> {
    if !p.is(i, "the") {
        return None;
    }
    let rel = p.rel(i + 1).filter(|r| *r != Rel::This)?;
    let word = p.lower(i + 1);
    let (k, amount, unit, counted) = match p.amount(i + 2) {
        Some((k, n)) => {
            let (unit, plural) = p.unit(k)?;
            (plural == (n != Some(1))).then_some((k + 1, n, unit, true))?
        }
        None => {
            let (unit, plural) = p.unit(i + 2)?;
            (i + 3, (!plural).then_some(1), unit, false)
        }
    };
    if p.is(k, "of") {
        return None;
    }
    let story = matches!(word, "following" | "preceding") || (word == "next" && !counted && amount == Some(1));
    if story {
        let dir = if rel == Rel::Past {
            Direction::Before
        } else {
            Direction::After
        };
        let mut hit = Hit::new(
            k,
            Expr::Offset {
                amount,
                unit,
                dir,
                anchor: None,
            },
            "story-step",
        );
        hit.offset = Some(Offset {
            amount,
            unit,
            direction: dir,
            approximate: false,
        });
        return Some(hit);
    }
    let back = rel == Rel::Past;
    let rule = if back { "past-period" } else { "coming-period" };
    Some(Hit::new(k, Expr::Period { back, amount, unit }, rule))
}

/// `recent weeks`, `recent days` (as in "in recent weeks"): no value.
fn recent(p: &Parser, i: usize) -> Option<Hit> {
    if !p.lex.vague.contains(p.lower(i)) {
        return None;
    }
    matches!(p.unit(i + 1), Some((_, true))).then(|| Hit::new(i + 2, Expr::Vague, "recent"))
}
