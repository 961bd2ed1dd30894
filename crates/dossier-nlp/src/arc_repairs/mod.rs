//! Parse slips repaired after parsing, where a slip derails event roles:
//! - a relative clause set off by commas read as a clause of its own: in "prosecutors accused
//!   Karlsson, who denies wrongdoing, of selling secrets" the parser may make "denies" a `conj`
//!   of "accused" and hang "of selling" on "denies". A verb whose subject is a relative "who" or
//!   "which" right after a comma (or a noun with "whose": "Arthur E., whose surname wasn't
//!   released, …"), attached as `conj`, `parataxis`, `advcl` or `ccomp`, becomes an
//!   `acl:relcl` of the noun before the comma; what it carried after its closing comma returns
//!   to the verb it was attached to;
//! - a reported clause whose subject the parser gave to the reporting verb ("saying the
//!   charges are trumped up"): see `reported_subject`;
//! - a participle read as an adjective of the noun after it: in "the capture of agents
//!   committing acts of espionage was serious" the parser may make "committing" an `amod` of
//!   "acts" and hang "acts" elsewhere. An `-ing` verb that opens its noun's phrase, right after
//!   a noun outside that phrase, becomes an `acl` of that noun and its noun its object.
//! - a participle clause after a comma hung on the noun of a prepositional phrase: in "…, the
//!   spokesman said at a news conference, denying knowledge of the case" the parser may make
//!   "denying" an `acl` of "conference". An `-ing` verb right after a comma, `acl` of a noun
//!   that has a preposition, becomes an `advcl` of the verb that phrase belongs to.
//! - a verb conjunct hung on the number, noun or adverb before it: in "was detained in 2015 and
//!   sentenced in 2017" the parser may make "sentenced" a `conj` of "2015" (or, in "detained
//!   three days later and sent back", of "later"). A verb `conj` with
//!   its own `cc` and no subject, hung on a noun, number or adverb inside the phrase of an earlier verb
//!   of the same form (`VBN` and `VBN`, `VBD` and `VBD`), becomes that verb's `conj`.
//! - a reported clause read as a relative clause of the noun before it: in "said in a post on
//!   its channel that MI6 operatives had turned a man" the parser may make "turned" an
//!   `acl:relcl` of "channel" with "that" as its object. A "that" the parser made the subject
//!   or object of a relative clause whose verb already has its own subject (and, for an object,
//!   its own object) cannot be a relative pronoun: it becomes the clause's `mark`, and the clause
//!   the `ccomp` of the reporting verb the noun's phrase belongs to.
//! - a coordinated clause whose subject the parser hung on the noun before it: in "…, and
//!   President Joe Biden asked the agency to …" the parser may make "Joe" an apposition of an
//!   earlier noun and leave "asked" with no subject. A finite verb with no subject, right after a
//!   name or noun phrase that follows ", and" / "and" and hangs outside itself, gets that phrase
//!   as its subject (and the "and" as its `cc`).
//! - a passive's agent hung on a duration ("questioned for three days by the FBI"): see
//!   `agent_on_duration`;
//! - a participle describing the noun before it hung on a verb far above ("the arrest of a
//!   Russian allegedly working for MI6"): see `participle_on_noun`;
//! - a passive participle describing a verb's oblique hung on the verb ("worked with a national
//!   charged last August"): see `passive_participle_on_oblique`;
//! - a gerund read as an adjective of its object after a preposition ("detained for passing
//!   documents"): see `gerund_after_preposition`;
//! - a sentence rooted in its "according to" phrase ("According to Spy Talk, …, Dong would be
//!   the highest-level defector"): see `according_to_root`;
//! - the second half of a hyphenated given name hung outside its name ("Liu Yun-ya guilty"):
//!   see `hyphenated_name`;
//! - two subjects of one verb joined by "and" ("The United States and Poland came out … and
//!   accused Moscow"): see `double_subject`;
//! - a preposition hung on a modifier inside its noun phrase ("from Capitol Hill" with "from"
//!   on "Capitol"): see `case_on_modifier`;
//! - a phrase hung on punctuation ("accused Yatskin, who denies guilt, of passing secrets"):
//!   see `hung_on_punctuation`;
//! - a subject hung on an auxiliary ("the pair — a man and a woman — have each been charged"):
//!   see `subject_on_auxiliary`;
//! - the subject of an absolute "with" clause read as a modifier of its verb ("with British
//!   police accusing them"): see `absolute_with`;
//! - a subject split from its verb by an apposition's comma ("…,” the intelligence chief,
//!   Darius Jauniskis, told a news conference"): see `subject_split_by_comma`;
//! - a past participle after "N1 of N2" hung on N1 ("the release of 13 prisoners arrested in
//!   Iran"): see `participle_after_of_phrase`;
//! - an object read as a later clause's second subject ("said nothing about how … the three
//!   were believed to be"): see `object_read_as_second_subject`;
//! - a preposition hung on the `-ing` modifier of its noun ("on spying allegations"): see
//!   `preposition_on_modifier`;
//! - a person named by their age read as a modifier of the verb after it ("said the
//!   45-year-old had sold secrets"): see `age_as_subject`;
//! - a reported clause hung on its reporting verb's oblique ("insisted since his arrest that
//!   he gathered …"): see `complement_on_oblique`;
//! - a reported clause hung on its reporting verb's addressee ("told the ambassador the four had
//!   been involved"): see `complement_on_addressee`;
//! - a relative clause's second verb lifted to the main clause ("said the official, who was not
//!   authorized to speak and did not provide details"): see `conjunct_of_relative`;
//! - a phrase between commas after a subject hung on the subject ("Cuba, in a rare admission of
//!   a defection, said"): see `oblique_on_subject`;
//! - a time phrase between a passive's "was" and its participle read as the predicate
//!   ("Pivonka was on Sunday summoned"): see `date_before_participle`;
//! - an infinitive an object is told to carry out read as the object's modifier ("ordered 18
//!   diplomats to leave"): see `infinitive_on_object`;
//! - a subject read as an apposition of a fronted time phrase ("Earlier on Sunday, the Czech
//!   ambassador … was summoned"): see `subject_read_as_apposition`;
//! - a number standing for people read as the count of a later noun ("indicted the five on
//!   charges"): see `number_before_preposition`.
//!
//! What it must not do: change tags or words, or touch a tree it does not recognise.

mod absolute_with;
mod according_to_root;
mod age_as_subject;
mod agent_on_duration;
mod case_on_modifier;
mod complement_on_addressee;
mod complement_on_oblique;
mod conjunct_of_relative;
mod date_before_participle;
mod double_subject;
mod gerund_after_preposition;
mod hung_on_punctuation;
mod hyphenated_name;
mod infinitive_on_object;
mod number_before_preposition;
mod object_read_as_second_subject;
mod oblique_on_subject;
mod participle_after_of_phrase;
mod participle_on_noun;
mod passive_participle_on_oblique;
mod preposition_on_modifier;
mod relative_on_comma;
mod reported_subject;
mod subject_on_auxiliary;
mod subject_read_as_apposition;
mod subject_split_by_comma;

use crate::parser::Arc;
use crate::tagger::Tagged;
use std::sync::OnceLock;

const REPORTING: &str = include_str!("../../../../data/lexicons/reporting_verbs.txt");

pub(crate) fn reporting(lemma: &str) -> bool {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    listed(REPORTING, &LIST, lemma)
}

/// Whether `word` is a line of the word list `text` (`#` comments and blank lines skipped),
/// read once into `cell`.
fn listed(text: &'static str, cell: &'static OnceLock<Vec<&'static str>>, word: &str) -> bool {
    cell.get_or_init(|| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
    .contains(&word)
}

/// Repairs `arcs` (one per word, 1-based heads) in place; returns whether any arc changed.
/// `lemmas`: one per word.
pub fn repair(forms: &[&str], lemmas: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc]) -> bool {
    if arcs.len() != forms.len() || tagged.len() != forms.len() || lemmas.len() != forms.len() {
        return false;
    }
    let mut changed = false;
    changed |= each(0, forms.len(), |c| hung_on_punctuation::repair(tagged, arcs, c));
    changed |= each(0, forms.len(), |c| case_on_modifier::repair(tagged, arcs, c));
    changed |= each(3, forms.len(), |w| hyphenated_name::repair(forms, tagged, arcs, w));
    changed |= each(0, forms.len(), |v| double_subject::repair(forms, tagged, arcs, v));
    changed |= according_to_root::repair(forms, tagged, arcs);
    changed |= each(2, forms.len(), |r| relative_on_comma::repair(forms, tagged, arcs, r));
    changed |= each(0, forms.len(), |r| reported_subject::repair(lemmas, tagged, arcs, r));
    changed |= each(0, forms.len(), |g| participle_as_modifier(tagged, arcs, g));
    changed |= each(1, forms.len(), |g| participle_after_comma(forms, tagged, arcs, g));
    changed |= each(1, forms.len(), |c| verb_conjunct_on_noun(tagged, arcs, c));
    changed |= each(1, forms.len(), |t| {
        complement_read_as_relative(forms, lemmas, tagged, arcs, t)
    });
    changed |= each(2, forms.len(), |v| subject_lost_after_and(forms, tagged, arcs, v));
    changed |= each(0, forms.len(), |b| agent_on_duration::repair(forms, tagged, arcs, b));
    changed |= each(1, forms.len(), |g| participle_on_noun::repair(tagged, arcs, g));
    changed |= each(1, forms.len(), |p| {
        passive_participle_on_oblique::repair(tagged, arcs, p)
    });
    changed |= each(1, forms.len(), |g| gerund_after_preposition::repair(tagged, arcs, g));
    changed |= each(0, forms.len(), |s| subject_on_auxiliary::repair(forms, tagged, arcs, s));
    changed |= each(1, forms.len(), |n| absolute_with::repair(forms, tagged, arcs, n));
    changed |= each(2, forms.len(), |v| {
        subject_split_by_comma::repair(forms, tagged, arcs, v)
    });
    changed |= each(1, forms.len(), |p| {
        participle_after_of_phrase::repair(forms, tagged, arcs, p)
    });
    changed |= each(0, forms.len(), |p| preposition_on_modifier::repair(tagged, arcs, p));
    changed |= each(5, forms.len(), |o| age_as_subject::repair(forms, tagged, arcs, o));
    changed |= each(0, forms.len(), |v| {
        complement_on_oblique::repair(forms, lemmas, arcs, v)
    });
    changed |= each(0, forms.len(), |c| {
        complement_on_addressee::repair(lemmas, tagged, arcs, c)
    });
    changed |= each(0, forms.len(), |v| conjunct_of_relative::repair(forms, tagged, arcs, v));
    changed |= each(0, forms.len(), |p| oblique_on_subject::repair(forms, tagged, arcs, p));
    changed |= each(2, forms.len(), |d| {
        date_before_participle::repair(forms, tagged, arcs, d)
    });
    changed |= each(1, forms.len(), |v| {
        object_read_as_second_subject::repair(forms, tagged, arcs, v)
    });
    changed |= each(1, forms.len(), |i| {
        infinitive_on_object::repair(forms, lemmas, tagged, arcs, i)
    });
    changed |= each(1, forms.len(), |x| subject_read_as_apposition::repair(tagged, arcs, x));
    changed |= each(1, forms.len(), |k| {
        number_before_preposition::repair(forms, tagged, arcs, k)
    });
    changed
}

fn subject_lost_after_and(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], v: usize) -> bool {
    if tagged[v].upos != "VERB" || !matches!(tagged[v].xpos, "VBD" | "VBZ" | "VBP") {
        return false;
    }
    if has_dep(arcs, v, "nsubj") {
        return false;
    }
    // The phrase right before the verb: its head (past `flat` names) and its first word.
    let mut h = v - 1;
    if !matches!(tagged[h].upos, "NOUN" | "PROPN") {
        return false;
    }
    while matches!(arcs[h].deprel, "flat" | "flat:name") {
        match head(arcs, h) {
            Some(x) if x < h => h = x,
            _ => return false,
        }
    }
    // (Its own "and" or comma, if the parser hung them on it, are not part of it.)
    let start = (0..v)
        .find(|&k| under(arcs, k, h) && !matches!(arcs[k].deprel, "cc" | "punct"))
        .unwrap_or(h);
    if start < 1 || !forms[start - 1].eq_ignore_ascii_case("and") || (start..v).any(|k| !under(arcs, k, h)) {
        return false;
    }
    // The phrase hangs outside itself, before the "and" (an apposition or conjunct the parser
    // made of it), not on the verb.
    let Some(outside) = head(arcs, h) else { return false };
    if outside >= start || under(arcs, outside, v) {
        return false;
    }
    arcs[h].head = (v + 1) as u32;
    arcs[h].deprel = "nsubj";
    arcs[start - 1].head = (v + 1) as u32;
    arcs[start - 1].deprel = "cc";
    true
}

fn complement_read_as_relative(
    forms: &[&str],
    lemmas: &[&str],
    tagged: &[Tagged<'_>],
    arcs: &mut [Arc],
    t: usize,
) -> bool {
    if !forms[t].eq_ignore_ascii_case("that") || !matches!(arcs[t].deprel, "obj" | "nsubj") {
        return false;
    }
    let Some(v) = head(arcs, t).filter(|&v| v > t && arcs[v].deprel == "acl:relcl") else {
        return false;
    };
    let other = |rel: &str| (0..arcs.len()).any(|k| k != t && head(arcs, k) == Some(v) && arcs[k].deprel == rel);
    let impossible = if arcs[t].deprel == "obj" {
        other("nsubj") && other("obj")
    } else {
        other("nsubj")
    };
    if !impossible {
        return false;
    }
    // The reporting verb the noun's phrase hangs on ("said in a post on its channel").
    let Some(mut r) = head(arcs, v) else { return false };
    for _ in 0..4 {
        if tagged[r].upos == "VERB" {
            break;
        }
        match head(arcs, r) {
            Some(h) => r = h,
            None => return false,
        }
    }
    if tagged[r].upos != "VERB" || !reporting(lemmas[r]) {
        return false;
    }
    arcs[t].deprel = "mark";
    arcs[v].head = (r + 1) as u32;
    arcs[v].deprel = "ccomp";
    true
}

fn verb_conjunct_on_noun(tagged: &[Tagged<'_>], arcs: &mut [Arc], c: usize) -> bool {
    if arcs[c].deprel != "conj" || tagged[c].upos != "VERB" || tagged[c].xpos.is_empty() {
        return false;
    }
    let Some(n) = head(arcs, c).filter(|&n| n < c && matches!(tagged[n].upos, "NOUN" | "NUM" | "PROPN" | "ADV")) else {
        return false;
    };
    let kids = |k: &str| (0..arcs.len()).any(|j| head(arcs, j) == Some(c) && arcs[j].deprel.starts_with(k));
    if !kids("cc") || kids("nsubj") {
        return false;
    }
    // The verb whose phrase holds the noun, within three steps.
    let Some(v) = verb_above(tagged, arcs, n, 3) else {
        return false;
    };
    if tagged[v].xpos != tagged[c].xpos || v > n || under(arcs, v, c) {
        return false;
    }
    arcs[c].head = (v + 1) as u32;
    true
}

fn participle_after_comma(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], g: usize) -> bool {
    if forms[g - 1] != "," || tagged[g].xpos != "VBG" || arcs[g].deprel != "acl" {
        return false;
    }
    let Some(n) = head(arcs, g).filter(|&n| n < g) else {
        return false;
    };
    let in_phrase = has_dep(arcs, n, "case");
    if !in_phrase {
        return false;
    }
    // The verb the phrase belongs to.
    let Some(v) = verb_above(tagged, arcs, n, 4) else {
        return false;
    };
    if under(arcs, v, g) {
        return false;
    }
    arcs[g].head = (v + 1) as u32;
    arcs[g].deprel = "advcl";
    true
}

fn participle_as_modifier(tagged: &[Tagged<'_>], arcs: &mut [Arc], g: usize) -> bool {
    // The participle: an `-ing` `amod` opening its noun's phrase, right after a noun that is
    // not in that phrase ("agents committing acts"; not "oil producing countries", where "oil"
    // belongs to the phrase).
    if g == 0 || arcs[g].deprel != "amod" || tagged[g].xpos != "VBG" {
        return false;
    }
    let Some(b) = head(arcs, g).filter(|&b| b > g) else {
        return false;
    };
    if (0..g).any(|k| under(arcs, k, b)) || !matches!(tagged[g - 1].upos, "NOUN" | "PROPN") || under(arcs, g - 1, b) {
        return false;
    }
    // (The noun before must not hang inside the participle's phrase either.)
    if under(arcs, g - 1, g) {
        return false;
    }
    arcs[g].head = g as u32; // the noun before it (1-based: g - 1 + 1)
    arcs[g].deprel = "acl";
    arcs[b].head = (g + 1) as u32;
    arcs[b].deprel = "obj";
    true
}

/// The first verb above word `n`, within `steps` heads.
fn verb_above(tagged: &[Tagged<'_>], arcs: &[Arc], n: usize, steps: usize) -> Option<usize> {
    let mut v = n;
    for _ in 0..steps {
        v = head(arcs, v)?;
        if tagged[v].upos == "VERB" {
            return Some(v);
        }
    }
    None
}

/// Whether word `of` has a dependent whose relation starts with `rel` ("nsubj" also finds
/// "nsubj:pass").
/// Runs one repair at every word from `from` on; whether any call changed the tree.
fn each(from: usize, n: usize, mut repair: impl FnMut(usize) -> bool) -> bool {
    (from..n).fold(false, |changed, i| repair(i) | changed)
}

fn has_dep(arcs: &[Arc], of: usize, rel: &str) -> bool {
    (0..arcs.len()).any(|k| head(arcs, k) == Some(of) && arcs[k].deprel.starts_with(rel))
}

fn head(arcs: &[Arc], i: usize) -> Option<usize> {
    let h = arcs[i].head as usize;
    (h != 0).then(|| h - 1)
}

/// Whether `a` lies in the subtree of `top`.
fn under(arcs: &[Arc], mut a: usize, top: usize) -> bool {
    for _ in 0..arcs.len() {
        if a == top {
            return true;
        }
        match head(arcs, a) {
            Some(h) => a = h,
            None => return false,
        }
    }
    false
}

/// Builders for the repairs' tests: tags from UPOS, arcs from (head, relation) pairs.
#[cfg(test)]
pub(super) mod fixtures {
    use crate::parser::Arc;
    use crate::tagger::Tagged;

    pub fn arcs(spec: &[(u32, &'static str)]) -> Vec<Arc> {
        spec.iter().map(|&(head, deprel)| Arc { head, deprel }).collect()
    }

    pub fn tags(upos: &[&'static str]) -> Vec<Tagged<'static>> {
        upos.iter()
            .map(|&u| Tagged {
                upos: u,
                xpos: "",
                feats: "",
                lemma: None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::fixtures::{arcs, tags};

    #[test]
    fn a_participle_read_as_an_adjective_gets_its_object() {
        // Spies stealing secrets is serious .
        let forms = ["Spies", "stealing", "secrets", "is", "serious", "."];
        let mut t = tags(&["NOUN", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"]);
        t[1].xpos = "VBG";
        let mut a = arcs(&[
            (5, "nsubj"),
            (3, "amod"),
            (5, "nsubj"),
            (5, "cop"),
            (0, "root"),
            (5, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[1].head, a[1].deprel), (1, "acl"));
        assert_eq!((a[2].head, a[2].deprel), (2, "obj"));
    }

    #[test]
    fn a_participle_after_a_comma_modifies_the_clause() {
        // He spoke at a meeting , denying it .
        let forms = ["He", "spoke", "at", "a", "meeting", ",", "denying", "it", "."];
        let mut t = tags(&["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"]);
        t[6].xpos = "VBG";
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "det"),
            (2, "obl"),
            (7, "punct"),
            (5, "acl"),
            (7, "obj"),
            (2, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[6].head, a[6].deprel), (2, "advcl"));
    }

    #[test]
    fn a_verb_conjunct_hung_on_a_year_returns_to_its_verb() {
        // He was held in 2015 and jailed in 2017 .
        let forms = ["He", "was", "held", "in", "2015", "and", "jailed", "in", "2017", "."];
        let mut t = tags(&[
            "PRON", "AUX", "VERB", "ADP", "NUM", "CCONJ", "VERB", "ADP", "NUM", "PUNCT",
        ]);
        t[2].xpos = "VBN";
        t[6].xpos = "VBN";
        let mut a = arcs(&[
            (3, "nsubj:pass"),
            (3, "aux:pass"),
            (0, "root"),
            (5, "case"),
            (3, "obl"),
            (7, "cc"),
            (5, "conj"),
            (9, "case"),
            (7, "obl"),
            (3, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[6].head, a[6].deprel), (3, "conj"));
        // A noun conjunct is not touched, nor a verb of another form.
        let mut b = a.clone();
        b[6].head = 5;
        t[6].xpos = "VBD";
        assert!(!repair(&forms, &forms, &t, &mut b));
    }

    #[test]
    fn a_verb_conjunct_hung_on_an_adverb_returns_to_its_verb() {
        // They were held two weeks later and flown home .
        let forms = [
            "They", "were", "held", "two", "weeks", "later", "and", "flown", "home", ".",
        ];
        let mut t = tags(&[
            "PRON", "AUX", "VERB", "NUM", "NOUN", "ADV", "CCONJ", "VERB", "ADV", "PUNCT",
        ]);
        t[2].xpos = "VBN";
        t[7].xpos = "VBN";
        let mut a = arcs(&[
            (3, "nsubj:pass"),
            (3, "aux:pass"),
            (0, "root"),
            (5, "nummod"),
            (6, "obl:unmarked"),
            (3, "advmod"),
            (8, "cc"),
            (6, "conj"),
            (8, "advmod"),
            (3, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[7].head, a[7].deprel), (3, "conj"));
    }

    #[test]
    fn a_reported_clause_read_as_a_relative_clause_returns_to_its_verb() {
        // They said in a post that spies had turned him .
        let forms = [
            "They", "said", "in", "a", "post", "that", "spies", "had", "turned", "him", ".",
        ];
        let lemmas = [
            "they", "say", "in", "a", "post", "that", "spy", "have", "turn", "he", ".",
        ];
        let t = tags(&[
            "PRON", "VERB", "ADP", "DET", "NOUN", "PRON", "NOUN", "AUX", "VERB", "PRON", "PUNCT",
        ]);
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "det"),
            (2, "obl"),
            (9, "obj"),
            (9, "nsubj"),
            (9, "aux"),
            (5, "acl:relcl"),
            (9, "obj"),
            (2, "punct"),
        ]);
        assert!(repair(&forms, &lemmas, &t, &mut a));
        assert_eq!((a[8].head, a[8].deprel), (2, "ccomp"));
        assert_eq!((a[5].head, a[5].deprel), (9, "mark"));
        // A true relative clause ("the post that spies wrote") keeps its reading.
        let forms = ["They", "said", "in", "a", "post", "that", "spies", "wrote", "."];
        let lemmas = ["they", "say", "in", "a", "post", "that", "spy", "write", "."];
        let t = tags(&["PRON", "VERB", "ADP", "DET", "NOUN", "PRON", "NOUN", "VERB", "PUNCT"]);
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "det"),
            (2, "obl"),
            (8, "obj"),
            (8, "nsubj"),
            (5, "acl:relcl"),
            (2, "punct"),
        ]);
        assert!(!repair(&forms, &lemmas, &t, &mut a));
    }

    #[test]
    fn a_subject_hung_on_the_noun_before_and_returns_to_its_verb() {
        // It rained , and Ann Lee left .
        let forms = ["It", "rained", ",", "and", "Ann", "Lee", "left", "."];
        let mut t = tags(&["PRON", "VERB", "PUNCT", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]);
        t[6].xpos = "VBD";
        let mut a = arcs(&[
            (2, "nsubj"),
            (0, "root"),
            (7, "punct"),
            (5, "cc"),
            (2, "conj"),
            (5, "flat"),
            (2, "parataxis"),
            (2, "punct"),
        ]);
        assert!(repair(&forms, &forms, &t, &mut a));
        assert_eq!((a[4].head, a[4].deprel), (7, "nsubj"));
        assert_eq!((a[3].head, a[3].deprel), (7, "cc"));
        // A verb that has its subject is left alone.
        let mut b = a.clone();
        assert!(!repair(&forms, &forms, &t, &mut b));
    }

    #[test]
    fn a_proper_relative_clause_is_left_alone() {
        let forms = ["Ann", ",", "who", "left", ",", "spoke", "."];
        let t = tags(&["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"]);
        let mut a = arcs(&[
            (6, "nsubj"),
            (4, "punct"),
            (4, "nsubj"),
            (1, "acl:relcl"),
            (4, "punct"),
            (0, "root"),
            (6, "punct"),
        ]);
        let before = a.clone();
        assert!(!repair(&forms, &forms, &t, &mut a));
        assert_eq!(a, before);
    }
}
