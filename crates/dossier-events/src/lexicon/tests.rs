use super::*;

#[test]
fn embedded_vocabulary_loads_and_covers_every_kind() {
    let lex = embedded().unwrap();
    let kinds = lex.kinds();
    // Every kind of the kinds table except `cameo` (the CAMEO dictionary's) and `statement`
    // (coded only when nothing more specific is, not from a trigger of its own).
    for k in crate::plover::kinds()
        .iter()
        .map(|k| k.name)
        .filter(|k| !matches!(*k, "cameo" | "statement"))
    {
        assert!(kinds.contains(&k), "no trigger for {k}");
    }
    assert!(lex.lookup(Pos::Verb, "spy").next().is_some());
}

#[test]
fn most_specific_first_and_multiword() {
    let lex = parse(
        "t",
        "@s = secret document\n@p = persona_non_grata\nspy v pass\nspy v pass obj:@s obl:to:SPY\nexpel v declare obj:@p target=obj\nx n carry_out\n",
    )
    .unwrap();
    let t: Vec<_> = lex.lookup(Pos::Verb, "pass").collect();
    assert_eq!(t[0].conds.len(), 2);
    assert_eq!(lex.class(1).phrases, vec![vec!["persona", "non", "grata"]]);
    let c = lex.lookup(Pos::Noun, "carry").next().unwrap();
    assert_eq!(c.rest, vec!["out"]);
}

#[test]
fn bad_lines_are_named_not_panics() {
    let e = parse("f", "spy q spy\nspy v spy obj:@missing\nspy v spy wobble:x\n@c words\n").unwrap_err();
    assert!(e.contains("f:1: part of speech"), "{e}");
    assert!(e.contains("f:2: unknown class @missing"), "{e}");
    assert!(e.contains("f:3: unknown condition"), "{e}");
    assert!(e.contains("f:4: class line"), "{e}");
}
