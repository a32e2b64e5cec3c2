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
import threading
from functools import lru_cache
from itertools import chain
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..models import read_model

__all__ = ["sentence_bias", "BiasModel", "train", "load_babe", "MODEL_FILE", "LEXICON_FEATURES"]

MODEL_FILE = "babe-bias-v1.json.gz"
LEXICON_FEATURES = ("hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives")
WORD_PARAMS = dict(ngram_range=(1, 2), min_df=2, max_features=30000, sublinear_tf=True, lowercase=True,
                   token_pattern=r"(?u)\b\w[\w'’-]*\b")
#: scikit-learn's token pattern (:data:`WORD_PARAMS`) -> one with the same matches that the regex
#: engine runs faster (a word's characters up to its last ``\w``, without the two word-boundary tests)
_EQUIVALENT_PATTERNS = {r"(?u)\b\w[\w'’-]*\b": r"\w++(?:[-'’]+\w+)*+"}
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


_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _capitals(text: str) -> int:
    """Upper-case characters of ``text``: the A-Z bytes of its UTF-8 (which encodes no other
    character with them), then the upper-case characters among its non-ASCII ones."""
    raw = text.encode("utf-8", "surrogatepass")
    ascii_upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    return ascii_upper if text.isascii() else ascii_upper + sum(map(str.isupper, _NON_ASCII.findall(text)))


@lru_cache(maxsize=1)
def _class_columns() -> tuple[dict[str, int], ...]:
    """Per lexicon of :data:`LEXICON_FEATURES`: class -> column of the per-class counts."""
    out: tuple[dict[str, int], ...] = tuple({} for _ in LEXICON_FEATURES)
    for j, (n, c) in enumerate(_lexicon_classes()):
        out[LEXICON_FEATURES.index(n)][c] = j
    return out


def dense_features(texts: Sequence[str]) -> np.ndarray:
    """Lexicon rates and per-class counts, VADER scores, quotation and punctuation cues.

    Read from :func:`framing.scorers.sentence.sentence_data`, which the sentence scorers have
    usually just computed for the same sentences (cached).
    """
    from .sentence import sentence_data

    columns = _class_columns()
    n_class = len(_lexicon_classes())
    subj = LEXICON_FEATURES.index("subjectivity")
    rates = [i for i in range(len(LEXICON_FEATURES)) if i != subj]
    n = len(texts)
    data = [sentence_data(t) for t in texts]
    words = np.asarray([max(1, d.words) for d in data], dtype=float).reshape(n, 1)
    found = [d.classes for d in data]
    sizes = np.asarray([[len(c) for c in f] for f in found], dtype=float).reshape(n, len(LEXICON_FEATURES))
    strong = np.asarray([f[subj].count("strong") for f in found], dtype=float).reshape(n, 1)
    per_class = [r * n_class + columns[li][c] for r, f in enumerate(found) for li, classes in enumerate(f)
                 for c in classes if c in columns[li]]
    per_class = np.minimum(np.bincount(np.asarray(per_class, dtype=np.intp), minlength=n * n_class), 3)
    vad = [(round(d.vader[0], 3), round(d.vader[2], 3), abs(round(d.vader[3], 4))) for d in data]
    cues = [(float('"' in t or "“" in t), float("!" in t), float("?" in t), _capitals(t) / max(1, len(t)) * 5)
            for t in texts]
    return np.ascontiguousarray(np.hstack([
        sizes[:, rates] / words * 10,
        (strong + 0.5 * (sizes[:, [subj]] - strong)) / words,
        np.asarray(vad, dtype=float).reshape(n, 3),
        np.log1p(words) / 4,
        per_class.reshape(n, n_class).astype(float),
        np.asarray(cues, dtype=float).reshape(n, 4),
    ]))


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


class _CharGrams(dict):
    """Word -> id; per id the columns of the word's char_wb n-grams (as scikit-learn's
    ``_char_wb_ngrams``), kept in one flat array (:meth:`arrays`), computed on first use.

    scikit-learn takes every substring of 2 to 5 characters of the word padded with one space each
    side (a padded word shorter than 5 characters gives itself once as its longest n-gram), so the
    n-grams in the vocabulary are the occurrences of vocabulary terms in the padded word: one
    Aho-Corasick pass finds them all.
    """

    def __init__(self, terms: Sequence[str], first: int) -> None:
        import ahocorasick

        super().__init__()
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for j, term in enumerate(terms, start=first):
            self.automaton.add_word(term, j)
        self.automaton.make_automaton()
        self._new: list[list[int]] = []
        # buffers grown by doubling (appending to them stays cheap); the first _size / _n are used
        self._flat = np.zeros(1 << 16, dtype=np.int32)
        self._offsets = np.zeros(1 << 12, dtype=np.intp)
        self._lengths = np.zeros(1 << 12, dtype=np.intp)
        self._size = self._n = 0

    def __missing__(self, word: str) -> int:
        self._new.append([j for _, j in self.automaton.iter(" " + word + " ")])
        self[word] = got = len(self)
        return got

    @staticmethod
    def _fit(buffer: np.ndarray, size: int) -> np.ndarray:
        if size <= len(buffer):
            return buffer
        grown = np.zeros(max(size, 2 * len(buffer)), dtype=buffer.dtype)
        grown[:len(buffer)] = buffer
        return grown

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``flat, offsets, lengths``: the columns of word ``i`` are ``flat[offsets[i]:offsets[i] + lengths[i]]``."""
        if self._new:
            lengths = np.fromiter(map(len, self._new), dtype=np.intp, count=len(self._new))
            total = int(lengths.sum())
            n = self._n + len(lengths)
            self._offsets = self._fit(self._offsets, n)
            self._lengths = self._fit(self._lengths, n)
            self._flat = self._fit(self._flat, self._size + total)
            self._offsets[self._n:n] = self._size + np.cumsum(lengths) - lengths
            self._lengths[self._n:n] = lengths
            self._flat[self._size:self._size + total] = np.fromiter(chain.from_iterable(self._new), dtype=np.int32,
                                                                    count=total)
            self._size += total
            self._n = n
            self._new = []
        return self._flat, self._offsets, self._lengths

    def trim(self, limit: int = 200_000) -> None:
        """Forget every word once there are more than ``limit`` (between calls: ids change)."""
        if len(self) > limit:
            self.clear()
            self._new = []
            self._size = self._n = 0

    def columns(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The n-gram columns of ``words`` concatenated in order (int32), and the number of each word's."""
        ids = np.fromiter(map(self.__getitem__, words), dtype=np.intp, count=len(words))
        flat, offsets, lengths = self.arrays()
        n = lengths[ids]
        # position k of word w's run reads flat[offsets[w] + k]
        return flat[np.repeat(offsets[ids] - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))], n


class _FastBias:
    """The shipped bias model, scored without building sparse matrices (same probabilities).

    The TF-IDF blocks (sublinear tf, l2 norm per block) dotted with the regression weights give the
    same numbers as ``TfidfVectorizer.transform(...) @ coef`` for the word and char_wb analyzers
    used here. Word 1-grams and 2-grams are looked up in dicts (2-grams by word pair, without
    joining strings); character n-grams are looked up once per distinct word; the counting, tf-idf
    and norms of both blocks are vectorised over all texts at once (one sort of int32 keys).
    """

    # Column space: word terms at 1.., char terms at 2**16.. (0 = unknown); a key is
    # ``text << 17 | column``, so ``key >> 16`` is ``2 * text + block``.
    _CHAR0 = 1 << 16
    _SHIFT = 17
    _BATCH = 1 << 13  # texts per batch: keys stay below 2**31
    _EMPTY = np.zeros(0, dtype=np.int32)
    def __init__(self, d: dict) -> None:
        word, char = d["word"], d["char"]
        n_word, n_char = len(word["terms"]), len(char["terms"])
        coef = np.asarray(d["coef"], dtype=float)
        wp = {k: tuple(v) if isinstance(v, list) else v for k, v in d["word_params"].items()}
        cp = {k: tuple(v) if isinstance(v, list) else v for k, v in d["char_params"].items()}
        if tuple(wp["ngram_range"]) != (1, 2) or wp.get("analyzer", "word") != "word" or cp["analyzer"] != "char_wb":
            raise ValueError(f"unsupported bias model parameters: word {wp}, char {cp}")
        if n_word >= self._CHAR0 or n_char >= (1 << self._SHIFT) - self._CHAR0:
            raise ValueError(f"bias model too large for the fast scorer: {n_word} word and {n_char} char terms")
        size = 1 << self._SHIFT
        self.idf = np.zeros(size)
        self.coef = np.zeros(size)
        self.idf[1:1 + n_word] = word["idf"]
        self.coef[1:1 + n_word] = coef[:n_word]
        self.idf[self._CHAR0:self._CHAR0 + n_char] = char["idf"]
        self.coef[self._CHAR0:self._CHAR0 + n_char] = coef[n_word:n_word + n_char]
        self.idf_coef = self.idf * self.coef  # a term seen once in a text: its tf-idf times its weight
        self.idf_sq = self.idf * self.idf
        self.pattern = re.compile(_EQUIVALENT_PATTERNS.get(wp["token_pattern"], wp["token_pattern"]))
        self.unigrams: dict[str, int] = {}
        self.bigrams: dict[tuple[str, str], int] = {}
        for j, term in enumerate(word["terms"], start=1):
            parts = term.split(" ")
            if len(parts) == 1:
                self.unigrams[term] = j
            else:
                self.bigrams[(parts[0], parts[1])] = j
        if tuple(cp["ngram_range"]) != (2, 5) or any(not 2 <= len(t) <= 5 for t in char["terms"]):
            raise ValueError(f"unsupported char n-grams for the fast scorer: {cp['ngram_range']}")
        self._grams = _CharGrams(char["terms"], self._CHAR0)
        self.dense_coef = coef[n_word + n_char:] * float(d["dense_weight"])
        self.intercept = float(d["intercept"])
        # the n-gram store grows while scoring and is shared by the threads of a process (Dask's
        # threaded workers): one scoring call at a time
        self._lock = threading.Lock()

    def block_scores(self, texts: Sequence[str]) -> np.ndarray:
        """``(n, 2)``: the word and the char TF-IDF block of each text dotted with its weights."""
        with self._lock:
            return np.concatenate([self._block_scores(texts[i:i + self._BATCH])
                                   for i in range(0, len(texts), self._BATCH)] or [np.zeros((0, 2))])

    def _block_scores(self, texts: Sequence[str]) -> np.ndarray:
        n = len(texts)
        uni, bi, findall = self.unigrams.get, self.bigrams.get, self.pattern.findall
        word_cols: list[int] = []
        word_lens = []
        words: list[str] = []  # the white-space separated words of every text (char n-grams)
        n_words = []
        for t in texts:
            low = t.lower()
            toks = findall(low)
            k = len(word_cols)
            word_cols += filter(None, map(uni, toks))
            word_cols += filter(None, map(bi, zip(toks, toks[1:])))
            word_lens.append(len(word_cols) - k)
            k = len(words)
            words += low.split()
            n_words.append(len(words) - k)
        self._grams.trim()
        char_cols, per_word = self._grams.columns(words)
        ends = np.concatenate(([0], np.cumsum(per_word)))[np.cumsum(np.asarray(n_words, dtype=np.intp))]  # n-grams up to each text's end
        char_lens = np.diff(ends, prepend=0)
        rows = np.arange(n, dtype=np.int32) << self._SHIFT
        keys = np.concatenate([np.repeat(rows, word_lens) + np.asarray(word_cols, dtype=np.int32),
                               np.repeat(rows, char_lens) + char_cols])
        if not len(keys):
            return np.zeros((n, 2))
        # Per (text, term): count -> (1 + log count) * idf; each block's l2-normalised row dotted with coef.
        keys = self._sorted(keys)
        first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        counts = np.diff(np.append(first, len(keys)))
        keys = keys[first]
        c = keys & ((1 << self._SHIFT) - 1)
        b = keys >> 16
        # a term seen once has the value idf (1 + log 1 = 1): its products come from the tables
        weighted, squares = self.idf_coef[c], self.idf_sq[c]
        repeated = np.flatnonzero(counts > 1)
        if len(repeated):
            cr = c[repeated]
            vals = self.idf[cr] * (1.0 + np.log(counts[repeated]))
            weighted[repeated] = vals * self.coef[cr]
            squares[repeated] = vals * vals
        dots = np.bincount(b, weighted, minlength=2 * n)
        norms = np.sqrt(np.bincount(b, squares, minlength=2 * n))
        return np.divide(dots, norms, out=np.zeros(2 * n), where=norms > 0).reshape(n, 2)

    @staticmethod
    def _sorted(keys: np.ndarray) -> np.ndarray:
        """``keys`` (below ``2**32``) in ascending order: stable radix sorts of the low then the high 16
        bits, faster than one comparison sort of the int32 keys."""
        keys = keys[np.argsort(keys.astype(np.uint16), kind="stable")]
        return keys[np.argsort((keys >> 16).astype(np.uint16), kind="stable")]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        z = dense_features(texts) @ self.dense_coef + self.intercept
        blocks = self.block_scores(texts)
        z += blocks[:, 0] + blocks[:, 1]
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def _model_dict() -> dict:
    return read_model(MODEL_FILE)


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
