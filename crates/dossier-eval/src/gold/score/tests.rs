//! A small hand-made gold file whose scores were computed by hand.
use super::*;
use crate::gold::file::parse;

fn p(kind: &str, actor: &[&str], target: &[&str], status: &str, claimants: &[&str]) -> Predicted {
    let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect();
    Predicted {
        kind: kind.into(),
        actor: v(actor),
        target: v(target),
        status: status.into(),
        claimants: v(claimants),
    }
}

const GOLD: &str = r#"{"id":"h1","doc":"d","text":"A.","events":[{"kind":"accuse","actor":["CHN"],"target":["GBRSPY"],"status":"asserted","claimants":[]},{"kind":"recruit","actor":["GBRSPY"],"target":["CHNGOV"],"status":"alleged","claimants":["CHN"]}]}
{"id":"h2","doc":"d","text":"B.","events":[{"kind":"arrest","actor":["RUSSPY"],"target":[],"status":"confirmed","claimants":["RUSSPY"]}]}
{"id":"h3","doc":"d","text":"C.","events":[]}
{"id":"h4","doc":"d","text":"D.","events":[]}"#;

#[test]
fn hand_computed_scores() {
    let gold = parse(GOLD).unwrap();
    let s = vec![
        Scored {
            id: "h1".into(),
            gold: gold[0].events.clone(),
            predicted: vec![
                // matches accuse (country overlap; strict: GBR ≠ GBRSPY → no strict match)
                p("accuse", &["CHNGOV"], &["GBR"], "asserted", &[]),
                // matches recruit strictly; status right, claimant right
                p("recruit", &["GBRSPY"], &["CHNGOV"], "alleged", &["CHNSPY"]),
                // extra
                p("spy", &["GBRSPY"], &[], "asserted", &[]),
            ],
        },
        Scored {
            id: "h2".into(),
            gold: gold[1].events.clone(),
            // gold target empty: any target matches; status wrong; claimant wrong (none given)
            predicted: vec![p("arrest", &["RUSSPY"], &["UKRJRN"], "asserted", &[])],
        },
        Scored {
            id: "h3".into(),
            gold: vec![],
            predicted: vec![p("deny", &["CHN"], &[], "asserted", &[])],
        },
        Scored {
            id: "h4".into(),
            gold: vec![],
            predicted: vec![],
        },
    ];
    let r = score(&s);
    // 3 gold, 5 predicted, 3 matched.
    assert_eq!((r.overall.gold, r.overall.predicted, r.overall.matched), (3, 5, 3));
    assert!((r.precision - 0.6).abs() < 1e-9);
    assert!((r.recall - 1.0).abs() < 1e-9);
    assert!((r.f1 - 0.75).abs() < 1e-9);
    // strict: recruit and arrest match (arrest: gold target empty, actor equal) → 2 of 3 / 5.
    assert_eq!(r.strict.matched, 2);
    assert!((r.strict_f1 - 2.0 * 0.4 * (2.0 / 3.0) / (0.4 + 2.0 / 3.0)).abs() < 1e-9);
    // status: accuse ok, recruit ok, arrest wrong → 2/3.
    assert!((r.status_accuracy - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.status_confusion["confirmed"]["asserted"], 1);
    // claimants over non-asserted gold: recruit (CHN vs CHNSPY ok), arrest (RUS vs none, wrong).
    assert_eq!(r.claimant_pairs, 2);
    assert!((r.claimant_accuracy - 0.5).abs() < 1e-9);
    // empty sentences: h3 has a prediction, h4 not.
    assert_eq!((r.empty_sentences, r.empty_sentence_fp), (2, 1));
    assert!((r.empty_sentence_fp_rate - 0.5).abs() < 1e-9);
    assert_eq!(r.per_kind["spy"].predicted, 1);
    assert_eq!(r.per_kind["spy"].matched, 0);
    assert_eq!(r.per_kind["accuse"].f1, 1.0);
}

#[test]
fn each_gold_event_matches_at_most_one_prediction() {
    let g = parse(r#"{"id":"x","doc":"d","text":"x","events":[{"kind":"expel","actor":["GBR"],"target":["RUSGOV"]}]}"#)
        .unwrap();
    let preds = vec![
        p("expel", &["GBR"], &["RUS"], "asserted", &[]),
        p("expel", &["GBR"], &["RUSGOV"], "asserted", &[]),
    ];
    let pairs = pair(&g[0].events, &preds, false);
    assert_eq!(pairs, vec![(0, 1)], "prefers the strict match");
    let r = score(&[Scored {
        id: "x".into(),
        gold: g[0].events.clone(),
        predicted: preds,
    }]);
    assert_eq!((r.overall.matched, r.overall.predicted), (1, 2));
}
