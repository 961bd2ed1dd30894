//! A draft actor: what composition knows about one mention while it is being built, and how a
//! piece adds to it. Codes compose CAMEO-style: a country (`CHN`) plus an agent sector (`GOV`)
//! makes `CHNGOV`; an organisation's own code (`GBRSPY`) wins over a role noun after it
//! ("MI6 operatives" stay `GBRSPY`). Of two agent nouns the later, the head, says what the
//! actor is ("Russia's Deputy Foreign Minister" is `RUSGOV`, not the `COP` of "deputy"), unless
//! it is a generic head ("military officials" stay `MIL`) or a role that inherits its code.

use super::pieces::{Kind, Piece};

/// One actor being built, in sentence-relative words `start..end`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub start: usize,
    pub end: usize,
    /// Full code when known (`CHN`, `CHNGOV`, `IGOUNO`).
    pub code: Option<String>,
    /// A sector known without a country ("officials", "Gen.").
    pub sector: Option<String>,
    pub entity: Option<String>,
    /// Names one person ("Gen. Zhang Youxia", "a Chinese man").
    pub person: bool,
    /// Names several people ("civil servants", "operatives").
    pub group: bool,
    /// Described only by a generic person noun ("a Chinese man", "his wife").
    pub generic: bool,
    /// Only an agent or role noun: no country, no organisation, no name.
    pub bare: bool,
    /// The head word is an organisation noun or a service ("ministry", "MI6").
    pub org: bool,
    /// Only a name, not in any dictionary ("Ratcliffe"): kept only if linked to a known actor.
    pub name_only: bool,
    /// The sector of `code` came from an agent noun, not from an organisation's own code, so a
    /// later head noun may replace it.
    pub agent_sector: bool,
    /// An apposition says the person works at the organisation drafted at this word
    /// (`described`); coreference gives them its code once that code is known.
    pub works_at: Option<usize>,
    pub rules: Vec<String>,
}

impl Draft {
    pub fn from_piece(p: &Piece, plural: bool) -> Self {
        let mut d = Draft {
            start: p.start,
            end: p.end,
            rules: vec![p.rule.clone()],
            ..Default::default()
        };
        match &p.kind {
            Kind::Country(c) => d.code = Some(c.clone()),
            Kind::Named {
                code,
                entity,
                service,
                person,
            } => {
                d.code = Some(code.clone());
                d.entity = Some(entity.clone());
                d.org = *service;
                d.person = *person;
            }
            Kind::Agent { sector, .. } => {
                d.sector = Some(sector.clone());
                d.bare = true;
                d.group = plural;
            }
        }
        d
    }

    /// The country part of the code, if any.
    pub fn country(&self) -> Option<&str> {
        self.code.as_deref().and_then(|c| c.get(..3))
    }

    /// Whether the code is a bare country (no sector yet).
    pub fn is_bare_country(&self) -> bool {
        self.code.as_deref().is_some_and(|c| c.len() == 3)
    }

    /// Adds a following piece (the head noun, or a more specific name); `false` when the piece
    /// does not belong to this actor. `turned`: the words between said "turned" ("a former
    /// ministry employee turned campaigner"), so the new role replaces the old one. `generic`:
    /// the piece is a generic head ("officials", "staff") that does not replace a sector.
    pub fn absorb(&mut self, p: &Piece, plural: bool, turned: bool, generic: bool) -> bool {
        match &p.kind {
            Kind::Agent {
                sector,
                prefix,
                inherit,
            } => {
                // "ministry employee": the organisation says more than the generic head.
                let weak = generic || *inherit || matches!(sector.as_str(), "CVL" | "LAB");
                match (&self.code, turned) {
                    (Some(c), false) if c.len() == 3 => {
                        self.code = Some(if *prefix {
                            format!("{sector}{c}")
                        } else {
                            format!("{c}{sector}")
                        });
                        self.agent_sector = !*prefix;
                    }
                    (Some(c), true) => self.code = Some(format!("{}{sector}", &c[..3.min(c.len())])),
                    (Some(c), false) if self.agent_sector && c.len() == 6 && !weak => {
                        self.code = Some(format!("{}{sector}", &c[..3]));
                    }
                    // "Kremlin critic", "regime dissident": no one in a state body is its
                    // opposition, so the body names only the country.
                    (Some(c), false) if c.len() == 6 && sector == "OPP" => {
                        self.code = Some(format!("{}{sector}", &c[..3]));
                        self.agent_sector = true;
                    }
                    (Some(_), false) => {}
                    (None, _) => {
                        if turned || self.sector.is_none() || !weak {
                            self.sector = Some(sector.clone());
                        }
                    }
                }
                self.group = plural;
                self.bare = self.bare && self.code.is_none();
            }
            Kind::Named {
                code, entity, service, ..
            } => {
                let same_country = self.country().is_none_or(|c| code.starts_with(c));
                if !same_country {
                    // "Israel's foreign intelligence service": a service's descriptive name after
                    // another country describes that country's service.
                    if *service && p.end > p.start + 1 && self.is_bare_country() {
                        let country = self.code.clone().unwrap_or_default();
                        self.code = Some(format!("{country}{}", code.get(3..6).unwrap_or("SPY")));
                        self.org = true;
                        self.end = p.end;
                        self.rules.push(format!("{} described by its country", p.rule));
                        return true;
                    }
                    return false;
                }
                let more_specific = self.code.as_ref().is_none_or(|c| code.len() >= c.len());
                // A person the dictionary only knows as one of the elite (`ELI`) has the role
                // the title before the name gives ("Foreign Minister Ariel Sharon").
                let title_sector = match (&self.code, &self.sector) {
                    (Some(c), _) if self.agent_sector && c.len() == 6 => Some(c[3..].to_string()),
                    (None, Some(s)) => Some(s.clone()),
                    _ => None,
                };
                if let (Some(s), true) = (title_sector, code.len() == 6 && code.ends_with("ELI")) {
                    self.code = Some(format!("{}{s}", &code[..3]));
                } else if more_specific {
                    self.code = Some(code.clone());
                    self.agent_sector = false;
                }
                self.entity = Some(entity.clone());
                self.org = *service;
                self.bare = false;
            }
            Kind::Country(c) => {
                // "officials of China" is not composed here; a country after a country is a list.
                if self.code.is_some() || !self.bare {
                    return false;
                }
                self.code = Some(match &self.sector {
                    Some(s) => format!("{c}{s}"),
                    None => c.clone(),
                });
                self.agent_sector = self.sector.is_some();
                self.bare = false;
            }
        }
        self.end = p.end;
        self.rules.push(p.rule.clone());
        true
    }

    /// The final code: the full code, else the sector on its own is not a code.
    pub fn final_code(&self) -> Option<String> {
        match (&self.code, &self.sector) {
            (Some(c), Some(s)) if c.len() == 3 => Some(format!("{c}{s}")),
            (Some(c), _) => Some(c.clone()),
            (None, _) => None,
        }
    }

    /// Country and sector of the final code (`CHNGOV` → `CHN`, `GOV`).
    pub fn country_sector(&self) -> (Option<String>, Option<String>) {
        match self.final_code() {
            Some(c) if c.len() >= 6 => (Some(c[..3].to_string()), Some(c[3..6].to_string())),
            Some(c) => (Some(c.get(..3).unwrap_or(&c).to_string()), self.sector.clone()),
            None => (None, self.sector.clone()),
        }
    }
}
