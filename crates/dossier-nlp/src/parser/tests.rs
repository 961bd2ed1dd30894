//! Tests of the parser: transition system and oracle on hand-made trees, training on a slice,
//! serialisation, robustness on odd input; and (ignored, run by hand) full training runs.
//!
//! What it must not do: depend on the shipped model for the small tests (those train their own).

use super::oracle::{costs, static_parse};
use super::transition::{is_projective, projectivise, State, LEFT, NONE, RIGHT, SHIFT};
use super::*;
use crate::conllu;

fn ewt(name: &str) -> Option<Vec<conllu::Sentence>> {
    let path = format!(
        "{}/../../../shared/ud_english_ewt/en_ewt-ud-{name}.conllu",
        env!("CARGO_MANIFEST_DIR")
    );
    let parsed = conllu::parse_file(&path).ok();
    if parsed.is_none() {
        dossier_core::skip_notice(&format!("parser test: {path} absent"));
    }
    parsed
}

#[test]
fn oracle_reaches_projective_gold_trees() {
    // heads of words 1..=n (index 0 unused)
    let trees: &[&[u32]] = &[
        &[0, 0],
        &[0, 2, 0, 2],          // subject, verb, object
        &[0, 2, 0, 4, 2, 2],    // "He gave the book ."
        &[0, 3, 3, 0, 5, 3, 3], // two left dependents, right dependents with a left child
        &[0, 0, 1, 2, 3, 4],    // a right-branching chain
        &[0, 5, 5, 5, 5, 0],    // all left
    ];
    let mut st = State::default();
    for &t in trees {
        assert!(is_projective(t));
        let got = static_parse(t, &mut st);
        assert_eq!(&got[1..], &t[1..], "tree {t:?}");
    }
}

#[test]
fn oracle_reaches_every_projectivised_ewt_dev_tree() {
    let Some(dev) = ewt("dev") else { return };
    let mut st = State::default();
    let mut lifted = 0;
    for s in &dev {
        let mut heads: Vec<u32> = std::iter::once(0).chain(s.words().map(|w| w.head().unwrap())).collect();
        lifted += projectivise(&mut heads);
        assert!(is_projective(&heads));
        assert_eq!(&static_parse(&heads, &mut st)[1..], &heads[1..], "{:?}", s.sent_id());
    }
    assert!(lifted > 0 && lifted < 100, "{lifted} lifts");
}

#[test]
fn oracle_is_optimal_after_a_mistake() {
    // gold: 1←2→3 (2 is root), 3→4
    let gold = [0, 2, 0, 2, 3];
    let mut st = State::default();
    st.reset(4);
    st.apply(SHIFT, 0); // [0 1]
                        // Shifting 2 loses 2→1 (1 is stuck under 2) and 0→2 (2 must leave before 1).
    assert_eq!(costs(&st, &gold)[SHIFT], 2);
    assert_eq!(costs(&st, &gold)[LEFT], 0);
    st.apply(SHIFT, 0); // [0 1 2]
    let c = costs(&st, &gold);
    assert_eq!(c[RIGHT], 1, "1→2 is wrong, 2's dependent 3 still reachable");
    // From here, zero-cost moves lose nothing more.
    let mut lost = 0;
    while !st.is_terminal() {
        let c = costs(&st, &gold);
        let m = (0..3).filter(|&m| c[m] != u32::MAX).min_by_key(|&m| c[m]).unwrap();
        lost += c[m];
        st.apply(m, 0);
    }
    assert_eq!(lost, 0);
    let right: usize = (1..=4).filter(|&d| st.heads[d] == gold[d]).count();
    assert_eq!(right, 2);
}

#[test]
fn moves_and_validity() {
    let mut st = State::default();
    st.reset(2);
    assert_eq!(st.valid(), [true, false, false]);
    st.apply(SHIFT, 0);
    assert_eq!(
        st.valid(),
        [true, true, false],
        "no RIGHT onto the root while the buffer is full"
    );
    st.apply(LEFT, 3);
    assert_eq!((st.heads[1], st.labels[1], st.l1[2], st.nl[2]), (2, 3, 1, 1));
    st.apply(SHIFT, 0);
    assert_eq!(st.valid(), [false, false, true]);
    st.apply(RIGHT, 0);
    assert!(st.is_terminal());
    assert_eq!(&st.heads[..], &[NONE, 2, 0]);
}

#[test]
fn projectivise_lifts_crossing_arcs() {
    // 3→1 and 1→4 both pass over the root 2; the shorter is lifted first, then the other.
    let mut heads = vec![0, 3, 0, 2, 1];
    assert!(!is_projective(&heads));
    assert_eq!(projectivise(&mut heads), 2);
    assert!(is_projective(&heads));
    assert_eq!(heads, vec![0, 2, 0, 2, 2]);
    // A projective tree is left alone.
    let mut p = vec![0, 2, 0, 2, 3];
    assert_eq!(projectivise(&mut p), 0);
}

fn tiny_model() -> Option<ParserModel> {
    let train_s = ewt("train")?;
    let dev_s = ewt("dev")?;
    let cfg = TrainConfig {
        epochs: 2,
        move_bits: 16,
        label_bits: 14,
        seeds: 1,
        ..TrainConfig::default()
    };
    Some(train(&train_s[..200], &dev_s[..50], &cfg, &mut |_| {}))
}

#[test]
fn tiny_training_round_trips_and_never_panics() {
    let Some(model) = tiny_model() else { return };
    let bytes = model.to_bytes();
    let back = ParserModel::from_bytes(&bytes).unwrap();
    assert_eq!(back, model);
    assert!(ParserModel::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(ParserModel::from_bytes(b"nonsense").is_err());

    let w = |form| ParseWord {
        form,
        lemma: form,
        upos: "X",
        xpos: "??",
    };
    let mut out = Vec::new();
    back.parse(&[], &mut out);
    assert!(out.is_empty());
    back.parse(&[w("Hi")], &mut out);
    assert_eq!(
        out,
        [Arc {
            head: 0,
            deprel: "root"
        }]
    );
    let long: Vec<ParseWord> = (0..500).map(|i| w(if i % 7 == 0 { "," } else { "spy" })).collect();
    for sent in [&long[..], &[w("."), w("!"), w("?")][..], &[ParseWord::default(); 3][..]] {
        back.parse(sent, &mut out);
        assert_eq!(out.len(), sent.len());
        assert_eq!(out.iter().filter(|a| a.head == 0).count(), 1, "one root");
        assert!(out.iter().all(|a| a.head as usize <= sent.len()));
    }
}

#[test]
fn the_mean_of_models_parses_like_its_members_agree() {
    let Some(model) = tiny_model() else { return };
    let Some(dev) = ewt("dev") else { return };
    // The mean of a model with itself makes the same decisions.
    let same = ParserModel::mean(&[model.clone(), model.clone()]).unwrap();
    assert_eq!(evaluate(&same, &dev[..100]), evaluate(&model, &dev[..100]));
    assert!(ParserModel::mean(&[]).is_none());
    // Models of different shapes cannot be averaged.
    let train_s = ewt("train").unwrap();
    let cfg = TrainConfig {
        epochs: 1,
        move_bits: 15,
        label_bits: 14,
        seeds: 1,
        ..TrainConfig::default()
    };
    let other = train(&train_s[..100], &dev[..20], &cfg, &mut |_| {});
    assert!(ParserModel::mean(&[model, other]).is_none());
}

#[test]
fn a_model_records_its_clusters_and_refuses_others() {
    let Some(model) = tiny_model() else { return };
    let mut bytes = model.to_bytes();
    assert!(ParserModel::from_bytes(&bytes).is_ok());
    // The checksum follows the 8-byte magic.
    bytes[8] ^= 1;
    let err = ParserModel::from_bytes(&bytes).unwrap_err().to_string();
    assert!(err.contains("other word clusters"), "{err}");
}

/// Full training run, by hand: `PARSER_OUT=/tmp/p.bin cargo test --release -p dossier-nlp
/// parser::tests::train_full -- --ignored --nocapture`. Env: `PARSER_EPOCHS`, `PARSER_NOISE`,
/// `PARSER_MOVE_BITS`, `PARSER_LABEL_BITS`, `PARSER_PRUNE`, `PARSER_TRAIN` and `PARSER_DEV` (CoNLL-U
/// files; default EWT train and dev).
#[test]
#[ignore]
fn train_full() {
    let env = |k: &str| std::env::var(k).ok();
    let mut cfg = TrainConfig::default();
    if let Some(v) = env("PARSER_EPOCHS") {
        cfg.epochs = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_NOISE") {
        cfg.tag_noise = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_MOVE_BITS") {
        cfg.move_bits = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_LABEL_BITS") {
        cfg.label_bits = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_EXPLORE_FROM") {
        cfg.explore_from = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_EXPLORE") {
        cfg.explore = v.parse().unwrap();
    }
    if let Some(v) = env("PARSER_PRUNE") {
        cfg.prune = v.parse().unwrap();
    }
    let train_s = env("PARSER_TRAIN").map_or_else(|| ewt("train").unwrap(), |p| conllu::parse_file(p).unwrap());
    let dev_s = env("PARSER_DEV").map_or_else(|| ewt("dev").unwrap(), |p| conllu::parse_file(p).unwrap());
    let t = std::time::Instant::now();
    let model = train(&train_s, &dev_s, &cfg, &mut |l| eprintln!("{l}"));
    eprintln!(
        "trained in {:.0}s; non-zero rows {:?}",
        t.elapsed().as_secs_f64(),
        model.nonzero_rows()
    );
    let bytes = model.to_bytes();
    let z = zstd::encode_all(&bytes[..], 19).unwrap();
    eprintln!("model {} bytes, zstd {} bytes", bytes.len(), z.len());
    if let Some(p) = env("PARSER_OUT") {
        std::fs::write(p, z).unwrap();
    }
}

/// Predicted-tag data, by hand (writes `/tmp/ewt-{train-jk,dev-pred,test-pred}.conllu`): the
/// training set tagged 5-fold by the nlp helper's tagger trained on the other folds
/// (jackknifing), dev and test tagged by the built-in tagger (or, if it does not load, one
/// trained on train with the default settings). `cargo test --release -p
/// dossier-nlp parser::tests::prepare_predicted_tags -- --ignored --nocapture`. (The CLI does
/// the same: `dossier train parser --jackknife 5 --with-gold --dev-tagger embedded`.)
#[test]
#[ignore]
fn prepare_predicted_tags() {
    use crate::tagger::train as tt;
    let (train_s, dev_gold, mut test_s) = (ewt("train").unwrap(), ewt("dev").unwrap(), ewt("test").unwrap());
    let mut dev_s = dev_gold.clone();
    let t = std::time::Instant::now();
    let trained;
    let tagger = match crate::models::tagger() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}; training a tagger with the default settings instead");
            trained = tt::train(&train_s, &dev_gold, &tt::TrainConfig::default(), &mut |_| {});
            &trained
        }
    };
    tagger.retag(&mut dev_s);
    tagger.retag(&mut test_s);
    std::fs::write("/tmp/ewt-dev-pred.conllu", conllu::to_string(&dev_s)).unwrap();
    std::fs::write("/tmp/ewt-test-pred.conllu", conllu::to_string(&test_s)).unwrap();
    let jk = tt::jackknife(&train_s, &dev_gold, 5, &tt::TrainConfig::for_jackknife());
    std::fs::write("/tmp/ewt-train-jk.conllu", conllu::to_string(&jk)).unwrap();
    eprintln!("done in {:.0}s", t.elapsed().as_secs_f64());
}

/// Parser speed and scores of a stored model, by hand: `PARSER_MODEL=/tmp/p.zst PARSER_DEV=…
/// cargo test --release -p dossier-nlp parser::tests::bench_model -- --ignored --nocapture`.
/// Parses the dev file (its own tags) repeatedly on one thread and reports words per second.
#[test]
#[ignore]
fn bench_model() {
    let env = |k: &str| std::env::var(k).ok();
    let z = std::fs::read(env("PARSER_MODEL").unwrap()).unwrap();
    let t = std::time::Instant::now();
    let raw = zstd::decode_all(&z[..]).unwrap();
    let t_unzip = t.elapsed();
    let model = ParserModel::from_bytes(&raw).unwrap();
    eprintln!("load: unzip {:?}, from_bytes {:?}", t_unzip, t.elapsed() - t_unzip);
    let dev_path = env("PARSER_DEV");
    let dev = match &dev_path {
        Some(p) => conllu::parse_file(p).unwrap(),
        None => ewt("dev").unwrap(),
    };
    let s = evaluate(&model, &dev);
    eprintln!(
        "{}: UAS {:.2} LAS {:.2} ({} words)",
        dev_path.as_deref().unwrap_or("dev"),
        s.uas(),
        s.las(),
        s.words
    );
    if let Some(p) = env("PARSER_DUMP") {
        let mut parsed = dev.clone();
        let mut arcs = Vec::new();
        for s in &mut parsed {
            let words: Vec<ParseWord> = s.words().map(ParseWord::from).collect();
            model.parse(&words, &mut arcs);
            for (w, a) in s.words_mut().zip(&arcs) {
                w.cols[conllu::HEAD] = a.head.to_string();
                w.cols[conllu::DEPREL] = a.deprel.to_string();
            }
        }
        std::fs::write(p, conllu::to_string(&parsed)).unwrap();
    }
    let sents: Vec<Vec<ParseWord>> = dev.iter().map(|s| s.words().map(ParseWord::from).collect()).collect();
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    let (mut words, t, cpu) = (0usize, std::time::Instant::now(), thread_cpu_seconds());
    while t.elapsed().as_secs_f64() < 5.0 {
        for s in &sents {
            model.parse_with(&mut scratch, s, &mut out);
            words += out.len();
        }
    }
    let (wall, cpu) = (t.elapsed().as_secs_f64(), thread_cpu_seconds() - cpu);
    eprintln!(
        "speed: {:.0} words/s wall, {:.0} words/s of thread CPU time",
        words as f64 / wall,
        words as f64 / cpu
    );
}

/// CPU time of this thread (Linux: utime + stime from /proc/thread-self/stat, in 1/100 s).
fn thread_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    (f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0)) / 100.0
}

/// Parses a sentence given as `form/UPOS/XPOS/lemma` items with the shipped parser: tags and
/// lemmas from the shipped tagger when it loads, else the hand-written ones. Returns each word's
/// (form, head form, relation).
fn shipped_parse(tagged_text: &str) -> Vec<(String, String, &'static str)> {
    let parser = crate::models::parser().expect("the shipped parser model loads");
    let items: Vec<Vec<&str>> = tagged_text.split_whitespace().map(|w| w.split('/').collect()).collect();
    let forms: Vec<&str> = items.iter().map(|i| i[0]).collect();
    let mut tags: Vec<(String, String, String)> = items
        .iter()
        .map(|i| {
            (
                i[1].to_string(),
                i[2].to_string(),
                i.get(3).unwrap_or(&i[0]).to_string(),
            )
        })
        .collect();
    match crate::models::tagger() {
        Ok(tagger) => {
            let mut out = Vec::new();
            tagger.analyse(&mut crate::tagger::Scratch::default(), &forms, &mut out);
            for ((f, t), slot) in forms.iter().zip(&out).zip(&mut tags) {
                let lemma = t.lemma.map_or_else(|| f.to_string(), |e| e.apply(f).into_owned());
                *slot = (t.upos.to_string(), t.xpos.to_string(), lemma);
            }
        }
        Err(e) => eprintln!("note: {e}; using hand-written tags"),
    }
    let words: Vec<ParseWord> = forms
        .iter()
        .zip(&tags)
        .map(|(f, t)| ParseWord {
            form: f,
            upos: &t.0,
            xpos: &t.1,
            lemma: &t.2,
        })
        .collect();
    let mut arcs = Vec::new();
    parser.parse(&words, &mut arcs);
    let head_form = |h: u32| {
        if h == 0 {
            "ROOT".to_string()
        } else {
            forms[h as usize - 1].to_string()
        }
    };
    forms
        .iter()
        .zip(&arcs)
        .map(|(f, a)| (f.to_string(), head_form(a.head), a.deprel))
        .collect()
}

/// A dependent, its head and the relation, by form.
type Expected<'a> = (&'a str, &'a str, &'a str);

#[test]
fn shipped_model_parses_clear_sentences() {
    let cases: &[(&str, &[Expected])] = &[
        (
            "China/PROPN/NNP said/VERB/VBD/say MI6/PROPN/NNP recruited/VERB/VBD/recruit two/NUM/CD \
             civil/ADJ/JJ servants/NOUN/NNS/servant ./PUNCT/.",
            &[
                ("said", "ROOT", "root"),
                ("China", "said", "nsubj"),
                ("recruited", "said", "ccomp"),
                ("MI6", "recruited", "nsubj"),
                ("servants", "recruited", "obj"),
            ],
        ),
        (
            "The/DET/DT/the police/NOUN/NN arrested/VERB/VBD/arrest a/DET/DT Russian/ADJ/JJ spy/NOUN/NN ./PUNCT/.",
            &[
                ("arrested", "ROOT", "root"),
                ("police", "arrested", "nsubj"),
                ("spy", "arrested", "obj"),
            ],
        ),
        (
            "The/DET/DT/the diplomat/NOUN/NN was/AUX/VBD/be expelled/VERB/VBN/expel by/ADP/IN \
             Britain/PROPN/NNP ./PUNCT/.",
            &[
                ("expelled", "ROOT", "root"),
                ("diplomat", "expelled", "nsubj:pass"),
                ("was", "expelled", "aux:pass"),
                ("Britain", "expelled", "obl:agent"),
                ("by", "Britain", "case"),
            ],
        ),
        (
            "The/DET/DT/the officer/NOUN/NN who/PRON/WP leaked/VERB/VBD/leak the/DET/DT \
             documents/NOUN/NNS/document was/AUX/VBD/be arrested/VERB/VBN/arrest ./PUNCT/.",
            &[
                ("arrested", "ROOT", "root"),
                ("officer", "arrested", "nsubj:pass"),
                ("leaked", "officer", "acl:relcl"),
                ("who", "leaked", "nsubj"),
                ("documents", "leaked", "obj"),
            ],
        ),
    ];
    for (text, expected) in cases {
        let parse = shipped_parse(text);
        for &(dep, head, rel) in expected.iter() {
            let got = parse.iter().find(|w| w.0 == dep).map(|w| (w.1.as_str(), w.2));
            assert_eq!(got, Some((head, rel)), "{dep} in {text:?}: {parse:?}");
        }
    }
}
