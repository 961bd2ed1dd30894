//! Places (part of SPEC.md stage 5, recognise): countries, first-level regions and cities named
//! in a document, resolved against a GeoNames table (`data/places/`), and the place of its
//! dateline. Fills [`dossier_core::Document::places`].
//!
//! Runs after [`crate::recognise::Recogniser`]: it reads the tokens and tags `analyse` wrote,
//! the dates recognised (so "May" the month is no place), and the actors' countries (to resolve
//! "Georgia" or "Cambridge" towards the countries the document is about). A place name is
//! recorded wherever the text names a place, also inside an actor ("the Moscow court",
//! "Russia's FSB"); which place an event happened at is the `code` stage's decision, made from
//! the parse. A name directly followed or preceded by another capitalised name is part of that
//! name ("Washington Post", "Andrew Jackson") and not recorded; a name seen as a surname is
//! dropped throughout the document.
//!
//! Nothing here changes actors or codes events.

mod dateline;
mod find;
mod lexicon;
pub(crate) mod resolve;
pub mod table;
#[cfg(test)]
mod tests;

use dossier_core::{Document, Place, Span, Stage, StageError};
use find::{Ctx, Found};
use std::collections::{HashMap, HashSet};
pub use table::{Feature, PlaceEntry, PlaceTable, Reading};

/// The place stage. Build once and share; the table is decoded on first build.
pub struct PlaceRecogniser {
    table: &'static PlaceTable,
    lex: &'static lexicon::Lexicon,
}

impl PlaceRecogniser {
    /// Decodes the embedded table (once per process).
    pub fn new() -> Result<Self, String> {
        Ok(PlaceRecogniser {
            table: table::builtin()?,
            lex: lexicon::builtin(),
        })
    }

    /// The table behind the stage.
    pub fn table(&self) -> &'static PlaceTable {
        self.table
    }

    /// Fills `doc.places` (replacing what was there), dateline places first, then in text order.
    pub fn recognise(&self, doc: &mut Document) {
        let ctx = Ctx {
            table: self.table,
            lex: self.lex,
            text: &doc.text,
        };
        let mut found: Vec<Found> = Vec::new();
        let mut surnames = HashSet::new();
        let mut d = 0;
        for (si, s) in doc.sentences.iter().enumerate() {
            let Some(toks) = doc.tokens.get(s.token_range()) else {
                continue;
            };
            while d < doc.dates.len() && (doc.dates[d].sentence as usize) < si {
                d += 1;
            }
            let d_end = d + doc.dates[d..].iter().take_while(|x| x.sentence as usize == si).count();
            let dates: Vec<Span> = doc.dates[d..d_end].iter().map(|x| x.span).collect();
            let mut from = 0;
            if si == 0 {
                if let Some(f) = dateline::in_text(&ctx, 0, toks) {
                    from = f.words.end;
                    found.push(f);
                }
            }
            find::sentence(&ctx, si as u32, toks, from, &dates, &mut found, &mut surnames);
        }
        found.retain(|f| f.dateline || f.qualifier.is_some() || !surnames.contains(&f.key));

        // How often the document names each country: actors, and places with one country
        // (small towns, which may yet be surnames, not counted).
        let mut named: HashMap<&str, u32> = HashMap::new();
        for a in &doc.actors {
            if let Some(c) = a.country.as_deref() {
                *named.entry(c).or_default() += 1;
            }
        }
        let weak: Vec<bool> = found.iter().map(|f| self.weak(f)).collect();
        for (f, _) in found.iter().zip(&weak).filter(|(_, w)| !**w) {
            if let Some(c) = self.single_country(&f.readings) {
                *named.entry(c).or_default() += 1;
            }
        }
        // A small town's name counts only where the document once writes it as a place ("in
        // Norfolk", "Norfolk, Virginia") and it lies in a country the document names (or the
        // document names none): "Castro" or "Kim" alone are surnames.
        let placed: HashSet<&str> = found.iter().filter(|f| f.locative).map(|f| f.key.as_str()).collect();
        let keep: Vec<bool> = found
            .iter()
            .zip(&weak)
            .map(|(f, &w)| {
                !w || (placed.contains(f.key.as_str())
                    && (named.is_empty()
                        || f.readings
                            .iter()
                            .any(|r| named.contains_key(self.table.entry(r).country.as_ref()))))
            })
            .collect();
        let mut k = keep.iter();
        found.retain(|_| *k.next().unwrap_or(&false));
        let single: Vec<Option<&str>> = found
            .iter()
            .map(|f| {
                if self.weak(f) {
                    None
                } else {
                    self.single_country(&f.readings)
                }
            })
            .collect();

        let mut places = Vec::new();
        for line in doc.dropped.iter().filter(|x| x.reason == "dateline") {
            let Some(text) = doc.raw.get(line.raw.range()) else {
                continue;
            };
            if let Some((key, readings)) = dateline::in_line(&ctx, text) {
                let count = |c: &str| named.get(c).copied().unwrap_or(0);
                if let Some(p) = self.place(&readings, None, &count, None, Span::default()) {
                    places.push(Place {
                        rule: format!("dateline `{key}` in removed line; {}", p.rule),
                        ..p
                    });
                    break;
                }
            }
        }
        for (f, own) in found.iter().zip(&single) {
            if self.contradicted(doc, f) {
                continue;
            }
            // This mention's own contribution does not count as evidence for itself.
            let inside: Vec<&str> = doc
                .actors
                .iter()
                .filter(|a| a.sentence == f.sentence && a.span.start < f.span.end && f.span.start < a.span.end)
                .filter_map(|a| a.country.as_deref())
                .collect();
            let count = |c: &str| {
                let total = named.get(c).copied().unwrap_or(0);
                let mine = inside.iter().filter(|x| **x == c).count() as u32 + u32::from(*own == Some(c));
                total.saturating_sub(mine)
            };
            let Some(mut p) = self.place(&f.readings, f.qualifier.as_deref(), &count, Some(f.sentence), f.span) else {
                continue;
            };
            let how = if f.dateline {
                "dateline at the start of the text"
            } else if f.readings.iter().all(|r| r.alternate) {
                "alternate name"
            } else {
                "name"
            };
            let actor = doc
                .actors
                .iter()
                .find(|a| {
                    a.sentence == f.sentence
                        && a.span.contains(Span {
                            start: f.span.start,
                            end: f.span.start,
                        })
                })
                .and_then(|a| doc.text.get(a.span.range()));
            p.rule = match actor {
                Some(a) => format!("{how} `{}`, in actor `{a}`; {}", f.key, p.rule),
                None => format!("{how} `{}`; {}", f.key, p.rule),
            };
            places.push(p);
        }
        doc.places = places;
    }

    /// A name whose readings are all small cities, not written with a qualifier or in a dateline.
    fn weak(&self, f: &Found) -> bool {
        f.qualifier.is_none()
            && !f.dateline
            && f.readings.iter().all(|r| {
                let e = self.table.entry(r);
                e.feature == Feature::City && resolve::tier(e) == 0
            })
    }

    /// Whether an actor that is this very mention (up to determiners: "the White House") has a
    /// country no reading of the name lies in: the actor dictionaries know the name better.
    fn contradicted(&self, doc: &Document, f: &Found) -> bool {
        let Some(s) = doc.sentences.get(f.sentence as usize) else {
            return false;
        };
        let first = s.tokens.start + f.words.start as u32;
        let last = s.tokens.start + f.words.end as u32;
        doc.actors.iter().filter(|a| a.sentence == f.sentence).any(|a| {
            let Some(country) = a.country.as_deref().filter(|c| self.table.is_country(c)) else {
                return false; // not an ISO code the table knows ("TMP", "IGO")
            };
            let same = a.tokens.start <= first
                && last <= a.tokens.end
                && (a.tokens.start..a.tokens.end)
                    .filter(|t| !(first..last).contains(t))
                    .all(|t| doc.tokens.get(t as usize).is_some_and(|t| t.analysis.upos == "DET"));
            same && !f
                .readings
                .iter()
                .any(|r| self.table.entry(r).country.as_ref() == country)
        })
    }

    fn single_country<'a>(&'a self, readings: &[Reading]) -> Option<&'a str> {
        let first = self.table.entry(readings.first()?).country.as_ref();
        readings
            .iter()
            .all(|r| self.table.entry(r).country.as_ref() == first)
            .then_some(first)
    }

    fn place(
        &self,
        readings: &[Reading],
        qualifier: Option<&str>,
        named: &dyn Fn(&str) -> u32,
        sentence: Option<u32>,
        span: Span,
    ) -> Option<Place> {
        let (r, rule) = resolve::choose(self.table, readings, qualifier, named)?;
        let e = self.table.entry(&r);
        Some(Place {
            sentence,
            span,
            name: e.name.to_string(),
            country: Some(e.country.to_string()),
            geonames_id: e.geonames_id,
            feature: e.feature.name().to_string(),
            rule,
        })
    }
}

impl Stage for PlaceRecogniser {
    fn name(&self) -> &'static str {
        "places"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.recognise(doc);
        Ok(())
    }
}
