"""Memos of per-text work (a sentence's tokens, its VADER scores) that last for one batch of documents.

Several scorers read the same per-sentence pass, and a quote is scored once however many tables
use it, so functions of a text are memoised. The memos are emptied at the start of every batch
(:func:`framing.stream.analyse_batch`): memory stays bounded, and a text met again in a later
batch is analysed again, so a corpus that repeats itself (the speed benchmark's) costs what new
text would. Memos of words (:class:`WordMemo`: a token's normalised form, whether a lexicon holds it)
are not emptied: a word's value depends only on fixed data, and a corpus's vocabulary grows far
more slowly than its text.

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
from typing import Any, Callable, Generic, TypeVar

__all__ = ["text_cache", "clear", "WordMemo"]

F = TypeVar("F", bound=Callable[..., Any])
V = TypeVar("V")

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


class WordMemo(dict, Generic[V]):
    """``func(word)`` for every word asked for, memoised for the life of the process, up to ``limit`` words
    (later words are computed each time).

    >>> lengths = WordMemo(len, limit=2)
    >>> lengths["war"], lengths["peace"], lengths["truce"], sorted(lengths)
    (3, 5, 5, ['peace', 'war'])
    """

    __slots__ = ("func", "limit")

    def __init__(self, func: Callable[[str], V], limit: int) -> None:
        super().__init__()
        self.func = func
        self.limit = limit

    def __missing__(self, word: str) -> V:
        got = self.func(word)
        if len(self) < self.limit:
            self[word] = got
        return got
