//! A hand-built coded document for the printers' unit tests: every layer a printer reads is
//! filled by hand (no pipeline), so the format tests do not move when the coder changes. Written
//! for dossier; the text is made up.

use dossier_core::{
    Actor, Channel, ClaimStatus, Document, Event, EventDate, Participant, Place, Plover, Sentence, Span,
};

const TEXT: &str = "Danish police arrested two Iranian engineers in Aarhus on 3 May, officials said.\n\
Tehran denied it, calling the claims \"absurd, baseless\".\n\
Denmark did not expel the ambassador.\n\
Denmark later expelled an Iranian diplomat.\n\
The expulsion of the Iranian diplomat by Denmark was confirmed.";

fn span_of(word: &str, from: usize) -> Span {
    let start = from + TEXT[from..].find(word).expect("word in fixture text");
    Span::new(start, start + word.len())
}

/// The fixture document: five sentences, six events.
pub fn document() -> Document {
    let mut d = Document::new("fixture-1", TEXT);
    d.text = TEXT.to_string();
    d.meta.date = Some("2025-05-05".into());
    d.meta.publisher = Some("Nordic Test Wire".into());
    d.meta.url = Some("https://example.org/dk/1".into());
    let mut at = 0;
    for line in TEXT.split('\n') {
        d.sentences.push(Sentence {
            span: Span::new(at, at + line.len()),
            ..Default::default()
        });
        at += line.len() + 1;
    }
    let starts: Vec<usize> = d.sentences.iter().map(|s| s.span.start as usize).collect();
    let mut actor = |sentence: u32, word: &str, code: Option<&str>| -> Participant {
        d.actors.push(Actor {
            sentence,
            span: span_of(word, starts[sentence as usize]),
            code: code.map(str::to_string),
            country: code.map(|c| c[..3].to_string()),
            sector: code.filter(|c| c.len() == 6).map(|c| c[3..].to_string()),
            ..Default::default()
        });
        Participant::Mention(d.actors.len() as u32 - 1)
    };
    let police = actor(0, "Danish police", Some("DNKCOP"));
    let engineers = actor(0, "Iranian engineers", Some("IRNCVL"));
    let tehran = actor(1, "Tehran", Some("IRN"));
    let claims = actor(1, "the claims", None);
    let denmark2 = actor(2, "Denmark", Some("DNK"));
    let ambassador = actor(2, "the ambassador", None);
    let denmark3 = actor(3, "Denmark", Some("DNK"));
    let diplomat3 = actor(3, "Iranian diplomat", Some("IRNGOV"));
    let diplomat4 = actor(4, "Iranian diplomat", Some("IRNGOV"));
    let denmark4 = actor(4, "Denmark", Some("DNK"));
    d.places.push(Place {
        sentence: Some(0),
        span: span_of("Aarhus", 0),
        name: "Aarhus".into(),
        country: Some("DNK".into()),
        geonames_id: Some(2_624_652),
        feature: "city".into(),
        rule: "city in the document's country".into(),
    });
    let plover = |event: &str, mode: Option<&str>| Plover {
        event: Some(event.into()),
        mode: mode.map(str::to_string),
        context: vec!["intelligence".into(), "legal".into()],
    };
    let day = |value: &str, source: &'static str| EventDate {
        value: value.into(),
        precision: "day",
        source,
        date_ref: None,
    };
    let implicit = |code: &str| Participant::Implicit {
        code: code.into(),
        rule: "the country of the sentence's place".into(),
        names: None,
    };
    let trigger = |s: u32, word: &str| span_of(word, starts[s as usize]);
    let mut e = |ev: Event| d.events.push(ev);
    e(Event {
        sentence: 0,
        kind: "arrest".into(),
        cameo: Some("173".into()),
        plover: plover("COERCE", Some("arrest")),
        actor: vec![police],
        target: vec![engineers.clone()],
        place: Some(0),
        date: Some(day("2025-05-03", "sentence")),
        confidence: 0.9,
        trigger: trigger(0, "arrested"),
        claim: dossier_core::Claim {
            status: ClaimStatus::Alleged,
            claimants: vec![implicit("DNKGOV")],
            cue: Some("said".into()),
            channel: Some(Channel {
                text: "said".into(),
                kind: "statement".into(),
            }),
            answered_by: vec![2],
            ..Default::default()
        },
        trace: vec!["verb arrest: nsubj → actor, obj → target".into()],
        ..Default::default()
    });
    e(Event {
        sentence: 0,
        kind: "spy".into(),
        actor: vec![engineers],
        target: vec![implicit("DNK")],
        confidence: 0.6,
        claim: dossier_core::Claim {
            status: ClaimStatus::Rumoured,
            claim_of: Some(0),
            ..Default::default()
        },
        ..Default::default()
    });
    e(Event {
        sentence: 1,
        kind: "deny".into(),
        cameo: Some("016".into()),
        plover: plover("REJECT", None),
        actor: vec![tehran, claims],
        date: Some(day("2025-05-05", "document")),
        confidence: 0.8,
        trigger: trigger(1, "denied"),
        claim: dossier_core::Claim {
            status: ClaimStatus::Asserted,
            answers: Some(0),
            ..Default::default()
        },
        ..Default::default()
    });
    e(Event {
        sentence: 2,
        kind: "expel".into(),
        cameo: Some("166".into()),
        plover: plover("SANCTION", Some("expel")),
        actor: vec![denmark2],
        target: vec![ambassador],
        negated: true,
        confidence: 0.7,
        trigger: trigger(2, "expel"),
        claim: dossier_core::Claim {
            status: ClaimStatus::Negated,
            ..Default::default()
        },
        ..Default::default()
    });
    e(Event {
        sentence: 3,
        kind: "expel".into(),
        cameo: Some("166".into()),
        plover: plover("SANCTION", Some("expel")),
        actor: vec![denmark3],
        target: vec![diplomat3],
        date: Some(day("2025-05-05", "document")),
        confidence: 0.85,
        trigger: trigger(3, "expelled"),
        ..Default::default()
    });
    e(Event {
        sentence: 4,
        kind: "expel".into(),
        cameo: Some("166".into()),
        plover: plover("SANCTION", Some("expel")),
        actor: vec![denmark4],
        target: vec![diplomat4],
        date: Some(day("2025-05-05", "document")),
        confidence: 0.8,
        trigger: trigger(4, "expulsion"),
        claim: dossier_core::Claim {
            status: ClaimStatus::Confirmed,
            cue: Some("confirmed".into()),
            ..Default::default()
        },
        ..Default::default()
    });
    d
}
