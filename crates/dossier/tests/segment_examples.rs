//! End to end: `dossier segment` on the three example articles gives clean sentences, sentence
//! by sentence as a reader splits them (tests/data/seed_sentences.tsv).

mod common;
use common::*;

#[test]
fn example_sentences_are_clean_and_split_as_a_reader_would() {
    let mut args = vec!["segment", "--with-text"];
    let ex = examples();
    args.extend(ex.iter().map(String::as_str));
    let out = dossier(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("3 documents, 59 sentences; 0 skipped, 0 failed"),
        "{}",
        stderr(&out)
    );
    let lines = json_lines(&out);
    let got: Vec<(String, u64, String)> = lines
        .iter()
        .filter(|l| l.get("type").is_none())
        .map(|l| {
            (
                l["doc"].as_str().unwrap().to_string(),
                l["sentence"].as_u64().unwrap(),
                l["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, u64, String)> = include_str!("data/seed_sentences.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            (
                f.next().unwrap().to_string(),
                f.next().unwrap().parse().unwrap(),
                f.next().unwrap().to_string(),
            )
        })
        .collect();
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e);
    }
    assert_eq!(got.len(), expected.len());
}

#[test]
fn examples_lose_their_mojibake_boilerplate_and_byline() {
    let mut args = vec!["segment", "--with-text"];
    let ex = examples();
    args.extend(ex.iter().map(String::as_str));
    let lines = json_lines(&dossier(&args));
    let docs: Vec<_> = lines.iter().filter(|l| l["type"] == "document").collect();
    assert_eq!(docs.len(), 3);
    for d in &docs {
        let text = d["text"].as_str().unwrap();
        for bad in [
            "โ€",
            "â€",
            "Leave comment",
            "email address",
            "community experience",
            "min read",
            "- author,",
        ] {
            assert!(!text.contains(bad), "{} still has {bad:?}", d["id"]);
        }
    }
    let bbc = docs.iter().find(|d| d["id"] == "000_f705a40a774d8523").unwrap();
    assert_eq!(bbc["meta"]["author"], "Kelly Ng");
    assert_eq!(bbc["meta"]["publisher"], "BBC News");
    let us = docs.iter().find(|d| d["id"] == "001_35a95caaa163bc07").unwrap();
    assert!(us["text"]
        .as_str()
        .unwrap()
        .contains("China’s military to spy for the United States"));
    assert!(us["repairs"].as_array().unwrap().len() >= 20);
    let dropped: Vec<&str> = us["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        dropped,
        [
            "Leave comment",
            "Your email address will not be published. Required fields are marked with *."
        ]
    );
}

#[test]
fn token_offsets_slice_the_cleaned_text() {
    let ex = examples();
    let mut args = vec!["segment", "--with-text"];
    args.extend(ex.iter().map(String::as_str));
    let lines = json_lines(&dossier(&args));
    let mut text: Vec<char> = Vec::new();
    for l in &lines {
        if l["type"] == "document" {
            text = l["text"].as_str().unwrap().chars().collect();
            continue;
        }
        let s = &l["span"];
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text[a..b].iter().collect::<String>(), l["text"].as_str().unwrap());
        for t in l["tokens"].as_array().unwrap() {
            let (a, b) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text[a..b].iter().collect::<String>(), t["text"].as_str().unwrap());
        }
    }
}

#[test]
fn possessives_and_clitics_follow_ewt() {
    let out = dossier_stdin(&["segment", "-"], "China’s ministry can't say.".as_bytes());
    let lines = json_lines(&out);
    let toks: Vec<&str> = lines[0]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert_eq!(toks, ["China", "’s", "ministry", "ca", "n't", "say", "."]);
    assert_eq!(lines[0]["tokens"][1]["norm"], "'s");
}
