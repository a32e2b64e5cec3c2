"""Spec-free generic frames: the 14 dimensions of the Media Frames Corpus (Boydstun et al. 2014).

Two tools, both scikit-learn estimators over raw texts:

* :class:`MFCLexiconScorer` counts the cues of the bundled lexicon (``mfc_frames-v1.tsv``, see
  its datasheet ``mfc_frames.md``) per dimension, per 1,000 words; fitted with labels it learns
  one threshold per dimension and predicts labels;
* :class:`MFCClassifier` is a multi-label classifier (TF-IDF words and bigrams plus the lexicon
  rates, one logistic regression per label) that users fit on their own labelled articles.

:func:`mfc_scores` is the plain-function form of the lexicon scorer.

>>> s = mfc_scores("The court ruled the tax unconstitutional; the budget and jobs suffer.")
>>> sorted(k for k, v in s.items() if v > 0)
['Economic', 'Legality_Constitutionality_and_jurisprudence']
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from scipy import sparse

from ..spec import Frame
from .matcher import FrameMatcher

__all__ = ["DIMENSIONS", "LEXICON", "load_lexicon", "mfc_scores", "MFCLexiconScorer", "MFCClassifier"]

#: The 14 MFC dimensions, named as in SemEval-2023 Task 3 subtask 2 (the MFC's "Other" is left out).
DIMENSIONS: tuple[str, ...] = (
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation", "Crime_and_punishment",
    "Security_and_defense", "Health_and_safety", "Quality_of_life", "Cultural_identity", "Public_opinion",
    "Political", "External_regulation_and_reputation",
)

#: File name of the bundled cue lexicon (``framing/data/lexicons``).
LEXICON = "mfc_frames-v1.tsv"


def load_lexicon(name: str = LEXICON) -> dict[str, tuple[str, ...]]:
    """The cue lexicon: dimension -> cue phrases (cue syntax of :mod:`framing.frames.cues`).

    >>> lex = load_lexicon()
    >>> len(lex), "unconstitutional" in lex["Legality_Constitutionality_and_jurisprudence"]
    (14, True)
    """
    return dict(_load(name))


@lru_cache(maxsize=4)
def _load(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    res = resources.files("framing") / "data" / "lexicons" / name
    if not res.is_file():
        raise FileNotFoundError(f"no lexicon {name!r} in framing/data/lexicons")
    out: dict[str, list[str]] = {d: [] for d in DIMENSIONS}
    for row in csv.DictReader(io.StringIO(res.read_text(encoding="utf-8")), delimiter="\t"):
        if row["class"] not in out:
            raise ValueError(f"{name}: unknown class {row['class']!r} for term {row['term']!r}; classes are: {', '.join(DIMENSIONS)}")
        out[row["class"]].append(row["term"])
    return tuple((d, tuple(t)) for d, t in out.items())


@lru_cache(maxsize=4)
def _matcher(name: str) -> FrameMatcher:
    return FrameMatcher([Frame(d, "neutral", terms) for d, terms in _load(name) if terms])


def _words(text: str) -> int:
    return max(len(text.split()), 1)


def _counts(text: str, name: str = LEXICON) -> dict[str, int]:
    counts = dict.fromkeys(DIMENSIONS, 0)
    for m in _matcher(name).find(text):
        counts[m.frame] += 1
    return counts


def mfc_scores(text: str, *, per: int = 1000, lexicon: str = LEXICON) -> dict[str, float]:
    """Cue rate of each MFC dimension in ``text`` (cues per ``per`` words).

    >>> mfc_scores("Troops crossed the border.")["Security_and_defense"]
    500.0
    """
    if not isinstance(text, str):
        raise TypeError(f"mfc_scores expects a str, got {type(text).__name__}")
    n = _words(text)
    return {d: c * per / n for d, c in _counts(text, lexicon).items()}


def _texts(X: Any, who: str) -> list[str]:
    if isinstance(X, str):
        raise TypeError(f"{who} expects an iterable of texts, got a single str; wrap it in a list")
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"{who}: item {i} is {type(t).__name__}, expected str")
    return texts


def _binarize(y: Any, classes: Sequence[str] | None) -> tuple[np.ndarray, tuple[str, ...]]:
    """Label lists ("A,B" strings or lists) or a 0/1 matrix -> (matrix, classes)."""
    arr = np.asarray(y, dtype=object) if not hasattr(y, "shape") else y
    if hasattr(arr, "ndim") and arr.ndim == 2 and not isinstance(y, list):
        m = np.asarray(y, dtype=int)
        cls = tuple(classes) if classes is not None else DIMENSIONS[: m.shape[1]]
        if m.shape[1] != len(cls):
            raise ValueError(f"y has {m.shape[1]} columns but there are {len(cls)} classes: {', '.join(cls)}")
        return m, cls
    lists = [[s.strip() for s in v.split(",") if s.strip()] if isinstance(v, str) else list(v) for v in y]
    mlb = MultiLabelBinarizer(classes=list(classes)) if classes is not None else MultiLabelBinarizer()
    m = mlb.fit_transform(lists)
    return np.asarray(m, dtype=int), tuple(mlb.classes_)


class MFCLexiconScorer(TransformerMixin, BaseEstimator):
    """Lexicon rates of the 14 MFC dimensions; with labels, per-dimension thresholds for prediction.

    Parameters
    ----------
    lexicon : str
        Lexicon file in ``framing/data/lexicons`` (default the bundled ``mfc_frames-v1.tsv``).
    per : int
        Rates are cues per ``per`` words.
    threshold : float
        Rate at or above which a dimension is predicted when no thresholds were learned.

    Attributes
    ----------
    thresholds_ : ndarray of shape (14,)
        Per-dimension rate thresholds (learned by :meth:`fit` with ``y`` to maximise each
        dimension's F1 on the training texts; else ``threshold``).

    Examples
    --------
    >>> sc = MFCLexiconScorer().set_output(transform="pandas")
    >>> sc.fit(["x"]).transform(["Troops crossed the border."])[["mfc_Security_and_defense"]].values.tolist()
    [[500.0]]
    """

    def __init__(self, lexicon: str = LEXICON, per: int = 1000, threshold: float = 5.0):
        self.lexicon = lexicon
        self.per = per
        self.threshold = threshold

    def fit(self, X: Iterable[str], y: Any = None) -> "MFCLexiconScorer":
        texts = _texts(X, "MFCLexiconScorer.fit")
        self.n_features_in_ = 1
        self.thresholds_ = np.full(len(DIMENSIONS), float(self.threshold))
        if y is not None:
            Y, classes = _binarize(y, DIMENSIONS)
            R = self._rates(texts)
            for j in range(len(DIMENSIONS)):
                self.thresholds_[j] = _best_threshold(R[:, j], Y[:, j], self.threshold)
        return self

    def _rates(self, texts: list[str]) -> np.ndarray:
        return np.array([[v for v in mfc_scores(t, per=self.per, lexicon=self.lexicon).values()] for t in texts], dtype=float).reshape(len(texts), len(DIMENSIONS))

    def transform(self, X: Iterable[str]) -> np.ndarray:
        """Rates, shape (n_texts, 14), columns :meth:`get_feature_names_out`."""
        return self._rates(_texts(X, "MFCLexiconScorer.transform"))

    def predict(self, X: Iterable[str]) -> np.ndarray:
        """0/1 matrix of shape (n_texts, 14): rate >= threshold."""
        thresholds = getattr(self, "thresholds_", np.full(len(DIMENSIONS), float(self.threshold)))
        return (self.transform(X) >= thresholds).astype(int)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"mfc_{d}" for d in DIMENSIONS], dtype=object)


def _best_threshold(rates: np.ndarray, labels: np.ndarray, default: float) -> float:
    """The rate threshold with the best F1 for one dimension on training data."""
    if labels.sum() == 0:
        return float("inf")
    best, best_f1 = default, -1.0
    for t in np.unique(np.concatenate([rates, [0.0]])):
        pred = rates >= t
        tp = float((pred & (labels == 1)).sum())
        f1 = 2 * tp / (pred.sum() + labels.sum()) if pred.sum() + labels.sum() else 0.0
        if f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


class MFCClassifier(ClassifierMixin, TransformerMixin, BaseEstimator):
    """Multi-label frame classifier: TF-IDF (+ MFC lexicon rates) and one logistic regression per label.

    Fit it on your own labelled articles; labels may be any set of frame names (lists, or
    comma-separated strings, or a 0/1 matrix with ``classes``).

    Parameters
    ----------
    C : float
        Inverse regularisation strength of each logistic regression.
    ngram_range : tuple of int
        Word n-grams of the TF-IDF features.
    min_df : int
        Minimum document frequency of a TF-IDF term.
    max_features : int or None
        Vocabulary size cap.
    use_lexicon : bool
        Append the (scaled) MFC lexicon rates to the TF-IDF features.
    class_weight : {"balanced", None}
        Passed to the logistic regressions (``"balanced"`` helps rare frames).
    threshold : float
        Probability at or above which a label is predicted.
    classes : sequence of str, optional
        Label set and order; default: the labels seen in ``y``.

    Attributes
    ----------
    classes_ : ndarray of str
    vectorizer_, scorer_, model_ : fitted components

    Examples
    --------
    >>> texts = ["Troops and missiles at the border", "The court ruled the law unconstitutional",
    ...          "Soldiers attacked the border post", "Judges heard the lawsuit in court"]
    >>> clf = MFCClassifier(min_df=1).fit(texts, [["Security_and_defense"], ["Legality"], ["Security_and_defense"], ["Legality"]])
    >>> clf.predict_labels(["Missiles hit troops near the border"])
    [['Security_and_defense']]
    >>> list(clf.get_feature_names_out())
    ['mfc_proba_Legality', 'mfc_proba_Security_and_defense']
    """

    def __init__(self, C: float = 4.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 max_features: int | None = 50000, use_lexicon: bool = True, class_weight: str | None = "balanced",
                 threshold: float = 0.5, classes: Sequence[str] | None = None):
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.use_lexicon = use_lexicon
        self.class_weight = class_weight
        self.threshold = threshold
        self.classes = classes

    def _features(self, texts: list[str], fit: bool) -> Any:
        V = self.vectorizer_.fit_transform(texts) if fit else self.vectorizer_.transform(texts)
        if not self.use_lexicon:
            return V
        L = self.scorer_.transform(texts)
        L = np.log1p(L) / 5.0  # rates per 1,000 words, squashed to the TF-IDF scale
        return sparse.hstack([V, sparse.csr_matrix(L)]).tocsr()

    def fit(self, X: Iterable[str], y: Any) -> "MFCClassifier":
        texts = _texts(X, "MFCClassifier.fit")
        Y, classes = _binarize(y, self.classes)
        if len(texts) != len(Y):
            raise ValueError(f"X has {len(texts)} texts but y has {len(Y)} label rows")
        self.classes_ = np.array(classes, dtype=object)
        self.vectorizer_ = TfidfVectorizer(ngram_range=tuple(self.ngram_range), min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=True, strip_accents="unicode")
        self.scorer_ = MFCLexiconScorer().fit(texts)
        F = self._features(texts, fit=True)
        base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000, solver="liblinear")
        self._constant = {j: int(Y[0, j]) for j in range(Y.shape[1]) if len(set(Y[:, j])) < 2}
        cols = [j for j in range(Y.shape[1]) if j not in self._constant]
        self.model_ = OneVsRestClassifier(base).fit(F, Y[:, cols]) if cols else None
        self._cols = cols
        self.n_features_in_ = 1
        return self

    def predict_proba(self, X: Iterable[str]) -> np.ndarray:
        """Probability of each label, shape (n_texts, n_classes)."""
        texts = _texts(X, "MFCClassifier.predict_proba")
        P = np.zeros((len(texts), len(self.classes_)))
        if self.model_ is not None:
            proba = self.model_.predict_proba(self._features(texts, fit=False))
            P[:, self._cols] = proba.reshape(len(texts), len(self._cols))
        for j, v in self._constant.items():
            P[:, j] = float(v)
        return P

    def predict(self, X: Iterable[str]) -> np.ndarray:
        """0/1 label matrix, columns ``classes_``."""
        return (self.predict_proba(X) >= self.threshold).astype(int)

    def predict_labels(self, X: Iterable[str]) -> list[list[str]]:
        """Predicted labels per text, as lists of names."""
        return [[str(c) for c, v in zip(self.classes_, row) if v] for row in self.predict(X)]

    def transform(self, X: Iterable[str]) -> np.ndarray:
        """Label probabilities as features (for a Pipeline)."""
        return self.predict_proba(X)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"mfc_proba_{c}" for c in self.classes_], dtype=object)

    def score(self, X: Iterable[str], y: Any, sample_weight: Any = None) -> float:
        """Micro-averaged F1 on ``X``, ``y``."""
        from sklearn.metrics import f1_score

        Y, _ = _binarize(y, list(self.classes_))
        return float(f1_score(Y, self.predict(X), average="micro", zero_division=0))
