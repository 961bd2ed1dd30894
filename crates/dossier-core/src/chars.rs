//! Byte-offset to code-point-offset conversion, done once per document by printers.

/// Converts byte offsets of one text into Unicode code point offsets (what SPEC.md's output
/// `start`/`end` count). ASCII-only texts need no table.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// `byte_to_char[b]` for every byte offset `b` that starts a character, or `None` if ASCII.
    table: Option<Vec<u32>>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex { table: None };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (b, _) in text.char_indices() {
            table[b] = n;
            n += 1;
        }
        // Continuation bytes map to the next character so a mid-character offset rounds up.
        table[text.len()] = n;
        for b in (0..text.len()).rev() {
            if !text.is_char_boundary(b) {
                table[b] = table[b + 1];
            }
        }
        CharIndex { table: Some(table) }
    }

    /// The code point offset of byte offset `b`.
    pub fn char_of(&self, b: usize) -> usize {
        match &self.table {
            None => b,
            Some(t) => t[b.min(t.len() - 1)] as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_code_points() {
        let s = "a’b";
        let ix = super::CharIndex::new(s);
        assert_eq!(ix.char_of(0), 0);
        assert_eq!(ix.char_of(1), 1);
        assert_eq!(ix.char_of(4), 2);
        assert_eq!(ix.char_of(5), 3);
    }
}
