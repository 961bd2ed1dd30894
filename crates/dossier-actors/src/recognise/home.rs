//! The home country of a document and the state bodies that take it. A body named without its
//! country ("the Justice Department", "prosecutors", "the court", "the foreign ministry", "four
//! officers") belongs, in news, to the country the story is about; that is the country the
//! document mentions most, counted as:
//! - 1 for each mention of the country (a country, city or nationality word, a named actor);
//! - 2 for a civil body of that state at home ("the Estonian Defence Ministry", "Australian
//!   police"; not its army or spies, which often act abroad);
//! - 0 for its embassies and diplomats, which are abroad ("the Russian ambassador"), and for a
//!   country after "for", the party someone works or spies for ("spying for Israel"), or after
//!   "on"/"against", a party addressed ("called on Russia to stop", "sanctions against Iran");
//! - +1 when the mention is a place ("in Germany") or the dateline ("MOSCOW (AP) —");
//! - a national held or questioned ("the detained Japanese", "a Japanese citizen has been
//!   investigated") may be a foreigner: such mentions are counted apart and decide only when
//!   nothing else scores.
//!
//! The highest score must be unique; otherwise there is no home country and such bodies stay
//! without a code. "The country's spy agency" takes the country named last before it instead.
//! Which mentions qualify comes from `data/recognise/home_bodies.txt`. This module decides
//! nothing about other actors.

use super::coref::Placed;
use super::lexicons::Lexicons;

/// The least score a home country needs (on short texts one mention may be all there is).
const MIN_SCORE: u32 = 1;

/// The document's home country with the rule that found it, if one country clearly leads.
pub fn home_country(placed: &[Placed], lex: &Lexicons, is_country: &dyn Fn(&str) -> bool) -> Option<(String, String)> {
    let mut scores: Vec<(String, u32, u32)> = Vec::new(); // (country, score, mentions)
    let mut held: Vec<(String, u32, u32)> = Vec::new(); // the same, from nationals held alone
                                                        // The end of the last mention weighed 0 as a beneficiary or addressee, for its apposition
                                                        // ("working for Mossad, Israel's spy agency").
    let mut aside_end: Option<(usize, usize)> = None;
    for p in placed {
        let Some(code) = p.draft.final_code() else { continue };
        let Some(country) = code.get(..3).filter(|c| is_country(c)) else {
            continue;
        };
        let addressed = matches!(p.governor.as_deref(), Some("for" | "on" | "against"));
        // (A service or government someone works for is a beneficiary too: "worked for Mossad",
        // "spies working for the Polish government".)
        let beneficiary = code.len() == 3 || matches!(code.get(3..6), Some("SPY" | "GOV"));
        // (Not a subject after the comma: "… to Ukraine's special services, TASS reported".)
        let apposed = p.before.as_deref() == Some(",")
            && !p.subject
            && aside_end == Some((p.sentence, p.draft.start.saturating_sub(1)));
        // (The side receiving what is handed over, a state or its government, spies or army, is the
        // other side: "passing secrets to Ukraine's special services".)
        let handed_to = p.to_verb.as_ref().is_some_and(|v| lex.home.handover.contains(v))
            && (code.len() == 3 || matches!(code.get(3..6), Some("SPY" | "GOV" | "MIL")));
        // (A national held or questioned may be a foreigner, "the detained Japanese": counted
        // apart, and only when nothing else names a home.)
        let held_national = p.held && (code.len() == 3 || code.get(3..6) == Some("CVL"));
        let aside = addressed && beneficiary || apposed || handed_to;
        aside_end = aside.then_some((p.sentence, p.draft.end));
        let mut w = if abroad(p, lex) || aside {
            0
        } else if code.get(3..6).is_some_and(|s| lex.home.anchors.contains(s)) {
            2
        } else {
            1
        };
        if w > 0 && (p.before.as_deref() == Some("in") || p.dateline) {
            w += 1;
        }
        let (w, wh) = if held_national { (0, w) } else { (w, 0) };
        add(&mut scores, country, w);
        add(&mut held, country, wh);
    }
    if scores.iter().all(|s| s.1 < MIN_SCORE) {
        scores = held;
    }
    scores.sort_by_key(|s| std::cmp::Reverse(s.1));
    match scores.as_slice() {
        [first, rest @ ..] if first.1 >= MIN_SCORE && rest.first().is_none_or(|second| second.1 < first.1) => {
            let others: Vec<String> = rest.iter().map(|(c, s, _)| format!("{c} {s}")).collect();
            let why = format!(
                "home country of the document: {} (score {} from {} mentions; {})",
                first.0,
                first.1,
                first.2,
                if others.is_empty() {
                    "no other country".to_string()
                } else {
                    others.join(", ")
                }
            );
            Some((first.0.clone(), why))
        }
        _ => None,
    }
}

/// Adds one mention of `country` weighing `w` to a score table (country, score, mentions).
fn add(scores: &mut Vec<(String, u32, u32)>, country: &str, w: u32) {
    match scores.iter_mut().find(|(c, _, _)| c == country) {
        Some((_, s, n)) => {
            *s += w;
            *n += 1;
        }
        None => scores.push((country.to_string(), w, 1)),
    }
}

/// Whether the mention names its body's embassy, diplomats or mission abroad.
pub fn abroad(p: &Placed, lex: &Lexicons) -> bool {
    p.text.split(' ').any(|w| lex.home.abroad.contains(w))
}

/// Whether an uncoded mention is a state body that may take the home country: a sector and a
/// head noun of `home_bodies.txt`, a title with a sector after another word ("the foreign
/// minister"; not "a colonel" or "the king", who may be anyone), or a named person with a role ("Energy Secretary Bill
/// Richardson", "foreign ministry spokesman Qin Gang"); an intelligence body only
/// when a word says it works at home ("the state security ministry", "counter-intelligence
/// officers"; "the intelligence agency" may be anyone's); not abroad, not a private party, not
/// after "foreign" or the like.
pub fn takes_home(p: &Placed, lex: &Lexicons) -> bool {
    let d = &p.draft;
    d.code.is_none()
        && !d.generic
        && d.sector.as_deref().is_some_and(|s| {
            lex.home.sectors.contains(s) || s == "SPY" && p.text.split(' ').any(|w| lex.home.domestic.contains(w))
        })
        && (lex.home.heads.contains(&p.head)
            || d.person && d.entity.is_some()
            || lex.title(&p.head).is_some_and(Option::is_some)
                && p.text.contains(' ')
                && !matches!(p.before.as_deref(), Some("a" | "an")))
        && !abroad(p, lex)
        && !lex.home.private.contains(&p.head)
        && !p.before.as_deref().is_some_and(|b| lex.home.not_after.contains(b))
}
