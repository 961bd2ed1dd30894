//! Parsers for the gazetteer's line-oriented files: service blocks (`services_*.txt`), the
//! role table (`roles.txt`) and the country list (`iso3166.txt`). The formats are described
//! in `data/gazetteer/README.md` and at the top of each file.
//!
//! Parsers are purely syntactic: a malformed line is an error naming `file:line`, never a
//! panic. Cross-entry checks (unknown countries, dangling links, colliding aliases) are in
//! `validate.rs`.

use super::date::{DateRange, PartialDate};
use super::error::GazetteerError;
use super::model::{Attribution, Kind, Link, Name, NameFlags, Origin, Relation, Role, Sector, Service};

/// The meaningful lines of a file: comments (`#` at the start, or after whitespace) and
/// surrounding whitespace removed, blank lines skipped; numbered from 1.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let mut line = raw;
        if let Some(pos) = comment_start(raw) {
            line = &raw[..pos];
        }
        let line = line.trim();
        (!line.is_empty()).then_some((i + 1, line))
    })
}

fn comment_start(line: &str) -> Option<usize> {
    if line.trim_start().starts_with('#') {
        return Some(0);
    }
    line.char_indices()
        .zip(line.chars().skip(1))
        .find(|((_, c), next)| c.is_whitespace() && *next == '#')
        .map(|((i, _), _)| i)
}

/// Parses `text | text [flag, flag] | …` into names.
fn parse_names(value: &str) -> Result<Vec<Name>, String> {
    value.split('|').map(parse_name).collect()
}

fn parse_name(item: &str) -> Result<Name, String> {
    let item = item.trim();
    let mut flags = NameFlags::default();
    let mut text = item;
    if let Some(body) = item.strip_suffix(']') {
        let open = body.rfind('[').ok_or_else(|| format!("`{item}`: `]` without `[`"))?;
        for flag in body[open + 1..].split(',') {
            flags.set(flag.trim())?;
        }
        text = body[..open].trim();
    }
    if text.is_empty() {
        return Err(format!("empty name in `{item}`"));
    }
    if text.contains(['[', ']']) {
        return Err(format!("`{item}`: brackets only around the flags at the end"));
    }
    Ok(Name {
        text: text.to_string(),
        flags,
    })
}

/// Parses `ID` or `ID (DATE)`.
fn parse_link(relation: Relation, value: &str) -> Result<Link, String> {
    let value = value.trim();
    let (id, date) = match value.split_once('(') {
        Some((id, rest)) => {
            let date = rest
                .strip_suffix(')')
                .ok_or_else(|| format!("`{value}`: expected `ID (YYYY)`"))?;
            (id.trim(), Some(PartialDate::parse(date)?))
        }
        None => (value, None),
    };
    check_id(id)?;
    Ok(Link {
        relation,
        id: id.to_string(),
        date,
    })
}

/// Parses `GROUP | GROUP ; unit: … ; by: A 2018, B 2018 ; note: …`.
fn parse_attribution(value: &str, origin: Origin) -> Result<Attribution, String> {
    let mut parts = value.split(';');
    let groups = parts.next().unwrap_or_default();
    let groups: Vec<String> = groups.split('|').map(|g| g.trim().to_string()).collect();
    if groups.iter().any(String::is_empty) {
        return Err(format!("`{value}`: empty group name"));
    }
    let mut attribution = Attribution {
        groups,
        unit: None,
        by: Vec::new(),
        note: None,
        origin,
    };
    for part in parts {
        let (key, val) = part
            .split_once(':')
            .ok_or_else(|| format!("`{}`: expected `unit:`, `by:` or `note:`", part.trim()))?;
        let val = val.trim();
        if val.is_empty() {
            return Err(format!("`{}` has no value", key.trim()));
        }
        match key.trim() {
            "unit" => attribution.unit = Some(val.to_string()),
            "by" => attribution.by = val.split(',').map(|b| b.trim().to_string()).collect(),
            "note" => attribution.note = Some(val.to_string()),
            other => return Err(format!("unknown attribution field `{other}` (unit, by, note)")),
        }
    }
    if attribution.by.iter().any(String::is_empty) {
        return Err(format!("`{value}`: empty entry in `by:`"));
    }
    Ok(attribution)
}

/// Checks the shape of a service id: `CCC-NAME`, upper-case ASCII letters, digits, hyphens.
fn check_id(id: &str) -> Result<(), String> {
    let ok = id.len() > 4
        && id.as_bytes()[..3].iter().all(u8::is_ascii_uppercase)
        && id.as_bytes()[3] == b'-'
        && id[4..]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is not an id (CCC-NAME: country code, hyphen, A-Z 0-9 -)"
        ))
    }
}

fn check_country_code(code: &str) -> Result<(), String> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "`{code}` is not an ISO-3166 alpha-3 code (three capital letters)"
        ))
    }
}

/// A service block being read.
struct Draft {
    id: String,
    origin: Origin,
    name: Option<Name>,
    country: Option<String>,
    sector: Option<Sector>,
    kind: Option<Kind>,
    aliases: Vec<Name>,
    native: Vec<Name>,
    translit: Vec<Name>,
    valid: Option<DateRange>,
    parent: Option<String>,
    links: Vec<Link>,
    attributions: Vec<Attribution>,
    notes: Vec<String>,
}

impl Draft {
    fn new(id: String, origin: Origin) -> Self {
        Self {
            id,
            origin,
            name: None,
            country: None,
            sector: None,
            kind: None,
            aliases: Vec::new(),
            native: Vec::new(),
            translit: Vec::new(),
            valid: None,
            parent: None,
            links: Vec::new(),
            attributions: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn field(&mut self, key: &str, value: &str, origin: Origin) -> Result<(), String> {
        fn once<T>(slot: &mut Option<T>, key: &str, value: T) -> Result<(), String> {
            if slot.is_some() {
                return Err(format!("`{key}:` given twice"));
            }
            *slot = Some(value);
            Ok(())
        }
        match key {
            "name" => {
                let name = parse_name(value)?;
                once(&mut self.name, key, name)
            }
            "country" => {
                check_country_code(value)?;
                once(&mut self.country, key, value.to_string())
            }
            "sector" => {
                let sector = value.parse()?;
                once(&mut self.sector, key, sector)
            }
            "kind" => {
                let kind = value.parse()?;
                once(&mut self.kind, key, kind)
            }
            "alias" => parse_names(value).map(|n| self.aliases.extend(n)),
            "native" => parse_names(value).map(|n| self.native.extend(n)),
            "translit" => parse_names(value).map(|n| self.translit.extend(n)),
            "valid" => {
                let range = DateRange::parse(value)?;
                once(&mut self.valid, key, range)
            }
            "parent" => {
                check_id(value)?;
                once(&mut self.parent, key, value.to_string())
            }
            "successor-of" => parse_link(Relation::SuccessorOf, value).map(|l| self.links.push(l)),
            "predecessor-of" => parse_link(Relation::PredecessorOf, value).map(|l| self.links.push(l)),
            "attributed" => parse_attribution(value, origin).map(|a| self.attributions.push(a)),
            "note" => {
                self.notes.push(value.to_string());
                Ok(())
            }
            _ => Err(format!(
                "unknown field `{key}:` (name, country, sector, kind, alias, native, translit, \
                 valid, parent, successor-of, predecessor-of, attributed, note)"
            )),
        }
    }

    fn finish(self, file: &str) -> Result<Service, GazetteerError> {
        let missing =
            |field: &str| GazetteerError::new(file, self.origin.line, format!("[{}] has no `{field}:`", self.id));
        Ok(Service {
            name: self.name.clone().ok_or_else(|| missing("name"))?,
            country: self.country.clone().ok_or_else(|| missing("country"))?,
            sector: self.sector.ok_or_else(|| missing("sector"))?,
            kind: self.kind.ok_or_else(|| missing("kind"))?,
            id: self.id,
            aliases: self.aliases,
            native: self.native,
            translit: self.translit,
            valid: self.valid,
            parent: self.parent,
            links: self.links,
            attributions: self.attributions,
            notes: self.notes,
            origin: self.origin,
        })
    }
}

/// Parses a services file: blocks that start with `[ID]`, followed by `key: value` lines.
pub fn parse_services(file: &str, text: &str) -> Result<Vec<Service>, GazetteerError> {
    let mut services = Vec::new();
    let mut current: Option<Draft> = None;
    for (line_no, line) in lines(text) {
        let err = |message: String| GazetteerError::new(file, line_no, message);
        let origin = Origin {
            file: file.to_string(),
            line: line_no,
        };
        if let Some(rest) = line.strip_prefix('[') {
            let id = rest
                .strip_suffix(']')
                .ok_or_else(|| err(format!("`{line}`: expected `[ID]`")))?;
            check_id(id).map_err(err)?;
            if let Some(done) = current.take() {
                services.push(done.finish(file)?);
            }
            current = Some(Draft::new(id.to_string(), origin));
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| err(format!("`{line}`: expected `key: value`")))?;
        let (key, value) = (key.trim(), value.trim());
        if value.is_empty() {
            return Err(err(format!("`{key}:` has no value")));
        }
        let draft = current
            .as_mut()
            .ok_or_else(|| err(format!("`{key}:` outside a block (start one with `[ID]`)")))?;
        draft.field(key, value, origin).map_err(err)?;
    }
    if let Some(done) = current {
        services.push(done.finish(file)?);
    }
    Ok(services)
}

/// Parses the role table: `noun | plural, plural | SECTOR | role | flag, flag`.
pub fn parse_roles(file: &str, text: &str) -> Result<Vec<Role>, GazetteerError> {
    let mut roles = Vec::new();
    for (line_no, line) in lines(text) {
        let err = |message: String| GazetteerError::new(file, line_no, message);
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if !(4..=5).contains(&cols.len()) {
            return Err(err(format!(
                "expected `noun | plurals | SECTOR | role | flags`, found {} columns",
                cols.len()
            )));
        }
        if cols[0].is_empty() {
            return Err(err("empty noun".to_string()));
        }
        let plurals: Vec<String> = match cols[1] {
            "-" => Vec::new(),
            "" => return Err(err("empty plural column (write `-` for none)".to_string())),
            list => list.split(',').map(|p| p.trim().to_string()).collect(),
        };
        if plurals.iter().any(String::is_empty) {
            return Err(err("empty plural".to_string()));
        }
        let mut role = Role {
            noun: cols[0].to_string(),
            plurals,
            sector: cols[2].parse().map_err(err)?,
            role: cols[3].parse().map_err(err)?,
            weak: false,
            inherit: false,
            origin: Origin {
                file: file.to_string(),
                line: line_no,
            },
        };
        for flag in cols.get(4).into_iter().flat_map(|f| f.split(',')).map(str::trim) {
            match flag {
                "" => {}
                "weak" => role.weak = true,
                "inherit" => role.inherit = true,
                other => return Err(err(format!("unknown role flag `{other}` (weak, inherit)"))),
            }
        }
        roles.push(role);
    }
    Ok(roles)
}

/// One line of `iso3166.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub code: String,
    pub name: String,
    /// For codes of states that no longer exist (`SUN`, `DDR`): when the state existed.
    pub former: Option<DateRange>,
    pub origin: Origin,
}

/// Parses the country list: `CODE | Name` or, for former states, `CODE | Name | FROM..TO`.
pub fn parse_countries(file: &str, text: &str) -> Result<Vec<Country>, GazetteerError> {
    let mut countries = Vec::new();
    for (line_no, line) in lines(text) {
        let err = |message: String| GazetteerError::new(file, line_no, message);
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if !(2..=3).contains(&cols.len()) {
            return Err(err("expected `CODE | Name` or `CODE | Name | FROM..TO`".to_string()));
        }
        check_country_code(cols[0]).map_err(err)?;
        if cols[1].is_empty() {
            return Err(err(format!("{}: empty name", cols[0])));
        }
        let former = cols.get(2).map(|r| DateRange::parse(r)).transpose().map_err(err)?;
        countries.push(Country {
            code: cols[0].to_string(),
            name: cols[1].to_string(),
            former,
            origin: Origin {
                file: file.to_string(),
                line: line_no,
            },
        });
    }
    Ok(countries)
}

/// One line of `other_readings.txt`: a service form with a common non-intelligence meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherReading {
    pub form: String,
    pub meaning: String,
    pub origin: Origin,
}

/// Parses `FORM | other meaning` lines.
pub fn parse_other_readings(file: &str, text: &str) -> Result<Vec<OtherReading>, GazetteerError> {
    let mut out = Vec::new();
    for (line_no, line) in lines(text) {
        let err = |message: &str| GazetteerError::new(file, line_no, message);
        let (form, meaning) = line
            .split_once('|')
            .ok_or_else(|| err("expected `FORM | other meaning`"))?;
        let (form, meaning) = (form.trim(), meaning.trim());
        if form.is_empty() || meaning.is_empty() || meaning.contains('|') {
            return Err(err("expected `FORM | other meaning`"));
        }
        out.push(OtherReading {
            form: form.to_string(),
            meaning: meaning.to_string(),
            origin: Origin {
                file: file.to_string(),
                line: line_no,
            },
        });
    }
    Ok(out)
}
