"""CPU cost per sentence of the scorers component (framing.scorers.analyse) against reference VADER.

Usage: python benchmarks/scorers_speed.py [--repeat 3] [--pipeline]

Reads the bundled corpora (gaza-2012-2014, ukraine-2014), splits sentences once, then measures CPU
time (process time) of: reference vaderSentiment on every sentence; framing's VADER; and the whole
per-document scorer work (lexicons, VADER, bias classifier, voice split, party mentions and target
sentiment), the first 60 documents warming the per-word caches, then per component. The per-text
caches are emptied before each timed run; each figure is the best of ``--repeat`` runs, which
damps the noise of other jobs on the machine. Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import framing  # noqa: E402
from framing import scorers  # noqa: E402
from framing.scorers import bias, lexicon, target, target_model, vader  # noqa: E402
from framing.scorers.voice import split_voice  # noqa: E402
from framing.segment import sentences  # noqa: E402


def clear_text_caches() -> None:
    """Empty the caches keyed by a whole text (the per-word caches stay warm)."""
    try:
        from framing.scorers import sentence
    except ImportError:  # before the shared per-sentence pass (to measure "before" on an old checkout)
        sentence = None
    for mod in (lexicon, vader, target, target_model, sentence):
        for name in dir(mod) if mod is not None else ():
            fn = getattr(mod, name)
            if hasattr(fn, "cache_clear") and name in ("_tokens", "_find", "_find_many", "_scores", "_breaks",
                                                       "sentence_data"):
                fn.cache_clear()


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        clear_text_caches()
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def pipeline(repeat: int) -> int:
    """CPU seconds of ``scorers.analyse`` as the pipeline calls it, per pass over both corpora (the
    per-text caches emptied before each pass; a first untimed pass warms the per-word caches)."""
    from framing import pipeline as pipe

    docs = [(d, framing.load_spec(name)) for name in ("gaza-2012-2014", "ukraine-2014")
            for d in framing.load_corpus(ROOT / "corpora" / name)]
    spent = [0.0]
    analyse = scorers.analyse

    def timed(*a, **k):
        t = time.process_time()
        try:
            return analyse(*a, **k)
        finally:
            spent[0] += time.process_time() - t

    scorers.analyse = timed
    try:
        runs = []
        for i in range(repeat + 1):
            clear_text_caches()
            spent[0] = 0.0
            for d, spec in docs:
                pipe.analyze_document(d, spec)
            if i:
                runs.append(round(spent[0], 3))
    finally:
        scorers.analyse = analyse
    print(f"scorers.analyse in the pipeline, CPU s per pass over {len(docs)} documents: {runs}; best {min(runs)}")
    print(json.dumps({"documents": len(docs), "scorers_pipeline_s": runs, "best_s": min(runs)}))
    return 0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--pipeline", action="store_true",
                   help="instead: CPU of scorers.analyse inside framing.pipeline.analyze_document (with the "
                        "attribution component's rows and mentions), per pass over both corpora, best of --repeat")
    args = p.parse_args()
    if args.pipeline:
        return pipeline(args.repeat)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    docs = [(name, d) for name in ("gaza-2012-2014", "ukraine-2014") for d in framing.load_corpus(ROOT / "corpora" / name)]
    specs = {name: framing.load_spec(name) for name in ("gaza-2012-2014", "ukraine-2014")}
    segs = [(name, d, sentences(d.text)) for name, d in docs]
    texts = [s.text for *_, ss in segs for s in ss]
    ref = SentimentIntensityAnalyzer()
    t_ref = best(lambda: [ref.polarity_scores(t) for t in texts], args.repeat)
    t_vader = best(lambda: [vader.compound(t) for t in texts], args.repeat)
    for name, d, ss in segs[:60]:
        scorers.analyse(d, ss, specs[name], [], [])
    rest = [(name, d, ss, [s.text for s in ss]) for name, d, ss in segs[60:]]
    n_rest = sum(len(ss) for *_, ss, _ in rest)
    t_an = best(lambda: [scorers.analyse(d, ss, specs[name], [], []) for name, d, ss, _ in rest], args.repeat)
    mentions = [target.find_mentions(d.text, specs[name], ss) for name, d, ss, _ in rest]
    names = ("hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives")
    if hasattr(lexicon, "find_many"):
        def find_all(t):
            return lexicon.find_many(t, names)
    else:  # the code before the one-pass matcher (to measure "before" on an old checkout)
        def find_all(t):
            return [lexicon.find(t, n) for n in names]
    parts = {
        # each part alone, from cold per-text caches (so the shared tokenisation is counted in each)
        "lexicons": lambda: [find_all(t) for *_, ts in rest for t in ts],
        "sentence_features": lambda: [scorers._sentence_features(t) for *_, ts in rest for t in ts],
        "bias": lambda: [bias.sentence_bias(ts) for *_, ts in rest],
        "voice": lambda: [split_voice(d.text, ss, []) for _, d, ss, _ in rest],
        "find_mentions": lambda: [target.find_mentions(d.text, specs[name], ss) for name, d, ss, _ in rest],
        "target": lambda: [target.mention_sentiments(ss, ms, batch_scorer=target_model.target_scores)
                           for (_, _, ss, _), ms in zip(rest, mentions)],
    }
    res = {"sentences": len(texts), "reference_vader_us": round(t_ref / len(texts) * 1e6, 1),
           "framing_vader_us": round(t_vader / len(texts) * 1e6, 1),
           "scorers_analyse_us": round(t_an / n_rest * 1e6, 1)}
    for k, fn in parts.items():
        res[f"{k}_us"] = round(best(fn, args.repeat) / n_rest * 1e6, 1)
    print(f"CPU per sentence: reference VADER {res['reference_vader_us']} us, framing VADER {res['framing_vader_us']} us, "
          f"all scorers (scorers.analyse, {n_rest} sentences) {res['scorers_analyse_us']} us")
    print("  alone: " + ", ".join(f"{k} {res[f'{k}_us']} us" for k in parts))
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
