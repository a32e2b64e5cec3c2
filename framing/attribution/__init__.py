"""Attribution: who speaks, in which words, through which reporting verb.

Placeholder until the attribution component lands: it finds no statements and no mentions.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..document import Document, Sentence
from ..spec import Spec

__all__ = ["analyse", "party_table", "document_table"]


def analyse(doc: Document, sentences: list[Sentence], spec: Spec) -> dict[str, list[dict[str, Any]]]:
    """Rows for one document: ``attributions``, ``mentions`` and per-sentence ``sentence_columns``."""
    return {
        "attributions": [],
        "mentions": [],
        "sentence_columns": [{"voice": "narrator", "parties": ""} for _ in sentences],
    }


def party_table(tables: Any, by: list[str]) -> pd.DataFrame:
    """Per party (and per ``by`` group): mentions and voice measures."""
    return pd.DataFrame(columns=[*by, "party"])


def document_table(tables: Any) -> pd.DataFrame:
    """Per document: attribution summary columns (indexed by doc_id)."""
    return pd.DataFrame(index=pd.Index([], name="doc_id"))
