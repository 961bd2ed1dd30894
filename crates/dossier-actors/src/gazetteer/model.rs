//! The gazetteer's types: services with their names and flags, succession links, attributed
//! cyber units, role nouns, and the sector and kind vocabularies.
//!
//! These are plain data; parsing lives in `parse.rs`, checks in `validate.rs`.

use std::fmt;
use std::str::FromStr;

use super::date::{DateRange, PartialDate};

/// Where an entry was read from, for messages (`file:line: …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Actor sectors of SPEC.md ("Actor codes"). An actor code is the ISO-3166 alpha-3 country
/// followed by one of these (`GBRSPY`, `CHNCOP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sector {
    Gov,
    Mil,
    Spy,
    Cop,
    Jud,
    Leg,
    Opp,
    Jrn,
    Bus,
    Cvl,
    Edu,
    Crm,
    Reb,
    Unk,
}

impl Sector {
    /// Every sector, in SPEC.md's order.
    pub const ALL: [Sector; 14] = [
        Sector::Gov,
        Sector::Mil,
        Sector::Spy,
        Sector::Cop,
        Sector::Jud,
        Sector::Leg,
        Sector::Opp,
        Sector::Jrn,
        Sector::Bus,
        Sector::Cvl,
        Sector::Edu,
        Sector::Crm,
        Sector::Reb,
        Sector::Unk,
    ];

    /// The three-letter code.
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Gov => "GOV",
            Sector::Mil => "MIL",
            Sector::Spy => "SPY",
            Sector::Cop => "COP",
            Sector::Jud => "JUD",
            Sector::Leg => "LEG",
            Sector::Opp => "OPP",
            Sector::Jrn => "JRN",
            Sector::Bus => "BUS",
            Sector::Cvl => "CVL",
            Sector::Edu => "EDU",
            Sector::Crm => "CRM",
            Sector::Reb => "REB",
            Sector::Unk => "UNK",
        }
    }
}

impl FromStr for Sector {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Sector::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| {
            let all: Vec<&str> = Sector::ALL.iter().map(|x| x.as_str()).collect();
            format!("unknown sector `{s}` (one of {})", all.join(", "))
        })
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a service does. Informative only: the actor code is country + [`Sector`], so military
/// intelligence is `RUSSPY` with kind `military`, not a composed `MILSPY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Human intelligence abroad (SIS, CIA, SVR, DGSE, Mossad).
    Foreign,
    /// Security service and counter-intelligence at home (MI5, FSB, BfV, Shin Bet).
    Domestic,
    /// Military intelligence (GRU, DIA, Aman, RGB).
    Military,
    /// Signals intelligence and cyber (GCHQ, NSA, ASD, Unit 8200).
    Signals,
    /// Imagery and geospatial intelligence (NGA).
    Geospatial,
    /// Reconnaissance satellites (NRO).
    Space,
    /// A police or law-enforcement body with intelligence or counter-intelligence tasks
    /// (FBI, China's MPS, Taiwan's MJIB); its sector is `COP`.
    Police,
    /// One service doing foreign and domestic work (MSS, KGB, AIVD, CNI, MIT).
    Combined,
    /// A body that coordinates the others (ODNI, Australia's ONI, NICA).
    Coordination,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Foreign,
        Kind::Domestic,
        Kind::Military,
        Kind::Signals,
        Kind::Geospatial,
        Kind::Space,
        Kind::Police,
        Kind::Combined,
        Kind::Coordination,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Foreign => "foreign",
            Kind::Domestic => "domestic",
            Kind::Military => "military",
            Kind::Signals => "signals",
            Kind::Geospatial => "geospatial",
            Kind::Space => "space",
            Kind::Police => "police",
            Kind::Combined => "combined",
            Kind::Coordination => "coordination",
        }
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Kind::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| {
            let all: Vec<&str> = Kind::ALL.iter().map(|x| x.as_str()).collect();
            format!("unknown kind `{s}` (one of {})", all.join(", "))
        })
    }
}

/// How a name may be matched, and what decides between services that share it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NameFlags {
    /// `cs`: matches only exactly as written (`MIT` but not "mit", `RAW` but not "raw").
    pub case_sensitive: bool,
    /// `needs-context`: the form also has a common non-intelligence reading (MIT the
    /// university, BIS the bank); accept it only with an intelligence cue or the service's
    /// country nearby.
    pub needs_context: bool,
    /// `default`: among services sharing the form, this one wins when no other rule decides.
    pub default: bool,
    /// `if-country`: this service wins when its country is mentioned in the document.
    pub if_country: bool,
    /// `if-date`: this service wins when the document date lies in its `valid:` range.
    pub if_date: bool,
}

impl NameFlags {
    /// Whether the flags say how to choose between services that share the form.
    pub fn decides(&self) -> bool {
        self.default || self.if_country || self.if_date
    }

    /// Sets one flag by its name in the data files.
    pub fn set(&mut self, flag: &str) -> Result<(), String> {
        match flag {
            "cs" => self.case_sensitive = true,
            "needs-context" => self.needs_context = true,
            "default" => self.default = true,
            "if-country" => self.if_country = true,
            "if-date" => self.if_date = true,
            _ => {
                return Err(format!(
                    "unknown flag `{flag}` (one of cs, needs-context, default, if-country, if-date)"
                ))
            }
        }
        Ok(())
    }
}

/// One surface form of a service: its English name, an alias, a native-script name or a
/// transliteration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub flags: NameFlags,
}

/// Which field of a service a [`Name`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameField {
    Name,
    Alias,
    Native,
    Translit,
}

/// Direction of a succession link, as written in the entry that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// This service replaced the linked one (`successor-of:`).
    SuccessorOf,
    /// The linked service replaced this one (`predecessor-of:`).
    PredecessorOf,
}

/// A succession link, with the year or date of the change when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub relation: Relation,
    pub id: String,
    pub date: Option<PartialDate>,
}

/// A cyber unit or APT group publicly attributed to a service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The group's names (vendor names, unit numbers); the first is the most used.
    pub groups: Vec<String>,
    /// The part of the service named in the attribution ("Unit 26165", "Center 16").
    pub unit: Option<String>,
    /// Who attributed it, with the year ("US DOJ 2018", "UK NCSC 2018").
    pub by: Vec<String>,
    pub note: Option<String>,
    pub origin: Origin,
}

/// An intelligence service (or a unit of one, with `parent`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// `CCC-NAME`: country code, a hyphen, a short upper-case name (`GBR-SIS`).
    pub id: String,
    /// The usual English name.
    pub name: Name,
    /// ISO-3166 alpha-3 (current or, for services of former states, former) code.
    pub country: String,
    pub sector: Sector,
    pub kind: Kind,
    pub aliases: Vec<Name>,
    pub native: Vec<Name>,
    pub translit: Vec<Name>,
    /// When the service existed under this identity.
    pub valid: Option<DateRange>,
    /// The service this one is part of.
    pub parent: Option<String>,
    pub links: Vec<Link>,
    pub attributions: Vec<Attribution>,
    pub notes: Vec<String>,
    pub origin: Origin,
}

impl Service {
    /// The actor code, country + sector (`GBRSPY`).
    pub fn code(&self) -> String {
        format!("{}{}", self.country, self.sector)
    }

    /// Every surface form with the field it comes from.
    pub fn names(&self) -> impl Iterator<Item = (NameField, &Name)> {
        std::iter::once((NameField::Name, &self.name))
            .chain(self.aliases.iter().map(|n| (NameField::Alias, n)))
            .chain(self.native.iter().map(|n| (NameField::Native, n)))
            .chain(self.translit.iter().map(|n| (NameField::Translit, n)))
    }
}

/// What a role noun says about a person or group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleKind {
    /// Heads a service ("spy chief", "spymaster").
    Leader,
    /// A member of a service ("intelligence officer", "case officer", "operative").
    Officer,
    /// Runs agents ("handler", "controller").
    Handler,
    /// Works for a service without being a member ("agent", "asset", "mole", "informant").
    Agent,
    /// Works for two sides ("double agent").
    DoubleAgent,
    /// Left a service or state for another ("defector").
    Defector,
    /// Anyone spying ("spy").
    Spy,
    /// Assesses intelligence ("analyst").
    Analyst,
    /// Hackers and hacking groups.
    Hacker,
}

impl RoleKind {
    pub const ALL: [RoleKind; 9] = [
        RoleKind::Leader,
        RoleKind::Officer,
        RoleKind::Handler,
        RoleKind::Agent,
        RoleKind::DoubleAgent,
        RoleKind::Defector,
        RoleKind::Spy,
        RoleKind::Analyst,
        RoleKind::Hacker,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RoleKind::Leader => "leader",
            RoleKind::Officer => "officer",
            RoleKind::Handler => "handler",
            RoleKind::Agent => "agent",
            RoleKind::DoubleAgent => "double-agent",
            RoleKind::Defector => "defector",
            RoleKind::Spy => "spy",
            RoleKind::Analyst => "analyst",
            RoleKind::Hacker => "hacker",
        }
    }
}

impl FromStr for RoleKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        RoleKind::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| {
            let all: Vec<&str> = RoleKind::ALL.iter().map(|x| x.as_str()).collect();
            format!("unknown role `{s}` (one of {})", all.join(", "))
        })
    }
}

/// A role noun of the trade ("case officer", "mole") with its plural forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub noun: String,
    pub plurals: Vec<String>,
    /// The sector of a person the text calls this; the country comes from the context.
    pub sector: Sector,
    pub role: RoleKind,
    /// `weak`: only a role in an intelligence context ("source", "asset", "agent").
    pub weak: bool,
    /// `inherit`: the person takes the code of the service or state the text ties them to
    /// ("GRU hackers" → RUSSPY); `sector` is only the fallback.
    pub inherit: bool,
    pub origin: Origin,
}
