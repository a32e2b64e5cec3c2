"""Lexicon matching: find the terms of a registry lexicon in a text, with offsets and classes.

Words are matched case-insensitively on word boundaries (``’`` counts as ``'``, a hyphen as a
space); multi-word terms match as token sequences ("ethnic cleansing", "according to"); at each position the longest term
wins and matches never overlap.

>>> [m.term for m in find("Officials called it a massacre and a bloodbath.", "loaded")]
['massacre', 'bloodbath']
>>> count("It may well be, reportedly, a so-called truce.", "hedges")
3
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from ..lexicons import load

__all__ = ["Match", "find", "count", "class_counts", "word_count", "WORD"]

#: A word: letters/digits, inner hyphens and apostrophes ("so-called", "don't", "Armenia’s").
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Matching splits at hyphens on both sides, so "ethnic-cleansing" matches "ethnic cleansing" and
# "so called" matches "so-called". A possessive "'s" is not part of the word: "dictator's" matches "dictator".
_PART = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")


class Match(NamedTuple):
    """A lexicon term found in a text: ``text[start:end]`` is the matched surface form."""

    start: int
    end: int
    term: str
    cls: str


class _Matcher:
    def __init__(self, name: str, version: int | None) -> None:
        lex = load(name, version)
        self.first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.single: dict[str, str] = {}
        for row in lex.rows:
            term = row["term"].lower().replace("’", "'")
            parts = tuple(_PART.findall(term))
            if len(parts) == 1:
                self.single.setdefault(parts[0], row.get("class", ""))
            self.first.setdefault(parts[0], []).append((parts, row["term"], row.get("class", "")))
        for options in self.first.values():
            options.sort(key=lambda o: -len(o[0]))

    def find(self, text: str) -> list[Match]:
        toks, norms = _tokens(text)
        first = self.first
        hits = list(compress(range(len(norms)), map(first.__contains__, norms)))
        out = []
        n = len(norms)
        free = 0
        for i in hits:
            if i < free:
                continue
            for parts, term, cls in first[norms[i]]:
                k = len(parts)
                if k == 1 or (i + k <= n and all(norms[i + j] == parts[j] for j in range(1, k))):
                    if _in_name(text, toks, i, k):
                        continue
                    out.append(Match(toks[i][0], toks[i + k - 1][1], term, cls))
                    free = i + k
                    break
        return out


class _NormCache(dict):
    def __missing__(self, word: str) -> str:
        w = word.lower().replace("’", "'")
        if w.endswith("'s") and len(w) > 3:
            w = w[:-2]  # possessive: "dictator's" -> "dictator"
        if len(self) < 200_000:
            self[word] = w
        return w


_NORM = _NormCache()


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Word parts of ``text`` (start, end, raw) and their normalised forms; cached per text."""
    toks = [(m.start(), m.end(), m.group()) for m in _PART.finditer(text)]
    return toks, list(map(_NORM.__getitem__, [t[2] for t in toks]))


def _norm(word: str) -> str:
    """Lower case, ``’`` as ``'``, possessive ``'s`` dropped ("dictator's" -> "dictator")."""
    return _NORM[word]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _in_name(text: str, toks: list, i: int, k: int) -> bool:
    """A capitalised match inside a proper name ("International Criminal Court"), not sentence-initial."""
    first = toks[i][2]
    if not _capitalised(first) or first.isupper() or i == 0:
        return False
    before = text[toks[i - 1][1]:toks[i][0]]
    if any(c in before for c in ".!?:;\"“”«"):
        return False  # a sentence or quotation starts here
    prev_cap = _capitalised(toks[i - 1][2]) and before.strip() in ("", "-")
    nxt = toks[i + k] if i + k < len(toks) else None
    next_cap = nxt is not None and _capitalised(nxt[2]) and text[toks[i + k - 1][1]:nxt[0]].strip() in ("", "-", "of")
    return prev_cap or next_cap


@lru_cache(maxsize=32)
def _matcher(name: str, version: int | None = None) -> _Matcher:
    return _Matcher(name, version)


def find(text: str, lexicon: str, *, version: int | None = None) -> list[Match]:
    """Every non-overlapping match of ``lexicon``'s terms in ``text``.

    Parameters
    ----------
    text : str
    lexicon : str
        A registry name (see :func:`framing.lexicons.names`).
    version : int, optional
        Default: the latest.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return list(_find(text, lexicon, version))


@lru_cache(maxsize=16384)
def _find(text: str, lexicon: str, version: int | None) -> tuple[Match, ...]:
    return tuple(_matcher(lexicon, version).find(text))


def count(text: str, lexicon: str, *, version: int | None = None) -> int:
    """Number of matches of ``lexicon`` in ``text``."""
    return len(find(text, lexicon, version=version))


def class_counts(text: str, lexicon: str, *, version: int | None = None) -> dict[str, int]:
    """Matches per class of ``lexicon``.

    >>> class_counts("A brutal dictator ordered the massacre.", "loaded")
    {'emotive': 1, 'name_calling': 1, 'conflict': 1}
    """
    out: dict[str, int] = {}
    for m in find(text, lexicon, version=version):
        out[m.cls] = out.get(m.cls, 0) + 1
    return out


def word_count(text: str) -> int:
    """Words as the lexicon matcher sees them."""
    return len(WORD.findall(text))
