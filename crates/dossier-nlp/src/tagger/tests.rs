//! Tagger tests: training on a small slice runs and gives a model that loads and tags.

use super::train::{accuracy, train, TrainConfig};
use super::*;

const EWT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/ud_english_ewt");

/// EWT dev, which the training tests train and test on; `None` (with a note) when absent.
fn ewt_dev() -> Option<Vec<conllu::Sentence>> {
    let dev = conllu::parse_file(format!("{EWT}/en_ewt-ud-dev.conllu")).ok();
    if dev.is_none() {
        dossier_core::skip_notice("tagger training test: ../shared/ud_english_ewt absent");
    }
    dev
}

#[test]
fn trains_on_a_slice_and_round_trips() {
    let Some(dev) = ewt_dev() else { return };
    let (tr, de) = dev.split_at(1500);
    let cfg = TrainConfig {
        iters: 3,
        seeds: 2,
        stack_folds: 0,
        ..TrainConfig::default()
    };
    let mut lines = Vec::new();
    let t = train(tr, de, &cfg, &mut |l| lines.push(l));
    // Per direction: a heading, per seed 3 passes and the kept one, then the mean; then the
    // backward pass's margin.
    assert_eq!(lines.len(), 21, "{lines:?}");
    assert_eq!(lines[0], "first pass, Forward");
    assert_eq!(lines[10], "first pass, Backward");
    assert!(lines[9].starts_with("mean of 2 models"), "{lines:?}");
    assert!(lines[19].starts_with("mean of 2 models"), "{lines:?}");
    assert!(lines[20].starts_with("backward pass for forward margins"), "{lines:?}");
    assert!(t.describe().contains("backward"));
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
    let Some(dev) = ewt_dev() else { return };
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

#[test]
fn backward_pass_only_changes_uncertain_words() {
    let Some(dev) = ewt_dev() else { return };
    let (tr, de) = dev.split_at(800);
    let cfg = TrainConfig {
        iters: 2,
        seeds: 1,
        ..TrainConfig::default()
    };
    let mut t = train(tr, &de[..300], &cfg, &mut |_| {});
    assert!(t.back.is_some());
    assert!(accuracy(&t, de).upos > 75.0);
    let tags = |t: &Tagger| -> Vec<Vec<u16>> {
        de.iter()
            .map(|s| t.tag(&s.words().map(|w| w.form()).collect::<Vec<_>>()))
            .collect()
    };
    // A margin below every word's: the backward model is never asked, so the tags are the
    // forward model's alone.
    t.back_margin = i32::MIN;
    let never = tags(&t);
    let back = t.back.take();
    let forward = tags(&t);
    assert_eq!(never, forward);
    // Asked on every word, it changes some tags.
    t.back = back;
    t.back_margin = i32::MAX - 1;
    assert_ne!(tags(&t), forward);
}

#[test]
fn backward_features_mirror_forward_ones() {
    use features::{Context, Dir};
    let forms = ["Officials", "said", "the", "two", "men", "were", "spies", "."];
    let rev: Vec<&str> = forms.iter().rev().copied().collect();
    let (amb, cl) = (IdMap::default(), Clusters::empty());
    let (mut a, mut b) = (Context::default(), Context::default());
    a.fill(forms.iter().copied(), &amb, &cl);
    b.fill(rev.iter().copied(), &amb, &cl);
    let (mut ka, mut kb) = (Vec::new(), Vec::new());
    let n = forms.len();
    // Away from the ends (where the first-word flag and the padding tell the sentence's real
    // start from its end), word i read backward is word n-1-i of the reversed sentence read
    // forward.
    for i in 2..n - 2 {
        a.features(Dir::Backward, i, 7, 9, &mut ka);
        b.features(Dir::Forward, n - 1 - i, 7, 9, &mut kb);
        assert_eq!(ka, kb, "word {i}");
        a.features(Dir::Forward, i, 7, 9, &mut kb);
        assert_ne!(ka, kb, "word {i}");
    }
}
