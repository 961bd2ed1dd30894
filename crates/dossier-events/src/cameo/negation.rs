//! Negated verbs, as PETRARCH-2 codes them with its internal ontology (PICO,
//! `PETR.Internal.Coding.Ontology.txt`): a negated event's value is the verb's value minus
//! `0xFFFF`, and the CAMEO code with that value is the negated event ("not make a statement" 010
//! → 011 decline to comment; "not disapprove" 110 → 050). A code whose negation has no CAMEO code
//! gives no event (PETRARCH drops it).
//!
//! This module only maps codes; finding the negation in the tree is [`super::tree::Tree::negated`].

use std::collections::HashMap;

use dossier_dict::Ontology;

/// PICO values both ways.
#[derive(Debug, Clone, Default)]
pub struct Negator {
    value: HashMap<String, i64>,
    code: HashMap<i64, String>,
}

const NEGATE: i64 = 0xFFFF;

impl Negator {
    pub fn new(ontology: Option<&Ontology>) -> Self {
        let mut n = Negator::default();
        let Some(o) = ontology else { return n };
        for e in &o.entries {
            let Some(first) = e.values.first() else { continue };
            let v: i64 = first.iter().sum();
            n.value.entry(e.cameo.clone()).or_insert(v);
            n.code.entry(v).or_insert_with(|| e.cameo.clone());
        }
        n
    }

    /// The code of the negated event, `None` when there is none.
    pub fn negate(&self, code: &str) -> Option<String> {
        let v = *self.value.get(code)?;
        self.code.get(&(v - NEGATE)).cloned()
    }

    /// The code of an intention, request or statement about an act ("wants to help": 030 +
    /// 070 → 033; "asks X to help": 020 + 070 → 023): the sum of their PICO values when the
    /// first is a bare category (its low twelve bits clear), the second has no category of its
    /// own, and the sum is a CAMEO code.
    pub fn compose(&self, outer: &str, inner: &str) -> Option<String> {
        let (o, i) = (*self.value.get(outer)?, *self.value.get(inner)?);
        if o <= 0 || o & 0xFFF != 0 || i <= 0 || i >= 0x1000 {
            return None;
        }
        self.code.get(&(o + i)).cloned()
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }
}
