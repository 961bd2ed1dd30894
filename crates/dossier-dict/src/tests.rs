//! Tests of the dictionary readers: inline samples with malformed lines, one group per format.
//! Tests only; no reader logic here (the overlay and the embedded sets: `tests_embedded.rs`).

use super::common::{content_lines, CommentStyle};
use super::*;

pub(super) fn date(s: &str) -> DictDate {
    DictDate::parse_iso(s).unwrap()
}

pub(super) fn messages(refused: &[DictError]) -> Vec<String> {
    refused.iter().map(|e| e.to_string()).collect()
}

#[test]
fn comments_dates_phrases() {
    let text =
        "A # c1\n<!-- one -->\nB ; legacy\n<!-- start\nhidden\nend -->\n<! -- sloppy -->\n\n  \nC <!-- x -->\r\n";
    let lines: Vec<(usize, &str)> = content_lines(text, CommentStyle::HashAndSemicolon)
        .iter()
        .map(|l| (l.no, l.text))
        .collect();
    assert_eq!(lines, vec![(1, "A"), (3, "B"), (10, "C")]);
    assert_eq!(DictDate::parse_compact("300101").unwrap(), date("2030-01-01"));
    assert_eq!(DictDate::parse_compact("310101").unwrap(), date("1931-01-01"));
    assert_eq!(DictDate::parse_compact("19411207").unwrap(), date("1941-12-07"));
    assert!(DictDate::parse_compact("20100229").is_err());
    assert!(DictDate::parse_compact("2004017").is_err());
    let p = Phrase::parse("human rights_body_").unwrap();
    assert_eq!(p.words, ["HUMAN", "RIGHTS", "BODY"]);
    assert_eq!(p.gaps, [true, false]);
    assert!(!p.open_end);
    assert_eq!(p.to_string(), "HUMAN RIGHTS_BODY_");
}

pub(super) const ACTORS: &str = "\
# header
AFGHANISTAN_  [AFG]
+AFGHAN_
+kabul  # lower case
SAM_GAMGEE [HOB]  # default
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112]
\t[HOBMIL 20080120 - 20121109]
\t[HOBELI > 20130119]
JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers
PALESTINIAN [pse]
\t[XXX 2004017-20061201]
+BAD]_
\t[YYY 20121207-20120802]
NO_CODE_YET
FOO {BAR}
\t[ZZZ 20121204]
";

#[test]
fn actors_sample() {
    let p = parse_actors("a.actors", ACTORS);
    assert_eq!(
        messages(&p.refused),
        [
            "a.actors:12: [XXX 2004017-20061201]: date `2004017` is neither YYMMDD nor YYYYMMDD",
            "a.actors:13: `]` without `[`",
            "a.actors:14: [YYY 20121207-20120802]: date range `20121207-20120802` ends before it starts",
            "a.actors:16: unexpected `{` in actor phrase `FOO {BAR}`",
            "a.actors:17: [ZZZ 20121204]: bad date restriction `20121204` (want <date, >date or date-date)",
        ]
    );
    let d = &p.value;
    assert_eq!(d.entries.len(), 5);
    let afg = d.find("afghan").pop().unwrap();
    assert_eq!(afg.primary().words, ["AFGHANISTAN"]);
    assert_eq!(afg.synonyms()[1].words, ["KABUL"]);
    assert_eq!(afg.code_at(None), Some("AFG"));
    let sam = d.find("SAM GAMGEE").pop().unwrap();
    assert_eq!(sam.codes.len(), 5);
    assert_eq!(sam.comment.as_deref(), Some("default"));
    assert_eq!(sam.code_at(Some(date("2007-01-01"))), Some("HOBCIV"));
    assert_eq!(
        sam.code_at(Some(date("2008-01-20"))),
        Some("HOBCIV"),
        "limits are inclusive; first match wins"
    );
    assert_eq!(
        sam.code_at(Some(date("2010-01-10"))),
        Some("ORCHOB"),
        "earlier line overrides later one"
    );
    assert_eq!(sam.code_at(Some(date("2011-01-10"))), Some("HOBMIL"));
    assert_eq!(
        sam.code_at(Some(date("2012-12-01"))),
        Some("HOB"),
        "gap: the default code"
    );
    assert_eq!(sam.code_at(Some(date("2014-01-01"))), Some("HOBELI"));
    let perez = d.find("JAVIER DE CUELLAR").pop().unwrap();
    assert_eq!(perez.code_at(Some(date("1990-01-01"))), Some("IGOUNO"));
    assert_eq!(perez.code_at(Some(date("1995-01-01"))), Some("ELI"));
    assert_eq!(d.find("palestinian")[0].codes[0].code, "PSE", "codes are upper-cased");
    assert!(d.find("NO CODE YET")[0].codes.is_empty());
    let only_dated = parse_actors("b", "X\n\t[A <900101]\n\t[B >900102]\n").value;
    assert_eq!(
        only_dated.entries[0].code_at(None),
        Some("B"),
        "no date, no default: the open-ended range"
    );
    assert_eq!(only_dated.entries[0].code_at(Some(date("1989-01-01"))), Some("A"));
    let orphan = parse_actors("c", "\t[A]\n+SYN\n");
    assert_eq!(
        messages(&orphan.refused),
        [
            "c:1: code line without an actor entry before it",
            "c:2: synonym without an actor entry before it"
        ]
    );
}

#[test]
fn agents_sample() {
    let text = "\
!PERSON! = MAN, MEN, WOMAN
AMBASSADOR [~GOV] # note
SECRETARY [~GOV]
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
BOSS [~BUS]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
MINISTER [GOV]
!NOPE!_OF_X [~GOV]
!BROKEN! MAN
HALF!PERSON [~GOV]
";
    let p = parse_agents("g", text);
    assert_eq!(
        messages(&p.refused),
        [
            "g:9: `[` without `]`",
            "g:10: agent `ISLAMIC_EXTREMIST` has no [~CODE]",
            "g:11: agent code `[GOV]` needs `~` before or after it",
            "g:12: substitution marker !NOPE! is not defined above",
            "g:13: agent `!BROKEN! MAN` has no [~CODE]",
            "g:14: unterminated substitution marker `!`",
        ]
    );
    let d = &p.value;
    assert_eq!(
        d.substitutions,
        [("PERSON".to_string(), vec!["MAN".into(), "MEN".into(), "WOMAN".into()])]
    );
    assert_eq!(d.find("ambassadors")[0].code.apply("USA"), "USAGOV");
    assert_eq!(d.find("secretaries").len(), 1);
    assert_eq!(d.find("bosses").len(), 1);
    assert!(d.find("polices").is_empty());
    assert_eq!(d.find("police")[0].code.code, "COP");
    assert_eq!(d.find("attorneys general")[0].code.code, "GOVATG");
    assert!(d.find("attorney generals").is_empty());
    let body = d.find("human rights body")[0];
    assert_eq!(body.code.placement, Placement::Prefix);
    assert_eq!(body.code.apply("USA"), "NGOUSA");
    let congress: Vec<_> = d
        .entries
        .iter()
        .filter(|e| e.marker.is_some())
        .map(|e| e.phrase.text())
        .collect();
    assert_eq!(congress, ["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"]);
    assert!(d.find("congressmen")[0].plural == Plural::None);
}

pub(super) const VERBS: &str = "\
####### SYNONYM SETS #######
&CRIME
+CRIME
+WAR_CRIME_
+ATROCITY
&AUX_
+HAVE
+HAS
&NESTED
+&CRIME
+(TO THE END)
&FIGHT_OF_WORDS
+ARGUMENT
&FIGHT
+FIGHT
--- ACCUSE [112] ---
ACCUSE
CHARGE
SPY {SPIES SPIED SPYING}[090]   # jw
+ASK_FOR {+ASKED_FOR, +ASKS_FOR} [020]
RE_+ARREST
CARRY
- * (WITH {&FIGHT &CRIME}) [1125] # CHARGE
- ESPIONAGE * [1122]
- $ * + (OF ^) [112:112]
- % * SPY_*_DEAL [---]
- * (TO/FOR PROTEST) [:173]
- * &FIGHT_OF_WORDS_X [111]
- *SCEPTICAL [012]
- * (WITH VISIT) VISIT)[042]
- * CRIME [080!]
- * &UNDEFINED [111]
- * ABC
- ABC [111]
SOME_VERB
--- DISGRACE   [110]---  ---
~ a (b . ATTACK) SAY = a b 112
~ nothing here
";

#[test]
fn verbs_sample() {
    let p = parse_verbs("v", VERBS);
    assert_eq!(
        messages(&p.refused),
        [
            "v:26: pattern with more than one `*`",
            "v:30: unbalanced `)`",
            "v:31: bad event code `080!`",
            "v:32: undefined synset `&UNDEFINED`",
            "v:33: pattern without a [CODE]",
            "v:34: pattern without the verb marker `*` (outside brackets)",
            "v:35: multi-word verb `SOME_VERB` needs `+` before the verb word",
            "v:38: transformation needs `LEFT = RIGHT`",
        ]
    );
    let d = &p.value;
    assert_eq!(d.synsets.len(), 5);
    let crime = d.synset_phrases("&CRIME");
    assert!(crime.contains(&vec!["ATROCITIES".to_string()]));
    assert!(crime.contains(&vec!["WAR".to_string(), "CRIME".to_string()]));
    assert!(
        !crime.contains(&vec!["WAR".to_string(), "CRIMES".to_string()]),
        "trailing _: no plural"
    );
    assert_eq!(
        d.synset_phrases("AUX"),
        [vec!["HAVE".to_string()], vec!["HAS".to_string()]],
        "name_: no plurals"
    );
    assert_eq!(d.synset_phrases("NESTED").len(), 6);
    assert!(matches!(
        &d.synset("NESTED").unwrap().members[1],
        SynsetMember::Phrase {
            group: Some(GroupKind::PrepPhrase),
            ..
        }
    ));
    assert_eq!(d.blocks.len(), 2);
    let b = &d.blocks[0];
    assert_eq!((b.name.as_str(), b.code.to_string()), ("ACCUSE", "112".to_string()));
    assert_eq!(d.blocks[1].name, "DISGRACE");
    assert_eq!(d.blocks[1].code, EventCode::single("110"));
    let (blk, spy) = d.find_verb("spied").pop().unwrap();
    assert_eq!(blk.verb_code(spy).to_string(), "090");
    assert!(spy.given_forms);
    let (_, ask) = d.find_verb("asked for").pop().unwrap();
    assert_eq!(ask.forms.len(), 3);
    assert_eq!(
        ask.forms[0],
        VerbForm {
            words: vec!["ASK".into(), "FOR".into()],
            head: 0
        }
    );
    let (_, re) = d.find_verb("RE ARRESTED").pop().unwrap();
    assert_eq!(re.forms[0].head, 1);
    assert_eq!(d.find_verb("carries").len(), 1);
    assert_eq!(d.find_verb("carried").len(), 1);
    assert_eq!(d.find_verb("charging").len(), 1);
    assert_eq!(d.find_verb("accuses").len(), 1);
    assert_eq!(blk.verb_code(&b.verbs[0]).to_string(), "112", "inherits the block code");
    let texts: Vec<String> = b
        .patterns
        .iter()
        .map(|p| format!("{} [{}]", p.text(), p.code))
        .collect();
    assert_eq!(
        texts,
        [
            "- * (WITH {&FIGHT &CRIME}) [1125]",
            "- ESPIONAGE * [1122]",
            "- $ * + (OF ^) [112:112]",
            "- * (TO/FOR PROTEST) [:173]",
            "- * &FIGHT_OF_WORDS_X [111]",
            "- * SCEPTICAL [012]",
        ]
    );
    let pair = &b.patterns[2];
    assert_eq!(pair.code.code.as_deref(), Some("112"));
    assert_eq!(pair.code.reciprocal.as_deref(), Some("112"));
    assert_eq!(pair.before()[0].token, Token::Source);
    assert_eq!(pair.after()[0].token, Token::Target);
    assert!(b.patterns[3].code.code.is_none());
    assert_eq!(b.patterns[3].comment, None);
    assert_eq!(b.patterns[0].comment.as_deref(), Some("CHARGE"));
    match &b.patterns[3].after()[0].token {
        Token::Group {
            kind: GroupKind::PrepPhrase,
            items,
        } => {
            assert_eq!(items[0].token, Token::AnyOf(vec!["TO".into(), "FOR".into()]))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(d.transformations.len(), 1);
    assert_eq!(d.transformations[0].rhs, "a b 112");
    // Old TABARI `_` joins (PETR.Validate.verbs.txt).
    let old = parse_verbs(
        "o",
        "&TIE\n+MILITARY\n--- ACCORD [---] ---\nACCORD\n- SO IN_AND_*_OUT NEW_&TIE_TIES [074]\n- IN_ * [075]\n",
    );
    assert!(old.refused.is_empty(), "{:?}", old.refused);
    let pats = &old.value.blocks[0].patterns;
    assert_eq!(pats[0].text(), "- SO IN_AND_*_OUT NEW_&TIE_TIES");
    assert!(pats[0].after()[0].adjacent);
    assert!(!pats[1].items[1].adjacent, "`_` before a blank is dropped");
}

#[test]
fn discards_prepositions_ontology_samples() {
    let p = parse_discards(
        "d",
        "# c\n+Manchester United   # x\nBASEBALL\nMONTHS LATER\nGAMES_\n+\nA [B]\n",
    );
    assert_eq!(
        messages(&p.refused),
        ["d:6: empty discard phrase `+`", "d:7: unexpected `[` in discard phrase"]
    );
    let d = &p.value.entries;
    assert_eq!(d.len(), 4);
    assert_eq!(
        (d[0].phrase.text(), d[0].scope),
        ("MANCHESTER UNITED".to_string(), DiscardScope::Story)
    );
    assert_eq!(d[1].scope, DiscardScope::Sentence);
    assert!(!d[3].phrase.open_end);
    let p = parse_prepositions("p", "about\nvis-à-vis\napropos \ntwo words\n");
    assert_eq!(p.value, ["about", "vis-à-vis", "apropos"]);
    assert_eq!(messages(&p.refused), ["p:4: `two words` is not a single word"]);
    let text = "# c -->\n010:0x1000#Make Public Statement\n011:0x1000-0xFFFF\r\n110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n122:-0xFFFF+0x2040+0x300# The mask\n           # comment\n---:0\nxyz\n013:zz\n";
    let p = parse_ontology("o", text);
    assert_eq!(
        messages(&p.refused),
        ["o:8: ontology line wants `CAMEO:VALUE`", "o:9: no value in `zz`"]
    );
    let o = &p.value;
    assert_eq!(o.get("010").unwrap().label.as_deref(), Some("Make Public Statement"));
    assert_eq!(o.get("011").unwrap().values, [vec![0x1000, -0xFFFF]]);
    assert_eq!(o.get("110").unwrap().values.len(), 3);
    assert_eq!(o.get("122").unwrap().values, [vec![-0xFFFF, 0x2040, 0x300]]);
    assert_eq!(o.get("---").unwrap().values, [vec![0]]);
}

#[test]
fn issues_sample() {
    let text = "\
# Issues
<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">
n:teacher [TEACHERS]
pre+n:school [EARLY_CHILDHOOD_EDUCATION]
ethnic v:purge [ID_ATROCITY]
european central bank
ebola\u{2020}hemorrhagic fever [DISEASE]
~a head start
~~oil
touristry[TOURISM]
v:block m:site [X]
aqim [A] [A]
liberation [A]*****
</ISSUE>
</ISSUE>
<ISSUE CATEGORY=\"X\" TYPE=\"ODD\">
<FOO>
orphan phrase
";
    let p = parse_issues("i", text);
    assert_eq!(
        messages(&p.refused),
        [
            "i:11: unknown expansion in `m:site` (want n: or v:)",
            "i:12: issue phrase with more than one [CODE]",
            "i:13: unexpected `*****` after a `[...]` code",
            "i:15: `</ISSUE>` without an open section",
            "i:16: unknown section TYPE `ODD`",
            "i:17: unknown tag `<FOO>`",
            "i:18: issue phrase without [CODE] outside a section",
        ]
    );
    let d = &p.value;
    assert_eq!(d.sections.len(), 1);
    let e = &d.entries;
    assert_eq!(e[0].forms, ["teacher", "teachers"]);
    assert_eq!(e[1].forms, ["pre school", "pre-school", "pre schools", "pre-schools"]);
    assert_eq!(
        e[2].forms,
        ["ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"]
    );
    assert_eq!((e[3].code.as_deref(), e[3].inherited), (Some("EDUCATION"), true));
    assert_eq!(e[4].phrase, "ebola hemorrhagic fever");
    assert_eq!((e[5].kind, e[5].code.clone()), (IssueKind::IgnoreSentence, None));
    assert_eq!(e[6].kind, IssueKind::IgnoreStory);
    assert_eq!(e[7].code.as_deref(), Some("TOURISM"));
}
