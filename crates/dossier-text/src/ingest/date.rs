//! Publication dates in metadata and datelines: "2025-06-02", "2025-06-02T09:00:00Z",
//! "2 June 2025", "June 2, 2025", "Mon, 2 Jun 2025". Returns ISO `YYYY-MM-DD`.
//!
//! Only absolute dates with a year; relative dates in article text ("last month") are the
//! recognise stage's job, not this module's.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let w = if w == "sept" { "sep".to_string() } else { w };
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || *m == w))
        .map(|i| i as u32 + 1)
}

fn days_in(month: u32, year: i32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn iso(y: i32, m: u32, d: u32) -> Option<String> {
    ((1800..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in(m, y))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Parses the first absolute date found in `s`, if any.
pub fn parse_date(s: &str) -> Option<String> {
    // ISO form anywhere: YYYY-MM-DD.
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &b[i..i + 10];
        if w[4] == b'-'
            && w[7] == b'-'
            && w.iter()
                .enumerate()
                .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
        {
            let y = s[i..i + 4].parse().ok()?;
            let m = s[i + 5..i + 7].parse().ok()?;
            let d = s[i + 8..i + 10].parse().ok()?;
            if let Some(v) = iso(y, m, d) {
                return Some(v);
            }
        }
    }
    // Word forms: "2 June 2025", "June 2, 2025", "2nd of June 2025".
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '·')
        .filter(|w| !w.is_empty() && *w != "of")
        .collect();
    let day = |w: &str| -> Option<u32> {
        let t = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        (!t.is_empty() && t.len() <= 2).then(|| t.parse().ok()).flatten()
    };
    let year = |w: &str| -> Option<i32> {
        let t = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        (t.len() == 4).then(|| t.parse().ok()).flatten()
    };
    for i in 0..words.len() {
        let Some(m) = month_of(words[i]) else { continue };
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            if let Some(v) = iso(y, m, d) {
                return Some(v);
            }
        }
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            if let Some(v) = iso(y, m, d) {
                return Some(v);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn forms() {
        assert_eq!(parse_date("2025-06-02").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_date("2025-06-02T09:30:00Z").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_date("Published 2 June 2025").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_date("June 2, 2025 at 10:00").as_deref(), Some("2025-06-02"));
        assert_eq!(
            parse_date("Mon, 2 Jun 2025 10:00:00 GMT").as_deref(),
            Some("2025-06-02")
        );
        assert_eq!(parse_date("Updated: Sept. 12, 2024").as_deref(), Some("2024-09-12"));
        assert_eq!(parse_date("21st of March 2023").as_deref(), Some("2023-03-21"));
    }

    #[test]
    fn rejects() {
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("in May he said"), None);
        assert_eq!(parse_date("18 June"), None);
        assert_eq!(parse_date("3-min read"), None);
    }
}
