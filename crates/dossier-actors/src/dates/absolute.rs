//! Calendar expressions: dates written with numbers or month names, with or without a year
//! ("18 June 2025", "June 18, 2021", "the 18th of June", "February 2021", "in 2015",
//! "2025-06-02", "18/06/2021", "mid-2019", "early June", "the end of last year", "the 1990s",
//! "the 20th century", "summer 2019").
//!
//! Conservative by design: a bare year needs a date preposition before it (`ctx`), an
//! abbreviated month a number beside it, and an ambiguous month name ("May", "March") a
//! number, a preposition or a relative year ("in May", "March 2021", "May this year"); an
//! ambiguous month before a capitalised word or `'s` is refused ("April Smith", "May's
//! cabinet"). This module only parses; it must not apply the document date (`resolve` does).

use super::relative;
use super::resolve::Expr;
use super::{longer, Hit, Parser};

/// The longest calendar expression starting at word `i`. `ctx`: a date preposition or a part
/// word stands right before `i`.
pub(crate) fn calendar(p: &Parser, i: usize, ctx: bool) -> Option<Hit> {
    let mut best = iso(p, i);
    best = longer(best, numeric(p, i));
    best = longer(best, day_month(p, i));
    best = longer(best, month_first(p, i, ctx));
    best = longer(best, ordinal_of(p, i));
    best = longer(best, decade(p, i));
    best = longer(best, century(p, i));
    best = longer(best, part(p, i));
    best = longer(best, season(p, i));
    if ctx {
        best = longer(best, bare_year(p, i));
    }
    best
}

fn cal(year: Option<i32>, month: u32, day: Option<u32>) -> Expr {
    Expr::Cal {
        year,
        year_rel: None,
        month: Some(month),
        day,
    }
}

/// `2025-06-02`.
fn iso(p: &Parser, i: usize) -> Option<Hit> {
    let (y, m, d) = super::parse_iso(p.lower(i)).filter(|_| p.lower(i).len() == 10)?;
    Some(Hit::new(i + 1, cal(Some(y), m, Some(d)), "iso"))
}

/// `18/06/2021` or `6/18/2021`: read only when one of the first two numbers is over 12 (or
/// both are equal); otherwise the order is unknown and the mention has no value.
fn numeric(p: &Parser, i: usize) -> Option<Hit> {
    let parts: Vec<&str> = p.lower(i).split('/').collect();
    if parts.len() != 3
        || parts[2].len() != 4
        || parts
            .iter()
            .any(|s| s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (a, b): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    let y: i32 = parts[2].parse().ok()?;
    let (m, d) = match (a, b) {
        _ if a == b => (a, b),
        (a, b) if a > 12 && b <= 12 => (b, a),
        (a, b) if b > 12 && a <= 12 => (a, b),
        _ if a <= 12 && b <= 12 => return Some(Hit::new(i + 1, Expr::Vague, "numeric-ambiguous")),
        _ => return None,
    };
    (1..=12)
        .contains(&m)
        .then(|| Hit::new(i + 1, cal(Some(y), m, Some(d)), "numeric"))
}

/// After a year-less date: `[of] this/last/next year` → the year relative to the document.
fn year_rel(p: &Parser, k: usize) -> Option<(usize, i32)> {
    let k = if p.is(k, "of") { k + 1 } else { k };
    let r = match p.lower(k) {
        "this" | "current" => 0,
        "last" | "previous" => -1,
        "next" => 1,
        _ => return None,
    };
    p.is(k + 1, "year").then_some((k + 2, r))
}

/// After a year-less day or month at `k`: `[,] 2025` or a relative year. Completes the hit.
fn finish(p: &Parser, k: usize, month: u32, day: Option<u32>, with_year: &'static str, without: &'static str) -> Hit {
    let y = if p.is(k, ",") { k + 1 } else { k };
    if let Some(year) = p.year(y) {
        return Hit::new(y + 1, cal(Some(year), month, day), with_year);
    }
    if let Some((end, r)) = year_rel(p, k) {
        return Hit::new(
            end,
            Expr::Cal {
                year: None,
                year_rel: Some(r),
                month: Some(month),
                day,
            },
            without,
        );
    }
    Hit::new(k, cal(None, month, day), without)
}

/// `18 June`, `18 June 2025`, `18th of June`, `5 Jan. 2020`.
fn day_month(p: &Parser, i: usize) -> Option<Hit> {
    let d = p.day_num(i)?;
    let j = if p.is(i + 1, "of") { i + 2 } else { i + 1 };
    let m = p.month(j)?;
    Some(finish(p, j + 1, m.num, Some(d), "day-month-year", "day-month"))
}

/// `June 18`, `June 18, 2021`, `February 2021`, `February of 2021`, `in May`, `in February
/// this year`.
fn month_first(p: &Parser, i: usize, ctx: bool) -> Option<Hit> {
    let m = p.month(i)?;
    if let Some(d) = p.day_num(i + 1).filter(|_| !p.is(i + 2, ":")) {
        return Some(finish(p, i + 2, m.num, Some(d), "month-day-year", "month-day"));
    }
    let y = if p.is(i + 1, "of") { i + 2 } else { i + 1 };
    if let Some(year) = p.year(y) {
        return Some(Hit::new(y + 1, cal(Some(year), m.num, None), "month-year"));
    }
    if m.abbr {
        return None;
    }
    let hit = finish(p, i + 1, m.num, None, "month", "month");
    if m.ambiguous {
        let suffix = hit.end > i + 1;
        let name_like = p.is(i + 1, "'s") || (p.cap(i + 1) && p.month(i + 1).is_none());
        if !(suffix || ctx && !name_like) {
            return None;
        }
    }
    Some(hit)
}

/// `the 18th of June [2025]`, `the first of July`.
fn ordinal_of(p: &Parser, i: usize) -> Option<Hit> {
    let j = if p.is(i, "the") { i + 1 } else { i };
    let d = p.ordinal(j).filter(|d| (1..=31).contains(d))?;
    if !p.is(j + 1, "of") {
        return None;
    }
    let m = p.month(j + 2)?;
    Some(finish(p, j + 3, m.num, Some(d), "day-month-year", "day-month"))
}

/// `1990s`, `the 1990s`.
fn decade(p: &Parser, i: usize) -> Option<Hit> {
    let j = if p.is(i, "the") { i + 1 } else { i };
    let l = p.lower(j).strip_suffix('s')?;
    let y: i32 = (l.len() == 4 && l.ends_with('0') && l.bytes().all(|b| b.is_ascii_digit()))
        .then(|| l.parse().ok())
        .flatten()
        .filter(|y| (1000..3000).contains(y))?;
    Some(Hit::new(j + 1, Expr::Years(y, y + 9), "decade"))
}

/// `the 20th century`, `the twenty-first century`.
fn century(p: &Parser, i: usize) -> Option<Hit> {
    let j = if p.is(i, "the") { i + 1 } else { i };
    let n = p.ordinal(j).filter(|n| (1..=30).contains(n))? as i32;
    p.is(j + 1, "century")
        .then(|| Hit::new(j + 2, Expr::Years(100 * (n - 1) + 1, 100 * n), "century"))
}

/// `early 2019`, `mid-2019`, `late June`, `the early 1990s`, `the end of last year`.
fn part(p: &Parser, i: usize) -> Option<Hit> {
    let j = if p.is(i, "the") { i + 1 } else { i };
    let (k, part) = p
        .lex
        .parts
        .iter()
        .find_map(|(key, part)| p.seq(j, key).map(|k| (k, *part)))?;
    let inner = longer(calendar(p, k, true), relative::relative_unit(p, k))?;
    match inner.expr {
        Expr::Cal { .. } | Expr::Years(..) | Expr::RelUnit(..) | Expr::RelMonth(..) => {
            Some(Hit::new(inner.end, Expr::Part(Box::new(inner.expr), part), "part"))
        }
        _ => None,
    }
}

/// `summer 2019`, `the spring of 2020`: the year (a season's months depend on the
/// hemisphere).
fn season(p: &Parser, i: usize) -> Option<Hit> {
    let j = if p.is(i, "the") { i + 1 } else { i };
    if !p.lex.seasons.contains(p.lower(j)) {
        return None;
    }
    let k = if p.is(j + 1, "of") { j + 2 } else { j + 1 };
    let y = p.year(k)?;
    Some(Hit::new(
        k + 1,
        Expr::Cal {
            year: Some(y),
            year_rel: None,
            month: None,
            day: None,
        },
        "season-year",
    ))
}

/// After a preposition: `2015` (1800–2100), `2010-2012`.
fn bare_year(p: &Parser, i: usize) -> Option<Hit> {
    let plausible = |y: &i32| (1800..=2100).contains(y);
    if let Some(y) = p.year(i).filter(plausible) {
        if p.unit(i + 1).is_some() {
            return None;
        }
        return Some(Hit::new(
            i + 1,
            Expr::Cal {
                year: Some(y),
                year_rel: None,
                month: None,
                day: None,
            },
            "year",
        ));
    }
    let (a, b) = p.lower(i).split_once('-')?;
    let num = |s: &str| {
        (s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let (a, b) = (num(a).filter(plausible)?, num(b).filter(plausible)?);
    (a < b && b - a <= 100).then(|| Hit::new(i + 1, Expr::Years(a, b), "year-range"))
}
