"""Target sentiment scorer used by the pipeline (clause-scoped VADER until a learned model ships)."""

from __future__ import annotations

from .target import clause_sentiment

__all__ = ["target_score"]


def target_score(text: str, start: int, end: int) -> float:
    return clause_sentiment(text, start, end)
