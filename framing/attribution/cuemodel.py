"""A learned cue detector: which words frame someone's statement, beyond the reporting-verb lexicon.

A logistic regression over sparse token features (the lower-cased word, a crude stem, its lexicon
class, the neighbouring words, shape and punctuation context, whether it sits inside a quotation),
fitted with scikit-learn on the PolNeAR *train* split and shipped as plain JSON (feature -> weight,
intercept, threshold): ``framing/data/models/attribution-cues-v1.json.gz``. Scoring is one sparse dot
product per word (a dict lookup per feature), so it stays linear in the length of the text.
With ``extract(..., model=True)`` the extractor (:mod:`framing.attribution.extract`) uses it to add
cues the lexicon does not list ("acknowledged", "refused", "issued a statement"); it is off by default
because the added attributions are too often beliefs or non-speech (see the model card).

Refit (and rewrite the model file and its metrics)::

    python -m framing.attribution.cuemodel ../shared/datasets/polnear/data/train --write

>>> m = cue_model()
>>> [text for _, _, text, p in m.cues("The senator acknowledged the mistake on Friday.") if p >= m.threshold]
['acknowledged']
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from ..models import model_checksum, model_file, read_model
from .cues import read_entries
from .quotes import find_quotes

__all__ = ["CueModel", "cue_model", "MODEL_NAME", "tokens", "features"]

#: File name (without ``.json.gz``) of the shipped model in ``framing/data/models``.
MODEL_NAME = "attribution-cues-v1"

_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens ``(start, end, text)``.

    >>> [t for _, _, t in tokens("He said, “no.”")]
    ['He', 'said', ',', '“', 'no', '.', '”']
    """
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _stem(w: str) -> str:
    for suf in ("ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=1)
def _lexicon_classes() -> dict[str, str]:
    """Every single-word lexicon form (all types) -> "type:class"."""
    out: dict[str, str] = {}
    for e in read_entries():
        if " " not in e.form:
            out.setdefault(e.form.lower(), f"{e.type}:{e.cls}")
    return out


def _shape(t: str) -> str:
    if t[:1].isupper():
        return "X"
    if t[:1].isalpha():
        return "x"
    if t[:1].isdigit():
        return "d"
    return t if t in ",.:;“”\"‘’'—–-()?!" else "p"


def features(text: str, toks: Sequence[tuple[int, int, str]] | None = None) -> Iterator[tuple[int, list[str]]]:
    """Feature strings of each word token: ``(token index, [feature, ...])``.

    >>> f = dict(features("Officials said so."))
    >>> "w=said" in f[1] and "lex=speech:neutral" in f[1] and "p1=officials" in f[1]
    True
    """
    toks = tokens(text) if toks is None else toks
    lex = _lexicon_classes()
    quotes = find_quotes(text)
    inq = [False] * len(toks)
    qi = 0
    for i, (s, _, _) in enumerate(toks):
        while qi < len(quotes) and quotes[qi].end <= s:
            qi += 1
        inq[i] = qi < len(quotes) and quotes[qi].start < s
    low = [t.lower() for _, _, t in toks]
    shapes = [_shape(t) for _, _, t in toks]
    n = len(toks)
    last_break = -1  # index of the last sentence-ending token
    for i, (s, e, t) in enumerate(toks):
        if not t[:1].isalnum():
            if t in ".?!":
                last_break = i
            continue
        w = low[i]
        st = _stem(w)
        p1 = low[i - 1] if i >= 1 else "<s>"
        p2 = low[i - 2] if i >= 2 else "<s>"
        n1 = low[i + 1] if i + 1 < n else "</s>"
        n2 = low[i + 2] if i + 2 < n else "</s>"
        cls = lex.get(w, "none")
        f = [
            "b", f"w={w}", f"st={st}", f"lex={cls}", f"sh={shapes[i]}", f"suf={w[-3:]}",
            f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}",
            f"p1st={_stem(p1)}", f"n1st={_stem(n1)}",
            f"psh={shapes[i - 1] if i else '<s>'}", f"nsh={shapes[i + 1] if i + 1 < n else '</s>'}",
            f"st|n1={st}|{n1}", f"p1|st={p1}|{st}", f"lex|n1={cls}|{n1}", f"p1|lex={p1}|{cls}",
            f"lex|nsh={cls}|{shapes[i + 1] if i + 1 < n else '</s>'}",
            f"q={int(inq[i])}", f"first={int(i == last_break + 1)}",
        ]
        if i - last_break <= 2:
            f.append(f"pos={i - last_break}")
        if inq[i]:
            f.append(f"q|w={w}")
        yield i, f


class CueModel:
    """Stored weights of the cue classifier, scored by sparse dot products.

    Parameters
    ----------
    weights : dict of str to float
        Feature -> coefficient (features as produced by :func:`features`).
    intercept : float
    threshold : float
        Probability above which a word is taken as a cue (picked on held-out train documents).
    meta : dict, optional
        Data, metrics and training settings (kept for the model card).
    """

    def __init__(self, weights: dict[str, float], intercept: float, threshold: float, meta: dict | None = None):
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold
        self.meta = meta or {}

    def cues(self, text: str, toks: Sequence[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str, float]]:
        """Every word with its cue probability: ``(start, end, word, probability)``.

        Adjacent words over the threshold are not merged here; see :meth:`spans`.
        """
        toks = tokens(text) if toks is None else toks
        w = self.weights
        out = []
        for i, feats in features(text, toks):
            z = self.intercept + sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            s, e, t = toks[i]
            out.append((s, e, t, p))
        return out

    def spans(self, text: str, threshold: float | None = None) -> list[tuple[int, int, float]]:
        """Cue spans: runs of adjacent words over ``threshold`` (default: the model's), with their best probability.

        >>> [(s, e) for s, e, _ in cue_model().spans("Clinton acknowledged the mistake.")]
        [(8, 20)]
        """
        t = self.threshold if threshold is None else threshold
        out: list[tuple[int, int, float]] = []
        prev_end = -10
        for s, e, _, p in self.cues(text):
            if p < t:
                continue
            if out and not text[prev_end:s].strip():
                a, _, q = out[-1]
                out[-1] = (a, e, max(p, q))
            else:
                out.append((s, e, p))
            prev_end = e
        return out

    def to_json(self) -> dict:
        return {"name": MODEL_NAME, "intercept": self.intercept, "threshold": self.threshold,
                "weights": self.weights, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> "CueModel":
        if data.get("name") != MODEL_NAME:
            raise ValueError(f"model file is {data.get('name')!r}, expected {MODEL_NAME!r}")
        return cls(dict(data["weights"]), float(data["intercept"]), float(data["threshold"]), data.get("meta", {}))


def model_path():
    """The shipped model file (an importlib.resources traversable)."""
    return model_file(f"{MODEL_NAME}.json.gz")


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """The shipped model (loaded once)."""
    return CueModel.from_json(read_model(f"{MODEL_NAME}.json.gz"))


def checksum() -> str:
    """SHA-256 of the shipped model file."""
    return model_checksum(f"{MODEL_NAME}.json.gz")


# ----------------------------------------------------------------------------------------------
# training (PolNeAR brat files)


def read_brat(split_dir: Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """``(name, text, gold cue fragments)`` per article; the first annotation file (sorted) is gold."""
    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        anns[ann.stem.rsplit("_", 1)[0]].append(ann)
    out = []
    for txt in sorted((split_dir / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        cues = []
        for line in anns[txt.stem][0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t", 2)
            if not line.startswith("T") or len(parts) < 2 or not parts[1].startswith("Cue "):
                continue
            for frag in parts[1].split(" ", 1)[1].split(";"):
                a, b = frag.split()
                cues.append((int(a), int(b)))
        out.append((txt.stem, txt.read_text(encoding="utf-8"), cues))
    return out


def _examples(docs):
    rows, ys, groups = [], [], []
    for g, (_, text, cues) in enumerate(docs):
        toks = tokens(text)
        marked = [False] * len(text)
        for a, b in cues:
            for k in range(a, min(b, len(text))):
                marked[k] = True
        for i, feats in features(text, toks):
            s, e, _ = toks[i]
            rows.append(feats)
            ys.append(int(any(marked[s:e])))
            groups.append(g)
    return rows, ys, groups


def fit(docs, C: float = 0.5, min_count: int = 3, min_weight: float = 0.05) -> CueModel:
    """Fit a model on ``docs`` (as from :func:`read_brat`)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, ys, _ = _examples(docs)
    counts = Counter(f for r in rows for f in r)
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    indptr, indices = [0], []
    for r in rows:
        indices.extend(index[f] for f in dict.fromkeys(r) if f in index)
        indptr.append(len(indices))
    X = csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)),
                   shape=(len(rows), len(names)))
    clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    clf.fit(X, np.array(ys))
    weights = {str(n): round(float(c), 5) for n, c in zip(names, clf.coef_[0]) if abs(c) >= min_weight}
    return CueModel(weights, round(float(clf.intercept_[0]), 5), 0.5)


def _evaluate(docs, threshold: float) -> dict[str, float]:
    """End-to-end span scores (the benchmark's matching) of the extractor on ``docs``."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.attribution_polnear import add_counts, new_counts, parse_ann, predict, scores  # type: ignore

    from ..spec import load_spec
    from .cues import DEFAULT_TYPES

    spec = load_spec("karabakh-2023")
    counts = new_counts()
    for _, text, _, ann in docs:
        add_counts(counts, parse_ann(ann), predict(text, spec, DEFAULT_TYPES, merge=True, model=True))
    return scores(counts)


def main(argv: list[str] | None = None) -> CueModel:
    ap = argparse.ArgumentParser(description="Fit the attribution cue model on PolNeAR train (never dev).")
    ap.add_argument("train_dir", help="PolNeAR data/train folder (text/ and attributions/)")
    ap.add_argument("--write", action="store_true", help="write framing/data/models/" + MODEL_NAME + ".json.gz")
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--thresholds", default="0.2,0.3,0.4,0.5,0.6,0.7")
    ap.add_argument("--out", help="write the model here instead of the package's data folder")
    args = ap.parse_args(argv)
    base = Path(args.train_dir)
    if base.name in ("dev", "test"):
        ap.error(f"{base}: the model is fitted on the train split only")
    docs = read_brat(base)
    print(f"{len(docs)} train articles", file=sys.stderr)
    # held-out fifth of train (every fifth article) picks the threshold end to end
    fit_docs = [d for k, d in enumerate(docs) if k % 5]
    held = [d for k, d in enumerate(docs) if not k % 5]
    anns = {a.stem.rsplit("_", 1)[0]: a for a in sorted((base / "attributions").glob("*.ann"), reverse=True)}
    held4 = [(n, t, c, anns[n]) for n, t, c in held]
    model = fit(fit_docs, C=args.C)
    from framing.attribution import cuemodel as me

    results = {}
    for t in [float(x) for x in args.thresholds.split(",")]:
        model.threshold = t
        me._override = model
        results[t] = _evaluate(held4, t)
        print(f"threshold {t}: {json.dumps(results[t], sort_keys=True)}", file=sys.stderr)
    me._override = "off"
    base_scores = _evaluate(held4, 1.0)
    print(f"rules only: {json.dumps(base_scores, sort_keys=True)}", file=sys.stderr)
    me._override = None
    best = max(results, key=lambda t: (results[t]["content_f1"], -t))
    final = fit(docs, C=args.C)
    final.threshold = best
    final.meta = {
        "data": "PolNeAR v1.0.0 train split (840 articles, first annotation file per article)",
        "licence": "PolNeAR: no licence stated, research use",
        "method": f"scikit-learn LogisticRegression(C={args.C}, liblinear) on binary token features; "
                  "features seen fewer than 3 times dropped, weights under 0.05 in absolute value dropped",
        "threshold_selection": "end-to-end content F1 on every fifth train article, model fitted on the other four fifths",
        "heldout_rules_only": base_scores,
        "heldout_by_threshold": {str(k): v for k, v in results.items()},
        "threshold": best,
        "n_features": len(final.weights),
    }
    print(f"best threshold {best}; {len(final.weights)} features", file=sys.stderr)
    if args.write:
        out = Path(args.out) if args.out else Path(__file__).resolve().parents[1] / "data" / "models" / f"{MODEL_NAME}.json.gz"
        payload = json.dumps(final.to_json(), sort_keys=True, ensure_ascii=False).encode("utf-8")
        out.write_bytes(gzip.compress(payload, mtime=0))
        print(f"wrote {out}", file=sys.stderr)
    return final


#: Test/training hook: a model object to use instead of the shipped file, or "off" for rules only.
_override: "CueModel | str | None" = None


def active_model() -> CueModel | None:
    """The model the extractor uses (the shipped one unless overridden during training)."""
    if _override == "off":
        return None
    if _override is not None and hasattr(_override, "spans"):
        return _override
    try:
        return cue_model()
    except FileNotFoundError:
        return None


if __name__ == "__main__":
    main()
