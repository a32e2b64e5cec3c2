"""Sentiment toward a target on NewsMTSC: per-class F1 and macro-F1.

Usage: python benchmarks/target_sentiment_newsmtsc.py FILE.jsonl [--train TRAIN.jsonl] [--shipped]

FILE is the evaluation file (devtest_mt.jsonl). The model is fitted on TRAIN (default: train.jsonl
beside FILE) only, exactly as the shipped model; ``--shipped`` evaluates the model file in the
package instead of refitting. Also prints the clause-scoped VADER baseline. Last line: one JSON
object with key macro_f1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from framing.scorers.target import clause_sentiment  # noqa: E402
from framing.scorers.target_model import LABELS, TargetSentimentModel, _model, load_newsmtsc  # noqa: E402


def report(name: str, y, pred) -> dict:
    per = f1_score(y, pred, average=None, labels=[0, 1, 2])
    macro = float(f1_score(y, pred, average="macro"))
    print(f"{name}: " + "  ".join(f"F1_{lab} {v:.4f}" for lab, v in zip(LABELS, per)) + f"  macro-F1 {macro:.4f}"
          f"  accuracy {float(np.mean(np.asarray(pred) == y)):.4f}")
    return {"macro_f1": round(macro, 4), **{f"f1_{lab}": round(float(v), 4) for lab, v in zip(LABELS, per)}}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", help="evaluation jsonl (NewsMTSC devtest_mt.jsonl)")
    p.add_argument("--train", default=None, help="training jsonl (default: train.jsonl beside FILE)")
    p.add_argument("--shipped", action="store_true", help="evaluate the shipped model file instead of refitting")
    args = p.parse_args()
    items, y = load_newsmtsc(args.file)
    print(f"{args.file}: {len(y)} targets (neg {int((y == 0).sum())}, neu {int((y == 1).sum())}, pos {int((y == 2).sum())})")
    base = [0 if s < -0.05 else 2 if s > 0.05 else 1 for s in (clause_sentiment(*it) for it in items)]
    baseline = report("clause-scoped VADER (no learning)", y, base)
    t0 = time.time()
    if args.shipped:
        model = _model()
        how = "shipped model"
    else:
        train = Path(args.train) if args.train else Path(args.file).with_name("train.jsonl")
        tr_items, tr_y = load_newsmtsc(train)
        model = TargetSentimentModel().fit(tr_items, tr_y)
        how = f"model fitted on {train.name} ({len(tr_y)} targets)"
    res = report(how, y, model.predict(items))
    res.update({"baseline_clause_vader_macro_f1": baseline["macro_f1"], "n": int(len(y)),
                "seconds": round(time.time() - t0, 1), "model": how})
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
