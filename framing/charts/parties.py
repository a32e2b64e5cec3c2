"""Charts of the parties: voice (attribution balance), reporting-verb stance, sentiment, lexicon profile."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ._base import (styled, wrap, legend_below, KIND_STYLE, WRITER_COLOR, clean_party, empty, get_ax, party_colors, party_label, party_order,
                    require, spec_args)

__all__ = ["attribution_balance", "verb_stance", "sentiment_toward", "lexicon_profile"]


def _resolve(spec: Any, palette: Mapping[str, str] | None, labels: Mapping[str, str] | None,
             order: Sequence[str] | None) -> tuple[dict[str, str], dict[str, str], list[str]]:
    s_pal, s_lab, s_ord = spec_args(spec)
    return {**s_pal, **(palette or {})}, {**s_lab, **(labels or {})}, list(order if order is not None else s_ord)


@styled
def attribution_balance(data: pd.DataFrame, *, party: str = "party", kind: str = "kind", words: str = "words",
                        measure: str = "words", spec: Any = None, palette: Mapping[str, str] | None = None,
                        labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                        ax: Axes | None = None) -> Axes:
    """Who gets a voice: one bar per party, stacked by kind of attribution (direct, partial, indirect...).

    Parameters
    ----------
    data : DataFrame
        One row per attributed statement (``result.attributions``).
    party, kind, words : str
        Columns of the speaker's party, the kind of attribution and the word count of the content.
    measure : {"words", "statements"}
        Bar length: quoted words (default) or number of statements.
    spec : Spec, optional
        Gives the party colours (``spec.colors()``), display names and order.
    ax : Axes, optional
        Where to draw (default: the current axes).

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"party": ["armenia", "azerbaijan", "armenia"], "kind": ["direct", "indirect", "direct"],
    ...                    "words": [12, 30, 8]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = attribution_balance(df, ax=ax)
    >>> [round(p.get_width()) for p in ax.patches if p.get_width() > 0]
    [20, 30]
    """
    if measure not in ("words", "statements"):
        raise ValueError(f"measure must be 'words' or 'statements', got {measure!r}")
    ax = get_ax(ax)
    title = "Voice: who is quoted, in how many words" if measure == "words" else "Voice: who is quoted, how often"
    if data is None or len(data) == 0:
        return empty(ax, "No attributions found: nobody is quoted or reported.", title)
    require(data, [party, kind] + ([words] if measure == "words" else []), "attribution_balance")
    palette, labels, order = _resolve(spec, palette, labels, order)
    df = pd.DataFrame({"party": clean_party(data[party]), "kind": data[kind].fillna("other").astype(str),
                       "value": pd.to_numeric(data[words], errors="coerce").fillna(0) if measure == "words" else 1.0})
    table = df.pivot_table(index="party", columns="kind", values="value", aggfunc="sum", fill_value=0)
    parties = party_order(table.index, order)
    kinds = [k for k in KIND_STYLE if k in table.columns] + sorted(k for k in table.columns if k not in KIND_STYLE)
    table = table.loc[parties, kinds]
    colors = party_colors(parties, palette)
    y = np.arange(len(parties))[::-1]
    left = np.zeros(len(parties))
    for k in kinds:
        st = KIND_STYLE.get(k, {"hatch": "xx", "alpha": 0.3, "label": k})
        vals = table[k].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, color=[colors[p] for p in parties], alpha=st["alpha"], hatch=st["hatch"],
                edgecolor="white", linewidth=0.8, label=st["label"], height=0.65)
        left += vals
    total = left.sum()
    for yi, v in zip(y, left):
        ax.text(v + total * 0.01, yi, f"{v:,.0f} ({v / total:.0%})" if total else "0", va="center", fontsize=8)
    ax.set_yticks(y, [wrap(party_label(p, labels)) for p in parties])
    ax.set_xlim(0, max(left.max(), 1) * 1.25)
    ax.set_xlabel("quoted or reported words" if measure == "words" else "attributed statements")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.set_title(title, loc="left")
    handles = [Patch(facecolor="#777777", alpha=KIND_STYLE.get(k, {"alpha": 0.3})["alpha"],
                     hatch=KIND_STYLE.get(k, {"hatch": "xx"})["hatch"], edgecolor="white",
                     label=KIND_STYLE.get(k, {"label": k})["label"]) for k in kinds]
    legend_below(ax, handles, ncol=len(handles))
    return ax


@styled
def verb_stance(data: pd.DataFrame, *, party: str = "party", cue_class: str = "cue_class", normalize: bool = False,
                max_classes: int | None = 8, spec: Any = None, labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                cmap: str = "Blues", ax: Axes | None = None) -> Axes:
    """How each party's words are introduced: a heatmap of reporting-verb stance classes by party.

    Parameters
    ----------
    data : DataFrame
        One row per attributed statement, with the party and the stance class of its cue
        (neutral "say", doubt "claim", accusation "accuse", ...).
    normalize : bool
        Show each party's row as shares of its statements instead of counts.
    max_classes : int, optional
        Show at most this many columns: ``neutral`` and the most frequent classes; the rest are
        summed into "other classes". ``None`` shows them all.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"party": ["armenia", "armenia", "azerbaijan"], "cue_class": ["doubt", "neutral", "neutral"]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = verb_stance(df, ax=ax)
    >>> ax.collections[0].get_array().reshape(2, 2).tolist()
    [[1.0, 1.0], [1.0, 0.0]]
    """
    ax = get_ax(ax)
    title = "Reporting verbs: how each party's words are introduced"
    if data is None or len(data) == 0:
        return empty(ax, "No attributions found: no reporting verbs to classify.", title)
    require(data, [party, cue_class], "verb_stance")
    _, labels, order = _resolve(spec, None, labels, order)
    df = pd.DataFrame({"party": clean_party(data[party]), "cls": data[cue_class].fillna("unknown").astype(str)})
    table = pd.crosstab(df["party"], df["cls"])
    parties = party_order(table.index, order)
    classes = sorted(table.columns, key=lambda c: (c != "neutral", -table[c].sum(), c))
    if max_classes is not None and len(classes) > max_classes:
        rest = classes[max_classes - 1:]
        table["other classes"] = table[rest].sum(axis=1)
        classes = classes[:max_classes - 1] + ["other classes"]
    table = table.loc[parties, classes].astype(float)
    shown = table.div(table.sum(axis=1).replace(0, 1), axis=0) if normalize else table
    mesh = ax.pcolormesh(np.arange(len(classes) + 1) - 0.5, np.arange(len(parties) + 1) - 0.5, shown.to_numpy(),
                         cmap=cmap, vmin=0, vmax=max(float(shown.to_numpy().max()), 1e-9) * 1.15,
                         edgecolors="white", linewidth=1.5)
    ax.set_ylim(len(parties) - 0.5, -0.5)
    top = float(shown.to_numpy().max()) or 1.0
    for i in range(len(parties)):
        for j in range(len(classes)):
            v = shown.iat[i, j]
            text = f"{v:.0%}" if normalize else f"{v:.0f}"
            ax.text(j, i, text, ha="center", va="center", fontsize=8,
                    color="white" if v > top * 0.6 else "#222222")
    rotate = len(classes) > 3 or max(len(c) for c in classes) > 12
    ax.set_xticks(range(len(classes)), [c.replace("_", " ") for c in classes], rotation=30 if rotate else 0,
                  ha="right" if rotate else "center")
    ax.set_yticks(range(len(parties)), [wrap(party_label(p, labels)) for p in parties])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(title, loc="left")
    ax.set_xlabel("stance class of the reporting verb" + (" (share of the party's statements)" if normalize else
                                                          " (statements)"))
    mesh.set_label("statements")
    return ax


@styled
def sentiment_toward(data: pd.DataFrame, *, party: str = "party", value: str = "sentiment_toward",
                     spec: Any = None, palette: Mapping[str, str] | None = None,
                     labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                     xlabel: str = "← negative   mean sentiment toward the party   positive →",
                     ax: Axes | None = None) -> Axes:
    """Sentiment toward each party: a bar per party (the mean), a dot per row when there are several.

    Parameters
    ----------
    data : DataFrame
        One row per party (corpus) or per party and document/outlet; ``value`` is numeric.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"party": ["armenia", "azerbaijan"], "sentiment_toward": [-0.4, 0.1]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = sentiment_toward(df, ax=ax)
    >>> [round(float(p.get_width()), 1) for p in ax.patches]
    [-0.4, 0.1]
    """
    ax = get_ax(ax)
    title = "Sentiment toward each party"
    if data is None or len(data) == 0 or value not in data.columns or data[value].notna().sum() == 0:
        return empty(ax, "No sentiment scores toward parties.", title)
    require(data, [party, value], "sentiment_toward")
    palette, labels, order = _resolve(spec, palette, labels, order)
    df = pd.DataFrame({"party": clean_party(data[party]), "v": pd.to_numeric(data[value], errors="coerce")}).dropna()
    means = df.groupby("party")["v"].mean()
    parties = party_order(means.index, order)
    colors = party_colors(parties, palette)
    y = np.arange(len(parties))[::-1]
    ax.barh(y, [means[p] for p in parties], color=[colors[p] for p in parties], height=0.6, alpha=0.9)
    several = df.groupby("party").size().max() > 1
    if several:
        rng = np.random.default_rng(0)
        pos = dict(zip(parties, y))
        ax.scatter(df["v"], df["party"].map(pos) + rng.uniform(-0.18, 0.18, len(df)), s=9, color="#222222",
                   alpha=0.5, linewidths=0, zorder=3)
    lim = max(float(df["v"].abs().max()) * 1.25, 0.1)
    lim = min(lim, 1.05) if not several else max(lim, 0.1)
    ax.set_xlim(-lim, lim)
    ax.axvline(0, color="#333333", linewidth=0.8)
    for yi, p in zip(y, parties):
        m = means[p]
        ax.text(m + (lim * 0.02 if m >= 0 else -lim * 0.02), yi + (0.32 if several else 0), f"{m:+.2f}",
                va="center", ha="left" if m >= 0 else "right", fontsize=8)
    ax.set_yticks(y, [wrap(party_label(p, labels)) for p in parties])
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    return ax


@styled
def lexicon_profile(data: pd.DataFrame, *, source: str = "source", feature: str = "feature", value: str = "value",
                    spec: Any = None, palette: Mapping[str, str] | None = None,
                    labels: Mapping[str, str] | None = None, order: Sequence[str] | None = None,
                    ylabel: str = "per 100 words", ax: Axes | None = None) -> Axes:
    """The writer's own words against each party's quoted words: grouped bars per lexicon feature.

    Parameters
    ----------
    data : DataFrame
        Tidy: one row per (source, feature) with a value. ``source`` is ``"writer"`` or a party id.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"source": ["writer", "armenia", "writer", "armenia"],
    ...                    "feature": ["hedges", "hedges", "loaded", "loaded"], "value": [1.0, 2.5, 0.5, 3.0]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = lexicon_profile(df, ax=ax)
    >>> [float(p.get_height()) for p in ax.patches]
    [1.0, 0.5, 2.5, 3.0]
    """
    ax = get_ax(ax)
    title = "Lexicon profile: the writer's words and each party's quotes"
    if data is None or len(data) == 0:
        return empty(ax, "No lexicon scores to compare.", title)
    require(data, [source, feature, value], "lexicon_profile")
    palette, labels, order = _resolve(spec, palette, labels, order)
    df = pd.DataFrame({"source": clean_party(data[source]), "feature": data[feature].astype(str),
                       "v": pd.to_numeric(data[value], errors="coerce").fillna(0)})
    table = df.pivot_table(index="feature", columns="source", values="v", aggfunc="mean")
    features = list(dict.fromkeys(df["feature"]))
    sources = (["writer"] if "writer" in table.columns else []) + party_order(
        [c for c in table.columns if c != "writer"], order)
    colors = party_colors(sources, {**palette, "writer": WRITER_COLOR})
    n = len(sources)
    width = 0.8 / max(n, 1)
    x = np.arange(len(features))
    for i, s in enumerate(sources):
        vals = [table.at[f, s] if f in table.index and pd.notna(table.at[f, s]) else 0.0 for f in features]
        ax.bar(x - 0.4 + width * (i + 0.5), vals, width=width * 0.92, color=colors[s],
               label="writer (narrator)" if s == "writer" else f"{party_label(s, labels)} quotes",
               hatch="" if s != "writer" else "", edgecolor="white", linewidth=0.5)
    ax.set_xticks(x, [f.replace("_", " ") for f in features])
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.legend(ncol=min(n, 3), loc="upper left", bbox_to_anchor=(0, -0.12))
    return ax
