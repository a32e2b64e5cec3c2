"""Competing frames: which label for the event, owned by which party, in whose voice.

Placeholder until the frames component lands: it finds no frame cues.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..document import Document, Sentence
from ..spec import Spec

__all__ = ["analyse", "party_table", "document_table"]


def analyse(doc: Document, sentences: list[Sentence], spec: Spec,
            attributions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """frames.csv rows for one document."""
    return []


def party_table(tables: Any, by: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns=[*by, "party"])


def document_table(tables: Any) -> pd.DataFrame:
    return pd.DataFrame(index=pd.Index([], name="doc_id"))
