//! End to end: `dossier eval parse` prints the figures issue #5 asks for, with predicted tags,
//! with gold tags (`--gold-tags`), and refuses contradictory options.

mod common;
use common::*;

/// The first `n` sentences of EWT dev in a temporary file, if `../shared` is there.
fn ewt_sample(n: usize) -> Option<std::path::PathBuf> {
    let text = std::fs::read_to_string(repo().join("../shared/ud_english_ewt/en_ewt-ud-dev.conllu")).ok()?;
    let sample: Vec<&str> = text.split_inclusive("\n\n").take(n).collect();
    let path = std::env::temp_dir().join(format!("dossier-eval-parse-{}.conllu", std::process::id()));
    std::fs::write(&path, sample.concat()).ok()?;
    Some(path)
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = dossier(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn predicted_and_gold_tag_figures() {
    let Some(path) = ewt_sample(60) else {
        dossier_core::skip_notice("eval parse test: ../shared/ud_english_ewt absent");
        return;
    };
    let p = path.display().to_string();
    let pred = json(&["eval", "parse", &p, "--json"]);
    for key in ["upos", "xpos", "lemma", "uas", "las", "tokens_per_s"] {
        assert!(pred[key].as_f64().is_some(), "{key} missing: {pred}");
    }
    assert!(pred["upos"].as_f64().unwrap() > 85.0, "{pred}");
    assert!(pred["uas"].as_f64().unwrap() > 70.0, "{pred}");
    let gold = json(&["eval", "parse", &p, "--json", "--gold-tags"]);
    assert_eq!(gold["upos"].as_f64(), Some(100.0), "gold tags are kept: {gold}");
    assert_eq!(gold["words"], pred["words"]);
    assert!(gold["uas"].as_f64().unwrap() > 75.0, "{gold}");
    let refused = dossier(&["eval", "parse", &p, "--gold-tags", "--raw"]);
    assert_eq!(refused.status.code(), Some(2));
    let _ = std::fs::remove_file(path);
}
