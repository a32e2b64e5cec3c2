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

Fitted on the PolNeAR *train* split only and shipped as gzip JSON
``framing/data/models/attribution-crf-v2.json.gz`` (the CRFsuite model bytes base64-encoded, the
lexicon forms used as features, the feature groups, training metadata; no pickle) with its card
``attribution-crf.md``.

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
import re
import sys
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..models import model_checksum, read_model
from ..segment import sentences as split_sentences
from .spanmodel import (
    TAGS,
    _quote_state,
    doc_features,
    extract_rows,
    gold_tags,
    lexicon_forms,
    read_brat,
    rule_spans,
    tag_spans,
)
from .spanmodel import (
    evaluate as evaluate_spans,
)

__all__ = ["GROUPS", "MODEL_NAME", "CRFModel", "checksum", "context_features", "crf_features", "crf_model",
           "extract_rows_crf", "split_paragraphs", "token_cue_probs"]

#: File name (without ``.json.gz``) of the shipped model in ``framing/data/models``.
MODEL_NAME = "attribution-crf-v2"


#: Feature groups of :func:`context_features` (v2), all on in the shipped model.
GROUPS: tuple[str, ...] = ("para", "cuepos", "rulecue", "quotedist", "clause", "wide", "cueprob")
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
        :func:`context_features` groups (:data:`GROUPS`; ``()`` gives v1's features).
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
        if "cueprob" in groups and cue_probs is None:
            cue_probs = token_cue_probs(text, toks)
        context_features(text, toks, feats, rt, lex, groups, cue_probs, sent_of)
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


def _repair(tags: Sequence[str]) -> list[int]:
    """Tag indices of a CRF path, an ``I-X`` that does not continue an ``X`` span turned into ``B-X``."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(TAGS.index(t))
        prev = t
    return out


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
    """The shipped CRF: CRFsuite model bytes, the lexicon forms used as features, metadata.

    Parameters
    ----------
    crf : bytes
        A CRFsuite model file's content.
    lexicon : dict of str to str
        Cue forms and classes seen at training time (the ``lex`` features).
    meta : dict, optional
        Data, settings and metrics (kept for the model card).
    """

    def __init__(self, crf: bytes, lexicon: dict[str, str], meta: dict | None = None):
        self.crf = crf
        self.lexicon = lexicon
        self.meta = meta or {}

    def _tagger(self):
        if getattr(self, "_t", None) is None:
            import pycrfsuite

            t = pycrfsuite.Tagger()
            t.open_inmemory(self.crf)
            self._t = t
        return self._t

    def tag(self, feats: Sequence[list[str]]) -> list[int]:
        """Tag indices (into :data:`spanmodel.TAGS`) of one article's token features."""
        if not feats:
            return []
        return _repair(self._tagger().tag(feats))

    def spans(self, text: str, rules: Sequence[tuple[str, int, int]] | None = None) -> list[tuple[str, int, int]]:
        """``(role, start, end)`` of every source, cue and content span found in ``text``."""
        toks, feats = crf_features(text, self.lexicon, rules, self.groups)
        out = tag_spans(toks, self.tag(feats))
        return split_paragraphs(text, out) if self.meta.get("split_paragraphs") else out

    @property
    def groups(self) -> tuple[str, ...]:
        """The :func:`context_features` groups the model was fitted with (in ``meta``)."""
        return tuple(self.meta.get("groups", ()))

    def to_json(self) -> dict:
        return {"name": MODEL_NAME, "tags": list(TAGS), "crfsuite": base64.b64encode(self.crf).decode("ascii"),
                "lexicon": self.lexicon, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> CRFModel:
        if data.get("name") != MODEL_NAME:
            raise ValueError(f"model file is {data.get('name')!r}, expected {MODEL_NAME!r}")
        if tuple(data.get("tags", ())) != TAGS:
            raise ValueError(f"model tags {data.get('tags')!r} differ from {TAGS!r}")
        return cls(base64.b64decode(data["crfsuite"]), dict(data["lexicon"]), data.get("meta", {}))


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


def fit(exs: Sequence[tuple[list[list[str]], list[int]]], lex: dict[str, str], c1: float = 2.0, c2: float = 0.01,
        max_iter: int = 120, min_freq: int = 2, groups: Sequence[str] = GROUPS,
        split_paragraphs: bool = False) -> CRFModel:
    """Fit a CRF on ``exs`` (token features and gold tag indices per article)."""
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
        data = Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)
    return CRFModel(data, lex, {"groups": list(groups), "split_paragraphs": split_paragraphs})


def evaluate(model: CRFModel, docs, rules: Sequence | None = None) -> dict[str, float]:
    """Span scores (the benchmark's Jaccard >= 0.5 one-to-one matching) of ``model`` on ``docs``."""
    return evaluate_spans(model, docs, lambda k, text: model.spans(text, rules[k] if rules is not None else None))


def main(argv: list[str] | None = None) -> CRFModel:
    ap = argparse.ArgumentParser(description="Fit the attribution CRF on PolNeAR train (never dev).")
    ap.add_argument("train_dir", help="PolNeAR data/train folder (text/ and attributions/)")
    ap.add_argument("--write", action="store_true", help="write framing/data/models/" + MODEL_NAME + ".json.gz")
    ap.add_argument("--c1", type=float, default=2.0, help="L1 penalty")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=120, help="L-BFGS iterations")
    ap.add_argument("--folds", type=int, default=0, help="report K-fold cross-validation over train articles first")
    ap.add_argument("--heldout", action="store_true",
                    help="first fit on four fifths of train and report every fifth article (the selection protocol)")
    ap.add_argument("--groups", default=",".join(GROUPS),
                    help="context feature groups, comma-separated (default: all of " + ", ".join(GROUPS) + ")")
    ap.add_argument("--split-paragraphs", action="store_true", help="cut contents at line breaks after decoding")
    ap.add_argument("--out", help="write the model here instead of the package's data folder")
    args = ap.parse_args(argv)
    base = Path(args.train_dir)
    if base.name in ("dev", "test"):
        ap.error(f"{base}: the model is fitted on the train split only")
    groups = tuple(g.strip() for g in args.groups.split(",") if g.strip())
    bad = sorted(set(groups) - set(GROUPS))
    if bad:
        ap.error(f"--groups: unknown {bad}; valid: {', '.join(GROUPS)}")
    settings = {"c1": args.c1, "c2": args.c2, "max_iter": args.iterations, "groups": groups,
                "split_paragraphs": args.split_paragraphs}
    t0 = time.perf_counter()
    docs = read_brat(base)
    lex = lexicon_forms()
    rules = [rule_spans(text) for _, text, _, _ in docs]
    exs = []
    for (_, text, spans, _), r in zip(docs, rules):
        toks, feats = crf_features(text, lex, r, groups)
        exs.append((feats, gold_tags(toks, spans)))
    print(f"{len(docs)} train articles, features in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    heldout: dict[str, float] = {}
    if args.heldout:
        m = fit([x for k, x in enumerate(exs) if k % 5], lex, **settings)
        held = [k for k in range(len(docs)) if not k % 5]
        heldout = evaluate(m, [docs[k] for k in held], [rules[k] for k in held])
        print(f"held-out train (every fifth article): {json.dumps(heldout, sort_keys=True)}", file=sys.stderr)
    cv: list[dict[str, float]] = []
    for fold in range(args.folds):
        m = fit([x for k, x in enumerate(exs) if k % args.folds != fold], lex, **settings)
        held = [k for k in range(len(docs)) if k % args.folds == fold]
        cv.append(evaluate(m, [docs[k] for k in held], [rules[k] for k in held]))
        print(f"fold {fold}: {json.dumps(cv[-1], sort_keys=True)}", file=sys.stderr)
    final = fit(exs, lex, **settings)
    final.meta = {
        **final.meta,
        "data": f"PolNeAR v1.0.0 train split ({len(docs)} articles, first annotation file per article)",
        "licence": "PolNeAR: no licence stated, research use",
        "method": f"CRFsuite linear-chain CRF, L-BFGS, c1={args.c1}, c2={args.c2}, {args.iterations} iterations, "
                  "features seen fewer than 2 times dropped, all transitions; one sequence per article",
        "heldout": heldout,
        "cv": cv,
    }
    print(f"fitted in {time.perf_counter() - t0:.0f} s ({len(final.crf) // 1024} KiB)", file=sys.stderr)
    if args.write or args.out:
        out = Path(args.out) if args.out else Path(__file__).resolve().parents[1] / "data" / "models" / f"{MODEL_NAME}.json.gz"
        payload = json.dumps(final.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out.write_bytes(gzip.compress(payload, mtime=0))
        print(f"wrote {out} ({len(payload) // 1024} KiB JSON)", file=sys.stderr)
    return final


if __name__ == "__main__":
    main()
