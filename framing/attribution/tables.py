"""Voice per party: the attribution columns of parties.csv and documents.csv.

Measures (per document, per outlet, or over the corpus — the ``by`` groups):

``mentions``
    party mentions (aliases, people, titles, demonyms, resolved pronouns);
``attributions``, ``direct``, ``partial``, ``indirect``, ``according_to``
    statements attributed to the party, in total and by kind;
``quoted_words``
    words of the party's statements (for split quotes, the quoted words only);
``word_share``
    ``quoted_words`` over all attributed words in the group, including speakers of no party
    (``other``) and unresolved ones, so the shares of the spec's parties sum to at most 1;
``cue_<class>``
    the party's statements by stance class of the reporting verb (``cue_neutral``, ``cue_doubt``…);
``first_mention``
    position of the party's first mention in the body, 0 (first character) to 1 (last); for an
    outlet or the corpus, the mean over the documents that mention the party;
``in_headline``, ``in_standfirst``, ``in_first_paragraph``
    whether the party is mentioned there (headline: the ``title`` and ``subtitle`` metadata, since
    Economist-style Markdown keeps the rubric as title and the headline as subtitle) (0/1 per document; for an outlet or the corpus, the share
    of documents).

documents.csv gains ``attributions`` (statements in the document), ``quoted_words`` and
``balance_index``: the normalised Shannon entropy of the quoted-word shares of the spec's K parties,
``H = -sum(p_i log p_i) / log K`` with ``p_i = w_i / sum(w)`` over the spec's parties only. It is 1
when every party gets the same number of words, 0 when one party has all of them, and empty when
no party is quoted.

>>> balance_index([10, 10, 10, 10, 10])
1.0
>>> balance_index([30, 0, 0, 0, 0])
0.0
>>> round(balance_index([30, 10, 0, 0, 0]), 3)
0.349
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np
import pandas as pd

from ..parts import cached
from .cues import read_entries
from .mentions import matcher

__all__ = ["party_table", "party_parts", "document_table", "balance_index", "KINDS", "CUE_CLASSES"]

#: Statement kinds counted per party.
KINDS = ("direct", "partial", "indirect", "according_to")
#: Stance classes of the reporting-verb lexicon (one ``cue_<class>`` column each).
CUE_CLASSES = tuple(sorted({e.cls for e in read_entries()}))


def balance_index(words: Sequence[float]) -> float:
    """Normalised entropy of word counts over K parties (NaN when none; 0 for one party of one).

    Parameters
    ----------
    words : sequence of float
        Quoted words of each of the spec's parties (zeros included: K = ``len(words)``).
    """
    k = len(words)
    total = float(sum(words))
    if total <= 0:
        return float("nan")
    if k < 2:
        return 0.0
    h = -sum((w / total) * math.log(w / total) for w in words if w > 0)
    return abs(round(h / math.log(k), 12))


def _outlets(result: Any) -> pd.Series:
    docs = result.documents
    if not len(docs) or "outlet" not in docs.columns:
        return pd.Series(dtype=object)
    return docs.set_index("doc_id")["outlet"].fillna("").astype(str)


#: Counts per (document, party), summed over documents at the outlet and corpus scopes.
COUNT_COLUMNS = ("mentions", "attributions", *KINDS, "quoted_words", *(f"cue_{c}" for c in CUE_CLASSES))
#: Presence per (document, party), averaged over documents at the outlet and corpus scopes.
PRESENCE_COLUMNS = ("first_mention", "in_headline", "in_standfirst", "in_first_paragraph")


def _head_parties(result: Any) -> tuple[list[set[str]], list[set[str]]]:
    """Per document (in order): the parties named in the headline (title and subtitle) and in the standfirst."""
    docs = result.documents
    m = matcher(result.spec)
    n = len(docs)

    def column(name: str) -> list[Any]:
        return docs[name].tolist() if name in docs.columns else [None] * n

    heads, stands = [], []
    has_head = [k for k in ("title", "subtitle") if k in docs.columns]
    titles = [column(k) for k in has_head]
    standfirst = column("standfirst")
    for i in range(n):
        head_text = " | ".join(str(values[i] or "") for values in titles)
        heads.append({x.party for x in m.find(head_text)})
        stand_text = str(standfirst[i] or "") if "standfirst" in docs.columns else ""
        stands.append({x.party for x in m.find(stand_text)})
    return heads, stands


def _build_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Counts and presence per (document, party), and attributed words per document (see :func:`party_parts`)."""
    parties = list(result.spec.party_ids)
    ids = result.documents["doc_id"].astype(str).tolist() if len(result.documents) else []
    grid = pd.MultiIndex.from_product([ids, parties], names=["doc_id", "party"])
    table = pd.DataFrame(index=grid)

    men = result.mentions
    if len(men):
        mdoc = men["doc_id"].astype(str)
        table["mentions"] = men.groupby([mdoc, men["party"]]).size().reindex(grid, fill_value=0).astype("int64")
    else:
        table["mentions"] = 0

    att = result.attributions
    count_cols = ["attributions", *KINDS, "quoted_words", *(f"cue_{c}" for c in CUE_CLASSES)]
    if len(att):
        words = pd.to_numeric(att["words"], errors="coerce").fillna(0)
        flags = {"attributions": np.ones(len(att), dtype="int64")}
        for k in KINDS:
            flags[k] = (att["kind"] == k).to_numpy(dtype="int64")
        flags["quoted_words"] = words.to_numpy()
        for c in CUE_CLASSES:
            flags[f"cue_{c}"] = (att["cue_class"] == c).to_numpy(dtype="int64")
        adoc = att["doc_id"].astype(str).to_numpy()
        flags_df = pd.DataFrame(flags)
        grouped = flags_df.groupby([adoc, att["party"].to_numpy()], dropna=False)[count_cols].sum()
        grouped.index.names = ["doc_id", "party"]
        grouped = grouped.reindex(grid, fill_value=0)
        for col in count_cols:
            table[col] = grouped[col].to_numpy()
        per_doc = pd.DataFrame({"doc_id": adoc, "attributions": 1, "quoted_words": words.to_numpy()})
        per_doc = per_doc.groupby("doc_id", sort=False)[["attributions", "quoted_words"]].sum()
    else:
        for col in count_cols:
            table[col] = 0
        per_doc = pd.DataFrame({"attributions": pd.Series(dtype="int64"), "quoted_words": pd.Series(dtype="int64")},
                               index=pd.Index([], name="doc_id"))
    documents = pd.DataFrame({"doc_id": ids}).join(per_doc, on="doc_id")
    documents["attributions"] = documents["attributions"].fillna(0).astype("int64")
    documents["quoted_words"] = documents["quoted_words"].fillna(0).astype(per_doc["quoted_words"].dtype)

    # presence: first mention (relative offset), headline, standfirst, first paragraph
    sents = result.sentences
    first = pd.Series(np.nan, index=grid)
    in_first = pd.Series(0, index=grid, dtype="int64")
    if len(men):
        mparty = men["party"]
        starts = men.groupby([mdoc, mparty])["start"].min()
        starts.index.names = ["doc_id", "party"]
        starts = starts.reindex(grid)
        length = sents.groupby(sents["doc_id"].astype(str))["end"].max() if len(sents) else pd.Series(dtype=float)
        n = pd.Series(grid.get_level_values(0), index=grid).map(length).fillna(0).astype(float)
        first = (starts.astype(float) / n.where(n != 0, 1.0)).where(n != 0, 0.0).where(starts.notna())
        if len(sents) and "paragraph" in sents.columns:
            para = pd.Series(sents["paragraph"].to_numpy(),
                             index=pd.MultiIndex.from_arrays([sents["doc_id"].astype(str), sents["sent_idx"].astype(int)]))
            keys = pd.MultiIndex.from_arrays([mdoc, men["sent_idx"].astype(int)])
            mpara = pd.Series(para.reindex(keys).to_numpy(), index=men.index).fillna(1)
            in_first = (mpara.groupby([mdoc, mparty]).min() == 0).astype("int64")
            in_first.index.names = ["doc_id", "party"]
            in_first = in_first.reindex(grid, fill_value=0)
    heads, stands = _head_parties(result)
    table["first_mention"] = first.to_numpy(dtype=float)
    table["in_headline"] = np.array([int(p in h) for h in heads for p in parties], dtype="int64")
    table["in_standfirst"] = np.array([int(p in s) for s in stands for p in parties], dtype="int64")
    table["in_first_paragraph"] = in_first.to_numpy(dtype="int64")
    return {"parties": table.reset_index(), "documents": documents}


def party_parts(result: Any) -> dict[str, pd.DataFrame]:
    """The mergeable parts of :func:`party_table` and :func:`document_table` (cached on ``result``).

    ``parties``: per document and spec party, the counts (``mentions``, ``attributions``, kinds,
    ``quoted_words``, ``cue_<class>``) and the presence measures; ``documents``: per document,
    ``attributions`` and ``quoted_words`` over every statement (any party or none).

    >>> import framing
    >>> r = framing.analyze("Azerbaijan says it is over. Armenia denies it.", spec="karabakh-2023")
    >>> p = party_parts(r)["parties"].set_index("party")
    >>> p.loc[["azerbaijan", "armenia"], ["mentions", "attributions", "in_first_paragraph"]].values.tolist()
    [[1, 1, 1], [1, 0, 1]]
    """
    return cached(result, "attribution", _build_parts, ["attributions", "mentions", "sentences"])


def party_table(result: Any, by: list[str]) -> pd.DataFrame:
    """Attribution measures per party and ``by`` group (``["doc_id"]``, ``["outlet"]`` or ``[]``).

    Parameters
    ----------
    result : Analysis
        Needs ``attributions``, ``mentions``, ``sentences``, ``documents`` and ``spec``.
    by : list of str

    Returns
    -------
    pandas.DataFrame
        Columns ``[*by, "party", "mentions", "attributions", "direct", "partial", "indirect",
        "according_to", "quoted_words", "word_share", "cue_<class>"..., "first_mention",
        "in_headline", "in_standfirst", "in_first_paragraph"]``.

    Examples
    --------
    >>> import framing
    >>> r = framing.analyze("Azerbaijan says it is over. Armenia denies it.", spec="karabakh-2023")
    >>> t = party_table(r, [])
    >>> t.set_index("party").loc[["azerbaijan", "armenia"], ["attributions", "cue_neutral", "cue_denial"]].values.tolist()
    [[1, 1, 0], [0, 0, 0]]
    """
    parts = party_parts(result)
    per_party, per_doc = parts["parties"], parts["documents"]
    parties = list(result.spec.party_ids)
    counts, presence = list(COUNT_COLUMNS), list(PRESENCE_COLUMNS)
    if by == ["doc_id"]:
        table = per_party[["doc_id", "party", *counts]].copy()
        totals = pd.Series(per_doc["quoted_words"].to_numpy(), index=per_doc["doc_id"].to_numpy())
        tot = table["doc_id"].map(totals).astype(float)
        pres = per_party[presence]
    elif by == ["outlet"] or not by:
        if by:
            outlets = _outlets(result)
            groups = sorted(set(outlets) - {""})
            keys_pp = per_party["doc_id"].map(outlets).fillna("")
            keys_doc = per_doc["doc_id"].map(outlets).fillna("")
            grid = pd.MultiIndex.from_product([groups, parties], names=["outlet", "party"])
            summed = per_party[counts].groupby([keys_pp, per_party["party"]]).sum()
            summed.index.names = ["outlet", "party"]
            agg = {c: "mean" for c in presence}
            means = per_party[presence].groupby([keys_pp.rename("outlet"), per_party["party"]]).agg(agg)
            table = summed.reindex(grid, fill_value=0).reset_index()
            pres = means.reindex(grid).reset_index(drop=True)
            totals = per_doc["quoted_words"].groupby(keys_doc).sum()
            tot = table["outlet"].map(totals).fillna(0).astype(float)
        else:
            summed = per_party[counts].groupby(per_party["party"]).sum()
            agg = {c: "mean" for c in presence}
            means = per_party[presence].groupby(per_party["party"]).agg(agg)
            table = summed.reindex(pd.Index(parties, name="party"), fill_value=0).reset_index()
            pres = means.reindex(pd.Index(parties, name="party")).reset_index(drop=True)
            tot = pd.Series(float(per_doc["quoted_words"].sum()), index=table.index)
    else:
        raise ValueError(f"unsupported grouping {by!r}; use ['doc_id'], ['outlet'] or []")
    table = table.reset_index(drop=True)
    for col in counts:
        table[col] = table[col].astype("int64")
    table["word_share"] = (table["quoted_words"] / tot.where(tot > 0).to_numpy()).astype(float)
    for col in presence:
        table[col] = pres[col].to_numpy()
    return table[[*by, "party", *counts, "word_share", *presence]]


def document_table(result: Any) -> pd.DataFrame:
    """Per document: ``attributions``, ``quoted_words`` and ``balance_index`` (indexed by doc_id).

    >>> import framing
    >>> d = framing.analyze("Azerbaijan says it is over. Armenia says it is not.").documents
    >>> int(d.loc[0, "attributions"]), round(float(d.loc[0, "balance_index"]), 3)
    (2, 0.431)
    """
    parts = party_parts(result)
    per_doc, per_party = parts["documents"], parts["parties"]
    k = len(result.spec.party_ids)
    words = per_party["quoted_words"].to_numpy(dtype=float)
    balance = [balance_index(words[i * k:(i + 1) * k].tolist()) if n else float("nan")
               for i, n in enumerate(per_doc["attributions"].tolist())]
    out = pd.DataFrame({"doc_id": per_doc["doc_id"].astype(str).to_numpy(),
                        "attributions": per_doc["attributions"].to_numpy(dtype="int64"),
                        "quoted_words": per_doc["quoted_words"].to_numpy().astype("int64"),
                        "balance_index": balance})
    return out.set_index("doc_id")
