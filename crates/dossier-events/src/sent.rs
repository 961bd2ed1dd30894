//! A read-only view of one analysed sentence for the coder: lemmas, relations, children lists and
//! the actor mention covering each word, with the small tree queries the coder needs (subject,
//! object, prepositional dependents, negation, passive voice).
//!
//! Word indices are 0-based within the sentence. This module decides nothing about events.

use dossier_core::Document;

/// Relative pronouns that stand for the noun a relative clause modifies.
const RELATIVE: &[&str] = &["who", "that", "which", "whom"];

pub struct Sent<'a> {
    pub doc: &'a Document,
    /// Index in `doc.sentences`.
    pub index: usize,
    /// Index of the first word in `doc.tokens`.
    pub first: usize,
    pub lemma: Vec<String>,
    pub lower: Vec<String>,
    pub upos: Vec<&'static str>,
    pub xpos: Vec<&'static str>,
    pub deprel: Vec<&'static str>,
    pub head: Vec<Option<usize>>,
    pub children: Vec<Vec<usize>>,
    /// The actor mention (index into `doc.actors`) covering each word.
    pub actor_of: Vec<Option<u32>>,
    /// Whether a date expression ("last August") covers the word: never a participant.
    pub in_date: Vec<bool>,
}

impl<'a> Sent<'a> {
    pub fn new(doc: &'a Document, index: usize) -> Self {
        let s = &doc.sentences[index];
        let toks = &doc.tokens[s.token_range()];
        let n = toks.len();
        let mut lemma = Vec::with_capacity(n);
        let mut lower = Vec::with_capacity(n);
        let mut upos = Vec::with_capacity(n);
        let mut xpos = Vec::with_capacity(n);
        let mut deprel = Vec::with_capacity(n);
        let mut head = Vec::with_capacity(n);
        let mut children = vec![Vec::new(); n];
        for (i, t) in toks.iter().enumerate() {
            let form = t.form(&doc.text);
            let l = t.analysis.lemma(&form).unwrap_or(std::borrow::Cow::Borrowed(&form));
            lemma.push(l.to_lowercase());
            lower.push(form.to_lowercase());
            upos.push(t.analysis.upos);
            xpos.push(t.analysis.xpos);
            deprel.push(t.analysis.deprel);
            let h = t.analysis.head as usize;
            let h = (h >= 1 && h <= n && h - 1 != i).then(|| h - 1);
            head.push(h);
            if let Some(h) = h {
                children[h].push(i);
            }
        }
        let mut actor_of = vec![None; n];
        let first = s.tokens.start as usize;
        for (ai, a) in doc.actors.iter().enumerate() {
            if a.sentence as usize != index {
                continue;
            }
            for t in a.tokens.clone() {
                if let Some(slot) = (t as usize).checked_sub(first).and_then(|i| actor_of.get_mut(i)) {
                    *slot = Some(ai as u32);
                }
            }
        }
        let mut in_date = vec![false; n];
        for d in doc.dates.iter().filter(|d| d.sentence as usize == index) {
            for (i, t) in toks.iter().enumerate() {
                if t.span.start >= d.span.start && t.span.end <= d.span.end {
                    in_date[i] = true;
                }
            }
        }
        Sent {
            doc,
            index,
            first,
            in_date,
            lemma,
            lower,
            upos,
            xpos,
            deprel,
            head,
            children,
            actor_of,
        }
    }

    /// The word of this sentence whose token spans `span` (an event's trigger).
    pub fn word_at(&self, span: dossier_core::Span) -> Option<usize> {
        (0..self.len()).find(|&w| self.doc.tokens[self.first + w].span == span)
    }

    #[allow(clippy::len_without_is_empty)]
    /// The text span of word `w`.
    pub fn span(&self, w: usize) -> dossier_core::Span {
        self.doc.tokens[self.first + w].span
    }

    /// The span of word `w` when it names a single person the text does not code otherwise (a
    /// name, or "he"/"she"): what an implicit code given to it stands for.
    /// A name is its whole `flat` run ("Matthew Hedges").
    pub fn person_named(&self, w: usize) -> Option<dossier_core::Span> {
        if self.upos[w] == "PRON" {
            return matches!(self.lower[w].as_str(), "he" | "she" | "him" | "her").then(|| self.span(w));
        }
        // (Not a date: "The Kremlin Monday denied".)
        if self.upos[w] != "PROPN" || self.doc.dates.iter().any(|d| d.span.contains(self.span(w))) {
            return None;
        }
        let mut span = self.span(w);
        for c in self.kids(w, "flat").filter(|&c| self.upos[c] == "PROPN") {
            let cs = self.span(c);
            span.start = span.start.min(cs.start);
            span.end = span.end.max(cs.end);
        }
        Some(span)
    }

    pub fn len(&self) -> usize {
        self.lemma.len()
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn rel(&self, i: usize) -> &'static str {
        let d = self.deprel[i];
        d.split(':').next().unwrap_or(d)
    }

    /// Children with relation `rel` (exact, with subtype, or the base when `rel` has none).
    pub fn kids<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| self.deprel[c] == rel || (!rel.contains(':') && self.rel(c) == rel))
    }

    pub fn kid(&self, i: usize, rel: &str) -> Option<usize> {
        self.kids(i, rel).next()
    }

    /// The preposition or subordinator introducing `i` (`case` or `mark` child), lower case.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        self.children[i]
            .iter()
            .find(|&&c| matches!(self.rel(c), "case" | "mark"))
            .map(|&c| self.lower[c].as_str())
    }

    /// Whether the word is in the passive voice (has a passive subject or auxiliary).
    pub fn passive(&self, i: usize) -> bool {
        self.passive_depth(i, 0)
    }

    fn passive_depth(&self, i: usize, depth: usize) -> bool {
        self.children[i]
            .iter()
            .any(|&c| matches!(self.deprel[c], "nsubj:pass" | "aux:pass" | "csubj:pass"))
            || (self.xpos[i] == "VBN" && matches!(self.rel(i), "acl") && self.kid(i, "nsubj").is_none())
            // "was arrested in May and convicted of spying": a bare participle shares the
            // passive of the verb it is conjoined to.
            // (The tagger may call the shared participle a past tense: "was branded a spy and
            // ordered out of the country".)
            || (depth < 3
                && matches!(self.xpos[i], "VBN" | "VBD")
                && self.rel(i) == "conj"
                && self.kid(i, "nsubj").is_none()
                && !self.children[i].iter().any(|&c| self.rel(c) == "aux")
                && self.head[i].is_some_and(|h| self.passive_depth(h, depth + 1)))
    }

    /// Whether the word is negated ("not", "never", "n't", "no").
    pub fn negated(&self, i: usize) -> bool {
        // "has never engaged in or participated in": a verb joined by "or"/"nor" with no
        // subject or auxiliary of its own shares its first conjunct's negation.
        let shares = self.rel(i) == "conj"
            && self.upos[i] == "VERB"
            && self.children[i]
                .iter()
                .any(|&c| self.rel(c) == "cc" && matches!(self.lower[c].as_str(), "or" | "nor"))
            && !self.children[i]
                .iter()
                .any(|&c| matches!(self.rel(c), "nsubj" | "nsubj:pass" | "aux" | "aux:pass"));
        if shares && self.head[i].is_some_and(|h| self.upos[h] == "VERB" && self.negated_here(h)) {
            return true;
        }
        self.negated_here(i)
    }

    /// Whether word `i` itself carries a negation ([`Sent::negated`] without the conjuncts).
    fn negated_here(&self, i: usize) -> bool {
        // "did not", "never"; for a noun, "no comment"; "neither X nor Y confirmed".
        self.children[i].iter().any(|&c| {
            (matches!(self.rel(c), "advmod" | "neg") && matches!(self.lower[c].as_str(), "not" | "n't" | "never"))
                || (self.rel(c) == "det" && self.lower[c] == "no")
                // "none of them has", "nobody confirmed"
                || (matches!(self.rel(c), "nsubj" | "nsubj:pass")
                    && matches!(self.lower[c].as_str(), "none" | "nobody" | "neither"))
                || (self.rel(c) == "nsubj"
                    && self.children[c]
                        .iter()
                        .any(|&k| self.deprel[k] == "cc:preconj" && self.lower[k] == "neither"))
        })
    }

    /// Prepositional dependents (`obl`, `nmod`, `advcl`, `acl` …) introduced by `prep` (`*` any).
    pub fn preps<'s>(&'s self, i: usize, prep: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children[i].iter().copied().filter(move |&c| {
            matches!(self.rel(c), "obl" | "nmod" | "advcl" | "acl" | "xcomp" | "ccomp")
                && match self.case_of(c) {
                    Some(p) => prep == "*" || p == prep,
                    None => false,
                }
        })
    }

    /// Who does what predicate `i` says: its agent when passive, else its subject.
    pub fn doer(&self, i: usize) -> Option<usize> {
        if self.passive(i) {
            self.agent(i)
        } else {
            self.subject(i)
        }
    }

    /// The grammatical subject of a predicate, following shared subjects (conj), control (xcomp),
    /// reduced and full relative clauses. `None` when the text has none.
    pub fn subject(&self, i: usize) -> Option<usize> {
        self.subject_depth(i, 0)
    }

    fn subject_depth(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 6 {
            return None;
        }
        if let Some(s) = self.kid(i, "nsubj") {
            if self.deprel[s] == "nsubj" || !self.passive(i) {
                return Some(self.resolve_relative(i, s));
            }
        }
        if self.passive(i) {
            return None;
        }
        let Some(h) = self.head[i] else {
            return self.orphan_subject(i);
        };
        match self.rel(i) {
            "conj" => self.subject_depth(h, depth + 1),
            // ("He is said to have submitted information": a passive's subject raised.)
            "xcomp" => self
                .kid(h, "obj")
                .or_else(|| self.kid(h, "nsubj:pass").filter(|_| self.passive(h)))
                .or_else(|| self.subject_depth(h, depth + 1)),
            "acl" => Some(h),
            "advcl"
                if self
                    .case_of(i)
                    .is_none_or(|m| !matches!(m, "of" | "for" | "with" | "against")) =>
            {
                if self.passive(h) {
                    self.kid(h, "nsubj:pass")
                } else {
                    self.subject_depth(h, depth + 1)
                }
            }
            _ => None,
        }
    }

    /// A finite root verb the parser left without a subject ("In Seoul the NIS said …", where
    /// the name was hung on the fronted place): the noun right before it, if nothing else claims
    /// it as an object.
    fn orphan_subject(&self, i: usize) -> Option<usize> {
        if self.upos[i] != "VERB" || !matches!(self.xpos[i], "VBD" | "VBZ" | "VBP") {
            return None;
        }
        let mut j = i.checked_sub(1)?;
        // Skip adverbs and time expressions ("Britain and Russia last night expelled …").
        while matches!(self.upos[j], "ADV" | "AUX" | "PART") || self.in_date[j] {
            j = j.checked_sub(1)?;
        }
        // The last of conjoined names: its first conjunct stands for the list.
        while self.rel(j) == "conj" {
            j = self.head[j]?;
        }
        (matches!(self.upos[j], "NOUN" | "PROPN") && !matches!(self.rel(j), "obj" | "iobj" | "nsubj:pass")).then_some(j)
    }

    /// Word `i` and everything below it in the tree, `i` first.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            out.extend(self.children[out[k]].iter().copied());
            k += 1;
        }
        out
    }

    /// The object (patient) of a predicate: `obj`, or the passive subject.
    pub fn object(&self, i: usize) -> Option<usize> {
        // "that China had stolen the secrets": a complementiser misread as a relative pronoun
        // is a second object before the verb; the real one follows it.
        // "was branded a spy": the parser may make the secondary predicate an object; the
        // patient of a passive is its subject.
        if let Some(sp) = self.kid(i, "nsubj:pass").filter(|_| self.kid(i, "obj").is_some()) {
            return Some(self.resolve_relative(i, sp));
        }
        let mut objs = self.kids(i, "obj");
        if let Some(o) = objs.next() {
            // "arrested what it said were five spies": the free relative's predicate.
            if self.lower[o] == "what" {
                let predicate = self.kids(o, "acl").find_map(|r| {
                    self.children[r].iter().copied().find(|&c| {
                        matches!(self.rel(c), "ccomp" | "xcomp" | "obl") && matches!(self.upos[c], "NOUN" | "PROPN")
                    })
                });
                if let Some(p) = predicate {
                    return Some(p);
                }
            }
            if o < i && self.upos[o] == "PRON" {
                if let Some(after) = objs.find(|&k| k > i) {
                    return Some(after);
                }
            }
            return Some(o);
        }
        // "freed him four months later": the parser may call a lone object `iobj`.
        if let Some(o) = self.kid(i, "iobj").filter(|_| !self.passive(i)) {
            return Some(o);
        }
        // A bare noun after an active verb, which the parser sometimes labels `obl`.
        if !self.passive(i) && self.upos[i] == "VERB" {
            if let Some(o) = self.children[i].iter().copied().find(|&c| {
                c > i && self.rel(c) == "obl" && matches!(self.upos[c], "NOUN" | "PROPN") && self.case_of(c).is_none()
            }) {
                return Some(o);
            }
        }
        if self.passive(i) {
            if let Some(s) = self.kid(i, "nsubj:pass") {
                return Some(self.resolve_relative(i, s));
            }
            if self.rel(i) == "acl" {
                // ("five Britons and a US official detained for espionage": a participle after
                // the last of conjoined nouns describes them all; the first names the list.)
                return self.head[i].map(|h| match self.head[h] {
                    Some(first) if self.rel(h) == "conj" && first < h && h < i => first,
                    _ => h,
                });
            }
            // (A passive conjunct of an active verb shares its subject: "He … submitted
            // information to Russia and was arrested on Wednesday".)
            if self.rel(i) == "conj" {
                return self.head[i].and_then(|h| {
                    if self.passive(h) || self.upos[h] != "VERB" {
                        self.object(h)
                    } else {
                        self.subject(h)
                    }
                });
            }
        }
        None
    }

    /// A relative pronoun subject stands for the noun its clause modifies.
    fn resolve_relative(&self, clause: usize, s: usize) -> usize {
        if RELATIVE.contains(&self.lower[s].as_str()) && self.deprel[clause].starts_with("acl") {
            if let Some(h) = self.head[clause] {
                return h;
            }
        }
        s
    }

    /// The `by` agent of a passive.
    pub fn agent(&self, i: usize) -> Option<usize> {
        self.kid(i, "obl:agent").or_else(|| self.preps(i, "by").next())
    }

    /// The possessor of a noun (`Britain's expulsion`).
    pub fn possessor(&self, i: usize) -> Option<usize> {
        self.kid(i, "nmod:poss")
    }

    /// Words the phrase headed by `i` starts with `words` (lower case), in order, within 4 words.
    pub fn followed_by(&self, i: usize, words: &[String]) -> bool {
        let mut at = i;
        for w in words {
            match (at + 1..(at + 5).min(self.len())).find(|&j| &self.lower[j] == w || &self.lemma[j] == w) {
                Some(j) => at = j,
                None => return false,
            }
        }
        true
    }

    /// The actor mentions a word stands for: the mention covering it, else one found in its
    /// noun phrase (compound, modifier, `of`/`from` phrase, apposition, possessor), plus the same for
    /// each conjunct, and a second nationality hyphened to a mention's start ("U.S.-Israeli").
    /// Clauses inside the phrase are not searched.
    pub fn actors_at(&self, i: usize) -> Vec<u32> {
        let mut out = Vec::new();
        self.collect_actors(i, &mut out, 0);
        let conjs: Vec<usize> = self.kids(i, "conj").collect();
        for c in conjs {
            self.collect_actors(c, &mut out, 0);
        }
        // "a U.S.-Israeli dual national": a nationality joined by a hyphen to the mention's
        // start is a second nationality of the same person.
        for a in out.clone() {
            let Some(k) = self.actor_of.iter().position(|&m| m == Some(a)) else {
                continue;
            };
            if k >= 2 && self.lower[k - 1] == "-" {
                if let Some(b) = self.actor_of[k - 2].filter(|&b| b != a && !out.contains(&b)) {
                    out.insert(0, b);
                }
            }
        }
        out.dedup();
        out
    }

    fn collect_actors(&self, i: usize, out: &mut Vec<u32>, depth: usize) {
        if let Some(a) = self.actor_of[i] {
            if !out.contains(&a) {
                out.push(a);
            }
            return;
        }
        if depth >= 2 {
            return;
        }
        let mut found = Vec::new();
        for &c in &self.children[i] {
            let ok = match self.deprel[c] {
                "compound" | "amod" | "appos" | "nmod:poss" | "flat" | "det" | "nummod" => true,
                // (An `nmod` with no preposition is an apposition the parser mislabelled: "the
                // main suspect, former agent Andrei Lugovoi, said".)
                "nmod" => matches!(self.case_of(c), Some("of" | "from" | "at" | "in") | None),
                _ => false,
            };
            if ok {
                self.collect_actors(c, &mut found, depth + 1);
            }
        }
        if let Some(&a) = found.first() {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
}
