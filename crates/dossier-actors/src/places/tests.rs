//! Tests of place recognition on sentences of our own, segmented by the real segmenter, with
//! actors from the real recogniser and part-of-speech tags set by a simple rule (capitalised
//! words are proper nouns unless a test says otherwise), so the tests do not depend on the
//! tagger model.

use super::PlaceRecogniser;
use crate::recognise::Recogniser;
use dossier_core::{Document, Place, Span, Stage};
use dossier_text::clean::Cleaner;
use dossier_text::segment::Segmenter;
use proptest::prelude::*;
use std::sync::OnceLock;

fn recognisers() -> &'static (Recogniser, PlaceRecogniser) {
    static R: OnceLock<(Recogniser, PlaceRecogniser)> = OnceLock::new();
    R.get_or_init(|| {
        (
            Recogniser::new().expect("dictionaries load"),
            PlaceRecogniser::new().expect("place table loads"),
        )
    })
}

/// Tags: `tags` gives the tag of listed words; else articles DET, a few prepositions ADP and
/// conjunctions CCONJ, capitalised words PROPN, punctuation PUNCT, `-ed` words and a few verbs
/// VERB, the rest NOUN.
fn tag(doc: &mut Document, tags: &[(&str, &'static str)]) {
    let text = doc.text.clone();
    for t in doc.tokens.iter_mut() {
        let w = &text[t.span.range()];
        let lower = w.to_lowercase();
        t.analysis.upos = if let Some((_, tag)) = tags.iter().find(|(x, _)| *x == w) {
            tag
        } else if matches!(lower.as_str(), "the" | "a" | "an") {
            "DET"
        } else if matches!(
            lower.as_str(),
            "in" | "of" | "to" | "from" | "at" | "after" | "before" | "for" | "on"
        ) {
            "ADP"
        } else if matches!(lower.as_str(), "and" | "or" | "but") {
            "CCONJ"
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            "PROPN"
        } else if !w.chars().any(char::is_alphanumeric) {
            "PUNCT"
        } else if lower.ends_with("ed") || matches!(lower.as_str(), "said" | "told" | "met" | "held") {
            "VERB"
        } else {
            "NOUN"
        };
    }
}

fn run(doc: &mut Document, tags: &[(&str, &'static str)]) {
    Segmenter::new().segment(doc);
    tag(doc, tags);
    let (actors, places) = recognisers();
    actors.recognise(doc);
    places.process(doc).expect("places never fail");
}

fn places_tagged(text: &str, tags: &[(&str, &'static str)]) -> (Document, Vec<Place>) {
    let mut doc = Document::new("t", text);
    doc.text = text.to_string();
    run(&mut doc, tags);
    let p = doc.places.clone();
    (doc, p)
}

/// (text, gazetteer name, country, feature) of each place.
fn places(text: &str) -> Vec<(String, String, String, String)> {
    let (doc, p) = places_tagged(text, &[]);
    summary(&doc, &p)
}

fn summary(doc: &Document, p: &[Place]) -> Vec<(String, String, String, String)> {
    p.iter()
        .map(|p| {
            (
                doc.slice(p.span).to_string(),
                p.name.clone(),
                p.country.clone().unwrap_or_default(),
                p.feature.clone(),
            )
        })
        .collect()
}

fn has(v: &[(String, String, String, String)], text: &str, country: &str, feature: &str) -> bool {
    v.iter().any(|(t, _, c, f)| t == text && c == country && f == feature)
}

#[test]
fn countries_regions_and_cities() {
    let v = places("The two men were detained in Vilnius and later flown to Bavaria from Lithuania.");
    assert!(has(&v, "Vilnius", "LTU", "city"), "{v:?}");
    assert!(has(&v, "Bavaria", "DEU", "region"), "{v:?}");
    assert!(has(&v, "Lithuania", "LTU", "country"), "{v:?}");
    assert_eq!(v.len(), 3, "{v:?}");
}

#[test]
fn spans_names_and_ids() {
    let (doc, p) = places_tagged("Officials in Ottawa declined to comment.", &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].sentence, Some(0));
    assert_eq!(doc.slice(p[0].span), "Ottawa");
    assert_eq!(p[0].name, "Ottawa");
    assert!(p[0].geonames_id.is_some_and(|id| id > 0));
    assert!(p[0].rule.contains("took a capital"), "{}", p[0].rule);
}

#[test]
fn explicit_region_after_a_comma_decides() {
    let (doc, p) = places_tagged("The courier met his handler in Paris, Texas, in the spring.", &[]);
    let v = summary(&doc, &p);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].0.as_str(), v[0].2.as_str()), ("Paris, Texas", "USA"));
    assert!(p[0].rule.contains("qualified by `Texas`"), "{}", p[0].rule);
    let v = places("The courier met his handler in Cambridge, England.");
    assert!(has(&v, "Cambridge, England", "GBR", "city"), "{v:?}");
    let v = places("Talks were held in Georgia, Armenia and Azerbaijan.");
    assert!(
        has(&v, "Georgia", "GEO", "country"),
        "a country after a comma is a list, not a qualifier: {v:?}"
    );
}

#[test]
fn a_large_city_is_not_pulled_to_a_small_town_by_document_countries() {
    let v = places("US officials said the courier had been seen in Paris.");
    assert!(has(&v, "Paris", "FRA", "city"), "{v:?}");
}

#[test]
fn document_countries_resolve_ambiguous_names() {
    // A US state named elsewhere in the text points to the United States.
    let (doc, p) = places_tagged("The governor of Alabama said the suspects had fled to Georgia.", &[]);
    let v = summary(&doc, &p);
    assert!(has(&v, "Georgia", "USA", "region"), "{v:?}");
    let georgia = p.iter().find(|p| doc.slice(p.span) == "Georgia").unwrap();
    assert!(georgia.rule.contains("document names USA"), "{}", georgia.rule);
    // Without such a hint, the country.
    let v = places("Troops remained in Georgia after the war.");
    assert!(has(&v, "Georgia", "GEO", "country"), "{v:?}");
    // Cambridge: Massachusetts when the FBI is in the story, England otherwise.
    let v = places("The professor was arrested in Cambridge after FBI agents searched his office.");
    assert!(has(&v, "Cambridge", "USA", "city"), "{v:?}");
    let v = places("The professor was arrested in Cambridge last week.");
    assert!(has(&v, "Cambridge", "GBR", "city"), "{v:?}");
}

#[test]
fn ordinary_words_are_not_places() {
    let tags = [("Reading", "VERB"), ("Mobile", "ADJ"), ("Nice", "ADJ"), ("May", "AUX")];
    for s in [
        "Reading the report, officials were alarmed.",
        "Mobile phones were seized at the border.",
        "Nice work, the officer told the analyst.",
        "May the inquiry find the truth.",
    ] {
        let (doc, p) = places_tagged(s, &tags);
        assert!(p.is_empty(), "{s}: {:?}", summary(&doc, &p));
    }
    // The month, even when tagged as a name, and a weekday after a place.
    let v = places("The arrests came in May, police said.");
    assert!(v.is_empty(), "{v:?}");
    let v = places("He was detained in Minsk Tuesday.");
    assert!(has(&v, "Minsk", "BLR", "city"), "{v:?}");
    // A lower-case word is never a place; "us" is not the United States.
    let v = places("He told us that reading and nice mobile homes mattered.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn names_inside_longer_names_are_not_places() {
    for s in [
        "Andrew Jackson was elected in 1828.",
        "The Washington Post reported the arrest.",
        "She studied at Georgia Tech before joining the agency.",
        "The European Union imposed sanctions.",
    ] {
        let v = places(s);
        assert!(v.is_empty(), "{s}: {v:?}");
    }
    // A surname once, a surname throughout the document.
    let v = places("President Jackson spoke first. Jackson said the treaty would hold.");
    assert!(v.is_empty(), "{v:?}");
    // A direction word before a place does not make a longer name.
    let v = places("Shelling continued in Northern Syria and in Greater London nothing happened.");
    assert!(has(&v, "Syria", "SYR", "country"), "{v:?}");
    assert!(has(&v, "London", "GBR", "city"), "{v:?}");
    assert!(v.iter().all(|(t, ..)| t != "Northern"), "{v:?}");
}

#[test]
fn small_towns_need_a_locative_use() {
    // "Castro" alone is a surname more often than a town.
    let v = places("Castro said the exiles were traitors.");
    assert!(v.is_empty(), "{v:?}");
    // Written as a place once, it counts everywhere in the document.
    let v = places("The ship docked in Norfolk. Norfolk officials said nothing.");
    assert_eq!(v.iter().filter(|(t, ..)| t == "Norfolk").count(), 2, "{v:?}");
    assert!(has(&v, "Norfolk", "USA", "city"), "{v:?}");
}

#[test]
fn places_inside_actors_stay_places() {
    let (doc, p) = places_tagged("A Moscow court jailed the researcher, Russia's FSB said.", &[]);
    let v = summary(&doc, &p);
    assert!(has(&v, "Moscow", "RUS", "city"), "{v:?}");
    assert!(has(&v, "Russia", "RUS", "country"), "{v:?}");
}

#[test]
fn abbreviations_match_in_capitals_only() {
    let v = places("The U.S. Embassy and UK officials said the US had been warned.");
    assert_eq!(v.iter().filter(|(_, _, c, _)| c == "USA").count(), 2, "{v:?}");
    assert!(has(&v, "UK", "GBR", "country"), "{v:?}");
    let v = places("Uk and Us are not codes.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn dateline_at_the_start_of_the_text() {
    let (doc, p) = places_tagged("MOSCOW (Reuters) - A court jailed a former officer for treason.", &[]);
    let v = summary(&doc, &p);
    assert!(has(&v, "MOSCOW", "RUS", "city"), "{v:?}");
    assert!(p[0].rule.starts_with("dateline"), "{}", p[0].rule);
    // Capitals elsewhere are not datelines.
    let v = places("A court jailed him. MOSCOW (Reuters) - more followed.");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn dateline_line_removed_by_the_cleaner() {
    let raw = "LONDON, June 2, 2025\n\nPolice arrested two men on suspicion of spying.\n";
    let mut doc = Document::new("t", raw);
    Cleaner::new().process(&mut doc).unwrap();
    assert!(doc.dropped.iter().any(|d| d.reason == "dateline"), "{:?}", doc.dropped);
    run(&mut doc, &[]);
    let p = &doc.places;
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].sentence, None);
    assert_eq!(p[0].span, Span::default());
    assert_eq!((p[0].name.as_str(), p[0].country.as_deref()), ("London", Some("GBR")));
    assert!(p[0].rule.starts_with("dateline"), "{}", p[0].rule);
}

#[test]
fn no_analysis_and_bad_layers_do_not_panic() {
    let (_, places) = recognisers();
    // Nothing but text.
    let mut doc = Document::new("t", "Officials in Ottawa met.");
    doc.text = doc.raw.clone();
    places.recognise(&mut doc);
    assert!(doc.places.is_empty());
    // Segmented, never tagged: capitals alone decide.
    Segmenter::new().segment(&mut doc);
    places.recognise(&mut doc);
    assert_eq!(doc.places.len(), 1, "{:?}", doc.places);
    // Sentences pointing past the tokens, a dropped span past the raw text.
    doc.sentences[0].tokens = 3..999;
    doc.dropped.push(dossier_core::Dropped {
        raw: Span { start: 5, end: 9999 },
        reason: "dateline",
        rule: String::new(),
    });
    places.recognise(&mut doc);
    // Empty document.
    let mut empty = Document::new("e", "");
    places.recognise(&mut empty);
    assert!(empty.places.is_empty());
}

#[test]
fn table_loads_with_all_three_features() {
    let t = super::table::builtin().unwrap();
    for f in [super::Feature::Country, super::Feature::Region, super::Feature::City] {
        assert!(t.entries.iter().any(|e| e.feature == f), "{f:?}");
    }
    assert!(t.entries.len() > 30_000 && t.names() > 100_000);
    assert!(t.is_country("USA") && t.is_country("KSV") && !t.is_country("XKX"));
    assert!(super::table::PlaceTable::parse("# header only\n").is_err());
    assert!(super::table::PlaceTable::parse("1\tcity\tX\n").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}", caps in proptest::bool::ANY) {
        let text = if caps { s.to_uppercase() } else { s };
        let mut doc = Document::new("p", text.as_str());
        doc.text = text.clone();
        run(&mut doc, &[]);
        for p in &doc.places {
            prop_assert!(text.get(p.span.range()).is_some());
        }
    }

    #[test]
    fn place_names_in_noise_never_panic(
        words in proptest::collection::vec(
            prop_oneof![
                Just("Paris"), Just(","), Just("Texas"), Just("Georgia"), Just("in"), Just("U.S."),
                Just("MOSCOW"), Just("("), Just("-"), Just("New"), Just("York"), Just("May"),
                Just("Jackson"), Just("President"), Just("Northern"), Just("’s"), Just("é"),
            ],
            0..30,
        )
    ) {
        let text = words.join(" ");
        let mut doc = Document::new("p", text.as_str());
        doc.text = text.clone();
        run(&mut doc, &[]);
        for p in &doc.places {
            prop_assert!(text.get(p.span.range()).is_some());
        }
    }
}
