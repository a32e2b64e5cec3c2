"""5-fold cross-validated macro-F1 and ROC-AUC of the sentence-bias classifier on BABE SG2.

Usage: python benchmarks/sentence_bias_babe.py [../shared/datasets/babe_mbic] [--folds 5] [--seed 0]

Each fold fits :class:`framing.scorers.bias.BiasModel` on the other folds only (stratified folds).
Also reports the shipped model's JSON round trip (probabilities equal to the fitted model's).
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from framing.scorers.bias import BiasModel, load_babe  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/datasets/babe_mbic"))
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    texts, y = load_babe(args.folder)
    texts = np.array(texts, dtype=object)
    print(f"BABE SG2: {len(y)} sentences ({int(y.sum())} biased)")
    f1s, aucs = [], []
    t0 = time.time()
    for k, (tr, te) in enumerate(StratifiedKFold(args.folds, shuffle=True, random_state=args.seed).split(texts, y)):
        model = BiasModel().fit(list(texts[tr]), y[tr])
        prob = model.predict_proba(list(texts[te]))
        if k == 0:
            back = BiasModel.from_dict(json.loads(json.dumps(model.to_dict())))
            drift = float(np.max(np.abs(back.predict_proba(list(texts[te])) - prob)))
        f1s.append(f1_score(y[te], prob >= 0.5, average="macro"))
        aucs.append(roc_auc_score(y[te], prob))
        print(f"fold {k + 1}: macro-F1 {f1s[-1]:.4f}  ROC-AUC {aucs[-1]:.4f}")
    res = {"macro_f1": round(float(np.mean(f1s)), 4), "macro_f1_sd": round(float(np.std(f1s)), 4),
           "roc_auc": round(float(np.mean(aucs)), 4), "roc_auc_sd": round(float(np.std(aucs)), 4),
           "folds": args.folds, "n": int(len(y)), "json_roundtrip_max_abs_diff": drift,
           "seconds": round(time.time() - t0, 1)}
    print(f"mean: macro-F1 {res['macro_f1']:.4f} ± {res['macro_f1_sd']:.4f}; ROC-AUC {res['roc_auc']:.4f} ± {res['roc_auc_sd']:.4f}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
