//! Appositives between neighbouring drafts of one sentence: "Britain's secret intelligence
//! service, MI6" is one actor; "Lim, a spokesman at the unification ministry" gives the person
//! the ministry's code; "a Chinese man, identified only as Wang" names the man; "Gen. Zhang, who
//! as vice chairman of … " takes the country of its relative clause.
//!
//! It only merges or codes neighbouring drafts; finding pieces and composing drafts is
//! [`super`]'s work.

use super::Sentence;
use crate::recognise::draft::Draft;
use crate::recognise::lexicons::Lexicons;

/// Appositives, "identified as" names and "who" clauses between neighbouring drafts.
pub(super) fn link(s: &Sentence<'_>, drafts: &mut Vec<Draft>, lex: &Lexicons) {
    let mut k = 0;
    while k + 1 < drafts.len() {
        let (a, b) = (drafts[k].clone(), drafts[k + 1].clone());
        let between: Vec<&str> = s.lower[a.end..b.start].iter().map(String::as_str).collect();
        let after_b = s.lower.get(b.end).map(String::as_str);
        let closes = matches!(after_b, None | Some("," | "." | ")" | ";" | ":" | "who" | "which"));
        // ("…, a spokesman at the ministry": the organisation's own article is not the role's.)
        let role_part = match between.as_slice() {
            [rest @ .., "at" | "for" | "of" | "with" | "in", "the"] if !rest.is_empty() => {
                &between[..between.len() - 1]
            }
            _ => between.as_slice(),
        };
        let intro = match role_part {
            [","] | [",", "a" | "an" | "the"] | [",", "a" | "an" | "the", "former"] | [",", "former"] => {
                Some("appositive")
            }
            // "The man, identified as a German national …": a description by another name.
            [",", "identified", "as", "a" | "an"] => Some("appositive"),
            // "identified the pilot as Maksym Kuzminov": the object of a naming verb, then its name.
            ["as"]
                if a.start >= 2
                    && s.lower[a.start - 1] == "the"
                    && matches!(s.lower[a.start - 2].as_str(), "identified" | "named") =>
            {
                Some("name")
            }
            // "a man named Arthur E.", "a man identified as Carsten L.": without a comma, only
            // after an indefinite person noun (not "the minister called Smith a liar").
            ["named" | "called"] | ["identified", "as"] | ["identified", "only", "as"]
                if a.generic
                    && a.person
                    && a.start > 0
                    && matches!(s.lower[a.start - 1].as_str(), "a" | "an") =>
            {
                Some("name")
            }
            // "Lim, a spokesman at the unification ministry": a role at an organisation.
            // ("Kask, the former head of security at the defence ministry": a title's own `of`
            // phrase, up to two words, may come between.)
            [",", middle @ .., "at" | "for" | "of" | "with" | "in"]
                if !middle.is_empty()
                    && middle
                        .iter()
                        .any(|w| lex.title(w).is_some() || lex.generic_heads.contains(*w))
                    && role_words(middle, lex) =>
            {
                Some("role at")
            }
            [",", "identified", "as"]
            | [",", "identified", "only", "as"]
            | [",", "also", "surnamed"]
            | [",", "surnamed"]
            | [",", "named"]
            | [",", "called"]
            // ("a German citizen who was identified only as Carsten L.", "a German national by
            // the name of Carsten L.")
            | ["who", "was" | "is" | "has", "identified" | "named", "as"]
            | ["who", "was" | "is", "identified", "only", "as"]
            | ["who", "has", "been", "identified", "as"]
            | ["who", "has", "been", "identified", "only", "as"]
            | ["by", "the", "name", "of"] => Some("name"),
            // ("The man, a German citizen who was identified only as Carsten L.", "The man,
            // identified as a German national by the name of Carsten L.": a short description
            // the person's draft does not span comes first.)
            [",", "a" | "an", described @ .., "who", "was", "identified", "as"]
            | [",", "a" | "an", described @ .., "who", "was", "identified", "only", "as"]
            | [",", "identified", "as", "a" | "an", described @ .., "by", "the", "name", "of"]
                if !described.is_empty() && described.len() <= 3 && !described.contains(&",") =>
            {
                Some("name")
            }
            _ => None,
        };
        // "Ana Ruiz, a spokeswoman at the foreign ministry": the role may be a draft of its own.
        let role_then_org = intro == Some("appositive")
            && b.bare
            && drafts.get(k + 2).is_some_and(|c| {
                matches!(
                    s.lower[b.end..c.start]
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .as_slice(),
                    ["at" | "for" | "of" | "with" | "in"] | ["at" | "for" | "of" | "with" | "in", "the"]
                )
            });
        let org = match (intro, role_then_org) {
            (Some("role at"), _) => Some(b.clone()),
            (_, true) => drafts.get(k + 2).cloned(),
            _ => None,
        };
        if let Some(org) = org.filter(|o| !o.person && o.final_code().is_some_and(|c| c.len() >= 6)) {
            // (The role the text gives wins over a dictionary's code for the person: "Thae Yong
            // Ho, a former minister at the North Korean Embassy".)
            if a.person && a.entity.is_some() && !a.generic {
                let a = &mut drafts[k];
                a.code = org.final_code();
                a.rules.push("holds a role at the organisation named after it".into());
                k += 1;
                continue;
            }
        }
        // "the Foreign Office Minister": a body's name before a title is the title's.
        // (So is a person's role noun after a service: "a former CIA officer, John Reed".)
        let head = &s.lower[a.end - 1];
        let role_head = lex.title(head).is_some_and(Option::is_some)
            || lex.person_nouns.contains(head)
            || lex.generic_heads.contains(head);
        let merged = match intro {
            // "Russia's Deputy Foreign Minister, Mr Sergei Krylov": the role, then the name.
            Some("appositive")
                if closes
                    && !a.person
                    && (!a.org || role_head)
                    && !a.generic
                    && (a.sector.is_some() || a.agent_sector || role_head)
                    && b.person
                    && b.entity.is_some()
                    && b.final_code().is_none() =>
            {
                let a = &mut drafts[k];
                a.entity = b.entity.clone();
                a.person = true;
                a.group = false;
                a.bare = false;
                a.end = b.end;
                a.rules.push("named in an apposition after its role".into());
                true
            }
            Some("name") if b.person && b.entity.is_some() && b.code.is_none() => {
                let name = b.entity.clone();
                drafts[k].entity = name;
                // ("The man, identified as Arthur E.": a description with no country is now a
                // named person, no longer one for coreference to resolve or drop; "a Chinese
                // man, identified only as Wang" may still take a group's code, "his wife, also
                // surnamed Zhou" that of the person "his" points to.)
                let possessed = a.start > 0 && matches!(s.lower[a.start - 1].as_str(), "his" | "her" | "their");
                let a = &mut drafts[k];
                if a.generic && a.person && a.final_code().is_none() && !possessed {
                    a.generic = false;
                    a.bare = false;
                }
                // (A description named by a person's name is that person: "the pilot".)
                a.person = true;
                a.rules.push("named in an apposition".into());
                true
            }
            // (A possessive is not the description but the start of a longer phrase: "…'s
            // Office, Turkish police's units rounded up" is a clause's subject.)
            Some("appositive")
                if !matches!(after_b, Some("'s" | "’s" | "'"))
                    && a.person
                    && a.final_code().is_none_or(|c| c.len() < 6)
                    && b.code.is_some()
                    && !b.person =>
            {
                let (code, rules) = (b.final_code(), b.rules.clone());
                let a = &mut drafts[k];
                a.code = code;
                a.rules.extend(rules);
                a.rules.push("appositive description".into());
                true
            }
            Some("appositive")
                if closes
                    && !a.person
                    && !b.person
                    && b.org
                    && (a.country().is_none() || a.country() == b.country()) =>
            {
                let b = drafts[k + 1].clone();
                let a = &mut drafts[k];
                if a.final_code()
                    .is_none_or(|c| b.code.as_ref().is_some_and(|bc| bc.len() >= c.len()))
                {
                    a.code = b.code.clone();
                }
                a.entity = b.entity;
                a.end = b.end;
                a.org = true;
                a.bare = false;
                a.rules.extend(b.rules);
                a.rules.push("appositive of the same actor".into());
                true
            }
            _ => false,
        };
        if merged {
            drafts.remove(k + 1);
            continue;
        }
        // "Gen. Zhang Youxia, who as vice chairman of the Central Military Commission …"
        if a.person
            && a.country().is_none()
            && between.first() == Some(&",")
            && s.lower.get(a.end + 1).is_some_and(|w| w == "who")
        {
            let clause_end = s.lower[a.end + 1..]
                .iter()
                .position(|w| w == ",")
                .map_or(s.lower.len(), |p| a.end + 1 + p);
            if let Some(d) = drafts[k + 1..]
                .iter()
                .take_while(|d| d.start < clause_end)
                .find(|d| d.country().is_some())
            {
                // "who is a Canadian citizen": the person of the country in no role.
                let full = super::super::described::national(d);
                let c = d.country().unwrap_or_default().to_string();
                let a = &mut drafts[k];
                a.code = Some(match (full, a.sector.take()) {
                    (Some(code), None) => code,
                    (_, Some(sec)) => format!("{c}{sec}"),
                    (None, None) => c,
                });
                a.rules.push("country of its relative clause".into());
            }
        }
        k += 1;
    }
    let _ = lex;
}

/// Whether `middle` is a role: titles, generic heads and their modifiers, with at most one
/// `of` phrase of one or two words right after a title ("head of security").
fn role_words(middle: &[&str], lex: &Lexicons) -> bool {
    let role = |w: &str| {
        lex.title(w).is_some()
            || lex.generic_heads.contains(w)
            || matches!(w, "a" | "an" | "the" | "former" | "senior" | "top" | "chief")
    };
    match middle.iter().position(|w| *w == "of") {
        None => middle.iter().all(|w| role(w)),
        Some(o) => {
            let (before, after) = (&middle[..o], &middle[o + 1..]);
            o > 0
                && lex.title(before[o - 1]).is_some()
                && before.iter().all(|w| role(w))
                && (1..=2).contains(&after.len())
                && after.iter().all(|w| !matches!(*w, "," | "of" | "the" | "a" | "an"))
        }
    }
}
