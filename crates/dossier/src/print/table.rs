//! `--format table`: a summary for a person at a terminal. Per document a header line (id, date,
//! publisher, event count); per event the sentence number, `kind (cameo)`, `actor → target`
//! (text and code), and the claim status with its claimants; beneath each sentence's events
//! its text, trimmed. Columns are aligned by display width within a document. Colour (ANSI) only
//! when asked, which `dossier code` does only when stdout is a terminal and `NO_COLOR` is unset.
//! Not meant to be parsed: use jsonl, csv, plover or petrarch for that.

use super::flat::{self, FlatEvent};
use dossier_core::{ClaimStatus, Document};
use std::fmt::Write as _;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Widest `actor → target` column before it is cut with `…`.
const PARTIES_MAX: usize = 64;
/// Widest sentence text line before it is cut with `…`.
const TEXT_MAX: usize = 100;

/// How the printer looks.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    pub colour: bool,
    /// Print each event's trace (`--explain`) beneath it.
    pub explain: bool,
}

struct Paint(bool);

impl Paint {
    fn on(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Prints the document's summary.
pub fn print(doc: &Document, style: Style, out: &mut Vec<u8>) -> std::io::Result<()> {
    let mut s = String::new();
    render(doc, style, &mut s);
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

struct Row {
    sentence: String,
    kind: String,
    parties: String,
    status: String,
    status_colour: &'static str,
}

fn render(doc: &Document, style: Style, s: &mut String) {
    let paint = Paint(style.colour);
    let events = flat::events(doc);
    let mut head = doc.id.clone();
    for x in [doc.meta.date.as_deref(), doc.meta.publisher.as_deref()]
        .into_iter()
        .flatten()
    {
        head.push_str(" · ");
        head.push_str(x);
    }
    let n = events.len();
    let _ = write!(head, " · {n} event{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(s, "{}", paint.on("1", &format!("── {head}")));
    let rows: Vec<Row> = events.iter().map(row).collect();
    let w_sentence = rows.iter().map(|r| r.sentence.len()).max().unwrap_or(1);
    let w_kind = rows.iter().map(|r| r.kind.width()).max().unwrap_or(0);
    let w_parties = rows
        .iter()
        .map(|r| r.parties.width())
        .max()
        .unwrap_or(0)
        .min(PARTIES_MAX);
    for (i, (r, f)) in rows.iter().zip(&events).enumerate() {
        let first_of_sentence = i == 0 || events[i - 1].event.sentence != f.event.sentence;
        let last_of_sentence = events.get(i + 1).is_none_or(|x| x.event.sentence != f.event.sentence);
        let num = if first_of_sentence { r.sentence.as_str() } else { "" };
        let _ = writeln!(
            s,
            "{num:>w_sentence$}  {}  {}  {}",
            paint.on("36", &pad(&r.kind, w_kind)),
            pad(&cut(&r.parties, w_parties), w_parties),
            paint.on(r.status_colour, &r.status),
        );
        let indent = " ".repeat(w_sentence + 2);
        if style.explain {
            for t in &f.event.trace {
                let _ = writeln!(s, "{indent}{}", paint.on("2", &format!("· {t}")));
            }
        }
        if last_of_sentence {
            let text = f.sentence_text.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = writeln!(s, "{indent}{}", paint.on("2", &cut(&text, TEXT_MAX)));
        }
    }
}

fn row(f: &FlatEvent<'_>) -> Row {
    let e = f.event;
    let kind = match e.cameo.as_deref() {
        Some(c) if e.kind != "cameo" => format!("{} ({c})", e.kind),
        Some(c) => format!("cameo {c}"),
        None => e.kind.clone(),
    };
    let side = |ps: &[super::participants::ParticipantOut]| {
        if ps.is_empty() {
            "–".to_string()
        } else {
            ps.iter().map(flat::label).collect::<Vec<_>>().join(", ")
        }
    };
    let parties = format!("{} → {}", side(&f.actors), side(&f.targets));
    let mut status = e.claim.status.name().to_string();
    if !f.claimants.is_empty() {
        status.push_str(" by ");
        status.push_str(&f.claimants.iter().map(flat::label).collect::<Vec<_>>().join(", "));
    }
    if e.negated && e.claim.status != ClaimStatus::Negated {
        status.push_str(" (negated)");
    }
    let status_colour = match e.claim.status.name() {
        "asserted" | "confirmed" => "32",
        "alleged" | "rumoured" | "hypothetical" => "33",
        _ => "31",
    };
    Row {
        sentence: e.sentence.to_string(),
        kind,
        parties,
        status,
        status_colour,
    }
}

/// `s` padded with spaces to display width `w`.
fn pad(s: &str, w: usize) -> String {
    let have = s.width();
    if have >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - have))
    }
}

/// `s` cut to display width `max`, ending in `…` when cut.
fn cut(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(doc: &Document, style: Style) -> String {
        let mut out = Vec::new();
        print(doc, style, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn empty_input_never_panics() {
        let style = Style {
            colour: true,
            explain: true,
        };
        assert!(text(&Document::new("", ""), style).contains("0 events"));
        let mut d = Document::new("x", "");
        d.events.push(Default::default()); // an event pointing at no sentence, no participants
        let s = text(&d, Style::default());
        assert!(s.contains("1 event\n"), "{s}");
        assert!(s.contains("– → –"), "{s}");
    }

    #[test]
    fn no_escape_codes_without_colour() {
        let mut d = Document::new("x", "");
        d.events.push(Default::default());
        assert!(!text(&d, Style::default()).contains('\x1b'));
        assert!(text(
            &d,
            Style {
                colour: true,
                explain: false
            }
        )
        .contains('\x1b'));
    }

    #[test]
    fn cut_and_pad_count_display_width() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(cut("北京北京", 5), "北京…");
        assert_eq!(pad("北", 3), "北 ");
        assert_eq!(cut("", 0), "");
    }
}
