//! Tests of the harness on inline samples written for them: the tolerant XML reader, the
//! PETRARCH-style actor matcher and the scoring.

use super::actors::ActorMatcher;
use super::*;
use dossier_dict::Format;

const XML: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a stray comment line, as upstream files have
<Environment>
    <Verbfile>TEST.verbs.txt</Verbfile>
    <Actorfile>a.txt, b.txt</Actorfile>
    <Include>valid ALPHA</Include>
</Environment>
<Sentences>
<Sentence category="ALPHA" date="20200101" id="A_1" evaluate="true"/>
<EventCoding eventcode="111" sourcecode="FRE" targetcode="SYL" />
<Text>
Freedonia condemned
Sylvania &amp; friends.
</Text>
<Parse>
1	Freedonia	Freedonia	PROPN	NNP	_	2	nsubj	_	_
2	condemned	condemn	VERB	VBD	_	0	root	_	_
3	Sylvania	Sylvania	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
<Sentence source="BETA" date="20200101" id="B_1" sentence="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence source="BETA" id="B_2">
<EventCoding error="sentencediscard" />
<Text>Freedonia condemned baseball.</Text>
</Sentence>
</Sentences>
</Validation>
"#;

#[test]
fn reads_well_and_badly_formed_records() {
    let s = parse_suite(XML).unwrap();
    assert_eq!(s.environment.verbfile.as_deref(), Some("TEST.verbs.txt"));
    assert_eq!(s.environment.actorfiles, ["a.txt", "b.txt"]);
    assert_eq!(s.environment.include, ["valid", "ALPHA"]);
    assert_eq!(s.records.len(), 3);
    let a = &s.records[0];
    assert_eq!(
        (a.id.as_str(), a.category.as_str(), a.date.as_deref()),
        ("A_1", "ALPHA", Some("20200101"))
    );
    assert_eq!(a.text, "Freedonia condemned Sylvania & friends.");
    assert_eq!(a.expected.len(), 1);
    assert_eq!(a.parse.as_deref().map(|p| p.lines().count()), Some(3));
    assert!(s.records[1].noevents && s.records[1].category == "BETA");
    assert_eq!(s.records[2].error.as_deref(), Some("sentencediscard"));
    // Unbalanced end tags end the record instead of failing the file.
    let s = parse_suite("<Sentence id=\"x\"/></Sentence></Sentences><Sentence id=\"y\"></Sentence>").unwrap();
    assert_eq!(s.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["x", "y"]);
}

fn test_set() -> &'static DictionarySet {
    let files = [
        ("v", Format::Verbs, "--- CONDEMN [111] ---\nCONDEMN\n"),
        (
            "a",
            Format::Actors,
            "FREEDONIA [FRE]\nSYLVANIA [SYL]\nLATVERIA\n\t[LAT <191231]\n\t[LTV >20200101]\n",
        ),
        (
            "g",
            Format::Agents,
            "MINISTER [~GOV]\nPOLICE {} [~COP]\nMSF {} [NGO~]\n",
        ),
        ("d", Format::Discards, "BASEBALL\n"),
    ];
    Box::leak(Box::new(dossier_dict::load("t", &files, None).unwrap()))
}

fn spans_of(conllu: &str, date: &str) -> Vec<String> {
    let doc = dossier_events::cameo::given::document_from_conllu("t", conllu).unwrap();
    let tree = Tree::from_document(&doc, 0).unwrap();
    let m = ActorMatcher::new(test_set());
    m.spans(&tree, Some(date)).into_iter().filter_map(|s| s.code).collect()
}

#[test]
fn noun_phrases_mix_actors_and_agents() {
    // "the Freedonia minister", "the minister of Sylvania", "MSF police", dated "Latveria".
    let c = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n2\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n3\tminister\tminister\tNOUN\tNN\t_\t0\troot\t_\t_\n";
    assert_eq!(spans_of(c, "20200101"), ["FREGOV"]);
    let c = "1\tministers\tminister\tNOUN\tNNS\t_\t0\troot\t_\t_\n2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_\n3\tSylvania\tSylvania\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n5\tLatveria\tLatveria\tPROPN\tNNP\t_\t3\tconj\t_\t_\n";
    let got = spans_of(c, "20200301");
    assert!(
        got.contains(&"SYLGOV".to_string()) && got.contains(&"LTVGOV".to_string()),
        "{got:?}"
    );
    let got = spans_of(c, "20100301");
    assert!(got.contains(&"LATGOV".to_string()), "{got:?}");
    let c = "1\tMSF\tMSF\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n2\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n3\tpolice\tpolice\tNOUN\tNN\t_\t0\troot\t_\t_\n";
    assert_eq!(spans_of(c, "20200101"), ["NGOFRECOP"]);
    // An agent alone: no country.
    let c = "1\tpolice\tpolice\tNOUN\tNN\t_\t0\troot\t_\t_\n";
    assert_eq!(spans_of(c, "20200101"), ["---COP"]);
}

#[test]
fn scores_exact_correct_uncoded_extra() {
    let suite = parse_suite(XML).unwrap();
    let set = test_set();
    let coder = CameoCoder::new(set);
    let m = ActorMatcher::new(set);
    let r = run(&suite, &coder, &m, None);
    assert_eq!(r.overall.sentences, 3);
    // A_1 is coded exactly; B_1 and B_2 have no parse and expect nothing.
    assert_eq!(r.overall.exact, 3, "{:#?}", r.outcomes);
    assert_eq!((r.overall.gold, r.overall.correct, r.overall.extra), (1, 1, 0));
    assert_eq!(r.overall.correct_pct(), 100.0);
    assert_eq!(r.by_category.len(), 2);
    let j = r.overall.json();
    for k in ["sentences", "exact_pct", "correct_pct", "uncoded_pct", "extra_pct"] {
        assert!(j.get(k).is_some(), "{k}");
    }
}
