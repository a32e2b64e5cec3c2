"""Scorers: lexicon and sentiment features of sentences and texts.

Placeholder until the scorers component lands: no features yet.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..document import Document, Sentence
from ..spec import Spec

__all__ = ["analyse", "party_table", "document_table", "score_text"]


def analyse(doc: Document, sentences: list[Sentence], spec: Spec, attributions: list[dict[str, Any]],
            mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One dict of scorer features per sentence."""
    return [{} for _ in sentences]


def score_text(text: str) -> dict[str, float]:
    """Every scorer's value for one text."""
    return {}


def party_table(tables: Any, by: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns=[*by, "party"])


def document_table(tables: Any) -> pd.DataFrame:
    return pd.DataFrame(index=pd.Index([], name="doc_id"))
