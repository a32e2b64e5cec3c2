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

import pandas as pd

from .cues import read_entries
from .mentions import matcher

__all__ = ["party_table", "document_table", "balance_index", "KINDS", "CUE_CLASSES"]

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


def _with_group(df: pd.DataFrame, by: list[str], outlets: pd.Series) -> pd.DataFrame:
    df = df.copy()
    if "outlet" in by:
        df["outlet"] = df["doc_id"].astype(str).map(outlets).fillna("")
    return df


def _presence(result: Any) -> pd.DataFrame:
    """Per (doc_id, party): first_mention, in_headline, in_standfirst, in_first_paragraph."""
    spec = result.spec
    m = matcher(spec)
    mentions = result.mentions
    sents = result.sentences
    rows = []
    length = sents.groupby("doc_id")["end"].max() if len(sents) else pd.Series(dtype=float)
    para = sents.set_index(["doc_id", "sent_idx"])["paragraph"] if len(sents) and "paragraph" in sents.columns else None
    by_doc = {k: g for k, g in mentions.groupby("doc_id")} if len(mentions) else {}
    for _, doc in result.documents.iterrows():
        doc_id = str(doc["doc_id"])
        head_text = " | ".join(str(doc.get(k, "") or "") for k in ("title", "subtitle") if k in doc.index)
        head = {x.party for x in m.find(head_text)}
        stand_text = str(doc.get("standfirst", "") or "") if "standfirst" in doc.index else ""
        stand = {x.party for x in m.find(stand_text)}
        g = by_doc.get(doc_id)
        n = float(length.get(doc_id, 0) or 0)
        for party in spec.party_ids:
            first = float("nan")
            in_first = 0
            if g is not None:
                mine = g[g["party"] == party]
                if len(mine):
                    first = float(mine["start"].min()) / n if n else 0.0
                    if para is not None:
                        paras = [para.get((doc_id, int(i)), 1) for i in mine["sent_idx"]]
                        in_first = int(min(paras) == 0)
            rows.append({"doc_id": doc_id, "party": party, "first_mention": first, "in_headline": int(party in head),
                         "in_standfirst": int(party in stand), "in_first_paragraph": in_first})
    return pd.DataFrame(rows, columns=["doc_id", "party", "first_mention", "in_headline", "in_standfirst", "in_first_paragraph"])


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
    outlets = _outlets(result)
    keys = list(by)
    att = _with_group(result.attributions, keys, outlets)
    men = _with_group(result.mentions, keys, outlets)
    parties = list(result.spec.party_ids)
    count_cols = ["attributions", *KINDS, "quoted_words", *(f"cue_{c}" for c in CUE_CLASSES)]

    if len(att):
        att = att.assign(attributions=1, quoted_words=pd.to_numeric(att["words"], errors="coerce").fillna(0))
        for k in KINDS:
            att[k] = (att["kind"] == k).astype(int)
        for c in CUE_CLASSES:
            att[f"cue_{c}"] = (att["cue_class"] == c).astype(int)
        grouped = att.groupby([*keys, "party"], dropna=False)[count_cols].sum().reset_index()
        totals = att.groupby(keys)["quoted_words"].sum() if keys else pd.Series({None: att["quoted_words"].sum()})
    else:
        grouped = pd.DataFrame(columns=[*keys, "party", *count_cols])
        totals = pd.Series(dtype=float)
    grouped = grouped[grouped["party"].isin(parties)]

    if len(men):
        mcount = men.groupby([*keys, "party"]).size().rename("mentions").reset_index()
    else:
        mcount = pd.DataFrame(columns=[*keys, "party", "mentions"])

    # the full grid of groups x parties
    if keys == ["doc_id"]:
        groups = pd.DataFrame({"doc_id": result.documents["doc_id"].astype(str)})
    elif keys == ["outlet"]:
        groups = pd.DataFrame({"outlet": sorted(set(outlets) - {""})})
    elif not keys:
        groups = pd.DataFrame(index=[0])
    else:
        raise ValueError(f"unsupported grouping {by!r}; use ['doc_id'], ['outlet'] or []")
    table = groups.merge(pd.DataFrame({"party": parties}), how="cross")
    for col in keys:
        table[col] = table[col].astype(str)
        for df in (grouped, mcount):
            if col in df.columns:
                df[col] = df[col].astype(str)
    table = table.merge(mcount, how="left", on=[*keys, "party"]).merge(grouped, how="left", on=[*keys, "party"])
    for col in ["mentions", *count_cols]:
        table[col] = pd.to_numeric(table[col], errors="coerce").fillna(0).astype(int)
    if keys:
        tot = table[keys[0]].map(lambda k: float(totals.get(k, 0)) if len(totals) else 0.0)
    else:
        tot = pd.Series(float(totals.sum()) if len(totals) else 0.0, index=table.index)
    table["word_share"] = (table["quoted_words"] / tot.where(tot > 0)).astype(float)

    presence = _presence(result)
    if len(presence):
        presence = _with_group(presence, keys, outlets)
        agg = {"first_mention": "mean", "in_headline": "mean", "in_standfirst": "mean", "in_first_paragraph": "mean"}
        pres = presence.groupby([*keys, "party"])[list(agg)].agg(agg).reset_index()
        for col in keys:
            pres[col] = pres[col].astype(str)
        table = table.merge(pres, how="left", on=[*keys, "party"])
        if keys == ["doc_id"]:
            for col in ("in_headline", "in_standfirst", "in_first_paragraph"):
                table[col] = table[col].fillna(0).astype(int)
    return table


def document_table(result: Any) -> pd.DataFrame:
    """Per document: ``attributions``, ``quoted_words`` and ``balance_index`` (indexed by doc_id).

    >>> import framing
    >>> d = framing.analyze("Azerbaijan says it is over. Armenia says it is not.").documents
    >>> int(d.loc[0, "attributions"]), round(float(d.loc[0, "balance_index"]), 3)
    (2, 0.431)
    """
    docs = result.documents["doc_id"].astype(str) if len(result.documents) else pd.Series(dtype=str)
    att = result.attributions
    parties = list(result.spec.party_ids)
    rows = []
    by_doc = {str(k): g for k, g in att.groupby("doc_id")} if len(att) else {}
    for doc_id in docs:
        g = by_doc.get(doc_id)
        if g is None:
            rows.append({"doc_id": doc_id, "attributions": 0, "quoted_words": 0, "balance_index": float("nan")})
            continue
        words = pd.to_numeric(g["words"], errors="coerce").fillna(0)
        per = [float(words[g["party"] == p].sum()) for p in parties]
        rows.append({"doc_id": doc_id, "attributions": int(len(g)), "quoted_words": int(words.sum()),
                     "balance_index": balance_index(per)})
    return pd.DataFrame(rows, columns=["doc_id", "attributions", "quoted_words", "balance_index"]).set_index("doc_id")
