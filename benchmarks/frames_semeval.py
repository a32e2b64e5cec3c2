"""Evaluate the spec-free MFC frame tools on SemEval-2023 Task 3 subtask 2 (English), 5-fold CV.

Usage::

    python benchmarks/frames_semeval.py [DATA_DIR] [--folds 5] [--seed 0]

DATA_DIR defaults to ``../shared/datasets/semeval2023_task3_frames`` (see its SOURCE.md: 433
English training articles, article-level multi-label frames, research use only, never copied
into the repository). For each fold the tools are fitted on the other four folds:

* ``lexicon``: :class:`framing.frames.mfc.MFCLexiconScorer`, per-dimension rate thresholds
  learned on the training folds (the lexicon itself is fixed, hand-written);
* ``classifier``: :class:`framing.frames.mfc.MFCClassifier` (TF-IDF + lexicon rates, one
  logistic regression per frame);
* ``prior``: a baseline that predicts every frame present in at least half of the training
  articles.

Prints micro- and macro-F1 over the pooled out-of-fold predictions (and the mean of the folds),
then per-frame F1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import KFold

from framing.frames.mfc import DIMENSIONS, MFCClassifier, MFCLexiconScorer

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "semeval2023_task3_frames"


def load(data_dir: Path, language: str = "en") -> tuple[list[str], np.ndarray, list[str]]:
    """Article texts, the 0/1 label matrix (columns DIMENSIONS) and article ids."""
    labels_file = data_dir / language / "train-labels-subtask-2.txt"
    articles = data_dir / language / "train-articles-subtask-2"
    if not labels_file.exists():
        raise SystemExit(f"{labels_file}: not found (is {data_dir} the semeval2023_task3_frames folder?)")
    ids, texts, rows = [], [], []
    for line in labels_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art, _, labs = line.partition("\t")
        path = articles / f"article{art}.txt"
        if not path.exists():
            continue
        labels = {x.strip() for x in labs.split(",") if x.strip()}
        unknown = labels - set(DIMENSIONS)
        if unknown:
            raise SystemExit(f"{labels_file}: article {art} has unknown labels {sorted(unknown)}")
        ids.append(art)
        texts.append(path.read_text(encoding="utf-8"))
        rows.append([int(d in labels) for d in DIMENSIONS])
    return texts, np.array(rows, dtype=int), ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    texts, Y, _ = load(Path(args.data_dir))
    print(f"SemEval-2023 Task 3 subtask 2, English: {len(texts)} articles, {Y.sum()} labels "
          f"({Y.sum() / len(texts):.2f} per article), {args.folds}-fold CV (KFold, shuffle, seed {args.seed})")
    kf = KFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    preds = {name: np.zeros_like(Y) for name in ("prior", "lexicon", "classifier")}
    per_fold: dict[str, list[tuple[float, float]]] = {name: [] for name in preds}
    for train, test in kf.split(texts):
        tr = [texts[i] for i in train]
        te = [texts[i] for i in test]
        prior = (Y[train].mean(axis=0) >= 0.5).astype(int)
        preds["prior"][test] = np.tile(prior, (len(test), 1))
        preds["lexicon"][test] = MFCLexiconScorer().fit(tr, Y[train]).predict(te)
        preds["classifier"][test] = MFCClassifier(classes=DIMENSIONS).fit(tr, Y[train]).predict(te)
        for name in preds:
            p = preds[name][test]
            per_fold[name].append((f1_score(Y[test], p, average="micro", zero_division=0),
                                   f1_score(Y[test], p, average="macro", zero_division=0)))
    print(f"\n{'tool':<12}{'micro-F1':>10}{'macro-F1':>10}   {'fold mean micro':>16}{'fold mean macro':>16}")
    for name, p in preds.items():
        f = np.array(per_fold[name])
        print(f"{name:<12}{f1_score(Y, p, average='micro', zero_division=0):>10.3f}"
              f"{f1_score(Y, p, average='macro', zero_division=0):>10.3f}   "
              f"{f[:, 0].mean():>9.3f} ± {f[:, 0].std():.3f}{f[:, 1].mean():>9.3f} ± {f[:, 1].std():.3f}")
    print(f"\n{'frame':<46}{'n':>5}{'lexicon':>9}{'classifier':>11}")
    for j, d in enumerate(DIMENSIONS):
        print(f"{d:<46}{Y[:, j].sum():>5}"
              f"{f1_score(Y[:, j], preds['lexicon'][:, j], zero_division=0):>9.3f}"
              f"{f1_score(Y[:, j], preds['classifier'][:, j], zero_division=0):>11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
