"""Throughput and memory of ``framing analyze`` against vaderSentiment alone, on the same text.

The bundled corpora (``corpora/*``) are repeated (with fresh ids) until about ``--words`` words and
written to one JSONL file. Then, in one run and alternating (framing, VADER, framing, VADER, ...):

* **framing**: ``python -m framing analyze CORPUS --spec SPEC --out DIR --jobs N`` as a subprocess
  -- the whole pipeline (segmentation, attribution, frames, every scorer) with every table
  written; the wall time includes interpreter start-up, imports and reading the JSONL;
* **VADER alone**: what a user would otherwise run, in one process -- ``vaderSentiment``'s
  ``SentimentIntensityAnalyzer().polarity_scores`` on every sentence of the same documents. Only the
  scoring loop is timed (reading and sentence splitting are done beforehand and not counted), so
  the comparison is conservative.

Throughput is words per second (``framing.segment.word_count`` of the same texts for both).
Peak memory is the largest resident set of any process of the run (``ru_maxrss`` of the child
processes, through a small wrapper process per run). Memory is also measured at 1x and 4x the
corpus (``--memory-scales``) to show that streaming keeps it flat.

Usage::

    python benchmarks/speed.py                       # ~1M words, 3 alternating rounds, every core
    python benchmarks/speed.py --words 200000 --rounds 1 --memory-scales 1,2   # a quick run
    python benchmarks/speed.py --words 200000 --rounds 1 --memory-scales "" --breakdown   # where time goes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Runs a command; prints the largest resident set (KiB) among its processes, its wall time, its exit
# status and the CPU seconds (user + system) of all its processes.
_WRAPPER = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.ru_maxrss, wall, code, r.ru_utime + r.ru_stime)
"""

# VADER alone: read the JSONL, split into sentences (not timed), time polarity_scores on every sentence.
_VADER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from framing.segment import sentences
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
sents = [s.text for t in texts for s in sentences(t)]
analyzer = SentimentIntensityAnalyzer()
t, c = time.perf_counter(), time.process_time()
scores = [analyzer.polarity_scores(s)["compound"] for s in sents]
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(len(sents), wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu)
"""


def build_corpus(paths: list[Path], words: int, out: Path) -> tuple[int, int, int]:
    """Repeat the documents of ``paths`` until ``words`` words; write JSONL; return (docs, words, base words)."""
    import framing
    from framing.segment import word_count

    corpus = framing.load_corpus(paths)
    docs = [(d, word_count(d.text)) for d in corpus]
    base = sum(n for _, n in docs)
    total = n_docs = 0
    with out.open("w", encoding="utf-8") as fh:
        rep = 0
        while total < words:
            for d, n in docs:
                meta = {k: v for k, v in d.meta.items() if isinstance(v, (str, int, float)) and k != "path"}
                record = {"id": f"{d.id}~{rep}", **meta, "text": d.text}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                total += n
                n_docs += 1
                if total >= words:
                    break
            rep += 1
    return n_docs, total, base


def run_framing(corpus: Path, spec: str, jobs: int, out: Path) -> tuple[float, int, int, int, float]:
    """``framing analyze`` as a subprocess: wall seconds, peak RSS (KiB) of the largest process
    (``ru_maxrss``), sampled peaks (KiB, every 50 ms with psutil) of the main process alone and
    of the main process plus its workers, and CPU seconds of all its processes."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("CI", None)
    cmd = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "framing", "analyze", str(corpus), "--spec", spec,
           "--out", str(out), "--jobs", str(jobs), "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    wrapper = psutil.Process(proc.pid)
    main_peak = total_peak = 0
    while proc.poll() is None:
        try:
            kids = wrapper.children()
            if kids:
                main = kids[0]
                main_rss = main.memory_info().rss
                total = main_rss + sum(c.memory_info().rss for c in main.children())
                main_peak, total_peak = max(main_peak, main_rss), max(total_peak, total)
        except psutil.Error:
            pass
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    rss, wall, code, cpu = stdout.split()
    if code != "0":
        raise SystemExit(f"framing analyze failed (exit {code}): {stderr}")
    return float(wall), int(rss), main_peak // 1024, total_peak // 1024, float(cpu)


def run_vader(corpus: Path) -> tuple[float, int, int, float]:
    """Seconds of the VADER loop, sentences scored, peak RSS (KiB), CPU seconds of the loop."""
    res = subprocess.run([sys.executable, "-c", _VADER, str(corpus), str(ROOT)], capture_output=True, text=True,
                         check=True)
    n, wall, rss, cpu = res.stdout.split()
    return float(wall), int(n), int(rss), float(cpu)


def breakdown(corpus: Path, spec_name: str) -> None:
    """CPU seconds per component of the per-document work, in this process (where the time goes)."""
    import collections
    import time as _time

    import framing
    import gc

    from framing import analysis, attribution, engine, frames, pipeline, scorers, stream
    from framing.document import Document

    spent: collections.Counter = collections.Counter()

    def timed(module, name, label):
        func = getattr(module, name)

        def wrapper(*a, **k):
            t = _time.process_time()
            try:
                return func(*a, **k)
            finally:
                spent[label] += _time.process_time() - t
        setattr(module, name, wrapper)

    timed(pipeline, "split_sentences", "segmentation (framing.segment.sentences)")
    timed(attribution, "analyse", "attribution.analyse")
    timed(frames, "analyse", "frames.analyse")
    timed(scorers, "analyse", "scorers.analyse")
    for name, label in (("sentence_bias", "  of which sentence_bias (BABE classifier)"),
                        ("_sentence_features", "  of which _sentence_features (lexicons + VADER)"),
                        ("split_voice", "  of which split_voice")):
        if hasattr(scorers, name):
            timed(scorers, name, label)
    timed(analysis, "documents_with_extras", "per batch: documents table (components' document_table)")
    timed(analysis, "scope_table", "per batch: parties, document scope (components' party_table)")
    timed(stream, "pack_table", "per batch: packing rows + CSV formatting (framing.stream)")
    timed(stream, "keys_and_tuples", "per batch: rows as tuples (framing.stream)")
    docs = [Document(r["id"], r["text"], {k: v for k, v in r.items() if k not in ("id", "text")})
            for r in map(json.loads, corpus.open(encoding="utf-8"))]
    words = sum(pipeline.word_count(d.text) for d in docs)
    spec = framing.load_spec(spec_name)
    # as a pool worker: models loaded before the timing (inherited from the parent), the worker's
    # garbage-collector settings, and the engine's batches
    engine.warm_up(spec)
    engine.tune_gc(freeze=True)
    collecting: list[float] = []

    def on_gc(phase, info):  # CPU seconds spent in garbage collection
        if phase == "start":
            collecting.append(-_time.process_time())
        else:
            collecting[-1] += _time.process_time()

    gc.callbacks.append(on_gc)
    t0 = _time.process_time()
    batches = [stream.analyse_batch(batch, spec) for batch in engine.batched(docs)]
    total = _time.process_time() - t0
    gc.callbacks.remove(on_gc)
    spent["garbage collection (anywhere)"] = sum(collecting)
    top = [label for label in spent if not label.startswith(("  ", "garbage"))]
    spent["other: pipeline glue, the batch's DataFrames, ..."] = total - sum(spent[label] for label in top)
    print(f"\nwhere the time goes (one process, {len(docs)} documents, {words:,} words, {len(batches)} batches): "
          f"{total:.1f} s CPU = {words / total:,.0f} words/s per core")
    for label, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {sec:7.2f} s {100 * sec / total:5.1f}%  {label}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: corpora/*)")
    p.add_argument("--words", type=int, default=1_000_000, help="words in the timed corpus (default 1,000,000)")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds of framing / VADER (default 3)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="framing --jobs (default: every core)")
    p.add_argument("--spec", default="gaza-2012-2014", help="spec for framing analyze (default gaza-2012-2014)")
    p.add_argument("--breakdown", action="store_true",
                   help="also print CPU seconds per component on the bundled corpora once (one process)")
    p.add_argument("--memory-scales", default="1,4",
                   help="comma-separated multiples of --memory-words for the memory runs (default 1,4; empty: skip)")
    p.add_argument("--memory-words", type=int, default=None,
                   help="words of the 1x corpus of the memory runs (default: --words)")
    args = p.parse_args(argv)
    corpora = args.corpora or sorted(q for q in (ROOT / "corpora").iterdir() if q.is_dir())

    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    with tempfile.TemporaryDirectory(prefix="framing-speed-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus.jsonl"
        n_docs, words, base = build_corpus(corpora, args.words, corpus)
        print(f"corpus: {', '.join(c.name for c in corpora)} ({base:,} words) repeated to {n_docs:,} documents, "
              f"{words:,} words")
        print(f"framing: python -m framing analyze corpus.jsonl --spec {args.spec} --jobs {args.jobs} (subprocess, "
              f"tables written)\nVADER:   SentimentIntensityAnalyzer().polarity_scores per sentence (one process, "
              f"loop only)\n")
        f_rates, v_rates, f_rss, v_rss, f_cpu, v_cpu = [], [], [], [], [], []
        print(f"{'round':>5}  {'framing s':>9}  {'framing w/s':>11}  {'CPU s':>7}  {'VADER s':>8}  {'VADER w/s':>10}  "
              f"{'CPU s':>6}  {'ratio':>5}")
        for r in range(1, args.rounds + 1):
            f_wall, rss, _, _, cpu = run_framing(corpus, args.spec, args.jobs, tmp_path / f"out{r}")
            f_rss.append(rss)
            f_cpu.append(cpu)
            v_wall, n_sents, vrss, vcpu = run_vader(corpus)
            v_rss.append(vrss)
            v_cpu.append(vcpu)
            f_rates.append(words / f_wall)
            v_rates.append(words / v_wall)
            print(f"{r:>5}  {f_wall:9.2f}  {f_rates[-1]:11,.0f}  {cpu:7.1f}  {v_wall:8.2f}  {v_rates[-1]:10,.0f}  "
                  f"{vcpu:6.1f}  {f_rates[-1] / v_rates[-1]:5.2f}")
        if f_rates:
            f_med, v_med = statistics.median(f_rates), statistics.median(v_rates)
            print(f"\nmedian: framing {f_med:,.0f} words/s, VADER alone {v_med:,.0f} words/s ({n_sents:,} sentences); "
                  f"ratio {f_med / v_med:.2f}x")
            print(f"peak RSS: framing {max(f_rss) / 1024:.0f} MiB (largest process), VADER alone "
                  f"{max(v_rss) / 1024:.0f} MiB")
            fc, vc = statistics.median(f_cpu), statistics.median(v_cpu)
            print(f"CPU: framing {words / fc:,.0f} words per CPU-second (all processes, start-up included), VADER "
                  f"{words / vc:,.0f}; on {args.jobs} fully available cores framing would run at "
                  f"{args.jobs * words / fc / (words / vc):.2f}x VADER alone")

        scales = [float(s) for s in args.memory_scales.split(",") if s.strip()]
        if scales:
            print("\nmemory vs corpus size (framing analyze; peak RSS of the largest process (ru_maxrss), "
                  "of the main process, and of main + workers, sampled every 50 ms):")
            peaks, mains, totals = [], [], []
            for scale in scales:
                path = tmp_path / f"corpus-{scale:g}x.jsonl"
                n, w, _ = build_corpus(corpora, int((args.memory_words or args.words) * scale), path)
                wall, rss, main_peak, total_peak, _ = run_framing(path, args.spec, args.jobs, tmp_path / f"mem{scale:g}")
                peaks.append(rss)
                mains.append(main_peak)
                totals.append(total_peak)
                print(f"  {scale:g}x: {w:>10,} words, {n:>6,} documents: largest {rss / 1024:5.0f} MiB, main "
                      f"{main_peak / 1024:5.0f} MiB, main + workers {total_peak / 1024:5.0f} MiB; {wall:6.1f} s "
                      f"({w / wall:,.0f} words/s)")
                path.unlink()
            if len(peaks) > 1:
                print(f"  ratio {scales[-1]:g}x / {scales[0]:g}x: largest process {peaks[-1] / peaks[0]:.2f}, main "
                      f"{mains[-1] / mains[0]:.2f}, main + workers {totals[-1] / totals[0]:.2f}")
        if args.breakdown:
            base_corpus = tmp_path / "base.jsonl"
            build_corpus(corpora, base, base_corpus)
            breakdown(base_corpus, args.spec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
