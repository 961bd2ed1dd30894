//! People a sentence describes by their nationality without coding them directly:
//! - apposition or predicate: "Tom Hale, a naturalised Canadian citizen," and "Tom Hale is a
//!   Canadian citizen" give the named person the code of the generic person (`CANCVL`);
//! - a participle or "as" clause before the subject: "Being an Iranian national, the defendant
//!   …", "As a Chilean citizen, Ana Soto …" give the subject that code;
//! - an apposition naming where a person works, in the longer forms `compose::appositives`
//!   leaves ("Matthew Hedges, 31, and a specialist in Middle Eastern studies at Durham
//!   University"): the person takes the organisation's code once coreference knows it
//!   (`Draft::works_at`; the organisation's country may come from a place after it);
//! - "a local man": a person of the one country the sentence places things in ("Police in
//!   Lyon said a local man …" `FRACVL`);
//! - "Carsten L.": a given name and an initial is a person whose surname is withheld.
//!
//! Runs on one sentence's drafts after composition; it links nothing across sentences and
//! never overrides a full code.

use super::compose::Sentence;
use super::draft::Draft;
use super::lexicons::Lexicons;

/// Applies the rules to the drafts of one sentence (kept in text order).
pub fn describe(s: &Sentence<'_>, drafts: &mut Vec<Draft>, lex: &Lexicons) {
    initialled(s, drafts);
    apposed(s, drafts);
    employed(s, drafts);
    participle(s, drafts, lex);
    local_people(s, drafts, lex);
}

/// A person of a country in no role, without a name ("a Canadian citizen", "an Iranian national").
pub fn national(d: &Draft) -> Option<String> {
    d.final_code()
        .filter(|c| !d.org && d.entity.is_none() && !d.group && c.len() == 6 && c.ends_with("CVL"))
}

/// "Carsten L.", "Arthur E.": a given name and the initial of a surname withheld (as German and
/// other privacy rules have reports write suspects' names) is a person, though no dictionary
/// knows the name; the rules below and coreference may give them a code.
fn initialled(s: &Sentence<'_>, drafts: &mut [Draft]) {
    let word = |i: usize| s.tokens.get(i).map(|t| t.span.slice(s.text)).unwrap_or("");
    for d in drafts.iter_mut().filter(|d| d.name_only) {
        let given = d.start;
        if !given_name_and_initial(word(given), word(given + 1)) || d.end > given + 2 {
            continue;
        }
        d.end = given + 2;
        d.person = true;
        d.name_only = false;
        let (from, to) = (s.tokens[given].span.start, s.tokens[given + 1].span.end);
        d.entity = Some(s.text[from as usize..to as usize].to_string());
        d.rules
            .push("a given name and an initial: a person whose surname is withheld".into());
    }
}

/// Whether two words are a given name and a surname's initial ("Carsten" "L."): a capitalised
/// word of three letters or more, then one capital letter and a period. (Also what the ledger
/// keys such people by across documents.)
pub fn given_name_and_initial(given: &str, initial: &str) -> bool {
    let mut c = initial.chars();
    let is_initial = matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase());
    is_initial
        && given.chars().next().is_some_and(char::is_uppercase)
        && given.chars().count() >= 3
        && given.chars().all(char::is_alphabetic)
}

/// A named person without a full code.
fn uncoded_name(d: &Draft) -> bool {
    d.person && d.entity.is_some() && !d.generic && d.final_code().is_none_or(|c| c.len() < 6)
}

fn upos<'a>(s: &'a Sentence<'_>, i: usize) -> &'a str {
    s.tokens[i].analysis.upos
}

/// Words between a name and its description: ", (40 ,) a (naturalised)" or "is a" / "was an".
fn describes(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let w: Vec<&str> = s.lower[from..to].iter().map(String::as_str).collect();
    let mut k = match w.as_slice() {
        [",", n, ",", ..] if n.chars().all(|c| c.is_ascii_digit()) => 3,
        [",", ..] => 1,
        ["is" | "was" | "became", ..] => 1,
        _ => return false,
    };
    if matches!(w.get(k), Some(&("a" | "an"))) {
        k += 1;
    } else if w[0] != "," {
        return false;
    }
    // Only adjectives and participles may stand before the nationality ("naturalised").
    (from + k..to).all(|i| {
        let x = s.tokens[i].analysis.xpos;
        upos(s, i) == "ADJ" || matches!(x, "VBN" | "JJ") || upos(s, i).is_empty() && s.lower[i].ends_with("ed")
    })
}

fn apposed(s: &Sentence<'_>, drafts: &mut [Draft]) {
    for k in 0..drafts.len().saturating_sub(1) {
        let (a, b) = (&drafts[k], &drafts[k + 1]);
        let Some(code) = national(b) else { continue };
        if uncoded_name(a) && describes(s, a.end, b.start) {
            let a = &mut drafts[k];
            a.code = Some(code);
            a.rules
                .push("described as a person of the country by an apposition or predicate".into());
        }
    }
}

/// Words between a name and the organisation its apposition says the person works at: ", (31
/// ,) (and) a|an|the <modifiers> <role noun> (<phrase>) at|of|with|for", with no verb and no
/// other comma.
fn works_at(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let w: Vec<&str> = s.lower[from..to].iter().map(String::as_str).collect();
    let mut k = match w.as_slice() {
        [",", n, ",", ..] if n.chars().all(|c| c.is_ascii_digit()) => 3,
        [",", ..] => 1,
        _ => return false,
    };
    if w.get(k) == Some(&"and") {
        k += 1;
    }
    if !matches!(w.get(k), Some(&("a" | "an" | "the"))) || w.len() < k + 3 {
        return false;
    }
    let mut last = to - 1;
    if s.lower[last] == "the" {
        last -= 1;
    }
    let role = (from + k + 1..last).find(|&i| upos(s, i) == "NOUN");
    let plain = (from + k + 1..last).all(|i| s.lower[i] != "," && upos(s, i) != "VERB" && upos(s, i) != "AUX");
    plain && role.is_some() && matches!(s.lower[last].as_str(), "at" | "of" | "with" | "for")
}

fn employed(s: &Sentence<'_>, drafts: &mut [Draft]) {
    let unknown_name = |d: &Draft| d.name_only && d.final_code().is_none();
    for k in 0..drafts.len() {
        let a = &drafts[k];
        if !(uncoded_name(a) || unknown_name(a)) || a.end <= a.start {
            continue;
        }
        // The organisation: one of the next two drafts that are not bare names (the first may
        // be the role: "a lecturer at the university"), with the names written right before
        // it ("Durham University").
        let found = (k + 1..drafts.len())
            .filter(|&j| !unknown_name(&drafts[j]))
            .take(2)
            .find_map(|j| {
                let b = &drafts[j];
                let mut org_start = b.start;
                for i in (k + 1..j).rev() {
                    if drafts[i].end == org_start {
                        org_start = drafts[i].start;
                    }
                }
                let organisation = (b.org || b.bare && b.sector.is_some()) && !b.person && !b.group;
                (organisation && works_at(s, a.end, org_start)).then_some(b.start)
            });
        let Some(at) = found else { continue };
        {
            let a = &mut drafts[k];
            a.works_at = Some(at);
            a.person = true;
            a.name_only = false;
            if a.entity.is_none() {
                let (from, to) = (s.tokens[a.start].span.start, s.tokens[a.end - 1].span.end);
                a.entity = Some(s.text[from as usize..to as usize].to_string());
            }
            a.rules
                .push("described by an apposition as working at the organisation after it".into());
        }
    }
}

fn participle(s: &Sentence<'_>, drafts: &mut Vec<Draft>, lex: &Lexicons) {
    let Some(k) = drafts.iter().position(|d| {
        d.start == 2
            && matches!(s.lower[0].as_str(), "being" | "as")
            && matches!(s.lower[1].as_str(), "a" | "an")
            && s.lower.get(d.end).is_some_and(|w| w == ",")
    }) else {
        return;
    };
    let Some(code) = national(&drafts[k]) else { return };
    let at = drafts[k].end + 1;
    let rule = "described as a person of the country by the clause before it".to_string();
    if let Some(next) = drafts.get_mut(k + 1).filter(|d| d.start <= at + 1) {
        if uncoded_name(next) || next.bare && next.final_code().is_none() {
            next.code = Some(code);
            next.person = true;
            next.bare = false;
            next.rules.push(rule);
        }
        return;
    }
    let noun = at + 1;
    if s.lower.get(at).is_some_and(|w| w == "the") && s.lower.get(noun).is_some_and(|w| lex.person_nouns.contains(w)) {
        drafts.insert(
            k + 1,
            Draft {
                start: at,
                end: noun + 1,
                code: Some(code),
                person: true,
                rules: vec![rule],
                ..Default::default()
            },
        );
    }
}

fn local_people(s: &Sentence<'_>, drafts: &mut Vec<Draft>, lex: &Lexicons) {
    let n = s.lower.len();
    for i in 1..n {
        if s.lower[i - 1] != "local" || !lex.person_nouns.contains(&s.lower[i]) {
            continue;
        }
        let Some(c) = place_country(s, drafts) else { return };
        let rule = format!("a local person: of the country the sentence is placed in, {c}");
        if let Some(d) = drafts.iter_mut().find(|d| d.start <= i && i < d.end) {
            // "man" may already be a bare generic person; never recode a coded actor.
            if d.final_code().is_none() && d.end == i + 1 {
                d.code = Some(format!("{c}CVL"));
                d.start = d.start.min(i - 1);
                d.bare = false;
                // Coded by its place, not by a group the document named before.
                d.generic = false;
                d.rules.push(rule);
            }
            continue;
        }
        let plural = s.tokens[i].analysis.xpos == "NNS" || s.lower[i].ends_with('s') && !s.lower[i].ends_with("ss");
        let pos = drafts.partition_point(|d| d.start < i - 1);
        drafts.insert(
            pos,
            Draft {
                start: i - 1,
                end: i + 1,
                code: Some(format!("{c}CVL")),
                person: !plural,
                group: plural,
                rules: vec![rule],
                ..Default::default()
            },
        );
    }
}

/// The one country the sentence places things in: of its places after "in" if those agree,
/// else of all its countries and places if those agree.
fn place_country(s: &Sentence<'_>, drafts: &[Draft]) -> Option<String> {
    let one = |it: &mut dyn Iterator<Item = &Draft>| {
        let mut cs: Vec<&str> = it.filter(|d| d.is_bare_country()).filter_map(Draft::country).collect();
        cs.dedup();
        (cs.len() == 1).then(|| cs[0].to_string())
    };
    let after_in = |d: &&Draft| d.start > 0 && s.lower[d.start - 1] == "in";
    if drafts.iter().any(|d| after_in(&d) && d.is_bare_country()) {
        one(&mut drafts.iter().filter(after_in))
    } else {
        one(&mut drafts.iter())
    }
}
