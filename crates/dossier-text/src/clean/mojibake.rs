//! Mojibake detection and repair: UTF-8 text that was decoded through a legacy single-byte code
//! page (cp1252, latin-1, cp874 …) and re-encoded, so `’` (E2 80 99) reads `â€™` or `โ€™`.
//!
//! The idea is ftfy's: map each suspicious character back to the byte it stood for in one of
//! those code pages, and where the bytes form a valid UTF-8 sequence whose character is
//! plausible text, replace the run by that character. Repairs are local (one UTF-8 sequence at a
//! time) and conservative: a run is left alone unless its decoding is clearly better.
//!
//! This module only finds repairs; it does not build the cleaned text or touch offsets.

use std::sync::OnceLock;

/// Reverse code-page table: character → byte it encodes in cp1252, cp874 or latin-1.
/// U+0080..U+00FF are latin-1 (bytes 0x80..0xFF, C1 controls included, as some decoders do);
/// other characters come from the Windows pages' upper halves, sorted for binary search.
struct Reverse {
    others: Vec<(char, u8)>,
}

impl Reverse {
    fn get(&self, c: char) -> Option<u8> {
        let u = c as u32;
        if (0x80..=0xFF).contains(&u) {
            return Some(u as u8);
        }
        if u < 0x80 {
            return None;
        }
        self.others
            .binary_search_by_key(&c, |&(k, _)| k)
            .ok()
            .map(|i| self.others[i].1)
    }
}

fn reverse_table() -> &'static Reverse {
    static TABLE: OnceLock<Reverse> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut others: Vec<(char, u8)> = Vec::new();
        // The pages never map one character to two different bytes; first mapping wins anyway.
        for enc in [encoding_rs::WINDOWS_1252, encoding_rs::WINDOWS_874] {
            for b in 0x80u8..=0xFF {
                let bytes = [b];
                let (s, _, had_errors) = enc.decode(&bytes);
                if had_errors {
                    continue;
                }
                if let Some(c) = s.chars().next().filter(|&c| c as u32 > 0xFF) {
                    if !others.iter().any(|&(k, _)| k == c) {
                        others.push((c, b));
                    }
                }
            }
        }
        others.sort_unstable();
        Reverse { others }
    })
}

/// One repair: `len` bytes of the input at `start` should read `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub start: usize,
    pub len: usize,
    pub to: char,
}

/// Whether `s` may contain mojibake at all (cheap pre-check: any non-ASCII character that a
/// code page maps to a UTF-8 lead byte).
pub fn may_contain(s: &str) -> bool {
    if s.is_ascii() {
        return false;
    }
    let t = reverse_table();
    s.chars()
        .any(|c| !c.is_ascii() && matches!(t.get(c), Some(0xC2..=0xF4)))
}

/// Finds every mojibake sequence in `s`, in order, non-overlapping.
pub fn find(s: &str) -> Vec<Fix> {
    let mut fixes = Vec::new();
    if s.is_ascii() {
        return fixes;
    }
    let t = reverse_table();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii() {
            continue;
        }
        let lead = match t.get(c) {
            Some(b @ 0xC2..=0xF4) => b,
            _ => continue,
        };
        let need = match lead {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            _ => 3,
        };
        let mut bytes = [lead, 0, 0, 0];
        let mut chars = [c, '\0', '\0', '\0'];
        let mut end = i + c.len_utf8();
        let mut ok = true;
        let mut look = it.clone();
        for k in 1..=need {
            match look.next() {
                Some((j, d)) => match t.get(d) {
                    Some(b @ 0x80..=0xBF) => {
                        bytes[k] = b;
                        chars[k] = d;
                        end = j + d.len_utf8();
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                },
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            // A lost last byte: 0x9D is undefined in cp1252 and cp874, so the mangling decoder
            // dropped it and `”` (E2 80 9D) comes out as the two characters of E2 80 alone.
            if need == 2 && lead == 0xE2 && bytes[1] == 0x80 && chars[2] == '\0' {
                fixes.push(Fix {
                    start: i,
                    len: end - i,
                    to: '\u{201D}',
                });
                it.next();
            }
            continue;
        }
        let Ok(decoded) = std::str::from_utf8(&bytes[..=need]) else {
            continue;
        };
        let Some(to) = decoded.chars().next() else {
            continue;
        };
        if !plausible(to) || all_thai(&chars[..=need]) {
            continue;
        }
        fixes.push(Fix {
            start: i,
            len: end - i,
            to,
        });
        for _ in 0..need {
            it.next();
        }
    }
    fixes
}

/// Characters that real text decoded from such a sequence is made of. Rare scripts that a
/// chance byte sequence lands in (e.g. Mandaic, Mongolian) are left out on purpose.
fn plausible(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x00A0..=0x024F      // Latin-1 supplement, Latin extended A/B
        | 0x0370..=0x052F    // Greek, Cyrillic
        | 0x0590..=0x06FF    // Hebrew, Arabic
        | 0x0900..=0x097F    // Devanagari
        | 0x0E00..=0x0E7F    // Thai
        | 0x1E00..=0x1EFF    // Latin extended additional (Vietnamese)
        | 0x2000..=0x206F    // general punctuation: ’ “ ” – — … •
        | 0x20A0..=0x20CF    // currency: €
        | 0x2100..=0x214F    // letterlike: ™ №
        | 0x2190..=0x21FF    // arrows
        | 0x2200..=0x22FF    // maths
        | 0x2500..=0x27BF    // box, shapes, dingbats
        | 0x3000..=0x303F    // CJK punctuation
        | 0x3040..=0x30FF    // kana
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // Hangul
        | 0xFF00..=0xFFEF    // full-width forms
        | 0x1F300..=0x1FAFF  // emoji
    ) && !(0x2028..=0x202E).contains(&u)
        && !(0x2060..=0x206F).contains(&u)
}

/// Genuine Thai text can spell a valid UTF-8 sequence by chance (Thai letters sit in cp874's
/// upper half); a run made only of Thai letters is Thai, not mojibake.
fn all_thai(chars: &[char]) -> bool {
    chars.iter().all(|&c| ('\u{0E01}'..='\u{0E5B}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repair(s: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for f in find(s) {
            out.push_str(&s[last..f.start]);
            out.push(f.to);
            last = f.start + f.len;
        }
        out.push_str(&s[last..]);
        out
    }

    #[test]
    fn cp874_mixed_with_cp1252() {
        assert_eq!(repair("Chinaโ€™s military"), "China’s military");
        assert_eq!(repair("โ€œa brighter future,โ€ weeks"), "“a brighter future,” weeks");
        assert_eq!(repair("โ€œendโ€"), "“end”");
    }

    #[test]
    fn cp1252_and_latin1() {
        assert_eq!(repair("Itâ€™s a cafÃ© â€” â€œokâ€\u{9d}"), "It’s a café — “ok”");
        assert_eq!(repair("naÃ¯ve"), "naïve");
    }

    #[test]
    fn leaves_good_text_alone() {
        for s in [
            "café naïve façade",
            "Москва",
            "北京",
            "ภาษาไทย ใกล้",
            "a € sign",
            "Zürich, São Paulo",
        ] {
            assert_eq!(repair(s), s, "{s}");
            assert!(find(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn precheck() {
        assert!(may_contain("Chinaโ€™s"));
        assert!(!may_contain("plain ascii"));
        assert!(!may_contain("Москва"));
    }
}
