//! Background, trends and fiction: acts a sentence tells as a pattern over time ("have
//! increasingly traded accusations", "dozens have been charged in recent years") or as made up
//! ("a fictional officer who laments …") are not events. Marks such drafts, with what they hang
//! on; the events nested in them go with them. Cue words are vocabulary classes
//! (`data/events/espionage.txt`: `@trendadv`, `@trendspan`, `@trendmod`, `@trendalways`,
//! `@fiction`).
//!
//! It marks only; dropping is `draft::finish`'s.

use super::draft::Draft;
use super::matcher::in_class;
use crate::lexicon::Lexicon;
use crate::sent::Sent;

/// Marks drafts that are background and, through `parent`, the events nested in them.
pub fn mark(s: &Sent, lex: &Lexicon, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if let Some(why) = cue(s, lex, d) {
            d.trace.push(format!("background: {why}"));
            d.background = true;
        }
    }
    // Nested events go with their parent (parents come first or later: follow up the chain).
    for i in 0..drafts.len() {
        let mut up = drafts[i].parent;
        for _ in 0..drafts.len() {
            let Some(p) = up else { break };
            if drafts[p].background {
                drafts[i].background = true;
                break;
            }
            up = drafts[p].parent;
        }
    }
}

fn cue(s: &Sent, lex: &Lexicon, d: &Draft) -> Option<String> {
    let class = |name: &str| lex.class_id(name);
    let (adv, span, modifier, fiction) = (
        class("trendadv")?,
        class("trendspan")?,
        class("trendmod")?,
        class("fiction")?,
    );
    let always = class("trendalways");
    let own = clause_verb(s, d.word);
    // "rumours about officials defecting happen all the time": a participle describing a noun
    // also takes the trend of the clause that noun belongs to.
    let outer = match s.head[own] {
        Some(n) if s.rel(own) == "acl" && own == d.word => Some(clause_verb(s, n)),
        _ => None,
    };
    for v in std::iter::once(own).chain(outer) {
        if let Some(why) = trend(s, lex, v, (adv, span, modifier, always)) {
            return Some(why);
        }
    }
    // A made-up person acting ("a fictional officer in the army, who …"): the actor word stands
    // in the phrase a fiction modifier opens (no clause or punctuation between them).
    let a = d.actor_word?;
    let opens = |f: usize| {
        f < a
            && a - f <= 8
            && (f + 1..=a).all(|k| {
                s.upos[k] != "PUNCT"
                    && !matches!(
                        s.rel(k),
                        "root" | "ccomp" | "advcl" | "parataxis" | "conj" | "acl" | "csubj"
                    )
            })
    };
    if let Some(f) = (0..s.len()).find(|&f| s.rel(f) == "amod" && in_class(s, lex, f, fiction) && opens(f)) {
        return Some(format!("fiction: `{}`", s.lower[f]));
    }
    None
}

/// A trend cue among the dependents of clause verb `v` (and of a participle clause inside it).
fn trend(s: &Sent, lex: &Lexicon, v: usize, classes: (usize, usize, usize, Option<usize>)) -> Option<String> {
    let (adv, span, modifier, always) = classes;
    // The clause's own dependents, and those of a participle clause inside it (the parser may
    // hang "in recent years" on "on spying charges").
    let inner = s.children[v]
        .iter()
        .copied()
        .filter(|&c| s.upos[c] == "VERB" && matches!(s.rel(c), "advcl" | "xcomp"));
    let deps: Vec<usize> = s.children[v]
        .iter()
        .copied()
        .chain(inner.flat_map(|c| s.children[c].iter().copied()))
        .collect();
    for c in deps {
        if s.rel(c) == "advmod" && in_class(s, lex, c, adv) {
            return Some(format!("trend `{}`", s.lower[c]));
        }
        // "in recent years", "over the past decade" (not "last year": one point in time).
        if matches!(s.rel(c), "obl" | "nmod") && in_class(s, lex, c, span) {
            let has_mod = s.children[c].iter().any(|&m| in_class(s, lex, m, modifier));
            let plural = s.lower[c].ends_with('s');
            let over = matches!(s.case_of(c), Some("over" | "during" | "throughout"));
            if has_mod && (plural || over) {
                return Some(format!("trend over `{}`", s.lower[c]));
            }
        }
        // "all the time", "every time".
        if matches!(s.rel(c), "obl" | "obl:npmod" | "obl:unmarked" | "nmod")
            && s.lemma[c] == "time"
            && always.is_some_and(|a| s.children[c].iter().any(|&m| in_class(s, lex, m, a)))
        {
            return Some(format!("trend `… {}`", s.lower[c]));
        }
    }
    None
}

/// The verb of the clause a trigger belongs to: itself for a verb or adjective, else the nearest
/// verb above it (within three steps), else itself.
fn clause_verb(s: &Sent, w: usize) -> usize {
    if matches!(s.upos[w], "VERB" | "ADJ" | "AUX") {
        return w;
    }
    let mut x = w;
    for _ in 0..3 {
        match s.head[x] {
            Some(h) => x = h,
            None => return w,
        }
        if s.upos[x] == "VERB" {
            return x;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    fn kinds(text: &str) -> Vec<String> {
        super::super::tests::code(text)
            .into_iter()
            .map(|e| e.split(' ').next().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn trends_are_not_events() {
        assert!(kinds("Russia and Britain have increasingly traded accusations of spying.").is_empty());
        assert!(kinds("Dozens of Iranian officials have been arrested on spying charges in recent years.").is_empty());
        assert!(kinds("Moscow has expelled many Polish diplomats over the past decade.").is_empty());
        // One act at one time stays.
        assert_eq!(kinds("Moscow expelled two Polish diplomats last year."), ["expel"]);
        assert!(kinds("Reports about Russian officers defecting to Ukraine appear all the time.").is_empty());
        assert!(!kinds("Russian officers defected to Ukraine the last time.").is_empty());
    }

    #[test]
    fn fiction_is_not_an_event() {
        assert!(
            kinds("The film shows a fictional officer in the Russian army who accuses Britain of spying.")
                .iter()
                .all(|k| k != "accuse" && k != "spy")
        );
        assert!(!kinds("A Russian officer accused Britain of spying.").is_empty());
    }
}
