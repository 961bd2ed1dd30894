//! What the parse says about a mention's words, for the recognise stage: whether they are a
//! clause's subject, a definite noun standing for people named before, the object of a verb of
//! handing over, directing or holding. Reads tokens and lexicons only; decides no codes.

use super::draft;
use super::lexicons::{Lexicons, RefKind};
use dossier_core::Token;
use fxhash::FxHashSet as HashSet;

/// The lower-cased lemma of word `v` when it is a verb.
fn verb_lemma(text: &str, tokens: &[Token], v: usize) -> Option<String> {
    let t = tokens.get(v)?;
    (t.analysis.upos == "VERB")
        .then(|| t.analysis.lemma(&t.form(text)).map(|l| l.to_lowercase()))
        .flatten()
}

/// The verb a `to` phrase ending in word `hk` hangs on ("passed documents to his native South
/// Korea": pass).
pub fn to_verb(text: &str, tokens: &[Token], lower: &[String], hk: usize) -> Option<String> {
    let to_case = (0..tokens.len())
        .any(|k| tokens[k].analysis.head as usize == hk + 1 && tokens[k].analysis.deprel == "case" && lower[k] == "to");
    let h = tokens[hk].analysis.head as usize;
    to_case.then(|| verb_lemma(text, tokens, h.checked_sub(1)?)).flatten()
}

/// The subject of a directive verb (`directive`) whose object is word `hk` ("asked the
/// intelligence agency to …": the word asking).
pub fn directed_by(text: &str, tokens: &[Token], hk: usize, directive: &HashSet<String>) -> Option<usize> {
    let v = (tokens[hk].analysis.deprel == "obj")
        .then(|| (tokens[hk].analysis.head as usize).checked_sub(1))
        .flatten()
        .filter(|&v| verb_lemma(text, tokens, v).is_some_and(|l| directive.contains(&l)))?;
    (0..tokens.len()).find(|&k| tokens[k].analysis.head as usize == v + 1 && tokens[k].analysis.deprel == "nsubj")
}

/// Whether word `hk` is held or questioned: the object or passive subject of a `held` verb, or
/// described by its participle ("the detained Japanese").
pub fn held(text: &str, tokens: &[Token], hk: usize, held: &HashSet<String>) -> bool {
    let holds = |v: usize| verb_lemma(text, tokens, v).is_some_and(|l| held.contains(&l));
    let hd = tokens[hk].analysis.head as usize;
    (matches!(tokens[hk].analysis.deprel, "obj" | "nsubj:pass") && hd.checked_sub(1).is_some_and(holds))
        || (0..tokens.len()).any(|k| {
            tokens[k].analysis.head as usize == hk + 1
                && matches!(tokens[k].analysis.deprel, "amod" | "acl")
                && holds(k)
        })
}

/// Whether word `t` is the active subject of a full verb ("It accused him"), not of a copula or
/// a passive ("it is clear", "it was reported").
pub fn subject_of_verb(tokens: &[Token], t: usize) -> bool {
    let a = &tokens[t].analysis;
    a.upos == "PRON"
        && a.deprel == "nsubj"
        && a.head > 0
        && tokens
            .get(a.head as usize - 1)
            .is_some_and(|h| h.analysis.upos == "VERB")
}

/// Whether words `start..end` hold their clause's subject, or modify a subject right after them
/// ("Poland's ABW agency said").
pub fn is_subject(tokens: &[Token], start: usize, end: usize) -> bool {
    let subj = |k: usize| tokens.get(k).is_some_and(|t| t.analysis.deprel.starts_with("nsubj"));
    (start..end).any(|k| subj(k) || tokens[k].analysis.head as usize == end + 1 && subj(end))
}

/// A definite noun phrase standing for people named before: "the two men", "the pair", "the
/// man", "the four" (a number alone after "the"). Returns the word's reference kind; the
/// phrase's last word is the one resolved.
pub fn definite_reference(lex: &Lexicons, tokens: &[Token], lower: &[String], t: usize) -> Option<RefKind> {
    let upos = |k: usize| &*tokens[k].analysis.upos;
    let next_is_noun = lower.len() > t + 1 && matches!(upos(t + 1), "NOUN" | "PROPN" | "ADJ");
    // The determiner, maybe with a number between ("the two men").
    let the_before = |k: usize| k > 0 && lower[k - 1] == "the";
    // … or with up to two modifiers between ("the arrested men", "the two detained men").
    let the_num_before = |k: usize| {
        (1..=2).any(|m| {
            k > m
                && lower[k - m - 1] == "the"
                && (k - m..k).all(|j| {
                    matches!(upos(j), "NUM" | "ADJ") || (upos(j) == "VERB" && tokens[j].analysis.xpos == "VBN")
                })
        })
    };
    if upos(t) == "NOUN" && !next_is_noun {
        let k = lex.references.get(lower[t].as_str()).copied()?;
        let people = matches!(k, RefKind::Person | RefKind::Group);
        // ("The report also alleged": the outlet's report, right after "the".)
        let media = k == RefKind::Media && the_before(t);
        return (people && (the_before(t) || the_num_before(t)) || media).then_some(k);
    }
    // "The four had been gathering intelligence": a number standing alone after "the".
    if upos(t) == "NUM" && the_before(t) && !next_is_noun && lower[t].chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(RefKind::Group);
    }
    None
}

/// Whether a noun subject that no actor covers comes before word `t` in its sentence ("The king
/// was hesitant, but he …"): the pronoun more likely means that noun than an earlier actor.
/// The subject of the pronoun's own verb does not count when the pronoun is its object ("the
/// agents asked him": "him" is never the agents), nor a subject naming an organisation or a
/// group, nor a plural noun for a singular pronoun.
pub fn unlinked_subject_before(
    tokens: &[Token],
    drafts: &[draft::Draft],
    t: usize,
    body: &dyn Fn(&draft::Draft) -> bool,
) -> bool {
    let own = &tokens[t].analysis;
    let object = matches!(own.deprel, "obj" | "iobj");
    let singular = own.feats.contains("Number=Sing");
    (0..t).any(|k| {
        let a = &tokens[k].analysis;
        a.deprel.starts_with("nsubj")
            && matches!(a.upos, "NOUN" | "PROPN")
            && !(object && a.head == own.head)
            // ("he" is not "conditions".)
            && !(singular && matches!(a.xpos, "NNS" | "NNPS"))
            // (Nor an organisation or a group: "the ministry claimed … him" is not the ministry.)
            && !drafts
                .iter()
                .any(|d| (!d.bare || body(d) || d.group) && d.start <= k && k < d.end)
    })
}
