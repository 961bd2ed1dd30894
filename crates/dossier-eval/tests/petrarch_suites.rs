//! The PETRARCH peer suites in `../shared/eventcoding/` (issue #12, item 7), with the given
//! CoNLL-U parses: the coder must stay at or above the level reached. Thresholds are kept here,
//! in one place. Skips (with a note) when `../shared` is absent.

use dossier_eval::petrarch::{self, actors::ActorMatcher};
use dossier_events::cameo::{CameoCoder, CoderOptions};
use std::path::PathBuf;

/// UD unit-test suite (UniversalPetrarch, UDPipe 2.0 parses): exact sentences, %.
const UD_EXACT_MIN: f64 = 88.3;
/// PETR-2 gold-standard validation: Correct at least, Extra at most, % of gold events.
const GSR_CORRECT_MIN: f64 = 80.0;
const GSR_EXTRA_MAX: f64 = 17.5;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eventcoding")
        .join(rel);
    p.exists().then_some(p)
}

fn run(rel: &str) -> Option<petrarch::Report> {
    let Some(path) = shared(rel) else {
        dossier_core::skip_notice(&format!("petrarch suite: ../shared/eventcoding/{rel} absent"));
        return None;
    };
    let xml = std::fs::read_to_string(&path).expect("readable suite");
    let suite = petrarch::parse_suite(&xml).expect("suite parses");
    let set = petrarch::dictionaries_for(&suite.environment).expect("dictionaries");
    let coder = CameoCoder::new(set).with_options(CoderOptions {
        lemmas: false,
        ..CoderOptions::default()
    });
    let matcher = ActorMatcher::new(set);
    Some(petrarch::run(&suite, &coder, &matcher, None))
}

#[test]
fn ud_unit_tests_stay_at_the_level_reached() {
    let Some(r) = run("universalpetrarch_unittest_ud/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml") else {
        return;
    };
    assert_eq!(r.overall.sentences, 284);
    assert_eq!(r.overall.gold, 349);
    let exact = r.overall.exact_pct();
    eprintln!(
        "UD unit tests: {exact:.2}% exact, correct {:.2}%",
        r.overall.correct_pct()
    );
    assert!(
        exact >= UD_EXACT_MIN,
        "UD unit tests: {exact:.2}% exact < {UD_EXACT_MIN}"
    );
}

#[test]
fn gsr_validation_stays_at_the_level_reached() {
    let Some(r) = run("universalpetrarch_gsr/PETR2_GSR_validation.xml") else {
        return;
    };
    assert_eq!(r.overall.sentences, 78);
    assert_eq!(r.overall.gold, 80);
    let (c, x) = (r.overall.correct_pct(), r.overall.extra_pct());
    eprintln!("GSR: correct {c:.2}%, extra {x:.2}%");
    assert!(c >= GSR_CORRECT_MIN, "GSR correct {c:.2}% < {GSR_CORRECT_MIN}");
    assert!(x <= GSR_EXTRA_MAX, "GSR extra {x:.2}% > {GSR_EXTRA_MAX}");
}
