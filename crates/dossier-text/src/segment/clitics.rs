//! Splits a word piece into syntactic words the way UD English-EWT does: possessive and verbal
//! clitics after an apostrophe (`Britain's` → `Britain` + `'s`, `I'm`, `we've`, `they'll`,
//! `I'd`, `you're`), the plural possessive (`officers'` → `officers` + `'`), negation (`can't` → `ca` + `n't`, `don't` → `do` + `n't`), curly (’) and
//! grave (`) apostrophes alike, at most two clitics (`shouldn't've`), and the listed
//! apostrophe-less forms (`cannot` → `can` + `not`, `gonna` → `gon` + `na`, `dont`).
//!
//! Works on the piece's bytes only and returns cut points, never allocates. It must not look
//! at context (EWT splits some words by meaning, e.g. `its` meant as `it's`; we do not guess).

use super::lexicon::Lexicon;

/// Where a word is cut into syntactic words: byte offsets inside the word, increasing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cuts {
    at: [u32; 3],
    n: u8,
}

impl Cuts {
    fn push(&mut self, c: usize) {
        if (self.n as usize) < self.at.len() {
            self.at[self.n as usize] = c as u32;
            self.n += 1;
        }
    }

    /// The cut offsets, increasing.
    pub(crate) fn offsets(&self) -> &[u32] {
        &self.at[..self.n as usize]
    }

    /// Number of syntactic words the cuts make.
    pub(crate) fn words(&self) -> usize {
        self.n as usize + 1
    }
}

/// An apostrophe: ASCII, typographic (U+2019), a backtick, or the modifier letter apostrophe
/// (U+02BC) some sites print ("Prosecutorʼs Office").
#[inline]
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`' | 'ʼ')
}

/// The offset where a clitic at the end of `s` starts, if there is one.
fn clitic_start(s: &str) -> Option<usize> {
    // The last apostrophe must be followed by one to two ASCII letters.
    let tail_len = s.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    if tail_len == 0 || tail_len > 2 {
        return None;
    }
    let tail = &s[s.len() - tail_len..];
    let head = &s[..s.len() - tail_len];
    let apos = head.chars().next_back().filter(|&c| is_apostrophe(c))?;
    let a = head.len() - apos.len_utf8();
    let stem = &s[..a];
    let last = stem.chars().next_back()?;
    if tail.eq_ignore_ascii_case("t") {
        // n't: the cut is before the n, and something must remain before it.
        if !matches!(last, 'n' | 'N') {
            return None;
        }
        let before = stem[..stem.len() - 1].chars().next_back()?;
        return before.is_alphabetic().then_some(a - 1);
    }
    let is_clitic = ["s", "m", "d", "ll", "re", "ve"]
        .iter()
        .any(|c| tail.eq_ignore_ascii_case(c));
    (is_clitic && last.is_alphanumeric()).then_some(a)
}

/// The cut points of `word` into syntactic words (none for an ordinary word).
pub(crate) fn split(word: &str, lex: &Lexicon) -> Cuts {
    let mut cuts = Cuts::default();
    // Fast path: nothing to split without an apostrophe, except listed contractions.
    // (0xE2 starts U+2019, 0xCA U+02BC.)
    let has_apostrophe = word.bytes().any(|b| b == b'\'' || b == b'`' || b == 0xE2 || b == 0xCA);
    if has_apostrophe {
        // The plural possessive: `officers'` → `officers` + `'` (as EWT splits it).
        if let Some(apos) = word.chars().next_back().filter(|&c| is_apostrophe(c)) {
            let a = word.len() - apos.len_utf8();
            let stem = &word[..a];
            if stem.len() > 1 && stem.ends_with(['s', 'S']) && stem.chars().all(char::is_alphanumeric) {
                cuts.push(a);
            }
            return cuts;
        }
        let mut rev = [0usize; 2];
        let mut n = 0;
        let mut end = word.len();
        while n < rev.len() {
            match clitic_start(&word[..end]) {
                Some(c) if c > 0 => {
                    rev[n] = c;
                    n += 1;
                    end = c;
                }
                _ => break,
            }
        }
        for &c in rev[..n].iter().rev() {
            cuts.push(c);
        }
    } else if let Some(parts) = lex.contraction(word) {
        let mut off = 0;
        for &len in &parts[..parts.len() - 1] {
            off += len as usize;
            cuts.push(off);
        }
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(w: &str) -> Vec<&str> {
        let lx = Lexicon::load();
        let cuts = split(w, &lx);
        let mut out = Vec::new();
        let mut prev = 0;
        for &c in cuts.offsets() {
            out.push(&w[prev..c as usize]);
            prev = c as usize;
        }
        out.push(&w[prev..]);
        assert_eq!(out.len(), cuts.words());
        out
    }

    #[test]
    fn possessive_and_verbal_clitics() {
        assert_eq!(words("Britain's"), ["Britain", "'s"]);
        assert_eq!(words("Britain’s"), ["Britain", "’s"]);
        assert_eq!(words("FBI'S"), ["FBI", "'S"]);
        assert_eq!(words("I'm"), ["I", "'m"]);
        assert_eq!(words("it's"), ["it", "'s"]);
        assert_eq!(words("we've"), ["we", "'ve"]);
        assert_eq!(words("they'll"), ["they", "'ll"]);
        assert_eq!(words("I'd"), ["I", "'d"]);
        assert_eq!(words("you're"), ["you", "'re"]);
        assert_eq!(words("O'Neill's"), ["O'Neill", "'s"]);
        assert_eq!(words("officers'"), ["officers", "'"]);
        assert_eq!(words("Jones’"), ["Jones", "’"]);
        assert_eq!(words("it'"), ["it'"]);
    }

    #[test]
    fn negation() {
        assert_eq!(words("can't"), ["ca", "n't"]);
        assert_eq!(words("don't"), ["do", "n't"]);
        assert_eq!(words("won't"), ["wo", "n't"]);
        assert_eq!(words("Don’t"), ["Do", "n’t"]);
        assert_eq!(words("DIDN'T"), ["DID", "N'T"]);
        assert_eq!(words("shouldn't've"), ["should", "n't", "'ve"]);
    }

    #[test]
    fn apostrophe_less_forms() {
        assert_eq!(words("cannot"), ["can", "not"]);
        assert_eq!(words("Cannot"), ["Can", "not"]);
        assert_eq!(words("gonna"), ["gon", "na"]);
        assert_eq!(words("dont"), ["do", "nt"]);
        assert_eq!(words("im"), ["i", "m"]);
    }

    #[test]
    fn not_clitics() {
        assert_eq!(words("Sha'lan"), ["Sha'lan"]);
        assert_eq!(words("O'Neill"), ["O'Neill"]);
        assert_eq!(words("n't"), ["n't"]);
        assert_eq!(words("its"), ["its"]);
        assert_eq!(words("rock'n"), ["rock'n"]);
        assert_eq!(words("’s"), ["’s"]);
    }
}
