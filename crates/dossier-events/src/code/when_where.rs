//! When and where an event happened. The date is a resolved date expression of its sentence
//! that the parse attaches to the event: first one that modifies the trigger itself ("expelled
//! 20 diplomats on Sunday", "Thursday's arrest"), else one of the clause the trigger stands in
//! or a clause above it ("announced the indictments on Monday", "said Thursday that they had
//! arrested"); the nearest such to the trigger. A date inside another clause tells another
//! event ("accused of a poisoning in Britain in 2018", "hacking into Equifax in 2017") and is
//! not used; with none attached, the document's date. The place is the one of its sentence
//! nearest the trigger (preferring a place introduced by "in"), else the document's dateline.
//!
//! Reads the `dates` and `places` layers recognise wrote and the parse; never resolves dates
//! itself.

use dossier_core::{DateRef, Document, Event, EventDate, Span, Token};

fn precision(value: &str) -> Option<&'static str> {
    match value.len() {
        4 => Some("year"),
        7 => Some("month"),
        10 => Some("day"),
        _ => None,
    }
}

fn distance(a: Span, b: Span) -> u32 {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Whether the words before a place make it a location ("in Moscow", "at Lyon", "near Kyiv").
fn locative(doc: &Document, span: Span) -> bool {
    let before = doc.text[..span.start as usize].trim_end();
    let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "in" | "at" | "near" | "outside" | "from"
    )
}

/// Whether a word heads a clause of its own (the date of a word below it belongs to that
/// clause's predicate): a clausal relation, a verb conjoined to another ("… and follows a
/// summit last year"), or a gerund ("charged with hacking into Equifax in 2017").
fn clausal(t: &Token) -> bool {
    let a = &t.analysis;
    matches!(
        a.deprel.split(':').next().unwrap_or(""),
        "ccomp" | "xcomp" | "advcl" | "acl" | "csubj" | "parataxis" | "root"
    ) || (a.upos == "VERB" && (a.deprel == "conj" || a.xpos == "VBG"))
}

/// The word of `span` (index in `words`) whose head lies outside it: the span's head word.
fn head_word(words: &[Token], span: Span) -> Option<usize> {
    let inside = |i: usize| {
        words
            .get(i)
            .is_some_and(|t| span.start <= t.span.start && t.span.end <= span.end)
    };
    (0..words.len())
        .filter(|&i| inside(i))
        .find(|&i| words[i].analysis.head == 0 || !inside(words[i].analysis.head as usize - 1))
}

/// The head of word `i`, if it has one in the sentence.
fn up(words: &[Token], i: usize) -> Option<usize> {
    let h = words.get(i)?.analysis.head as usize;
    (h > 0 && h <= words.len()).then(|| h - 1)
}

/// The word heading the clause word `i` stands in (itself when it heads one).
fn clause_of(words: &[Token], mut i: usize) -> usize {
    for _ in 0..words.len() {
        if clausal(&words[i]) {
            return i;
        }
        match up(words, i) {
            Some(h) => i = h,
            None => return i,
        }
    }
    i
}

/// How closely a date (`date` span) belongs to the event whose trigger is `trigger`: 0 when it
/// modifies the trigger, 1 when it dates the trigger's clause or one above it, `None` when it
/// dates another clause.
fn attachment(words: &[Token], date: Span, trigger: Span) -> Option<u8> {
    let (d, t) = (head_word(words, date)?, head_word(words, trigger)?);
    let in_trigger = |i: usize| trigger.start <= words[i].span.start && words[i].span.end <= trigger.end;
    // Up from the date to the first clause head, looking for the trigger on the way.
    let mut a = d;
    let mut steps = 0;
    let date_clause = loop {
        match up(words, a) {
            Some(h) if steps < words.len() => {
                a = h;
                steps += 1;
                if in_trigger(a) {
                    return Some(0);
                }
                if clausal(&words[a]) {
                    break a;
                }
            }
            _ => break a,
        }
    };
    // The trigger's clause and the clauses above it.
    let mut c = clause_of(words, t);
    for _ in 0..words.len() {
        if c == date_clause {
            return Some(1);
        }
        match up(words, c) {
            Some(h) => c = clause_of(words, h),
            None => return None,
        }
    }
    None
}

/// The weekday (1 Monday … 7 Sunday) the date expression attached to event `e` names ("China
/// on Thursday denounced …"), chosen as [`fill`] chooses the date but whether or not it could be
/// resolved: an undated document's "on Thursday" still says which day a statement was made.
pub fn weekday(doc: &Document, e: &Event) -> Option<u32> {
    let (_, d) = attached_date(doc, e, |_| true)?;
    dossier_actors::dates::weekday_named(doc.slice(d.span))
}

/// The date expression of `e`'s sentence, among those `keep` accepts, that the parse attaches
/// to `e` most closely (see the module doc), with its index in `doc.dates`.
fn attached_date<'d>(doc: &'d Document, e: &Event, keep: impl Fn(&DateRef) -> bool) -> Option<(usize, &'d DateRef)> {
    let words = doc.sentence_tokens(e.sentence as usize);
    doc.dates
        .iter()
        .enumerate()
        .filter(|(_, d)| d.sentence == e.sentence && keep(d))
        .filter_map(|(i, d)| Some((attachment(words, d.span, e.trigger)?, i, d)))
        .min_by_key(|(rank, _, d)| (*rank, distance(d.span, e.trigger)))
        .map(|(_, i, d)| (i, d))
}

/// Fills `date` and `place` of each event.
pub fn fill(doc: &Document, events: &mut [Event]) {
    for e in events.iter_mut() {
        let resolved = |d: &DateRef| d.value.as_deref().and_then(precision).is_some();
        let date = attached_date(doc, e, resolved).and_then(|(i, d)| Some((i, d, precision(d.value.as_deref()?)?)));
        e.date = match date {
            Some((i, d, p)) => Some(EventDate {
                value: d.value.clone().unwrap_or_default(),
                precision: p,
                source: "sentence",
                date_ref: Some(i as u32),
            }),
            None => doc.meta.date.as_ref().and_then(|v| {
                Some(EventDate {
                    value: v.clone(),
                    precision: precision(v)?,
                    source: "document",
                    date_ref: None,
                })
            }),
        };
        let in_sentence = doc
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.sentence == Some(e.sentence))
            .min_by_key(|(_, p)| (!locative(doc, p.span), distance(p.span, e.trigger)));
        let dateline = doc.places.iter().position(|p| p.sentence.is_none());
        e.place = in_sentence.map(|(i, _)| i as u32).or(dateline.map(|i| i as u32));
    }
}
