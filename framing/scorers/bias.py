"""Sentence-bias classifier trained on BABE (Spinde et al. 2021), shipped as plain JSON (no pickle).

A scikit-learn model: TF-IDF of word 1–2-grams and character 2–5-grams (within word boundaries),
plus the package's lexicon counts and VADER scores, into a logistic regression. The fitted state
(vocabularies, idf weights, coefficients, feature scaling) is stored as JSON in
``framing/data/models/babe-bias-v1.json.gz`` and rebuilt into scikit-learn objects on load, so
loading the model never runs pickled code. Model card: ``framing/data/models/babe-bias.md``.

Train it again (reads BABE's ``final_labels_SG2.csv``; never shipped)::

    python -m framing.scorers.bias ../shared/datasets/babe_mbic --write

>>> p = sentence_bias(["The senator's vile, racist tirade shocked everyone.", "The meeting is on Tuesday."])
>>> bool(p[0] > 0.5 > p[1])
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

__all__ = ["sentence_bias", "BiasModel", "train", "load_babe", "MODEL_FILE", "LEXICON_FEATURES"]

MODEL_FILE = "babe-bias-v1.json.gz"
LEXICON_FEATURES = ("hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives")
WORD_PARAMS = dict(ngram_range=(1, 2), min_df=2, max_features=30000, sublinear_tf=True, lowercase=True,
                   token_pattern=r"(?u)\b\w[\w'’-]*\b")
CHAR_PARAMS = dict(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=40000, sublinear_tf=True,
                   lowercase=True)


def _as_texts(texts: Iterable[str], what: str = "texts") -> list[str]:
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"{what} must be an iterable of str (documents), got a bare {type(texts).__name__}; "
                        "wrap one text in a list")
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"{what}[{i}] must be str, got {type(t).__name__}")
    return out


@lru_cache(maxsize=1)
def _lexicon_classes() -> tuple[tuple[str, str], ...]:
    from ..lexicons import load

    return tuple((n, c) for n in LEXICON_FEATURES for c in sorted(load(n).class_names))


def dense_feature_names() -> list[str]:
    """Names of the hand-made features, in model order."""
    rates = [n for n in LEXICON_FEATURES if n != "subjectivity"] + ["subjectivity"]
    return [*(f"{n}_rate" for n in rates), "vader_neg", "vader_pos", "vader_abs_compound", "log_words",
            *(f"{n}__{c}" for n, c in _lexicon_classes()), "has_quote", "has_exclamation", "has_question",
            "capitals"]


def dense_features(texts: Sequence[str]) -> np.ndarray:
    """Lexicon rates and per-class counts, VADER scores, quotation and punctuation cues."""
    from . import lexicon, vader

    classes = _lexicon_classes()
    rows = []
    for t in texts:
        words = max(1, lexicon.word_count(t))
        found = dict(zip(LEXICON_FEATURES, lexicon.find_many(t, LEXICON_FEATURES)))
        row = [len(found[name]) / words * 10 for name in LEXICON_FEATURES if name != "subjectivity"]
        row.append(sum(1.0 if m.cls == "strong" else 0.5 for m in found["subjectivity"]) / words)
        neg, _, pos, comp = vader._scores(t)
        row += [round(neg, 3), round(pos, 3), abs(round(comp, 4)), np.log1p(words) / 4]
        per_class: dict[tuple[str, str], int] = {}
        for name in LEXICON_FEATURES:
            for m in found[name]:
                per_class[(name, m.cls)] = per_class.get((name, m.cls), 0) + 1
        row += [min(per_class.get(k, 0), 3) for k in classes]
        row += [float('"' in t or "“" in t), float("!" in t), float("?" in t),
                sum(map(str.isupper, t)) / max(1, len(t)) * 5]
        rows.append(row)
    return np.asarray(rows, dtype=float)


def _subjectivity(text: str, words: int) -> float:
    from . import lexicon

    ms = lexicon.find(text, "subjectivity")
    return sum(1.0 if m.cls == "strong" else 0.5 for m in ms) / words


class BiasModel:
    """TF-IDF (word + char) + lexicon/VADER features -> logistic regression. Probability of "Biased"."""

    def __init__(self, C: float = 2.0, dense_weight: float = 1.0) -> None:
        self.C = C
        self.dense_weight = dense_weight

    def _matrix(self, texts: Sequence[str]):
        import scipy.sparse as sp

        dense = dense_features(texts) * self.dense_weight
        return sp.hstack([self.word_.transform(texts), self.char_.transform(texts), sp.csr_matrix(dense)]).tocsr()

    def fit(self, texts: Sequence[str], y: Sequence[int]) -> "BiasModel":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts = _as_texts(texts)
        self.word_ = TfidfVectorizer(**WORD_PARAMS).fit(texts)
        self.char_ = TfidfVectorizer(**CHAR_PARAMS).fit(texts)
        self.clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced").fit(self._matrix(texts), y)
        return self

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        texts = _as_texts(texts)
        if not texts:
            return np.zeros(0)
        return self.clf_.predict_proba(self._matrix(texts))[:, 1]

    # -- JSON round trip (no pickle) ------------------------------------------------------------
    def to_dict(self) -> dict:
        def vec(v):
            vocab = sorted(v.vocabulary_, key=v.vocabulary_.get)
            return {"terms": vocab, "idf": [round(float(x), 5) for x in v.idf_]}

        return {"format": "framing-bias-model", "version": 1, "C": self.C, "dense_weight": self.dense_weight,
                "word_params": {k: list(v) if isinstance(v, tuple) else v for k, v in WORD_PARAMS.items()},
                "char_params": {k: list(v) if isinstance(v, tuple) else v for k, v in CHAR_PARAMS.items()},
                "word": vec(self.word_), "char": vec(self.char_), "dense_features": dense_feature_names(),
                "coef": [round(float(x), 5) for x in self.clf_.coef_[0]], "intercept": float(self.clf_.intercept_[0])}

    @classmethod
    def from_dict(cls, d: dict) -> "BiasModel":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if d.get("format") != "framing-bias-model":
            raise ValueError(f"not a framing bias model (format={d.get('format')!r})")
        m = cls(C=d["C"], dense_weight=d["dense_weight"])

        def vec(params, state):
            params = {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}
            v = TfidfVectorizer(**params)
            v.vocabulary_ = {t: i for i, t in enumerate(state["terms"])}
            v.idf_ = np.asarray(state["idf"], dtype=float)
            return v

        m.word_ = vec(d["word_params"], d["word"])
        m.char_ = vec(d["char_params"], d["char"])
        clf = LogisticRegression()
        clf.classes_ = np.array([0, 1])
        clf.coef_ = np.asarray([d["coef"]], dtype=float)
        clf.intercept_ = np.asarray([d["intercept"]], dtype=float)
        m.clf_ = clf
        return m


class _Block:
    """Fast inference of one fitted TF-IDF block (sublinear tf, l2 norm) dotted with its LR weights.

    Gives the same numbers as ``TfidfVectorizer.transform(...) @ coef`` for the word and char_wb
    analyzers used here; character n-grams are looked up once per distinct word and the rest is
    vectorised over all texts at once.
    """

    _EMPTY = np.zeros(0, dtype=np.int64)

    def __init__(self, params: dict, terms: list[str], idf: Sequence[float], coef: Sequence[float]) -> None:
        self.char = params.get("analyzer") == "char_wb"
        self.lo, self.hi = params["ngram_range"]
        self.index = {t: i for i, t in enumerate(terms)}
        self.idf = np.asarray(idf, dtype=float)
        self.coef = np.asarray(coef, dtype=float)
        self.pattern = None if self.char else re.compile(params["token_pattern"])
        self._words: dict[str, np.ndarray] = {}

    def _word_grams(self, word: str) -> np.ndarray:
        """Columns of the char_wb n-grams of one word (as scikit-learn's ``_char_wb_ngrams``)."""
        got = self._words.get(word)
        if got is None:
            w = " " + word + " "
            n_w = len(w)
            grams: list[str] = []
            for n in range(self.lo, self.hi + 1):
                if n_w <= n:
                    grams.append(w)  # the padded word is shorter than n: once, then no longer n-grams
                    break
                grams += [w[i:i + n] for i in range(n_w - n + 1)]
            got = np.asarray([j for j in map(self.index.get, grams) if j is not None], dtype=np.int64)
            if len(self._words) < 200_000:
                self._words[word] = got
        return got

    def _arrays(self, text: str) -> list[np.ndarray]:
        """Columns of the terms of ``text`` (with repeats), as a list of arrays."""
        text = text.lower()
        if self.char:
            cache = self._words
            return [cache[w] if w in cache else self._word_grams(w) for w in text.split()]
        toks = self.pattern.findall(text)
        grams = list(toks)
        for n in range(max(2, self.lo), self.hi + 1):
            grams += [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
        return [np.asarray([j for j in map(self.index.get, grams) if j is not None], dtype=np.int64)]

    def _indices(self, text: str) -> np.ndarray:
        arrs = self._arrays(text)
        return np.concatenate(arrs) if arrs else self._EMPTY

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        # Per (text, term): count -> (1 + log count) * idf; l2-normalised row dotted with coef.
        n = len(texts)
        flat: list[np.ndarray] = []
        lens = []
        for t in texts:
            arrs = self._arrays(t)
            flat += arrs
            lens.append(sum(map(len, arrs)))
        col = np.concatenate(flat) if flat else self._EMPTY
        if not len(col):
            return np.zeros(n)
        size = len(self.idf)
        keys = np.repeat(np.arange(n, dtype=np.int64) * size, lens)
        keys += col
        keys.sort()
        first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        counts = np.diff(np.append(first, len(keys)))
        r, c = np.divmod(keys[first], size)
        vals = (1.0 + np.log(counts)) * self.idf[c]
        dots = np.bincount(r, vals * self.coef[c], minlength=n)
        norms = np.sqrt(np.bincount(r, vals * vals, minlength=n))
        return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)


class _FastBias:
    """The shipped bias model, scored without building sparse matrices (same probabilities)."""

    def __init__(self, d: dict) -> None:
        n_word, n_char = len(d["word"]["terms"]), len(d["char"]["terms"])
        coef = d["coef"]
        params = {k: tuple(v) if isinstance(v, list) else v for k, v in d["word_params"].items()}
        self.word = _Block(params, d["word"]["terms"], d["word"]["idf"], coef[:n_word])
        params = {k: tuple(v) if isinstance(v, list) else v for k, v in d["char_params"].items()}
        self.char = _Block(params, d["char"]["terms"], d["char"]["idf"], coef[n_word:n_word + n_char])
        self.dense_coef = np.asarray(coef[n_word + n_char:], dtype=float) * float(d["dense_weight"])
        self.intercept = float(d["intercept"])

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        z = dense_features(texts) @ self.dense_coef + self.intercept
        z += self.word.scores(texts) + self.char.scores(texts)
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def _model_dict() -> dict:
    data = (resources.files("framing") / "data" / "models" / MODEL_FILE).read_bytes()
    return json.loads(gzip.decompress(data))


@lru_cache(maxsize=1)
def _fast() -> _FastBias:
    return _FastBias(_model_dict())


@lru_cache(maxsize=1)
def _model() -> BiasModel:
    return BiasModel.from_dict(_model_dict())


def sentence_bias(texts: Iterable[str]) -> np.ndarray:
    """Probability that each sentence is biased (BABE's "Biased" label), as a numpy array.

    Parameters
    ----------
    texts : iterable of str
        Sentences. A bare ``str`` is an error: pass ``[text]``.
    """
    return _fast().predict_proba(_as_texts(texts))


def load_babe(folder: str | Path) -> tuple[list[str], np.ndarray]:
    """Texts and labels (1 = Biased) of BABE SG2, without the "No agreement" rows."""
    import pandas as pd

    path = Path(folder) / "final_labels_SG2.csv"
    df = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])]
    return df["text"].astype(str).tolist(), (df["label_bias"] == "Biased").astype(int).to_numpy()


def train(folder: str | Path) -> BiasModel:
    texts, y = load_babe(folder)
    return BiasModel().fit(texts, y)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m framing.scorers.bias")
    p.add_argument("folder", help="BABE folder with final_labels_SG2.csv")
    p.add_argument("--write", action="store_true", help="write the model into framing/data/models/")
    args = p.parse_args(argv)
    model = train(args.folder)
    blob = gzip.compress(json.dumps(model.to_dict(), separators=(",", ":")).encode(), mtime=0)
    if args.write:
        out = Path(str(resources.files("framing") / "data" / "models" / MODEL_FILE))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(blob)
        print(f"wrote {out} ({len(blob) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
