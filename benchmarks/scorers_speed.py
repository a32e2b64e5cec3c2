"""CPU cost per sentence of the scorers component (framing.scorers.analyse) against reference VADER.

Usage: python benchmarks/scorers_speed.py

Reads the bundled corpora (gaza-2012-2014, ukraine-2014), splits sentences once, then measures CPU
time (process time, so other jobs on the machine matter less) of: reference vaderSentiment on every
sentence; framing's VADER; and the whole per-document scorer work (lexicons, VADER, bias classifier,
voice split, party mentions and target sentiment), the first 60 documents warming the per-word caches.
Last line: JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import framing  # noqa: E402
from framing import scorers  # noqa: E402
from framing.scorers import vader  # noqa: E402
from framing.segment import sentences  # noqa: E402


def cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def main() -> int:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    docs = [(name, d) for name in ("gaza-2012-2014", "ukraine-2014") for d in framing.load_corpus(ROOT / "corpora" / name)]
    specs = {name: framing.load_spec(name) for name in ("gaza-2012-2014", "ukraine-2014")}
    segs = [(name, d, sentences(d.text)) for name, d in docs]
    texts = [s.text for *_, ss in segs for s in ss]
    ref = SentimentIntensityAnalyzer()
    t_ref = cpu(lambda: [ref.polarity_scores(t) for t in texts])
    vader._scores.cache_clear()
    t_vader = cpu(lambda: [vader.compound(t) for t in texts])
    for name, d, ss in segs[:60]:
        scorers.analyse(d, ss, specs[name], [], [])
    rest = segs[60:]
    n_rest = sum(len(ss) for *_, ss in rest)
    t_an = cpu(lambda: [scorers.analyse(d, ss, specs[name], [], []) for name, d, ss in rest])
    res = {"sentences": len(texts), "reference_vader_us": round(t_ref / len(texts) * 1e6, 1),
           "framing_vader_us": round(t_vader / len(texts) * 1e6, 1),
           "scorers_analyse_us": round(t_an / n_rest * 1e6, 1)}
    print(f"CPU per sentence: reference VADER {res['reference_vader_us']} us, framing VADER {res['framing_vader_us']} us, "
          f"all scorers (scorers.analyse, {n_rest} sentences) {res['scorers_analyse_us']} us")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
