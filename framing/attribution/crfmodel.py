"""A linear-chain CRF over the span tagger's features: PolNeAR source, cue and content spans.

The same seven tags as :mod:`framing.attribution.spanmodel` (``O``, ``B-``/``I-`` of ``SRC``, ``CUE``,
``CON``) and the same token features (word, shape, stem, neighbours, reporting-verb lexicon classes,
quotation state, nearest lexicon cue, the hand-written extractor's spans as tags), plus features that
look across sentences (quotation state carried over paragraphs, the sentence's first and last
tokens, whether the neighbouring sentences open or close a quotation, the extractor's tags at the
ends of the neighbouring sentences). A linear-chain CRF (CRFsuite, L-BFGS with L1 + L2 penalties)
learns the tag transitions over the whole article, so a content span can run on across a sentence
boundary or a quotation, which the logistic tagger's fixed decoding could not learn.

Fitted on the PolNeAR *train* split only and shipped as gzip JSON
``framing/data/models/attribution-crf-v1.json.gz`` (the CRFsuite model bytes base64-encoded, the
lexicon forms used as features, training metadata; no pickle) with its card ``attribution-crf.md``.

Refit (settings picked by cross-validation over train articles, then refitted on all of them)::

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

__all__ = ["MODEL_NAME", "CRFModel", "checksum", "crf_features", "crf_model", "extract_rows_crf"]

#: File name (without ``.json.gz``) of the shipped model in ``framing/data/models``.
MODEL_NAME = "attribution-crf-v1"


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


def crf_features(text: str, lex: dict[str, str], rules: Sequence[tuple[str, int, int]] | None = None
                 ) -> tuple[list[tuple[int, int, str]], list[list[str]]]:
    """Tokens of ``text`` and the feature strings of each: :func:`spanmodel.doc_features` plus context.

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
    sents = split_sentences(text)
    sent_of = [0] * n
    k = 0
    for i, (s, _, _) in enumerate(toks):
        while k + 1 < len(sents) and s >= sents[k + 1].start:
            k += 1
        sent_of[i] = k
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
    return toks, feats


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
        toks, feats = crf_features(text, self.lexicon, rules)
        return tag_spans(toks, self.tag(feats))

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
    >>> text = "Armenia’s army claims to be staying out of the dispute."
    >>> [(r["speaker"], r["party"], r["cue"], r["content"])
    ...  for r in extract_rows_crf(text, split_sentences(text), load_spec("karabakh-2023"))]
    [('Armenia’s army', 'armenia', 'claim', 'to be staying out of the dispute')]
    """
    return extract_rows(text, sents, spec, mentions=mentions, model=crf_model())


# ----------------------------------------------------------------------------------------------
# training (PolNeAR brat files)


def fit(exs: Sequence[tuple[list[list[str]], list[int]]], lex: dict[str, str], c1: float = 1.0, c2: float = 0.001,
        max_iter: int = 120, min_freq: int = 2) -> CRFModel:
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
    return CRFModel(data, lex)


def evaluate(model: CRFModel, docs, rules: Sequence | None = None) -> dict[str, float]:
    """Span scores (the benchmark's Jaccard >= 0.5 one-to-one matching) of ``model`` on ``docs``."""
    return evaluate_spans(model, docs, lambda k, text: model.spans(text, rules[k] if rules is not None else None))


def main(argv: list[str] | None = None) -> CRFModel:
    ap = argparse.ArgumentParser(description="Fit the attribution CRF on PolNeAR train (never dev).")
    ap.add_argument("train_dir", help="PolNeAR data/train folder (text/ and attributions/)")
    ap.add_argument("--write", action="store_true", help="write framing/data/models/" + MODEL_NAME + ".json.gz")
    ap.add_argument("--c1", type=float, default=1.0, help="L1 penalty")
    ap.add_argument("--c2", type=float, default=0.001, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=120, help="L-BFGS iterations")
    ap.add_argument("--folds", type=int, default=0, help="report K-fold cross-validation over train articles first")
    ap.add_argument("--out", help="write the model here instead of the package's data folder")
    args = ap.parse_args(argv)
    base = Path(args.train_dir)
    if base.name in ("dev", "test"):
        ap.error(f"{base}: the model is fitted on the train split only")
    t0 = time.perf_counter()
    docs = read_brat(base)
    lex = lexicon_forms()
    rules = [rule_spans(text) for _, text, _, _ in docs]
    exs = []
    for (_, text, spans, _), r in zip(docs, rules):
        toks, feats = crf_features(text, lex, r)
        exs.append((feats, gold_tags(toks, spans)))
    print(f"{len(docs)} train articles, features in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    cv: list[dict[str, float]] = []
    for fold in range(args.folds):
        m = fit([x for k, x in enumerate(exs) if k % args.folds != fold], lex, args.c1, args.c2, args.iterations)
        held = [k for k in range(len(docs)) if k % args.folds == fold]
        cv.append(evaluate(m, [docs[k] for k in held], [rules[k] for k in held]))
        print(f"fold {fold}: {json.dumps(cv[-1], sort_keys=True)}", file=sys.stderr)
    final = fit(exs, lex, args.c1, args.c2, args.iterations)
    final.meta = {
        "data": f"PolNeAR v1.0.0 train split ({len(docs)} articles, first annotation file per article)",
        "licence": "PolNeAR: no licence stated, research use",
        "method": f"CRFsuite linear-chain CRF, L-BFGS, c1={args.c1}, c2={args.c2}, {args.iterations} iterations, "
                  "features seen fewer than 2 times dropped, all transitions; one sequence per article",
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
