//! Phrases around date expressions, and the choice among rules at a word:
//! - a date preposition before a date joins the mention ("on 18 June", "in 2015") and turns
//!   it into an open range where it says so ("since 2010" = `2010/..`, "until June",
//!   "before 2015" = `../2014`, "after 2015" = `2016/..`);
//! - ranges: "from 2010 to 2012", "between May and July 2021" (the year of the second end
//!   fills a year-less first end), "from 10 to 12 June";
//! - offsets from an event: "[hedge] amount unit after/before/later/earlier" ("just over a
//!   month after", "weeks after", "two days later"), anchored only when a date follows
//!   "after"/"before" ("two weeks after 18 June");
//! - durations: "within 90 days", "for two years", "for years" — a length, not a date: the
//!   mention is kept (kind `Duration`, with its amount) but never has a value.
//!
//! This module only combines parses; it must not resolve values.

use super::lexicon::{Direction, Prep};
use super::resolve::Expr;
use super::{absolute, longer, relative, Hit, Offset, Parser};

/// The longest date expression starting at word `i`.
pub(crate) fn longest(p: &Parser, i: usize) -> Option<Hit> {
    let mut best = preposition(p, i);
    best = longer(best, point(p, i, false));
    best = longer(best, offset(p, i));
    best
}

/// A date (absolute or relative) at `i`; `ctx`: a date preposition precedes.
pub(crate) fn point(p: &Parser, i: usize, ctx: bool) -> Option<Hit> {
    longer(absolute::calendar(p, i, ctx), relative::relative(p, i))
}

fn wrap(hit: Hit, f: fn(Box<Expr>) -> Expr, rule: &'static str) -> Hit {
    Hit {
        end: hit.end,
        expr: f(Box::new(hit.expr)),
        rule,
        offset: hit.offset,
    }
}

/// A preposition at `i` and what follows it.
fn preposition(p: &Parser, i: usize) -> Option<Hit> {
    let prep = *p.lex.preps.get(p.lower(i))?;
    let date = || point(p, i + 1, true);
    match prep {
        Prep::Point => date(),
        Prep::Since => date().map(|h| wrap(h, Expr::Since, "since")),
        Prep::Until => date().map(|h| wrap(h, Expr::Until, "until")),
        Prep::Before => date().map(|h| wrap(h, Expr::Before, "before")),
        Prep::After => date().map(|h| wrap(h, Expr::After, "after")),
        Prep::From | Prep::Between => {
            let ranged = range(p, i + 1, prep == Prep::Between);
            let open = (prep == Prep::From)
                .then(date)
                .flatten()
                .map(|h| wrap(h, Expr::Since, "from"));
            longer(ranged, open)
        }
        Prep::Span => longer(date(), duration(p, i + 1)),
    }
}

/// `X to Y` (after "from") or `X and Y` (after "between") at `i`.
fn range(p: &Parser, i: usize, between: bool) -> Option<Hit> {
    let first = point(p, i, true);
    // "from 10 to 12 June": a bare day takes the second end's month and year.
    let (a_end, a) = match &first {
        Some(h) => (h.end, Some(h.expr.clone())),
        None => (i + 1, None),
    };
    let bare_day = p.day_num(i).filter(|_| a.is_none());
    let to = p.lower(a_end);
    let closes = if between {
        to == "and"
    } else {
        to != "and" && p.lex.range_to.contains(to)
    };
    if !closes || (a.is_none() && bare_day.is_none()) {
        return None;
    }
    let b = point(p, a_end + 1, true)?;
    let a = match (a, &b.expr) {
        (
            None,
            Expr::Cal {
                year,
                year_rel,
                month,
                day: Some(_),
            },
        ) => Expr::Cal {
            year: *year,
            year_rel: *year_rel,
            month: *month,
            day: bare_day,
        },
        (None, _) => return None,
        (
            Some(Expr::Cal {
                year: None,
                year_rel: None,
                month,
                day,
            }),
            Expr::Cal { year: Some(y), .. },
        ) => Expr::Cal {
            year: Some(*y),
            year_rel: None,
            month,
            day,
        },
        (Some(a), _) => a,
    };
    Some(Hit::new(b.end, Expr::Between(Box::new(a), Box::new(b.expr)), "range"))
}

/// `90 days`, `two years`, `years` after "within" / "for": a duration, unless a direction word
/// follows ("for two years after" is left to [`offset`]).
fn duration(p: &Parser, i: usize) -> Option<Hit> {
    let (k, amount, unit, approximate) = relative::amount_unit(p, i)?;
    if p.lex.directions.contains_key(p.lower(k)) {
        return None;
    }
    let mut hit = Hit::new(k, Expr::Duration, "duration");
    hit.offset = Some(Offset {
        amount,
        unit,
        direction: Direction::Within,
        approximate,
    });
    Some(hit)
}

/// `just over a month after`, `weeks after`, `two days later`, `a year earlier`, anchored
/// when a date follows: `two weeks after 18 June`.
fn offset(p: &Parser, i: usize) -> Option<Hit> {
    let (k, amount, unit, approximate) = relative::amount_unit(p, i)?;
    let dir = *p.lex.directions.get(p.lower(k))?;
    if dir == Direction::Ago {
        return None;
    }
    let off = Offset {
        amount,
        unit,
        direction: dir,
        approximate,
    };
    let anchor = matches!(p.lower(k), "after" | "before")
        .then(|| point(p, k + 1, true))
        .flatten();
    let (end, anchor, rule) = match anchor {
        Some(a) => (a.end, Some(Box::new(a.expr)), "offset-anchored"),
        None => (k + 1, None, "offset"),
    };
    let mut hit = Hit::new(
        end,
        Expr::Offset {
            amount,
            unit,
            dir,
            anchor,
        },
        rule,
    );
    hit.offset = Some(off);
    Some(hit)
}
