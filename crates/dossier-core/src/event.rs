//! The layers the `code` and `attribute` stages fill: events, their participants, and the
//! claim each event is (SPEC.md, "The event record"). Places recognised in the text live here too,
//! since events point at them.
//!
//! Layers link by index: participants point into [`crate::Document::actors`], an event's place
//! into [`crate::Document::places`], claim links into [`crate::Document::events`]. No printing here.

use crate::Span;
use serde::Serialize;

/// Who takes part in an event: a recognised actor mention, or an actor the text leaves
/// implicit but whose code is unambiguous ("was jailed in Taiwan" → `TWN`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Participant {
    /// Index into [`crate::Document::actors`].
    Mention(u32),
    /// An actor with no mention of its own.
    Implicit {
        code: String,
        /// Why this code (shown by `--explain`).
        rule: String,
        /// The words naming the participant, when the text names it but recognition gave it
        /// no code ("Berg", "he"): the code is the coder's reading of that person.
        names: Option<Span>,
    },
}

impl Participant {
    /// The participant's code: the mention's (`None` when it has none) or the implicit one.
    pub fn code<'a>(&'a self, doc: &'a crate::Document) -> Option<&'a str> {
        match self {
            Participant::Mention(a) => doc.actors.get(*a as usize).and_then(|m| m.code.as_deref()),
            Participant::Implicit { code, .. } => Some(code),
        }
    }
}

/// How sure the report is that the event happened (SPEC.md, "Claim status").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    #[default]
    Asserted,
    Alleged,
    Denied,
    Confirmed,
    Rumoured,
    Disputed,
    Hypothetical,
    Negated,
}

impl ClaimStatus {
    pub const ALL: [ClaimStatus; 8] = [
        ClaimStatus::Asserted,
        ClaimStatus::Alleged,
        ClaimStatus::Denied,
        ClaimStatus::Confirmed,
        ClaimStatus::Rumoured,
        ClaimStatus::Disputed,
        ClaimStatus::Hypothetical,
        ClaimStatus::Negated,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ClaimStatus::Asserted => "asserted",
            ClaimStatus::Alleged => "alleged",
            ClaimStatus::Denied => "denied",
            ClaimStatus::Confirmed => "confirmed",
            ClaimStatus::Rumoured => "rumoured",
            ClaimStatus::Disputed => "disputed",
            ClaimStatus::Hypothetical => "hypothetical",
            ClaimStatus::Negated => "negated",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// How a claim was made, when the text says so ("in a post on its official WeChat channel").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Channel {
    /// The words of the text.
    pub text: String,
    /// Normalised type: `statement`, `social_media`, `interview`, `press_conference`, `court`,
    /// `report`, `video`.
    pub kind: String,
}

/// The claim an event is: its status, who makes it, and links to related claims.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Claim {
    pub status: ClaimStatus,
    /// The parties asserting the claimed event (empty for `asserted`, `negated`, unnamed sources).
    pub claimants: Vec<Participant>,
    /// The word or phrase that set the status ("accused", "said", "reportedly").
    pub cue: Option<String>,
    pub channel: Option<Channel>,
    /// The accusation (or denial, report …) event this event is the content of: index into
    /// [`crate::Document::events`].
    pub claim_of: Option<u32>,
    /// The claim this event (a denial or confirmation) answers.
    pub answers: Option<u32>,
    /// The events (denials, confirmations) that answer this claim.
    pub answered_by: Vec<u32>,
}

/// PLOVER coding of an event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Plover {
    pub event: Option<String>,
    pub mode: Option<String>,
    pub context: Vec<String>,
}

/// When an event happened: a resolved date expression of its sentence, else the document date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventDate {
    /// ISO value: `2025`, `2025-06`, `2025-06-18`.
    pub value: String,
    /// `year`, `month` or `day`.
    pub precision: &'static str,
    /// `sentence` (a date expression, index into [`crate::Document::dates`] in `date_ref`) or
    /// `document` (the document's date).
    pub source: &'static str,
    pub date_ref: Option<u32>,
}

/// A place named in the text (or in the dateline), resolved against the gazetteer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Place {
    /// Index of the sentence in [`crate::Document::sentences`]; `None` for a dateline place
    /// the cleaner removed from the text.
    pub sentence: Option<u32>,
    /// Bytes of the cleaned text; empty for a dateline place.
    pub span: Span,
    /// The gazetteer's name ("Paris").
    pub name: String,
    /// ISO-3166 alpha-3 country.
    pub country: Option<String>,
    /// GeoNames id, when the place is a city or a country known to GeoNames.
    pub geonames_id: Option<u32>,
    /// `country`, `region` or `city`.
    pub feature: String,
    /// Why this reading (shown by `--explain`): how an ambiguous name was resolved.
    pub rule: String,
}

/// One coded event of a sentence.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Event {
    /// Index of the sentence in [`crate::Document::sentences`].
    pub sentence: u32,
    /// Our kind (`spy`, `arrest`, …) or `cameo` for general political events.
    pub kind: String,
    /// CAMEO code as a string (`"016"`), if the kind has one.
    pub cameo: Option<String>,
    pub plover: Plover,
    pub actor: Vec<Participant>,
    pub target: Vec<Participant>,
    /// Index into [`crate::Document::places`].
    pub place: Option<u32>,
    pub date: Option<EventDate>,
    /// The text says the event did not happen ("did not expel").
    pub negated: bool,
    /// 0–1: how much the coder trusts this event.
    pub confidence: f32,
    /// The words that triggered the event (the verb or noun).
    pub trigger: Span,
    pub claim: Claim,
    /// Which entry, pattern, arcs and rules produced the event (printed with `--explain`).
    pub trace: Vec<String>,
}
