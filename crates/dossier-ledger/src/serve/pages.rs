//! The page's views, as HTML strings from ledger reads: the event list with its filters, one
//! event's timeline of reports, an article with its actors and event triggers highlighted and its
//! records beside it, the list of articles, and the accuser → accused graph. Every piece of stored
//! text goes through `esc`.

use super::html::{codes, esc, page, status, url};
use crate::history::history;
use crate::query::{EventRow, Filter};
use crate::store::{DocView, Edge, Ledger, Result};
use std::collections::BTreeMap;

fn input(name: &str, label: &str, value: &Option<String>) -> String {
    format!(
        "<label>{label}<input name=\"{name}\" value=\"{}\"></label>",
        esc(value.as_deref().unwrap_or(""))
    )
}

fn select(name: &str, label: &str, options: &[&str], value: &Option<String>) -> String {
    let mut s = format!("<label>{label}<select name=\"{name}\"><option value=\"\">any</option>");
    for o in options {
        let sel = if value.as_deref() == Some(*o) { " selected" } else { "" };
        s.push_str(&format!("<option{sel}>{o}</option>"));
    }
    s.push_str("</select></label>");
    s
}

/// The event list with its filter form.
pub fn events(ledger: &Ledger, f: &Filter) -> Result<String> {
    let rows = ledger.events(f)?;
    let mut b = String::from("<h1>Events</h1><form class=\"filters\" method=\"get\" action=\"/\">");
    b.push_str(&input("actor", "Actor (code or name)", &f.actor));
    b.push_str(&input("target", "Target", &f.target));
    b.push_str(&input("country", "Country", &f.country));
    // (The kinds the ledger holds; the statuses SPEC.md defines.)
    let kinds = ledger.kinds()?;
    let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
    let statuses: Vec<&str> = dossier_core::ClaimStatus::ALL.iter().map(|s| s.name()).collect();
    b.push_str(&select("kind", "Kind", &kinds, &f.kind));
    b.push_str(&select("status", "Status", &statuses, &f.status));
    b.push_str(&input("since", "Since", &f.since));
    b.push_str(&input("until", "Until", &f.until));
    b.push_str(&input("text", "Text", &f.text));
    b.push_str("<button type=\"submit\">Filter</button></form>");
    b.push_str(&format!("<p class=\"muted\" id=\"count\">{} events</p>", rows.len()));
    b.push_str("<table id=\"events\"><tr><th>Event</th><th>Kind</th><th>Actor → target</th><th>Dates</th><th>Claims</th><th>Reports</th></tr>");
    for e in &rows {
        b.push_str(&event_row(e));
    }
    b.push_str("</table>");
    Ok(page("Events", &b))
}

fn dates(e: &EventRow) -> String {
    match (&e.first_date, &e.last_date) {
        (Some(a), Some(z)) if a != z => format!("{} … {}", esc(a), esc(z)),
        (Some(a), _) => esc(a),
        _ => "<span class=\"muted\">undated</span>".into(),
    }
}

fn event_row(e: &EventRow) -> String {
    let mut statuses: Vec<&str> = e.mentions.iter().map(|m| m.status.as_str()).collect();
    statuses.dedup();
    let claims: String = statuses.iter().map(|s| status(s)).collect::<Vec<_>>().join(" ");
    format!(
        "<tr class=\"event\"><td><a href=\"/event/{0}\">#{0}</a></td><td>{1}</td><td>{2} → {3}</td><td>{4}</td><td>{claims}</td><td>{5}</td></tr>",
        e.event,
        esc(&e.kind),
        codes(&e.actor),
        codes(&e.target),
        dates(e),
        e.mentions.len()
    )
}

/// One event: its reports in date order, each with its claim's status there.
pub fn event(ledger: &Ledger, id: i64) -> Result<Option<String>> {
    let f = Filter {
        event: Some(id),
        ..Filter::default()
    };
    let Some(e) = ledger.events(&f)?.into_iter().next() else {
        return Ok(None);
    };
    let mut b = format!(
        "<h1>{} · {} → {}</h1><p class=\"muted\">{} · {} report(s)</p>",
        esc(&e.kind),
        codes(&e.actor),
        codes(&e.target),
        dates(&e),
        e.mentions.len()
    );
    b.push_str("<h2>Claim history</h2><ol class=\"history\">");
    for step in history(&e, &ledger.answers_to(id)?) {
        let m = &step.report;
        let who = if step.who.is_empty() {
            String::new()
        } else {
            format!(" by {}", codes(&step.who))
        };
        let answer = if m.event == id {
            String::new()
        } else {
            format!(" <a href=\"/event/{0}\">(event #{0})</a>", m.event)
        };
        b.push_str(&format!(
            "<li class=\"step\"><b>{}</b>{who}{answer} <span class=\"muted\">{} · {}</span> <a href=\"/doc/{}#s{}\">read</a></li>",
            esc(&step.what),
            esc(step.when.as_deref().unwrap_or("undated")),
            esc(m.publisher.as_deref().or(m.title.as_deref()).unwrap_or(&m.doc)),
            url(&m.doc),
            m.sentence
        ));
    }
    b.push_str("</ol><h2>Reports</h2><ol class=\"timeline\">");
    for m in &e.mentions {
        let by = if m.claimants.is_empty() {
            String::new()
        } else {
            format!(" by {}", codes(&m.claimants))
        };
        let when = m.date.as_deref().or(m.doc_date.as_deref()).unwrap_or("undated");
        let source = m.publisher.as_deref().or(m.title.as_deref()).unwrap_or(&m.doc);
        b.push_str(&format!(
            "<li class=\"mention\">{} {by} <span class=\"muted\">{} · {}</span><br><a href=\"/doc/{}#s{}\">{}</a></li>",
            status(&m.status),
            esc(when),
            esc(source),
            url(&m.doc),
            m.sentence,
            esc(&m.text)
        ));
    }
    b.push_str("</ol>");
    Ok(Some(page(&format!("Event {id}"), &b)))
}

/// A stored record, indented for reading (as stored when it is not JSON).
fn pretty(record: &str) -> String {
    serde_json::from_str::<serde_json::Value>(record)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|_| record.to_string())
}

/// One highlight over the text: bytes, class, attributes.
struct Mark {
    start: usize,
    end: usize,
    open: String,
}

/// The article's text with its actors and event triggers marked, sentence anchors, and its
/// records beside it.
pub fn document(ledger: &Ledger, id: &str) -> Result<Option<String>> {
    let Some(d) = ledger.document(id)? else {
        return Ok(None);
    };
    let title = d.title.clone().unwrap_or_else(|| d.id.clone());
    let mut b = format!("<h1>{}</h1><p class=\"muted\">", esc(&title));
    for x in [&d.publisher, &d.date].into_iter().flatten() {
        b.push_str(&format!("{} · ", esc(x)));
    }
    if let Some(u) = &d.url {
        b.push_str(&format!("<a rel=\"noreferrer nofollow\" href=\"{0}\">{0}</a>", esc(u)));
    }
    b.push_str("</p><div class=\"article\"><div class=\"text\" id=\"text\">");
    b.push_str(&marked_text(&d));
    b.push_str("</div><div class=\"records\"><h2>Records</h2>");
    for r in &d.records {
        let by = if r.claimants.is_empty() {
            String::new()
        } else {
            format!(" by {}", codes(&r.claimants))
        };
        b.push_str(&format!(
            "<div class=\"record\" data-record=\"{0}\"><b>{1}</b> {2} → {3} {4}{by} <a href=\"/event/{5}\">event #{5}</a><pre>{6}</pre></div>",
            esc(&r.id),
            esc(&r.kind),
            codes(&r.actor),
            codes(&r.target),
            status(&r.status),
            r.event,
            esc(&pretty(&r.record))
        ));
    }
    b.push_str("</div></div>");
    Ok(Some(page(&title, &b)))
}

/// The text with `<mark>`s; marks that would cross another are left out.
fn marked_text(d: &DocView) -> String {
    let mut marks: Vec<Mark> = Vec::new();
    for a in &d.actors {
        marks.push(Mark {
            start: a.start,
            end: a.end,
            open: format!(
                "<mark class=\"actor\" title=\"{}\"{}>",
                esc(a.code.as_deref().unwrap_or("no code")),
                a.entity.map(|e| format!(" data-entity=\"{e}\"")).unwrap_or_default()
            ),
        });
    }
    for r in &d.records {
        marks.push(Mark {
            start: r.start,
            end: r.end,
            open: format!(
                "<mark class=\"trigger\" data-record=\"{}\" title=\"{} ({})\">",
                esc(&r.id),
                esc(&r.kind),
                esc(&r.status)
            ),
        });
    }
    let text = &d.text;
    let ok = |i: usize| i <= text.len() && text.is_char_boundary(i);
    marks.retain(|m| m.start < m.end && ok(m.start) && ok(m.end));
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let sentence_starts: BTreeMap<usize, usize> = d.sentences.iter().enumerate().map(|(n, &s)| (s, n)).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new(); // ends of open marks
    let mut at = 0;
    let mut next = 0;
    // Walk the text by boundaries: sentence starts, mark starts and mark ends.
    let mut cuts: Vec<usize> = sentence_starts.keys().copied().filter(|&s| ok(s)).collect();
    cuts.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    for cut in cuts {
        if cut > at {
            out.push_str(&esc(&text[at..cut]));
            at = cut;
        }
        while open.last() == Some(&at) {
            out.push_str("</mark>");
            open.pop();
        }
        if let Some(n) = sentence_starts.get(&at) {
            out.push_str(&format!("<a id=\"s{n}\"></a>"));
        }
        while next < marks.len() && marks[next].start == at {
            let m = &marks[next];
            next += 1;
            // (A mark ending past an open one would cross it.)
            if open.last().is_some_and(|&e| m.end > e) {
                continue;
            }
            out.push_str(&m.open);
            open.push(m.end);
        }
    }
    out
}

/// The stored articles.
pub fn documents(ledger: &Ledger) -> Result<String> {
    let mut b = String::from(
        "<h1>Articles</h1><table id=\"documents\"><tr><th>Article</th><th>Publisher</th><th>Date</th></tr>",
    );
    for d in ledger.documents(1000)? {
        b.push_str(&format!(
            "<tr><td><a href=\"/doc/{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
            url(&d.id),
            esc(d.title.as_deref().unwrap_or(&d.id)),
            esc(d.publisher.as_deref().unwrap_or("")),
            esc(d.date.as_deref().unwrap_or(""))
        ));
    }
    b.push_str("</table>");
    Ok(page("Articles", &b))
}

/// Who accuses whom: countries on a circle, an arrow per accuser → accused pair (its width the
/// number of events), and the same as a table.
pub fn graph(ledger: &Ledger) -> Result<String> {
    let edges = ledger.accusations()?;
    let mut pairs: BTreeMap<(String, String), i64> = BTreeMap::new();
    for e in &edges {
        *pairs.entry((e.from.clone(), e.to.clone())).or_default() += e.events;
    }
    let mut nodes: Vec<&String> = pairs.keys().flat_map(|(a, b)| [a, b]).collect();
    nodes.sort();
    nodes.dedup();
    let (w, h, r) = (640.0_f64, 480.0_f64, 190.0_f64);
    let pos = |i: usize| {
        let a = std::f64::consts::TAU * i as f64 / nodes.len().max(1) as f64;
        (w / 2.0 + r * a.cos(), h / 2.0 + r * a.sin())
    };
    let at = |c: &String| nodes.iter().position(|n| *n == c).map(pos).unwrap_or((0.0, 0.0));
    let mut svg = format!(
        "<svg id=\"graph\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"accuser to accused\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"22\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c0392b\"/></marker></defs>"
    );
    for ((a, b), n) in &pairs {
        let ((x1, y1), (x2, y2)) = (at(a), at(b));
        svg.push_str(&format!(
            "<line x1=\"{x1:.0}\" y1=\"{y1:.0}\" x2=\"{x2:.0}\" y2=\"{y2:.0}\" stroke=\"#c0392b\" stroke-opacity=\".6\" stroke-width=\"{}\" marker-end=\"url(#arrow)\"><title>{} → {}: {n}</title></line>",
            1 + n.min(&8),
            esc(a),
            esc(b)
        ));
    }
    for (i, n) in nodes.iter().enumerate() {
        let (x, y) = pos(i);
        svg.push_str(&format!(
            "<circle cx=\"{x:.0}\" cy=\"{y:.0}\" r=\"16\" fill=\"#1d2430\"/><text x=\"{x:.0}\" y=\"{:.0}\" fill=\"#fff\" text-anchor=\"middle\">{}</text>",
            y + 4.0,
            esc(n)
        ));
    }
    svg.push_str("</svg>");
    let mut b = format!("<h1>Who accuses whom</h1><p class=\"muted\">Accusations, criticism, protests, threats and demands between countries, by events.</p>{svg}");
    b.push_str("<table id=\"edges\"><tr><th>Accuser</th><th>Accused</th><th>Kind</th><th>Events</th></tr>");
    for Edge { from, to, kind, events } in &edges {
        b.push_str(&format!(
            "<tr><td><a href=\"/?actor={0}&amp;target={1}\">{2}</a></td><td>{3}</td><td>{4}</td><td>{events}</td></tr>",
            url(from),
            url(to),
            esc(from),
            esc(to),
            esc(kind)
        ));
    }
    b.push_str("</table>");
    Ok(page("Who accuses whom", &b))
}
