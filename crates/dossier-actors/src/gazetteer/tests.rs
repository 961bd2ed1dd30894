//! Tests of the gazetteer: the built-in data (sizes, countries, sectors, ids, shared forms,
//! attributions, roles), the disambiguation rule, the parsers on malformed input, and the
//! stats.

use std::collections::HashSet;

use super::*;

fn gaz() -> &'static Gazetteer {
    match builtin() {
        Ok(g) => g,
        Err(e) => panic!("built-in gazetteer does not parse: {e}"),
    }
}

fn ids(services: &[&Service]) -> Vec<String> {
    services.iter().map(|s| s.id.clone()).collect()
}

// ------------------------------------------------------------------ the built-in data

#[test]
fn builtin_data_validates() {
    let issues = gaz().validate();
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert!(issues.is_empty(), "{} issues:\n{}", issues.len(), text.join("\n"));
}

#[test]
fn at_least_80_services_from_40_countries() {
    let g = gaz();
    let countries: HashSet<&str> = g.services.iter().map(|s| s.country.as_str()).collect();
    assert!(g.services.len() >= 80, "{} services", g.services.len());
    assert!(countries.len() >= 40, "{} countries", countries.len());
}

#[test]
fn every_service_has_an_iso_country_and_a_spec_sector() {
    let g = gaz();
    let codes: HashSet<&str> = g.countries.iter().map(|c| c.code.as_str()).collect();
    assert!(g.countries.len() >= 249, "iso3166.txt has {} codes", g.countries.len());
    for s in &g.services {
        assert!(codes.contains(s.country.as_str()), "{}: {}", s.id, s.country);
        assert!(Sector::ALL.contains(&s.sector), "{}", s.id);
        assert!(matches!(s.sector, Sector::Spy | Sector::Cop), "{}: {}", s.id, s.sector);
        assert_eq!(s.code().len(), 6, "{}", s.id);
    }
}

#[test]
fn ids_are_unique() {
    let g = gaz();
    let mut seen = HashSet::new();
    for s in &g.services {
        assert!(seen.insert(s.id.as_str()), "duplicate id {}", s.id);
    }
}

#[test]
fn every_shared_form_is_decided_by_a_rule() {
    let g = gaz();
    let shared = g.shared_forms();
    assert!(
        shared.len() >= 10,
        "expected the known collisions, found {}",
        shared.len()
    );
    for (form, holders) in &shared {
        assert!(
            holders.iter().all(|(_, f)| f.decides()),
            "`{form}` has a holder without a rule"
        );
        assert!(
            holders.iter().filter(|(_, f)| f.default).count() <= 1,
            "`{form}`: two defaults"
        );
    }
    let forms: HashSet<&str> = shared.iter().map(|(f, _)| *f).collect();
    for known in [
        "nis",
        "kgb",
        "cni",
        "ib",
        "sis",
        "dia",
        "gru",
        "mukhabarat",
        "national intelligence service",
    ] {
        assert!(forms.contains(known), "`{known}` should be shared");
    }
}

#[test]
fn forms_with_other_readings_are_marked() {
    let g = gaz();
    assert!(!g.other_readings.is_empty());
    for r in &g.other_readings {
        for c in g.lookup(&r.form) {
            assert!(
                c.name.flags.case_sensitive || c.name.flags.needs_context,
                "{}: `{}` ({})",
                c.service.id,
                c.name.text,
                r.meaning
            );
        }
    }
    let mit = g.lookup("MIT");
    assert_eq!(mit.len(), 1);
    assert!(mit[0].name.flags.needs_context);
}

// ------------------------------------------------------------------ lookup and the rule

#[test]
fn lookup_finds_names_aliases_and_native_forms() {
    let g = gaz();
    let code = |form: &str| -> Vec<String> { g.lookup(form).iter().map(|c| c.service.code()).collect() };
    assert_eq!(code("MI6"), ["GBRSPY"]);
    assert_eq!(code("Britain's secret intelligence service"), ["GBRSPY"]);
    assert_eq!(code("secret intelligence service"), ["GBRSPY"]);
    assert_eq!(code("Guoanbu"), ["CHNSPY"]);
    assert_eq!(code("国家安全部"), ["CHNSPY"]);
    assert_eq!(code("ФСБ"), ["RUSSPY"]);
    assert_eq!(code("Mossad"), ["ISRSPY"]);
    assert_eq!(code("FBI"), ["USACOP"]);
    assert_eq!(code("MPS"), ["CHNCOP"]);
    // Case-sensitive forms do not match other spellings.
    assert!(g.lookup("mit").is_empty());
    assert!(g.lookup("raw").is_empty());
    assert_eq!(code("RAW"), ["INDSPY"]);
}

#[test]
fn resolve_applies_the_disambiguation_rule() {
    let g = gaz();
    let id = |form: &str, countries: &[&str], date: Option<PartialDate>| {
        g.resolve(form, &Context { countries, date }).map(|s| s.id.clone())
    };
    let none: &[&str] = &[];
    // default when nothing else decides; country when mentioned.
    assert_eq!(id("NIS", none, None).as_deref(), Some("KOR-NIS"));
    assert_eq!(id("NIS", &["KEN"], None).as_deref(), Some("KEN-NIS"));
    assert_eq!(id("NIS", &["NOR", "USA"], None).as_deref(), Some("NOR-NIS"));
    assert_eq!(id("KGB", none, None).as_deref(), Some("SUN-KGB"));
    assert_eq!(id("KGB", &["BLR"], None).as_deref(), Some("BLR-KGB"));
    assert_eq!(id("GRU", none, None).as_deref(), Some("RUS-GRU"));
    assert_eq!(id("GRU", &["SUN"], None).as_deref(), Some("SUN-GRU"));
    assert_eq!(
        id("Main Intelligence Directorate", &["UKR"], None).as_deref(),
        Some("UKR-HUR")
    );
    assert_eq!(id("IB", none, None).as_deref(), Some("IND-IB"));
    assert_eq!(id("IB", &["PAK"], None).as_deref(), Some("PAK-IB"));
    // No default: undecided without context.
    assert_eq!(id("CNI", none, None), None);
    assert_eq!(id("CNI", &["MEX"], None).as_deref(), Some("MEX-CNI"));
    assert_eq!(id("CNI", &["ESP"], None).as_deref(), Some("ESP-CNI"));
    // Same country: the date decides.
    assert_eq!(
        id("Mukhabarat", &["IRQ"], Some(PartialDate::ymd(1995, 6, 1))).as_deref(),
        Some("IRQ-IIS")
    );
    assert_eq!(
        id("Mukhabarat", &["IRQ"], Some(PartialDate::ymd(2019, 1, 1))).as_deref(),
        Some("IRQ-INIS")
    );
    assert_eq!(id("Mukhabarat", &["JOR"], None).as_deref(), Some("JOR-GID"));
    // Case-sensitive forms and unknown forms.
    assert_eq!(id("nis", &["KEN"], None), None);
    assert_eq!(id("Ministry of Silly Walks", none, None), None);
    // A form held by one service needs no rule.
    assert_eq!(id("mossad", none, None).as_deref(), Some("ISR-MOSSAD"));
}

#[test]
fn successions_read_both_ways() {
    let g = gaz();
    let after_kgb = ids(&g.successors("SUN-KGB"));
    for id in ["RUS-FSB", "RUS-SVR", "BLR-KGB"] {
        assert!(after_kgb.contains(&id.to_string()), "{after_kgb:?}");
    }
    assert_eq!(ids(&g.predecessors("RUS-FSB")), ["SUN-KGB"]);
    assert_eq!(ids(&g.predecessors("FRA-DGSE")), ["FRA-SDECE"]);
    assert_eq!(ids(&g.successors("ARG-AFI")), ["ARG-SIDE"]);
    let kgb = g.service("SUN-KGB").map(|s| s.valid);
    assert_eq!(kgb, Some(DateRange::parse("1954-03-13..1991-12-03").ok()));
}

#[test]
fn attributions_name_the_service_and_who_said_so() {
    let g = gaz();
    let owner = |group: &str| -> Vec<String> { g.attributed(group).iter().map(|(s, _)| s.id.clone()).collect() };
    assert_eq!(owner("APT28"), ["RUS-GRU"]);
    assert_eq!(owner("fancy bear"), ["RUS-GRU"]);
    assert_eq!(owner("Unit 74455"), ["RUS-GRU"]);
    assert_eq!(owner("APT29"), ["RUS-SVR"]);
    assert_eq!(owner("Turla"), ["RUS-FSB"]);
    assert_eq!(owner("APT1"), ["CHN-3PLA"]);
    assert_eq!(owner("APT40"), ["CHN-MSS"]);
    assert_eq!(owner("APT31"), ["CHN-MSS"]);
    assert_eq!(owner("Lazarus Group"), ["PRK-RGB"]);
    assert_eq!(owner("Charming Kitten"), ["IRN-IRGC-IO"]);
    assert_eq!(owner("MuddyWater"), ["IRN-MOIS"]);
    let apt28 = g.attributed("APT28");
    assert!(apt28[0].1.by.iter().any(|b| b == "US DOJ 2018"));
    assert!(g
        .services
        .iter()
        .flat_map(|s| &s.attributions)
        .all(|a| !a.by.is_empty()));
}

#[test]
fn roles_cover_the_trade() {
    let g = gaz();
    for (form, kind) in [
        ("spy chief", RoleKind::Leader),
        ("spymasters", RoleKind::Leader),
        ("case officer", RoleKind::Officer),
        ("handlers", RoleKind::Handler),
        ("operatives", RoleKind::Officer),
        ("asset", RoleKind::Agent),
        ("moles", RoleKind::Agent),
        ("informant", RoleKind::Agent),
        ("defectors", RoleKind::Defector),
        ("double agent", RoleKind::DoubleAgent),
        ("spies", RoleKind::Spy),
        ("hacker group", RoleKind::Hacker),
        ("counterintelligence officer", RoleKind::Officer),
        ("intelligence officers", RoleKind::Officer),
        ("analyst", RoleKind::Analyst),
    ] {
        let role = g.role(form).unwrap_or_else(|| panic!("no role `{form}`"));
        assert_eq!(role.role, kind, "{form}");
    }
    assert!(g.role("source").is_some_and(|r| r.weak));
    assert!(g.role("spy").is_some_and(|r| !r.weak && r.sector == Sector::Spy));
}

#[test]
fn stats_count_the_data() {
    let stats = gaz().stats();
    println!("{stats}");
    assert!(stats.services >= 80);
    assert!(stats.countries >= 40);
    assert!(stats.forms > stats.services * 3);
    assert!(stats.distinct_forms <= stats.forms);
    assert!(stats.shared_forms >= 10);
    assert!(stats.attributions >= 15);
    assert!(stats.attributed_groups > stats.attributions);
    assert!(stats.roles >= 40);
    assert!(stats.role_forms >= 2 * stats.roles - 1);
    assert_eq!(stats.kinds.iter().map(|(_, n)| n).sum::<usize>(), stats.services);
}

// ------------------------------------------------------------------ parsers and checks

const ISO: &str = "AAA | Aland\nBBB | Bland\nSUN | Soviet Union | 1922..1991\n";

fn small(services: &str) -> Result<Gazetteer, GazetteerError> {
    Gazetteer::from_sources(&Sources {
        services: &[("test.txt", services)],
        roles: ("roles.txt", "spy | spies | SPY | spy |\n"),
        countries: ("iso.txt", ISO),
        other_readings: ("other.txt", ""),
    })
}

fn parse_error(text: &str) -> String {
    match parse_services("bad.txt", text) {
        Ok(s) => panic!("parsed {} services from malformed text:\n{text}", s.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn malformed_services_give_file_and_line() {
    let head = "[AAA-X]\nname: X\ncountry: AAA\nsector: SPY\nkind: foreign\n";
    let cases: &[(&str, &str)] = &[
        ("name: orphan\n", "bad.txt:1: `name:` outside a block"),
        ("[AAA-X\n", "bad.txt:1: `[AAA-X`: expected `[ID]`"),
        ("[aaa-x]\n", "bad.txt:1: `aaa-x` is not an id"),
        ("# c\n[AAA-X]\nname: X\n", "bad.txt:2: [AAA-X] has no `country:`"),
        ("[AAA-X]\nname X\n", "bad.txt:2: `name X`: expected `key: value`"),
        ("[AAA-X]\nname:\n", "bad.txt:2: `name:` has no value"),
        ("[AAA-X]\ncolour: red\n", "bad.txt:2: unknown field `colour:`"),
        ("[AAA-X]\nsector: SPIES\n", "bad.txt:2: unknown sector `SPIES`"),
        ("[AAA-X]\nkind: secret\n", "bad.txt:2: unknown kind `secret`"),
        ("[AAA-X]\ncountry: Aland\n", "bad.txt:2: `Aland` is not an ISO-3166"),
        ("[AAA-X]\nname: X\nname: Y\n", "bad.txt:3: `name:` given twice"),
        ("[AAA-X]\nalias: A | | B\n", "bad.txt:2: empty name"),
        ("[AAA-X]\nalias: A [loud]\n", "bad.txt:2: unknown flag `loud`"),
        ("[AAA-X]\nalias: A cs]\n", "bad.txt:2: `A cs]`: `]` without `[`"),
        ("[AAA-X]\nvalid: 1991\n", "bad.txt:2: `1991` is not a range"),
        ("[AAA-X]\nvalid: 1991-13..\n", "bad.txt:2: `1991-13` is not a date"),
        (
            "[AAA-X]\nvalid: 2000..1990\n",
            "bad.txt:2: `2000..1990`: the range ends before it starts",
        ),
        (
            "[AAA-X]\nsuccessor-of: AAA-Y (1991\n",
            "bad.txt:2: `AAA-Y (1991`: expected `ID (YYYY)`",
        ),
        ("[AAA-X]\nsuccessor-of: nobody\n", "bad.txt:2: `nobody` is not an id"),
        (
            "[AAA-X]\nattributed: APT0 ; by\n",
            "bad.txt:2: `by`: expected `unit:`, `by:` or `note:`",
        ),
        (
            "[AAA-X]\nattributed: APT0 ; who: me\n",
            "bad.txt:2: unknown attribution field `who`",
        ),
        (
            "[AAA-X]\nattributed: APT0 | ; by: me\n",
            "bad.txt:2: `APT0 | ; by: me`: empty group name",
        ),
    ];
    for (text, expected) in cases {
        let got = parse_error(text);
        assert!(
            got.starts_with(expected),
            "for {text:?}\n got: {got}\nwant: {expected}…"
        );
    }
    // The good head parses, with comments anywhere.
    let ok = parse_services("ok.txt", &format!("# header\n{head}alias: Y # trailing comment\n"));
    assert_eq!(ok.map(|s| s[0].aliases[0].text.clone()), Ok("Y".to_string()));
}

#[test]
fn malformed_roles_and_countries_give_file_and_line() {
    let role = |t: &str| parse_roles("roles.txt", t).map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        role("spy | spies | SPY\n"),
        Err("roles.txt:1: expected `noun | plurals | SECTOR | role | flags`, found 3 columns".into())
    );
    assert!(role("\nspy | | SPY | spy\n").is_err_and(|e| e.starts_with("roles.txt:2: empty plural column")));
    assert!(role("spy | spies | SPIES | spy\n").is_err_and(|e| e.starts_with("roles.txt:1: unknown sector")));
    assert!(role("spy | spies | SPY | sleuth\n").is_err_and(|e| e.starts_with("roles.txt:1: unknown role")));
    assert!(role("spy | spies | SPY | spy | loud\n").is_err_and(|e| e.starts_with("roles.txt:1: unknown role flag")));
    assert_eq!(role("spy | - | SPY | spy | weak, inherit\n"), Ok(()));
    let iso = |t: &str| parse_countries("iso.txt", t).map(|_| ()).map_err(|e| e.to_string());
    assert!(iso("Gbr | Britain\n").is_err_and(|e| e.starts_with("iso.txt:1: `Gbr` is not")));
    assert!(iso("GBR\n").is_err_and(|e| e.starts_with("iso.txt:1: expected")));
    assert!(iso("SUN | USSR | 1991\n").is_err_and(|e| e.starts_with("iso.txt:1: `1991` is not a range")));
    let other = parse_other_readings("other.txt", "MIT\n").map_err(|e| e.to_string());
    assert_eq!(other, Err("other.txt:1: expected `FORM | other meaning`".into()));
    // Arbitrary bytes as text never panic.
    for junk in [
        "\u{0}\u{1}[",
        "]]]:::|||",
        "[AAA-]\n",
        "[AAA-X]\nalias: [cs]\n",
        "[ÄÄÄ-X]\n",
        "[AAA-X]\nvalid: ..\n",
    ] {
        assert!(parse_services("junk.txt", junk).is_err(), "{junk:?}");
    }
}

#[test]
fn validation_finds_cross_entry_problems() {
    let text = "\
[AAA-ONE]
name: One
country: AAA
sector: SPY
kind: foreign
alias: ABC | DUP | Dup

[AAA-TWO]
name: Two
country: BBB
sector: COP
kind: foreign
alias: ABC
parent: AAA-NONE

[AAA-TWO]
name: Three
country: ZZZ
sector: SPY
kind: domestic
successor-of: AAA-GONE
attributed: APT0

[SUN-OLD]
name: Old
country: SUN
sector: SPY
kind: combined
alias: XY [if-country] | QQ [default] | Q2 [if-date]
";
    let g = match small(text) {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    };
    let issues: Vec<String> = g.validate().iter().map(ToString::to_string).collect();
    let has = |needle: &str| issues.iter().any(|i| i.contains(needle));
    assert!(has("test.txt:16: id AAA-TWO already used at test.txt:8"), "{issues:#?}");
    assert!(has("id AAA-TWO does not start with its country BBB"), "{issues:#?}");
    assert!(has("country ZZZ is not in iso3166.txt"), "{issues:#?}");
    assert!(has("SUN is a former state"), "{issues:#?}");
    assert!(has("kind foreign goes with sector SPY, not COP"), "{issues:#?}");
    assert!(has("parent AAA-NONE is not another entry"), "{issues:#?}");
    assert!(has("link to AAA-GONE is not another entry"), "{issues:#?}");
    assert!(has("attribution of APT0 does not say `by:` whom"), "{issues:#?}");
    assert!(has("`Q2` is if-date but there is no `valid:`"), "{issues:#?}");
    assert!(
        has("test.txt:1: `abc` is shared by AAA-ONE, AAA-TWO; AAA-ONE needs"),
        "{issues:#?}"
    );
    // A form one service holds twice is no collision, but a duplicate.
    assert!(has("test.txt:1: AAA-ONE: form `Dup` given twice"), "{issues:#?}");
    assert!(!has("`dup` is shared"), "{issues:#?}");
}

#[test]
fn shadowed_holders_are_found() {
    let text = "\
[AAA-A]
name: A
country: AAA
sector: SPY
kind: foreign
alias: ZED [if-country, default]

[AAA-B]
name: B
country: AAA
sector: SPY
kind: foreign
alias: ZED [if-country]

[BBB-C]
name: C
country: BBB
sector: SPY
kind: foreign
alias: ZED [if-country] | WYE [default]

[BBB-D]
name: D
country: BBB
sector: SPY
kind: foreign
alias: WYE [default]
";
    let g = match small(text) {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    };
    let issues: Vec<String> = g.validate().iter().map(ToString::to_string).collect();
    let has = |needle: &str| issues.iter().any(|i| i.contains(needle));
    // AAA-A and AAA-B share a country and no date tells them apart: a mention of AAA keeps
    // both, the default wins, and AAA-B is never chosen.
    assert!(
        has("test.txt:8: `zed` is shared by AAA-A, AAA-B, BBB-C, and no context chooses AAA-B"),
        "{issues:#?}"
    );
    assert!(!has("no context chooses AAA-A"), "{issues:#?}");
    assert!(!has("no context chooses BBB-C"), "{issues:#?}");
    assert!(
        has("`wye` has more than one `default` among BBB-C, BBB-D"),
        "{issues:#?}"
    );
}

#[test]
fn date_ranges() {
    let r = |t: &str| DateRange::parse(t).unwrap_or_else(|e| panic!("{e}"));
    let d = |t: &str| PartialDate::parse(t).unwrap_or_else(|e| panic!("{e}"));
    assert!(r("1954-03-13..1991-12-03").contains(d("1991")));
    assert!(r("1954-03-13..1991-12-03").contains(d("1991-12-03")));
    assert!(!r("1954-03-13..1991-12-03").contains(d("1991-12-04")));
    assert!(!r("1954-03-13..1991-12-03").contains(d("1954-03-12")));
    assert!(r("..2003").contains(d("1700")));
    assert!(r("2004..").contains(d("2099-01-01")));
    assert!(!r("..2003").overlaps(&r("2004..")));
    assert!(!r("..2016").overlaps(&r("2016..")), "a renaming within one year");
    assert!(r("..2016-06").overlaps(&r("2016-01..")));
    assert_eq!(r("1991-12..").to_string(), "1991-12..");
    assert!(PartialDate::parse("91").is_err());
    assert!(PartialDate::parse("1991-02-00").is_err());
    assert!(PartialDate::parse("1991-1").is_err());
}

#[test]
fn heirs_of_former_states_services_follow_the_date_and_the_documents_countries() {
    let g = builtin().expect("builtin gazetteer");
    let kgb = g.services.iter().position(|s| s.id == "SUN-KGB").expect("SUN-KGB");
    let ctx = |countries: &'static [&'static str], date: &str| Context {
        countries,
        date: Some(PartialDate::parse(date).expect("date")),
    };
    assert_eq!(g.heir(kgb, &ctx(&[], "2005")).map(|s| s.country.as_str()), Some("RUS"));
    assert_eq!(
        g.heir(kgb, &ctx(&["BLR"], "2005")).map(|s| s.country.as_str()),
        Some("BLR")
    );
    assert!(g.heir(kgb, &ctx(&[], "1988-02")).is_none());
    let living = g
        .services
        .iter()
        .position(|s| s.country == "FRA")
        .expect("a French service");
    assert!(g.heir(living, &ctx(&[], "2005")).is_none());
}
