//! Tests of the CAMEO coder on sentences written for them (hand-made CoNLL-U parses with
//! fictional countries, a small inline dictionary), one sentence through the embedded parser, and
//! the index over the embedded `CAMEO.2.0.txt`.

use super::given::document_from_conllu;
use super::*;
use dossier_dict::Format;

const VERBS: &str = "\
&TIES
+TIES
+RELATIONS
--- CONDEMN [111] ---
CONDEMN
--- OPPOSE [110] ---
OPPOSE
--- MEET [040:040] ---
MEET {MEETS MET MEETING}
--- AGREE [030] ---
AGREE
- % * [050]
--- URGE [023] ---
URGE
--- FREE [080] ---
FREE
- + * (FROM $) [081]
--- RESTORE [050] ---
RESTORE
- * {DIPLOMATIC &TIES} [051]
- * TIES [052]
--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- ATTACK [190] ---
ATTACK
--- WANT [030] ---
WANT
--- HELP [070] ---
HELP
--- KILL [190] ---
KILL
--- BREAK [120] ---
+BREAK_OFF {+BREAKS_OFF +BROKE_OFF +BROKEN_OFF +BREAKING_OFF} [161]
BREAK {BREAKS BROKE BROKEN BREAKING}
~ a (b . ATTACK) SAY = a b 112
";

fn coder() -> &'static CameoCoder {
    static C: std::sync::OnceLock<CameoCoder> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let files = [
            ("test.verbs", Format::Verbs, VERBS),
            ("test.agents", Format::Agents, "OFFICIAL [~GOV]\n"),
            ("test.discards", Format::Discards, "BASEBALL\n"),
        ];
        let set = dossier_dict::load("test", &files, None).expect("inline dictionaries load");
        CameoCoder::new(Box::leak(Box::new(set)))
    })
}

/// A document from `rows` (`form lemma upos head deprel`, one word per row) and actor spans
/// for the words whose form is a key of `codes`.
fn sentence(rows: &[&str], codes: &[(&str, &str)]) -> (Document, Vec<ActorSpan>) {
    let mut conllu = String::new();
    for (i, r) in rows.iter().enumerate() {
        let c: Vec<&str> = r.split_whitespace().collect();
        let xpos = match c[2] {
            "VERB" if c[0].ends_with("ed") || ["met", "broke", "said"].contains(&c[0]) => "VBD",
            "VERB" => "VB",
            "PROPN" => "NNP",
            _ => "_",
        };
        conllu.push_str(&format!(
            "{}\t{}\t{}\t{}\t{xpos}\t_\t{}\t{}\t_\t_\n",
            i + 1,
            c[0],
            c[1],
            c[2],
            c[3],
            c[4]
        ));
    }
    conllu.push('\n');
    let doc = document_from_conllu("t", &conllu).expect("test CoNLL-U");
    let spans = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let form = r.split_whitespace().next()?;
            codes.iter().find(|(f, _)| *f == form).map(|(_, code)| ActorSpan {
                tokens: i..i + 1,
                head: None,
                code: Some(code.to_string()),
            })
        })
        .collect();
    (doc, spans)
}

/// `(source, target, code)` of each event, sorted.
fn events(rows: &[&str], codes: &[(&str, &str)]) -> Vec<(String, String, String)> {
    let (doc, spans) = sentence(rows, codes);
    let name = |ks: &[usize]| {
        ks.first()
            .and_then(|&k| spans[k].code.clone())
            .unwrap_or_else(|| "-".into())
    };
    let mut out: Vec<_> = coder()
        .code(&doc, 0, &spans)
        .into_iter()
        .map(|m| (name(&m.source), name(&m.target), m.code))
        .collect();
    out.sort();
    out
}

fn ev(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

const ACTORS: &[(&str, &str)] = &[("Freedonia", "FRE"), ("Sylvania", "SYL"), ("Latveria", "LAT")];

#[test]
fn active_subject_acts_on_object() {
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "condemned condemn VERB 0 root",
        "Sylvania Sylvania PROPN 2 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "111")]);
}

#[test]
fn passive_agent_is_the_source() {
    let rows = [
        "Sylvania Sylvania PROPN 3 nsubj:pass",
        "was be AUX 3 aux:pass",
        "condemned condemn VERB 0 root",
        "by by ADP 5 case",
        "Freedonia Freedonia PROPN 3 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "111")]);
}

#[test]
fn compound_subject_gives_one_event_per_member() {
    let rows = [
        "Freedonia Freedonia PROPN 4 nsubj",
        "and and CCONJ 3 cc",
        "Latveria Latveria PROPN 1 conj",
        "condemned condemn VERB 0 root",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    assert_eq!(
        events(&rows, ACTORS),
        vec![ev("FRE", "SYL", "111"), ev("LAT", "SYL", "111")]
    );
}

#[test]
fn a_comma_alone_does_not_make_a_list() {
    let rows = [
        "Freedonia Freedonia PROPN 4 nsubj",
        ", , PUNCT 3 punct",
        "Latveria Latveria PROPN 1 conj",
        "condemned condemn VERB 0 root",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "111")]);
}

#[test]
fn pair_codes_give_the_reverse_event() {
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "met meet VERB 0 root",
        "Sylvania Sylvania PROPN 2 obj",
    ];
    assert_eq!(
        events(&rows, ACTORS),
        vec![ev("FRE", "SYL", "040"), ev("SYL", "FRE", "040")]
    );
}

#[test]
fn markers_and_groups_pick_roles() {
    // "Sylvania was freed from Latveria": `- + * (FROM $)` makes Latveria the source.
    let rows = [
        "Sylvania Sylvania PROPN 3 nsubj:pass",
        "was be AUX 3 aux:pass",
        "freed free VERB 0 root",
        "from from ADP 5 case",
        "Latveria Latveria PROPN 3 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("LAT", "SYL", "081")]);
}

#[test]
fn noun_phrase_groups_with_synsets_beat_single_words() {
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "restored restore VERB 0 root",
        "full full ADJ 5 amod",
        "diplomatic diplomatic ADJ 5 amod",
        "ties tie NOUN 2 obj",
        "with with ADP 7 case",
        "Sylvania Sylvania PROPN 2 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "051")]);
    // A word between the modifier and the head breaks `{DIPLOMATIC TIES}`: `* TIES` wins.
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "restored restore VERB 0 root",
        "diplomatic diplomatic ADJ 5 amod",
        "trade trade NOUN 5 compound",
        "ties tie NOUN 2 obj",
        "with with ADP 7 case",
        "Sylvania Sylvania PROPN 2 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "052")]);
}

#[test]
fn negated_verbs_take_the_negated_code_or_none() {
    // 110 (disapprove) negated is 050 in PICO; 111 has no negation and is dropped.
    let rows = [
        "Freedonia Freedonia PROPN 4 nsubj",
        "did do AUX 4 aux",
        "not not PART 4 advmod",
        "oppose oppose VERB 0 root",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    let (doc, spans) = sentence(&rows, ACTORS);
    let got = coder().code(&doc, 0, &spans);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].code.as_str(), got[0].negated), ("050", true));
    let rows = [
        "Freedonia Freedonia PROPN 4 nsubj",
        "did do AUX 4 aux",
        "not not PART 4 advmod",
        "condemn condemn VERB 0 root",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![]);
}

#[test]
fn subject_control_keeps_the_complement() {
    // "Freedonia agreed to meet Sylvania": the meeting, by Freedonia.
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "agreed agree VERB 0 root",
        "to to PART 4 mark",
        "meet meet VERB 2 xcomp",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    assert_eq!(
        events(&rows, ACTORS),
        vec![ev("FRE", "SYL", "040"), ev("SYL", "FRE", "040")]
    );
}

#[test]
fn object_control_keeps_the_governor() {
    // "Freedonia urged Sylvania to meet Latveria": the appeal to Sylvania.
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "urged urge VERB 0 root",
        "Sylvania Sylvania PROPN 2 obj",
        "to to PART 5 mark",
        "meet meet VERB 2 xcomp",
        "Latveria Latveria PROPN 5 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "023")]);
}

#[test]
fn compound_marker_needs_a_compound_subject() {
    let rows = [
        "Freedonia Freedonia PROPN 4 nsubj",
        "and and CCONJ 3 cc",
        "Sylvania Sylvania PROPN 1 conj",
        "agreed agree VERB 0 root",
    ];
    assert_eq!(
        events(&rows, ACTORS),
        vec![ev("FRE", "SYL", "050"), ev("SYL", "FRE", "050")]
    );
    let rows = ["Freedonia Freedonia PROPN 2 nsubj", "agreed agree VERB 0 root"];
    assert_eq!(events(&rows, ACTORS), vec![]);
}

#[test]
fn an_intention_about_an_act_combines_codes() {
    // "Freedonia wants to help Sylvania": intent (030) to aid (070) is 033 in PICO.
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "wants want VERB 0 root",
        "to to PART 4 mark",
        "help help VERB 2 xcomp",
        "Sylvania Sylvania PROPN 4 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "033")]);
}

#[test]
fn existential_passives_have_their_agent_in_an_oblique() {
    // "There were Sylvanian soldiers killed in Freedonia": the place's actor did it, as PETRARCH
    // reads it.
    let rows = [
        "There there PRON 2 expl",
        "were be VERB 0 root",
        "Sylvania Sylvania PROPN 4 nsubj",
        "killed kill VERB 2 csubj",
        "in in ADP 6 case",
        "Freedonia Freedonia PROPN 4 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "190")]);
}

#[test]
fn transformations_join_reported_attacks() {
    // "Freedonia said Sylvania attacked Latveria": an accusation (112), not two events.
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "said say VERB 0 root",
        "Sylvania Sylvania PROPN 4 nsubj",
        "attacked attack VERB 2 ccomp",
        "Latveria Latveria PROPN 4 obj",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "112")]);
}

#[test]
fn multi_word_verbs_win_over_their_head_word() {
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "broke break VERB 0 root",
        "off off ADP 2 compound:prt",
        "relations relation NOUN 2 obj",
        "with with ADP 6 case",
        "Sylvania Sylvania PROPN 2 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![ev("FRE", "SYL", "161")]);
}

#[test]
fn discarded_sentences_give_nothing() {
    let rows = [
        "Freedonia Freedonia PROPN 2 nsubj",
        "condemned condemn VERB 0 root",
        "Sylvania Sylvania PROPN 2 obj",
        "over over ADP 5 case",
        "baseball baseball NOUN 2 obl",
    ];
    assert_eq!(events(&rows, ACTORS), vec![]);
}

#[test]
fn bad_input_does_not_panic() {
    assert!(document_from_conllu("x", "1\tA\n").is_err());
    let doc = document_from_conllu(
        "x",
        "1\tA\ta\tVERB\tVB\t_\t1\troot\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t9\tobj\t_\t_\n",
    )
    .unwrap();
    let spans = [ActorSpan {
        tokens: 5..9,
        head: Some(42),
        code: Some("X".into()),
    }];
    assert!(coder().code(&doc, 0, &spans).is_empty());
    assert!(coder().code(&doc, 7, &spans).is_empty());
}

#[test]
fn the_embedded_parser_feeds_the_coder() {
    use dossier_core::Stage;
    let mut doc = Document::new("p", "Freedonia condemned Sylvania.".to_string());
    dossier_text::clean::Cleaner::new().clean(&mut doc);
    dossier_text::segment::Segmenter::new().segment(&mut doc);
    dossier_nlp::Analyse::embedded()
        .expect("models")
        .process(&mut doc)
        .expect("analyse");
    let spans: Vec<ActorSpan> = doc
        .tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let form = t.form(&doc.text);
            ACTORS.iter().find(|(f, _)| *f == form).map(|(_, c)| ActorSpan {
                tokens: i..i + 1,
                head: None,
                code: Some(c.to_string()),
            })
        })
        .collect();
    let got = coder().code(&doc, 0, &spans);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].code, "111");
    assert!(got[0].pattern.contains("CONDEMN"), "{}", got[0].pattern);
}

#[test]
fn every_cameo_verb_line_compiles_or_is_refused_with_a_reason() {
    let set = dossier_dict::phoenix().expect("phoenix loads");
    assert!(set.refused.is_empty(), "the reader refused lines: {:?}", set.refused);
    let index = VerbIndex::build(&set.verbs);
    let verb_lines: std::collections::HashSet<usize> = index.entries.iter().map(|e| e.line).collect();
    let mut pattern_lines: std::collections::HashSet<usize> = index
        .blocks
        .iter()
        .flat_map(|b| b.patterns.iter().map(|p| p.line))
        .collect();
    let refused: std::collections::HashMap<usize, &str> =
        index.refused.iter().map(|r| (r.line, r.reason.as_str())).collect();
    assert!(refused.values().all(|r| !r.is_empty()));
    let mut verbs = 0;
    let mut patterns = 0;
    for b in &set.verbs.blocks {
        for v in &b.verbs {
            verbs += 1;
            assert!(
                verb_lines.contains(&v.line),
                "verb line {} ({}) is not in the index",
                v.line,
                v.lemma
            );
        }
        for p in &b.patterns {
            patterns += 1;
            assert!(
                pattern_lines.remove(&p.line) || refused.contains_key(&p.line),
                "pattern line {} ({}) neither compiled nor refused",
                p.line,
                p.text()
            );
        }
    }
    for t in &set.verbs.transformations {
        let compiled = index.transformations.iter().any(|c| c.line == t.line);
        assert!(
            compiled || refused.contains_key(&t.line),
            "transformation line {}",
            t.line
        );
    }
    assert!(verbs > 1_500 && patterns > 4_000, "{verbs} verbs, {patterns} patterns");
    // Refusals are the exception, and nearly all are duplicates replaced by a later copy.
    assert!(index.refused.len() * 10 < patterns, "{} refused", index.refused.len());
    let other: Vec<String> = index
        .refused
        .iter()
        .filter(|r| !r.reason.contains("replaces it"))
        .map(|r| format!("{}: {} ({})", r.line, r.text, r.reason))
        .collect();
    assert!(other.len() <= 5, "{other:#?}");
    // Lookup is by hash: a verb form finds its block.
    let said = index.entries_for("SAID");
    assert!(said
        .iter()
        .any(|&e| index.blocks[index.entries[e as usize].block].code.to_string() == "010"));
}

#[test]
fn real_articles_with_recognised_actors_code_without_panicking() {
    use dossier_core::Stage;
    let set = dossier_dict::phoenix().expect("phoenix loads");
    let coder = CameoCoder::new(set);
    let analyse = dossier_nlp::Analyse::embedded().expect("models");
    let recogniser = dossier_actors::recognise::Recogniser::new().expect("recogniser");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut events = 0;
    for entry in std::fs::read_dir(&dir).expect("examples") {
        let path = entry.expect("entry").path();
        let raw = std::fs::read_to_string(&path).expect("text");
        let mut doc = Document::new("ex", raw);
        dossier_text::clean::Cleaner::new().clean(&mut doc);
        dossier_text::segment::Segmenter::new().segment(&mut doc);
        analyse.process(&mut doc).expect("analyse");
        recogniser.process(&mut doc).expect("recognise");
        let spans: Vec<ActorSpan> = doc.actors.iter().map(ActorSpan::from_actor).collect();
        for s in 0..doc.sentences.len() {
            for m in coder.code(&doc, s, &spans) {
                assert!(m.source.iter().chain(&m.target).all(|&k| k < spans.len()));
                assert!(!m.code.is_empty() && !m.pattern.is_empty());
                events += 1;
            }
        }
    }
    assert!(events > 0, "the example articles give some CAMEO events");
}
