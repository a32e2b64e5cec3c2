"""Charts of an analysis, in the style of seaborn: a tidy DataFrame and column names in, the Axes out.

Every function draws on ``ax`` (default: the current axes) and returns it; figure-level helpers
(:func:`outlet_panel`) are thin wrappers. Colours: one per party, from ``spec.colors()``
(colour-blind-safe Okabe-Ito by default); attribution kinds and frame voices differ by hatch and
shade too, so no chart relies on colour alone. Matplotlib runs on the Agg backend (no display).

>>> import framing
>>> from framing import charts
>>> result = framing.analyze("Baku says the war is over. Yerevan claims it is not.")
>>> ax = charts.attribution_balance(result.attributions, spec=result.spec)   # doctest: +SKIP
"""

from __future__ import annotations

from ._base import OKABE_ITO, OTHER_COLOR, WRITER_COLOR, party_colors, style
from .frames import frame_lean, frames_by_voice
from .outlets import outlet_comparison, outlet_panel
from .parties import attribution_balance, lexicon_profile, sentiment_toward, verb_stance

__all__ = [
    "OKABE_ITO", "OTHER_COLOR", "WRITER_COLOR", "attribution_balance", "frame_lean", "frames_by_voice",
    "lexicon_profile", "outlet_comparison", "outlet_panel", "party_colors", "sentiment_toward", "style",
    "verb_stance",
]
