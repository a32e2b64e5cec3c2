"""Tables behind the report, computed from an :class:`~framing.Analysis` (plain data, no rendering).

Every function copes with an empty table or a missing column: it returns an empty DataFrame
(or ``None``) and the report says there is nothing to show.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..attribution.tables import statement_rows

__all__ = ["party_summary", "lexicon_profile_table", "sentiment_table", "frame_summary", "outlets",
           "outlet_summary", "select_articles", "corpus_scope", "KINDS", "LEXICON_FEATURES"]

KINDS = ("direct", "partial", "indirect", "according_to")
#: Sentence features shown in the lexicon profile when present (counts: shown per 100 words).
LEXICON_FEATURES = ("hedges", "boosters", "loaded", "emotive", "subjective", "intensifiers", "assertives",
                    "factives", "implicatives", "report_verbs")
_MEAN_FEATURES = ("subjectivity", "bias")


def _party(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str).replace("nan", "")


def has(df: pd.DataFrame | None, *columns: str) -> bool:
    """True when ``df`` has rows and every column in ``columns``."""
    return df is not None and len(df) > 0 and all(c in df.columns for c in columns)


def corpus_scope(result: Any) -> pd.DataFrame:
    """The parties table at corpus scope (one row per party), or an empty DataFrame."""
    try:
        p = result.parties
    except Exception:  # a component's party table failed: the report goes on without it
        return pd.DataFrame()
    if not has(p, "party"):
        return pd.DataFrame()
    if "scope" in p.columns:
        p = p[p["scope"] == "corpus"]
    return p.set_index("party")


def sentiment_table(result: Any) -> pd.DataFrame:
    """Per party: ``sentiment_toward`` (parties table, corpus scope), else the mean sentiment of the
    sentences that mention the party. Columns ``party, sentiment_toward, sentences``."""
    p = corpus_scope(result)
    if "sentiment_toward" in p.columns and p["sentiment_toward"].notna().any():
        out = p["sentiment_toward"].dropna().rename_axis("party").reset_index()
        s = result.sentences
        if has(s, "parties"):
            counts = {party: int(s["parties"].fillna("").str.split(";").apply(lambda x: party in x).sum())
                      for party in out["party"]}
            out["sentences"] = out["party"].map(counts)
        return out
    s = result.sentences
    if not has(s, "parties", "sentiment"):
        return pd.DataFrame(columns=["party", "sentiment_toward", "sentences"])
    rows = []
    lists = s["parties"].fillna("").astype(str).str.split(";")
    values = pd.to_numeric(s["sentiment"], errors="coerce")
    for party in result.spec.party_ids:
        mask = lists.apply(lambda x: party in x)
        if mask.any():
            rows.append({"party": party, "sentiment_toward": float(values[mask].mean()), "sentences": int(mask.sum())})
    return pd.DataFrame(rows, columns=["party", "sentiment_toward", "sentences"])


def party_summary(result: Any) -> pd.DataFrame:
    """One row per party (spec order, then ``other`` and unresolved): voice, verbs, frames, sentiment.

    Columns (those with data): ``party, mentions, statements, direct, partial, indirect, according_to,
    quoted_words, word_share, doubt_accusation, frames_owned, frames_voiced, frames_adopted_by_narrator,
    sentiment_toward``.
    """
    spec = result.spec
    att, men, fr = result.attributions, result.mentions, result.frames
    parties = list(spec.party_ids)
    if has(att, "party"):
        extra = [p for p in dict.fromkeys(_party(att["party"])) if p not in parties]
        parties += sorted(p for p in extra if p not in ("other", "")) + [p for p in ("other", "") if p in extra]
    df = pd.DataFrame({"party": parties}).set_index("party")
    if has(men, "party"):
        df["mentions"] = _party(men["party"]).value_counts().reindex(df.index).fillna(0).astype(int)
    if has(att, "party"):
        a = att.assign(party=_party(att["party"]))
        df["statements"] = a["party"].value_counts().reindex(df.index).fillna(0).astype(int)
        if "kind" in a.columns:
            kinds = pd.crosstab(a["party"], a["kind"])
            for k in KINDS:
                if k in kinds.columns:
                    df[k] = kinds[k].reindex(df.index).fillna(0).astype(int)
        if "words" in a.columns:
            w = pd.to_numeric(a["words"], errors="coerce").fillna(0).groupby(a["party"]).sum()
            df["quoted_words"] = w.reindex(df.index).fillna(0).astype(int)
            total = df["quoted_words"].sum()
            df["word_share"] = df["quoted_words"] / total if total else 0.0
        if "cue_class" in a.columns:
            loaded = a["cue_class"].astype(str).isin(["doubt", "accusation", "denial"])
            df["doubt_accusation"] = a[loaded]["party"].value_counts().reindex(df.index).fillna(0).astype(int)
    if has(fr, "owner", "voice"):
        f = fr.assign(owner=_party(fr["owner"]))
        df["frames_owned"] = f["owner"].value_counts().reindex(df.index).fillna(0).astype(int)
        if "speaker_party" in f.columns:
            df["frames_voiced"] = _party(f["speaker_party"]).value_counts().reindex(df.index).fillna(0).astype(int)
        df["frames_adopted_by_narrator"] = f[f["voice"] == "narrator"]["owner"].value_counts() \
            .reindex(df.index).fillna(0).astype(int)
    # the frames component's own counts (negated and distanced cues excluded) when parties.csv has them
    scope = corpus_scope(result)
    for col in ("frames_owned", "frames_voiced", "frames_adopted_by_narrator"):
        if col in scope.columns and scope[col].notna().any():
            df[col] = pd.to_numeric(scope[col], errors="coerce").reindex(df.index).fillna(0).astype(int)
    sent = sentiment_table(result)
    if len(sent):
        df["sentiment_toward"] = sent.set_index("party")["sentiment_toward"].reindex(df.index)
    # drop "other"/unresolved rows with nothing in them
    keep = [p for p in df.index if p in spec.party_ids or df.loc[p].drop(labels=["sentiment_toward"], errors="ignore")
            .fillna(0).astype(float).sum() > 0]
    return df.loc[keep].reset_index()


def _words(text: str) -> int:
    return len(str(text).split())


def lexicon_profile_table(result: Any, features: tuple[str, ...] = LEXICON_FEATURES) -> pd.DataFrame:
    """Tidy ``source, feature, value, words``: lexicon hits per 100 words in the writer's own
    sentences (voice ``narrator``) and in each party's quoted words.

    The party rates are the scorers' ``quoted_<feature>_rate`` columns of parties.csv when present;
    without them, the sentences that carry a party's statement stand in for its words (reporting
    clause included, an approximation). Sources with fewer than 20 words are left out.
    """
    s, att = result.sentences, result.attributions
    present = [f for f in features if has(s, f) and pd.to_numeric(s[f], errors="coerce").fillna(0).sum() > 0]
    if not present or not has(s, "voice", "text"):
        return pd.DataFrame(columns=["source", "feature", "value"])
    s = s.assign(_w=pd.to_numeric(s["words"], errors="coerce").fillna(0) if "words" in s.columns
                 else s["text"].map(_words))
    groups: dict[str, pd.DataFrame] = {"writer": s[s["voice"] == "narrator"]}
    party_rates = corpus_scope(result)
    quoted_rates = [f for f in present if f"quoted_{f}_rate" in party_rates.columns]
    if quoted_rates:
        # the scorers' rates over each party's quoted words (parties.csv): the real measure
        rows = []
        writer = groups["writer"]
        if writer["_w"].sum() >= 20:
            rows += [{"source": "writer", "feature": f, "value": 100 * pd.to_numeric(writer[f], errors="coerce").sum()
                      / writer["_w"].sum(), "words": int(writer["_w"].sum())} for f in quoted_rates]
        words = party_rates["quoted_words"] if "quoted_words" in party_rates.columns else \
            pd.Series(100, index=party_rates.index)
        for party in [p for p in result.spec.party_ids if p in party_rates.index]:
            if pd.to_numeric(pd.Series([words.get(party)]), errors="coerce").fillna(0).iat[0] < 20:
                continue
            rows += [{"source": party, "feature": f, "value": float(party_rates.at[party, f"quoted_{f}_rate"]),
                      "words": int(words.get(party))} for f in quoted_rates
                     if pd.notna(party_rates.at[party, f"quoted_{f}_rate"])]
        return pd.DataFrame(rows, columns=["source", "feature", "value", "words"])
    if has(att, "party", "sent_idx"):
        end = att["sent_end_idx"] if "sent_end_idx" in att.columns else att["sent_idx"]
        by_party: dict[str, set] = {}
        for doc, party, a, b in zip(att["doc_id"], _party(att["party"]), att["sent_idx"], end):
            if party in ("", "other"):
                continue
            try:
                rng = range(int(a), int(b if pd.notna(b) else a) + 1)
            except (TypeError, ValueError):
                continue
            by_party.setdefault(party, set()).update((doc, i) for i in rng)
        idx = list(zip(s["doc_id"], s["sent_idx"]))
        for party in [p for p in result.spec.party_ids if p in by_party]:
            mask = [k in by_party[party] for k in idx]
            groups[party] = s[mask]
    rows = []
    for source, g in groups.items():
        words = g["_w"].sum()
        if words < 20:  # too few words for a rate
            continue
        for f in present:
            rows.append({"source": source, "feature": f, "value": 100 * pd.to_numeric(g[f], errors="coerce").sum()
                         / words, "words": int(words)})
    return pd.DataFrame(rows, columns=["source", "feature", "value", "words"])


def frame_summary(result: Any) -> pd.DataFrame:
    """One row per frame: owner, occurrences, counts by voice, and the distinct cue texts."""
    fr = result.frames
    if not has(fr, "frame", "voice"):
        return pd.DataFrame()
    fr = fr.assign(owner=_party(fr["owner"]) if "owner" in fr.columns else "")
    labels = {f.id: (f.label or f.id) for f in result.spec.frames}
    out = []
    for frame, g in fr.groupby("frame", sort=False):
        row = {"frame": frame, "label": labels.get(frame, frame), "owner": g["owner"].mode().iat[0],
               "occurrences": len(g)}
        for v in ("narrator", "scare_quoted", "attributed"):
            row[v] = int((g["voice"] == v).sum())
        if "text" in g.columns:
            counts = g["text"].astype(str).str.strip().str.lower().value_counts()
            row["cues"] = ", ".join(f"{c} ({n})" if n > 1 else c for c, n in counts.head(6).items()) + \
                (f", and {len(counts) - 6} more" if len(counts) > 6 else "")
        out.append(row)
    return pd.DataFrame(out).sort_values(["occurrences", "frame"], ascending=[False, True]).reset_index(drop=True)


def outlets(result: Any) -> list[str]:
    d = result.documents
    if not has(d, "outlet"):
        return []
    return sorted(o for o in d["outlet"].fillna("").astype(str).unique() if o)


def outlet_summary(result: Any) -> pd.DataFrame:
    """Per outlet: documents, words, statements, frame cues, the leaning when known, each party's word share.

    ``statements`` counts a joint speaker's statement once, as documents.csv does
    (:func:`framing.attribution.tables.statement_rows`).
    """
    d = result.documents
    names = outlets(result)
    if not names:
        return pd.DataFrame()
    d = d.assign(outlet=d["outlet"].fillna("").astype(str))
    out = d.groupby("outlet").agg(documents=("doc_id", "size"), words=("words", "sum")).loc[names]
    if "leaning" in d.columns and d["leaning"].fillna("").astype(str).str.len().gt(0).any():
        out.insert(0, "leaning", d.groupby("outlet")["leaning"].agg(
            lambda s: ", ".join(sorted(set(s.fillna("").astype(str)) - {""}))))
    outlet_of = d.set_index("doc_id")["outlet"]
    att = result.attributions
    if has(att, "doc_id"):
        a = att.assign(outlet=att["doc_id"].map(outlet_of), party=_party(att["party"]))
        # statements as documents.csv counts them (a joint speaker's once); the shares below use every credit
        out["statements"] = statement_rows(a)["outlet"].value_counts().reindex(out.index).fillna(0).astype(int)
        if "words" in a.columns:
            w = a.pivot_table(index="outlet", columns="party", values="words", aggfunc="sum", fill_value=0)
            w = w.div(w.sum(axis=1).replace(0, np.nan), axis=0)
            for p in result.spec.party_ids:
                if p in w.columns:
                    out[f"share_{p}"] = w[p].reindex(out.index)
    fr = result.frames
    if has(fr, "doc_id"):
        out["frame_cues"] = fr["doc_id"].map(outlet_of).value_counts().reindex(out.index).fillna(0).astype(int)
    if has(d, "frame_lean"):
        out["frame_lean"] = pd.to_numeric(d["frame_lean"], errors="coerce").groupby(d["outlet"]).mean() \
            .reindex(out.index)
    return out.reset_index()


def select_articles(result: Any, limit: int, max_words: int = 1500) -> list[str]:
    """Ids of the documents to annotate, in corpus order: all when there are at most ``limit``;
    else one per outlet first (outlets with the best candidates first), each the document with the
    most attributions and frame cues among those of at most ``max_words`` words (the shortest when
    none is that short), then the best remaining ones. Ties go to corpus order."""
    d = result.documents
    ids = list(d["doc_id"].astype(str)) if has(d, "doc_id") else []
    if len(ids) <= limit:
        return ids
    score = pd.Series(0.0, index=ids)
    for table in (result.attributions, result.frames):
        if has(table, "doc_id"):
            score = score.add(table["doc_id"].astype(str).value_counts(), fill_value=0).reindex(ids).fillna(0)
    words = pd.to_numeric(d["words"], errors="coerce").fillna(0).to_numpy() if "words" in d.columns \
        else [0] * len(ids)
    outlet = d["outlet"].fillna("").astype(str).to_numpy() if "outlet" in d.columns else [""] * len(ids)
    short = {i for i in range(len(ids)) if words[i] <= max_words}

    def rank(i: int) -> tuple:
        return (i not in short, -score[ids[i]] if i in short else words[i], i)

    best: dict[str, int] = {}
    for i in sorted(range(len(ids)), key=rank):
        best.setdefault(outlet[i], i)
    chosen = sorted(best.values(), key=rank)[:limit]
    for i in sorted(range(len(ids)), key=rank):
        if len(chosen) >= limit:
            break
        if i not in chosen:
            chosen.append(i)
    return [ids[i] for i in sorted(chosen)]
