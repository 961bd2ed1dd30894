//! Choosing one reading for an ambiguous place name ("Georgia", "Cambridge", "Paris"), in order:
//! the qualifier the text gives ("Paris, Texas": [`super::find`] has already narrowed the
//! readings); else the default reading if its country is one the document names; else a reading
//! in a country the document names (its actors and unambiguous places), the most named first,
//! provided it is no mere alternate name against a main name and, between cities, no small town
//! against a city five times its size ("Paris" stays French without "Paris, Texas"); else the
//! default: a country over a capital or a city of a million, over a region, over
//! another city, then the larger population.
//!
//! Decides between readings only; finding names is [`super::find`]'s job. Every choice comes
//! with the rule that made it (shown by `--explain`).

use super::table::{Feature, PlaceEntry, PlaceTable, Reading};

/// Below this population a town does not win over a city five times its size on document
/// countries alone.
const SMALL_TOWN: u64 = 100_000;

/// How strongly a reading is preferred when nothing in the text decides.
pub(crate) fn tier(e: &PlaceEntry) -> u8 {
    match e.feature {
        Feature::Country => 3,
        Feature::City if e.population >= 1_000_000 || (e.capital && e.population >= 100_000) => 2,
        Feature::Region => 1,
        Feature::City => 0,
    }
}

fn tier_name(e: &PlaceEntry) -> &'static str {
    match tier(e) {
        3 => "a country",
        2 if e.capital => "a capital",
        2 => "a city of a million",
        1 => "a region",
        _ => "a city",
    }
}

/// The default order: tier, population, a main name over an alternate name, then table order.
fn default_key(t: &PlaceTable, r: &Reading) -> (u8, u64, bool, std::cmp::Reverse<u32>) {
    let e = t.entry(r);
    (tier(e), e.population, !r.alternate, std::cmp::Reverse(r.entry))
}

/// The chosen reading and why. `named(country)` says how often the rest of the document names
/// a country (actors and unambiguous places, not this mention). `readings` is never empty.
pub(crate) fn choose(
    t: &PlaceTable,
    readings: &[Reading],
    qualifier: Option<&str>,
    named: &dyn Fn(&str) -> u32,
) -> Option<(Reading, String)> {
    let best = *readings.iter().max_by_key(|r| default_key(t, r))?;
    let n = readings.len();
    let e = t.entry(&best);
    if let Some(q) = qualifier {
        let how = if n == 1 {
            String::new()
        } else {
            format!(", then {} of {n} readings there", tier_name(e))
        };
        return Some((best, format!("qualified by `{q}`{how}")));
    }
    if n == 1 {
        return Some((best, "only reading".into()));
    }
    if readings.iter().all(|r| t.entry(r).country == e.country) {
        return Some((
            best,
            format!("{n} readings, all in {}; took {} (largest)", e.country, tier_name(e)),
        ));
    }
    if named(&e.country) > 0 {
        return Some((
            best,
            format!(
                "{n} readings; took {} (largest), in {} which the document names",
                tier_name(e),
                e.country
            ),
        ));
    }
    // A reading the document's countries point to, unless it is only an alternate name where
    // the default is a main name ("Panama"), or a small town a fifth the size of the default
    // city or smaller ("Geneva", "Paris").
    let in_doc = readings
        .iter()
        .filter(|r| !r.alternate || best.alternate)
        .filter(|r| {
            let c = t.entry(r);
            !(c.feature == Feature::City && e.feature == Feature::City)
                || c.population >= SMALL_TOWN
                || c.population.saturating_mul(5) >= e.population
        })
        .map(|r| (named(&t.entry(r).country), r))
        .filter(|(c, _)| *c > 0)
        .max_by_key(|(c, r)| (*c, default_key(t, r)));
    if let Some((count, r)) = in_doc {
        let chosen = t.entry(r);
        return Some((
            *r,
            format!(
                "{n} readings; document names {} ({count}x), not {} of the largest reading",
                chosen.country, e.country
            ),
        ));
    }
    Some((
        best,
        format!(
            "{n} readings, no document country among them; took {} (largest)",
            tier_name(e)
        ),
    ))
}
