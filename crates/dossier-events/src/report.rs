//! Reported speech over a clause: which reporting verb (from the vocabulary's @report class)
//! or "according to" phrase presents it, and who the source is. Shared by `code` (an unresolved
//! "it"/"he" in a reported clause is the source; a denial's actor is its reporter) and
//! `attribute` (claimants and status). It reads the parse only; it creates no events.

use crate::code::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;

/// How a clause is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A reporting verb (its word index); its subject (or passive agent) is the source.
    Verb(usize),
    /// An "according to X" phrase (the index of X).
    According(usize),
    /// A report noun whose content clause the clause is ("there have been reports that …", "a
    /// report by Mandiant that …"): its `by` agent or possessor is the source, else the noun.
    Noun(usize),
}

impl Source {
    /// The word naming the source: the verb's subject or `by` agent, or the `according to` noun.
    pub fn who(self, s: &Sent) -> Option<usize> {
        match self {
            Source::Verb(v) if s.passive(v) => s.agent(v),
            // ("an incident the government said …": of two subjects the parser gives the verb,
            // the one naming an actor.)
            // ("a foreign ministry statement read", "the ministry's statement said": a
            // statement speaks for the body it is of; so does a spokesperson.)
            Source::Verb(v) => s
                .kids(v, "nsubj")
                .find(|&k| !s.actors_at(k).is_empty())
                .or_else(|| s.subject(v))
                .map(|k| {
                    // ("A spokesperson for China's Ministry of National Defense said": a
                    // spokesperson speaks for the body named after it.)
                    let spokes = s.lemma[k].starts_with("spokes");
                    let of_body = s.children[k].iter().copied().find(|&c| {
                        let rel = s.rel(c);
                        (matches!(rel, "compound" | "nmod:poss")
                            || spokes && rel == "nmod" && matches!(s.case_of(c), Some("for" | "of" | "at")))
                            && !s.actors_at(c).is_empty()
                    });
                    match of_body {
                        Some(c) if s.actors_at(k).is_empty() => c,
                        _ => k,
                    }
                }),
            Source::According(x) => Some(x),
            Source::Noun(n) => s.preps(n, "by").next().or_else(|| s.kid(n, "nmod:poss")).or(Some(n)),
        }
    }

    /// The cue's words for the trace and the claim.
    pub fn cue(self, s: &Sent) -> String {
        match self {
            Source::Verb(v) => s.lower[v].clone(),
            Source::According(_) => "according to".into(),
            Source::Noun(n) => s.lower[n].clone(),
        }
    }
}

/// The source reporting `clause`, climbing from it to the root: "…, the ministry said" (a
/// reporting verb in parataxis at any level), "according to X", and "X said (that) …" (the
/// clause, or a clause it hangs in, is the verb's complement, or comes before it, or is the
/// content of the verb's object noun).
pub fn source(s: &Sent, lex: &Lexicon, clause: usize) -> Option<Source> {
    let report = lex.class_id("report")?;
    let mut j = clause;
    // Whether the climb came up through a noun's content clause ("the charge that …").
    let mut via_content_noun = false;
    for _ in 0..8 {
        for &c in &s.children[j] {
            if c != clause && s.rel(c) == "parataxis" && in_class(s, lex, c, report) && !s.negated(c) {
                return Some(Source::Verb(c));
            }
            if s.rel(c) == "obl" && s.children[c].iter().any(|&k| s.lower[k] == "according") {
                return Some(Source::According(c));
            }
        }
        let h = s.head[j]?;
        let content = match s.rel(j) {
            "ccomp" | "parataxis" => true,
            "advcl" | "conj" => j < h,
            // "X said the charge that … was groundless"; "X claimed in a statement that …".
            "obj" | "obl" => via_content_noun,
            _ => false,
        };
        // ("did not say how many were detained" reports nothing.)
        if content && in_class(s, lex, h, report) && !s.negated(h) {
            return Some(Source::Verb(h));
        }
        // "reports that a minister has defected": the content clause of a report noun.
        let that_clause = s.children[j]
            .iter()
            .any(|&k| s.rel(k) == "mark" && s.lower[k] == "that");
        if s.rel(j) == "acl"
            && that_clause
            && s.upos[h] == "NOUN"
            && lex.class_id("reportnoun").is_some_and(|rn| in_class(s, lex, h, rn))
        {
            return Some(Source::Noun(h));
        }
        // (A relative clause with its pronoun describes its noun; it is no content: "accused
        // Yatskin, who denies guilt, of …" does not report the denial.)
        let relative = s.deprel[j] == "acl:relcl"
            && s.children[j]
                .iter()
                .any(|&k| matches!(s.lower[k].as_str(), "who" | "which" | "whom" | "whose"));
        via_content_noun = matches!(s.rel(j), "acl" | "ccomp") && !relative && matches!(s.upos[h], "NOUN" | "PROPN");
        j = h;
    }
    None
}

/// The clause a word belongs to: itself for verbs and predicates, the governing verb for nouns.
pub fn clause_of(s: &Sent, w: usize) -> usize {
    let mut j = w;
    for _ in 0..4 {
        if matches!(s.upos[j], "VERB" | "AUX") || s.kid(j, "cop").is_some() || s.kid(j, "nsubj").is_some() {
            return j;
        }
        match s.head[j] {
            Some(h) => j = h,
            None => return j,
        }
    }
    j
}
