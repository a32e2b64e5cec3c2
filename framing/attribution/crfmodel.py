"""A linear-chain CRF over the span tagger's features: PolNeAR source, cue and content spans.

The same seven tags as :mod:`framing.attribution.spanmodel` (``O``, ``B-``/``I-`` of ``SRC``, ``CUE``,
``CON``) and the same token features (word, shape, stem, neighbours, reporting-verb lexicon classes,
quotation state, nearest lexicon cue, the hand-written extractor's spans as tags), plus features that
look across sentences (quotation state carried over paragraphs, the sentence's first and last
tokens, whether the neighbouring sentences open or close a quotation, the extractor's tags at the
ends of the neighbouring sentences) and, since v2, the context features of :func:`context_features`:
the learned cue model's probability of each token (:mod:`framing.attribution.cuemodel`, binned),
paragraph starts and ends, cue word x distance, the nearest rule cue, quotation mark and clause
mark, a wider word window. A linear-chain CRF (CRFsuite, L-BFGS with L1 + L2 penalties)
learns the tag transitions over the whole article, so a content span can run on across a sentence
boundary or a quotation, which the logistic tagger's fixed decoding could not learn.

Since v3 the model is an ensemble of two CRFs (:data:`MEMBERS`): one on v2's features with a
stronger L1 penalty, one with v3's features added (:func:`sentence_features`: sentence-level flags,
capitalised-name runs, the side of the nearest model cue, the position inside a quotation). Their
per-token tag marginals are averaged and decoded by a BIO-constrained Viterbi pass over the log of
the averages (:func:`spanmodel.decode`) with a penalty for starting a content span
(:data:`START_PENALTY`), which joins the fragments of one long content.

Fitted on the PolNeAR *train* split only and shipped as gzip JSON
``framing/data/models/attribution-crf-v3.json.gz`` (each member's CRFsuite model bytes
base64-encoded, the lexicon forms used as features, the feature groups, the decoding penalty,
training metadata; no pickle) with its card ``attribution-crf.md``.

Refit (settings picked on every fifth train article held out, then refitted on all of them)::

    python -m framing.attribution.crfmodel ../shared/datasets/polnear/data/train --write

>>> m = crf_model()
>>> text = "The senator acknowledged that the plan had failed."
>>> [(role, text[s:e]) for role, s, e in m.spans(text)]
[('source', 'The senator'), ('cue', 'acknowledged'), ('content', 'that the plan had failed')]
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import math
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from ..models import model_checksum, read_model
from ..segment import sentences as split_sentences
from .spanmodel import (
    TAGS,
    _quote_state,
    decode,
    doc_features,
    extract_rows,
    gold_tags,
    lexicon_forms,
    read_brat,
    rule_spans,
    tag_spans,
    tokens,
)
from .spanmodel import (
    evaluate as evaluate_spans,
)

__all__ = ["GROUPS", "MEMBERS", "MODEL_NAME", "START_PENALTY", "V3_GROUPS", "CRFModel", "checksum",
           "context_features", "crf_features", "crf_model", "extract_rows_crf", "sentence_features",
           "split_paragraphs", "token_cue_probs", "write_model"]

#: File name (without ``.json.gz``) of the shipped model in ``framing/data/models``.
MODEL_NAME = "attribution-crf-v3"


#: Decoding penalties (source, cue, content) for starting a span, in log-marginal units (v3).
START_PENALTY: tuple[float, float, float] = (0.0, 0.0, 1.0)


#: Feature groups of :func:`context_features` (v2).
GROUPS: tuple[str, ...] = ("para", "cuepos", "rulecue", "quotedist", "clause", "wide", "cueprob")

#: Feature groups added in v3 (:func:`sentence_features`): sentence-level flags, capitalised-name runs,
#: the side of the nearest model cue, the position inside a quotation.
V3_GROUPS: tuple[str, ...] = ("sentx", "names", "cueside", "qpair")

#: The ensemble's members (v3): CRFsuite L-BFGS penalties ``c1``, ``c2`` and the feature groups of each,
#: all fitted on the same articles.
MEMBERS: tuple[tuple[float, float, tuple[str, ...]], ...] = ((4.0, 0.001, GROUPS), (2.0, 0.01, GROUPS + V3_GROUPS))
_QUOTE_MARKS = frozenset("“”\"‘’«»'")


def _carried_quote_state(text: str, toks: Sequence[tuple[int, int, str]]) -> list[int]:
    """1 inside a quotation, carried over paragraph breaks (a quotation of several paragraphs)."""
    out = []
    inside = False
    for _, _, t in toks:
        if t in "“«":
            inside = True
            out.append(1)
        elif t in "”»":
            inside = False
            out.append(1)
        elif t == '"':
            inside = not inside
            out.append(1)
        else:
            out.append(int(inside))
    return out


def token_cue_probs(text: str, toks: Sequence[tuple[int, int, str]], model=None) -> list[float]:
    """The learned cue model's probability of each token (``0.0`` for punctuation).

    ``model`` defaults to the shipped :func:`framing.attribution.cuemodel.cue_model`.

    >>> text = "The senator acknowledged the mistake."
    >>> from .spanmodel import tokens
    >>> [round(p, 1) >= 0.5 for p in token_cue_probs(text, tokens(text))]
    [False, False, True, False, False, False]
    """
    if model is None:
        from .cuemodel import cue_model

        model = cue_model()
    by_start = {s: p for s, _, _, p in model.cues(text, list(toks))}
    return [by_start.get(s, 0.0) for s, _, _ in toks]


def token_sentences(text: str, toks: Sequence[tuple[int, int, str]]) -> list[int]:
    """The index of the sentence (:func:`split_sentences`) that holds each token.

    >>> from .spanmodel import tokens
    >>> text = "He said so. She did not."
    >>> token_sentences(text, tokens(text))
    [0, 0, 0, 0, 1, 1, 1, 1]
    """
    sents = split_sentences(text)
    out = [0] * len(toks)
    k = 0
    for i, (s, _, _) in enumerate(toks):
        while k + 1 < len(sents) and s >= sents[k + 1].start:
            k += 1
        out[i] = k
    return out


def crf_features(text: str, lex: dict[str, str], rules: Sequence[tuple[str, int, int]] | None = None,
                 groups: Sequence[str] = GROUPS, cue_probs: Sequence[float] | None = None
                 ) -> tuple[list[tuple[int, int, str]], list[list[str]]]:
    """Tokens of ``text`` and the feature strings of each: :func:`spanmodel.doc_features` plus context.

    Parameters
    ----------
    text : str
    lex : dict of str to str
        Lower-cased single-word cue form -> class (the model's ``lexicon``).
    rules : sequence of (role, start, end), optional
        The rule extractor's spans (:func:`spanmodel.rule_spans`); ``None`` runs it.
    groups : sequence of str
        :func:`context_features` groups (:data:`GROUPS`; ``()`` gives v1's features) and
        :func:`sentence_features` groups (:data:`V3_GROUPS`).
    cue_probs : sequence of float, optional
        Cue probability per token for the ``cueprob`` group; ``None`` asks the shipped cue model.

    >>> toks, feats = crf_features("He said: “Yes.” Then “no.”", {"said": "speech:neutral"})
    >>> [t for (_, _, t), f in zip(toks, feats) if "sb" in f]  # first token of each sentence
    ['He', 'Then']
    >>> "psq=1" in feats[7] and "w=said" in feats[1]  # "Then": the sentence before closed a quotation
    True
    """
    from .spanmodel import _span_tags

    if rules is None:
        rules = rule_spans(text)
    toks, feats = doc_features(text, lex, rules)
    n = len(toks)
    if not n:
        return toks, feats
    rt = _span_tags(toks, rules)
    inq = _quote_state(text, toks)
    cq = _carried_quote_state(text, toks)
    sent_of = token_sentences(text, toks)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, si in enumerate(sent_of):
        first.setdefault(si, i)
        last[si] = i
    opens = {si: toks[first[si]][2] in "“\"‘«" for si in first}
    closes = {si: toks[last[si]][2] in "”\"’»" or (last[si] > 0 and toks[last[si] - 1][2] in "”\"’»")
              for si in first}
    has_rule_con = {si: any(rt[i].endswith("CON") for i in range(first[si], last[si] + 1)) for si in first}
    has_rule_cue = {si: any(rt[i].endswith("CUE") for i in range(first[si], last[si] + 1)) for si in first}
    for i in range(n):
        si = sent_of[i]
        f = feats[i]
        if i == first[si]:
            f.append("sb")
            pl = rt[last[si - 1]] if si - 1 in last else "<d>"
            f += [f"prevlast_r={pl}", f"prev_close={int(closes.get(si - 1, False))}",
                  f"cq_start={cq[i]}|{inq[i]}", f"w|prev_close={toks[i][2].lower()}|{int(closes.get(si - 1, False))}"]
        if i == last[si]:
            f.append("se")
            nf = rt[first[si + 1]] if si + 1 in first else "</d>"
            f += [f"nextfirst_r={nf}", f"next_open={int(opens.get(si + 1, False))}"]
        f += [f"cq={cq[i]}", f"cq|q={cq[i]}|{inq[i]}", f"nsq={int(opens.get(si + 1, False))}",
              f"psq={int(closes.get(si - 1, False))}", f"sopen={int(opens[si])}", f"sclose={int(closes[si])}",
              f"pcon={int(has_rule_con.get(si - 1, False))}|{int(has_rule_con[si])}",
              f"ncue={int(has_rule_cue.get(si + 1, False))}|{int(has_rule_cue[si])}",
              f"sopen|r={int(opens[si])}|{rt[i]}"]
    if groups:
        if ("cueprob" in groups or set(groups) & set(V3_GROUPS)) and cue_probs is None:
            cue_probs = token_cue_probs(text, toks)
        context_features(text, toks, feats, rt, lex, groups, cue_probs, sent_of)
        if set(groups) & set(V3_GROUPS):
            sentence_features(toks, feats, rt, inq, lex, groups, cue_probs, sent_of)
    return toks, feats


def _prob_bin(p: float) -> str:
    """A cue probability as one of six bins (``0`` to ``5``)."""
    return str(sum(p >= t for t in (0.05, 0.2, 0.4, 0.6, 0.8)))


def _near(flags: Sequence[bool], idx: Sequence[int]) -> tuple[list[int], list[int]]:
    """Per token of ``idx`` (one sentence), the index of the nearest flagged token before / after (-1: none)."""
    left, right = [], []
    last = -1
    for i in idx:
        left.append(last)
        if flags[i]:
            last = i
    nxt = -1
    for i in reversed(idx):
        right.append(nxt)
        if flags[i]:
            nxt = i
    return left, right[::-1]


def context_features(text: str, toks: Sequence[tuple[int, int, str]], feats: list[list[str]],
                     rt: Sequence[str], lex: dict[str, str], groups: Sequence[str] = GROUPS,
                     cue_probs: Sequence[float] | None = None, sent_of: Sequence[int] | None = None) -> None:
    """Add the v2 features to ``feats`` in place: paragraph starts, cue word x relative position, the
    nearest rule cue and quotation mark, clause punctuation, a wider word window.
    ``sent_of`` is each token's sentence (:func:`token_sentences`), computed when not given.

    >>> from .spanmodel import doc_features
    >>> text = "He said it rained.\\n\\n“Yes,” she added."
    >>> toks, feats = doc_features(text, {"said": "speech:neutral"}, [])
    >>> context_features(text, toks, feats, ["O"] * len(toks), {"said": "speech:neutral"})
    >>> "pb" in feats[5] and "lcw|d=said|1" in feats[2]  # “ opens a paragraph; "it" is 1 after "said"
    True
    """
    from .spanmodel import _bucket, _stem

    n = len(toks)
    low = [t.lower() for _, _, t in toks]
    sent_of = token_sentences(text, toks) if sent_of is None else sent_of
    by_sent: dict[int, list[int]] = {}
    for i, si in enumerate(sent_of):
        by_sent.setdefault(si, []).append(i)
    is_cue = [bool(lex.get(w)) for w in low]
    is_rcue = [r.endswith("CUE") for r in rt]
    is_q = [t in _QUOTE_MARKS for _, _, t in toks]
    is_cl = [t in ",;:—–(" for _, _, t in toks]
    for si, idx in by_sent.items():
        lc, rc = _near(is_cue, idx)
        lr, rr = _near(is_rcue, idx)
        lq, rq = _near(is_q, idx)
        lk, rk = _near(is_cl, idx)
        a, b = idx[0], idx[-1]
        has_rcon = any(rt[i].endswith("CON") for i in idx)
        if "cueprob" in groups and cue_probs is not None:
            cb = [_prob_bin(cue_probs[i]) for i in range(a, b + 1)]
            lm, rm = _near([p >= 0.5 for p in cue_probs], idx)
            smax = _prob_bin(max(cue_probs[a:b + 1]))
        for j, i in enumerate(idx):
            f = feats[i]
            if "para" in groups:
                pb = i == 0 or "\n" in text[toks[i - 1][1]:toks[i][0]]
                pe = i == n - 1 or "\n" in text[toks[i][1]:toks[i + 1][0]]
                if pb:
                    f += ["pb", f"pb|w={low[i]}", f"pb|r={rt[i]}"]
                if pe:
                    f += ["pe", f"pe|w={low[i]}"]
            if "cuepos" in groups:
                if lc[j] >= 0:
                    f.append(f"lcw|d={_stem(low[lc[j]])}|{_bucket(i - lc[j])}")
                if rc[j] >= 0:
                    f.append(f"rcw|d={_stem(low[rc[j]])}|{_bucket(rc[j] - i)}")
            if "rulecue" in groups:
                f.append(f"lr={_bucket(i - lr[j]) if lr[j] >= 0 else 'none'}|{rt[i]}")
                f.append(f"rr={_bucket(rr[j] - i) if rr[j] >= 0 else 'none'}|{rt[i]}")
                if lr[j] >= 0:
                    f.append(f"lrw={_stem(low[lr[j]])}")
                f.append(f"srcon={int(has_rcon)}|{rt[i]}")
            if "quotedist" in groups:
                f.append(f"lq={_bucket(i - lq[j]) if lq[j] >= 0 else 'none'}")
                f.append(f"rq={_bucket(rq[j] - i) if rq[j] >= 0 else 'none'}")
            if "clause" in groups:
                f.append(f"lk={_bucket(i - lk[j]) if lk[j] >= 0 else 'none'}|{low[lk[j]] if lk[j] >= 0 else ''}")
                f.append(f"rk={_bucket(rk[j] - i) if rk[j] >= 0 else 'none'}|{low[rk[j]] if rk[j] >= 0 else ''}")
                if lc[j] >= 0:
                    f.append(f"lc_cl={int(lk[j] > lc[j])}|{_bucket(i - lc[j])}")
            if "cueprob" in groups and cue_probs is not None:
                c0 = cb[i - a]
                f += [f"cp={c0}", f"cp|r={c0}|{rt[i]}", f"cp|q={c0}|{int(is_q[i])}", f"smc={smax}",
                      f"pcp={cb[i - a - 1] if i > a else '<s>'}", f"ncp={cb[i - a + 1] if i < b else '</s>'}",
                      f"lmc={_bucket(i - lm[j]) if lm[j] >= 0 else 'none'}",
                      f"rmc={_bucket(rm[j] - i) if rm[j] >= 0 else 'none'}"]
                if lm[j] >= 0:
                    f.append(f"lmw={_stem(low[lm[j]])}|{_bucket(i - lm[j])}")
            if "wide" in groups:
                f += [f"p3={low[i - 3] if i - 2 > a else '<s>'}", f"n3={low[i + 3] if i + 2 < b else '</s>'}",
                      f"p2|p1={low[i - 2] if i - 1 > a else '<s>'}|{low[i - 1] if i > a else '<s>'}",
                      f"n1|n2={low[i + 1] if i < b else '</s>'}|{low[i + 2] if i + 1 < b else '</s>'}"]


def sentence_features(toks: Sequence[tuple[int, int, str]], feats: list[list[str]], rt: Sequence[str],
                      inq: Sequence[int], lex: dict[str, str], groups: Sequence[str],
                      cue_probs: Sequence[float], sent_of: Sequence[int]) -> None:
    """Add the v3 features (:data:`V3_GROUPS`) to ``feats`` in place.

    ``rt`` are the rule extractor's tags, ``inq`` the quotation state, ``cue_probs`` the cue model's
    probabilities and ``sent_of`` the sentence of each token.

    - ``sentx``: the sentence holds a quotation mark (with the rule tag), ends in a question mark,
      holds a lexicon cue; its number of model cues (p >= 0.5, alone and with the quotation state); its length;
    - ``names``: a run of capitalised words (position in the run and its length), with a model cue
      within three tokens after / before it and whether it opens the sentence;
    - ``cueside``: the stem of the nearest model cue to the right with its distance; the side and stem
      of the nearest model cue in the sentence, with the quotation state;
    - ``qpair``: inside a quotation, the distance to its opening and closing marks and their distance apart.

    >>> from .spanmodel import tokens
    >>> text = "Senator John Smith said the vote failed."
    >>> toks = tokens(text)
    >>> feats = [[] for _ in toks]
    >>> sentence_features(toks, feats, ["O"] * 8, [0] * 8, {"said": "speech:neutral"}, V3_GROUPS,
    ...                   [0, 0, 0, 0.9, 0, 0, 0, 0], [0] * 8)
    >>> [f for f in feats[2] if f.startswith("nr")]  # "Smith" ends a name run of 3, a cue right after
    ['nr=E|3', 'nr|ca=E|1', 'nr|cb=E|0', 'nr|first=1|1']
    >>> "side=L:said|0" in feats[5] and "rmw=said|1" in feats[2]
    True
    """
    from .spanmodel import _bucket, _stem

    low = [t.lower() for _, _, t in toks]
    by_sent: dict[int, list[int]] = {}
    for i, si in enumerate(sent_of):
        by_sent.setdefault(si, []).append(i)
    cap = [t[:1].isupper() and t[:1].isalpha() for _, _, t in toks] if "names" in groups else []
    model_cue = [p >= 0.5 for p in cue_probs]
    for idx in by_sent.values():
        a, b = idx[0], idx[-1]
        if "sentx" in groups:
            hasq = any(toks[i][2] in _QUOTE_MARKS for i in idx)
            ques = toks[b][2] == "?" or (b > a and toks[b - 1][2] == "?")
            slex = any(lex.get(low[i]) for i in idx)
            nmc = min(sum(model_cue[i] for i in idx), 3)
            sl = _bucket(len(idx))
            for i in idx:
                feats[i] += [f"sq={int(hasq)}|{rt[i]}", f"sques={int(ques)}", f"slex={int(slex)}|{int(hasq)}",
                             f"nmc={nmc}", f"slen={sl}", f"nmc|q={nmc}|{inq[i]}"]
        if "names" in groups:
            j = 0
            while j < len(idx):
                if not cap[idx[j]]:
                    j += 1
                    continue
                k = j
                while k + 1 < len(idx) and cap[idx[k + 1]]:
                    k += 1
                size = k - j + 1
                cue_after = int(any(model_cue[x] for x in idx[k + 1:k + 4]))
                cue_before = int(any(model_cue[x] for x in idx[max(0, j - 3):j]))
                for m in range(j, k + 1):
                    pos = "S" if size == 1 else ("B" if m == j else ("E" if m == k else "I"))
                    feats[idx[m]] += [f"nr={pos}|{min(size, 4)}", f"nr|ca={pos}|{cue_after}",
                                      f"nr|cb={pos}|{cue_before}", f"nr|first={int(j == 0)}|{cue_after}"]
                j = k + 1
        if "cueside" in groups:
            lm, rm = _near(model_cue, idx)
            for j, i in enumerate(idx):
                if rm[j] >= 0:
                    feats[i].append(f"rmw={_stem(low[rm[j]])}|{_bucket(rm[j] - i)}")
                side = "none"
                if lm[j] >= 0 and (rm[j] < 0 or i - lm[j] <= rm[j] - i):
                    side = "L:" + _stem(low[lm[j]])
                elif rm[j] >= 0:
                    side = "R:" + _stem(low[rm[j]])
                feats[i].append(f"side={side}|{inq[i]}")
        if "qpair" in groups:
            for i in idx:
                if inq[i] and toks[i][2] not in _QUOTE_MARKS:
                    o = i
                    while o > a and toks[o][2] not in _QUOTE_MARKS:
                        o -= 1
                    c = i
                    while c < b and toks[c][2] not in _QUOTE_MARKS:
                        c += 1
                    feats[i] += [f"qo={_bucket(i - o)}", f"qc={_bucket(c - i)}", f"ql={_bucket(c - o)}"]


def split_paragraphs(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Content spans cut at line breaks: each non-blank line of a content becomes its own content.

    (On held-out train articles a content the CRF ran on over a paragraph break more often joined two
    attributions than continued one quotation.)

    >>> split_paragraphs("He said: yes.\\n\\nNo.", [("cue", 3, 7), ("content", 9, 19)])
    [('cue', 3, 7), ('content', 9, 13), ('content', 15, 18)]
    """
    out = []
    for role, s, e in spans:
        if role != "content" or "\n" not in text[s:e]:
            out.append((role, s, e))
            continue
        for m in re.finditer(r"[^\n]+", text[s:e]):
            piece = m.group()
            if piece.strip():
                a = s + m.start() + len(piece) - len(piece.lstrip())
                out.append(("content", a, a + len(piece.strip())))
    return out


class CRFModel:
    """The shipped CRF ensemble: the members' CRFsuite model bytes, the lexicon forms used as features, metadata.

    Parameters
    ----------
    crfs : sequence of bytes
        The members' CRFsuite model files (one for a single CRF).
    lexicon : dict of str to str
        Cue forms and classes seen at training time (the ``lex`` features).
    meta : dict, optional
        Data, settings and metrics (kept for the model card); ``groups`` (the feature groups of all
        members) and ``start_penalty`` (source, cue, content; :func:`spanmodel.decode`) are read back.
    """

    def __init__(self, crfs: Sequence[bytes], lexicon: dict[str, str], meta: dict | None = None):
        if isinstance(crfs, (bytes, bytearray)):
            raise TypeError("crfs is a sequence of CRFsuite model files")
        self.crfs = list(crfs)
        self.lexicon = lexicon
        self.meta = meta or {}
        self._local = threading.local()

    def _tagger_list(self) -> list:
        """The members' CRFsuite taggers, one set per thread (a tagger holds the sequence it was ``set``)."""
        taggers = getattr(self._local, "taggers", None)
        if taggers is None:
            import pycrfsuite

            taggers = []
            for data in self.crfs:
                t = pycrfsuite.Tagger()
                t.open_inmemory(data)
                taggers.append(t)
            self._local.taggers = taggers
        return taggers

    def marginals(self, feats: Sequence[list[str]]) -> list[list[float]]:
        """Per token, the members' marginal probability of each tag of :data:`spanmodel.TAGS`, averaged."""
        n = len(feats)
        avg = [[0.0] * len(TAGS) for _ in range(n)]
        taggers = self._tagger_list()
        for t in taggers:
            t.set(feats)
            for c, tag in enumerate(TAGS):
                for i in range(n):
                    avg[i][c] += t.marginal(tag, i)
        k = len(taggers)
        return [[p / k for p in row] for row in avg]

    def tag(self, feats: Sequence[list[str]]) -> list[int]:
        """Tag indices (into :data:`spanmodel.TAGS`) of one article's token features.

        The BIO-constrained path that maximises the summed log of the averaged marginals, less
        :attr:`start_penalty` for each span started.
        """
        if not feats:
            return []
        logp = [[math.log(max(p, 1e-12)) for p in row] for row in self.marginals(feats)]
        return decode(logp, self.start_penalty)

    def spans(self, text: str, rules: Sequence[tuple[str, int, int]] | None = None) -> list[tuple[str, int, int]]:
        """``(role, start, end)`` of every source, cue and content span found in ``text``."""
        toks, feats = crf_features(text, self.lexicon, rules, self.groups)
        out = tag_spans(toks, self.tag(feats))
        return split_paragraphs(text, out) if self.meta.get("split_paragraphs") else out

    @property
    def groups(self) -> tuple[str, ...]:
        """The feature groups the model computes (in ``meta``): those of all its members.

        A member fitted without some of them ignores their features (CRFsuite skips attributes it
        has no weight for).
        """
        return tuple(self.meta.get("groups", ()))

    @property
    def start_penalty(self) -> tuple[float, float, float]:
        """Decoding penalties (source, cue, content) for starting a span (in ``meta``)."""
        s, c, k = self.meta.get("start_penalty", (0.0, 0.0, 0.0))
        return (float(s), float(c), float(k))

    def to_json(self) -> dict:
        return {"name": MODEL_NAME, "tags": list(TAGS),
                "crfsuite": [base64.b64encode(c).decode("ascii") for c in self.crfs],
                "lexicon": self.lexicon, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> CRFModel:
        if data.get("name") != MODEL_NAME:
            raise ValueError(f"model file is {data.get('name')!r}, expected {MODEL_NAME!r}")
        if tuple(data.get("tags", ())) != TAGS:
            raise ValueError(f"model tags {data.get('tags')!r} differ from {TAGS!r}")
        return cls([base64.b64decode(c) for c in data["crfsuite"]], dict(data["lexicon"]), data.get("meta", {}))


@lru_cache(maxsize=1)
def crf_model() -> CRFModel:
    """The shipped model (loaded once)."""
    return CRFModel.from_json(read_model(f"{MODEL_NAME}.json.gz"))


def checksum() -> str:
    """SHA-256 of the shipped model file."""
    return model_checksum(f"{MODEL_NAME}.json.gz")


def extract_rows_crf(text: str, sents: Sequence, spec, mentions: Sequence | None = None) -> list[dict]:
    """Attribution rows (``attributions.csv`` columns) from the CRF's spans; as :func:`spanmodel.extract_rows`.

    >>> from framing.spec import load_spec
    >>> text = "Officials in Baku claim the Karabakh Armenians are welcome to stay."
    >>> [(r["speaker"], r["party"], r["cue"], r["content"])
    ...  for r in extract_rows_crf(text, split_sentences(text), load_spec("karabakh-2023"))]
    [('Officials in Baku', 'azerbaijan', 'claim', 'the Karabakh Armenians are welcome to stay')]
    """
    return extract_rows(text, sents, spec, mentions=mentions, model=crf_model())


# ----------------------------------------------------------------------------------------------
# training (PolNeAR brat files)


def fit_member(exs: Sequence[tuple[list[list[str]], list[int]]], c1: float = 2.0, c2: float = 0.01,
               max_iter: int = 120, min_freq: int = 2) -> bytes:
    """The CRFsuite model file of one CRF fitted on ``exs`` (token features and gold tag indices per article)."""
    import os
    import tempfile

    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for feats, tags in exs:
        tr.append(feats, [TAGS[k] for k in tags])
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": min_freq,
                   "feature.possible_transitions": True})
    fd, tmp = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        tr.train(tmp)
        return Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)


def fit(examples: Callable[[tuple[str, ...]], Sequence[tuple[list[list[str]], list[int]]]], lex: dict[str, str],
        members: Sequence[tuple[float, float, Sequence[str]]] = MEMBERS, max_iter: int = 120, min_freq: int = 2,
        start_penalty: Sequence[float] = START_PENALTY, split_paragraphs: bool = False) -> CRFModel:
    """Fit one CRF per ``(c1, c2, groups)`` of ``members``; the ensemble decodes with ``start_penalty``.

    ``examples(groups)`` gives the training articles' token features (with those feature groups)
    and gold tag indices.
    """
    crfs = [fit_member(examples(tuple(g)), c1, c2, max_iter, min_freq) for c1, c2, g in members]
    union = tuple(dict.fromkeys(x for _, _, g in members for x in g))
    return CRFModel(crfs, lex, {"groups": list(union), "members": [[c1, c2, list(g)] for c1, c2, g in members],
                                "start_penalty": list(start_penalty), "split_paragraphs": split_paragraphs})


def write_model(model: CRFModel, out: Path) -> int:
    """Write ``model`` to ``out`` as gzip JSON (sorted keys, no timestamp: same model, same bytes); JSON size."""
    payload = json.dumps(model.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(payload, mtime=0))
    return len(payload)


def _member_spec(spec: str) -> tuple[float, float, tuple[str, ...]]:
    """``c1:c2:groups`` (groups ``v1``, ``v2``, ``v3`` or names joined by ``+``) as a :data:`MEMBERS` entry.

    >>> _member_spec("4:0.001:v2") == (4.0, 0.001, GROUPS)
    True
    """
    c1, c2, g = spec.split(":")
    named = {"v1": (), "v2": GROUPS, "v3": GROUPS + V3_GROUPS}
    groups = named[g] if g in named else tuple(x for x in g.split("+") if x)
    bad = sorted(set(groups) - set(GROUPS + V3_GROUPS))
    if bad:
        raise ValueError(f"unknown feature groups {bad}")
    return float(c1), float(c2), groups


def _spec_text(member: tuple[float, float, Sequence[str]]) -> str:
    """A :data:`MEMBERS` entry as ``c1:c2:groups`` (the inverse of :func:`_member_spec`).

    >>> [_spec_text(m) for m in MEMBERS]
    ['4.0:0.001:v2', '2.0:0.01:v3']
    """
    c1, c2, g = member
    named = {(): "v1", GROUPS: "v2", GROUPS + V3_GROUPS: "v3"}
    return f"{c1}:{c2}:{named.get(tuple(g), '+'.join(g))}"


def main(argv: list[str] | None = None) -> CRFModel:
    ap = argparse.ArgumentParser(description="Fit the attribution CRF on PolNeAR train (never dev).")
    ap.add_argument("train_dir", help="PolNeAR data/train folder (text/ and attributions/)")
    ap.add_argument("--write", action="store_true", help="write framing/data/models/" + MODEL_NAME + ".json.gz")
    ap.add_argument("--members", default=",".join(_spec_text(m) for m in MEMBERS),
                    help="the ensemble's CRFs as c1:c2:groups (L1, L2 penalties; feature groups v1, v2, v3 or "
                         "names joined by +), comma-separated; one for a single CRF")
    ap.add_argument("--start-penalty", default=",".join(str(x) for x in START_PENALTY),
                    help="decoding penalties source,cue,content for starting a span")
    ap.add_argument("--iterations", type=int, default=120, help="L-BFGS iterations")
    ap.add_argument("--heldout", action="store_true",
                    help="first fit on four fifths of train (a cue model too) and report every fifth article "
                         "(the selection protocol)")
    ap.add_argument("--split-paragraphs", action="store_true", help="cut contents at line breaks after decoding")
    ap.add_argument("--out", help="write the model here instead of the package's data folder")
    args = ap.parse_args(argv)
    base = Path(args.train_dir)
    if base.name in ("dev", "test"):
        ap.error(f"{base}: the model is fitted on the train split only")
    try:
        members = tuple(_member_spec(m) for m in args.members.split(","))
        pen = tuple(float(x) for x in args.start_penalty.split(","))
    except (ValueError, KeyError) as e:
        ap.error(f"--members c1:c2:groups,... / --start-penalty source,cue,content: {e}")
    if len(pen) != 3:
        ap.error("--start-penalty: three numbers (source, cue, content)")
    settings = {"members": members, "max_iter": args.iterations, "start_penalty": pen,
                "split_paragraphs": args.split_paragraphs}
    t0 = time.perf_counter()
    docs = read_brat(base)
    lex = lexicon_forms()
    rules = [rule_spans(text) for _, text, _, _ in docs]
    toks = [tokens(text) for _, text, _, _ in docs]
    gold = [gold_tags(t, spans) for t, (_, _, spans, _) in zip(toks, docs)]

    def examples(probs: list[list[float]], keep: Sequence[int]):
        def of(groups: tuple[str, ...]) -> list[tuple[list[list[str]], list[int]]]:
            return [(crf_features(docs[k][1], lex, rules[k], groups, probs[k])[1], gold[k]) for k in keep]
        return of

    heldout: dict[str, float] = {}
    if args.heldout:
        from . import cuemodel

        fit_k = [k for k in range(len(docs)) if k % 5]
        held = [k for k in range(len(docs)) if not k % 5]
        qdocs = cuemodel.read_brat(base)
        q = cuemodel.fit([qdocs[k] for k in fit_k])  # the cue model's features are the four fifths' too
        probs = [token_cue_probs(text, t, q) for (_, text, _, _), t in zip(docs, toks)]
        m = fit(examples(probs, fit_k), lex, **settings)
        heldout = evaluate_spans(m, [docs[k] for k in held], lambda i, text: tag_spans(
            toks[held[i]], m.tag(crf_features(text, lex, rules[held[i]], m.groups, probs[held[i]])[1])))
        print(f"held-out train (every fifth article): {json.dumps(heldout, sort_keys=True)}", file=sys.stderr)
    probs = [token_cue_probs(text, t) for (_, text, _, _), t in zip(docs, toks)]
    print(f"{len(docs)} train articles, features in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    final = fit(examples(probs, range(len(docs))), lex, **settings)
    final.meta = {
        **final.meta,
        "data": f"PolNeAR v1.0.0 train split ({len(docs)} articles, first annotation file per article)",
        "licence": "PolNeAR: no licence stated, research use",
        "method": f"{len(members)} CRFsuite linear-chain CRFs (c1:c2:groups {args.members}), L-BFGS, "
                  f"{args.iterations} iterations, features seen fewer than 2 times dropped, all transitions; "
                  "one sequence per article; marginals averaged, BIO-constrained Viterbi over their logs "
                  f"with span start penalties {list(pen)}",
        "heldout": heldout,
    }
    print(f"fitted in {time.perf_counter() - t0:.0f} s ({sum(len(c) for c in final.crfs) // 1024} KiB)", file=sys.stderr)
    if args.write or args.out:
        out = Path(args.out) if args.out else Path(__file__).resolve().parents[1] / "data" / "models" / f"{MODEL_NAME}.json.gz"
        size = write_model(final, out)
        print(f"wrote {out} ({size // 1024} KiB JSON)", file=sys.stderr)
    return final


if __name__ == "__main__":
    main()
