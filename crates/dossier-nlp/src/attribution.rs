//! Attribution tails: the ", the ministry said." or ", said a spokesman on Monday." that ends
//! most news sentences. The parser, trained on web text where they are rarer, often makes the
//! reporting verb the root and scatters the reported clause under it; [`crate::Analyse`]
//! parses the reported clause and the tail apart and joins them as UD does (the tail's verb in
//! `parataxis` under the clause's root).
//!
//! Only tags and punctuation decide (one finite verb in a short tail after the last comma, which
//! opens with a noun phrase or that verb); it never looks at which verb it is.

/// Words a tail may hold, quotes excluded.
const MAX_TAIL: usize = 12;

fn quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’" | "``" | "''")
}

/// The index of the comma that opens the sentence's attribution tail, if it has one. `xpos`:
/// the Penn tags of `forms`.
pub fn tail_comma(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let n = forms.len();
    let mut end = n;
    while end > 0 && (matches!(forms[end - 1], "." | "!" | "?") || quote(forms[end - 1])) {
        end -= 1;
    }
    let mut c = (0..end).rev().find(|&i| forms[i] == ",")?;
    // ", the agency reported, citing sources.": a participle phrase closing the tail belongs to
    // it; the tail's own verb is before it.
    let mut verb_end = end;
    let participle_last =
        xpos.get(c + 1) == Some(&"VBG") && !xpos[c + 1..end].iter().any(|t| matches!(*t, "VBD" | "VBZ" | "VBP"));
    if participle_last {
        verb_end = c;
        c = (0..c).rev().find(|&i| forms[i] == ",")?;
    }
    // A quote inside the tail means the comma is inside a quotation.
    let mut start = c + 1;
    while start < end && quote(forms[start]) {
        start += 1;
    }
    if forms[start..end].iter().any(|w| quote(w)) {
        return None;
    }
    let words = end - start;
    if !(2..=MAX_TAIL).contains(&words) || c < 4 || start >= verb_end {
        return None;
    }
    let tags = &xpos[start..verb_end];
    let finite = tags.iter().filter(|t| matches!(**t, "VBD" | "VBZ" | "VBP")).count();
    let other_verbs = tags
        .iter()
        .filter(|t| matches!(**t, "VB" | "VBG" | "VBN" | "MD"))
        .count();
    let opens = matches!(
        tags[0],
        "DT" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "JJ" | "CD" | "VBD" | "VBZ"
    );
    let subordinate = tags.iter().any(|t| matches!(*t, "WDT" | "WP" | "WRB"))
        || forms[start..end]
            .iter()
            .any(|w| matches!(w.to_ascii_lowercase().as_str(), "that" | "whether" | "if"));
    // The clause before the comma has a verb of its own.
    let main_verb = xpos[..c].iter().any(|t| t.starts_with("VB") || *t == "MD");
    (finite == 1 && other_verbs == 0 && opens && !subordinate && main_verb).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::tail_comma;

    fn split(s: &str) -> (Vec<&str>, Vec<&str>) {
        s.split(' ').map(|wt| wt.rsplit_once('/').unwrap()).unzip()
    }

    #[test]
    fn tails_after_a_clause() {
        let (f, t) = split("The/DT agent/NN was/VBD detained/VBN in/IN May/NNP ,/, the/DT ministry/NN said/VBD ./.");
        assert_eq!(tail_comma(&f, &t), Some(6));
        let (f, t) =
            split("Two/CD men/NNS were/VBD charged/VBN ,/, said/VBD a/DT police/NN spokesman/NN on/IN Monday/NNP ./.");
        assert_eq!(tail_comma(&f, &t), Some(4));
        let (f, t) = split("\"/`` We/PRP will/MD respond/VB ,/, \"/'' he/PRP told/VBD reporters/NNS ./.");
        assert_eq!(tail_comma(&f, &t), Some(4));
    }

    #[test]
    fn a_closing_participle_phrase_belongs_to_the_tail() {
        let (f, t) = split(
            "Two/CD men/NNS were/VBD detained/VBN ,/, the/DT agency/NN reported/VBD ,/, citing/VBG police/NN sources/NNS ./.",
        );
        assert_eq!(tail_comma(&f, &t), Some(4));
    }

    #[test]
    fn other_commas_are_not_tails() {
        // A relative clause.
        let (f, t) =
            split("He/PRP was/VBD charged/VBN with/IN espionage/NN ,/, which/WDT carries/VBZ a/DT life/NN term/NN ./.");
        assert_eq!(tail_comma(&f, &t), None);
        // A participle adding a second act.
        let (f, t) = split("Police/NNS arrested/VBD two/CD men/NNS ,/, saying/VBG they/PRP spied/VBD ./.");
        assert_eq!(tail_comma(&f, &t), None);
        // No verb before the comma.
        let (f, t) = split("In/IN the/DT north/NN of/IN the/DT city/NN ,/, police/NNS said/VBD ./.");
        assert_eq!(tail_comma(&f, &t), None);
        // A reported clause with a complementiser is not a bare tail.
        let (f, t) = split("They/PRP met/VBD twice/RB ,/, officials/NNS said/VBD that/IN day/NN ./.");
        assert_eq!(tail_comma(&f, &t), None);
    }
}
