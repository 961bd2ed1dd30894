//! Feature templates of the parser, hashed to 64-bit keys.
//!
//! Each word of a sentence is first reduced to a few hashes ([`Tok`]: lower-cased form, lemma,
//! Penn tag, universal tag, shape, medium and fine word cluster); then, for each decision, the templates combine the words at
//! fixed positions of the configuration (Zhang & Nivre 2011, adapted to arc-hybrid: stack words
//! S0–S2, buffer words B0–B3, the leftmost/rightmost children of S0, S1 and B0, distances,
//! valencies and label sets), plus the linear neighbours of S0, S1 and B0 in the sentence (these
//! gave +0.8 UAS on dev) and word clusters in place of words (+0.3 UAS on dev). Tried and
//! dropped on dev: counts of verbs and punctuation between S0 and B0 (−0.3), the tags guessed
//! from the word vectors (±0). [`move_features`] feeds the move classifier, [`label_features`] the
//! labeller (called when a move makes an arc).
//!
//! What it must not do: allocate per token (keys go into a reused `Vec<u64>`), look at gold
//! annotation, or know the weight layout (`model.rs` maps keys to buckets).

use super::transition::State;
use crate::clusters::LEVELS;

/// Hashes of one word. `ROOT` and `ABSENT` stand for the root and for empty positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tok {
    pub w: u64,
    pub l: u64,
    pub p: u64,
    pub u: u64,
    /// Shape: capitalisation, digits and the last three bytes, lower-cased.
    pub x: u64,
    /// Word clusters, medium and fine (see [`crate::clusters`]); an unknown value when absent.
    pub cm: u64,
    pub cf: u64,
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step of the multiplicative hash.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(26) ^ x).wrapping_mul(K)
}

/// Hash of a string's bytes, ASCII letters lower-cased when `lower` (FNV-1a, then mixed).
pub fn hash_str(s: &str, lower: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        let b = if lower { b.to_ascii_lowercase() } else { b };
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    mix(h, s.len() as u64)
}

impl Tok {
    pub const ROOT: Tok = Tok {
        w: 1,
        l: 1,
        p: 1,
        u: 1,
        x: 1,
        cm: 1,
        cf: 1,
    };
    pub const ABSENT: Tok = Tok {
        w: 2,
        l: 2,
        p: 2,
        u: 2,
        x: 2,
        cm: 2,
        cf: 2,
    };

    /// The hashes of one word, with its clusters if the table knows it.
    pub fn new(form: &str, lemma: &str, xpos: &str, upos: &str, clusters: Option<[u64; LEVELS]>) -> Tok {
        let [_, cm, cf, _] = clusters.unwrap_or([3; LEVELS]);
        Tok {
            cm,
            cf,
            w: hash_str(form, true),
            l: hash_str(lemma, true),
            p: hash_str(xpos, false) ^ 0x5555,
            u: hash_str(upos, false) ^ 0xAAAA,
            x: shape(form),
        }
    }
}

/// Hash of a word's shape: first-letter case, whether it has digits, and its last three bytes
/// (lower-cased). Helps with words the tagger gets wrong.
fn shape(form: &str) -> u64 {
    let b = form.as_bytes();
    let cap = b.first().is_some_and(|c| c.is_ascii_uppercase()) as u64;
    let all_cap = (b.len() > 1 && b.iter().all(|c| !c.is_ascii_lowercase())) as u64;
    let digit = b.iter().any(|c| c.is_ascii_digit()) as u64;
    let mut h = mix(0x5EA9, cap | all_cap << 1 | digit << 2);
    for &c in &b[b.len().saturating_sub(3)..] {
        h = mix(h, c.to_ascii_lowercase() as u64);
    }
    h
}

/// Label value for an absent child.
const NO_LABEL: u64 = 0xFFFF;

/// Reads words of the configuration by index; 0 is the root, `None`/children 0 are absent.
struct View<'a> {
    toks: &'a [Tok],
    st: &'a State,
}

impl View<'_> {
    #[inline(always)]
    fn tok(&self, i: Option<u32>) -> Tok {
        match i {
            Some(i) => self.toks.get(i as usize).copied().unwrap_or(Tok::ABSENT),
            None => Tok::ABSENT,
        }
    }
    /// A child index (0 = none) as an `Option`.
    #[inline(always)]
    fn child(c: u32) -> Option<u32> {
        (c != 0).then_some(c)
    }
    #[inline(always)]
    fn at(v: &[u32], i: Option<u32>) -> Option<u32> {
        i.and_then(|i| v.get(i as usize).copied()).and_then(Self::child)
    }
    #[inline(always)]
    fn label(&self, c: Option<u32>) -> u64 {
        match c {
            Some(c) => self.st.labels.get(c as usize).map_or(NO_LABEL, |&l| l as u64),
            None => NO_LABEL,
        }
    }
    #[inline(always)]
    fn byte(v: &[u8], i: Option<u32>) -> u64 {
        i.and_then(|i| v.get(i as usize)).map_or(99, |&x| x.min(8) as u64)
    }
    #[inline(always)]
    fn set(v: &[u64], i: Option<u32>) -> u64 {
        i.and_then(|i| v.get(i as usize)).map_or(1 << 63, |&x| x)
    }
    /// The word `delta` positions from word `i` in the sentence; absent for no word, for the
    /// root, and past either end.
    #[inline(always)]
    fn near(&self, i: Option<u32>, delta: i64) -> Tok {
        match i {
            Some(i) if i != 0 => {
                let j = i as i64 + delta;
                if j < 1 || j > self.st.n as i64 {
                    Tok::ABSENT
                } else {
                    self.tok(Some(j as u32))
                }
            }
            _ => Tok::ABSENT,
        }
    }
}

/// Capped distance between two positions (absent → 99).
#[inline(always)]
fn dist(a: Option<u32>, b: Option<u32>) -> u64 {
    match (a, b) {
        (Some(a), Some(b)) if a != 0 => (a.abs_diff(b) as u64).min(10),
        (Some(_), Some(_)) => 50,
        _ => 99,
    }
}

/// Pushes template keys; each key mixes the template number with its values.
struct Out<'a> {
    v: &'a mut Vec<u64>,
    t: u64,
}

impl Out<'_> {
    #[inline(always)]
    fn f(&mut self, vals: &[u64]) {
        self.t += 1;
        let mut h = self.t.wrapping_mul(0x2545_F491_4F6C_DD1D);
        for &x in vals {
            h = mix(h, x);
        }
        self.v.push(h);
    }
}

/// Keys of the move classifier's features for the current configuration.
pub fn move_features(toks: &[Tok], st: &State, out: &mut Vec<u64>) {
    out.clear();
    let v = View { toks, st };
    let (s0i, s1i, s2i) = (st.s(0), st.s(1), st.s(2));
    let (b0i, b1i, b2i, b3i) = (st.b(0), st.b(1), st.b(2), st.b(3));
    let (s0, s1, s2) = (v.tok(s0i), v.tok(s1i), v.tok(s2i));
    let (b0, b1, b2, b3) = (v.tok(b0i), v.tok(b1i), v.tok(b2i), v.tok(b3i));
    let s0li = View::at(&st.l1, s0i);
    let s0l2i = View::at(&st.l2, s0i);
    let s0ri = View::at(&st.r1, s0i);
    let s0r2i = View::at(&st.r2, s0i);
    let s1li = View::at(&st.l1, s1i);
    let s1ri = View::at(&st.r1, s1i);
    let s1r2i = View::at(&st.r2, s1i);
    let b0li = View::at(&st.l1, b0i);
    let b0l2i = View::at(&st.l2, b0i);
    let (s0l, s0l2, s0r, s0r2) = (v.tok(s0li), v.tok(s0l2i), v.tok(s0ri), v.tok(s0r2i));
    let (s1l, s1r, s1r2) = (v.tok(s1li), v.tok(s1ri), v.tok(s1r2i));
    let (b0l, b0l2) = (v.tok(b0li), v.tok(b0l2i));
    let (s0ll, s0l2l, s0rl, s0r2l) = (v.label(s0li), v.label(s0l2i), v.label(s0ri), v.label(s0r2i));
    let (s1ll, s1rl, s1r2l) = (v.label(s1li), v.label(s1ri), v.label(s1r2i));
    let (b0ll, b0l2l) = (v.label(b0li), v.label(b0l2i));
    let d0 = dist(s0i, b0i);
    let d1 = dist(s1i, s0i);
    let mut o = Out { v: out, t: 0 };

    // Single words.
    o.f(&[s0.w]);
    o.f(&[s0.p]);
    o.f(&[s0.w, s0.p]);
    o.f(&[s0.l]);
    o.f(&[s1.w]);
    o.f(&[s1.p]);
    o.f(&[s1.w, s1.p]);
    o.f(&[s2.p]);
    o.f(&[b0.w]);
    o.f(&[b0.p]);
    o.f(&[b0.w, b0.p]);
    o.f(&[b0.l]);
    o.f(&[b1.w]);
    o.f(&[b1.p]);
    o.f(&[b1.w, b1.p]);
    o.f(&[b2.w]);
    o.f(&[b2.p]);
    o.f(&[b3.p]);
    // Pairs.
    o.f(&[s0.w, s0.p, b0.w, b0.p]);
    o.f(&[s0.w, s0.p, b0.w]);
    o.f(&[s0.w, b0.w, b0.p]);
    o.f(&[s0.w, s0.p, b0.p]);
    o.f(&[s0.p, b0.w, b0.p]);
    o.f(&[s0.w, b0.w]);
    o.f(&[s0.p, b0.p]);
    o.f(&[s0.l, b0.l]);
    o.f(&[s0.u, b0.u]);
    o.f(&[b0.p, b1.p]);
    o.f(&[b0.w, b1.p]);
    o.f(&[b0.p, b1.w]);
    o.f(&[s1.w, s0.w]);
    o.f(&[s1.p, s0.p]);
    o.f(&[s1.w, s0.p]);
    o.f(&[s1.p, s0.w]);
    o.f(&[s1.l, s0.l]);
    o.f(&[s1.u, s0.u]);
    o.f(&[s1.p, b0.p]);
    o.f(&[s1.w, b0.w]);
    // Triples of tags.
    o.f(&[b0.p, b1.p, b2.p]);
    o.f(&[s0.p, b0.p, b1.p]);
    o.f(&[s1.p, s0.p, b0.p]);
    o.f(&[s2.p, s1.p, s0.p]);
    o.f(&[s1.p, s0.p, b1.p]);
    o.f(&[s0.p, s0l.p, b0.p]);
    o.f(&[s0.p, s0r.p, b0.p]);
    o.f(&[s0.p, b0.p, b0l.p]);
    o.f(&[s1.p, s1l.p, s0.p]);
    o.f(&[s1.p, s1r.p, s0.p]);
    o.f(&[s1.p, s0.p, s0l.p]);
    o.f(&[s1.p, s0.p, s0r.p]);
    // Distances.
    o.f(&[s0.w, d0]);
    o.f(&[s0.p, d0]);
    o.f(&[b0.w, d0]);
    o.f(&[b0.p, d0]);
    o.f(&[s0.w, b0.w, d0]);
    o.f(&[s0.p, b0.p, d0]);
    o.f(&[s1.w, d1]);
    o.f(&[s1.p, d1]);
    o.f(&[s0.w, d1]);
    o.f(&[s0.p, d1]);
    o.f(&[s1.p, s0.p, d1]);
    o.f(&[s1.w, s0.w, d1]);
    // Valency.
    let (s0vl, s0vr) = (View::byte(&st.nl, s0i), View::byte(&st.nr, s0i));
    let (s1vl, s1vr) = (View::byte(&st.nl, s1i), View::byte(&st.nr, s1i));
    let b0vl = View::byte(&st.nl, b0i);
    o.f(&[s0.w, s0vr]);
    o.f(&[s0.p, s0vr]);
    o.f(&[s0.w, s0vl]);
    o.f(&[s0.p, s0vl]);
    o.f(&[b0.w, b0vl]);
    o.f(&[b0.p, b0vl]);
    o.f(&[s1.w, s1vr]);
    o.f(&[s1.p, s1vr]);
    o.f(&[s1.p, s1vl]);
    // Children.
    o.f(&[s0l.w]);
    o.f(&[s0l.p]);
    o.f(&[s0ll]);
    o.f(&[s0r.w]);
    o.f(&[s0r.p]);
    o.f(&[s0rl]);
    o.f(&[b0l.w]);
    o.f(&[b0l.p]);
    o.f(&[b0ll]);
    o.f(&[s1l.p]);
    o.f(&[s1ll]);
    o.f(&[s1r.w]);
    o.f(&[s1r.p]);
    o.f(&[s1rl]);
    o.f(&[s0l2.p]);
    o.f(&[s0l2l]);
    o.f(&[s0r2.p]);
    o.f(&[s0r2l]);
    o.f(&[b0l2.p]);
    o.f(&[b0l2l]);
    o.f(&[s1r2.p]);
    o.f(&[s0.p, s0ll, s0l2l]);
    o.f(&[s0.p, s0rl, s0r2l]);
    o.f(&[b0.p, b0ll, b0l2l]);
    o.f(&[s1.p, s1rl, s1r2l]);
    o.f(&[s0.w, s0ll, b0.p]);
    o.f(&[s0.p, s0rl, b0.p]);
    // Label sets.
    let (s0sl, s0sr) = (View::set(&st.lset, s0i), View::set(&st.rset, s0i));
    let (s1sl, s1sr) = (View::set(&st.lset, s1i), View::set(&st.rset, s1i));
    let b0sl = View::set(&st.lset, b0i);
    o.f(&[s0.w, s0sr]);
    o.f(&[s0.p, s0sr]);
    o.f(&[s0.w, s0sl]);
    o.f(&[s0.p, s0sl]);
    o.f(&[b0.w, b0sl]);
    o.f(&[b0.p, b0sl]);
    o.f(&[s1.w, s1sr]);
    o.f(&[s1.p, s1sr]);
    o.f(&[s1.p, s1sl]);
    // Lexical context.
    o.f(&[b0.w, b1.w]);
    o.f(&[s0.l, b0.p]);
    o.f(&[s0.p, b0.l]);
    o.f(&[s1.l, b0.l]);
    o.f(&[s0l.w, b0.w]);
    o.f(&[s0.w, b0l.w]);
    o.f(&[s0.u, b0.u, b1.u]);
    o.f(&[s1.u, s0.u, b0.u]);
    // Shapes.
    o.f(&[s0.x]);
    o.f(&[b0.x]);
    o.f(&[b1.x]);
    o.f(&[s1.x]);
    o.f(&[s0.x, b0.x]);
    o.f(&[s1.x, s0.x]);
    o.f(&[s0.x, b0.p]);
    o.f(&[s0.p, b0.x]);
    // Linear neighbours of the stack words and of B0.
    let (s0n, s0pv, b0pv, s1n) = (v.near(s0i, 1), v.near(s0i, -1), v.near(b0i, -1), v.near(s1i, 1));
    o.f(&[s0.p, s0n.p, b0.p]);
    o.f(&[s0pv.p, s0.p, b0.p]);
    o.f(&[s0.p, b0pv.p, b0.p]);
    o.f(&[s1.p, s1n.p, s0.p]);
    o.f(&[s0n.w, s0.p]);
    o.f(&[b0pv.w, b0.p]);
    let s1pv = v.near(s1i, -1);
    o.f(&[s0.w, s0n.p]);
    o.f(&[s1pv.p, s1.p, s0.p]);
    o.f(&[s0n.p, b0.p, b1.p]);
    o.f(&[s0pv.p, s0.p, s0n.p]);
    // Word clusters, in place of words (Koo et al. 2008); a few templates only, each costs a
    // cache miss per decision.
    o.f(&[s0.cm]);
    o.f(&[b0.cm]);
    o.f(&[s1.cm]);
    o.f(&[b1.cm]);
    o.f(&[s0.cm, b0.cm]);
    o.f(&[s0.cm, b0.p]);
    o.f(&[s0.p, b0.cm]);
    o.f(&[s1.cm, s0.cm]);
}

/// Keys of the labeller's features for the arc `head → dep` about to be made.
pub fn label_features(toks: &[Tok], st: &State, head: u32, dep: u32, out: &mut Vec<u64>) {
    out.clear();
    let v = View { toks, st };
    let (hi, di) = (Some(head), Some(dep));
    let (h, d) = (v.tok(hi), v.tok(di));
    let dir = (dep < head) as u64;
    let dd = dist(hi, di);
    // Never called for arcs from the root (they always get the root label), so `near` giving
    // nothing around word 0 changes no feature.
    let (dm1, dp1) = (v.near(di, -1), v.near(di, 1));
    let (hm1, hp1) = (v.near(hi, -1), v.near(hi, 1));
    let dli = View::at(&st.l1, di);
    let dl2i = View::at(&st.l2, di);
    let dri = View::at(&st.r1, di);
    let hli = View::at(&st.l1, hi);
    let hri = View::at(&st.r1, hi);
    let (dl, dl2, dr) = (v.tok(dli), v.tok(dl2i), v.tok(dri));
    let (dll, drl) = (v.label(dli), v.label(dri));
    let (hll, hrl) = (v.label(hli), v.label(hri));
    let (dsl, dsr) = (View::set(&st.lset, di), View::set(&st.rset, di));
    let (hsl, hsr) = (View::set(&st.lset, hi), View::set(&st.rset, hi));
    let (b0, b1) = (v.tok(st.b(0)), v.tok(st.b(1)));
    let mut o = Out { v: out, t: 1000 };

    o.f(&[dir]);
    o.f(&[h.w, dir]);
    o.f(&[h.p, dir]);
    o.f(&[d.w, dir]);
    o.f(&[d.p, dir]);
    o.f(&[d.u]);
    o.f(&[h.p, d.p, dir]);
    o.f(&[h.w, d.p, dir]);
    o.f(&[h.p, d.w, dir]);
    o.f(&[h.w, d.w]);
    o.f(&[h.l, d.l, dir]);
    o.f(&[dir, dd]);
    o.f(&[d.p, dir, dd]);
    o.f(&[h.p, d.p, dir, dd]);
    // The dependent's own children (complete when it is attached).
    o.f(&[dl.w]);
    o.f(&[dl.w, d.p]);
    o.f(&[dl.w, h.p, dir]);
    o.f(&[dll, d.p]);
    o.f(&[dl2.w, d.p]);
    o.f(&[dr.w, d.p]);
    o.f(&[drl, d.p]);
    o.f(&[dr.p, d.p, h.p]);
    o.f(&[dsl, d.p]);
    o.f(&[dsr, d.p]);
    // The head's children so far.
    o.f(&[hsl, h.p, dir]);
    o.f(&[hsr, h.p, dir]);
    o.f(&[hll, h.p, dir]);
    o.f(&[hrl, h.p, dir]);
    // Surrounding words.
    o.f(&[dm1.p, d.p]);
    o.f(&[dp1.p, d.p]);
    o.f(&[dm1.p, d.p, h.p]);
    o.f(&[d.p, dp1.p, h.p]);
    o.f(&[hm1.p, h.p, d.p]);
    o.f(&[h.p, hp1.p, d.p]);
    o.f(&[b0.p, d.p, dir]);
    o.f(&[b0.p, b1.p, d.p, dir]);
    o.f(&[b0.w, d.p, dir]);
    o.f(&[h.l, d.w, dir]);
    o.f(&[dl.l, d.l]);
    o.f(&[d.x, dir]);
    o.f(&[h.x, d.x, dir]);
    o.f(&[h.cm, d.cm, dir]);
    o.f(&[d.cf]);
}
