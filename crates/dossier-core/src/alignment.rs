//! Alignment between the cleaned text and the text the user gave (after decoding).
//!
//! The cleaner builds the cleaned text with a [`TextBuilder`]: it copies runs of the raw text,
//! replaces some (a mojibake repair, a run of whitespace) and drops others (boilerplate lines).
//! Every replacement or drop is an *edit*; outside edits the two texts advance together. This is
//! the idea of Hugging Face tokenizers' `NormalizedString`, stored sparsely: memory grows with
//! the number of edits, not with the length of the text.

use crate::Span;

/// One place where cleaned and raw text differ: `clean` bytes of the cleaned text stand for
/// `raw` bytes of the raw text (either may be empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    pub clean: Span,
    pub raw: Span,
}

/// Sparse map from cleaned-text offsets to raw-text offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    edits: Vec<Edit>,
}

impl Alignment {
    /// The identity alignment (cleaned text equals raw text).
    pub fn identity() -> Self {
        Self::default()
    }

    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// Maps a cleaned-text offset to the raw-text offset it came from. An offset inside a
    /// replaced run maps to the start of the raw run; its end maps to the end of the raw run.
    pub fn to_raw(&self, clean: usize) -> usize {
        let clean = clean as u32;
        // Last edit starting at or before `clean`.
        let i = self.edits.partition_point(|e| e.clean.start <= clean);
        if i == 0 {
            return clean as usize;
        }
        let e = self.edits[i - 1];
        if clean >= e.clean.end {
            // After the edit: shift by the edit's length difference.
            (e.raw.end + (clean - e.clean.end)) as usize
        } else if clean == e.clean.start {
            e.raw.start as usize
        } else {
            e.raw.end as usize
        }
    }

    /// Maps a cleaned-text span to the raw-text span that produced it.
    pub fn span_to_raw(&self, span: Span) -> Span {
        let start = self.to_raw(span.start as usize);
        // An empty span at an edit start maps to the raw start; otherwise map the end inclusively.
        let end = if span.is_empty() {
            start
        } else {
            self.to_raw(span.end as usize)
        };
        Span::new(start, end.max(start))
    }
}

/// Builds a cleaned text from a raw text, left to right, recording the [`Alignment`].
#[derive(Debug, Default)]
pub struct TextBuilder {
    out: String,
    edits: Vec<Edit>,
    raw_pos: usize,
}

impl TextBuilder {
    pub fn with_capacity(n: usize) -> Self {
        TextBuilder {
            out: String::with_capacity(n),
            edits: Vec::new(),
            raw_pos: 0,
        }
    }

    /// Bytes of raw text consumed so far.
    pub fn raw_pos(&self) -> usize {
        self.raw_pos
    }

    /// Bytes of cleaned text written so far.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The cleaned text written so far.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// Copies `raw[raw_pos..raw_pos + s.len()]`, which must equal `s`, unchanged.
    pub fn copy(&mut self, s: &str) {
        self.out.push_str(s);
        self.raw_pos += s.len();
    }

    /// Consumes `raw_len` raw bytes and writes `replacement` in their place.
    pub fn replace(&mut self, raw_len: usize, replacement: &str) {
        let clean = Span::new(self.out.len(), self.out.len() + replacement.len());
        let raw = Span::new(self.raw_pos, self.raw_pos + raw_len);
        self.out.push_str(replacement);
        self.raw_pos += raw_len;
        // Merge with the previous edit when adjacent, so runs of edits stay one entry.
        if let Some(last) = self.edits.last_mut() {
            if last.clean.end == clean.start && last.raw.end == raw.start {
                last.clean.end = clean.end;
                last.raw.end = raw.end;
                return;
            }
        }
        self.edits.push(Edit { clean, raw });
    }

    /// Consumes `raw_len` raw bytes and writes nothing.
    pub fn skip(&mut self, raw_len: usize) {
        self.replace(raw_len, "");
    }

    pub fn finish(self) -> (String, Alignment) {
        (self.out, Alignment { edits: self.edits })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_replace_skip_map_back() {
        let raw = "ab  cd\nXX\nef";
        let mut b = TextBuilder::default();
        b.copy("ab");
        b.replace(2, " "); // two spaces → one
        b.copy("cd\n");
        b.skip(3); // drop "XX\n"
        b.copy("ef");
        let (text, al) = b.finish();
        assert_eq!(text, "ab cd\nef");
        for (clean, raw_s) in [("ab", "ab"), ("cd", "cd"), ("ef", "ef")] {
            let c = text.find(clean).unwrap();
            let r = al.to_raw(c);
            assert_eq!(&raw[r..r + clean.len()], raw_s);
        }
        assert_eq!(al.span_to_raw(Span::new(0, text.len())), Span::new(0, raw.len()));
    }
}
