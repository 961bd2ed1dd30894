//! The second half of a hyphenated given name hung outside its name: in "Liu Yun-ya (劉芸雅)
//! guilty of" or "met Moon Jae-in." the parser may make "ya" a compound of the word after the
//! name, or "in" an oblique of the verb, so the name is cut at the hyphen. A proper noun right
//! in lower case after a hyphen (`HYPH`) that closes a name of two proper nouns, hung anywhere
//! but on that name, becomes `flat` on the name's first word (its head), and the hyphen its
//! `punct`.
//!
//! What it must not do: touch a hyphenated name the parser already keeps whole, or a hyphen
//! between words that are not both proper nouns ("Russia-backed").

use super::{head, under};
use crate::parser::Arc;
use crate::tagger::Tagged;

pub(super) fn repair(forms: &[&str], tagged: &[Tagged<'_>], arcs: &mut [Arc], w: usize) -> bool {
    if w < 3
        || tagged[w].upos != "PROPN"
        || !forms[w].starts_with(|c: char| c.is_lowercase())
        || tagged[w - 1].xpos != "HYPH"
        || tagged[w - 2].upos != "PROPN"
        || tagged[w - 3].upos != "PROPN"
    {
        return false;
    }
    // The name's head: the word before the hyphen, up its `flat` arcs.
    let mut name = w - 2;
    while matches!(arcs[name].deprel, "flat" | "flat:name") {
        match head(arcs, name) {
            Some(h) if h < name => name = h,
            _ => break,
        }
    }
    if head(arcs, w) == Some(name) || under(arcs, w, name) && arcs[w].deprel == "flat" || under(arcs, name, w) {
        return false;
    }
    // Whatever hung on the second half (a gloss, an apposition) now hangs on the name.
    let to = (name + 1) as u32;
    for (k, a) in arcs.iter_mut().enumerate() {
        if k != w - 1 && a.head as usize == w + 1 {
            a.head = to;
        }
    }
    arcs[w].head = to;
    arcs[w].deprel = "flat";
    arcs[w - 1].head = (w + 1) as u32;
    arcs[w - 1].deprel = "punct";
    true
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{arcs, tags};
    use super::*;

    #[test]
    fn the_half_after_the_hyphen_rejoins_its_name() {
        // the court found Liu Yun - ya guilty
        let forms = ["the", "court", "found", "Liu", "Yun", "-", "ya", "guilty"];
        let mut t = tags(&["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "ADJ"]);
        t[5].xpos = "HYPH";
        let spec: [(u32, &'static str); 8] = [
            (2, "det"),
            (3, "nsubj"),
            (0, "root"),
            (3, "obj"),
            (4, "flat"),
            (5, "punct"),
            (8, "compound"),
            (3, "xcomp"),
        ];
        let mut a = arcs(&spec);
        assert_eq!(forms.len(), a.len());
        assert!(repair(&forms, &t, &mut a, 6));
        assert_eq!((a[6].head, a[6].deprel), (4, "flat"));
        assert_eq!((a[5].head, a[5].deprel), (7, "punct"));
        // Already whole: left alone.
        assert!(!repair(&forms, &t, &mut a, 6));
        // "the Google-Mozilla deal": one name before the hyphen, a capital after it.
        let forms2 = ["the", "Google", "-", "Mozilla", "deal"];
        let mut t2 = tags(&["DET", "PROPN", "PUNCT", "PROPN", "NOUN"]);
        t2[2].xpos = "HYPH";
        let mut b = arcs(&[(5, "det"), (4, "compound"), (2, "punct"), (5, "compound"), (0, "root")]);
        assert!(!repair(&forms2, &t2, &mut b, 3));
    }
}
