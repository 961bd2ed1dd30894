//! Tests of the overlay (on inline samples) and of the embedded dictionary sets: zero refused
//! lines, known entries, the espionage corrections, stats. Tests only; no loader logic here.

use super::tests::{date, messages, ACTORS, VERBS};
use super::*;

const OVERLAY_SAMPLE: &str = "\
# comment
pattern CHARGE | - ESPIONAGE * | 1122 => 1125 | espionage
verb SPY | 090 => --- kind=spy | spying
actor SAM_GAMGEE | HOBMIL => HOBSPY | test
line v | - * CRIME [080!] | - * CRIME [080] | bang
line v | - * ABC | DROP | no code
line v:38 | ~ nothing here | ~ a = b\\n~ c = d | split
";

#[test]
fn overlay_applies_and_reports() {
    let o = Overlay::parse(OVERLAY_SAMPLE).unwrap();
    assert_eq!(o.rules.len(), 6);
    let files = [
        ("v", Format::Verbs, VERBS),
        ("a", Format::Actors, ACTORS),
        ("g", Format::Agents, "X [~Y]\n"),
        ("d", Format::Discards, "A\n"),
    ];
    let set = load("test", &files, Some(&o)).unwrap();
    assert_eq!(set.overlay.len(), 6);
    assert!(set.overlay.iter().all(|a| a.matches == 1), "{:?}", set.overlay);
    let accuse = &set.verbs.blocks[0];
    let esp = accuse.patterns.iter().find(|p| p.text() == "- ESPIONAGE *").unwrap();
    assert_eq!(esp.code.to_string(), "1125");
    let (_, spy) = set.verbs.find_verb("spies").pop().unwrap();
    assert_eq!(
        (spy.code.as_ref().unwrap().is_null(), spy.kind.as_deref()),
        (true, Some("spy"))
    );
    assert_eq!(
        set.find_actor("SAM GAMGEE")[0].code_at(Some(date("2011-01-01"))),
        Some("HOBSPY")
    );
    assert!(accuse.patterns.iter().any(|p| p.text() == "- * CRIME"));
    assert_eq!(
        set.verbs.transformations.len(),
        3,
        "one line split into two, both at line 38"
    );
    assert!(set.verbs.transformations.iter().skip(1).all(|t| t.line == 38));
    let refused: Vec<usize> = set.refused.iter().filter(|e| e.file == "v").map(|e| e.line).collect();
    assert!(
        !refused.contains(&31) && !refused.contains(&33) && !refused.contains(&38),
        "{refused:?}"
    );
}

#[test]
fn overlay_rules_that_match_nothing_fail_loudly() {
    let o = Overlay::parse(
        "pattern CHARGE | - ESPIONAGE * | 1125 => 1124 | wrong old code\nverb NOPE | 1 => 2 | no such verb\nactor NOBODY | A => B | none\nline v | nothing like this | DROP | none\nline v:2 | ACCUSE | DROP | wrong line\npattern CHARGE | - * ( | 1 => 2 | bad\n",
    )
    .unwrap();
    let files = [
        ("v", Format::Verbs, VERBS),
        ("g", Format::Agents, "X [~Y]\n"),
        ("d", Format::Discards, "A\n"),
    ];
    let err = load("test", &files, Some(&o)).unwrap_err();
    let lines: Vec<usize> = err.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [1, 2, 3, 4, 5, 6]);
    assert!(err.errors.iter().all(|e| e.file == overlay::OVERLAY_FILE));
    assert!(
        err.to_string()
            .contains("overlay.txt:1: pattern rule `CHARGE: - ESPIONAGE *` (1125 => 1124) matches nothing any more"),
        "{err}"
    );
    assert!(err.errors[5].message.contains("unclosed"), "{}", err.errors[5]);
    let bad = Overlay::parse("pattern X | Y\nfrob A | B | C | D\nverb A | 1 -> 2 | r\n").unwrap_err();
    assert_eq!(
        messages(&bad),
        [
            "data/dictionaries/overlay.txt:1: `pattern` rule wants 4 fields separated by ` | `, got 2",
            "data/dictionaries/overlay.txt:2: unknown rule kind `frob` (line, pattern, verb, actor)",
            "data/dictionaries/overlay.txt:3: change wants `OLD => NEW`",
        ]
    );
}

#[test]
fn phoenix_loads_with_zero_refused_lines_and_the_overlay() {
    let set = phoenix().unwrap_or_else(|e| panic!("{e}"));
    assert!(set.refused.is_empty());
    assert_eq!(set.actors.len(), 3);
    // A date-ranged code resolves differently before and after its date.
    let sisi = set.find_actor("ABDEL-FATTAH EL-SISSI");
    assert_eq!(sisi.len(), 1);
    assert_eq!(sisi[0].code_at(Some(date("2013-01-01"))), Some("EGYGOVMIL"));
    assert_eq!(sisi[0].code_at(Some(date("2014-05-01"))), Some("EGYELI"));
    assert_eq!(sisi[0].code_at(Some(date("2014-06-08"))), Some("EGYGOV"));
    assert_eq!(sisi[0].code_for(Some("2025-06-02")), Some("EGYGOV"));
    assert_eq!(
        sisi[0].code_for(Some("not a date")),
        Some("EGYGOV"),
        "unknown date: the role still open today"
    );
    let cameron = set.find_actor("DAVID CAMERON");
    assert_eq!(
        cameron[0].code_at(Some(date("2010-05-11"))),
        Some("GBRGOV"),
        "overlay-fixed date"
    );
    // A phrase the overlay gave back its missing `+`: now coded with its entry.
    let brezhnev = set.find_actor("LEONID ILYICH BREZHNEV");
    assert_eq!(brezhnev.len(), 1);
    assert_eq!(brezhnev[0].code_at(Some(date("1970-01-01"))), Some("RUSGOV"));
    // FSB after the overlay.
    let fsb = set.find_actor("FSB");
    assert_eq!(fsb.len(), 1);
    assert_eq!(fsb[0].code_at(Some(date("2025-06-02"))), Some("RUSSPY"));
    assert_eq!(fsb[0].primary().text(), "FEDERAL SECURITY SERVICE");
    // Verbs: the SPY block and its forms, patterns with SPY, the espionage recodes.
    let v = &set.verbs;
    let (spy_block, spy) = v.find_verb("spied").pop().unwrap();
    assert_eq!(spy_block.name, "SPY");
    assert_eq!(spy.kind.as_deref(), Some("spy"));
    let spy_patterns: Vec<String> = v
        .blocks
        .iter()
        .flat_map(|b| &b.patterns)
        .filter(|p| p.text().contains("SPY"))
        .map(|p| p.text())
        .collect();
    assert!(
        spy_patterns.contains(&"- * {SPY MISSIONS}".to_string()),
        "{spy_patterns:?}"
    );
    let charge = v.blocks_for("CHARGE");
    assert_eq!(charge.len(), 1);
    let code_of = |text: &str| -> Vec<String> {
        charge[0]
            .patterns
            .iter()
            .filter(|p| p.text() == text)
            .map(|p| p.code.to_string())
            .collect()
    };
    assert_eq!(code_of("- ESPIONAGE *"), ["1125"]);
    assert_eq!(code_of("- * (WITH {&FIGHT &CRIME})"), ["1124", "1124"]);
    let expel_codes: Vec<String> = v
        .blocks_for("EXPEL")
        .iter()
        .flat_map(|b| &b.patterns)
        .filter(|p| p.text() == "- * DIPLOMAT" || p.text() == "- * DIPLOMATS")
        .map(|p| p.code.to_string())
        .collect();
    assert_eq!(expel_codes, ["166", "166"]);
    for verb in ["admitted", "confesses"] {
        let (b, x) = v.find_verb(verb).pop().unwrap();
        assert_eq!(b.verb_code(x).to_string(), "015", "{verb}");
    }
    let (b, defect) = v.find_verb("defected").pop().unwrap();
    assert!(b.verb_code(defect).is_null());
    assert_eq!(defect.kind.as_deref(), Some("defect"));
    assert_eq!(set.overlay.len(), Overlay::parse(OVERLAY_TEXT).unwrap().rules.len());
    // The other formats.
    assert!(set.agents.find("ambassadors").iter().any(|a| a.code.code == "GOV"));
    assert!(set
        .agents
        .find("ISLAMIC EXTREMIST")
        .iter()
        .any(|a| a.code.code == "MUSRAD"));
    assert!(set.discards.entries.iter().any(|d| d.phrase.text() == "BASEBALL"));
    assert!(set.prepositions.as_ref().unwrap().contains(&"vis-à-vis".to_string()));
    assert_eq!(
        set.ontology.as_ref().unwrap().get("010").unwrap().values,
        [vec![0x1000]]
    );
    let issues = set.issues.as_ref().unwrap();
    assert!(issues.entries.iter().any(|e| e.phrase == "intimidation of the media"));
}

#[test]
fn validation_sets_load_and_list_their_deliberate_errors() {
    let ptb = validate_ptb().unwrap_or_else(|e| panic!("{e}"));
    let ud = validate_ud().unwrap_or_else(|e| panic!("{e}"));
    for r in ptb.refused.iter().chain(&ud.refused) {
        assert!(
            r.file.contains("Validate.verbs"),
            "only the verb files hold error tests: {r}"
        );
    }
    assert_eq!(ptb.refused.len(), 10, "{:#?}", ptb.refused);
    assert_eq!(ud.refused.len(), 4, "{:#?}", ud.refused);
    let gollum = ptb.find_actor("SMEAGOL");
    assert_eq!(gollum[0].code_at(Some(date("1994-01-01"))), Some("HOB"));
    assert_eq!(gollum[0].code_at(Some(date("1997-01-01"))), Some("HOBGOV"));
    assert_eq!(gollum[0].code_at(Some(date("2000-01-01"))), Some("HOBREB"));
    assert_eq!(ud.verbs.synset_phrases("TESTSYN3").len(), 3);
}

#[test]
fn stats_count_every_file() {
    let stats = stats().unwrap_or_else(|e| panic!("{e}"));
    println!("{stats}");
    let json = serde_json::to_string(&stats).unwrap();
    assert!(json.contains("\"dated_codes\""));
    let phoenix = &stats.sets[0];
    assert_eq!((phoenix.set, phoenix.files.len(), phoenix.refused), ("phoenix", 9, 0));
    let countries = stats.file("phoenix", "Phoenix.Countries.actors.txt").unwrap();
    assert!(countries.counts.get("entries").unwrap() > 10_000);
    assert!(countries.counts.get("dated_codes").unwrap() > 10_000);
    let cameo = stats.file("phoenix", "CAMEO.2.0.txt").unwrap();
    assert!(cameo.counts.get("patterns").unwrap() > 4_500);
    assert_eq!(cameo.counts.get("transformations"), Some(8));
}
