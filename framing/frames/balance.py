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


def _frames(result: Any) -> pd.DataFrame:
    df = result.frames.copy()
    for col, default in (("negated", False), ("distanced", False), ("scare_quoted", False)):
        if col not in df.columns:
            df[col] = default
        df[col] = df[col].fillna(default).astype(bool)
    for col in ("owner", "voice", "speaker_party", "doc_id"):
        df[col] = df[col].fillna("").astype(str) if col in df.columns else ""
    return df


def adopted(frames: pd.DataFrame) -> pd.Series:
    """Boolean mask: the writer's own voice, neither negated nor distanced."""
    return (frames["voice"] == "narrator") & ~frames["negated"].astype(bool) & ~frames["distanced"].astype(bool)


def _outlet_map(result: Any) -> pd.Series:
    docs = result.documents
    return docs.set_index("doc_id")["outlet"].astype(str) if len(docs) else pd.Series(dtype=str)


def _build_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Frame counts per (document, party) for the documents that have frames (see :func:`party_parts`)."""
    df = _frames(result)
    parties = list(result.spec.party_ids)
    if not len(df) or not parties:
        return {"counts": pd.DataFrame({"doc_id": pd.Series(dtype=object), "party": pd.Series(dtype=object),
                                        **{c: pd.Series(dtype="int64") for c in COUNTS}})}
    docs = pd.unique(df["doc_id"])
    grid = pd.MultiIndex.from_product([docs, parties], names=["doc_id", "party"])
    flags = pd.DataFrame({"doc_id": df["doc_id"], "owner": df["owner"], "owned": 1,
                          "adopted": adopted(df).astype("int64"), "scare_quoted": df["scare_quoted"].astype("int64"),
                          "distanced": (df["negated"] | df["distanced"]).astype("int64")})
    owned = flags.groupby(["doc_id", "owner"], sort=False)[["owned", "adopted", "scare_quoted", "distanced"]].sum()
    attributed = df[df["voice"] == "attributed"]
    voiced = pd.DataFrame({"doc_id": attributed["doc_id"], "speaker_party": attributed["speaker_party"], "voiced": 1,
                           "voiced_own": (attributed["owner"] == attributed["speaker_party"]).astype("int64")})
    voiced = voiced.groupby(["doc_id", "speaker_party"], sort=False)[["voiced", "voiced_own"]].sum()
    counts = pd.concat([owned.reindex(grid), voiced.reindex(grid)], axis=1).fillna(0).astype("int64")
    return {"counts": counts[list(COUNTS)].reset_index()}


def party_parts(result: Any) -> dict[str, pd.DataFrame]:
    """Frame counts per (document, party): the mergeable parts of :func:`party_table` (cached on ``result``).

    ``counts`` has one row per document with frames and spec party: ``owned``, ``voiced``,
    ``voiced_own``, ``adopted``, ``scare_quoted``, ``distanced``.
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
    df = _frames(result)

    def per_doc(mask: Any = None) -> np.ndarray:
        rows = df if mask is None else df[mask]
        return rows.groupby("doc_id").size().reindex(ids, fill_value=0).to_numpy(dtype="int64")

    out["frames"] = per_doc()
    for voice in ("narrator", "attributed", "scare_quoted"):
        out[f"frames_{voice}"] = per_doc(df["voice"] == voice)
    out["frames_negated_or_distanced"] = per_doc(df["negated"] | df["distanced"])
    # adopted frames per document and owner party, from the cached per-party counts
    counts = party_parts(result)["counts"]
    adopted_by = {}
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
