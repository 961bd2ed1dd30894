//! Composition within one sentence: pieces and the words around them become actor drafts.
//!
//! - modifier + head: "Chinese civil servants" (CHN + GOV), "MI6 operatives", "China's
//!   Ministry of State Security" (possessive of the same country);
//! - titles and names: "CIA Director John Ratcliffe" (the person, coded as the CIA),
//!   "Gen. Zhang Youxia", "Vice Minister of State Security Dong Jingwei" (a minister takes the
//!   code of the ministry the title names);
//! - appositives: "Britain's secret intelligence service, MI6" is one actor; "Dr Han, a former
//!   Chinese foreign ministry employee turned pro-democracy campaigner" gives Han his code;
//!   "a Chinese man, identified only as Wang" names the man; "Gen. Zhang, who as vice chairman
//!   of the Central Military Commission …" gives Zhang the country of that clause.
//!
//! Links across sentences (names seen before, "the ministry", "he") are `coref`'s work.

mod appositives;

use super::draft::Draft;
use super::index::PhraseIndex;
use super::lexicons::Lexicons;
use super::pieces::{DocContext, Kind, Piece};
use crate::gazetteer::Gazetteer;
use dossier_core::Token;

/// The words of one sentence and what is known about them.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lower: &'a [String],
    /// A title-case headline ("Did A Senior Chinese Minister Defect …"): capitals say nothing
    /// about names there, so only dictionary phrases count.
    pub headline: bool,
}

impl<'a> Sentence<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], lower: &'a [String]) -> Self {
        let long: Vec<&str> = tokens
            .iter()
            .map(|t| t.span.slice(text))
            .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
            .collect();
        let capitals = long.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let ends_with_period = tokens.last().is_some_and(|t| t.span.slice(text) == ".");
        let headline = !ends_with_period && long.len() >= 5 && capitals * 10 >= long.len() * 7;
        Sentence {
            text,
            tokens,
            lower,
            headline,
        }
    }
}

impl Sentence<'_> {
    fn upos(&self, i: usize) -> &str {
        self.tokens[i].analysis.upos
    }
    fn surface(&self, i: usize) -> &str {
        self.tokens[i].span.slice(self.text)
    }
    fn plural(&self, i: usize) -> bool {
        let x = self.tokens[i].analysis.xpos;
        let by_form = if x.is_empty() {
            self.lower[i].ends_with('s') && !self.lower[i].ends_with("ss")
        } else {
            x == "NNS" || x == "NNPS"
        };
        // "four Russian embassy staff": a count above one before the noun phrase.
        by_form || self.counted(i)
    }
    /// Whether a number other than one comes before the noun phrase ending at `i`.
    fn counted(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 5 {
            k -= 1;
            match self.upos(k) {
                "NUM" => return !matches!(self.lower[k].as_str(), "one" | "1"),
                "ADJ" | "NOUN" | "PROPN" => continue,
                _ => return false,
            }
        }
        false
    }
    /// A word that can sit between a modifier and its head noun.
    fn modifier(&self, i: usize) -> bool {
        let w = self.lower[i].as_str();
        if matches!(w, "'s" | "-" | "'" | "turned") {
            return true;
        }
        match self.upos(i) {
            "" => w.chars().all(|c| c.is_alphabetic() || c == '-') && !STOP.contains(&w),
            // "acting", "exiled", "retired": participles the parser makes adjectival modifiers,
            // or that stand between a possessive and a noun ("Korea's acting ambassador").
            "VERB" => {
                let a = &self.tokens[i].analysis;
                let between = i > 0
                    && self.lower[i - 1] == "'s"
                    && i + 1 < self.tokens.len()
                    && matches!(self.upos(i + 1), "NOUN" | "PROPN" | "ADJ");
                matches!(a.xpos, "VBG" | "VBN") && (a.deprel == "amod" || between)
            }
            u => matches!(u, "ADJ" | "NOUN" | "NUM" | "PROPN"),
        }
    }
    /// An agent piece with no country that the parser attaches to the common noun after it, which
    /// no piece covers: "government" in "government secrets", "police" in "police station"
    /// modify a thing, not an actor.
    fn modifies_a_thing(&self, p: &Piece, pieces: &[Piece], lex: &Lexicons) -> bool {
        let next = p.end;
        let last = &self.tokens[p.end - 1].analysis;
        matches!(p.kind, Kind::Agent { .. })
            && next < self.tokens.len()
            && matches!(last.deprel, "compound" | "amod")
            && last.head as usize == next + 1
            && self.upos(next) == "NOUN"
            && self.surface(next).starts_with(char::is_lowercase)
            && lex.title(&self.lower[next]).is_none()
            && !lex.person_nouns.contains(&self.lower[next])
            && !lex.speech_nouns.contains(&self.lower[next])
            && pieces.iter().all(|q| q.start != next)
    }
    /// An agent piece of one word that the tagger calls an adjective, before a noun: "national"
    /// in "national security", not in "a Chinese national".
    fn adjectival(&self, p: &Piece) -> bool {
        matches!(p.kind, Kind::Agent { .. })
            && p.end == p.start + 1
            && self.upos(p.start) == "ADJ"
            && p.end < self.tokens.len()
            && matches!(self.upos(p.end), "NOUN" | "PROPN")
    }
    /// A one-word agent piece that ends a person's name after a title ("spokesman Qin Gang",
    /// "Judge Amy King"): capitalised, not all capitals, after name words from `from` on, and
    /// a title right before `from`. Not after a name with no title ("Harju County Court").
    fn name_part(&self, p: &Piece, from: usize, lex: &Lexicons) -> bool {
        let surface = self.surface(p.start);
        matches!(p.kind, Kind::Agent { .. })
            && p.end == p.start + 1
            && p.start > from
            && from > 0
            && surface.starts_with(char::is_uppercase)
            && !surface.chars().all(char::is_uppercase)
            && !self.headline
            && lex.title(&self.lower[from - 1]).is_some()
            && (from..p.start).all(|k| self.name_word(k, lex))
    }
    /// A word that can be part of a person's name.
    fn name_word(&self, i: usize, lex: &Lexicons) -> bool {
        let s = self.surface(i);
        let capital = s.chars().next().is_some_and(char::is_uppercase);
        if !capital
            || self.headline
            || lex.title(&self.lower[i]).is_some()
            || crate::dates::is_weekday(&self.lower[i])
            || s.chars().all(|c| c.is_uppercase()) && s.len() > 1
        {
            return false;
        }
        // The tagger sometimes calls a rare name a noun ("identified only as Wang").
        match self.upos(i) {
            "" | "NOUN" | "X" => i > 0,
            u => u == "PROPN",
        }
    }
}

/// Function words that never sit inside a noun phrase's modifiers.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "that", "which", "who", "was",
    "were", "is", "are", "has", "have", "had", "be", "been", "said", "says", "as", "from", "his", "her", "its",
    "their",
];
/// Most words between a modifier piece and its head piece.
const MAX_GAP: usize = 3;

/// Builds the drafts of one sentence from its pieces.
/// What composition looks things up in: the phrase index, the gazetteer, the word lists and
/// what the document tells piece making (its date and countries).
pub struct Known<'a> {
    pub index: &'a PhraseIndex,
    pub surnames: &'a super::surnames::Surnames,
    pub gaz: &'a Gazetteer,
    pub lex: &'a Lexicons,
    pub doc: DocContext<'a>,
}

pub fn compose(s: &Sentence<'_>, pieces: &[Piece], known: &Known<'_>) -> Vec<Draft> {
    let lex = known.lex;
    let n = s.tokens.len();
    let mut drafts: Vec<Draft> = Vec::new();
    let piece_at = |i: usize| pieces.iter().position(|p| p.start == i);
    let mut i = 0;
    while i < n {
        let start_piece = piece_at(i);
        let starts_title = lex.title(&s.lower[i]).is_some() && s.surface(i).starts_with(char::is_uppercase);
        let his = i > 0 && matches!(s.lower[i - 1].as_str(), "his" | "her" | "their");
        let mut d = match start_piece {
            // "official Twitter account": an adjective, not an actor; "government secrets".
            Some(k) if s.adjectival(&pieces[k]) || s.modifies_a_thing(&pieces[k], pieces, lex) => {
                i += 1;
                continue;
            }
            Some(k) => Draft::from_piece(&pieces[k], s.plural(pieces[k].end - 1)),
            None if starts_title => Draft {
                start: i,
                end: i,
                bare: true,
                ..Default::default()
            },
            None if his && lex.person_nouns.contains(&s.lower[i]) => {
                let d = Draft {
                    start: i,
                    end: i + 1,
                    person: true,
                    generic: true,
                    bare: true,
                    rules: vec!["generic person noun after a possessive".into()],
                    ..Default::default()
                };
                drafts.push(d);
                i += 1;
                continue;
            }
            None if s.name_word(i, lex) => Draft {
                start: i,
                end: i,
                name_only: true,
                ..Default::default()
            },
            None => {
                i += 1;
                continue;
            }
        };
        if start_piece.is_some() && d.bare && lex.person_nouns.contains(&s.lower[d.end - 1]) {
            // "his wife", "the couple": a generic person, linked (or dropped) by coreference.
            d.person = !s.plural(d.end - 1);
            d.group = !d.person;
            d.generic = true;
        }
        // Modifier + head chains over following pieces.
        if start_piece.is_some() {
            let mut from = d.end;
            while let Some(k) = next_piece(pieces, from) {
                let p = &pieces[k];
                let gap = d.end..p.start;
                if gap.len() > MAX_GAP || !gap.clone().all(|g| s.modifier(g)) {
                    break;
                }
                // "spokesman Qin Gang", "Judge Amy King": an agent word that ends a name is part
                // of the name, not the head of the phrase.
                if s.name_part(p, d.end, lex) {
                    break;
                }
                // "national security", "state media": an agent noun used as an adjective is
                // only a modifier of the noun after it.
                if s.adjectival(p) {
                    from = p.end;
                    continue;
                }
                // "ambassador to Rome", "embassy in Beijing": the country after a preposition is
                // where the body is or whom it faces, not its own.
                if matches!(p.kind, Kind::Country(_))
                    && matches!(s.lower[d.end - 1].as_str(), "to" | "in" | "at" | "for" | "of" | "from")
                {
                    break;
                }
                let turned = gap.clone().any(|g| s.lower[g] == "turned");
                // "a Chinese man": a generic person noun says who, not what role.
                if matches!(p.kind, Kind::Agent { .. }) && lex.person_nouns.contains(&s.lower[p.end - 1]) {
                    d.end = p.end;
                    d.person = !s.plural(p.end - 1);
                    d.group = !d.person;
                    d.generic = true;
                    d.rules.push("generic person noun".into());
                    break;
                }
                // "Cmdr. Steve Honda": a company's name right after a given name is a person's
                // surname, not the company.
                let company = matches!(&p.kind, Kind::Named { code, .. }
                    if code.starts_with("MNC") || code.get(3..6) == Some("BUS"));
                let given_name = !gap.is_empty()
                    && gap
                        .clone()
                        .all(|g| s.surface(g).starts_with(char::is_uppercase) && !s.lower[g].contains('.'));
                if company && given_name {
                    d.end = p.end;
                    d.person = true;
                    d.rules.push(format!(
                        "`{}` after a given name: a surname, not the company",
                        s.surface(p.start)
                    ));
                    break;
                }
                let title = p.start.checked_sub(1).and_then(|t| lex.title(&s.lower[t]));
                let generic = lex.generic_heads.contains(&s.lower[p.end - 1]);
                let role_noun = p.start > d.start && s.upos(p.start - 1) == "NOUN";
                let role = d
                    .code
                    .clone()
                    .filter(|c| c.len() == 6 && (d.agent_sector || d.org && role_noun));
                if !d.absorb(p, s.plural(p.end - 1), turned, generic) {
                    break;
                }
                // ("Dutch Major General Onno Eichelsheim": the role the text gives before a listed
                // person's name wins over the list's code.)
                if let (Some(c), Kind::Named { person: true, .. }) = (role, &p.kind) {
                    if d.code.as_ref() != Some(&c) {
                        d.rules.push(format!("the role before the name: {c}"));
                        d.code = Some(c);
                    }
                }
                from = d.end;
                if title.is_some() && matches!(p.kind, Kind::Named { service: false, .. }) {
                    d.person = true;
                    // "United States President Joe Biden", whom the dictionary knows only as one
                    // of the elite (`ELI`): the title says his role.
                    if let (Some(Some(sector)), Some(c)) = (title, d.code.as_ref()) {
                        if c.len() == 6 && c.ends_with("ELI") {
                            d.code = Some(format!("{}{sector}", &c[..3]));
                        }
                    }
                }
            }
            // "four Russians", "a Norwegian": a nationality used as a noun names its people.
            // (The draft is still its first piece alone.)
            if d.is_bare_country() && start_piece.is_some_and(|k| pieces[k].end == d.end) {
                people_of_country(s, &mut d, known);
            }
            // A generic person noun right after ("a Chinese man").
            if d.end < n && lex.person_nouns.contains(&s.lower[d.end]) && d.is_bare_country() {
                d.end += 1;
                d.person = true;
                d.generic = true;
                d.rules.push("generic person noun".into());
            }
        }
        titles_and_name(s, &mut d, known, pieces);
        if d.end > d.start {
            i = d.end;
            drafts.push(d);
        } else {
            i += 1;
        }
    }
    for d in &mut drafts {
        // "EMBASSY_IN" and the like: the preposition is not part of the mention.
        while d.end > d.start + 1 && matches!(s.lower[d.end - 1].as_str(), "in" | "of" | "to" | "for" | "at" | "on") {
            d.end -= 1;
        }
    }
    appositives::link(s, &mut drafts, lex);
    super::described::describe(s, &mut drafts, lex);
    shared_heads_and_masters(s, &mut drafts);
    drafts
}

/// Two links between neighbouring drafts:
/// - "the Dutch and UK governments", "U.S.-Israeli dual nationals": a nationality coordinated
///   with a country + role shares the role (`NLDGOV`, `USACVL`);
/// - "spies working for the Polish government", "an agent for the GRU": a spy the text ties only
///   to whom they work for takes that country (SPEC.md, "Roles").
fn shared_heads_and_masters(s: &Sentence<'_>, drafts: &mut [Draft]) {
    for k in 0..drafts.len().saturating_sub(1) {
        let (a, b) = (&drafts[k], &drafts[k + 1]);
        let between: Vec<&str> = s.lower[a.end..b.start].iter().map(String::as_str).collect();
        let shared = a.is_bare_country()
            && a.sector.is_none()
            && b.agent_sector
            && b.final_code().is_some_and(|c| c.len() == 6)
            && match between.as_slice() {
                ["-"] => true,
                // ("the Dutch and UK governments": after "the", a name the tagger calls a
                // proper noun shares a plural head too.)
                ["and" | "or" | "," | "/"] => {
                    s.upos(a.end - 1) == "ADJ"
                        || (a.start > 0
                            && matches!(s.lower[a.start - 1].as_str(), "the" | "both")
                            && s.plural(b.end - 1))
                }
                _ => false,
            };
        if shared {
            let (code, sector) = (a.code.clone().unwrap_or_default(), b.final_code().unwrap_or_default());
            let a = &mut drafts[k];
            a.code = Some(format!("{code}{}", &sector[3..]));
            a.rules.push("shares the head of a coordinated phrase".into());
            continue;
        }
        let works_for = a.code.is_none()
            && a.sector.as_deref() == Some("SPY")
            && matches!(
                between.as_slice(),
                ["for"] | ["for", "the"] | ["working" | "spying", "for"] | ["working" | "spying", "for", "the"]
            );
        if let (true, Some(country)) = (works_for, b.country().map(str::to_string)) {
            let a = &mut drafts[k];
            a.code = Some(country);
            a.bare = false;
            a.rules.push("a spy of the party they work for".into());
        }
    }
}

/// Makes a bare country draft the people of that country when its words are a nationality used
/// as a noun: a plural whose singular names the same country ("Russians", "South Koreans"), or
/// a singular nationality after an article or a number and before no noun, whose plural names
/// the same country ("a Russian", "the Norwegian, …"). Never a country's own name ("the
/// Philippines", "the United Kingdom", "the UK").
fn people_of_country(s: &Sentence<'_>, d: &mut Draft, known: &Known<'_>) {
    let last = s.lower[d.end - 1].as_str();
    // Cheap tests first: most country mentions ("China", "Russian officials") fail them.
    let maybe_plural = last.len() > 3 && last.ends_with('s');
    let determiner = d
        .start
        .checked_sub(1)
        .is_some_and(|b| matches!(s.lower[b].as_str(), "a" | "an" | "the" | "one") || s.upos(b) == "NUM");
    let noun_after = d.end < s.tokens.len()
        && (matches!(s.upos(d.end), "NOUN" | "PROPN" | "ADJ" | "NUM" | "")
            && s.lower[d.end].chars().all(char::is_alphanumeric)
            || s.lower[d.end] == "'s");
    // Singular nationality nouns end like "Russian", "Pakistani", "Icelander".
    let demonym = ["an", "i", "er"].iter().any(|e| last.ends_with(e));
    let maybe_singular = !maybe_plural && demonym && determiner && !noun_after;
    let capitals = (d.start..d.end).any(|k| {
        s.surface(k)
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    });
    if !(maybe_plural || maybe_singular) || capitals {
        return;
    }
    let Some(code) = d.code.clone() else { return };
    let names_same = |words: String| {
        known.index.get(&words).is_some_and(|es| {
            es.iter().any(|e| match e {
                super::index::Entry::Actor(a) => a.code_at(known.doc.date) == Some(code.as_str()),
                _ => false,
            })
        })
    };
    let before = s.lower[d.start..d.end - 1].join(" ");
    let with_last = |w: &str| {
        if before.is_empty() {
            w.to_string()
        } else {
            format!("{before} {w}")
        }
    };
    let words = s.lower[d.start..d.end].join(" ");
    // A country's own name ("the Philippines", "the United Kingdom") is not a nationality: not
    // its dictionary entry's main phrase or an ISO name.
    let name = |w: &str| {
        known.gaz.countries.iter().any(|c| c.name.eq_ignore_ascii_case(w))
            || known.index.get(w).is_some_and(|es| {
                es.iter().any(|e| match e {
                    super::index::Entry::Actor(a) => a.primary().text().eq_ignore_ascii_case(w),
                    _ => false,
                })
            })
    };
    if name(&words) || name(words.trim_start_matches("the ")) {
        return;
    }
    let plural = maybe_plural && names_same(with_last(&last[..last.len() - 1]));
    let singular = maybe_singular && names_same(with_last(&format!("{last}s")));
    if plural || singular {
        d.code = Some(format!("{code}CVL"));
        d.person = singular;
        d.group = plural;
        d.rules.push("nationality used as a noun: people of the country".into());
    }
}

/// The pieces ending right before word `at`, or before "'s" there ("NATO's Secretary
/// General", "Dutch Major General").
fn pieces_before<'p>(s: &Sentence<'_>, pieces: &'p [Piece], at: usize) -> impl Iterator<Item = &'p Piece> {
    let end = if at > 0 && s.lower[at - 1] == "'s" { at - 1 } else { at };
    pieces.iter().filter(move |p| p.end == end)
}

/// The organisation (an international body or a service, not a country) named right before
/// word `at`: its code and words.
fn organisation_before(s: &Sentence<'_>, pieces: &[Piece], at: usize) -> Option<(String, String)> {
    pieces_before(s, pieces, at).find_map(|p| match &p.kind {
        Kind::Named { code, .. } if code.starts_with("IGO") || code.len() == 6 => {
            Some((code.clone(), s.lower[p.start..p.end].join(" ")))
        }
        _ => None,
    })
}

/// The country named right before word `at` ("Dutch" in "Dutch Major General …").
fn country_before(s: &Sentence<'_>, pieces: &[Piece], at: usize) -> Option<String> {
    pieces_before(s, pieces, at).find_map(|p| match &p.kind {
        Kind::Country(c) => Some(c.clone()),
        _ => None,
    })
}

fn next_piece(pieces: &[Piece], from: usize) -> Option<usize> {
    pieces.iter().position(|p| p.start >= from)
}

/// Titles after the draft, then a name: "Director John Ratcliffe", "Vice Minister of State
/// Security Dong Jingwei". The name makes the draft a person.
fn titles_and_name(s: &Sentence<'_>, d: &mut Draft, known: &Known<'_>, pieces: &[Piece]) {
    let lex = known.lex;
    let n = s.tokens.len();
    let mut j = d.end;
    let mut title_sector: Option<String> = None;
    let mut ministry: Option<(usize, Piece)> = None;
    let title_led = d.end > d.start && (d.start..d.end).all(|k| lex.title(&s.lower[k]).is_some());
    // "China's Vice Minister of State Security": the minister's title piece is already in the
    // draft; the ministry it names follows.
    // The title may already sit in the draft whole or in part ("Minister of State" is an agent).
    let minister = (d.start..d.end.min(n.saturating_sub(1)))
        .find(|&k| s.lower[k].starts_with("minister") && s.lower[k + 1] == "of");
    if let Some(k) = minister {
        if let Some(found) = ministry_of(s, k + 2, known).filter(|f| f.0 >= d.end) {
            j = found.0;
            ministry = Some(found);
        }
    }
    while j < n && pieces.iter().all(|p| p.start != j) {
        let Some(sector) = lex.title(&s.lower[j]) else { break };
        if !s.surface(j).starts_with(char::is_uppercase) && d.end == d.start && j == d.start {
            break;
        }
        if sector.is_some() {
            title_sector = sector.clone();
        }
        j += 1;
        // "Minister of State Security": the ministry the title names, if the index knows it.
        if s.lower[j - 1].starts_with("minister") && j < n && s.lower[j] == "of" {
            if let Some(found) = ministry_of(s, j + 1, known) {
                ministry = Some(found);
                j = ministry.as_ref().map_or(j, |m| m.0);
            }
        }
    }
    // Without a title, only an organisation's code may lead into a name ("CIA Director" has
    // one; "official WeChat" has neither).
    // A title that ends the draft leads into a name too ("foreign ministry spokesman Qin Gang").
    let title_last = d.end > d.start && lex.title(&s.lower[d.end - 1]).is_some_and(Option::is_some);
    if j == d.end && d.end > d.start && !title_led && !title_last && d.final_code().is_none_or(|c| c.len() < 6) {
        return;
    }
    let name_start = j;
    while j < n {
        let piece = pieces.iter().find(|p| p.start == j);
        let continues = match piece {
            None => s.name_word(j, lex),
            Some(p) => j > name_start && s.name_part(p, name_start, lex),
        };
        if !continues {
            break;
        }
        j += 1;
    }
    // A title must lead to a name (or to a coded actor); a bare title is nothing.
    let named = j > name_start;
    if !named {
        if d.end == d.start {
            // Title words followed by a coded piece ("President Joe Biden" in the dictionary).
            if let Some(k) = pieces
                .iter()
                .position(|p| p.start == name_start && name_start > d.start)
            {
                let p = &pieces[k];
                if matches!(p.kind, Kind::Named { .. }) {
                    // ("NATO's Secretary General Jens Stoltenberg": the role the text gives, at
                    // an organisation named right before the title, wins over the code the
                    // dictionary has for the person.)
                    let employer = organisation_before(s, pieces, d.start);
                    let listed = matches!(p.kind, Kind::Named { person: true, .. });
                    *d = Draft::from_piece(p, false);
                    d.start = name_start.min(d.start);
                    d.person = true;
                    if let Some((code, org)) = employer {
                        d.rules.push(format!("holds the title at `{org}`, coded {code}"));
                        d.code = Some(code);
                    } else if let (true, Some(sector)) = (listed, title_sector.as_ref()) {
                        // ("Dutch Major General Onno Eichelsheim": a listed person's title says
                        // the role the text gives them, in the country named before it.)
                        let country = country_before(s, pieces, d.start)
                            .or_else(|| d.code.as_ref().and_then(|c| c.get(..3)).map(str::to_string));
                        if let Some(c) = country.filter(|c| c.chars().all(|x| x.is_ascii_uppercase())) {
                            d.rules.push(format!("the title gives the role: {c}{sector}"));
                            d.code = Some(format!("{c}{sector}"));
                        }
                    }
                }
            }
        }
        return;
    }
    if let Some((_, p)) = ministry {
        let code_before = d.code.clone();
        if d.absorb(&p, false, false, false) || code_before.is_none() {
            d.rules.push("minister of a ministry".into());
        }
    }
    if d.code.is_none() && d.sector.is_none() {
        d.sector = title_sector;
    }
    // "President Kabila": a surname the dictionaries know for people of one country only.
    let titled = name_start > 0 && lex.title(&s.lower[name_start - 1]).is_some();
    if d.code.is_none() && titled && j - name_start <= 2 {
        if let Some((c, e)) = known.surnames.country(s.surface(j - 1), known.doc.date) {
            d.rules.push(format!(
                "surname of `{}` (dictionary line {})",
                e.primary().text(),
                e.line
            ));
            d.code = Some(c);
        }
    }
    d.entity = Some(s.text[s.tokens[name_start].span.start as usize..s.tokens[j - 1].span.end as usize].to_string());
    d.person = true;
    d.group = false;
    d.generic = false;
    d.bare = false;
    d.end = j;
    d.rules.push("title and name".into());
}

/// Looks up "ministry of W…" for the longest run of capitalised words from `from`; returns the
/// word after the match and the piece it gives.
fn ministry_of(s: &Sentence<'_>, from: usize, known: &Known<'_>) -> Option<(usize, Piece)> {
    let mut end = from;
    // Dictionary pieces inside ("State Security") do not stop the longer ministry name.
    while end < s.tokens.len() && s.surface(end).starts_with(char::is_uppercase) {
        end += 1;
    }
    for stop in (from + 1..=end).rev() {
        let mut keys = vec!["ministry".to_string(), "of".to_string()];
        keys.extend(s.lower[from..stop].iter().cloned());
        let surface: Vec<&str> = keys.iter().map(String::as_str).collect();
        let found = known.index.find(&keys, &surface);
        if let Some(f) = found.first().filter(|f| f.start == 0 && f.end == keys.len()) {
            let ps = super::pieces::pieces(std::slice::from_ref(f), known.gaz, known.lex, &known.doc, true);
            if let Some(mut p) = ps.into_iter().next() {
                p.start = from;
                p.end = stop;
                return Some((stop, p));
            }
        }
    }
    None
}
