//! Bytes to text: every byte sequence is input. UTF-8 (with or without BOM) and UTF-16 (with
//! BOM) are decoded; text that is not UTF-8 but reads as windows-1252 is decoded as such; any
//! other invalid UTF-8 is replaced with U+FFFD. Each of these is reported as a warning. Binary
//! and empty inputs are refused with an error. Nothing here cleans the text.

use super::{ErrorKind, IngestError};

/// Decoded text and what decoding had to do to get it.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Magic numbers of common binary formats.
const MAGIC: [(&[u8], &str); 8] = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
];

/// Decodes `bytes`; `origin` names the input in errors.
pub fn decode(bytes: &[u8], origin: &str) -> Result<Decoded, IngestError> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(IngestError::new(origin, ErrorKind::Binary, kind));
    }
    let mut warnings = Vec::new();
    let text = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (t, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            warnings.push(format!("invalid {} sequences replaced with U+FFFD", enc.name()));
        }
        t.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => decode_invalid_utf8(bytes, &mut warnings),
        }
    };
    if text.trim().is_empty() {
        return Err(IngestError::new(origin, ErrorKind::Empty, "no text"));
    }
    Ok(Decoded { text, warnings })
}

/// Invalid UTF-8: if no valid multi-byte sequence occurs at all, the text is most likely in a
/// legacy code page (windows-1252); otherwise it is UTF-8 with damage, replaced and counted.
fn decode_invalid_utf8(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.matches('\u{FFFD}').count();
    let good_multibyte = lossy.chars().filter(|&c| !c.is_ascii() && c != '\u{FFFD}').count();
    if good_multibyte == 0 {
        let (t, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
        warnings.push(format!("not UTF-8: decoded as windows-1252 ({bad} non-UTF-8 bytes)"));
        t.into_owned()
    } else {
        warnings.push(format!("{bad} invalid UTF-8 sequences replaced with U+FFFD"));
        lossy.into_owned()
    }
}

/// Why `bytes` look binary, if they do: a known magic number, NUL bytes outside UTF-16, or
/// mostly control characters in the first 8 KiB.
fn binary_kind(bytes: &[u8]) -> Option<String> {
    for (magic, name) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(format!("looks like a {name}"));
        }
    }
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return None;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("contains NUL bytes".into());
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    (head.len() >= 16 && control * 10 > head.len())
        .then(|| format!("{control} control bytes in the first {} bytes", head.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_bom() {
        assert_eq!(decode("héllo".as_bytes(), "x").unwrap().text, "héllo");
        assert_eq!(decode(b"\xef\xbb\xbfhi", "x").unwrap().text, "hi");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hi".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16, "x").unwrap().text, "hi");
    }

    #[test]
    fn invalid_utf8_is_reported() {
        let d = decode(b"It\x92s a caf\xe9", "x").unwrap();
        assert_eq!(d.text, "It’s a café");
        assert!(d.warnings[0].contains("windows-1252"));
        let d = decode(
            "ok ’ then \u{0}"
                .as_bytes()
                .iter()
                .copied()
                .filter(|&b| b != 0)
                .chain([0xFF])
                .collect::<Vec<_>>()
                .as_slice(),
            "x",
        )
        .unwrap();
        assert!(d.text.ends_with('\u{FFFD}'));
        assert!(d.warnings[0].contains("replaced"));
    }

    #[test]
    fn binary_and_empty_refused() {
        assert_eq!(decode(b"%PDF-1.4 ...", "f.pdf").unwrap_err().kind, ErrorKind::Binary);
        assert_eq!(decode(b"abc\0def", "f").unwrap_err().kind, ErrorKind::Binary);
        assert_eq!(decode(b"", "f").unwrap_err().kind, ErrorKind::Empty);
        assert_eq!(decode(b" \n\t ", "f").unwrap_err().kind, ErrorKind::Empty);
    }
}
