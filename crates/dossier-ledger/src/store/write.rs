//! Writing one coded document into the ledger, in one transaction: the document row, its
//! sentences, actor mentions (with their entities) and event records, each record linked to the
//! real-world event it reports (a new one when no stored report matches, `crate::link::rule`).

use super::{content_hash, Ledger, Result};
use crate::link::facts::{country, family, people_of, spies_for_another, Day, Facts, Precision};
use crate::link::{entity_key, rule};
use dossier_core::{Document, Participant};
use rusqlite::{params, Transaction};
use std::collections::{BTreeMap, BTreeSet};

/// What storing a document did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Stored, with this many event records, of which this many joined an event already known.
    New { mentions: usize, linked: usize },
    /// A document with the same id or content hash was already stored; nothing changed.
    Duplicate,
}

/// How far apart, in days, stored reports are looked at for a dated one, by its precision (the
/// rule decides within it): a month either side of a day or a month, a year of a year.
fn candidate_days(p: Precision) -> i64 {
    match p {
        Precision::Day | Precision::Month => 31,
        Precision::Year => 366,
    }
}

/// The most stored reports one new report is compared with (the latest first): linking stays
/// fast on a large ledger, at the cost of missing a link to a much older report.
const CANDIDATES: i64 = 2000;

impl Ledger {
    /// Stores a coded document; `records` are its event records as printed (one per event, in
    /// order). `now`: seconds since the epoch, stored as the ingest time.
    pub fn store(&mut self, doc: &Document, records: &[String], now: i64) -> Result<Stored> {
        let hash = content_hash(&doc.raw);
        let tx = self.conn.transaction()?;
        if super::stored(&tx, &doc.id, &hash)? {
            return Ok(Stored::Duplicate);
        }
        let m = &doc.meta;
        tx.execute(
            "INSERT INTO documents (id, hash, origin, title, publisher, url, date, text, ingested)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                doc.id,
                hash,
                m.origin,
                m.title,
                m.publisher,
                m.url,
                m.date,
                doc.text,
                now
            ],
        )?;
        let d = tx.last_insert_rowid();
        for (n, s) in doc.sentences.iter().enumerate() {
            tx.execute(
                "INSERT INTO sentences (doc, n, start, end) VALUES (?1, ?2, ?3, ?4)",
                params![d, n as i64, s.span.start as i64, s.span.end as i64],
            )?;
        }
        for (n, a) in doc.actors.iter().enumerate() {
            let entity = match entity_key(a.code.as_deref(), a.entity.as_deref(), a.person) {
                Some(key) => {
                    let name = a.entity.clone().unwrap_or_else(|| a.code.clone().unwrap_or_default());
                    tx.execute(
                        "INSERT OR IGNORE INTO entities (key, name, code) VALUES (?1, ?2, ?3)",
                        (&key, &name, &a.code),
                    )?;
                    Some(tx.query_row("SELECT entity FROM entities WHERE key = ?1", [&key], |r| {
                        r.get::<_, i64>(0)
                    })?)
                }
                None => None,
            };
            tx.execute(
                "INSERT INTO actors (doc, n, sentence, start, end, text, code, entity)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    d,
                    n as i64,
                    a.sentence as i64,
                    a.span.start as i64,
                    a.span.end as i64,
                    doc.slice(a.span),
                    a.code,
                    entity
                ],
            )?;
        }
        let mut linked = 0;
        let people = people_of(doc);
        let story = crate::link::story::names_of(doc);
        let ids = doc.event_ids();
        // Confirmations after the acts they confirm, answers (denials, criticism …) after the
        // reports they answer, so that they can be stored with the act or compared by the event
        // they answer; the stored order (`n`) stays the document's.
        let group = |n: usize| {
            let kind = &doc.events[n].kind;
            if dossier_events::kind_groups::answers(kind) {
                2
            } else if dossier_events::kind_groups::tells_content(kind) {
                1
            } else {
                0
            }
        };
        // (Within a group, reports whose actor names a branch of a state first: "the foreign
        // ministry denied" settles which denial the document's bare "China denied" is.)
        let bare = |n: usize| {
            doc.events[n]
                .actor
                .iter()
                .filter_map(|p| p.code(doc).map(str::to_string))
                .all(|c| c.len() <= 3)
        };
        let mut order: Vec<usize> = (0..doc.events.len()).collect();
        order.sort_by_key(|&n| (group(n), bare(n)));
        let mut stored_as: Vec<Option<i64>> = vec![None; doc.events.len()];
        for n in order {
            let e = &doc.events[n];
            let mut facts = Facts::of(doc, e, &people, &story);
            facts.doc = Some(d);
            if let Some(named) = crate::link::lead::named_after(doc, n, &people) {
                facts.target_names = named;
            }
            let answered = answered(doc, n).and_then(|i| stored_as[i]);
            facts.answers = match answered {
                Some(m) => Some(tx.query_row("SELECT event FROM mentions WHERE mention = ?1", [m], |r| r.get(0))?),
                None => None,
            };
            let codes = |ps: &[Participant]| -> Vec<String> {
                ps.iter().filter_map(|p| p.code(doc).map(str::to_string)).collect()
            };
            let (actor, target, claimants) = (codes(&e.actor), codes(&e.target), codes(&e.claim.claimants));
            // (A confirmation is a report of the act it confirms.)
            let told = match told_act(doc, n).and_then(|i| stored_as[i]) {
                Some(m) => Some(tx.query_row("SELECT event FROM mentions WHERE mention = ?1", [m], |r| r.get(0))?),
                None => find_event(&tx, &facts)?,
            };
            let event = match told {
                Some(ev) => {
                    linked += 1;
                    ev
                }
                None => {
                    tx.execute(
                        "INSERT INTO events (kind, actor, target) VALUES (?1, ?2, ?3)",
                        params![e.kind, serde_json::to_string(&actor)?, serde_json::to_string(&target)?],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let sentence = doc.sentences.get(e.sentence as usize);
            let names = serde_json::json!({"answers_mention": answered, "actor": facts.actor_names, "target": facts.target_names, "people": facts.people, "story": facts.story,
                "sectors": facts.actor_sectors, "speech": facts.speech, "answer": facts.answer,
                "count": facts.count, "weekday": facts.weekday});
            let (date, precision) = match &e.date {
                Some(dt) => (Some(dt.value.clone()), Some(dt.precision)),
                None => (None, None),
            };
            tx.execute(
                "INSERT INTO mentions (doc, n, sentence, record_id, kind, cameo, actor, target, status,
                     claimants, date, date_precision, day, names, start, end, sentence_text, record, event,
                     actor_key, answers)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                     ?21)",
                params![
                    d,
                    n as i64,
                    e.sentence as i64,
                    ids[n],
                    e.kind,
                    e.cameo,
                    serde_json::to_string(&actor)?,
                    serde_json::to_string(&target)?,
                    e.claim.status.name(),
                    serde_json::to_string(&claimants)?,
                    date,
                    precision,
                    facts.date.map(|x| x.day),
                    names.to_string(),
                    e.trigger.start as i64,
                    e.trigger.end as i64,
                    sentence.map(|s| doc.slice(s.span)).unwrap_or_default(),
                    records.get(n).cloned().unwrap_or_default(),
                    event,
                    actor_key(&facts),
                    e.claim.answers.and_then(|i| ids.get(i as usize))
                ],
            )?;
            stored_as[n] = Some(tx.last_insert_rowid());
            tx.execute(
                "UPDATE events SET mentions = mentions + 1,
                     first_date = CASE WHEN ?2 IS NOT NULL AND (first_date IS NULL OR ?2 < first_date) THEN ?2 ELSE first_date END,
                     last_date = CASE WHEN ?2 IS NOT NULL AND (last_date IS NULL OR ?2 > last_date) THEN ?2 ELSE last_date END
                 WHERE event = ?1",
                params![event, date],
            )?;
        }
        tx.commit()?;
        Ok(Stored::New {
            mentions: doc.events.len(),
            linked,
        })
    }
}

/// The report of the document that event `n` answers: the claim it answers, else the act its
/// own content tells ("rejected the US indictment of five officers": the charge); an answered
/// act that is itself the content of a claim stands for that claim ("denied hacking" answers the
/// charge of hacking), and the first act its sentence tells of the same parties stands for the
/// acts after it ("charged five officers and accused them of hacking").
fn answered(doc: &Document, n: usize) -> Option<usize> {
    let is_answer = |i: usize| {
        doc.events
            .get(i)
            .is_some_and(|e| dossier_events::kind_groups::answers(&e.kind))
    };
    if !is_answer(n) {
        return None;
    }
    let mut i = doc.events[n].claim.answers.map(|i| i as usize).or_else(|| {
        doc.events
            .iter()
            .position(|c| c.claim.claim_of == Some(n as u32) && !dossier_events::kind_groups::answers(&c.kind))
    })?;
    for _ in 0..4 {
        match doc.events.get(i)?.claim.claim_of.map(|j| j as usize) {
            Some(j) if j != n => i = j,
            _ => break,
        }
    }
    // ("The United States charged five officers and accused them of hacking. China denied the
    // charges": one act told with two verbs; the first, the charge, stands for both.)
    let e = &doc.events[i];
    let codes = |ps: &[dossier_core::Participant]| -> Vec<Option<String>> {
        ps.iter().map(|p| p.code(doc).map(str::to_string)).collect()
    };
    let first = doc.events.iter().position(|o| {
        o.sentence == e.sentence
            && o.claim.claim_of.is_none()
            && !dossier_events::kind_groups::answers(&o.kind)
            && !o.actor.is_empty()
            && codes(&o.actor) == codes(&e.actor)
            && codes(&o.target) == codes(&e.target)
    });
    Some(first.filter(|&f| f < i).unwrap_or(i))
}

/// The act event `n` is a report of, when its kind tells its content
/// ([`dossier_events::kind_groups::tells_content`]): its first content that is an act, not
/// words, else the act it answers ("the Kremlin confirmed the reports").
fn told_act(doc: &Document, n: usize) -> Option<usize> {
    let e = &doc.events[n];
    if !dossier_events::kind_groups::tells_content(&e.kind) {
        return None;
    }
    let act = |c: &dossier_core::Event| {
        !c.actor.is_empty()
            && !dossier_events::kind_groups::speech_act(&c.kind)
            && !dossier_events::kind_groups::tells_content(&c.kind)
    };
    doc.events
        .iter()
        .position(|c| c.claim.claim_of == Some(n as u32) && act(c))
        .or_else(|| {
            e.claim
                .answers
                .map(|a| a as usize)
                .filter(|&a| doc.events.get(a).is_some_and(act))
        })
}

/// The sorted actor countries of a report, space-separated: the index key linking looks up.
fn actor_key(f: &Facts) -> String {
    f.actor.iter().cloned().collect::<Vec<_>>().join(" ")
}

/// The stored event a new report with `facts` joins: one with a report the rule calls the same
/// event and none it conflicts with; the one with most such reports when several qualify. When
/// several qualify and none of their reports conflicts with another's, the report shows they are
/// one event told apart so far: they are merged into the first.
fn find_event(tx: &Transaction<'_>, facts: &Facts) -> Result<Option<i64>> {
    let (lo, hi) = match facts.date {
        Some(dt) => (
            dt.day - candidate_days(dt.precision),
            dt.day + candidate_days(dt.precision),
        ),
        None => (i64::MIN, i64::MAX),
    };
    let mut stmt = tx.prepare_cached(
        "SELECT m.event, m.kind, m.actor, m.target, m.day, m.date_precision, m.names, m.doc,
             (SELECT a.event FROM mentions a WHERE a.mention = json_extract(m.names, '$.answers_mention'))
         FROM mentions m
         WHERE m.kind IN (SELECT value FROM json_each(?1)) AND m.actor_key = ?4
             AND (m.day IS NULL OR m.day BETWEEN ?2 AND ?3)
         ORDER BY m.mention DESC LIMIT ?5",
    )?;
    let kinds = serde_json::to_string(&family(&facts.kind))?;
    let rows = stmt.query_map(params![kinds, lo, hi, actor_key(facts), CANDIDATES], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, i64>(7)?,
            r.get::<_, Option<i64>>(8)?,
        ))
    })?;
    // Per event: its reports, how many the rule calls the same, and whether any conflicts.
    let mut by_event: BTreeMap<i64, (Vec<Facts>, usize, bool)> = BTreeMap::new();
    for row in rows {
        let (event, kind, actor, target, day, precision, names, doc, answers) = row?;
        let mut other = stored_facts(kind, &actor, &target, day, precision.as_deref(), &names)?;
        other.doc = Some(doc);
        other.answers = answers;
        let entry = by_event.entry(event).or_default();
        if rule::conflict(facts, &other) {
            entry.2 = true;
        } else if rule::same_event(facts, &other) {
            entry.1 += 1;
        }
        entry.0.push(other);
    }
    let mut fit: Vec<(i64, usize, Vec<Facts>)> = by_event
        .into_iter()
        .filter(|(_, (_, same, conflict))| *same > 0 && !conflict)
        .map(|(ev, (reports, same, _))| (ev, same, reports))
        .collect();
    // (The event its own document already tells first: a document tells one act once more,
    // not another like it.)
    let own = |reports: &[Facts]| facts.doc.is_some() && reports.iter().any(|r| r.doc == facts.doc);
    fit.sort_by(|a, b| own(&b.2).cmp(&own(&a.2)).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    let Some((first, _, _)) = fit.first() else {
        return Ok(None);
    };
    let first = *first;
    let apart = |a: &[Facts], b: &[Facts]| a.iter().any(|x| b.iter().any(|y| rule::conflict(x, y)));
    let mergeable = fit.len() > 1 && (0..fit.len()).all(|i| (i + 1..fit.len()).all(|j| !apart(&fit[i].2, &fit[j].2)));
    if mergeable {
        for (ev, _, _) in &fit[1..] {
            tx.execute("UPDATE mentions SET event = ?1 WHERE event = ?2", params![first, ev])?;
            tx.execute(
                "UPDATE events SET mentions = mentions + (SELECT mentions FROM events WHERE event = ?2),
                     first_date = (SELECT min(x) FROM (SELECT first_date AS x FROM events WHERE event IN (?1, ?2))),
                     last_date = (SELECT max(x) FROM (SELECT last_date AS x FROM events WHERE event IN (?1, ?2)))
                 WHERE event = ?1",
                params![first, ev],
            )?;
            tx.execute("DELETE FROM events WHERE event = ?1", params![ev])?;
        }
    }
    Ok(Some(first))
}

/// The facts of a stored report, from its row.
fn stored_facts(
    kind: String,
    actor: &str,
    target: &str,
    day: Option<i64>,
    precision: Option<&str>,
    names: &str,
) -> Result<Facts> {
    let countries = |codes: &[String]| -> BTreeSet<String> { codes.iter().map(|c| country(c)).collect() };
    let (actor, target): (Vec<String>, Vec<String>) = (serde_json::from_str(actor)?, serde_json::from_str(target)?);
    let actor = countries(&actor);
    let names: serde_json::Value = serde_json::from_str(names)?;
    let set = |k: &str| -> BTreeSet<String> {
        names[k]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    Ok(Facts {
        kind,
        spy_target: spies_for_another(&actor, &target),
        target: countries(&target),
        actor,
        actor_names: set("actor"),
        target_names: set("target"),
        people: set("people"),
        story: set("story"),
        actor_sectors: set("sectors"),
        speech: names["speech"].as_bool().unwrap_or(false),
        answer: names["answer"].as_bool().unwrap_or(false),
        answers: None,
        count: names["count"].as_u64().and_then(|n| u32::try_from(n).ok()),
        weekday: names["weekday"].as_u64().and_then(|n| u32::try_from(n).ok()),
        doc: None,
        date: day
            .zip(precision.and_then(Precision::parse))
            .map(|(day, precision)| Day { day, precision }),
    })
}
