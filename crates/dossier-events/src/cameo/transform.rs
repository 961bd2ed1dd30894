//! PETRARCH-2 transformations (`~ a (b . ATTACK) SAY = a b 112`): an event reported or wanted
//! by another actor becomes one event between them ("X said Y attacked" → X accuses Y).
//!
//! Left side: `OUTER_SOURCE (INNER_SOURCE INNER_TARGET INNER_VERB) OUTER_VERB`, where a variable
//! is `a`, `b` (bound where they first appear), `_` (no actor of its own: the outer source) or `.`
//! (anything). A verb name stands for the blocks holding that verb; the inner verb matches
//! events whose code shares its two-digit CAMEO root, `Q` matches any. Right side: `SOURCE TARGET
//! CODE`, `Q` for the inner event's code. This module compiles and applies the rules; it does
//! not find events.

use super::index::VerbIndex;

/// A compiled transformation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    pub outer_blocks: Vec<usize>,
    pub outer_source: char,
    pub inner_source: char,
    pub inner_target: char,
    /// Two-digit roots the inner event's code must have; `None`: any code (`Q`).
    pub inner_roots: Option<Vec<String>>,
    pub result_source: char,
    pub result_target: char,
    /// `None`: the inner event's code.
    pub result_code: Option<String>,
    pub line: usize,
    pub text: String,
}

/// An event as the transformations see it: source and target actor indices (`None`: none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flat {
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub code: String,
}

fn blocks_of(index: &VerbIndex, name: &str) -> Vec<usize> {
    let mut out: Vec<usize> = index
        .entries_for(name)
        .iter()
        .map(|&e| &index.entries[e as usize])
        .filter(|e| e.forms[0].0.len() == 1 && e.forms[0].0[0] == name)
        .map(|e| e.block)
        .collect();
    out.extend(
        index
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.name == name)
            .map(|(i, _)| i),
    );
    out.sort_unstable();
    out.dedup();
    out
}

fn root(code: &str) -> String {
    code.chars().take(2).collect()
}

/// Compiles one transformation against the index's verbs.
pub fn compile(t: &dossier_dict::Transformation, index: &VerbIndex) -> Result<Transformation, String> {
    let lhs = t.lhs.replace('(', " ( ").replace(')', " ) ");
    let l: Vec<&str> = lhs.split_whitespace().collect();
    let r: Vec<&str> = t.rhs.split_whitespace().collect();
    let var = |s: &str| -> Result<char, String> {
        match s {
            "a" | "b" | "_" | "." => Ok(s.chars().next().unwrap_or('.')),
            _ => Err(format!("`{s}` is not a variable (a, b, _ or .)")),
        }
    };
    let [os, "(", is, it, iv, ")", ov] = l.as_slice() else {
        return Err("left side is not `x (y z INNER) OUTER`".into());
    };
    let [rs, rt, rc] = r.as_slice() else {
        return Err("right side is not `x y CODE`".into());
    };
    let outer_blocks = blocks_of(index, &ov.to_uppercase());
    if outer_blocks.is_empty() {
        return Err(format!("outer verb `{ov}` is not in the dictionary"));
    }
    let inner_roots = if *iv == "Q" {
        None
    } else {
        let roots: Vec<String> = blocks_of(index, &iv.to_uppercase())
            .iter()
            .filter_map(|&b| index.blocks[b].code.code.as_deref().map(root))
            .collect();
        if roots.is_empty() {
            return Err(format!("inner verb `{iv}` is not in the dictionary or has no code"));
        }
        Some(roots)
    };
    let result_code = match *rc {
        "Q" => None,
        c if c.chars().all(|c| c.is_ascii_alphanumeric()) => Some(c.to_string()),
        c => return Err(format!("bad result code `{c}`")),
    };
    Ok(Transformation {
        outer_blocks,
        outer_source: var(os)?,
        inner_source: var(is)?,
        inner_target: var(it)?,
        inner_roots,
        result_source: var(rs)?,
        result_target: var(rt)?,
        result_code,
        line: t.line,
        text: format!("~ {} = {}", t.lhs, t.rhs),
    })
}

impl Transformation {
    /// The event `outer` (of a verb in `outer_block`) and the event `inner` it reports become,
    /// or `None` when the rule does not apply. `same` says whether two actor indices are the same
    /// actor.
    pub fn apply(
        &self,
        outer_block: usize,
        outer: &Flat,
        inner: &Flat,
        same: &dyn Fn(usize, usize) -> bool,
    ) -> Option<Flat> {
        if !self.outer_blocks.contains(&outer_block) {
            return None;
        }
        if let Some(roots) = &self.inner_roots {
            if !roots.contains(&root(&inner.code)) {
                return None;
            }
        }
        let a = outer.source?;
        let eq = |x: Option<usize>, y: usize| x.is_some_and(|x| same(x, y));
        let mut b: Option<usize> = None;
        match self.inner_source {
            'a' if !eq(inner.source, a) => return None,
            '_' if inner.source.is_some() && !eq(inner.source, a) => return None,
            'b' => {
                let s = inner.source?;
                if same(s, a) {
                    return None;
                }
                b = Some(s);
            }
            _ => {}
        }
        match self.inner_target {
            'b' => b = Some(inner.target?),
            'a' if !eq(inner.target, a) => return None,
            _ => {}
        }
        let pick = |v: char| match v {
            'a' => Some(a),
            'b' => b,
            _ => None,
        };
        let code = self.result_code.clone().unwrap_or_else(|| inner.code.clone());
        Some(Flat {
            source: pick(self.result_source),
            target: pick(self.result_target),
            code,
        })
    }
}
