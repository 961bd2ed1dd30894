//! The entity pages: the list of entities (one real actor however it is named) and one entity
//! with every mention of it, linked to the sentence in its article and to the events it takes
//! part in there. HTML only; the data comes from `crate::store`.

use super::html::{esc, page, url};
use crate::store::{Ledger, Result};

/// The entities, the most mentioned first.
pub fn entities(ledger: &Ledger) -> Result<String> {
    let mut b = String::from(
        "<h1>Actors</h1><p class=\"muted\">One row per actor however the articles name it (MI6, SIS and Britain's secret intelligence service are one).</p><table id=\"entities\"><tr><th>Actor</th><th>Code</th><th>Mentions</th></tr>",
    );
    for e in ledger.entities(1000)? {
        b.push_str(&format!(
            "<tr><td><a href=\"/entity/{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
            e.entity,
            esc(&e.name),
            esc(e.code.as_deref().unwrap_or("")),
            e.mentions
        ));
    }
    b.push_str("</table>");
    Ok(page("Actors", &b))
}

/// One entity and every mention of it.
pub fn entity(ledger: &Ledger, id: i64) -> Result<Option<String>> {
    let Some(e) = ledger.entity(id)? else {
        return Ok(None);
    };
    let mut b = format!(
        "<h1>{}</h1><p class=\"muted\">{} · {} mention(s)</p><ol class=\"mentions\">",
        esc(&e.name),
        esc(e.code.as_deref().unwrap_or("no code")),
        e.mentions.len()
    );
    for m in &e.mentions {
        let events: String = m
            .events
            .iter()
            .map(|ev| format!(" <a href=\"/event/{ev}\">event #{ev}</a>"))
            .collect();
        b.push_str(&format!(
            "<li class=\"mention\">“{}” <span class=\"muted\">{} · {}</span> <a href=\"/doc/{}#s{}\">read</a>{events}</li>",
            esc(&m.text),
            esc(m.date.as_deref().unwrap_or("undated")),
            esc(m.publisher.as_deref().unwrap_or(&m.doc)),
            url(&m.doc),
            m.sentence
        ));
    }
    b.push_str("</ol>");
    Ok(Some(page(&e.name, &b)))
}
