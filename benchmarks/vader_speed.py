"""Throughput of framing's VADER against the reference vaderSentiment, and their agreement.

Usage: python benchmarks/vader_speed.py [--repeat 5]

Scores every sentence of the bundled corpora (gaza-2012-2014, ukraine-2014, karabakh-2023) with
both implementations, interleaved, best of ``--repeat`` runs each, on one core. Last line: JSON.
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
from framing.scorers import vader  # noqa: E402
from framing.segment import sentences  # noqa: E402


def main() -> int:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    sents = [s.text for name in ("gaza-2012-2014", "ukraine-2014", "karabakh-2023")
             for d in framing.load_corpus(ROOT / "corpora" / name) for s in sentences(d.text)]
    ref = SentimentIntensityAnalyzer()
    vader.compound("warm up")
    t_ref, t_ours, t_ours_full = [], [], []
    for _ in range(args.repeat):
        t = time.perf_counter(); r = [ref.polarity_scores(s)["compound"] for s in sents]; t_ref.append(time.perf_counter() - t)
        vader._scores.cache_clear()  # no help from the per-text cache: every sentence is scored afresh
        t = time.perf_counter(); o = [vader.compound(s) for s in sents]; t_ours.append(time.perf_counter() - t)
        vader._scores.cache_clear()
        t = time.perf_counter(); [vader.polarity_scores(s) for s in sents]; t_ours_full.append(time.perf_counter() - t)
    close = sum(abs(a - b) <= 1e-3 for a, b in zip(r, o)) / len(sents)
    exact = sum(a == b for a, b in zip(r, o)) / len(sents)
    res = {"sentences": len(sents), "reference_per_s": round(len(sents) / min(t_ref)),
           "framing_compound_per_s": round(len(sents) / min(t_ours)),
           "framing_polarity_scores_per_s": round(len(sents) / min(t_ours_full)),
           "speedup_compound": round(min(t_ref) / min(t_ours), 2),
           "speedup_polarity_scores": round(min(t_ref) / min(t_ours_full), 2),
           "within_1e-3": round(close, 5), "identical": round(exact, 5)}
    print(f"{len(sents)} sentences: reference {res['reference_per_s']}/s, framing compound {res['framing_compound_per_s']}/s "
          f"({res['speedup_compound']}x), polarity_scores {res['framing_polarity_scores_per_s']}/s "
          f"({res['speedup_polarity_scores']}x); compound within 1e-3: {close:.2%}, identical: {exact:.2%}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
