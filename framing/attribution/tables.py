"""Voice per party: the attribution columns of parties.csv and documents.csv.

Measures (per document, per outlet, or over the corpus — the ``by`` groups):

``mentions``
    party mentions (aliases, people, titles, demonyms, resolved pronouns);
``attributions``, ``direct``, ``partial``, ``indirect``, ``according_to``
    statements attributed to the party, in total and by kind;
``quoted_words``
    words of the party's statements (for split quotes, the quoted words only);
``word_share``
    ``quoted_words`` over all credited words in the group, including speakers of no party
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

Joint speakers ("Ukraine and the West accuse Russia of …"): the extractor gives one row per party
named in the speaker (``via`` "coordinated" on the further rows, ``joint`` listing all the
parties), and each party is credited the whole statement -- one attribution of its kind and cue
class, and all its words -- since each party's voice makes it. ``word_share``'s denominator counts
each credit, so shares still sum to at most 1. documents.csv counts statements, not credits.

documents.csv gains ``attributions`` (statements in the document, a joint speaker's once), ``quoted_words`` (their words) and
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

__all__ = ["party_table", "party_parts", "document_table", "balance_index", "statement_rows", "KINDS", "CUE_CLASSES"]

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


def statement_rows(att: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``att`` that are statements: a joint speaker's statement once.

    A joint speaker's further parties (``via`` "coordinated") are credits of the same statement, so
    every count of statements (documents.csv ``attributions``, the report, the CLI summary) counts
    these rows; parties.csv counts each party's credits.

    >>> att = pd.DataFrame({"party": ["ukraine", "west", "russia"], "via": ["alias", "coordinated", "alias"]})
    >>> len(att), len(statement_rows(att))
    (3, 2)
    """
    if "via" not in att.columns:
        return att
    return att[att["via"].fillna("").astype(str) != "coordinated"]


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


def _column(df: pd.DataFrame, name: str) -> list[Any]:
    return df[name].tolist() if name in df.columns else [None] * len(df)


def _build_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Counts and presence per (document, party), and attributed words per document (see :func:`party_parts`).

    One pass over the rows of each table: row ``i * K + j`` of ``parties`` is document ``i`` and
    party ``j`` of the spec's K parties.
    """
    parties = list(result.spec.party_ids)
    ids = result.documents["doc_id"].astype(str).tolist() if len(result.documents) else []
    k, n = len(parties), len(ids)
    party_at = {p: j for j, p in enumerate(parties)}
    doc_at = {d: i for i, d in enumerate(ids)}
    slots = n * k

    def slot(doc_id: Any, party: Any) -> int:
        i, j = doc_at.get(str(doc_id)), party_at.get(party)
        return -1 if i is None or j is None else i * k + j

    counts = {c: [0] * slots for c in COUNT_COLUMNS}

    # attributions: counts by kind and cue class, quoted words; and totals per document (any party)
    att = result.attributions
    doc_attributions, doc_words, doc_credited = [0] * n, [0] * n, [0] * n
    if len(att):
        words = pd.to_numeric(att["words"], errors="coerce").fillna(0).tolist()
        kind_cols = {kd: counts[kd] for kd in KINDS}
        cue_cols = {c: counts[f"cue_{c}"] for c in CUE_CLASSES}
        n_att, q_words = counts["attributions"], counts["quoted_words"]
        for doc_id, party, kind, cue, w, via in zip(_column(att, "doc_id"), _column(att, "party"), _column(att, "kind"),
                                                     _column(att, "cue_class"), words, _column(att, "via")):
            i = doc_at.get(str(doc_id))
            if i is None:
                continue
            doc_credited[i] += w
            if via != "coordinated":  # a joint speaker's further party: the same statement, credited again
                doc_attributions[i] += 1
                doc_words[i] += w
            j = party_at.get(party)
            if j is None:
                continue
            s = i * k + j
            n_att[s] += 1
            q_words[s] += w
            if kind in kind_cols:
                kind_cols[kind][s] += 1
            if cue in cue_cols:
                cue_cols[cue][s] += 1

    # mentions, first mention and first paragraph
    sents = result.sentences
    length = [0.0] * n
    paragraph: dict[tuple[str, int], Any] = {}
    if len(sents):
        has_para = "paragraph" in sents.columns
        for doc_id, idx, end, para in zip(_column(sents, "doc_id"), _column(sents, "sent_idx"), _column(sents, "end"),
                                          _column(sents, "paragraph")):
            i = doc_at.get(str(doc_id))
            if i is not None and end > length[i]:
                length[i] = float(end)
            if has_para:
                paragraph[(str(doc_id), int(idx))] = para
    first_start: list[Any] = [None] * slots
    first_para: list[Any] = [None] * slots
    men = result.mentions
    if len(men):
        n_men = counts["mentions"]
        for doc_id, party, start, idx in zip(_column(men, "doc_id"), _column(men, "party"), _column(men, "start"),
                                             _column(men, "sent_idx")):
            s = slot(doc_id, party)
            if s < 0:
                continue
            n_men[s] += 1
            if first_start[s] is None or start < first_start[s]:
                first_start[s] = start
            if paragraph:
                p = paragraph.get((str(doc_id), int(idx)), 1)
                if first_para[s] is None or p < first_para[s]:
                    first_para[s] = p
    first_mention = [float("nan")] * slots
    for s, start in enumerate(first_start):
        if start is not None:
            size = length[s // k]
            first_mention[s] = float(start) / size if size else 0.0

    heads, stands = _head_parties(result)
    table = pd.DataFrame({"doc_id": [d for d in ids for _ in parties], "party": parties * n})
    for c in COUNT_COLUMNS:
        table[c] = np.array(counts[c]).astype("int64") if slots else np.zeros(0, dtype="int64")
    table["first_mention"] = np.array(first_mention, dtype=float)
    table["in_headline"] = np.array([int(p in h) for h in heads for p in parties], dtype="int64")
    table["in_standfirst"] = np.array([int(p in st) for st in stands for p in parties], dtype="int64")
    table["in_first_paragraph"] = np.array([int(p == 0) for p in first_para], dtype="int64")
    documents = pd.DataFrame({"doc_id": ids, "attributions": np.array(doc_attributions, dtype="int64"),
                              "quoted_words": np.array(doc_words), "credited_words": np.array(doc_credited)})
    return {"parties": table, "documents": documents}


def party_parts(result: Any) -> dict[str, pd.DataFrame]:
    """The mergeable parts of :func:`party_table` and :func:`document_table` (cached on ``result``).

    ``parties``: per document and spec party, the counts (``mentions``, ``attributions``, kinds,
    ``quoted_words``, ``cue_<class>``) and the presence measures; ``documents``: per document,
    ``attributions`` and ``quoted_words`` over every statement (any party or none; a joint speaker's
    statement once) and ``credited_words`` (a joint speaker's words once per party: word_share's
    denominator).

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
        "according_to", "quoted_words", "cue_<class>"..., "word_share", "first_mention",
        "in_headline", "in_standfirst", "in_first_paragraph"]``: counts summed over the group's
        documents, presence measures averaged over them (see :func:`party_parts`).

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
        totals = pd.Series(per_doc["credited_words"].to_numpy(), index=per_doc["doc_id"].to_numpy())
        tot = table["doc_id"].map(totals).astype(float)
        pres = per_party[presence]
    elif by == ["outlet"] or not by:
        if by:
            outlets = _outlets(result)
            keys = [per_party["doc_id"].map(outlets).fillna("").rename("outlet"), per_party["party"]]
            index = pd.MultiIndex.from_product([sorted(set(outlets) - {""}), parties], names=["outlet", "party"])
            doc_groups = per_doc["doc_id"].map(outlets).fillna("")
        else:
            keys = [per_party["party"]]
            index = pd.Index(parties, name="party")
            doc_groups = pd.Series("", index=per_doc.index)
        table = per_party[counts].groupby(keys).sum().reindex(index, fill_value=0).reset_index()
        pres = per_party[presence].groupby(keys).agg({c: "mean" for c in presence}).reindex(index).reset_index(drop=True)
        # word_share's denominator: every attributed word of the group, whatever the speaker's party
        totals = per_doc["credited_words"].groupby(doc_groups).sum()
        tot = (table["outlet"] if by else pd.Series("", index=table.index)).map(totals).fillna(0).astype(float)
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
