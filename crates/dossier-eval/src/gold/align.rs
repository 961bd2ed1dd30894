//! Finds a gold sentence's text inside a coded document's cleaned text, ignoring everything but
//! letters and digits (gold text has its quotes, dashes and mojibake repaired differently), and
//! returns the byte range it covers.

/// Byte range of `needle` in `hay` comparing only alphanumerics (case-insensitive), searching
/// from byte `from`.
pub fn find(hay: &str, needle: &str, from: usize) -> Option<std::ops::Range<usize>> {
    let key: Vec<char> = needle
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if key.is_empty() {
        return None;
    }
    let mut stream: Vec<(char, usize, usize)> = Vec::new();
    for (b, c) in hay.char_indices() {
        if b < from || !c.is_alphanumeric() {
            continue;
        }
        for l in c.to_lowercase() {
            stream.push((l, b, b + c.len_utf8()));
        }
    }
    let n = key.len();
    if stream.len() < n {
        return None;
    }
    (0..=stream.len() - n)
        .find(|&i| stream[i..i + n].iter().zip(&key).all(|(s, k)| s.0 == *k))
        .map(|i| stream[i].1..stream[i + n - 1].2)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_despite_quotes_and_spacing() {
        let hay = "Intro. He said “no”  to them. End.";
        let r = super::find(hay, "He said \"no\" to them.", 0).unwrap();
        assert_eq!(&hay[r], "He said “no”  to them");
        assert!(super::find(hay, "absent words", 0).is_none());
        assert!(super::find(hay, "…", 0).is_none());
    }
}
