//! CoNLL-U reading and writing, lossless.
//!
//! Every line of a sentence is kept as given: comment lines verbatim, and all ten columns of each
//! word, multiword-token (`3-4`) and empty-node (`5.1`) line as strings. Writing a parsed file
//! back gives the same bytes (the EWT files round-trip byte for byte; see the tests).
//!
//! ```
//! use dossier_nlp::conllu;
//! let text = "# text = Hi!\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\tSpaceAfter=No\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_\n\n";
//! let sents = conllu::parse(text).unwrap();
//! assert_eq!(sents[0].text(), Some("Hi!"));
//! assert_eq!(sents[0].words().map(|w| w.form()).collect::<Vec<_>>(), ["Hi", "!"]);
//! assert_eq!(sents[0].words().next().unwrap().head(), Some(0));
//! assert_eq!(conllu::to_string(&sents), text);
//! ```
//!
//! API: [`parse`] / [`parse_file`] → `Vec<`[`Sentence`]`>` (errors name file and line);
//! [`Sentence::write`] / [`to_string`] write back. A [`Sentence`] has `comments` (whole lines,
//! with the `#`) and `lines` ([`Line`]: an [`Id`] and the ten columns). [`Sentence::words`]
//! iterates over syntactic words only (integer ids), which is what taggers and parsers train on.
//!
//! What it must not do: validate the treebank (heads, deprels and features are not checked, only
//! the line shape and the id), or normalise anything. A sentence ends at a blank line; a file
//! whose last sentence lacks the blank line still parses, and writes back with one. Runs of
//! several blank lines collapse to one.

use std::fmt;
use std::io;
use std::path::Path;

/// Column indices of a CoNLL-U line.
pub const ID: usize = 0;
pub const FORM: usize = 1;
pub const LEMMA: usize = 2;
pub const UPOS: usize = 3;
pub const XPOS: usize = 4;
pub const FEATS: usize = 5;
pub const HEAD: usize = 6;
pub const DEPREL: usize = 7;
pub const DEPS: usize = 8;
pub const MISC: usize = 9;

/// A parse error: where (file if known, 1-based line) and what.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    #[error("{}:{line}: {message}", file.as_deref().unwrap_or("<input>"))]
    Syntax {
        file: Option<String>,
        line: usize,
        message: String,
    },
    #[error("{file}: {source}")]
    Io { file: String, source: io::Error },
}

/// What the ID column says about a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Id {
    /// A syntactic word, 1-based.
    Word(u32),
    /// A multiword token spanning words `first..=last`.
    Range(u32, u32),
    /// An empty node `major.minor` (enhanced dependencies only).
    Empty(u32, u32),
}

impl Id {
    fn parse(s: &str) -> Option<Id> {
        let num = |t: &str| -> Option<u32> {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            t.parse().ok()
        };
        if let Some((a, b)) = s.split_once('-') {
            let (a, b) = (num(a)?, num(b)?);
            return (a >= 1 && b > a).then_some(Id::Range(a, b));
        }
        if let Some((a, b)) = s.split_once('.') {
            return Some(Id::Empty(num(a)?, num(b)?));
        }
        num(s).filter(|&n| n >= 1).map(Id::Word)
    }
}

/// One token line: its id and the ten columns, exactly as in the file (`_` included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub id: Id,
    pub cols: [String; 10],
}

impl Line {
    /// A word line `id` with the given columns; `deps` and `misc` default to `_`.
    pub fn word(id: u32, form: &str, lemma: &str, upos: &str, xpos: &str, feats: &str) -> Line {
        let u = |s: &str| {
            if s.is_empty() {
                "_".to_string()
            } else {
                s.to_string()
            }
        };
        Line {
            id: Id::Word(id),
            cols: [
                id.to_string(),
                u(form),
                u(lemma),
                u(upos),
                u(xpos),
                u(feats),
                "_".into(),
                "_".into(),
                "_".into(),
                "_".into(),
            ],
        }
    }

    pub fn form(&self) -> &str {
        &self.cols[FORM]
    }
    pub fn lemma(&self) -> &str {
        &self.cols[LEMMA]
    }
    pub fn upos(&self) -> &str {
        &self.cols[UPOS]
    }
    pub fn xpos(&self) -> &str {
        &self.cols[XPOS]
    }
    pub fn feats(&self) -> &str {
        &self.cols[FEATS]
    }
    /// The HEAD column as a number; `None` for `_` or anything not a number.
    pub fn head(&self) -> Option<u32> {
        self.cols[HEAD].parse().ok()
    }
    pub fn deprel(&self) -> &str {
        &self.cols[DEPREL]
    }
    pub fn deps(&self) -> &str {
        &self.cols[DEPS]
    }
    pub fn misc(&self) -> &str {
        &self.cols[MISC]
    }
    /// False when MISC holds `SpaceAfter=No`.
    pub fn space_after(&self) -> bool {
        !self.cols[MISC].split('|').any(|f| f == "SpaceAfter=No")
    }

    /// Writes the line (without newline).
    pub fn write_to(&self, out: &mut impl fmt::Write) -> fmt::Result {
        for (i, c) in self.cols.iter().enumerate() {
            if i > 0 {
                out.write_char('\t')?;
            }
            out.write_str(c)?;
        }
        Ok(())
    }
}

/// One sentence: its comment lines (verbatim, with `#`) and its token lines in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub lines: Vec<Line>,
}

impl Sentence {
    /// The value of a `# key = value` comment.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix('#')?.trim_start();
            let rest = rest.strip_prefix(key)?.trim_start();
            Some(rest.strip_prefix('=')?.trim())
        })
    }
    /// The `# text = …` comment.
    pub fn text(&self) -> Option<&str> {
        self.meta("text")
    }
    /// The `# sent_id = …` comment.
    pub fn sent_id(&self) -> Option<&str> {
        self.meta("sent_id")
    }
    /// The syntactic words (integer ids) in order; multiword tokens and empty nodes skipped.
    pub fn words(&self) -> impl Iterator<Item = &Line> + '_ {
        self.lines.iter().filter(|l| matches!(l.id, Id::Word(_)))
    }
    /// Mutable access to the syntactic words.
    pub fn words_mut(&mut self) -> impl Iterator<Item = &mut Line> + '_ {
        self.lines.iter_mut().filter(|l| matches!(l.id, Id::Word(_)))
    }
    /// Number of syntactic words.
    pub fn len(&self) -> usize {
        self.words().count()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes the sentence: comments, lines, then the blank line that ends it.
    pub fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        for c in &self.comments {
            out.write_str(c)?;
            out.write_char('\n')?;
        }
        for l in &self.lines {
            l.write_to(out)?;
            out.write_char('\n')?;
        }
        out.write_char('\n')
    }
}

impl fmt::Display for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

/// Writes sentences one after another, as a CoNLL-U file.
pub fn to_string(sents: &[Sentence]) -> String {
    let mut s = String::new();
    for sent in sents {
        sent.write(&mut s).expect("writing to a String cannot fail");
    }
    s
}

/// Parses a CoNLL-U text. Errors name the 1-based line (file `<input>`).
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    parse_named(text, None)
}

/// Reads and parses a CoNLL-U file. Errors name the file and line.
pub fn parse_file(path: impl AsRef<Path>) -> Result<Vec<Sentence>, ConlluError> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConlluError::Io {
        file: name.clone(),
        source,
    })?;
    parse_named(&text, Some(name))
}

fn parse_named(text: &str, file: Option<String>) -> Result<Vec<Sentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let err = |line: usize, message: String| ConlluError::Syntax {
        file: file.clone(),
        line,
        message,
    };
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Ok(out);
    }
    for (n, raw) in text.split('\n').enumerate() {
        let lineno = n + 1;
        if raw.is_empty() {
            if !cur.comments.is_empty() || !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if raw.starts_with('#') {
            if !cur.lines.is_empty() {
                return Err(err(lineno, "comment after token lines (missing blank line?)".into()));
            }
            cur.comments.push(raw.to_string());
            continue;
        }
        let mut cols: [String; 10] = Default::default();
        let mut k = 0;
        for field in raw.split('\t') {
            if k == 10 {
                return Err(err(lineno, "more than 10 tab-separated columns".into()));
            }
            cols[k] = field.to_string();
            k += 1;
        }
        if k != 10 {
            return Err(err(lineno, format!("{k} tab-separated columns, expected 10")));
        }
        let id = Id::parse(&cols[ID]).ok_or_else(|| err(lineno, format!("bad ID {:?}", cols[ID])))?;
        cur.lines.push(Line { id, cols });
    }
    if !cur.comments.is_empty() || !cur.lines.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = x\n# sent_id = x-1\n# text = I can't go.\n\
1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n\
2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tca\tcan\tAUX\tMD\tVerbForm=Fin\t4\taux\t4:aux\tSpaceAfter=No\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n\
4\tgo\tgo\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n\
4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n\
# text = Yes\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n\n";

    #[test]
    fn sample_round_trips_with_mwt_and_empty_nodes() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text(), Some("I can't go."));
        assert_eq!(s[0].sent_id(), Some("x-1"));
        assert_eq!(s[0].lines[1].id, Id::Range(2, 3));
        assert_eq!(s[0].lines[5].id, Id::Empty(4, 1));
        let forms: Vec<_> = s[0].words().map(Line::form).collect();
        assert_eq!(forms, ["I", "ca", "n't", "go", "."]);
        assert!(!s[0].words().nth(1).unwrap().space_after());
        assert_eq!(s[0].words().nth(3).unwrap().head(), Some(0));
        assert_eq!(to_string(&s), SAMPLE);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("# c\n1\tx\n").unwrap_err().to_string();
        assert_eq!(e, "<input>:2: 2 tab-separated columns, expected 10");
        let e = parse("x\ty\t_\t_\t_\t_\t_\t_\t_\t_\n").unwrap_err().to_string();
        assert!(e.starts_with("<input>:1: bad ID"), "{e}");
    }

    #[test]
    fn ewt_round_trips_byte_for_byte() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/ud_english_ewt");
        for (name, n) in [("dev", 2001), ("test", 2077), ("train", 12544)] {
            let path = format!("{dir}/en_ewt-ud-{name}.conllu");
            let Ok(text) = std::fs::read_to_string(&path) else {
                dossier_core::skip_notice(&format!("EWT round trip: {path} absent"));
                continue;
            };
            let sents = parse(&text).unwrap();
            assert_eq!(sents.len(), n, "{path}");
            assert!(to_string(&sents) == text, "{path} does not round-trip");
        }
    }
}
