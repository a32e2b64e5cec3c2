"""The findings in plain sentences, computed from the tables (no sentence is written by hand)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..attribution.tables import statement_rows
from . import data

__all__ = ["findings"]


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def possessive(name: str, mark: str = "'") -> str:
    """English possessive of a party name: ``'s``, or only the mark after a plural in -s.

    >>> possessive("Russia"), possessive("Hamas and Gaza armed groups"), possessive("Israel", "’")
    ("Russia's", "Hamas and Gaza armed groups'", 'Israel’s')
    """
    return name + mark if name.endswith("s") else name + mark + "s"


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def findings(result: Any) -> dict[str, list[str]]:
    """Sentences by topic: ``corpus``, ``voice``, ``verbs``, ``frames``, ``sentiment``, ``lexicon``, ``outlets``.

    Each topic says what the tables show, or that there is nothing to show and why.
    """
    spec = result.spec
    names = {p.id: p.name for p in spec.parties}
    names.update({"other": "speakers of no party", "": "unresolved speakers"})
    docs = result.documents
    out: dict[str, list[str]] = {}

    # corpus
    n_docs = len(docs)
    outlets = data.outlets(result)
    words = int(pd.to_numeric(docs["words"], errors="coerce").fillna(0).sum()) if data.has(docs, "words") else 0
    line = f"The corpus has {_n(n_docs, 'article')} ({words:,} words)"
    if len(outlets) == 1:
        line += f" from {outlets[0]}"
    elif outlets:
        line += f" from {_n(len(outlets), 'outlet')}"
    dates = sorted(d for d in docs["date"].fillna("").astype(str) if d) if data.has(docs, "date") else []
    if dates:
        line += f", dated {dates[0]}" if dates[0] == dates[-1] else f", dated {dates[0]} to {dates[-1]}"
    out["corpus"] = [line + "."]
    if result.skipped:
        out["corpus"].append(f"{_n(len(result.skipped), 'document was', 'documents were')} skipped (listed under "
                             "Methods).")

    summary = data.party_summary(result)
    s = summary.set_index("party") if len(summary) else summary

    # voice
    voice: list[str] = []
    if "statements" not in s.columns or s["statements"].sum() == 0:
        voice.append("No attributions were found: nobody is quoted or reported, so the balance of voices cannot "
                     "be measured.")
    else:
        total = len(statement_rows(result.attributions))  # a joint speaker's statement once, as in the header
        by_words = s.sort_values(["quoted_words", "statements"], ascending=False) if "quoted_words" in s.columns \
            else s.sort_values("statements", ascending=False)
        named = [p for p in by_words.index if p in spec.party_ids]
        top = named[0] if named else by_words.index[0]
        voice.append(
            f"{_n(total, 'statement is', 'statements are')} attributed to speakers. {names.get(top, top)} gets the "
            f"most voice: {_n(int(s.at[top, 'statements']), 'statement')}"
            + (f", {int(s.at[top, 'quoted_words']):,} words ({_pct(s.at[top, 'word_share'])} of attributed words)."
               if "quoted_words" in s.columns else "."))
        if "word_share" in s.columns:
            shares = [f"{names.get(p, p)} {_pct(v)}" for p, v in by_words["word_share"].items()
                      if p in spec.party_ids or v > 0]
            voice.append("Share of attributed words: " + _list(shares) + ".")
        if "direct" in s.columns:
            quoted = [p for p in spec.party_ids if p in s.index and s.at[p, "direct"] > 0]
            only_reported = [p for p in spec.party_ids if p in s.index and s.at[p, "statements"] > 0
                             and s.at[p, "direct"] == 0]
            if quoted:
                voice.append("Quoted in their own words (direct quotes): " + _list(
                    [f"{names[p]} ({int(s.at[p, 'direct'])})" for p in quoted]) + ".")
            if only_reported:
                voice.append(_list([names[p] for p in only_reported]) + (" is" if len(only_reported) == 1 else
                             " are") + " only paraphrased or reported, never quoted directly.")
        if "mentions" in s.columns:
            silent = [p for p in spec.party_ids if p in s.index and s.at[p, "mentions"] > 0 and
                      s.at[p, "statements"] == 0]
            if silent:
                voice.append(_list([f"{names[p]} (mentioned {_n(int(s.at[p, 'mentions']), 'time')})" for p in silent])
                             + (" is" if len(silent) == 1 else " are") + " talked about but never heard.")
        if "" in s.index and s.at["", "statements"] > 0:
            voice.append(f"{_n(int(s.at['', 'statements']), 'statement')} could not be assigned to a party.")
    out["voice"] = voice

    # verbs
    verbs: list[str] = []
    att = result.attributions
    if data.has(att, "cue_class", "party"):
        a = att.assign(party=att["party"].fillna("").astype(str))
        loaded = a[a["cue_class"].astype(str).isin(["doubt", "accusation", "denial"])]
        if len(loaded) == 0:
            verbs.append("Every statement is introduced by a neutral or endorsing verb; no verb of doubt or "
                         "accusation is used.")
        else:
            parts = []
            for p in [p for p in spec.party_ids if p in set(loaded["party"])]:
                g = loaded[loaded["party"] == p]
                counts = g["cue"].astype(str).value_counts() if "cue" in g.columns else pd.Series(dtype=int)
                cues = ", ".join(f"“{c}” ({n})" for c, n in counts.head(3).items()) + (", …" if len(counts) > 3
                                                                                    else "")
                share = len(g) / int((a["party"] == p).sum())
                parts.append(f"{_n(len(g), 'statement')} of {names.get(p, p)} ({_pct(share)} of its statements: "
                             f"{cues})")
            verbs.append("Verbs of doubt or accusation introduce " + _list(parts) + ".")
            neutral_only = [p for p in spec.party_ids if (a["party"] == p).any() and p not in set(loaded["party"])]
            if neutral_only:
                verbs.append(("The statements of " if len(neutral_only) > 1 else "All statements of ")
                             + _list([names[p] for p in neutral_only])
                             + (" are all" if len(neutral_only) > 1 else " are") + " introduced neutrally.")
    else:
        verbs.append("No reporting verbs were classified (no attributions).")
    out["verbs"] = verbs

    # frames
    frames: list[str] = []
    fs = data.frame_summary(result)
    if not len(fs):
        frames.append("No frame cues were found." + ("" if spec.frames else
                      f" The spec {spec.name!r} defines no competing frames."))
    else:
        def owned(owner: str) -> str:
            return "a neutral frame" if owner == "neutral" else f"owned by {names.get(owner, owner)}"

        def describe(row: Any) -> str:
            return (f"“{row['label']}” ({owned(row['owner'])}): {_n(int(row['occurrences']), 'cue')}, "
                    f"{int(row['narrator'])} in the writer's own voice, {int(row['scare_quoted'])} scare-quoted, "
                    f"{int(row['attributed'])} attributed")

        top = fs.iloc[0]
        line = (f"{_n(int(fs['occurrences'].sum()), 'frame cue')} of {_n(len(fs), 'frame')} were found. "
                f"The most frequent is {describe(top)}.")
        sided = fs[fs["owner"].isin(spec.party_ids)]
        if top["owner"] not in spec.party_ids and len(sided):
            line += f" The most frequent frame of a party is {describe(sided.iloc[0])}."
        frames.append(line)
        adopted = fs[fs["narrator"] > 0].sort_values("narrator", ascending=False, kind="stable")
        if len(adopted):
            shown = [f"“{r.label}” ({r.narrator}×)" if r.owner == "neutral" else
                     f"“{r.label}” ({names.get(r.owner, r.owner)}, {r.narrator}×)" for r in adopted.head(5).itertuples()]
            if len(adopted) > 5:
                shown.append(f"{len(adopted) - 5} more")
            frames.append("The writer uses in its own voice: " + _list(shown) + ".")
        else:
            frames.append("The writer never adopts a party's frame in its own voice: every frame cue is quoted, "
                          "scare-quoted or attributed.")
        if data.has(docs, "frame_lean"):
            lean = pd.to_numeric(docs["frame_lean"], errors="coerce").dropna()
            first, second = (list(spec.party_ids) + ["", ""])[:2]
            if len(lean) and first and second:
                frames.append(
                    f"Frame lean (+1: the writer adopts only {possessive(names[first])} labels, −1: only {possessive(names[second])}, "
                    f"0: balanced): mean {lean.mean():+.2f} over the {_n(len(lean), 'article')} in which the writer "
                    f"adopts either side's labels" + (f" ({len(docs) - len(lean)} adopt neither)."
                                                      if len(docs) > len(lean) else "."))
    out["frames"] = frames

    # sentiment
    sent = data.sentiment_table(result)
    if len(sent):
        srt = sent.sort_values("sentiment_toward")
        lo, hi = srt.iloc[0], srt.iloc[-1]
        line = (f"The sentences about {names.get(lo['party'], lo['party'])} are the most negative "
                f"(mean sentiment {lo['sentiment_toward']:+.2f})")
        if len(srt) > 1:
            line += (f"; those about {names.get(hi['party'], hi['party'])} the most positive "
                     f"({hi['sentiment_toward']:+.2f})")
        out["sentiment"] = [line + ". Sentiment measures the tone of the sentences, not a judgement of the party."]
    else:
        out["sentiment"] = ["No sentiment scores are available (no scorer columns in sentences.csv)."]

    # lexicon
    lex = data.lexicon_profile_table(result)
    if len(lex):
        w = lex[lex["source"] == "writer"].set_index("feature")["value"]
        others = lex[lex["source"] != "writer"]
        lines = []
        for feat in dict.fromkeys(lex["feature"]):
            o = others[others["feature"] == feat]
            part = f"{feat.replace('_', ' ')} per 100 words: "
            part += f"writer {w[feat]:.1f}" if feat in w.index else "writer n/a (too few words of its own)"
            if len(o):
                part += " vs " + ", ".join(f"{possessive(names.get(r.source, r.source), '’')} statements {r.value:.1f}"
                                          for r in o.itertuples())
            lines.append(part)
        out["lexicon"] = ["Lexicon rates — " + "; ".join(lines) + "."]
    else:
        out["lexicon"] = ["No lexicon scores are available (no hedge, booster or loaded-language columns)."]

    # outlets
    if len(outlets) > 1:
        os_ = data.outlet_summary(result)
        lines = [f"{_n(len(outlets), 'outlet')}: " + _list([f"{r.outlet} ({_n(int(r.documents), 'article')})"
                                                            for r in os_.head(8).itertuples()])
                 + (f" and {len(outlets) - 8} more" if len(outlets) > 8 else "") + "."]
        for p in spec.party_ids:
            col = f"share_{p}"
            if col in os_.columns and os_[col].notna().sum() > 1 and os_[col].max() > 0:
                lo, hi = os_.loc[os_[col].idxmin()], os_.loc[os_[col].idxmax()]
                lines.append(f"{possessive(names[p])} share of attributed words ranges from {_pct(lo[col])} ({lo['outlet']}) "
                             f"to {_pct(hi[col])} ({hi['outlet']}).")
        if "frame_lean" in os_.columns and os_["frame_lean"].notna().sum() > 1:
            lo, hi = os_.loc[os_["frame_lean"].idxmin()], os_.loc[os_["frame_lean"].idxmax()]
            lines.append(f"Mean frame lean ranges from {lo['frame_lean']:+.2f} ({lo['outlet']}) to "
                         f"{hi['frame_lean']:+.2f} ({hi['outlet']}).")
        out["outlets"] = lines
    return out
