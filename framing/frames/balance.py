"""Frame balance: whose labels a text uses, who voices them, and which ones the writer adopts.

Per party (and per document, outlet or corpus), :func:`party_table` counts

* ``frames_owned``: occurrences of the party's frames, in any voice;
* ``frames_voiced``: frame occurrences attributed to the party as speaker (any owner);
* ``frames_voiced_own``: the party voicing its own frames;
* ``frames_adopted_by_narrator``: the party's frames in the writer's own voice, neither negated
  nor distanced ("so-called");
* ``frames_scare_quoted``: the party's frames in scare quotes (whoever speaks);
* ``frames_distanced``: the party's frames negated or distanced;
* ``frame_adoption_share``: ``frames_adopted_by_narrator`` over all narrator-adopted occurrences
  of party-owned frames in the group (the writer's label balance; empty when the writer adopts none).

Per document, :func:`document_table` gives counts by voice and the **frame lean**:

``frame_lean = (a - b) / (a + b)`` where ``a`` and ``b`` count the narrator-adopted occurrences
of frames owned by the spec's **first** and **second** party (the two main sides, listed first by
convention: azerbaijan/armenia, israel/hamas, ukraine/russia). +1: the writer uses only the first
side's labels; -1: only the second's; 0: balanced; empty: the writer adopts neither side's labels.
``frame_lean_party`` names the party whose frames the writer adopts most (any party; ties and
none give ""). Neutral frames (owner ``neutral``) never count towards either.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..parts import cached

__all__ = ["party_table", "party_parts", "document_table", "adopted"]

PARTY_COLUMNS = ("frames_owned", "frames_voiced", "frames_voiced_own", "frames_adopted_by_narrator",
                 "frames_scare_quoted", "frames_distanced", "frame_adoption_share")
#: Counts per document and party kept for the outlet and corpus scopes (:func:`party_parts`).
COUNTS = ("owned", "voiced", "voiced_own", "adopted", "scare_quoted", "distanced")
#: Counts per document (documents.csv).
DOC_COUNTS = ("frames", "frames_narrator", "frames_attributed", "frames_scare_quoted", "frames_negated_or_distanced")


def _values(frames: pd.DataFrame, col: str, default: Any) -> list[Any]:
    """A column as a list: missing values (and a missing column) are ``default``, others cast to its type."""
    if col not in frames.columns:
        return [default] * len(frames)
    return frames[col].fillna(default).astype(type(default)).tolist()


def adopted(frames: pd.DataFrame) -> pd.Series:
    """Boolean mask: the writer's own voice, neither negated nor distanced."""
    return (frames["voice"] == "narrator") & ~frames["negated"].astype(bool) & ~frames["distanced"].astype(bool)


def _outlet_map(result: Any) -> pd.Series:
    docs = result.documents
    return docs.set_index("doc_id")["outlet"].astype(str) if len(docs) else pd.Series(dtype=str)


def _build_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Frame counts per (document, party) and per document, in one pass over the frames (see :func:`party_parts`)."""
    frames = result.frames
    parties = list(result.spec.party_ids)
    party_at = {p: j for j, p in enumerate(parties)}
    k = len(parties)
    doc_at: dict[str, int] = {}
    counts: dict[str, list[int]] = {c: [] for c in COUNTS}
    per_doc: dict[str, list[int]] = {c: [] for c in DOC_COUNTS}
    owned, voiced, voiced_own, n_adopted, scare, distanced = (counts[c] for c in COUNTS)
    columns = zip(_values(frames, "doc_id", ""), _values(frames, "owner", ""), _values(frames, "voice", ""),
                  _values(frames, "speaker_party", ""), _values(frames, "negated", False),
                  _values(frames, "distanced", False), _values(frames, "scare_quoted", False))
    for doc_id, owner, voice, speaker, neg, dist, sq in columns:
        i = doc_at.get(doc_id)
        if i is None:
            i = doc_at[doc_id] = len(doc_at)
            for c in COUNTS:
                counts[c].extend([0] * k)
            for c in DOC_COUNTS:
                per_doc[c].append(0)
        per_doc["frames"][i] += 1
        if voice in ("narrator", "attributed", "scare_quoted"):
            per_doc[f"frames_{voice}"][i] += 1
        if neg or dist:
            per_doc["frames_negated_or_distanced"][i] += 1
        j = party_at.get(owner)
        if j is not None:
            s = i * k + j
            owned[s] += 1
            if voice == "narrator" and not neg and not dist:
                n_adopted[s] += 1
            if sq:
                scare[s] += 1
            if neg or dist:
                distanced[s] += 1
        if voice == "attributed":
            j = party_at.get(speaker)
            if j is not None:
                voiced[i * k + j] += 1
                if owner == speaker:
                    voiced_own[i * k + j] += 1
    docs = list(doc_at) if k else []
    table = pd.DataFrame({"doc_id": pd.Series([d for d in docs for _ in parties], dtype=object),
                          "party": pd.Series(parties * len(docs), dtype=object)})
    for c in COUNTS:
        table[c] = np.array(counts[c] if k else [], dtype="int64")
    documents = pd.DataFrame({"doc_id": pd.Series(list(doc_at), dtype=object),
                              **{c: np.array(v, dtype="int64") for c, v in per_doc.items()}})
    return {"counts": table, "documents": documents}


def party_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Frame counts per (document, party) and per document: the mergeable parts of :func:`party_table`
    and :func:`document_table` (cached on ``result``).

    ``counts`` has one row per document with frames and spec party: ``owned``, ``voiced``,
    ``voiced_own``, ``adopted``, ``scare_quoted``, ``distanced``; ``documents`` one row per
    document with frames: ``frames``, ``frames_narrator``, ``frames_attributed``,
    ``frames_scare_quoted``, ``frames_negated_or_distanced``.

    >>> import framing
    >>> r = framing.analyze("The anti-terrorist operation went on. Nobody calls it “ethnic cleansing”.")
    >>> c = party_parts(r)["counts"].set_index("party")
    >>> c.loc[["azerbaijan", "armenia"], ["owned", "adopted", "scare_quoted"]].values.tolist()
    [[1, 1, 0], [1, 0, 1]]
    """
    return cached(result, "frames", _build_parts, ["frames"])


def party_table(result: Any, by: list[str]) -> pd.DataFrame:
    """Frame counts per party and ``by`` group (``["doc_id"]``, ``["outlet"]`` or ``[]``).

    Groups without frames are left out (documents and outlets; the corpus always has its rows).

    Examples
    --------
    >>> import framing
    >>> r = framing.analyze("The so-called counter-terrorism operation ended. It was ethnic cleansing.")
    >>> t = party_table(r, [])
    >>> t.set_index("party").loc[["azerbaijan", "armenia"], ["frames_owned", "frames_adopted_by_narrator"]].values.tolist()
    [[1, 0], [1, 1]]
    """
    counts = party_parts(result)["counts"]
    parties = list(result.spec.party_ids)
    if by == ["doc_id"]:
        g = counts
    elif by == ["outlet"]:
        counts = counts.assign(outlet=counts["doc_id"].map(_outlet_map(result)).fillna(""))
        g = counts.groupby(["outlet", "party"], sort=False)[list(COUNTS)].sum().reset_index()
    elif not by:
        g = counts.groupby("party")[list(COUNTS)].sum().reindex(parties, fill_value=0).reset_index()
    else:
        raise ValueError(f"unsupported grouping {by!r}; use ['doc_id'], ['outlet'] or []")
    total = g.groupby(by)["adopted"].transform("sum") if by else pd.Series(g["adopted"].sum(), index=g.index)
    share = (g["adopted"] / total).where(total > 0)
    out = pd.DataFrame({**{c: g[c] for c in by}, "party": g["party"],
                        "frames_owned": g["owned"], "frames_voiced": g["voiced"], "frames_voiced_own": g["voiced_own"],
                        "frames_adopted_by_narrator": g["adopted"], "frames_scare_quoted": g["scare_quoted"],
                        "frames_distanced": g["distanced"], "frame_adoption_share": share.astype(float)})
    return out.reset_index(drop=True)


def document_table(result: Any) -> pd.DataFrame:
    """Per document: frame counts by voice and the frame lean (see the module docstring).

    Examples
    --------
    >>> import framing
    >>> r = framing.analyze("The anti-terrorist operation went on. Nobody calls it “ethnic cleansing”.")
    >>> document_table(r)[["frames", "frames_narrator", "frame_lean", "frame_lean_party"]].values.tolist()
    [[2, 1, 1.0, 'azerbaijan']]
    """
    ids = result.documents["doc_id"].astype(str).tolist() if len(result.documents) else []
    parties = list(result.spec.party_ids)
    out = pd.DataFrame(index=pd.Index(ids, name="doc_id"))
    if not ids:
        return out.assign(frames=pd.Series(dtype=int))
    parts = party_parts(result)
    per_doc = parts["documents"].set_index("doc_id").reindex(ids, fill_value=0)
    for col in DOC_COUNTS:
        out[col] = per_doc[col].to_numpy(dtype="int64")
    # adopted frames per document and owner party, from the cached per-party counts
    counts = parts["counts"]
    adopted_by: dict[str, dict[str, int]] = {}
    for doc_id, party, n in zip(counts["doc_id"].tolist(), counts["party"].tolist(), counts["adopted"].tolist()):
        if n:
            adopted_by.setdefault(doc_id, {})[party] = n
    lean, lean_party = [], []
    for doc_id in ids:
        counts_doc = adopted_by.get(doc_id, {})
        a = counts_doc.get(parties[0], 0) if parties else 0
        b = counts_doc.get(parties[1], 0) if len(parties) > 1 else 0
        lean.append((a - b) / (a + b) if a + b else np.nan)
        if counts_doc:
            top = max(counts_doc.values())
            leaders = sorted(p for p, n in counts_doc.items() if n == top)
            lean_party.append(leaders[0] if len(leaders) == 1 else "")
        else:
            lean_party.append("")
    out["frame_lean"] = lean
    out["frame_lean_party"] = lean_party
    return out
