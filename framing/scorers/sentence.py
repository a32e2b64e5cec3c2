"""One pass of the sentence scorers over a sentence, shared by everything that reads it.

The sentence features (:func:`framing.scorers.analyse`), the bias model's dense features
(:func:`framing.scorers.bias.dense_features`) and the voice split all need a sentence's word
count, the classes of its matches in the scorer lexicons and its VADER scores. :func:`sentence_data`
computes them once per sentence (cached), with every lexicon matched in one pass over one word list.

>>> d = sentence_data("Officials reportedly called it a vile massacre.")
>>> d.words, [len(c) for c in d.classes], round(d.vader[3], 4)
(7, [1, 0, 2, 1, 0, 0, 0], -0.6249)
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from ..textcache import text_cache
from . import lexicon, vader

__all__ = ["SentenceData", "sentence_data", "subjectivity_weight", "LEXICONS"]

#: The lexicons read per sentence, in the order of :attr:`SentenceData.classes`.
LEXICONS = lexicon.SCORER_LEXICONS


class SentenceData(NamedTuple):
    """What the sentence scorers read of one sentence."""

    #: words as :func:`framing.scorers.lexicon.word_count` counts them
    words: int
    #: per lexicon of :data:`LEXICONS`, the class of each match
    classes: tuple[tuple[str, ...], ...]
    #: VADER's unrounded ``neg, neu, pos, compound``
    vader: tuple[float, float, float, float]


@text_cache(maxsize=8192)
def sentence_data(text: str) -> SentenceData:
    """The :class:`SentenceData` of ``text`` (cached per text)."""
    return SentenceData(lexicon.word_count(text), lexicon.classes_many(text, LEXICONS), vader._scores(text))


def subjectivity_weight(classes: Sequence[str]) -> float:
    """Weight of subjectivity clues from their classes: a strong clue counts 1, a weak one 0.5.

    >>> subjectivity_weight(("strong", "weak", "weak"))
    2.0
    """
    strong = classes.count("strong")
    return strong + 0.5 * (len(classes) - strong)
