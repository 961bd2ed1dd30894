//! Groups of kinds the tree rules of `code` and `attribute` treat alike, read from the `groups`
//! column of `data/events/kinds.tsv` (so the stages cannot disagree, and a new kind joins a
//! group by editing data). Unknown kinds belong to no group.

fn in_group(kind: &str, group: &str) -> bool {
    crate::plover::kind(kind).is_some_and(|k| k.groups.contains(&group))
}

/// Kinds only a state does (`state_act`): a passive one implies a state agent, and an authority
/// reporting its own act of this kind confirms it.
pub fn state_act(kind: &str) -> bool {
    in_group(kind, "state_act")
}

/// Kinds a government body does itself (`government_act`: expulsions, sanctions): a passive
/// one reported by a government body was that body's.
pub fn government_act(kind: &str) -> bool {
    in_group(kind, "government_act")
}

/// Whether the actor announcing an act of this kind confirms it (`state_act` or `announced`).
pub fn confirmed_by_announcing(kind: &str) -> bool {
    state_act(kind) || in_group(kind, "announced")
}

/// Speech acts (`speech`): a party's spokesman reporting one is the act itself, not a claim.
pub fn speech_act(kind: &str) -> bool {
    in_group(kind, "speech")
}

/// Legal acts a state takes against its own people when the text names no other state
/// (`home_court`: "a former CIA officer was sentenced for spying for China").
pub fn home_court(kind: &str) -> bool {
    in_group(kind, "home_court")
}

/// Acts only a court does (`court_act`: verdicts and sentences): an implicit agent known only
/// by its country is that country's judiciary.
pub fn court_act(kind: &str) -> bool {
    in_group(kind, "court_act")
}

/// Answers in a dispute (`answers`: accusations, criticism, protests, denials, threats,
/// demands): one aimed at nobody named continues the same party's answer just before.
pub fn answers(kind: &str) -> bool {
    in_group(kind, "answers")
}

/// Kinds that are reports of their content's act (`tells_content`: "the embassy confirmed the
/// expulsion" is a report of the expulsion, confirmed): the ledger stores one with that act.
pub fn tells_content(kind: &str) -> bool {
    in_group(kind, "tells_content")
}

/// Acts one party takes against another in words (`against`: accusations, criticism,
/// protests, threats, demands): the edges of the "who accuses whom" graph.
pub fn against(kind: &str) -> bool {
    in_group(kind, "against")
}

/// Kinds aimed at another party (`addressed`): with no explicit target, the one other country
/// the sentence names is the party addressed.
pub fn addressed(kind: &str) -> bool {
    in_group(kind, "addressed")
}

/// Kinds whose passive with no agent, reported by a state body, was done by that body
/// (`reporter_agent`: "the ambassador was asked to leave, the ministry said").
pub fn reporter_agent(kind: &str) -> bool {
    in_group(kind, "reporter_agent")
}

/// Kinds that carry their content (`carries_content`): what is demanded, threatened or not
/// commented on is part of that event, not an event of its own.
pub fn content_not_coded(kind: &str) -> bool {
    in_group(kind, "carries_content")
}

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

/// Acts of the state holding a person (`custody`): with no agent, a later one on the same person
/// was done by the state an earlier one names.
pub fn custody(kind: &str) -> bool {
    in_group(kind, "custody")
}
