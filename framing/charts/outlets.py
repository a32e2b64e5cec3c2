"""Outlet comparison for multi-outlet corpora: each outlet's share of voice per party, and a panel."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ._base import styled, wrap, legend_below, clean_party, empty, get_ax, party_colors, party_label, party_order, require, spec_args, style
from .frames import frame_lean

__all__ = ["outlet_comparison", "outlet_panel"]


@styled
def outlet_comparison(data: pd.DataFrame, *, outlet: str = "outlet", party: str = "party", value: str = "quoted_words",
                      spec: Any = None, palette: Mapping[str, str] | None = None,
                      labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                      outlet_order: Sequence[str] | None = None, title: str | None = None,
                      xlabel: str | None = None, legend: bool = True, ax: Axes | None = None) -> Axes:
    """Each outlet as a 100 % bar split by party: whose voice (or mentions, or frames) each outlet carries.

    Parameters
    ----------
    data : DataFrame
        One row per outlet and party (``result.parties`` at scope ``outlet``), or per statement.
    value : str
        Numeric column summed per outlet and party (e.g. ``quoted_words``, ``mentions``).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["CNN", "CNN", "Fox", "Fox"], "party": ["israel", "hamas"] * 2,
    ...                    "quoted_words": [300, 100, 50, 50]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = outlet_comparison(df, ax=ax)
    >>> [round(float(p.get_width()), 2) for p in ax.patches]
    [0.25, 0.5, 0.75, 0.5]
    """
    ax = get_ax(ax)
    title = title or f"Share of {value.replace('_', ' ')} per outlet"
    if data is None or len(data) == 0 or value not in data.columns:
        return empty(ax, f"No {value.replace('_', ' ')} per outlet.", title)
    require(data, [outlet, party, value], "outlet_comparison")
    s_pal, s_labels, s_order = spec_args(spec)
    labels = {**s_labels, **(labels or {})}
    df = pd.DataFrame({"o": data[outlet].fillna("").astype(str).replace("", "(no outlet)"),
                       "p": clean_party(data[party]), "v": pd.to_numeric(data[value], errors="coerce").fillna(0)})
    table = df.pivot_table(index="o", columns="p", values="v", aggfunc="sum", fill_value=0)
    totals = table.sum(axis=1)
    if totals.sum() == 0:
        return empty(ax, f"No {value.replace('_', ' ')} per outlet.", title)
    rows = list(outlet_order) if outlet_order is not None else sorted(table.index)
    table = table.reindex(rows, fill_value=0)
    shares = table.div(table.sum(axis=1).replace(0, np.nan), axis=0).fillna(0)
    parties = party_order(table.columns, order if order is not None else s_order)
    colors = party_colors(parties, {**s_pal, **(palette or {})})
    yy = np.arange(len(rows))[::-1]
    left = np.zeros(len(rows))
    for p in parties:
        vals = shares[p].to_numpy(dtype=float)
        ax.barh(yy, vals, left=left, color=colors[p], height=0.7, label=party_label(p, labels),
                edgecolor="white", linewidth=0.6)
        for yi, l, v in zip(yy, left, vals):
            if v >= 0.12:
                ax.text(l + v / 2, yi, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if p not in ("other", "") else "#222222")
        left += vals
    ax.set_yticks(yy, [f"{r} (n={table.loc[r].sum():,.0f})" for r in rows])
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel(xlabel or f"share of {value.replace('_', ' ')}")
    ax.set_title(title, loc="left")
    if legend:
        handles = [Patch(facecolor=colors[p], label=wrap(party_label(p, labels), 30)) for p in parties]
        legend_below(ax, handles, ncol=min(len(parties), 3))
    return ax


def outlet_panel(parties: pd.DataFrame, documents: pd.DataFrame | None = None, *, spec: Any = None,
                 values: Sequence[str] = ("quoted_words", "mentions"), lean: str = "frame_lean",
                 outlet_order: Sequence[str] | None = None, width: float = 7.5) -> Figure:
    """Figure-level: outlets side by side: share of each measure in ``values`` per party, and frame lean.

    A thin wrapper over :func:`outlet_comparison` and :func:`frame_lean`.

    Parameters
    ----------
    parties : DataFrame
        ``result.parties``; the rows at scope ``outlet`` are used when there is a ``scope`` column.
    documents : DataFrame, optional
        ``result.documents``, for the frame lean per outlet.
    """
    if "scope" in parties.columns:
        parties = parties[parties["scope"] == "outlet"]
    shown = [v for v in values if v in parties.columns and pd.to_numeric(parties[v], errors="coerce").fillna(0).sum() > 0]
    has_lean = documents is not None and lean in documents.columns and \
        pd.to_numeric(documents[lean], errors="coerce").notna().any()
    n = max(len(shown) + int(has_lean), 1)
    outlets = list(outlet_order) if outlet_order is not None else \
        sorted(set(parties["outlet"].fillna("").astype(str)) - {""}) if "outlet" in parties.columns else []
    height = 1.0 + 0.28 * max(len(outlets), 3)
    with style():
        fig, axes = plt.subplots(n, 1, figsize=(width, height * n + 0.5), squeeze=False)
        axes = axes[:, 0]
        if not shown and not has_lean:
            empty(axes[0], "No per-outlet measures to compare.", "Outlet comparison")
        for i, v in enumerate(shown):
            outlet_comparison(parties, value=v, spec=spec, outlet_order=outlets, ax=axes[i], legend=False)
        if has_lean:
            frame_lean(documents, x=lean, order=outlets, spec=spec, ax=axes[-1])
        if shown:
            handles, labels = axes[0].get_legend_handles_labels()
            fig.legend(handles, labels, loc="upper center", ncol=min(len(labels), 6), bbox_to_anchor=(0.5, 1.0))
            fig.tight_layout(rect=(0, 0, 1, 1 - 0.35 / (height * n + 0.5)))
        else:
            fig.tight_layout()
    return fig
