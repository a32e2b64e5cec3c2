"""The report's charts, drawn from the analysis tables and serialised as inline SVG."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any, Callable

import matplotlib.pyplot as plt
from markupsafe import Markup

from .. import charts
from . import data
from .findings import possessive

__all__ = ["Figure", "figures", "to_svg"]


@dataclass
class Figure:
    """One chart of the report: an id (anchor), a title, a caption, and the SVG markup."""

    id: str
    title: str
    caption: str
    svg: Markup
    empty: str = ""


def to_svg(fig: Any) -> Markup:
    """A matplotlib figure as an ``<svg>`` element for inline use (no XML prolog, scales to its box).

    Matplotlib escapes every text it writes into SVG, so labels from the data cannot inject markup.
    """
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    m = re.match(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    if m:
        w = float(m.group(2))
        svg = svg.replace(m.group(0), f'<svg{m.group(1)} class="chart" style="width:100%;max-width:{w * 1.45:.0f}px"'
                          f' role="img"', 1)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    return Markup(svg)


def _draw(height: float, draw: Callable[[Any], Any], width: float = 7.0) -> Markup | str:
    """The chart as SVG; when it has nothing to show, the message it drew (a str) instead."""
    with charts.style():
        fig, ax = plt.subplots(figsize=(width, height))
        try:
            draw(ax)
        except (ValueError, KeyError, TypeError) as exc:  # a table without the columns this chart needs
            plt.close(fig)
            return f"cannot be drawn from these tables ({exc})."
        if not ax.patches and not ax.collections and not ax.lines and len(ax.texts) == 1:
            message = ax.texts[0].get_text()
            plt.close(fig)
            return message
        fig.tight_layout()
        return to_svg(fig)


def _figure(id: str, title: str, caption: str, drawn: Markup | str) -> "Figure":
    if isinstance(drawn, Markup):
        return Figure(id, title, caption, drawn)
    return Figure(id, title, caption, Markup(""), empty=drawn)


def figures(result: Any) -> list[Figure]:
    """Every chart the tables support, in report order (an empty table gives a chart that says so)."""
    spec = result.spec
    att, fr = result.attributions, result.frames
    def rows(table, col: str) -> int:
        return max(table[col].fillna("").astype(str).nunique(), 1) if data.has(table, col) else 1

    out = []
    out.append(_figure(
        "fig-voice", "Who gets a voice",
        "Words attributed to each party's speakers, split by kind: direct quotes (solid), partial quotes (hatched), "
        "indirect speech (light). The label gives words and the share of all attributed words.",
        _draw(1.2 + 0.42 * rows(att, "party"), lambda ax: charts.attribution_balance(att, spec=spec, ax=ax))))
    out.append(_figure(
        "fig-verbs", "How their words are introduced",
        "Number of statements of each party by the stance of the reporting verb: neutral (say, tell), doubt (claim, "
        "insist), accusation (accuse, blame) and others. Darker cells: more statements.",
        _draw(1.3 + 0.4 * rows(att, "party"), lambda ax: charts.verb_stance(att, spec=spec, ax=ax))))
    frame_labels = {f.id: (f.label or f.id) for f in spec.frames}
    n_frames = fr["frame"].nunique() if data.has(fr, "frame") else 0
    out.append(_figure(
        "fig-frames", "Whose framing, in whose voice",
        "Frame cues by the party that owns the frame: in the writer's own voice (solid), scare-quoted (hatched) or "
        "attributed to a speaker (light). A frame in the writer's voice is the writer adopting it.",
        _draw(1.2 + 0.42 * rows(fr, "owner"), lambda ax: charts.frames_by_voice(fr, spec=spec, ax=ax))))
    if n_frames > 1:
        out.append(_figure(
            "fig-frames-by-frame", "Frames one by one",
            "Each competing frame of the spec that occurs, coloured by its owner, split by voice.",
            _draw(1.2 + 0.36 * n_frames, lambda ax: charts.frames_by_voice(fr, y="frame", labels=frame_labels,
                                                                              spec=spec, ax=ax), width=7.5)))
    sent = data.sentiment_table(result)
    out.append(_figure(
        "fig-sentiment", "Sentiment toward each party",
        ("Mean sentiment toward each party in the sentences that mention it, scored at the mention by the "
         "scorers' target-sentiment model (−1 negative, +1 positive; see Methods). "
         if "sentiment_toward" in data.corpus_scope(result).columns else
         "Mean VADER compound score of the sentences that mention each party (−1 very negative, +1 very positive). ")
        + 
        "It measures the tone of the sentences, not the writer's judgement of the party.",
        _draw(1.5 + 0.36 * max(len(sent), 1), lambda ax: charts.sentiment_toward(sent, spec=spec, ax=ax))))
    lex = data.lexicon_profile_table(result)
    out.append(_figure(
        "fig-lexicon", "The writer's words and the parties' quotes",
        "Lexicon hits per 100 words in the writer's own sentences and in the sentences that carry each party's "
        "statements.",
        _draw(3.0, lambda ax: charts.lexicon_profile(lex, spec=spec, ax=ax))))
    if len(data.outlets(result)) > 1:
        names = data.outlets(result)
        parties = result.parties if _parties_ok(result) else _parties_from_rows(result)
        if "scope" in parties.columns:
            parties = parties[parties["scope"] == "outlet"]
        height = 1.4 + 0.27 * len(names)
        for value, title, what in (("quoted_words", "Voice per outlet", "attributed words"),
                                   ("mentions", "Mentions per outlet", "mentions")):
            out.append(_figure(
                f"fig-outlets-{value.replace('_', '-')}", title,
                f"Each outlet's {what}, split by party (n: {what} in the outlet's articles).",
                _draw(height, lambda ax, v=value: charts.outlet_comparison(parties, value=v, spec=spec,
                                                                         outlet_order=names, ax=ax))))
        first, second = (list(spec.party_ids) + ["", ""])[:2]
        party_names = {p.id: p.name for p in spec.parties}
        if data.has(result.documents, "frame_lean") and first and second:
            out.append(_figure(
                "fig-outlets-lean", "Frame lean per outlet",
                f"Frame lean of each article (dot) and the outlet's mean (bar): +1 when the writer adopts only "
                f"{possessive(party_names[first])} labels, −1 only {possessive(party_names[second])}. Articles that adopt neither "
                f"side's labels have no lean.",
                _draw(height, lambda ax: charts.frame_lean(
                    result.documents, order=names, sides=(f"{possessive(party_names[second])} labels",
                                                          f"{possessive(party_names[first])} labels"), ax=ax))))
    return out


def _parties_ok(result: Any) -> bool:
    try:
        p = result.parties
    except Exception:
        return False
    return data.has(p, "outlet", "party") and any(c in p.columns for c in ("quoted_words", "mentions"))


def _parties_from_rows(result: Any):
    """Per outlet and party: quoted words and mentions, from the row tables (when parties.csv lacks them)."""
    import pandas as pd

    outlet_of = result.documents.set_index("doc_id")["outlet"] if data.has(result.documents, "outlet") else {}
    parts = []
    if data.has(result.attributions, "doc_id", "party", "words"):
        a = result.attributions
        parts.append(pd.DataFrame({"outlet": a["doc_id"].map(outlet_of), "party": a["party"],
                                   "quoted_words": pd.to_numeric(a["words"], errors="coerce"), "mentions": 0}))
    if data.has(result.mentions, "doc_id", "party"):
        m = result.mentions
        parts.append(pd.DataFrame({"outlet": m["doc_id"].map(outlet_of), "party": m["party"], "quoted_words": 0,
                                   "mentions": 1}))
    if not parts:
        return pd.DataFrame(columns=["outlet", "party", "quoted_words", "mentions"])
    return pd.concat(parts).groupby(["outlet", "party"], as_index=False).sum()
