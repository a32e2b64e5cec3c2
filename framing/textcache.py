"""Memos of per-text work (a sentence's tokens, its VADER scores) that last for one batch of documents.

Several scorers read the same per-sentence pass, and a quote is scored once however many tables
use it, so functions of a text are memoised. The memos are emptied at the start of every batch
(:func:`framing.stream.analyse_batch`): memory stays bounded, and a text met again in a later
batch is analysed again, so a corpus that repeats itself (the speed benchmark's) costs what new
text would. Memos of the lexicons and models themselves (built once) are not text caches.

>>> from framing import textcache
>>> calls = []
>>> @textcache.text_cache(maxsize=16)
... def shout(text: str) -> str:
...     calls.append(text)
...     return text.upper()
>>> shout("no"), shout("no"), len(calls)
('NO', 'NO', 1)
>>> textcache.clear()
>>> shout("no"), len(calls)
('NO', 2)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, TypeVar

__all__ = ["text_cache", "clear"]

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def text_cache(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)`` for a function of a text, emptied by :func:`clear`."""

    def decorate(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return decorate


def clear() -> None:
    """Empty every text cache (at the start of each batch)."""
    for cached in _CACHES:
        cached.cache_clear()
