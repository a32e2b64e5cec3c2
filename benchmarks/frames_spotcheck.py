"""Draw a fixed random sample of frame rows from the bundled corpora for a manual voice check.

Usage::

    python benchmarks/frames_spotcheck.py [--n 30] [--seed 0]

Analyses corpora/karabakh-2023, corpora/gaza-2012-2014 and corpora/ukraine-2014 with their
built-in specs, then samples ``n`` frame rows (a third from each corpus; all of a corpus when it
has fewer) and prints each with its sentence, voice, speaker party and flags, as a Markdown
table for docs/evaluation.md (the verdict column is filled in by hand).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import framing

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("karabakh-2023", "gaza-2012-2014", "ukraine-2014")


def sample(n: int = 30, seed: int = 0) -> pd.DataFrame:
    parts = []
    per = n // len(CORPORA)
    extra = n - per * len(CORPORA)
    for i, name in enumerate(CORPORA):
        r = framing.analyze(ROOT / "corpora" / name, spec=name, jobs=1, progress=False)
        f = r.frames.merge(r.sentences[["doc_id", "sent_idx", "text"]].rename(columns={"text": "sentence"}),
                           on=["doc_id", "sent_idx"], how="left")
        k = min(len(f), per + (1 if i < extra else 0))
        parts.append(f.sample(n=k, random_state=seed).assign(corpus=name))
    return pd.concat(parts, ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    s = sample(args.n, args.seed)
    print("| # | corpus | cue (frame, owner) | voice | speaker | flags | sentence |")
    print("|---|---|---|---|---|---|---|")
    for i, r in s.iterrows():
        flags = ",".join(x for x in ("scare_quoted", "negated", "distanced") if bool(r[x])) or "-"
        sent = str(r["sentence"]).replace("|", "/").replace("\n", " ")
        if len(sent) > 220:
            pos = sent.find(str(r["text"]))
            lo = max(0, pos - 110)
            sent = ("…" if lo else "") + sent[lo:lo + 220] + "…"
        print(f"| {i + 1} | {r['corpus']} | {r['text']} ({r['frame']}, {r['owner']}) | {r['voice']} | "
              f"{r['speaker_party'] or '-'} | {flags} | {sent} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
