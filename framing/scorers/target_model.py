"""A small learned model of sentiment toward a target in a sentence (NewsMTSC), stored as JSON.

Features of one (sentence, target span): the words around the target weighted by distance, the
words just left and right of it, the words of its clause, VADER valences of nearby words (left,
right, in the clause), VADER compounds of the clause and the window (target masked) and of the sentence,
and cues of the target's role (sentence subject, inside a quotation, speaker of a reporting verb).
A multinomial logistic regression maps them to negative / neutral / positive. The model was fitted
on NewsMTSC ``train.jsonl`` only (Hamborg & Donnay 2021; MIT-style licence) and is shipped as
``framing/data/models/newsmtsc-target-v1.json.gz`` (vocabulary + coefficients, no pickle); model
card ``framing/data/models/newsmtsc-target.md``. Without the model file, :func:`target_score`
falls back to clause-scoped VADER (:func:`framing.scorers.target.clause_sentiment`).

Train again::

    python -m framing.scorers.target_model ../shared/datasets/newsmtsc/train.jsonl --write

>>> s = "Azerbaijan launched a brutal assault, while Armenia's leader pleaded for peace."
>>> target_score(s, 0, 10) < target_score(s, 44, 51)
True
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from . import vader
from .target import WINDOW as CONTEXT, clause_sentiment, clause_span

__all__ = ["TargetSentimentModel", "target_score", "target_scores", "target_proba", "features", "load_newsmtsc", "LABELS", "MODEL_FILE"]

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "newsmtsc-target-v1.json.gz"
_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_REPORT = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "claimed", "claims", "argued",
           "argues", "wrote", "writes", "insisted", "insists", "according", "explained", "noted", "warned", "asked"}
WINDOW = 4


@lru_cache(maxsize=1024)
def _tokens(text: str) -> list[tuple[int, int, str]]:
    low = text.lower().replace("’", "'")
    if len(low) == len(text):
        # lower-casing kept every offset: tokenise the lower-cased text once
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
    return [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(text)]


def _target_view(text: str, start: int, end: int) -> tuple[str, int, int, list, int, int, int, int]:
    """What both :func:`features` and the fast scorer read of one target: the text cut to
    :data:`~framing.scorers.target.WINDOW` characters either side (offsets shifted), its tokens, the
    first and last token of the target, and the target's clause."""
    if len(text) > 2 * CONTEXT:
        lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
        text, start, end = text[lo:hi], start - lo, end - lo
    toks = _tokens(text)
    inside = [i for i, (a, b, _) in enumerate(toks) if a < end and b > start]
    t0 = inside[0] if inside else next((i for i, (a, _, _) in enumerate(toks) if a >= start), len(toks))
    t1 = inside[-1] if inside else t0 - 1
    c0, c1 = clause_span(text, start, end)
    return text, start, end, toks, t0, t1, c0, c1


def features(text: str, start: int, end: int) -> dict[str, float]:
    """The feature dict of the target ``text[start:end]`` (see the module docstring).

    Only :data:`framing.scorers.target.WINDOW` characters either side of the target are read, so
    the cost per mention stays constant on very long sentences.
    """
    text, start, end, toks, t0, t1, c0, c1 = _target_view(text, start, end)
    lex = vader.lexicon()
    f: dict[str, float] = {"bias": 1.0}
    lex_left = lex_right = lex_clause = 0.0
    for i, (a, b, w) in enumerate(toks):
        if t0 <= i <= t1:
            continue
        d = t0 - i if i < t0 else i - t1
        f[f"w:{w}"] = f.get(f"w:{w}", 0.0) + 1.0 / (1.0 + 0.5 * d)
        if d <= WINDOW:
            f[f"{'L' if i < t0 else 'R'}:{w}"] = 1.0
        in_clause = a >= c0 and b <= c1
        if in_clause:
            f[f"C:{w}"] = 1.0
        v = lex.get(w)
        if v is not None:
            if in_clause:
                lex_clause += v
            if i < t0 and d <= 6:
                lex_left += v / (1 + 0.3 * d)
            elif i > t1 and d <= 6:
                lex_right += v / (1 + 0.3 * d)
    f["lex_left"] = lex_left / 4
    f["lex_right"] = lex_right / 4
    f["lex_clause"] = lex_clause / 4
    # The sentence's own compound is shared with the sentence scorers (cached); the clause and the
    # window are scored with the target masked.
    f["vader_sentence"] = vader.compound(text)
    clause = vader.compound(text[c0:start] + "X" + text[end:c1])
    f["vader_clause"] = clause if clause != 0.0 else f["vader_sentence"]
    lo = toks[max(0, t0 - 6)][0] if toks else 0
    hi = toks[min(len(toks) - 1, t1 + 6)][1] if toks else len(text)
    f["vader_window"] = vader.compound(text[lo:start] + " X " + text[end:hi])
    f["subject"] = float(t0 <= 1)
    f["quoted"] = float(text[:start].count("\"") % 2 == 1 or text[:start].count("“") > text[:start].count("”"))
    near = {w for _, _, w in toks[max(0, t0 - 2):t0] + toks[t1 + 1:t1 + 3]}
    f["speaker"] = float(bool(near & _REPORT))
    f["possessive"] = float(t1 + 1 < len(toks) and toks[t1 + 1][2] in ("'s", "'"))
    for k in ("vader_clause", "vader_sentence", "vader_window"):
        f[f"{k}_pos"] = max(0.0, f[k])
        f[f"{k}_neg"] = min(0.0, f[k])
    return f


class TargetSentimentModel:
    """DictVectorizer + multinomial logistic regression over :func:`features`.

    Parameters
    ----------
    C : float, default 0.1 (chosen on a 15% hold-out of train.jsonl)
        Inverse regularisation strength.
    """

    def __init__(self, C: float = 0.1) -> None:
        self.C = C

    def fit(self, items: Sequence[tuple[str, int, int]], y: Sequence[int]) -> "TargetSentimentModel":
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        feats = [features(*it) for it in items]
        self.vec_ = DictVectorizer().fit(feats)
        X = self.vec_.transform(feats)
        self.clf_ = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced").fit(X, y)
        return self

    def _matrix(self, feats: list[dict[str, float]]):
        # DictVectorizer.transform, without its per-value type checks (the features are floats).
        import scipy.sparse as sp

        vocab = self.vec_.vocabulary_
        indptr, indices, values = [0], [], []
        for f in feats:
            for k, v in f.items():
                j = vocab.get(k)
                if j is not None:
                    indices.append(j)
                    values.append(v)
            indptr.append(len(indices))
        return sp.csr_matrix((values, indices, indptr), shape=(len(feats), len(vocab)))

    def predict_proba(self, items: Iterable[tuple[str, int, int]]) -> np.ndarray:
        feats = [features(*it) for it in items]
        if not feats:
            return np.zeros((0, 3))
        return self.clf_.predict_proba(self._matrix(feats))

    def predict(self, items: Iterable[tuple[str, int, int]]) -> np.ndarray:
        return self.predict_proba(items).argmax(axis=1)

    def to_dict(self, min_abs: float = 1e-4) -> dict:
        names = self.vec_.feature_names_
        coef = self.clf_.coef_
        keep = [j for j in range(len(names)) if np.abs(coef[:, j]).max() >= min_abs]
        return {"format": "framing-target-model", "version": 1, "C": self.C, "labels": list(LABELS),
                "features": [names[j] for j in keep],
                "coef": [[round(float(coef[k, j]), 5) for j in keep] for k in range(coef.shape[0])],
                "intercept": [float(x) for x in self.clf_.intercept_]}

    @classmethod
    def from_dict(cls, d: dict) -> "TargetSentimentModel":
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        if d.get("format") != "framing-target-model":
            raise ValueError(f"not a framing target model (format={d.get('format')!r})")
        m = cls(C=d["C"])
        vec = DictVectorizer()
        vec.feature_names_ = list(d["features"])
        vec.vocabulary_ = {n: i for i, n in enumerate(vec.feature_names_)}
        m.vec_ = vec
        clf = LogisticRegression()
        clf.classes_ = np.arange(len(d["labels"]))
        clf.coef_ = np.asarray(d["coef"], dtype=float)
        clf.intercept_ = np.asarray(d["intercept"], dtype=float)
        m.clf_ = clf
        return m


class _FastTarget:
    """The shipped model scored without feature dicts: the same features as :func:`features`, but
    each word's feature columns (``w:``, ``L:``, ``R:``, ``C:``) are looked up once per distinct
    word and the logits are summed directly from the coefficients (same probabilities up to float
    rounding)."""

    _DENSE = ("bias", "lex_left", "lex_right", "lex_clause", "vader_sentence", "vader_clause", "vader_window",
              "subject", "quoted", "speaker", "possessive", "vader_clause_pos", "vader_clause_neg",
              "vader_sentence_pos", "vader_sentence_neg", "vader_window_pos", "vader_window_neg")

    def __init__(self, d: dict) -> None:
        # built from the model file's dict, so scoring never imports scikit-learn (about a second of
        # CPU per process); the numbers are those of :meth:`TargetSentimentModel.from_dict`
        coef = np.asarray(d["coef"], dtype=float)
        self.vocab = {n: i for i, n in enumerate(d["features"])}
        # one extra zero column for features the model does not know
        self.W = np.vstack([coef.T, np.zeros((1, coef.shape[0]))])
        self.b = np.asarray(d["intercept"], dtype=float)
        self.missing = len(self.vocab)
        self.dense = [self.vocab.get(k, self.missing) for k in self._DENSE]
        self._words: dict[str, tuple[int, int, int, int]] = {}

    def _word(self, w: str) -> tuple[int, int, int, int]:
        got = self._words.get(w)
        if got is None:
            v, m = self.vocab, -1
            got = (v.get("w:" + w, m), v.get("L:" + w, m), v.get("R:" + w, m), v.get("C:" + w, m))
            if len(self._words) < 200_000:
                self._words[w] = got
        return got

    def _columns(self, text: str, start: int, end: int, idx: list[int], val: list[float]) -> None:
        """Append the (column, value) pairs of one target to ``idx``/``val`` (as :func:`features`)."""
        text, start, end, toks, t0, t1, c0, c1 = _target_view(text, start, end)
        lex = vader.lexicon()
        ones: set[int] = set()
        lex_left = lex_right = lex_clause = 0.0
        cached = self._words
        for i, (a, b, w) in enumerate(toks):
            if t0 <= i <= t1:
                continue
            d = t0 - i if i < t0 else i - t1
            jw, jl, jr, jc = cached[w] if w in cached else self._word(w)
            if jw >= 0:
                idx.append(jw)
                val.append(1.0 / (1.0 + 0.5 * d))
            if d <= WINDOW:
                j = jl if i < t0 else jr
                if j >= 0:
                    ones.add(j)
            in_clause = a >= c0 and b <= c1
            if in_clause and jc >= 0:
                ones.add(jc)
            v = lex.get(w)
            if v is not None:
                if in_clause:
                    lex_clause += v
                if i < t0 and d <= 6:
                    lex_left += v / (1 + 0.3 * d)
                elif i > t1 and d <= 6:
                    lex_right += v / (1 + 0.3 * d)
        idx.extend(ones)
        val.extend([1.0] * len(ones))
        sent = vader.compound(text)
        clause = vader.compound(text[c0:start] + "X" + text[end:c1])
        if clause == 0.0:
            clause = sent
        lo = toks[max(0, t0 - 6)][0] if toks else 0
        hi = toks[min(len(toks) - 1, t1 + 6)][1] if toks else len(text)
        window = vader.compound(text[lo:start] + " X " + text[end:hi])
        before = text[:start]
        quoted = float(before.count("\"") % 2 == 1 or before.count("“") > before.count("”"))
        near = {w for _, _, w in toks[max(0, t0 - 2):t0] + toks[t1 + 1:t1 + 3]}
        idx.extend(self.dense)
        val.extend((1.0, lex_left / 4, lex_right / 4, lex_clause / 4, sent, clause, window, float(t0 <= 1), quoted,
                    float(bool(near & _REPORT)), float(t1 + 1 < len(toks) and toks[t1 + 1][2] in ("'s", "'")),
                    max(0.0, clause), min(0.0, clause), max(0.0, sent), min(0.0, sent), max(0.0, window),
                    min(0.0, window)))

    def predict_proba(self, items: Sequence[tuple[str, int, int]]) -> np.ndarray:
        if not items:
            return np.zeros((0, len(self.b)))
        idx: list[int] = []
        val: list[float] = []
        lens = []
        for it in items:
            n0 = len(idx)
            self._columns(*it, idx, val)
            lens.append(len(idx) - n0)
        rows = np.repeat(np.arange(len(items)), lens)
        contrib = self.W[np.asarray(idx)] * np.asarray(val)[:, None]
        z = np.stack([np.bincount(rows, contrib[:, k], minlength=len(items)) for k in range(len(self.b))], axis=1)
        z += self.b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def _model_dict() -> dict | None:
    res = resources.files("framing") / "data" / "models" / MODEL_FILE
    if not res.is_file():
        return None
    return json.loads(gzip.decompress(res.read_bytes()))


@lru_cache(maxsize=1)
def _fast() -> _FastTarget | None:
    d = _model_dict()
    return None if d is None else _FastTarget(d)


@lru_cache(maxsize=1)
def _model() -> TargetSentimentModel | None:
    """The shipped model as scikit-learn objects (for training and checks; scoring uses :func:`_fast`)."""
    d = _model_dict()
    return None if d is None else TargetSentimentModel.from_dict(d)


def target_proba(text: str, start: int, end: int) -> dict[str, float]:
    """Probabilities of negative / neutral / positive treatment of the target ``text[start:end]``."""
    model = _fast()
    if model is None:
        s = clause_sentiment(text, start, end)
        return {"negative": float(s < -0.05), "neutral": float(-0.05 <= s <= 0.05), "positive": float(s > 0.05)}
    p = model.predict_proba([(text, start, end)])[0]
    return dict(zip(LABELS, map(float, p)))


def target_score(text: str, start: int, end: int) -> float:
    """Sentiment toward the target in [-1, 1]: P(positive) − P(negative) (clause VADER without a model)."""
    model = _fast()
    if model is None:
        return clause_sentiment(text, start, end)
    p = model.predict_proba([(text, start, end)])[0]
    return round(float(p[2] - p[0]), 4)


def target_scores(items: Sequence[tuple[str, int, int]]) -> list[float]:
    """:func:`target_score` of many ``(sentence, start, end)`` items in one batch (faster)."""
    items = list(items)
    model = _fast()
    if model is None:
        return [clause_sentiment(*it) for it in items]
    if not items:
        return []
    p = model.predict_proba(items)
    return [round(float(x), 4) for x in p[:, 2] - p[:, 0]]


def load_newsmtsc(path: str | Path) -> tuple[list[tuple[str, int, int]], np.ndarray]:
    """(sentence, from, to) items and labels (0 neg, 1 neu, 2 pos) of a NewsMTSC jsonl file."""
    items, y = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["sentence_normalized"]
            for t in rec["targets"]:
                items.append((text, int(t["from"]), int(t["to"])))
                y.append(_POLARITY[float(t["polarity"])])
    return items, np.asarray(y)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m framing.scorers.target_model")
    p.add_argument("train", help="NewsMTSC train.jsonl")
    p.add_argument("--C", type=float, default=0.1)
    p.add_argument("--write", action="store_true", help="write the model into framing/data/models/")
    args = p.parse_args(argv)
    items, y = load_newsmtsc(args.train)
    model = TargetSentimentModel(C=args.C).fit(items, y)
    blob = gzip.compress(json.dumps(model.to_dict(), separators=(",", ":")).encode(), mtime=0)
    if args.write:
        out = Path(str(resources.files("framing") / "data" / "models" / MODEL_FILE))
        out.write_bytes(blob)
        print(f"wrote {out} ({len(blob) / 1e6:.2f} MB, {len(model.to_dict()['features'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
