//! Groups of kinds the tree rules of `code` and `attribute` share, in one place so the stages
//! cannot disagree about them. (They are candidates for columns of `data/events/kinds.tsv`.)

/// Kinds only a state does: a passive one implies a state agent, and an authority reporting its
/// own act of this kind confirms it.
pub const STATE_ACTS: &[&str] = &[
    "arrest",
    "charge",
    "convict",
    "expel",
    "deport",
    "investigate",
    "sanction",
    "release",
];

/// Acts besides [`STATE_ACTS`] that an authority confirms by announcing them itself.
pub const ANNOUNCED_ACTS: &[&str] = &["protest", "hack"];

/// Whether the actor announcing an act of this kind confirms it.
pub fn confirmed_by_announcing(kind: &str) -> bool {
    STATE_ACTS.contains(&kind) || ANNOUNCED_ACTS.contains(&kind)
}

/// Legal acts a state takes against its own people when the text names no other state ("a
/// former CIA officer was sentenced for spying for China": an American court).
pub const HOME_COURT: &[&str] = &["convict", "charge"];

/// Speech acts: a party's spokesman reporting one is the act itself, not a claim about it.
pub const SPEECH_ACTS: &[&str] = &[
    "accuse",
    "criticize",
    "deny",
    "confirm",
    "demand",
    "threaten",
    "protest",
    "decline_comment",
    "statement",
];

/// The status an act takes from the event it is the content of ("accused of spying": alleged;
/// "convicted of spying": confirmed), and why.
pub fn content_status(parent_kind: &str) -> (dossier_core::ClaimStatus, &'static str) {
    use dossier_core::ClaimStatus;
    match parent_kind {
        "convict" => (ClaimStatus::Confirmed, "content of a conviction"),
        "deny" => (ClaimStatus::Denied, "content of a denial"),
        "confirm" => (ClaimStatus::Confirmed, "content of a confirmation"),
        "threaten" | "demand" => (ClaimStatus::Hypothetical, "content of a threat or demand"),
        _ => (ClaimStatus::Alleged, "content of an accusation or legal act"),
    }
}
