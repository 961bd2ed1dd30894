//! Civil-calendar arithmetic on the proleptic Gregorian calendar: ISO date parsing, day
//! numbers, weekdays and month steps. Small hand-written functions (H. Hinnant's day-number
//! algorithms) instead of a date crate: the recogniser needs a dozen operations on plain
//! `(year, month, day)` triples, never time zones, times or formatting; the ledger and the
//! benchmarks use the same day numbers.
//!
//! This module knows nothing about text or words; it must not parse anything but ISO dates.

/// Parses an ISO `YYYY-MM-DD` date (a trailing time, `T…` or ` …`, is ignored) into
/// `(year, month, day)`; `None` unless the day exists (`2025-02-29` does not).
pub fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let date = match s.get(10..11) {
        None => s,
        Some("T") | Some(" ") => &s[..10],
        Some(_) => return None,
    };
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &date[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (y, m, d) = (digits(0..4)? as i32, digits(5..7)?, digits(8..10)?);
    valid(y, m, d).then_some((y, m, d))
}

/// Whether `(y, m, d)` is a day of the calendar.
pub fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

pub fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1–12) of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (negative before it).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `z` days after 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// ISO weekday of a day number: Monday = 1 … Sunday = 7.
pub fn weekday(days: i64) -> u32 {
    // 1970-01-01 was a Thursday.
    ((days + 3).rem_euclid(7) + 1) as u32
}

/// `(y, m, d)` moved by `n` days.
pub fn add_days((y, m, d): (i32, u32, u32), n: i64) -> (i32, u32, u32) {
    civil_from_days(days_from_civil(y, m, d) + n)
}

/// `(y, m, d)` moved by `n` months; the day is clamped to the target month's length
/// (31 March − 1 month = 28 or 29 February).
pub fn add_months((y, m, d): (i32, u32, u32), n: i64) -> (i32, u32, u32) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + n;
    let ny = total.div_euclid(12) as i32;
    let nm = total.rem_euclid(12) as u32 + 1;
    (ny, nm, d.min(days_in_month(ny, nm)))
}
