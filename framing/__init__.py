"""framing: media-bias and framing analysis of news.

>>> import framing
>>> corpus = framing.load_corpus("corpora/karabakh-2023")
>>> result = framing.analyze(corpus, spec="karabakh-2023")
>>> result.attributions.loc[result.attributions.speaker == "Mr Hajiyev", ["party", "cue", "kind"]].values.tolist()
[['azerbaijan', 'say', 'direct']]
>>> framing.scorers.hedges("It may well be, reportedly, a so-called truce.")
3
>>> callable(framing.report.write) and callable(framing.charts.attribution_balance)
True
"""

from __future__ import annotations

import importlib
from typing import Any

from .analysis import Analysis, analyze
from .document import Document, Sentence, Token
from .loaders import Corpus, LoadError, Skipped, load_corpus
from .spec import Spec, SpecError, builtin_specs, load_spec

__version__ = "0.1.0"

__all__ = [
    "Analysis", "Corpus", "Document", "LoadError", "Sentence", "Skipped", "Spec", "SpecError", "Token",
    "__version__", "analyze", "builtin_specs", "charts", "load_corpus", "load_spec", "report", "scorers",
]

# Submodules reached as attributes (``framing.report.write``) and imported on first use: the report
# and the charts load matplotlib and WeasyPrint, which `framing specs` does not need.
_LAZY = ("report", "charts", "scorers", "lexicons", "attribution", "frames", "segment")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
