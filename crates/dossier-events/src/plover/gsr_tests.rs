//! Tests against outside references: every event code of the embedded `CAMEO.2.0.txt` has a
//! row, and the CAMEO table agrees with the PLOVER gold-standard records (`../shared`, skipped
//! with a message when absent).

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use super::*;

/// Measured agreement of the table with `PLOVER_GSR_CAMEO.txt` (see data/events/README.md):
/// events 285/322 = 0.885, modes 79/117 = 0.675. The gates sit just under.
const MIN_EVENT_AGREEMENT: f64 = 0.88;
const MIN_MODE_AGREEMENT: f64 = 0.66;

const GSR_CODES_TSV: &str = include_str!("../../../../data/events/plover_gsr_cameo.tsv");

fn phoenix_codes() -> BTreeSet<String> {
    let set = match dossier_dict::phoenix() {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let mut codes = BTreeSet::new();
    let mut add = |c: &dossier_dict::EventCode| {
        codes.extend(c.code.iter().chain(&c.reciprocal).cloned());
    };
    for block in &set.verbs.blocks {
        add(&block.code);
        for verb in &block.verbs {
            add(block.verb_code(verb));
        }
        for pattern in &block.patterns {
            add(&pattern.code);
        }
    }
    codes
}

#[test]
fn every_cameo_2_0_code_has_its_own_row() {
    let codes = phoenix_codes();
    assert!(codes.len() > 200, "only {} codes read from CAMEO.2.0.txt", codes.len());
    let t = tables().expect("tables load");
    let missing: Vec<&String> = codes.iter().filter(|c| t.cameo_exact(c).is_none()).collect();
    assert!(missing.is_empty(), "codes of CAMEO.2.0.txt without a row: {missing:?}");
    // Every one of them also resolves (directly) through the public lookup.
    for c in &codes {
        assert_eq!(cameo(c).map(|m| m.code), Some(c.as_str()));
    }
}

fn gsr_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eventcoding/plover_gsr/PLOVER_GSR_CAMEO.txt")
}

struct Agreement {
    events: (usize, usize),
    modes: (usize, usize),
}

/// Compares each gold record's (upgraded) event and mode with the table's answer for the CAMEO
/// code of the manual example it recodes (`plover_gsr_cameo.tsv`).
fn agreement(records: &[serde_json::Value], codes: &HashMap<&str, &str>) -> Agreement {
    let mut a = Agreement {
        events: (0, 0),
        modes: (0, 0),
    };
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for r in records {
        let Some(id) = r["id"].as_str() else { continue };
        let Some(gold_event) = r["event"].as_str().filter(|e| *e != "DOCUMENT") else {
            continue;
        };
        // The upstream file repeats one id; repeats are keyed `ID#2`, `ID#3`… in file order.
        let n = seen.entry(id).or_default();
        *n += 1;
        let key = if *n == 1 { id.to_string() } else { format!("{id}#{n}") };
        let code = codes
            .get(key.as_str())
            .unwrap_or_else(|| panic!("{key} has no CAMEO code in plover_gsr_cameo.tsv"));
        let (gold_event, gold_mode) = upgrade(gold_event, r["mode"].as_str());
        let ours = for_cameo(code);
        let event_ok = ours.map(|o| o.0) == Some(gold_event);
        a.events.1 += 1;
        a.events.0 += usize::from(event_ok);
        if let Some(gm) = gold_mode {
            a.modes.1 += 1;
            a.modes.0 += usize::from(event_ok && ours.and_then(|o| o.1) == Some(gm));
        }
    }
    a
}

#[test]
fn agrees_with_plover_gold_standard_records() {
    let path = gsr_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        dossier_core::skip_notice(&format!(
            "agrees_with_plover_gold_standard_records: {} not found",
            path.display()
        ));
        return;
    };
    let records: Vec<serde_json::Value> = serde_json::from_str(&text).expect("the GSR file is a JSON array");
    let codes: HashMap<&str, &str> = GSR_CODES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let a = agreement(&records, &codes);
    let pct = |(ok, n): (usize, usize)| ok as f64 / n.max(1) as f64;
    eprintln!(
        "PLOVER GSR agreement: events {}/{} = {:.3}, modes {}/{} = {:.3}",
        a.events.0,
        a.events.1,
        pct(a.events),
        a.modes.0,
        a.modes.1,
        pct(a.modes)
    );
    assert_eq!(a.events.1, codes.len(), "every gold record is scored once");
    assert!(pct(a.events) >= MIN_EVENT_AGREEMENT, "event agreement fell");
    assert!(pct(a.modes) >= MIN_MODE_AGREEMENT, "mode agreement fell");
}
