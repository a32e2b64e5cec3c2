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
import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..models import model_file, read_model
from ..textcache import text_cache
from . import vader
from .target import WINDOW as CONTEXT, clause_sentiment, clause_span

__all__ = ["TargetSentimentModel", "target_score", "target_scores", "target_proba", "features", "load_newsmtsc", "LABELS", "MODEL_FILE"]

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "newsmtsc-target-v1.json.gz"
_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# in a text without "_", ``\w`` is ``[^\W_]``: the same split, which the regex engine finds faster
_TOKEN_SPLIT_NO_UNDERSCORE = re.compile(r"(\w++(?:['’]\w+)*+|[^\w\s])")
_REPORT = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "claimed", "claims", "argued",
           "argues", "wrote", "writes", "insisted", "insists", "according", "explained", "noted", "warned", "asked"}
WINDOW = 4


@text_cache(maxsize=1024)
def _tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """Lower-cased tokens of ``text`` (``’`` as ``'``) with their start and end offsets.

    One ``re.split`` with the token pattern captured gives the gaps and the tokens in turn, so the
    running sum of their lengths is every token's start and end (no regex match objects, no loop
    in Python); the matches are those of ``findall``."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a character whose lower case is longer: offsets from the text itself
        ms = list(_TOKEN.finditer(text))
        return ([m.group().lower().replace("’", "'") for m in ms], [m.start() for m in ms], [m.end() for m in ms])
    parts = (_TOKEN_SPLIT if "_" in low else _TOKEN_SPLIT_NO_UNDERSCORE).split(low)  # gap, token, gap, ..., gap
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]


def _cut(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` cut to :data:`~framing.scorers.target.WINDOW` characters either side of the target
    (offsets shifted) when it is longer than twice that."""
    if len(text) > 2 * CONTEXT:
        lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
        return text[lo:hi], start - lo, end - lo
    return text, start, end


def _target_tokens(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """First and last token of the target ``[start, end)``: the tokens overlapping it, or when none
    does (``t1 == t0 - 1``) the first token after its start."""
    lo = bisect_right(ends, start)  # first token ending after the target's start
    hi = bisect_left(starts, end)  # tokens before hi start before the target's end
    if lo < hi:
        return lo, hi - 1
    t0 = bisect_left(starts, start)
    return t0, t0 - 1


def _target_view(text: str, start: int, end: int):
    """What both :func:`features` and the fast scorer read of one target: the text cut (see
    :func:`_cut`), its tokens, start and end offsets, the first and last token of the target, and
    the target's clause."""
    text, start, end = _cut(text, start, end)
    words, starts, ends = _tokens(text)
    t0, t1 = _target_tokens(starts, ends, start, end)
    c0, c1 = clause_span(text, start, end)
    return text, start, end, words, starts, ends, t0, t1, c0, c1


def features(text: str, start: int, end: int) -> dict[str, float]:
    """The feature dict of the target ``text[start:end]`` (see the module docstring).

    Only :data:`framing.scorers.target.WINDOW` characters either side of the target are read, so
    the cost per mention stays constant on very long sentences.
    """
    text, start, end, words, starts, ends, t0, t1, c0, c1 = _target_view(text, start, end)
    toks = list(zip(starts, ends, words))
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
    """The shipped model scored without feature dicts: the same features as :func:`features`, with
    the logits summed directly from the coefficients (same probabilities up to float rounding).

    Each distinct sentence (after :func:`_cut`) is tokenised once and its words' feature columns
    (``w:``, ``L:``, ``R:``, ``C:``; looked up once per distinct word) and VADER valences are kept
    as arrays shared by all its targets; the per-token features of every target of a batch are then
    computed in one vectorised pass. Only the scores of the masked clause and window, the quotation
    and speaker cues are computed per target.
    """

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
        self.dense = np.asarray([self.vocab.get(k, self.missing) for k in self._DENSE], dtype=np.intp)
        self._words = _WordTable(self.vocab)
        # the word table grows while scoring and is shared by the threads of a process (Dask's
        # threaded workers): one scoring call at a time
        self._lock = threading.Lock()

    def predict_proba(self, items: Sequence[tuple[str, int, int]]) -> np.ndarray:
        with self._lock:
            return self._predict_proba(items)

    def _predict_proba(self, items: Sequence[tuple[str, int, int]]) -> np.ndarray:
        n_items = len(items)
        if not n_items:
            return np.zeros((0, len(self.b)))
        self._words.trim()
        ids = self._words.__getitem__
        views: dict[str, tuple[int, list[str], list[int], list[int]]] = {}
        words_ids: list[int] = []  # word ids of the tokens of every distinct text, concatenated
        base, n_tok, t0s, t1s, k0s, k1s = [], [], [], [], [], []
        rows = []  # per target: vader_sentence, vader_clause, vader_window, subject, quoted, speaker, possessive
        scores = vader._scores
        cut = 2 * CONTEXT
        for text, start, end in items:
            if len(text) > cut:
                text, start, end = _cut(text, start, end)
            view = views.get(text)
            if view is None:
                words, starts, ends = _tokens(text)
                view = views[text] = (len(words_ids), words, starts, ends, round(scores(text)[3], 4))
                words_ids += map(ids, words)
            k0, words, starts, ends, sent = view
            n = len(words)
            t0, t1 = _target_tokens(starts, ends, start, end)
            c0, c1 = clause_span(text, start, end)
            base.append(k0)
            n_tok.append(n)
            t0s.append(t0)
            t1s.append(t1)
            # the tokens inside the clause [c0, c1) are those from k0 (first starting at or after c0)
            # up to k1 (first ending after c1)
            k0s.append(bisect_left(starts, c0))
            k1s.append(bisect_right(ends, c1))
            # VADER compounds as vader.compound (rounded to 4 decimals)
            clause = round(scores(text[c0:start] + "X" + text[end:c1])[3], 4)
            if clause == 0.0:
                clause = sent
            lo = starts[t0 - 6 if t0 > 6 else 0] if n else 0
            hi = ends[t1 + 6 if t1 + 7 < n else n - 1] if n else len(text)
            window = text[lo:start] + " X " + text[end:hi]
            before = text[:start]
            quoted = before.count("\"") % 2 == 1 or before.count("“") > before.count("”")
            rows.append((sent, clause, round(scores(window)[3], 4), float(t0 <= 1), float(quoted),
                         float(not _REPORT.isdisjoint(words[t0 - 2 if t0 > 2 else 0:t0] + words[t1 + 1:t1 + 3])),
                         float(t1 + 1 < n and words[t1 + 1] in ("'s", "'"))))

        # every (target, token) pair of the batch, vectorised
        n_tok = np.asarray(n_tok, dtype=np.intp)
        item = np.repeat(np.arange(n_items), n_tok)
        first = np.repeat(np.cumsum(n_tok) - n_tok, n_tok)
        i = np.arange(len(item)) - first
        word = np.asarray(words_ids, dtype=np.intp)[i + np.repeat(np.asarray(base, dtype=np.intp), n_tok)]
        col = self._words.columns()[word]
        val = self._words.valences()[word]
        t0 = np.repeat(np.asarray(t0s), n_tok)
        t1 = np.repeat(np.asarray(t1s), n_tok)
        left = i < t0
        keep = left | (i > t1)  # the target's own tokens are not features
        d = np.where(left, t0 - i, i - t1)
        in_clause = (i >= np.repeat(np.asarray(k0s), n_tok)) & (i < np.repeat(np.asarray(k1s), n_tok))
        # w: words weighted by distance (summed over repeats)
        m = keep & (col[:, 0] >= 0)
        w_item, w_col, w_val = item[m], col[m, 0], 1.0 / (1.0 + 0.5 * d[m])
        # L:, R: (within WINDOW tokens) and C: (in the clause): 1.0 once per target and column
        side = np.where(left, col[:, 1], col[:, 2])
        m_side = keep & (d <= WINDOW) & (side >= 0)
        m_clause = keep & in_clause & (col[:, 3] >= 0)
        size = len(self.W)
        ones = np.concatenate([item[m_side] * size + side[m_side], item[m_clause] * size + col[m_clause, 3]])
        ones.sort()  # distinct values in order (np.unique, without its hash table)
        ones = ones[np.concatenate(([True], ones[1:] != ones[:-1]))] if len(ones) else ones
        o_item, o_col = np.divmod(ones, size)
        # VADER valences left / right (within 6 tokens, by distance) and in the clause
        has = keep & ~np.isnan(val)
        lex_dense = np.zeros((n_items, 3))
        for j, mask, weight in ((0, has & left & (d <= 6), True), (1, has & ~left & (d <= 6), True),
                                (2, has & in_clause, False)):
            v = val[mask] / (1 + 0.3 * d[mask]) if weight else val[mask]
            lex_dense[:, j] = np.bincount(item[mask], v, minlength=n_items) / 4

        r = np.asarray(rows, dtype=float).reshape(n_items, 7)
        sent, clause, window = r[:, 0], r[:, 1], r[:, 2]
        dense = np.column_stack([np.ones(n_items), lex_dense, r,
                                 np.maximum(0.0, clause), np.minimum(0.0, clause), np.maximum(0.0, sent),
                                 np.minimum(0.0, sent), np.maximum(0.0, window), np.minimum(0.0, window)])
        z = dense @ self.W[self.dense]
        for k in range(len(self.b)):
            z[:, k] += np.bincount(w_item, self.W[w_col, k] * w_val, minlength=n_items)
            z[:, k] += np.bincount(o_item, self.W[o_col, k], minlength=n_items)
        z += self.b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


class _WordTable(dict):
    """Word -> id, with per id the model columns of its ``w:``, ``L:``, ``R:``, ``C:`` features (-1:
    unknown) and its VADER valence (nan: not in VADER's lexicon), as arrays indexed by id."""

    def __init__(self, vocab: dict[str, int]) -> None:
        super().__init__()
        self.vocab = vocab
        self._rows: list[tuple[int, int, int, int]] = []
        self._vals: list[float] = []
        self._columns = np.zeros((0, 4), dtype=np.intp)
        self._valences = np.zeros(0)

    def __missing__(self, word: str) -> int:
        v = self.vocab
        self._rows.append((v.get("w:" + word, -1), v.get("L:" + word, -1), v.get("R:" + word, -1),
                           v.get("C:" + word, -1)))
        self._vals.append(vader.lexicon().get(word, float("nan")))
        self[word] = got = len(self)
        return got

    def trim(self, limit: int = 200_000) -> None:
        """Forget every word once there are more than ``limit`` (between batches: ids change)."""
        if len(self) > limit:
            self.clear()
            self._rows.clear()
            self._vals.clear()
            self._columns = self._columns[:0]
            self._valences = self._valences[:0]

    def columns(self) -> np.ndarray:
        if len(self._columns) < len(self._rows):
            new = np.asarray(self._rows[len(self._columns):], dtype=np.intp).reshape(-1, 4)
            self._columns = np.concatenate([self._columns, new])
            self._valences = np.concatenate([self._valences, np.asarray(self._vals[len(self._valences):], dtype=float)])
        return self._columns

    def valences(self) -> np.ndarray:
        self.columns()
        return self._valences


@lru_cache(maxsize=1)
def _model_dict() -> dict | None:
    if not model_file(MODEL_FILE).is_file():
        return None
    return read_model(MODEL_FILE)


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
