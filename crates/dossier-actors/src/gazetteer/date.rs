//! Partial dates (`1991`, `1991-12`, `1991-12-03`) and the open or closed ranges
//! (`1954-03-13..1991-12-03`, `1991..`, `..2003`) that say when a service existed.
//!
//! A partial date stands for the whole period it names: `1991` covers every day of 1991, so
//! a range `..1991` contains `1991-12-31` and a range `1991..` contains `1991-01-01`.

use std::fmt;

/// A year, optionally with month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        let mut parts = text.trim().split('-');
        let year_text = parts.next().ok_or_else(bad)?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year_text.parse().map_err(|_| bad())?;
        let mut number = |max: u8| -> Result<Option<u8>, String> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    let n: u8 = p.parse().map_err(|_| bad())?;
                    if n == 0 || n > max {
                        Err(bad())
                    } else {
                        Ok(Some(n))
                    }
                }
                Some(_) => Err(bad()),
            }
        };
        let month = number(12)?;
        let day = number(31)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(Self { year, month, day })
    }

    /// The first day the partial date covers, as a comparable `(year, month, day)`.
    fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the partial date covers (day 31 stands for "end of month").
    /// Whether every day of `self` comes after every day of `other`.
    pub fn after(&self, other: PartialDate) -> bool {
        self.first_day() > other.last_day()
    }

    fn last_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(12), self.day.unwrap_or(31))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A validity range; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DateRange {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl DateRange {
    /// Parses `FROM..TO`, `FROM..` or `..TO`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (from, to) = text
            .trim()
            .split_once("..")
            .ok_or_else(|| format!("`{text}` is not a range (FROM..TO, FROM.. or ..TO)"))?;
        let end = |s: &str| -> Result<Option<PartialDate>, String> {
            let s = s.trim();
            if s.is_empty() {
                Ok(None)
            } else {
                PartialDate::parse(s).map(Some)
            }
        };
        let range = Self {
            from: end(from)?,
            to: end(to)?,
        };
        if range.from.is_none() && range.to.is_none() {
            return Err(format!("`{text}`: a range needs at least one end"));
        }
        if let (Some(a), Some(b)) = (range.from, range.to) {
            if a.first_day() > b.last_day() {
                return Err(format!("`{text}`: the range ends before it starts"));
            }
        }
        Ok(range)
    }

    /// Whether the range covers any part of `date`.
    pub fn contains(&self, date: PartialDate) -> bool {
        let after_start = match self.from {
            Some(f) => date.last_day() >= f.first_day(),
            None => true,
        };
        let before_end = match self.to {
            Some(t) => date.first_day() <= t.last_day(),
            None => true,
        };
        after_start && before_end
    }

    /// Whether two ranges share a day. Ranges that only touch in a year written without
    /// month (`..1991` and `1991..`) count as not overlapping: that is how a renaming
    /// within one year is written.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        let strictly_before = |a: &DateRange, b: &DateRange| match (a.to, b.from) {
            (Some(end), Some(start)) => end.last_day() < start.first_day() || (end == start && end.month.is_none()),
            _ => false,
        };
        !strictly_before(self, other) && !strictly_before(other, self)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(from) = self.from {
            write!(f, "{from}")?;
        }
        f.write_str("..")?;
        if let Some(to) = self.to {
            write!(f, "{to}")?;
        }
        Ok(())
    }
}
