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

__all__ = ["party_table", "document_table", "adopted"]

PARTY_COLUMNS = ("frames_owned", "frames_voiced", "frames_voiced_own", "frames_adopted_by_narrator",
                 "frames_scare_quoted", "frames_distanced", "frame_adoption_share")


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


def party_table(result: Any, by: list[str]) -> pd.DataFrame:
    """Frame counts per party and ``by`` group (``["doc_id"]``, ``["outlet"]`` or ``[]``).

    Examples
    --------
    >>> import framing
    >>> r = framing.analyze("The so-called counter-terrorism operation ended. It was ethnic cleansing.")
    >>> t = party_table(r, [])
    >>> t.set_index("party").loc[["azerbaijan", "armenia"], ["frames_owned", "frames_adopted_by_narrator"]].values.tolist()
    [[1, 0], [1, 1]]
    """
    df = _frames(result)
    parties = list(result.spec.party_ids)
    if by == ["outlet"]:
        outlets = result.documents.set_index("doc_id")["outlet"].astype(str) if len(result.documents) else pd.Series(dtype=str)
        df["outlet"] = df["doc_id"].map(outlets).fillna("")
    df["_adopted"] = adopted(df) if len(df) else pd.Series(dtype=bool)
    df["_distanced"] = df["negated"] | df["distanced"]
    if by:
        keys = df[by].drop_duplicates()
    else:
        keys = pd.DataFrame(index=[0])
    rows = []
    groups = {(k if isinstance(k, tuple) else (k,)): g for k, g in df.groupby(by)} if by and len(df) else {}
    for _, key in keys.iterrows():
        g = groups.get(tuple(key[by]), df.iloc[0:0]) if by else df
        owned_adopted = g[g["_adopted"] & g["owner"].isin(parties)]
        total = len(owned_adopted)
        for p in parties:
            own = g[g["owner"] == p]
            voiced = g[(g["voice"] == "attributed") & (g["speaker_party"] == p)]
            n_adopted = int(own["_adopted"].sum())
            rows.append({**{c: key[c] for c in by}, "party": p,
                         "frames_owned": len(own),
                         "frames_voiced": len(voiced),
                         "frames_voiced_own": int((voiced["owner"] == p).sum()),
                         "frames_adopted_by_narrator": n_adopted,
                         "frames_scare_quoted": int(own["scare_quoted"].sum()),
                         "frames_distanced": int(own["_distanced"].sum()),
                         "frame_adoption_share": n_adopted / total if total else np.nan})
    return pd.DataFrame(rows, columns=[*by, "party", *PARTY_COLUMNS])


def document_table(result: Any) -> pd.DataFrame:
    """Per document: frame counts by voice and the frame lean (see the module docstring).

    Examples
    --------
    >>> import framing
    >>> r = framing.analyze("The anti-terrorist operation went on. Nobody calls it “ethnic cleansing”.")
    >>> document_table(r)[["frames", "frames_narrator", "frame_lean", "frame_lean_party"]].values.tolist()
    [[2, 1, 1.0, 'azerbaijan']]
    """
    df = _frames(result)
    ids = result.documents["doc_id"].astype(str).tolist() if len(result.documents) else []
    parties = list(result.spec.party_ids)
    out = pd.DataFrame(index=pd.Index(ids, name="doc_id"))
    if not ids:
        return out.assign(frames=pd.Series(dtype=int))
    df["_adopted"] = adopted(df) if len(df) else pd.Series(dtype=bool)
    counts = df.groupby("doc_id").size() if len(df) else pd.Series(dtype=int)
    out["frames"] = counts.reindex(ids).fillna(0).astype(int).values
    for voice in ("narrator", "attributed", "scare_quoted"):
        c = df[df["voice"] == voice].groupby("doc_id").size() if len(df) else pd.Series(dtype=int)
        out[f"frames_{voice}"] = c.reindex(ids).fillna(0).astype(int).values
    flagged = df[df["negated"] | df["distanced"]].groupby("doc_id").size() if len(df) else pd.Series(dtype=int)
    out["frames_negated_or_distanced"] = flagged.reindex(ids).fillna(0).astype(int).values
    lean, lean_party = [], []
    adopted_rows = df[df["_adopted"] & df["owner"].isin(parties)] if len(df) else df
    per_doc = adopted_rows.groupby("doc_id")["owner"].value_counts() if len(adopted_rows) else pd.Series(dtype=int)
    for doc_id in ids:
        counts_doc = per_doc.loc[doc_id] if len(per_doc) and doc_id in per_doc.index.get_level_values(0) else pd.Series(dtype=int)
        a = int(counts_doc.get(parties[0], 0)) if parties else 0
        b = int(counts_doc.get(parties[1], 0)) if len(parties) > 1 else 0
        lean.append((a - b) / (a + b) if a + b else np.nan)
        if len(counts_doc):
            top = counts_doc.max()
            leaders = sorted(counts_doc[counts_doc == top].index)
            lean_party.append(leaders[0] if len(leaders) == 1 else "")
        else:
            lean_party.append("")
    out["frame_lean"] = lean
    out["frame_lean_party"] = lean_party
    return out
