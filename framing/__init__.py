"""framing: media-bias and framing analysis of news.

>>> import framing
>>> corpus = framing.load_corpus("corpora/karabakh-2023")        # doctest: +SKIP
>>> result = framing.analyze(corpus, spec="karabakh-2023")       # doctest: +SKIP
>>> result.save("out/")                                          # doctest: +SKIP
"""

from __future__ import annotations

from .analysis import Analysis, analyze
from .document import Document, Sentence, Token
from .loaders import Corpus, LoadError, Skipped, load_corpus
from .spec import Spec, SpecError, builtin_specs, load_spec

__version__ = "0.1.0"

__all__ = [
    "Analysis", "Corpus", "Document", "LoadError", "Sentence", "Skipped", "Spec", "SpecError", "Token",
    "__version__", "analyze", "builtin_specs", "load_corpus", "load_spec",
]
