"""Charts of the competing frames: by owner and voice, and the frame lean of each outlet."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ._base import (styled, wrap, legend_below, VOICE_STYLE, clean_party, empty, get_ax, party_colors, party_label, party_order, require,
                    spec_args)

__all__ = ["frames_by_voice", "frame_lean"]


@styled
def frames_by_voice(data: pd.DataFrame, *, y: str = "owner", voice: str = "voice", owner: str = "owner",
                    spec: Any = None, palette: Mapping[str, str] | None = None,
                    labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                    ax: Axes | None = None) -> Axes:
    """Frame cues by owner (or by frame) and voice: whose framing is used, and in whose voice.

    Each bar is coloured by the party that owns the frame; its segments are the voices:
    the writer's own (solid), scare-quoted (hatched), attributed to a speaker (light).

    Parameters
    ----------
    data : DataFrame
        One row per frame cue occurrence (``result.frames``).
    y : str
        Column of the bars: ``"owner"`` (default) or ``"frame"``.
    labels : mapping, optional
        Display names of the ``y`` values (party or frame ids).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"frame": ["ato", "ato", "cleansing"], "owner": ["azerbaijan", "azerbaijan", "armenia"],
    ...                    "voice": ["attributed", "narrator", "scare_quoted"]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = frames_by_voice(df, ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['armenia', 'azerbaijan']
    """
    ax = get_ax(ax)
    title = "Frames: whose framing, in whose voice"
    if data is None or len(data) == 0:
        return empty(ax, "No frame cues found.", title)
    require(data, list(dict.fromkeys([y, voice, owner])), "frames_by_voice")
    palette, s_labels, s_order = spec_args(spec)
    palette = {**palette, **(palette or {})}
    df = pd.DataFrame({"y": clean_party(data[y]), "voice": data[voice].fillna("unknown").astype(str),
                       "owner": clean_party(data[owner])})
    table = pd.crosstab(df["y"], df["voice"])
    if y == owner:
        rows = party_order(table.index, order if order is not None else s_order)
        owners = {r: r for r in rows}
        labels = {**s_labels, **(labels or {})}
    else:
        owners = df.groupby("y")["owner"].agg(lambda s: s.mode().iat[0]).to_dict()
        owner_rank = {p: i for i, p in enumerate(party_order(owners.values(), s_order))}
        rows = list(order) if order is not None else sorted(table.index, key=lambda r: (owner_rank[owners[r]], r))
        labels = dict(labels or {})
    voices = [v for v in VOICE_STYLE if v in table.columns] + sorted(c for c in table.columns if c not in VOICE_STYLE)
    table = table.reindex(index=rows, columns=voices, fill_value=0)
    colors = party_colors(party_order(owners.values(), s_order), palette)
    yy = np.arange(len(rows))[::-1]
    left = np.zeros(len(rows))
    for v in voices:
        st = VOICE_STYLE.get(v, {"hatch": "xx", "alpha": 0.3, "label": v})
        vals = table[v].to_numpy(dtype=float)
        ax.barh(yy, vals, left=left, color=[colors[owners[r]] for r in rows], alpha=st["alpha"], hatch=st["hatch"],
                edgecolor="white", linewidth=0.8, height=0.65, label=st["label"])
        left += vals
    for yi, v in zip(yy, left):
        ax.text(v + left.max() * 0.01, yi, f"{v:.0f}", va="center", fontsize=8)
    names = [wrap(party_label(r, labels) if y == owner else labels.get(r, r), 30) for r in rows]
    ax.set_yticks(yy, names)
    ax.set_xlim(0, max(left.max(), 1) * 1.12)
    ax.set_xlabel("frame cue occurrences")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.set_title(title, loc="left")
    handles = [Patch(facecolor="#777777", alpha=VOICE_STYLE.get(v, {"alpha": 0.3})["alpha"],
                     hatch=VOICE_STYLE.get(v, {"hatch": "xx"})["hatch"], edgecolor="white",
                     label=VOICE_STYLE.get(v, {"label": v})["label"]) for v in voices]
    if y != owner:
        handles += [Patch(facecolor=colors[p], label=f"owned by {party_label(p, s_labels)}")
                    for p in dict.fromkeys(owners[r] for r in rows)]
    legend_below(ax, handles, ncol=3 if len(handles) > 4 else len(handles))
    return ax


@styled
def frame_lean(data: pd.DataFrame, *, x: str = "frame_lean", y: str = "outlet", order: Sequence[str] | None = None,
               sides: tuple[str, str] | None = None, spec: Any = None, palette: Mapping[str, str] | None = None,
               labels: Mapping[str, str] | None = None, xlabel: str | None = None, ax: Axes | None = None) -> Axes:
    """Frame lean per outlet: a dot per document and a bar at the outlet's mean.

    A numeric ``x`` (e.g. -1 … +1, the balance between two parties' frames) is drawn as dots and
    means; a categorical ``x`` (the party whose frames dominate) as stacked counts per outlet.

    Parameters
    ----------
    data : DataFrame
        One row per document (``result.documents``) with the lean and the outlet.
    sides : (str, str), optional
        What the negative and the positive end mean, e.g. ``("Armenia's frames", "Azerbaijan's frames")``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["CNN", "CNN", "Fox"], "frame_lean": [-0.5, 0.1, 0.6]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = frame_lean(df, ax=ax)
    >>> [round(float(p.get_width()), 2) for p in ax.patches]
    [-0.2, 0.6]
    """
    ax = get_ax(ax)
    title = "Frame lean per outlet"
    if data is None or len(data) == 0 or x not in data.columns or data[x].replace("", np.nan).notna().sum() == 0:
        return empty(ax, "No frame lean: no competing frame cues found.", title)
    require(data, [x, y], "frame_lean")
    df = pd.DataFrame({"y": data[y].fillna("").astype(str).replace("", "(no outlet)"), "x": data[x]})
    numeric = pd.to_numeric(df["x"], errors="coerce")
    rows = list(order) if order is not None else sorted(df["y"].unique())
    yy = np.arange(len(rows))[::-1]
    pos = dict(zip(rows, yy))
    if numeric.notna().sum() >= df["x"].replace("", np.nan).notna().sum() * 0.9:
        df["x"] = numeric
        df = df.dropna()
        means = df.groupby("y")["x"].mean()
        ax.barh(yy, [means.get(r, 0.0) for r in rows], color="#BBBBBB", height=0.6)
        rng = np.random.default_rng(0)
        ax.scatter(df["x"], df["y"].map(pos) + rng.uniform(-0.2, 0.2, len(df)), s=12, color="#222222",
                   alpha=0.6, linewidths=0, zorder=3)
        lim = max(float(df["x"].abs().max()) * 1.1, 0.1)
        ax.set_xlim(-lim, lim)
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.set_xlabel(xlabel or "frame lean (dot: a document; bar: the outlet's mean)")
        if sides:
            ax.text(0.0, 1.01, f"← {sides[0]}", transform=ax.transAxes, fontsize=7, color="#555555", ha="left",
                    va="bottom")
            ax.text(1.0, 1.01, f"{sides[1]} →", transform=ax.transAxes, fontsize=7, color="#555555", ha="right",
                    va="bottom")
            ax.set_title(title, loc="left", pad=14)
        else:
            ax.set_title(title, loc="left")
    else:
        s_pal, s_labels, s_order = spec_args(spec)
        labels = {**s_labels, **(labels or {})}
        df["x"] = clean_party(df["x"])
        table = pd.crosstab(df["y"], df["x"]).reindex(index=rows, fill_value=0)
        cats = party_order(table.columns, s_order)
        colors = party_colors(cats, {**s_pal, **(palette or {})})
        left = np.zeros(len(rows))
        for c in cats:
            vals = table[c].to_numpy(dtype=float)
            ax.barh(yy, vals, left=left, color=colors[c], height=0.6, label=party_label(c, labels),
                    edgecolor="white", linewidth=0.6)
            left += vals
        ax.set_xlabel(xlabel or "documents, by the party whose frames dominate")
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.set_title(title, loc="left")
    ax.set_yticks(yy, rows)
    return ax
