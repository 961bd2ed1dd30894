//! End to end: `dossier actors` lists the places of each sentence (name, country, GeoNames id,
//! feature, character offsets; the rule with `--explain`), with the real tagger and parser.

mod common;
use common::*;
use serde_json::Value;

/// (sentence, text, country, feature) of every place.
fn places(lines: &[Value]) -> Vec<(u64, Option<String>, String, String)> {
    lines
        .iter()
        .flat_map(|l| {
            let s = l["sentence"].as_u64().unwrap();
            l["places"].as_array().unwrap().iter().map(move |p| {
                (
                    s,
                    p["text"].as_str().map(String::from),
                    p["country"].as_str().unwrap_or("").to_string(),
                    p["feature"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect()
}

fn has(v: &[(u64, Option<String>, String, String)], s: u64, text: &str, country: &str, feature: &str) -> bool {
    v.iter()
        .any(|(n, t, c, f)| *n == s && t.as_deref() == Some(text) && c == country && f == feature)
}

#[test]
fn example_article_places() {
    let ex = examples();
    let path = ex.iter().find(|p| p.contains("002_")).expect("example exists");
    let out = dossier(&["actors", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = places(&json_lines(&out));
    assert!(
        v.iter()
            .any(|(_, t, c, f)| t.as_deref() == Some("Wuhan") && c == "CHN" && f == "city"),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|(_, t, c, f)| t.as_deref() == Some("Alaska") && c == "USA" && f == "region"),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|(_, t, c, _)| t.as_deref() == Some("Washington") && c == "USA"),
        "{v:?}"
    );
}

#[test]
fn our_sentences_with_the_real_analysis() {
    let text = "MOSCOW (Reuters) - A Moscow court on Friday jailed a former engineer for passing secrets \
                to agents in Tbilisi. His lawyer, who flew in from Paris, Texas, said the engineer \
                would appeal. Reading the verdict, the judge said nothing about Georgia.\n";
    let out = dossier_stdin(&["actors", "--explain", "-"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    let v = places(&lines);
    assert!(has(&v, 0, "MOSCOW", "RUS", "city"), "{v:?}");
    assert!(has(&v, 0, "Moscow", "RUS", "city"), "{v:?}");
    assert!(has(&v, 0, "Tbilisi", "GEO", "city"), "{v:?}");
    assert!(has(&v, 1, "Paris, Texas", "USA", "city"), "{v:?}");
    assert!(has(&v, 2, "Georgia", "GEO", "country"), "{v:?}");
    assert!(v.iter().all(|(_, t, ..)| t.as_deref() != Some("Reading")), "{v:?}");
    let p = &lines[1]["places"][0];
    assert!(p["rule"].as_str().unwrap().contains("qualified by `Texas`"), "{p}");
    assert!(p["geonames_id"].as_u64().is_some_and(|id| id > 0), "{p}");
    // Offsets count characters of the cleaned text.
    let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
    assert_eq!(end - start, "Paris, Texas".chars().count() as u64);
    // No rules without --explain.
    let out = dossier_stdin(&["actors", "-"], text.as_bytes());
    let lines = json_lines(&out);
    assert!(lines[1]["places"][0].get("rule").is_none());
}
