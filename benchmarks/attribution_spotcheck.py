"""Draw a fixed random sample of attributions from the bundled corpora for a manual check.

Usage::

    python benchmarks/attribution_spotcheck.py [--n 30] [--seed 0] [--context 600]

Analyses corpora/gaza-2012-2014 and corpora/ukraine-2014 with their built-in specs and draws
``random.Random(seed).sample(rows, n)`` over their attribution rows (gaza first, then ukraine, in
table order), the protocol of every attribution spot check in docs/evaluation.md. Each row is
printed with its speaker, party, cue, kind and content, then the article text around it
(``--context`` characters before the earliest span and after the content), so a reviewer can
judge speaker, party, cue, kind and content boundaries. The verdicts are written by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

import framing

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("gaza-2012-2014", "ukraine-2014")


def sample(n: int = 30, seed: int = 0) -> list[tuple[str, dict[str, Any], str]]:
    """``(corpus, attribution row, document text)`` for ``n`` rows drawn with ``seed``."""
    rows: list[tuple[str, dict[str, Any]]] = []
    texts: dict[tuple[str, str], str] = {}
    for name in CORPORA:
        corpus = framing.load_corpus(ROOT / "corpora" / name)
        result = framing.analyze(corpus, spec=name, jobs=1, progress=False)
        rows += [(name, a) for a in result.attributions.to_dict("records")]
        texts.update(((name, d.id), d.text) for d in corpus)
    drawn = random.Random(seed).sample(rows, min(n, len(rows)))
    return [(name, a, texts[(name, a["doc_id"])]) for name, a in drawn]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--context", type=int, default=600, help="characters of article text shown around each row")
    args = ap.parse_args(argv)
    for i, (name, a, text) in enumerate(sample(args.n, args.seed), 1):
        first = min(p for p in (a["start"], a["speaker_start"], a["cue_start"]) if p >= 0)
        lo, hi = max(0, first - args.context), min(len(text), a["end"] + args.context // 2)
        print(f"## {i}. {name} · {a['doc_id']}")
        joint = f" · joint speaker of {a['joint']}" if a.get("joint") else ""
        print(f"speaker: {a['speaker']!r} (name {a.get('speaker_name', '')!r}, via {a.get('via', '') or '-'}) → party "
              f"{a['party'] or '(none)'!r}{joint} · cue {a['cue']!r} ({a['cue_class']}) · {a['kind']}")
        print(f"content: {a['content']!r}")
        print(f"context: …{text[lo:hi]}…\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
