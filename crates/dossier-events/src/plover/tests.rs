//! Unit tests of the PLOVER tables and lookups (embedded tables and small hand-made ones).

use super::tables::load;
use super::*;

fn ok_tables() -> &'static Tables {
    match tables() {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn embedded_tables_load_cleanly() {
    let t = ok_tables();
    assert_eq!(t.vocabulary.events.len(), 16);
    assert!(t.cameo.len() > 300, "{} CAMEO rows", t.cameo.len());
}

#[test]
fn spot_checks() {
    assert_eq!(for_cameo("173"), Some(("COERCE", Some("arrest"))));
    assert_eq!(for_cameo("1125"), Some(("ACCUSE", Some("allege"))));
    assert_eq!(for_cameo("166"), Some(("SANCTION", Some("expel"))));
    assert_eq!(for_cameo("174"), Some(("COERCE", Some("deport"))));
    assert_eq!(for_cameo("116"), Some(("SANCTION", Some("convict"))));
    assert_eq!(for_cameo("111"), Some(("ACCUSE", Some("disapprove"))));
    assert_eq!(for_cameo("091"), Some(("ACCUSE", Some("investigate"))));
    assert_eq!(for_cameo("0841"), Some(("RETREAT", Some("release"))));
    assert_eq!(for_cameo("064"), Some(("COOPERATE", None)));
    assert_eq!(for_cameo("075"), Some(("AID", None)));
    assert_eq!(for_cameo("1041"), Some(("REQUEST", Some("change"))));
    assert_eq!(for_cameo("186"), Some(("ASSAULT", Some("assassinate"))));
    assert_eq!(for_cameo("042"), Some(("CONSULT", Some("visit"))));
    assert_eq!(for_cameo("176"), Some(("COERCE", Some("cyber"))));
}

#[test]
fn comments_and_appeals_have_no_plover_event() {
    for code in ["010", "011", "012", "016", "019", "02", "020", "0214", "0256"] {
        let m = cameo(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(m.code, code);
        assert_eq!(for_cameo(code), None, "{code}");
    }
}

#[test]
fn missing_codes_fall_back_to_the_parent() {
    // 0875 and 1999 are not CAMEO codes: their parents answer.
    assert_eq!(cameo("0875").map(|m| m.code), Some("087"));
    assert_eq!(cameo("1999").map(|m| m.code), Some("19"));
    assert_eq!(for_cameo("1739"), for_cameo("173"));
    assert_eq!(cameo(" 173 ").map(|m| m.code), Some("173"));
}

#[test]
fn bad_codes_answer_none() {
    for bad in ["", "1", "21", "99", "12345", "abc", "17a", "０４０", "---", "1125!"] {
        assert_eq!(for_cameo(bad), None, "{bad:?}");
    }
}

#[test]
fn every_spec_kind_is_present() {
    let spec = [
        "spy",
        "recruit",
        "solicit",
        "defect",
        "grant_asylum",
        "accuse",
        "criticize",
        "protest",
        "deny",
        "confirm",
        "decline_comment",
        "investigate",
        "arrest",
        "charge",
        "convict",
        "expel",
        "deport",
        "release",
        "sanction",
        "hack",
        "threaten",
        "demand",
        "cooperate",
        "assassinate",
        "meet",
        "statement",
        "cameo",
    ];
    for name in spec {
        assert!(kind(name).is_some(), "kind {name} missing");
    }
    assert_eq!(kinds().len(), spec.len(), "kinds.tsv has kinds SPEC.md does not list");
}

#[test]
fn kinds_follow_spec_table() {
    let k = |n: &str| kind(n).unwrap_or_else(|| panic!("{n}"));
    assert_eq!(k("accuse").cameo, Some("1125"));
    assert_eq!(
        k("accuse").alternatives.iter().map(|a| a.cameo).collect::<Vec<_>>(),
        ["112", "1121"]
    );
    assert_eq!(
        (k("charge").plover_event, k("charge").plover_mode),
        (Some("ACCUSE"), Some("allege"))
    );
    assert_eq!(k("charge").cameo, Some("173"));
    assert_eq!(k("expel").alternatives[0].cameo, "161");
    assert_eq!(k("spy").cameo, None);
    assert_eq!(k("spy").plover_event, None);
    assert_eq!(k("decline_comment").target, Role::Absent);
    assert!(!k("decline_comment").takes_target);
    assert_eq!(k("arrest").actor, Role::Optional);
    assert!(k("meet").needs_actor_country);
    assert!(!k("arrest").needs_actor_country);
    assert_eq!(plover("demand", Some("100")), Some(("REQUEST", None)));
    assert_eq!(plover("sanction", Some("163")), Some(("SANCTION", Some("discontinue"))));
}

#[test]
fn cameo_kind_takes_plover_from_the_code() {
    assert_eq!(plover("cameo", Some("1121")), Some(("ACCUSE", Some("allege"))));
    assert_eq!(plover("cameo", Some("010")), None);
    assert_eq!(plover("cameo", None), None);
    assert_eq!(plover("statement", Some("010")), None);
    // A kind's own PLOVER wins over its code's (charge is coded 173 but is an allegation).
    assert_eq!(plover("charge", Some("173")), Some(("ACCUSE", Some("allege"))));
    assert_eq!(plover("no_such_kind", Some("040")), Some(("CONSULT", None)));
}

#[test]
fn kinds_with_a_plover_event_agree_with_their_code_or_say_why() {
    // Where a kind's PLOVER differs from its default code's, the kind's note must say so or
    // the difference is one SPEC.md states (charge: an allegation coded 173; deny/confirm: PLOVER
    // does not code 01x).
    for k in kinds() {
        let (Some(e), Some(code)) = (k.plover_event, k.cameo) else {
            continue;
        };
        if for_cameo(code) != Some((e, k.plover_mode)) {
            assert!(
                ["charge", "deny", "confirm"].contains(&k.name),
                "kind {} ({e}/{:?}) differs from CAMEO {code} ({:?})",
                k.name,
                k.plover_mode,
                for_cameo(code)
            );
        }
    }
}

#[test]
fn espionage_kinds_and_spy_sectors_give_intelligence() {
    for name in ["spy", "recruit", "solicit", "defect", "hack"] {
        assert!(context(name, &[], &[]).contains(&"intelligence"), "{name}");
    }
    assert_eq!(context("meet", &["GOV"], &["GOV"]), Vec::<&str>::new());
    assert_eq!(context("meet", &["GOV"], &["SPY"]), ["intelligence"]);
    assert_eq!(context("arrest", &["spy"], &[]), ["legal", "intelligence"]);
    assert_eq!(context("hack", &["SPY"], &[]), ["cyber", "intelligence"]);
    assert_eq!(context("no_such_kind", &[" SPY "], &[]), ["intelligence"]);
    assert_eq!(
        context_with_cameo("accuse", Some("1125"), &["GOV"], &[]),
        ["intelligence", "legal"]
    );
    assert_eq!(context_with_cameo("cameo", Some("0312"), &[], &[]), ["military"]);
}

#[test]
fn older_names_upgrade() {
    assert_eq!(upgrade("DEMAND", None), ("REQUEST", None));
    assert_eq!(upgrade("INVESTIGATE", None), ("ACCUSE", Some("investigate")));
    assert_eq!(upgrade("DISAPPROVE", None), ("ACCUSE", None));
    assert_eq!(
        upgrade("FIGHT", Some("heavy-weapons")),
        ("ASSAULT", Some("heavy-weapons"))
    );
    assert_eq!(upgrade("PROTEST", Some("strike-hun")), ("PROTEST", Some("hunger")));
    assert_eq!(upgrade("CONSULT", Some("host")), ("CONSULT", Some("visit")));
    assert_eq!(upgrade("COERCE", Some("curfew")), ("COERCE", Some("curfew")));
    assert_eq!(upgrade("THREATEN", Some("curfew")), ("THREATEN", Some("restrict")));
    assert_eq!(upgrade("AGREE", Some("")), ("AGREE", None));
}

const VOCAB_OK: &str = "field\tname\tgroup\tvalues\nevent\tCOERCE\tmaterial conflict\tarrest,cyber*\n\
                        context\t-\tany\tlegal,intelligence\nsector\tSPY\tx\tintelligence\n";

#[test]
fn vocabulary_marks_extensions() {
    let t = load(
        VOCAB_OK,
        "cameo\tevent\tmode\tcontext\tlabel\n17\tCOERCE\t\t\tcoerce\n",
        "kind\tcameo\talternatives\tplover_event\tplover_mode\tcontexts\tactor\ttarget\tactor_country\tgroups\tnote\n",
    )
    .expect("loads");
    let coerce = t.vocabulary.event("COERCE").expect("COERCE");
    assert_eq!(coerce.modes, ["arrest", "cyber"]);
    assert_eq!(coerce.extensions, ["cyber"]);
}

#[test]
fn table_errors_name_file_and_line() {
    let cameo = "cameo\tevent\tmode\tcontext\tlabel\n\
                 17\tCOERCE\t\t\tcoerce\n\
                 173\tCOERCE\tjail\tlegal\tarrest\n\
                 174\tCOERECE\t\t\tdeport\n\
                 17x\tCOERCE\t\t\tbad\n\
                 175\tCOERCE\t\tweather\tx\n\
                 176\tCOERCE\n\
                 173\tCOERCE\t\t\tagain\n\
                 1811\tCOERCE\t\t\tno root\n\
                 177\t\tarrest\t\tmode alone\n";
    let kinds =
        "kind\tcameo\talternatives\tplover_event\tplover_mode\tcontexts\tactor\ttarget\tactor_country\tgroups\tnote\n\
                 arrest\t999\t12\tCOERCE\tarrest\t\tmaybe\tnone\tperhaps\tstate_act;royal\t\n\
                 Bad-Name\t\t\t\t\t\trequired\toptional\tno\t\t\n";
    let errors = load(VOCAB_OK, cameo, kinds).expect_err("must fail").0;
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let want = [
        "data/events/cameo_plover.tsv:3: `jail` is not a mode of COERCE",
        "data/events/cameo_plover.tsv:4: unknown PLOVER event `COERECE`",
        "data/events/cameo_plover.tsv:5: `17x` is not a CAMEO code (2 to 4 digits)",
        "data/events/cameo_plover.tsv:6: unknown context `weather`",
        "data/events/cameo_plover.tsv:7: 2 fields, expected 5",
        "data/events/cameo_plover.tsv:8: code 173 listed twice",
        "data/events/cameo_plover.tsv:10: mode `arrest` without an event",
        "data/events/cameo_plover.tsv:9: code 1811 has no root row 18",
        "data/events/kinds.tsv:2: alternative `12`: expected CODE=when",
        "data/events/kinds.tsv:2: CAMEO code `999` is not in data/events/cameo_plover.tsv",
        "data/events/kinds.tsv:2: role `maybe`: expected required or optional",
        "data/events/kinds.tsv:2: actor_country `perhaps`: expected yes or no",
        "data/events/kinds.tsv:2: group `royal`: expected one of state_act, announced, speech, home_court, addressed, carries_content, reporter_agent, custody, government_act, court_act, answers, against, tells_content",
        "data/events/kinds.tsv:3: kind `Bad-Name`: lower-case letters and `_` only",
    ];
    for w in want {
        assert!(text.iter().any(|t| t == w), "missing `{w}` in:\n{}", text.join("\n"));
    }
    assert_eq!(text.len(), want.len(), "{}", text.join("\n"));
}

#[test]
fn bad_header_and_empty_tables_are_errors() {
    let errors = load("", "", "").expect_err("must fail").0;
    assert!(errors
        .iter()
        .any(|e| e.message == "empty table" && e.file == "data/events/kinds.tsv"));
    let errors = load(VOCAB_OK, "code\tevent\n", "").expect_err("must fail").0;
    assert!(errors
        .iter()
        .any(|e| e.line == 1 && e.message.starts_with("header must be")));
}
