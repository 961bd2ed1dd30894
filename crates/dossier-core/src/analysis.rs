//! The per-word analysis the `analyse` stage fills: tags, lemma, features, head and relation.
//!
//! Kept separate from [`crate::Token`] so the tagger and parser can evolve their encoding
//! without touching the text stages. Strings are `&'static str` into the loaded models (loaded
//! once per process), and a lemma is an edit of the word's form, so filling an analysis never
//! allocates.

use std::borrow::Cow;

/// Part of speech, lemma and dependency of one word. Empty (`Default`) until `analyse` runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Universal POS tag (e.g. `NOUN`), empty when not analysed.
    pub upos: &'static str,
    /// Penn Treebank tag (e.g. `NNS`), empty when not analysed.
    pub xpos: &'static str,
    /// How to get the lemma from the word's analysis form; see [`Analysis::lemma`].
    pub lemma: Lemma,
    /// Morphological features in CoNLL-U form (`Number=Plur`), empty for none.
    pub feats: &'static str,
    /// Head word, 1-based within the sentence; 0 is the root. Meaningless before parsing.
    pub head: u32,
    /// Universal dependency relation (e.g. `nsubj`), empty when not parsed.
    pub deprel: &'static str,
}

/// A lemma as an edit of the word's analysis form ([`crate::Token::form`]): `spies` →
/// `Edit { lower: true, strip: 3, append: "y" }` → `spy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lemma {
    /// Not analysed.
    #[default]
    None,
    /// The form, lower-cased first if `lower`, minus its last `strip` bytes, plus `append`.
    Edit {
        lower: bool,
        strip: u8,
        append: &'static str,
    },
}

impl Analysis {
    /// The lemma of a word whose analysis form is `form`; `None` before `analyse` runs.
    pub fn lemma<'a>(&self, form: &'a str) -> Option<Cow<'a, str>> {
        match self.lemma {
            Lemma::None => None,
            Lemma::Edit { lower, strip, append } => Some(apply_edit(form, lower, strip, append)),
        }
    }
}

/// Applies a lemma edit; an edit that does not fit the form (too long, or cutting a character)
/// gives the form unchanged.
pub fn apply_edit<'a>(form: &'a str, lower: bool, strip: u8, append: &str) -> Cow<'a, str> {
    let base: Cow<'a, str> = if lower && form.chars().any(char::is_uppercase) {
        Cow::Owned(form.to_lowercase())
    } else {
        Cow::Borrowed(form)
    };
    let strip = strip as usize;
    if strip > base.len() || !base.is_char_boundary(base.len() - strip) {
        return base;
    }
    if strip == 0 && append.is_empty() {
        return base;
    }
    let keep = base.len() - strip;
    match base {
        Cow::Borrowed(b) if append.is_empty() => Cow::Borrowed(&b[..keep]),
        b => {
            let mut s = String::with_capacity(keep + append.len());
            s.push_str(&b[..keep]);
            s.push_str(append);
            Cow::Owned(s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits() {
        let a = Analysis {
            lemma: Lemma::Edit {
                lower: true,
                strip: 3,
                append: "y",
            },
            ..Default::default()
        };
        assert_eq!(a.lemma("Spies").as_deref(), Some("spy"));
        let a = Analysis {
            lemma: Lemma::Edit {
                lower: false,
                strip: 2,
                append: "",
            },
            ..Default::default()
        };
        assert!(matches!(a.lemma("recruited"), Some(Cow::Borrowed("recruit"))));
        assert_eq!(apply_edit("é", false, 1, ""), "é");
        assert_eq!(apply_edit("ab", false, 5, "x"), "ab");
        assert_eq!(Analysis::default().lemma("x"), None);
    }
}
