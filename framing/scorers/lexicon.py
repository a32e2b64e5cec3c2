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
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

from ..lexicons import load
from ..textcache import WordMemo, text_cache

__all__ = ["Match", "find", "find_many", "classes_many", "count", "class_counts", "word_count", "WORD"]

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
        self.table = _first_words({norm: [_entry(0, options)] for norm, options in self.first.items()})

    def find(self, text: str) -> list[Match]:
        return _matches(text, _scan(text, self.table, 1)[0])


def _normalise(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s") and len(w) > 3:
        w = w[:-2]  # possessive: "dictator's" -> "dictator"
    return w


#: Word part -> its normalised form.
_NORM: WordMemo[str] = WordMemo(_normalise, limit=200_000)


# the word parts captured: ``split`` gives gap, part, gap, part, ..., gap (the parts are ``findall``'s)
_PART_SPLIT = re.compile(f"({_PART.pattern})")
# in a text without "_", ``\w`` is ``[^\W_]``: the same split, which the regex engine finds faster
_PART_SPLIT_NO_UNDERSCORE = re.compile(r"(\w++(?:['’](?![sS]\b)\w++)*+)")


@text_cache(maxsize=4096)
def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Word parts of ``text`` and the split of ``text`` into gaps and parts (gap, part, gap, ...,
    gap); cached per text.

    The offsets of the parts are the running sums of the split's lengths (:func:`_starts`), computed
    only when a match needs them; the split also gives the word count (:func:`word_count`)."""
    parts = (_PART_SPLIT if "_" in text else _PART_SPLIT_NO_UNDERSCORE).split(text)
    return parts[1::2], parts


def _first_words(table: dict[str, list["Entry"]]) -> WordMemo[list["Entry"] | None]:
    """Word part -> the entries (:func:`_entry`) of ``table`` for its normalised form, None when it
    starts no term: one lookup per word, its normalised form computed once."""
    return WordMemo(lambda word: table.get(_NORM[word]), limit=200_000)


def _starts(parts: list[str]) -> list[int]:
    """Offsets of the word parts of a split (see :func:`_tokens`)."""
    return list(accumulate(map(len, parts)))[0:-1:2]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _in_name(text: str, words: list[str], starts: list[int], i: int, k: int) -> bool:
    """A capitalised match inside a proper name ("International Criminal Court"), not sentence-initial."""
    first = words[i]
    if not _capitalised(first) or first.isupper() or i == 0:
        return False
    before = text[starts[i - 1] + len(words[i - 1]):starts[i]]
    if any(c in before for c in ".!?:;\"“”«"):
        return False  # a sentence or quotation starts here
    prev_cap = _capitalised(words[i - 1]) and before.strip() in ("", "-")
    j = i + k
    next_cap = (j < len(words) and _capitalised(words[j])
                and text[starts[j - 1] + len(words[j - 1]):starts[j]].strip() in ("", "-", "of"))
    return prev_cap or next_cap


Hit = tuple  # (first word index, number of words, term, class)
_CLASS = itemgetter(3)
Option = tuple[list[str], str, str]  # (normalised words, term, class)
Entry = tuple[int, list[Option], frozenset[str], list[Option]]


def _entry(li: int, options: list[Option]) -> Entry:
    """What :func:`_scan` reads of the options (longest first) of one first word in lexicon ``li``:
    ``(li, options, second words of the multi-word options, one-word options)``. When the next word
    is none of those second words, only the one-word options can match."""
    return li, options, frozenset(o[0][1] for o in options if len(o[0]) > 1), [o for o in options if len(o[0]) == 1]


def _scan(text: str, table: WordMemo[list["Entry"] | None], n_lex: int) -> list[list[Hit]]:
    """The matches of ``n_lex`` lexicons in one pass over the words of ``text``, as word positions.

    ``table`` maps a word part to its first word's :func:`_entry` per lexicon; each lexicon keeps
    its own longest-match, no-overlap state. Words are normalised only where a term may start (and
    the words after); offsets are computed only when a capitalised match needs the proper-name check."""
    words, split = _tokens(text)
    out: list[list[Hit]] = [[] for _ in range(n_lex)]
    free = [0] * n_lex
    starts = None
    in_name: dict[tuple[int, int], bool] = {}
    last = len(words) - 1
    norm = _NORM.__getitem__
    for i in compress(range(len(words)), map(table.__getitem__, words)):
        w = words[i]
        maybe_name = i > 0 and w[:1].isupper() and not w.isupper()
        following = norm(words[i + 1]) if i < last else None
        for li, options, seconds, singles in table[w]:
            if i < free[li]:
                continue
            for parts, term, cls in options if following in seconds else singles:
                k = len(parts)
                if k == 1 or list(map(norm, words[i:i + k])) == parts:
                    if maybe_name:
                        skip = in_name.get((i, k))
                        if skip is None:
                            if starts is None:
                                starts = _starts(split)
                            skip = in_name[(i, k)] = _in_name(text, words, starts, i, k)
                        if skip:
                            continue
                    out[li].append((i, k, term, cls))
                    free[li] = i + k
                    break
    return out


def _matches(text: str, hits: list[Hit]) -> list[Match]:
    if not hits:
        return []
    words, parts = _tokens(text)
    starts = _starts(parts)
    return [Match(starts[i], starts[i + k - 1] + len(words[i + k - 1]), term, cls) for i, k, term, cls in hits]


class _Combined:
    """Several lexicons matched in one pass over the tokens: one lookup table from a first word to
    its :func:`_entry` per lexicon; each lexicon keeps its own longest-match, no-overlap state, so
    the result per lexicon is what :meth:`_Matcher.find` gives."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        first: dict[str, list[Entry]] = {}
        for li, name in enumerate(names):
            for norm, options in _matcher(name).first.items():
                first.setdefault(norm, []).append(_entry(li, options))
        self.first = _first_words(first)

    def find(self, text: str) -> tuple[tuple[Match, ...], ...]:
        return tuple(tuple(_matches(text, hits)) for hits in _scan(text, self.first, len(self.names)))

    def classes(self, text: str) -> tuple[tuple[str, ...], ...]:
        """The class of each match, per lexicon (what the sentence scorers count; no offsets)."""
        return tuple([tuple(map(_CLASS, hits)) for hits in _scan(text, self.first, len(self.names))])


@lru_cache(maxsize=8)
def _combined(names: tuple[str, ...]) -> _Combined:
    return _Combined(names)


@text_cache(maxsize=8192)
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


def classes_many(text: str, names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The class of each match of several lexicons in ``text``, per lexicon: :func:`find_many`
    without offsets and terms (what counts and per-class counts need), faster.

    >>> classes_many("A vile massacre, reportedly.", ("loaded", "hedges"))
    (('emotive', 'conflict'), ('evidential',))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return _combined(tuple(names)).classes(text)


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


@text_cache(maxsize=16384)
def _find(text: str, lexicon: str, version: int | None) -> tuple[Match, ...]:
    return tuple(_matcher(lexicon, version).find(text))


def count(text: str, lexicon: str, *, version: int | None = None) -> int:
    """Number of matches of ``lexicon`` in ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return len(_scan(text, _matcher(lexicon, version).table, 1)[0])


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
    """Words as the lexicon matcher sees them: the matches of :data:`WORD`.

    Read from the word parts (shared with the matcher, cached): a word is a run of parts joined by
    single ``-``, ``'`` or ``’`` (a possessive ``'s`` is a part of its own), so the count is the
    number of parts less the gaps between two of them that are exactly one of those characters.

    >>> word_count("The so-called 'truce' is Baku’s, isn't it?")
    7
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    parts = _tokens(text)[1]
    inner = parts[2:-1:2]
    return len(parts) // 2 - inner.count("-") - inner.count("'") - inner.count("’")
