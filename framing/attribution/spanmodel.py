"""A learned span tagger for attributions in PolNeAR's sense: source, cue and content spans.

Every token of a text (words and punctuation) gets one of seven tags, ``O`` or ``B-``/``I-`` of
``SRC`` (the source), ``CUE`` (the framing words) and ``CON`` (the content). PolNeAR's spans of the
three roles never overlap (an attribution nested inside another one's content is annotated as
its own three spans, not inside them), so one tag layer represents the whole annotation. Each token is
scored by a multinomial logistic regression over sparse features (the word, its shape and stem,
neighbouring words, the reporting-verb lexicon's classes, quotation state, position in the sentence,
and the distance, class and separating punctuation of the nearest lexicon cue on either side in the
sentence); a constrained Viterbi pass (``I-X`` only after ``B-X`` or ``I-X``) turns the per-token
probabilities into spans, and :func:`pair` groups each cue with its nearest source and content.

Fitted with scikit-learn on the PolNeAR *train* split only and shipped as gzip JSON (feature ->
seven weights; no pickle): ``framing/data/models/attribution-spans-v1.json.gz`` with its card
``attribution-spans.md``. The lexicon forms used at training time are stored in the model file, so
later lexicon edits do not shift the features.

Refit (settings picked on every fifth train article, then refitted on all train articles)::

    python -m framing.attribution.spanmodel ../shared/datasets/polnear/data/train --write

>>> m = span_model()
>>> text = "The senator acknowledged that the plan had failed."
>>> [(role, text[s:e]) for role, s, e in m.spans(text)]
[('source', 'The senator'), ('cue', 'acknowledged'), ('content', 'that the plan had failed')]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..segment import sentences as split_sentences
from ..models import model_checksum, model_file, read_model
from .cues import read_entries

__all__ = ["SpanModel", "span_model", "MODEL_NAME", "TAGS", "ROLE_OF", "doc_features", "pair", "decode"]

#: File name (without ``.json.gz``) of the shipped model in ``framing/data/models``.
MODEL_NAME = "attribution-spans-v1"

#: The tag set, in the order of the stored weight vectors.
TAGS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
ROLE_OF = {"SRC": "source", "CUE": "cue", "CON": "content"}

_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
_OPEN = "“‘«"
_CLOSE = "”’»"


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


def _shape(t: str) -> str:
    if t[:1].isupper():
        return "X" if not t.isupper() or len(t) == 1 else "XX"
    if t[:1].isalpha():
        return "x"
    if t[:1].isdigit():
        return "d"
    return t if t in ",.:;“”\"‘’'—–-()?!" else "p"


def _bucket(d: int) -> str:
    if d <= 3:
        return str(d)
    if d <= 5:
        return "4-5"
    if d <= 10:
        return "6-10"
    if d <= 20:
        return "11-20"
    return "21+"


def lexicon_forms() -> dict[str, str]:
    """Single-word forms of the reporting-verb lexicon (every type) -> ``"type:class"``."""
    out: dict[str, str] = {}
    for e in read_entries():
        if " " not in e.form:
            out.setdefault(e.form.lower(), f"{e.type}:{e.cls}")
    return out


#: Cue types the rule extractor runs with when its spans serve as features.
RULE_TYPES: tuple[str, ...] = ("speech", "evidential_phrase", "cognition", "evidential", "stance")


def rule_spans(text: str) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` of the hand-written extractor's spans (every cue type), the tagger's features.

    >>> [(r, "He said it rained."[s:e]) for r, s, e in rule_spans("He said it rained.")]
    [('source', 'He'), ('cue', 'said'), ('content', 'it rained')]
    """
    from ..spec import load_spec
    from .extract import extract

    rows = extract(text, split_sentences(text), load_spec("karabakh-2023"), types=RULE_TYPES)
    out = []
    for r in rows:
        if r["speaker_start"] >= 0:
            out.append(("source", r["speaker_start"], r["speaker_end"]))
        if r["cue_start"] >= 0:
            out.append(("cue", r["cue_start"], r["cue_end"]))
        for part in r["parts"].split(";"):
            a, b = (int(x) for x in part.split("-"))
            out.append(("content", a, b))
    return out


def _span_tags(toks: Sequence[tuple[int, int, str]], spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """Per-token ``B-role``/``I-role``/``O`` of (possibly overlapping) spans; the first span wins."""
    import bisect

    starts = [s for s, _, _ in toks]
    out = ["O"] * len(toks)
    for role, lo, hi in spans:
        i = max(0, bisect.bisect_right(starts, lo) - 1)
        first = True
        while i < len(toks) and toks[i][0] < hi:
            if toks[i][1] > lo and out[i] == "O":
                out[i] = ("B-" if first else "I-") + role[:3]
                first = False
            i += 1
    return out


def _quote_state(text: str, toks: Sequence[tuple[int, int, str]]) -> list[int]:
    """1 for tokens inside a quotation (curly marks pair up, a straight ``"`` toggles), per paragraph."""
    out = []
    inside = False
    prev_end = 0
    for s, e, t in toks:
        if "\n" in text[prev_end:s]:
            inside = False
        prev_end = e
        if t == "“" or t == "«":
            out.append(1)
            inside = True
            continue
        if t == "”" or t == "»":
            out.append(1)
            inside = False
            continue
        if t == '"':
            out.append(1)
            inside = not inside
            continue
        out.append(int(inside))
    return out


def doc_features(text: str, lex: dict[str, str], rules: Sequence[tuple[str, int, int]] | None = None
                 ) -> tuple[list[tuple[int, int, str]], list[list[str]]]:
    """Tokens of ``text`` and the feature strings of each.

    Parameters
    ----------
    text : str
    lex : dict of str to str
        Lower-cased single-word cue form -> class (as :func:`lexicon_forms`).
    rules : sequence of (role, start, end), optional
        Spans of the rule extractor (:func:`rule_spans`); ``None`` runs it.

    >>> toks, feats = doc_features("Officials said so.", {"said": "speech:neutral"})
    >>> "w=said" in feats[1] and "lex=speech:neutral" in feats[1] and "rc=speech:neutral|1" in feats[0]
    True
    """
    toks = tokens(text)
    n = len(toks)
    low = [t.lower() for _, _, t in toks]
    shp = [_shape(t) for _, _, t in toks]
    cls = [lex.get(w, "") for w in low]
    inq = _quote_state(text, toks)
    rt = _span_tags(toks, rule_spans(text) if rules is None else rules)
    # sentence index of each token
    sent_of = [0] * n
    sents = split_sentences(text)
    k = 0
    for i, (s, _, _) in enumerate(toks):
        while k + 1 < len(sents) and s >= sents[k + 1].start:
            k += 1
        sent_of[i] = k
    bounds: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        bounds[sent_of[i]].append(i)
    feats: list[list[str]] = [[] for _ in range(n)]
    for si, idx in bounds.items():
        a, b = idx[0], idx[-1]
        cue_idx = [i for i in idx if cls[i]]
        sent_q = int(any(inq[i] for i in idx))
        sent_cue = "1" if cue_idx else "0"
        prev_cue = "1" if si - 1 in bounds and any(cls[i] for i in bounds[si - 1]) else "0"
        first_tok = low[a]
        para_start = si == 0 or sents[si].paragraph != sents[si - 1].paragraph
        # running left cue / right cue
        left = [-1] * (b - a + 1)
        last = -1
        for i in idx:
            left[i - a] = last
            if cls[i]:
                last = i
        right = [-1] * (b - a + 1)
        nxt = -1
        for i in reversed(idx):
            right[i - a] = nxt
            if cls[i]:
                nxt = i
        commas = [0] * (b - a + 2)
        for i in idx:
            commas[i - a + 1] = commas[i - a] + (low[i] in (",", ";", ":", "—", "–"))
        thats = [0] * (b - a + 2)
        for i in idx:
            thats[i - a + 1] = thats[i - a] + (low[i] == "that")
        for i in idx:
            w = low[i]
            st = _stem(w)
            p1 = low[i - 1] if i > a else "<s>"
            p2 = low[i - 2] if i - 1 > a else "<s>"
            n1 = low[i + 1] if i < b else "</s>"
            n2 = low[i + 2] if i + 1 < b else "</s>"
            f = [
                "b", f"w={w}", f"st={st}", f"sh={shp[i]}", f"suf={w[-3:]}", f"lex={cls[i] or 'none'}",
                f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"p1|w={p1}|{w}", f"w|n1={w}|{n1}",
                f"psh={shp[i - 1] if i > a else '<s>'}", f"nsh={shp[i + 1] if i < b else '</s>'}",
                f"plex={cls[i - 1] if i > a and cls[i - 1] else 'none'}",
                f"nlex={cls[i + 1] if i < b and cls[i + 1] else 'none'}",
                f"q={inq[i]}", f"sq={sent_q}", f"sc={sent_cue}", f"pc={prev_cue}",
                f"fromS={_bucket(i - a)}", f"toE={_bucket(b - i)}", f"first={first_tok}",
                f"ps={int(para_start)}", f"q|sc={inq[i]}|{sent_cue}",
            ]
            r0 = rt[i]
            rp = rt[i - 1] if i > a else "<s>"
            rn = rt[i + 1] if i < b else "</s>"
            f += [f"r={r0}", f"rp={rp}", f"rn={rn}", f"rp|r={rp}|{r0}", f"r|rn={r0}|{rn}", f"r|q={r0}|{inq[i]}",
                  f"r|w={r0}|{w}", f"r|lex={r0}|{cls[i] or 'none'}"]
            lc, rc = left[i - a], right[i - a]
            if lc >= 0:
                d = _bucket(i - lc)
                ncom = min(commas[i - a] - commas[lc - a + 1], 2)
                nth = min(thats[i - a] - thats[lc - a + 1], 1)
                f += [f"lc={cls[lc]}|{d}", f"lcw={_stem(low[lc])}", f"lcd={d}|{ncom}|{nth}", f"lcq={d}|{inq[i]}",
                      f"lcn1={low[lc + 1] if lc < b else '</s>'}|{d}"]
            else:
                f.append("lc=none")
            if rc >= 0:
                d = _bucket(rc - i)
                ncom = min(commas[rc - a] - commas[i - a + 1], 2)
                f += [f"rc={cls[rc]}|{d}", f"rcw={_stem(low[rc])}", f"rcd={d}|{ncom}", f"rcq={d}|{inq[i]}",
                      f"rcp1={low[rc - 1] if rc > a else '<s>'}|{d}"]
            else:
                f.append("rc=none")
            if lc < 0 and rc < 0:
                f.append(f"nocue|q={inq[i]}|{sent_q}")
            feats[i] = f
    return toks, feats


_ALLOWED = [[True] * len(TAGS) for _ in TAGS]  # _ALLOWED[prev][cur]
for _p, _pt in enumerate(TAGS):
    for _c, _ct in enumerate(TAGS):
        if _ct.startswith("I-"):
            _ALLOWED[_p][_c] = _pt[2:] == _ct[2:]


def decode(logp: Sequence[Sequence[float]], start_penalty: Sequence[float] = (0.0, 0.0, 0.0)) -> list[int]:
    """Constrained Viterbi over per-token log-probabilities (rows: tokens, columns: :data:`TAGS`).

    ``start_penalty`` (source, cue, content) is subtracted each time a span of that role starts: a
    higher value joins fragments of one long content span instead of splitting it.

    >>> [TAGS[k] for k in decode([[-0.1, -3, -3, -3, -3, -3, -3], [-3, -3, -0.1, -3, -3, -3, -3]])]
    ['O', 'O']
    """
    n = len(logp)
    if not n:
        return []
    K = len(TAGS)
    neg = -1e9
    pen = [0.0] * K
    for k, v in zip((1, 3, 5), start_penalty):
        pen[k] = v
    score = [logp[0][c] - pen[c] if not TAGS[c].startswith("I-") else neg for c in range(K)]
    back: list[list[int]] = []
    for t in range(1, n):
        row = logp[t]
        new = [neg] * K
        bp = [0] * K
        for c in range(K):
            best, arg = neg, 0
            for p in range(K):
                if _ALLOWED[p][c] and score[p] > best:
                    best, arg = score[p], p
            new[c] = best + row[c] - pen[c]
            bp[c] = arg
        back.append(bp)
        score = new
    c = max(range(K), key=lambda k: score[k])
    path = [c]
    for bp in reversed(back):
        c = bp[c]
        path.append(c)
    return path[::-1]


def tag_spans(toks: Sequence[tuple[int, int, str]], path: Sequence[int]) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` character spans of a tag path (punctuation trimmed at the edges)."""
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for i, k in enumerate(path):
        tag = TAGS[k]
        if tag == "O" or tag.startswith("B-"):
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
            cur = [ROLE_OF[tag[2:]], i, i] if tag != "O" else None
        else:
            assert cur is not None
            cur[2] = i
    if cur:
        out.append(tuple(cur))  # type: ignore[arg-type]
    spans = []
    for role, i, j in out:
        while i < j and toks[i][2] in ",;:—–-" :
            i += 1
        while j > i and toks[j][2] in ",;:—–-":
            j -= 1
        spans.append((role, toks[i][0], toks[j][1]))
    return spans


class SpanModel:
    """Stored weights of the span tagger (feature -> one weight per tag), scored by sparse dot products.

    Parameters
    ----------
    weights : dict of str to list of float
        Feature -> coefficients, one per tag of :data:`TAGS`.
    intercept : list of float
    lexicon : dict of str to str
        Cue forms and classes seen at training time (the ``lex`` features).
    start_penalty : sequence of float
        Cost of starting a source, cue, content span in decoding (:func:`decode`).
    meta : dict, optional
        Data, settings and metrics (kept for the model card).
    """

    def __init__(self, weights: dict[str, list[float]], intercept: list[float], lexicon: dict[str, str],
                 start_penalty: Sequence[float] = (0.0, 0.0, 0.0), meta: dict | None = None):
        self.weights = weights
        self.intercept = intercept
        self.lexicon = lexicon
        self.start_penalty = start_penalty
        self.meta = meta or {}

    def _arrays(self):
        if getattr(self, "_index", None) is None:
            import numpy as np

            names = sorted(self.weights)
            self._index = {n: k for k, n in enumerate(names)}
            self._W = np.array([self.weights[n] for n in names], dtype=np.float64).reshape(len(names), len(TAGS))
        return self._index, self._W

    def log_probs(self, feats: Sequence[list[str]]) -> list[list[float]]:
        """Per-token log-probabilities of the tags (one sparse dot product per token)."""
        import numpy as np

        index, W = self._arrays()
        if not feats:
            return []
        idx: list[int] = []
        owner: list[int] = []
        from scipy.sparse import csr_matrix

        for t, f in enumerate(feats):
            for name in dict.fromkeys(f):  # binary features, as in training
                k = index.get(name)
                if k is not None:
                    idx.append(k)
                    owner.append(t)
        X = csr_matrix((np.ones(len(idx)), (np.asarray(owner, dtype=np.int64), np.asarray(idx, dtype=np.int64))),
                       shape=(len(feats), W.shape[0]))
        Z = np.asarray(X @ W) + np.asarray(self.intercept, dtype=np.float64)
        Z -= Z.max(axis=1, keepdims=True)
        Z -= np.log(np.exp(Z).sum(axis=1, keepdims=True))
        return Z.tolist()

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """``(role, start, end)`` of every source, cue and content span found in ``text``."""
        toks, feats = doc_features(text, self.lexicon)
        return tag_spans(toks, decode(self.log_probs(feats), self.start_penalty))

    def to_json(self) -> dict:
        return {"name": MODEL_NAME, "tags": list(TAGS), "intercept": self.intercept, "weights": self.weights,
                "lexicon": self.lexicon, "start_penalty": list(self.start_penalty), "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> "SpanModel":
        if data.get("name") != MODEL_NAME:
            raise ValueError(f"model file is {data.get('name')!r}, expected {MODEL_NAME!r}")
        if tuple(data.get("tags", ())) != TAGS:
            raise ValueError(f"model tags {data.get('tags')!r} differ from {TAGS!r}")
        return cls(data["weights"], list(data["intercept"]), dict(data["lexicon"]),
                   tuple(data.get("start_penalty", (0.0, 0.0, 0.0))), data.get("meta", {}))


def model_path():
    """The shipped model file (an importlib.resources traversable)."""
    return model_file(f"{MODEL_NAME}.json.gz")


@lru_cache(maxsize=1)
def span_model() -> SpanModel:
    """The shipped model (loaded once)."""
    return SpanModel.from_json(read_model(f"{MODEL_NAME}.json.gz"))


def checksum() -> str:
    """SHA-256 of the shipped model file."""
    return model_checksum(f"{MODEL_NAME}.json.gz")


def pair(text: str, spans: Sequence[tuple[str, int, int]]) -> list[dict]:
    """Group spans into attributions: each cue with the nearest unused source and content.

    A content or source is taken from the cue's sentence, or the sentence before/after for content
    (a quotation then ", she said."); a content left over becomes an attribution without a cue.

    >>> pair("He said it rained.", [("source", 0, 2), ("cue", 3, 7), ("content", 8, 17)])
    [{'source': (0, 2), 'cue': (3, 7), 'content': (8, 17)}]
    """
    sents = split_sentences(text)
    starts = [s.start for s in sents]

    def sent(pos: int) -> int:
        lo, hi = 0, len(starts) - 1
        k = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                k, lo = mid, mid + 1
            else:
                hi = mid - 1
        return k

    cues = [(s, e) for r, s, e in spans if r == "cue"]
    srcs = [(s, e) for r, s, e in spans if r == "source"]
    cons = [(s, e) for r, s, e in spans if r == "content"]

    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return max(0, b[0] - a[1], a[0] - b[1])

    rows = []
    used_s: set[int] = set()
    used_c: set[int] = set()
    for cue in cues:
        cs = sent(cue[0])
        cand = [(gap(cue, x), k) for k, x in enumerate(srcs) if k not in used_s and abs(sent(x[0]) - cs) <= 0]
        src = None
        if cand:
            k = min(cand)[1]
            used_s.add(k)
            src = srcs[k]
        cand = [(gap(cue, x), k) for k, x in enumerate(cons)
                if k not in used_c and (sent(x[0]) <= cs + 1 and sent(x[1] - 1) >= cs - 1)]
        con = None
        if cand:
            k = min(cand)[1]
            used_c.add(k)
            con = cons[k]
        rows.append({"source": src, "cue": cue, "content": con})
    for k, x in enumerate(cons):
        if k not in used_c:
            rows.append({"source": None, "cue": None, "content": x})
    return rows


# ----------------------------------------------------------------------------------------------
# training (PolNeAR brat files)


def read_brat(split_dir: Path) -> list[tuple[str, str, list[tuple[str, list[tuple[int, int]]]], Path]]:
    """``(name, text, [(role, fragments)], ann path)`` per article; the first annotation file (sorted) is gold."""
    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        anns[ann.stem.rsplit("_", 1)[0]].append(ann)
    out = []
    for txt in sorted((split_dir / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        spans = []
        for line in anns[txt.stem][0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t", 2)
            if not line.startswith("T") or len(parts) < 2:
                continue
            label, offsets = parts[1].split(" ", 1)
            role = {"Source": "SRC", "Cue": "CUE", "Content": "CON"}.get(label)
            if role:
                frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
                spans.append((role, frags))
        out.append((txt.stem, txt.read_text(encoding="utf-8"), spans, anns[txt.stem][0]))
    return out


def gold_tags(toks: Sequence[tuple[int, int, str]], spans) -> list[int]:
    """Tag index per token from gold spans (a discontinuous span's gaps stay inside it)."""
    import bisect

    starts = [s for s, _, _ in toks]
    role_at: dict[int, tuple[str, int]] = {}
    for k, (role, frags) in enumerate(spans):
        lo = min(a for a, _ in frags)
        hi = max(b for _, b in frags)
        i = max(0, bisect.bisect_right(starts, lo) - 1)
        while i < len(toks) and toks[i][0] < hi:
            if toks[i][1] > lo:
                role_at.setdefault(i, (role, k))
            i += 1
    out = []
    prev = None
    for i in range(len(toks)):
        r = role_at.get(i)
        if r is None:
            out.append(0)
        else:
            out.append(TAGS.index(("I-" if prev == r else "B-") + r[0]))
        prev = r
    return out


def _matrix(rows: list[list[str]], index: dict[str, int]):
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for r in rows:
        indices.extend(index[f] for f in dict.fromkeys(r) if f in index)
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices), dtype=np.float32), np.array(indices, dtype=np.int32),
                       np.array(indptr, dtype=np.int64)), shape=(len(rows), len(index)))


def examples(docs, lex: dict[str, str]) -> list[tuple[list[list[str]], list[int]]]:
    """Features and gold tag indices of each article (as from :func:`read_brat`)."""
    out = []
    for _, text, spans, _ in docs:
        toks, feats = doc_features(text, lex)
        out.append((feats, gold_tags(toks, spans)))
    return out


def fit(exs, lex: dict[str, str], C: float = 0.5, min_count: int = 3, min_weight: float = 0.02,
        max_iter: int = 100, start_penalty: Sequence[float] = (0.0, 0.0, 2.0)) -> SpanModel:
    """Fit a model on ``exs`` (as from :func:`examples`)."""
    import warnings

    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    rows = [f for feats, _ in exs for f in feats]
    ys = [y for _, tags in exs for y in tags]
    counts = Counter(f for r in rows for f in set(r))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    X = _matrix(rows, index)
    clf = LogisticRegression(C=C, max_iter=max_iter, solver="lbfgs")
    with warnings.catch_warnings():  # a fixed iteration budget (selected on held-out train), not convergence
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, np.array(ys))
    classes = list(clf.classes_)
    K = len(TAGS)
    coef = np.zeros((K, len(names)))
    icpt = np.full(K, -30.0)
    for j, c in enumerate(classes):
        coef[c] = clf.coef_[j]
        icpt[c] = clf.intercept_[j]
    weights = {}
    for k, nm in enumerate(names):
        col = coef[:, k]
        if np.abs(col).max() >= min_weight:
            weights[nm] = [round(float(x), 4) for x in col]
    return SpanModel(weights, [round(float(x), 4) for x in icpt], lex, tuple(start_penalty))


def evaluate(model: SpanModel, docs, spans_of=None) -> dict[str, float]:
    """Span scores (the benchmark's Jaccard >= 0.5 one-to-one matching) of ``model`` on ``docs``.

    ``spans_of(k, text)`` gives the predicted ``(role, start, end)`` of the ``k``-th document
    (default: ``model.spans(text)``); the CRF passes its own, with the rules' spans.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.attribution_polnear import add_counts, new_counts, parse_ann, scores  # type: ignore

    counts = new_counts()
    for k, (_, text, _, ann) in enumerate(docs):
        pred: dict[str, list[frozenset[int]]] = defaultdict(list)
        for role, s, e in (spans_of(k, text) if spans_of is not None else model.spans(text)):
            pred[role].append(frozenset(range(s, e)))
        add_counts(counts, parse_ann(Path(ann)), pred)
    return scores(counts)


def main(argv: list[str] | None = None) -> SpanModel:
    ap = argparse.ArgumentParser(description="Fit the attribution span tagger on PolNeAR train (never dev).")
    ap.add_argument("train_dir", help="PolNeAR data/train folder (text/ and attributions/)")
    ap.add_argument("--write", action="store_true", help="write framing/data/models/" + MODEL_NAME + ".json.gz")
    ap.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--penalties", default="0,1,2,3",
                    help="content start penalties compared on held-out train (comma-separated)")
    ap.add_argument("--no-heldout", action="store_true", help="skip the held-out fifth (use --penalty)")
    ap.add_argument("--penalty", type=float, default=2.0, help="content start penalty when --no-heldout")
    ap.add_argument("--out", help="write the model here instead of the package's data folder")
    args = ap.parse_args(argv)
    base = Path(args.train_dir)
    if base.name in ("dev", "test"):
        ap.error(f"{base}: the model is fitted on the train split only")
    t0 = time.perf_counter()
    docs = read_brat(base)
    lex = lexicon_forms()
    exs = examples(docs, lex)
    print(f"{len(docs)} train articles, features in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    results: dict[float, dict[str, float]] = {}
    best = args.penalty
    if not args.no_heldout:
        # every fifth train article is held out; the other four fifths are fitted
        m = fit([x for k, x in enumerate(exs) if k % 5], lex, C=args.C)
        held = [d for k, d in enumerate(docs) if not k % 5]
        for pen in [float(x) for x in args.penalties.split(",")]:
            m.start_penalty = (0.0, 0.0, pen)
            results[pen] = evaluate(m, held)
            print(f"held-out train, content start penalty {pen}: {json.dumps(results[pen], sort_keys=True)}",
                  file=sys.stderr)
        best = max(results, key=lambda p: results[p]["content_f1"])
    final = fit(exs, lex, C=args.C, start_penalty=(0.0, 0.0, best))
    final.meta = {
        "data": f"PolNeAR v1.0.0 train split ({len(docs)} articles, first annotation file per article)",
        "licence": "PolNeAR: no licence stated, research use",
        "method": f"scikit-learn LogisticRegression(C={args.C}, lbfgs, 100 iterations) over 7 BIO tags; "
                  "features seen in fewer than 3 tokens dropped, features whose weights are all under 0.02 dropped; "
                  "constrained Viterbi decoding with a content start penalty",
        "selection": "content F1 on every fifth train article, model fitted on the other four fifths",
        "heldout_by_penalty": {str(k): v for k, v in results.items()},
        "start_penalty": [0.0, 0.0, best],
        "n_features": len(final.weights),
    }
    print(f"content start penalty {best}; {len(final.weights)} features; {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    if args.write:
        out = Path(args.out) if args.out else Path(__file__).resolve().parents[1] / "data" / "models" / f"{MODEL_NAME}.json.gz"
        payload = json.dumps(final.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out.write_bytes(gzip.compress(payload, mtime=0))
        print(f"wrote {out} ({len(payload) // 1024} KiB JSON)", file=sys.stderr)
    return final

if __name__ == "__main__":
    main()


# ----------------------------------------------------------------------------------------------
# attribution rows (the columns of attributions.csv) from the tagger's spans


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, tuple[str, str]]:
    """Lower-cased lexicon form -> (lemma, class), every cue type."""
    out: dict[str, tuple[str, str]] = {}
    for e in read_entries():
        out.setdefault(e.form.lower(), (e.lemma, e.cls))
    return out


def _kind(content: str, cue: str) -> str:
    c = content.strip()
    if cue.lower().startswith("according"):
        return "according_to"
    if c[:1] in "“\"‘'" and c[-1:] in "”\"’'":
        return "direct"
    if any(q in c for q in "“”\""):
        return "partial"
    return "indirect"


def extract_rows(text: str, sents: Sequence, spec, mentions: Sequence | None = None,
                 model: SpanModel | None = None) -> list[dict]:
    """Attribution rows (``attributions.csv`` columns) from the span tagger: PolNeAR-style attributions.

    Counts what PolNeAR annotates (beliefs, stances and evidence as well as speech), so it is a
    recall-oriented mode, not the default of the news pipeline. The party of a row is the party of
    the first spec mention inside its source span ("" when none).

    >>> from framing.spec import load_spec
    >>> text = "Armenia’s army claims to be staying out of the dispute."
    >>> [(r["speaker"], r["party"], r["cue"], r["content"])
    ...  for r in extract_rows(text, split_sentences(text), load_spec("karabakh-2023"))]
    [('Armenia’s', 'armenia', 'claim', 'to be staying out of the dispute')]
    """
    import bisect

    from ..segment import word_count
    from .mentions import matcher

    m = model or span_model()
    if mentions is None:
        mentions = matcher(spec).find(text)
    starts = [s.start for s in sents]
    lem = _lemmas()
    out = []
    for row in pair(text, m.spans(text)):
        con = row["content"]
        if con is None:
            continue
        src, cue = row["source"], row["cue"]
        s, e = con
        party = ""
        if src is not None:
            for mt in mentions:
                if src[0] <= mt.start < src[1] and mt.party:
                    party = mt.party
                    break
        cue_text = text[cue[0]:cue[1]] if cue else ""
        lemma, cls = lem.get(cue_text.lower(), (cue_text.lower(), "neutral")) if cue else ("", "")
        out.append({
            "start": s, "end": e, "speaker": text[src[0]:src[1]] if src else "",
            "speaker_start": src[0] if src else -1, "speaker_end": src[1] if src else -1,
            "speaker_name": text[src[0]:src[1]] if src else "", "party": party, "via": "span_model" if party else "",
            "cue": lemma, "cue_start": cue[0] if cue else -1, "cue_end": cue[1] if cue else -1, "cue_class": cls,
            "cue_source": "span_model" if cue else "", "kind": _kind(text[s:e], cue_text),
            "content": text[s:e], "words": word_count(text[s:e]),
            "sent_idx": max(0, bisect.bisect_right(starts, s) - 1),
            "sent_end_idx": max(0, bisect.bisect_right(starts, e - 1) - 1),
            "parts": f"{s}-{e}", "continued": False, "joint": "",  # the rule extractor's columns, whatever the model
        })
    return out
