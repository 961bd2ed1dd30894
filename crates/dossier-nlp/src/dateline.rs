//! Datelines: the place (and agency, and date) that opens a news story — "MOSCOW (Reuters) –",
//! "New Delhi:", "TAIPEI, Taiwan —", "Taipei, April 10 (CNA)". The parser, trained on treebank
//! sentences without them, would make the place the subject of the story's first clause, so
//! [`crate::Analyse`] parses the words after the dateline as the sentence and hangs the dateline
//! on its root.
//!
//! Only the shape of the words decides (capitalised names, commas, a day and month, an agency
//! in parentheses, then a dash or colon); it never looks at what the names mean.

/// Words a dateline may hold before its end mark.
const MAX_WORDS: usize = 8;

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '\'')
}

fn dash_or_colon(w: &str) -> bool {
    matches!(w, "-" | "--" | "—" | "–" | ":")
}

/// The number of words the dateline at the start of `forms` takes (its end mark included), or
/// 0 when the sentence does not open with one. At least three words must follow it.
pub fn len(forms: &[&str]) -> usize {
    let first = forms.first().copied().unwrap_or("");
    if !capitalised(first) {
        return 0;
    }
    let mut i = 1;
    let mut paren = false;
    while i < forms.len() && i <= MAX_WORDS {
        let w = forms[i];
        if dash_or_colon(w) {
            i += 1;
            break;
        }
        if w == "(" {
            // "(Reuters)", "(CNA)": one or two capitalised words.
            let close = (i + 2..(i + 4).min(forms.len())).find(|&k| forms[k] == ")");
            let Some(c) = close.filter(|&c| forms[i + 1..c].iter().all(|x| capitalised(x))) else {
                return 0;
            };
            i = c + 1;
            paren = true;
            continue;
        }
        if w == "," || capitalised(w) || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())) {
            if paren && capitalised(w) {
                // "Taipei, April 10 (CNA) An Air Force couple …": the agency closed it.
                break;
            }
            i += 1;
            continue;
        }
        return 0;
    }
    let ends_well = i >= 2 && (dash_or_colon(forms[i - 1]) || (paren && forms[i - 1] == ")"));
    // The story starts with a capital: "Norway - a small country - …" is not a dateline.
    let story_starts = forms.get(i).is_some_and(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c))
    });
    if !story_starts {
        return 0;
    }
    if !ends_well || i > MAX_WORDS + 1 || forms.len() < i + 3 {
        return 0;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::len;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn datelines_of_several_shapes() {
        assert_eq!(len(&words("PARIS ( AFP ) - France has expelled two diplomats .")), 5);
        assert_eq!(len(&words("Oslo : Norway on Monday arrested a man .")), 2);
        assert_eq!(len(&words("CANBERRA , Australia — Police charged a woman .")), 4);
        assert_eq!(len(&words("Seoul , May 3 ( Yonhap ) A soldier was detained .")), 7);
        assert_eq!(
            len(&words("Kyiv – The security service said it had detained an agent .")),
            2
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert_eq!(len(&words("The ministry said it had detained an agent .")), 0);
        assert_eq!(len(&words("Police in Oslo arrested a man on Monday .")), 0);
        assert_eq!(len(&words("Norway - a small country - arrested a man .")), 0);
        assert_eq!(len(&words("Berlin : yes .")), 0);
        assert_eq!(len(&words("John Smith ( 45 ) was arrested .")), 0);
    }
}
