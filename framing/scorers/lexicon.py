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

__all__ = ["Match", "find", "find_many", "count", "class_counts", "word_count", "WORD"]

#: A word: letters/digits, inner hyphens and apostrophes ("so-called", "don't", "Armenia’s").
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Matching splits at hyphens on both sides, so "ethnic-cleansing" matches "ethnic cleansing" and
# "so called" matches "so-called". A possessive "'s" is not part of the word: "dictator's" matches "dictator".
_PART = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")


#: The lexicons of the sentence scorers, in the order :func:`find_many` is called with (shared cache).
SCORER_LEXICONS = ("hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives")


class Match(NamedTuple):
    """A lexicon term found in a text: ``text[start:end]`` is the matched surface form."""

    start: int
    end: int
    term: str
    cls: str


class _Matcher:
    def __init__(self, name: str, version: int | None) -> None:
        lex = load(name, version)
        self.first: dict[str, list[tuple[list[str], str, str]]] = {}
        self.single: dict[str, str] = {}
        for row in lex.rows:
            term = row["term"].lower().replace("’", "'")
            parts = tuple(_PART.findall(term))
            if len(parts) == 1:
                self.single.setdefault(parts[0], row.get("class", ""))
            self.first.setdefault(parts[0], []).append((list(parts), row["term"], row.get("class", "")))
        for options in self.first.values():
            options.sort(key=lambda o: -len(o[0]))

    def find(self, text: str) -> list[Match]:
        toks, norms = _tokens(text)
        first = self.first
        hits = list(compress(range(len(norms)), map(first.__contains__, norms)))
        out = []
        free = 0
        for i in hits:
            if i < free:
                continue
            for parts, term, cls in first[norms[i]]:
                k = len(parts)
                if k == 1 or norms[i:i + k] == parts:
                    if _in_name(text, toks, i, k):
                        continue
                    out.append(Match(toks[i].start(), toks[i + k - 1].end(), term, cls))
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
def _tokens(text: str) -> tuple[list[re.Match], list[str]]:
    """Word parts of ``text`` (regex matches) and their normalised forms; cached per text."""
    toks = list(_PART.finditer(text))
    return toks, list(map(_NORM.__getitem__, map(re.Match.group, toks)))


def _norm(word: str) -> str:
    """Lower case, ``’`` as ``'``, possessive ``'s`` dropped ("dictator's" -> "dictator")."""
    return _NORM[word]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _in_name(text: str, toks: list, i: int, k: int) -> bool:
    """A capitalised match inside a proper name ("International Criminal Court"), not sentence-initial."""
    first = toks[i].group()
    if not _capitalised(first) or first.isupper() or i == 0:
        return False
    before = text[toks[i - 1].end():toks[i].start()]
    if any(c in before for c in ".!?:;\"“”«"):
        return False  # a sentence or quotation starts here
    prev_cap = _capitalised(toks[i - 1].group()) and before.strip() in ("", "-")
    nxt = toks[i + k] if i + k < len(toks) else None
    next_cap = nxt is not None and _capitalised(nxt.group()) and text[toks[i + k - 1].end():nxt.start()].strip() in ("", "-", "of")
    return prev_cap or next_cap


class _Combined:
    """Several lexicons matched in one pass over the tokens: one lookup table from a first word to
    ``(lexicon position, options)``; each lexicon keeps its own longest-match, no-overlap state, so
    the result per lexicon is what :meth:`_Matcher.find` gives."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.first: dict[str, list[tuple[int, list]]] = {}
        for li, name in enumerate(names):
            for norm, options in _matcher(name).first.items():
                self.first.setdefault(norm, []).append((li, options))

    def find(self, text: str) -> tuple[tuple[Match, ...], ...]:
        toks, norms = _tokens(text)
        first = self.first
        out: list[list[Match]] = [[] for _ in self.names]
        free = [0] * len(self.names)
        n = len(norms)
        in_name: dict[tuple[int, int], bool] = {}
        for i in compress(range(n), map(first.__contains__, norms)):
            for li, options in first[norms[i]]:
                if i < free[li]:
                    continue
                for parts, term, cls in options:
                    k = len(parts)
                    if k == 1 or norms[i:i + k] == parts:
                        skip = in_name.get((i, k))
                        if skip is None:
                            skip = in_name[(i, k)] = _in_name(text, toks, i, k)
                        if skip:
                            continue
                        out[li].append(Match(toks[i].start(), toks[i + k - 1].end(), term, cls))
                        free[li] = i + k
                        break
        return tuple(map(tuple, out))


@lru_cache(maxsize=8)
def _combined(names: tuple[str, ...]) -> _Combined:
    return _Combined(names)


@lru_cache(maxsize=8192)
def _find_many(text: str, names: tuple[str, ...]) -> tuple[tuple[Match, ...], ...]:
    return _combined(names).find(text)


def find_many(text: str, names: tuple[str, ...]) -> tuple[tuple[Match, ...], ...]:
    """The matches of several registry lexicons (latest versions) in one pass over ``text``, in the
    order of ``names``; the same as ``tuple(tuple(find(text, n)) for n in names)``, faster.

    >>> [len(ms) for ms in find_many("A vile massacre, reportedly.", ("loaded", "hedges"))]
    [2, 1]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return _find_many(text, tuple(names))


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
