//! Shorthand country names that need the document's region: "the North" and "the South" in a
//! story that names North or South Korea (or Pyongyang, Seoul), "the Kingdom" in a story that
//! names one kingdom the press calls so (`data/recognise/shorthand.txt`).
//!
//! Adds country pieces for such words; it never overrides a piece the dictionaries found, and
//! only a capitalised word after "the" that starts no longer name counts.

use super::pieces::{Kind, Piece};

const DATA: &str = include_str!("../../../../data/recognise/shorthand.txt");

/// One line of `shorthand.txt`.
struct Rule {
    word: &'static str,
    /// `None`: the one cue country the document names.
    code: Option<&'static str>,
    cues: Vec<&'static str>,
}

fn rules() -> &'static [Rule] {
    static RULES: std::sync::OnceLock<Vec<Rule>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        DATA.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('|').map(str::trim);
                let (word, code, cues) = (f.next()?, f.next()?, f.next()?);
                Some(Rule {
                    word,
                    code: (code != "*").then_some(code),
                    cues: cues.split_whitespace().collect(),
                })
            })
            .collect()
    })
}

/// The country pieces of shorthand names in one sentence (`lower`, `surface`: its words), given
/// the countries the document names; `taken(i)`: word `i` is already in a piece.
pub fn pieces(lower: &[String], surface: &[&str], countries: &[&str], taken: &dyn Fn(usize) -> bool) -> Vec<Piece> {
    let mut out = Vec::new();
    for i in 1..lower.len() {
        if lower[i - 1] != "the" || taken(i) || !surface[i].starts_with(char::is_uppercase) {
            continue;
        }
        let Some(rule) = rules().iter().find(|r| r.word == lower[i]) else {
            continue;
        };
        // "the South American neighbours", "the North Sea": part of a longer name.
        if surface.get(i + 1).is_some_and(|w| w.starts_with(char::is_uppercase)) {
            continue;
        }
        let named: Vec<&str> = rule.cues.iter().copied().filter(|c| countries.contains(c)).collect();
        let code = match rule.code {
            Some(c) if !named.is_empty() => c,
            None if named.len() == 1 => named[0],
            _ => continue,
        };
        out.push(Piece {
            start: i,
            end: i + 1,
            kind: Kind::Country(code.to_string()),
            rule: format!(
                "shorthand `the {}` in a document naming {} (data/recognise/shorthand.txt)",
                surface[i],
                named.join(", ")
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, countries: &[&str]) -> Vec<(usize, String)> {
        let surface: Vec<&str> = text.split(' ').collect();
        let lower: Vec<String> = surface.iter().map(|w| w.to_lowercase()).collect();
        pieces(&lower, &surface, countries, &|_| false)
            .into_iter()
            .map(|p| match p.kind {
                Kind::Country(c) => (p.start, c),
                _ => (p.start, String::new()),
            })
            .collect()
    }

    #[test]
    fn the_north_and_the_south_need_a_korea_document() {
        assert_eq!(
            run("defectors fled the North last year", &["KOR"]),
            vec![(3, "PRK".into())]
        );
        assert_eq!(run("he was sent back to the South", &["PRK"]), vec![(6, "KOR".into())]);
        assert!(run("defectors fled the North last year", &["USA"]).is_empty());
        assert!(run("storms hit the north of the island", &["KOR"]).is_empty());
        assert!(run("talks between the South American states", &["KOR"]).is_empty());
    }

    #[test]
    fn the_kingdom_needs_exactly_one_kingdom() {
        assert_eq!(
            run("envoys left the Kingdom on Monday", &["SAU", "USA"]),
            vec![(3, "SAU".into())]
        );
        assert!(run("envoys left the Kingdom on Monday", &["SAU", "JOR"]).is_empty());
        assert!(run("envoys left the Kingdom on Monday", &[]).is_empty());
    }
}
