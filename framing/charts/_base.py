"""Shared helpers of the chart functions: axes, palette, party labels, empty charts.

Charts read tidy pandas DataFrames (one row per observation) and column names, draw on ``ax``
(default: the current axes) and return the Axes, in the style of seaborn.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any, Iterable, Iterator, Mapping

import matplotlib

if "ipykernel" not in sys.modules:
    matplotlib.use("Agg")  # no display: charts go to files and reports (a notebook keeps its inline backend)

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

#: Okabe & Ito's colour-blind-safe palette (Color Universal Design), the default party colours.
OKABE_ITO = ("#0072B2", "#D55E00", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#F0E442", "#000000")
#: Colour of speakers of no party (``other``) and of unresolved speakers.
OTHER_COLOR = "#999999"
#: Colour of frames that belong to no side (owner ``neutral``).
NEUTRAL_COLOR = "#BBBBBB"
#: Colour of the writer's own (narrator) voice.
WRITER_COLOR = "#404040"

#: Drawing order and look of attribution kinds: hatch and alpha over the party's colour.
KIND_STYLE: dict[str, dict[str, Any]] = {
    "direct": {"hatch": "", "alpha": 1.0, "label": "direct quote"},
    "partial": {"hatch": "///", "alpha": 0.85, "label": "partial quote"},
    "indirect": {"hatch": "", "alpha": 0.45, "label": "indirect speech"},
    "according_to": {"hatch": "\\\\\\", "alpha": 0.45, "label": "“according to”"},
}
#: Drawing order and look of frame voices.
VOICE_STYLE: dict[str, dict[str, Any]] = {
    "narrator": {"hatch": "", "alpha": 1.0, "label": "writer's own voice"},
    "scare_quoted": {"hatch": "///", "alpha": 0.7, "label": "scare-quoted"},
    "attributed": {"hatch": "", "alpha": 0.4, "label": "attributed to a speaker"},
}

STYLE = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "hatch.linewidth": 0.6,
    "svg.fonttype": "none",
    "svg.hashsalt": "framing",
    "text.parse_math": False,
}


def get_ax(ax: Axes | None) -> Axes:
    """``ax``, or the current axes (seaborn's convention)."""
    return ax if ax is not None else plt.gca()


def require(data: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Raise a ValueError naming the missing columns and the ones there are."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{what}: expected a pandas DataFrame, got {type(data).__name__}")
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {', '.join(map(repr, missing))}; "
                         f"columns are: {', '.join(map(str, data.columns)) or '(none)'}")


def empty(ax: Axes, message: str, title: str | None = None) -> Axes:
    """Draw ``message`` in the middle of an empty axes (a chart with nothing to show says so)."""
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555", wrap=True)
    if title:
        ax.set_title(title, loc="left")
    return ax


def party_colors(parties: Iterable[str], palette: Mapping[str, str] | None = None) -> dict[str, str]:
    """A colour for each party id: from ``palette`` (e.g. ``spec.colors()``), else Okabe-Ito in order.

    >>> party_colors(["armenia", "other"], {"armenia": "#D55E00"})
    {'armenia': '#D55E00', 'other': '#999999'}
    """
    palette = dict(palette or {})
    out: dict[str, str] = {}
    free = [c for c in OKABE_ITO if c not in palette.values()]
    for p in parties:
        if p in palette:
            out[p] = palette[p]
        elif p in ("other", "", "unresolved"):
            out[p] = OTHER_COLOR
        elif p == "writer":
            out[p] = WRITER_COLOR
        elif p == "neutral":
            out[p] = NEUTRAL_COLOR
        else:
            out[p] = free.pop(0) if free else OTHER_COLOR
    return out


def party_label(party: str, labels: Mapping[str, str] | None = None) -> str:
    """Display name of a party id (``labels`` maps id to name); empty ids read "unresolved"."""
    labels = labels or {}
    if party in labels:
        return labels[party]
    if party in ("", "nan"):
        return "unresolved"
    if party == "other":
        return "other speakers"
    return str(party)


def legend_below(ax: Axes, handles: list, ncol: int, gap: float = 34.0) -> Any:
    """A legend centred under the x-axis label, ``gap`` points below the axes (whatever its height)."""
    from matplotlib.transforms import ScaledTranslation

    offset = ScaledTranslation(0, -gap / 72, ax.figure.dpi_scale_trans)
    return ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=max(ncol, 1),
                     bbox_transform=ax.transAxes + offset)


def wrap(label: str, width: int = 24) -> str:
    """A long tick label on at most two lines (the rest shortened with an ellipsis).

    >>> print(wrap("Palestinian Authority and Gaza civilians"))
    Palestinian Authority
    and Gaza civilians
    """
    import textwrap

    lines = textwrap.wrap(str(label), width) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return "\n".join(lines)


def party_order(values: Iterable[str], order: Iterable[str] | None = None) -> list[str]:
    """Parties in ``order`` (e.g. ``spec.party_ids``) first, then others; "other"/unresolved last."""
    present = list(dict.fromkeys(str(v) for v in values))
    head = [p for p in (order or []) if p in present]
    rest = sorted(p for p in present if p not in head and p not in ("neutral", "other", ""))
    tail = [p for p in ("neutral", "other", "") if p in present and p not in head]
    return head + rest + tail


def spec_args(spec: Any) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(palette, labels, order) from a :class:`framing.Spec`, or empty ones when ``spec`` is None."""
    if spec is None:
        return {}, {}, []
    return dict(spec.colors()), {p.id: p.name for p in spec.parties}, list(spec.party_ids)


def clean_party(series: pd.Series) -> pd.Series:
    """Party ids as strings; missing values become ``""`` (unresolved)."""
    return series.astype(object).where(series.notna(), "").astype(str).replace("nan", "")


def styled(func: Any) -> Any:
    """Decorator: draw with the charts' style (font sizes, no top/right spines) wherever it is called."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with style():
            ax = func(*args, **kwargs)
            if isinstance(ax, Axes) and ax.spines["left"].get_visible():
                ax.spines["top"].set_visible(False)
                ax.spines["right"].set_visible(False)
            return ax

    return wrapper


@contextlib.contextmanager
def style() -> Iterator[None]:
    """A context manager with the charts' matplotlib style (``with style(): ...``).

    Unlike ``plt.rc_context`` it restores only the keys it set, which keeps a notebook's inline
    backend showing figures afterwards.
    """
    old = {k: matplotlib.rcParams[k] for k in STYLE}
    matplotlib.rcParams.update(STYLE)
    try:
        yield
    finally:
        matplotlib.rcParams.update(old)
