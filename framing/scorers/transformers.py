"""scikit-learn transformers over the scorers: drop them into a ``Pipeline`` or ``FeatureUnion``.

Each takes an iterable of documents (str) and returns a 2-D float array, one row per document;
``get_feature_names_out`` names the columns, so ``set_output(transform="pandas")`` gives a
DataFrame. A bare ``str`` (one document instead of many) is refused, as scikit-learn's text
vectorizers do. Constructors only store their parameters.

>>> from sklearn.pipeline import make_union
>>> from sklearn.feature_extraction.text import TfidfVectorizer
>>> union = make_union(TfidfVectorizer(), LexiconVectorizer(lexicons=("loaded", "hedges")))
>>> union.fit_transform(["A vile massacre, reportedly.", "Talks resumed."]).shape
(2, 7)
>>> ScoreVectorizer(scorers=("loaded", "sentiment")).set_output(transform="pandas").fit_transform(
...     ["A vile massacre.", "Talks resumed."])
   loaded  sentiment
0     2.0    -0.6249
1     0.0     0.0000
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ..lexicons import load, names as lexicon_names
from . import lexicon as _lex
from . import vader as _vader

__all__ = ["LexiconVectorizer", "VaderVectorizer", "ScoreVectorizer", "SentenceBiasTransformer"]


def _documents(X: Iterable[str], who: str) -> list[str]:
    if isinstance(X, (str, bytes)):
        raise TypeError(f"{who} expects an iterable of documents (str), got a bare {type(X).__name__}; "
                        "wrap one text in a list")
    if hasattr(X, "ndim") and getattr(X, "ndim", 1) == 2:
        if X.shape[1] != 1:
            raise ValueError(f"{who} expects one text column, got {X.shape[1]} columns")
        X = X.iloc[:, 0] if hasattr(X, "iloc") else X[:, 0]
    docs = list(X)
    for i, d in enumerate(docs):
        if not isinstance(d, str):
            raise TypeError(f"{who}: document {i} must be str, got {type(d).__name__}")
    return docs


class _TextTransformer(TransformerMixin, BaseEstimator):
    def fit(self, X: Iterable[str], y=None):
        """Check the parameters; nothing is learned. Returns self."""
        _documents(X, type(self).__name__)
        self.feature_names_out_ = np.asarray(self._names(), dtype=object)
        return self

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def transform(self, X: Iterable[str]) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        docs = _documents(X, type(self).__name__)
        out = np.zeros((len(docs), len(self.feature_names_out_)), dtype=float)
        for i, d in enumerate(docs):
            out[i] = self._row(d)
        return out

    def _more_tags(self):
        return {"X_types": ["string"], "stateless": True}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = True
        return tags


class LexiconVectorizer(_TextTransformer):
    """Counts of lexicon matches per document: one column per lexicon, or per lexicon class.

    Parameters
    ----------
    lexicons : sequence of str, default ("hedges", "boosters", "loaded", "subjectivity")
        Registry names (:func:`framing.lexicons.names`).
    by_class : bool, default False
        One column per ``lexicon__class`` instead of per lexicon.
    normalize : {None, "words"}, default None
        ``"words"``: matches per word of the document instead of counts.

    Examples
    --------
    >>> LexiconVectorizer(lexicons=("loaded",), by_class=True).fit(["x"]).get_feature_names_out().tolist()
    ['loaded__charged_verb', 'loaded__conflict', 'loaded__emotive', 'loaded__name_calling']
    """

    def __init__(self, lexicons: Sequence[str] = ("hedges", "boosters", "loaded", "subjectivity"), *,
                 by_class: bool = False, normalize: str | None = None) -> None:
        self.lexicons = lexicons
        self.by_class = by_class
        self.normalize = normalize

    def _names(self) -> list[str]:
        if isinstance(self.lexicons, str):
            raise TypeError(f"lexicons must be a sequence of names, got the str {self.lexicons!r}; "
                            f"e.g. ({self.lexicons!r},)")
        known = lexicon_names()
        for name in self.lexicons:
            if name not in known:
                raise ValueError(f"unknown lexicon {name!r}; lexicons are: {', '.join(known)}")
        if self.normalize not in (None, "words"):
            raise ValueError(f"normalize must be None or 'words', got {self.normalize!r}")
        if not self.by_class:
            return list(self.lexicons)
        return [f"{n}__{c}" for n in self.lexicons for c in sorted(load(n).class_names)]

    def _row(self, doc: str) -> list[float]:
        names = self.feature_names_out_
        index = {n: i for i, n in enumerate(names)}
        row = [0.0] * len(names)
        for name in self.lexicons:
            for m in _lex.find(doc, name):
                row[index[f"{name}__{m.cls}" if self.by_class else name]] += 1
        if self.normalize == "words":
            words = max(1, _lex.word_count(doc))
            row = [v / words for v in row]
        return row


class VaderVectorizer(_TextTransformer):
    """VADER scores per document: ``neg``, ``neu``, ``pos``, ``compound``.

    Parameters
    ----------
    aggregate : {"sentences", "none"}, default "sentences"
        ``"sentences"``: split each document into sentences and average the sentence scores (VADER
        saturates on long texts); ``"none"``: score the document as one sentence (the reference).

    Examples
    --------
    >>> VaderVectorizer().fit_transform(["The book was good."]).tolist()
    [[0.0, 0.508, 0.492, 0.4404]]
    """

    def __init__(self, *, aggregate: str = "sentences") -> None:
        self.aggregate = aggregate

    def _names(self) -> list[str]:
        if self.aggregate not in ("sentences", "none"):
            raise ValueError(f"aggregate must be 'sentences' or 'none', got {self.aggregate!r}")
        return ["neg", "neu", "pos", "compound"]

    def _row(self, doc: str) -> list[float]:
        if self.aggregate == "none":
            texts = [doc]
        else:
            from ..segment import sentences

            texts = [s.text for s in sentences(doc)] or [doc]
        scores = [_vader.polarity_scores(t) for t in texts]
        return [float(np.mean([s[k] for s in scores])) for k in ("neg", "neu", "pos", "compound")]


class ScoreVectorizer(_TextTransformer):
    """Any of the plain scorers of :data:`framing.scorers.SCORERS` (plus ``"bias"``), one column each.

    Parameters
    ----------
    scorers : sequence of str, default every plain scorer
        Names from ``framing.scorers.SCORERS`` and ``"bias"`` (the BABE classifier's probability,
        the mean over the document's sentences).
    """

    def __init__(self, scorers: Sequence[str] | None = None) -> None:
        self.scorers = scorers

    def _names(self) -> list[str]:
        from . import SCORERS

        valid = [*SCORERS, "bias"]
        chosen = list(SCORERS) if self.scorers is None else self.scorers
        if isinstance(chosen, str):
            raise TypeError(f"scorers must be a sequence of names, got the str {chosen!r}; e.g. ({chosen!r},)")
        for name in chosen:
            if name not in valid:
                raise ValueError(f"unknown scorer {name!r}; scorers are: {', '.join(valid)}")
        return list(chosen)

    def _row(self, doc: str) -> list[float]:
        from . import SCORERS, sentence_bias

        row = []
        for name in self.feature_names_out_:
            if name == "bias":
                from ..segment import sentences

                sents = [s.text for s in sentences(doc)] or [doc]
                row.append(float(sentence_bias(sents).mean()))
            else:
                row.append(float(SCORERS[name](doc)))
        return row


class SentenceBiasTransformer(_TextTransformer):
    """The BABE sentence-bias probability as one feature column (``bias``), e.g. for a FeatureUnion.

    Examples
    --------
    >>> SentenceBiasTransformer().fit_transform(["The meeting is on Tuesday."]).shape
    (1, 1)
    """

    def _names(self) -> list[str]:
        return ["bias"]

    def transform(self, X: Iterable[str]) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        from .bias import sentence_bias

        docs = _documents(X, type(self).__name__)
        return sentence_bias(docs).reshape(-1, 1) if docs else np.zeros((0, 1))
