//! Tagger tests: training on a small slice runs and gives a model that loads and tags.

use super::train::{accuracy, train, TrainConfig};
use super::*;

const EWT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/ud_english_ewt");

#[test]
fn trains_on_a_slice_and_round_trips() {
    let Ok(dev) = conllu::parse_file(format!("{EWT}/en_ewt-ud-dev.conllu")) else {
        eprintln!("note: EWT absent, skipping the training test");
        return;
    };
    let (tr, de) = dev.split_at(1500);
    let cfg = TrainConfig {
        iters: 3,
        seeds: 2,
        stack_folds: 0,
        ..TrainConfig::default()
    };
    let mut lines = Vec::new();
    let t = train(tr, de, &cfg, &mut |l| lines.push(l));
    // "first pass", per seed 3 passes and the kept one, then the mean.
    assert_eq!(lines.len(), 10, "{lines:?}");
    assert!(lines[9].starts_with("mean of 2 models"), "{lines:?}");
    let acc = accuracy(&t, de);
    assert!(acc.upos > 80.0, "{acc:?}");
    let bytes = binio::compress(&t.to_bytes());
    let t2 = Tagger::from_compressed(&bytes).unwrap();
    let acc2 = accuracy(&t2, de);
    assert!((acc.both - acc2.both).abs() < 0.2, "{acc:?} vs {acc2:?}");
    // Same data, same seed: same model.
    let t3 = train(tr, de, &cfg, &mut |_| {});
    assert!(t3.to_bytes() == t.to_bytes(), "training is not reproducible");
}

#[test]
fn corrupt_model_is_an_error() {
    assert!(Tagger::from_bytes(b"nonsense").is_err());
    assert!(Tagger::from_compressed(b"nonsense").is_err());
}

#[test]
fn second_pass_trains_and_round_trips() {
    let Ok(dev) = conllu::parse_file(format!("{EWT}/en_ewt-ud-dev.conllu")) else {
        eprintln!("note: EWT absent, skipping the training test");
        return;
    };
    let (tr, de) = dev.split_at(800);
    let cfg = TrainConfig {
        iters: 2,
        stack_folds: 2,
        seeds: 1,
        ..TrainConfig::default()
    };
    let mut lines = Vec::new();
    let t = train(tr, &de[..300], &cfg, &mut |l| lines.push(l));
    assert!(lines.iter().any(|l| l == "second pass"), "{lines:?}");
    assert!(t.describe().contains("second pass"));
    let t2 = Tagger::from_bytes(&t.to_bytes()).unwrap();
    let forms = ["The", "spies", "were", "arrested", "."];
    assert_eq!(t.tag(&forms), t2.tag(&forms));
    assert!(accuracy(&t2, de).upos > 75.0);
}
