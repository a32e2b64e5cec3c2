"""Sentiment toward a target (a party mention) inside a sentence.

VADER scores a whole sentence; a sentence often treats two parties differently ("X shelled the town
where Y's soldiers held out bravely"). Here the sentiment toward a mention is VADER's compound of
the *clause* that holds the mention (split at ``; : — –`` and at contrastive or subordinating
conjunctions), with the mention itself masked so that a party name is never scored as a word.
:mod:`framing.scorers.target_model` refines this with a small model learned on NewsMTSC.

Mentions come from the attribution component (rows ``start, end, party, text, sent_idx``); when
none are given, :func:`find_mentions` finds the spec's aliases, demonyms and people itself.

>>> s = "Azerbaijan launched a brutal assault, while Armenia's leader pleaded for peace."
>>> round(clause_sentiment(s, 0, 10), 3) < 0 < round(clause_sentiment(s, 44, 51), 3)
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from ..spec import Spec
from ..textcache import text_cache
from . import vader

__all__ = ["clause_sentiment", "clause_span", "find_mentions", "mention_sentiments"]

# the conjunctions that open a clause: but, while, whereas, although, though, yet, however, even as,
# after, before, because, which, who, whom, when (grouped by first letter: fewer alternatives tried)
_CONJUNCTION = r"(?=[abwthye])(?:b(?:ut|efore|ecause)|wh(?:ile|ereas|ich|om?|en)|a(?:lthough|fter)|though|yet|however|even as)\b\s++"
_CLAUSE_BREAK = re.compile(
    # every alternative starts with white space or one of ",;:—–": the lookahead skips other positions fast.
    # A break is ";", ":", "—" or "–" with the white space around it, " - " or " -- ", ", and " or
    # ", as ", or a conjunction after white space or ", " (each run of white space taken whole: what
    # follows it is never white space, so giving some back could not help a match).
    r"(?=[\s,;:—–])(?:"
    r"\s*+[;:—–]\s*+|\s++(?:-{1,2}\s++|" + _CONJUNCTION + r")|,\s++(?:(?:and|as)\s++|" + _CONJUNCTION + r"))",
    re.IGNORECASE)


#: Characters either side of a mention that its clause (and the fallback context) may reach; keeps
#: the cost per mention constant on very long sentences.
WINDOW = 300


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` holding the span ``[start, end)``: between the nearest clause breaks,
    at most :data:`WINDOW` characters either side.

    >>> t = "Russia mediated, but Azerbaijan attacked."
    >>> t[slice(*clause_span(t, 21, 31))]
    'Azerbaijan attacked.'
    """
    left, right = max(0, start - WINDOW), min(len(text), end + WINDOW)
    if left == 0 and right == len(text):
        breaks = _breaks(text)  # the window is the whole text: its breaks are found once per text
    else:
        breaks = ((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, left, right))
    for b0, b1 in breaks:
        if b1 <= start:
            left = b1
        elif b0 >= end:
            right = b0
            break
    return left, right


@text_cache(maxsize=1024)
def _breaks(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text))


def _masked(text: str, start: int, end: int) -> str:
    return text[:start] + "X" + text[end:]


def clause_sentiment(text: str, start: int, end: int) -> float:
    """VADER compound of the clause around the mention ``text[start:end]`` (mention masked).

    Falls back to the whole sentence when the clause holds no sentiment word.
    """
    left, right = clause_span(text, start, end)
    clause = _masked(text[left:right], start - left, end - left)
    score = vader.compound(clause)
    if score == 0.0:
        lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
        score = vader.compound(_masked(text[lo:hi], start - lo, end - lo))
    return score


@lru_cache(maxsize=16)
def _aliases(spec: Spec):
    """An Aho-Corasick automaton of the spec's lower-cased names -> (name, party id)."""
    import ahocorasick

    owner: dict[str, str] = {}
    for p in spec.parties:
        names = [*p.aliases, *p.demonyms, *(person.name for person in p.people)]
        for person in p.people:
            parts = person.name.split()
            if len(parts) > 1:
                names.append(parts[-1])  # surname: "Mr Aliyev", "Aliyev said"
        for n in names:
            key = n.lower().replace("’", "'").strip()
            if key:
                owner.setdefault(key, p.id)
    automaton = ahocorasick.Automaton()
    for key, party in owner.items():
        automaton.add_word(key, (key, party))
    automaton.make_automaton()
    return automaton


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def find_mentions(text: str, spec: Spec, sentences: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    """Party mentions by the spec's aliases, demonyms and people (longest first, case-insensitive).

    Returns rows ``start, end, party, text, sent_idx, via`` like the attribution component's mentions.

    >>> from framing.spec import load_spec
    >>> [(m["text"], m["party"]) for m in find_mentions("Officials in Baku met Russian peacekeepers.", load_spec("karabakh-2023"))]
    [('Officials in Baku', 'azerbaijan'), ('Russian peacekeepers', 'russia')]
    """
    if not spec.parties:
        return []
    automaton = _aliases(spec)
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a character whose lower case is longer: keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    found = []
    for end_idx, (key, party) in automaton.iter(low):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if (start > 0 and _is_word_char(low[start - 1])) or (end < len(low) and _is_word_char(low[end])):
            continue
        found.append((start, -end, party))
    found.sort()
    bounds = [(s.start, s.end) for s in sentences] if sentences is not None else None
    rows = []
    last_end = -1
    k = 0
    for start, neg_end, party in found:
        end = -neg_end
        if start < last_end:
            continue  # overlaps a longer (or earlier) mention
        last_end = end
        sent_idx = -1
        if bounds is not None:
            while k < len(bounds) and bounds[k][1] <= start:
                k += 1
            sent_idx = k if k < len(bounds) and bounds[k][0] <= start else -1
        rows.append({"start": start, "end": end, "party": party, "text": text[start:end], "sent_idx": sent_idx,
                     "via": "alias"})
    return rows


def mention_sentiments(sentences: Sequence[Any], mentions: Sequence[dict[str, Any]], *,
                       scorer=None, batch_scorer=None) -> list[tuple[int, str, float]]:
    """``(sent_idx, party, sentiment)`` for each party mentioned in a sentence (its first mention there).

    ``scorer(sentence_text, start, end) -> float`` defaults to :func:`clause_sentiment`
    (``batch_scorer(items) -> list of float`` scores all mentions at once); offsets in mention rows
    are into the document and are shifted into the sentence here.
    """
    score = scorer or clause_sentiment
    keys, items = [], []
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        idx = m.get("sent_idx", -1)
        party = m.get("party") or ""
        if idx is None or idx < 0 or idx >= len(sentences) or not party or party == "other":
            continue
        s = sentences[idx]
        a, b = m["start"] - s.start, m["end"] - s.start
        if a < 0 or b > len(s.text):
            continue
        if (idx, party) in seen:
            continue  # one score per party and sentence: how the sentence treats the party
        seen.add((idx, party))
        keys.append((idx, party))
        items.append((s.text, a, b))
    values = batch_scorer(items) if batch_scorer else [score(*it) for it in items]
    return [(idx, party, v) for (idx, party), v in zip(keys, values)]
