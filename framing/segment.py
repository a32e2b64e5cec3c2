"""News-aware segmentation into sentences and tokens, with exact character offsets.

Built on NLTK's Punkt sentence tokenizer with the package's own parameters (no trained model is
loaded, so nothing is downloaded): a list of news abbreviations ("Mr", "Sen.", "U.S.", "Jan.",
"No."), initials, decimals, curly and straight quotation marks that close after the full stop,
and paragraph breaks (a blank line, or a line break after sentence-final punctuation).

>>> from framing.segment import sentences, tokens
>>> [s.text for s in sentences("Sen. Smith met Mr. Hajiyev in the U.S. on Jan. 3. “He left.” Then?")]
['Sen. Smith met Mr. Hajiyev in the U.S. on Jan. 3.', '“He left.”', 'Then?']
>>> [t.text for t in tokens("Armenia’s army claims")]
['Armenia’s', 'army', 'claims']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from typing import TYPE_CHECKING

from .document import Sentence, Token

__all__ = ["sentences", "tokens", "paragraphs", "ABBREVIATIONS"]

#: Abbreviations that do not end a sentence (lower case, without the final period).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms mssrs messrs dr prof rev fr sr st sen sens rep reps gov govs gen lt col maj capt cmdr
    adm sgt cpl pvt supt insp det amb pres vice-pres atty hon jr snr jnr esq
    u.s u.s.a u.k u.n e.u u.a.e u.s.s.r d.c n.y l.a
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs p pp ch art sec para
    inc ltd co corp bros dept univ assn est approx etc vs v cf al e.g i.e a.m p.m
    ft mt rd ave blvd
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")  # initials: "John F. Kennedy"

# Curly and angle quotation marks map one-to-one onto straight ones for Punkt, which only knows
# straight quotes; replacing character by character keeps every offset valid.
_QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*|(?<=[.!?\"'”’)■])[ \t]*\n\s*")
_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]", re.UNICODE)
# "No." is an abbreviation only before a number ("No. 10"); "said no. Then" ends a sentence.
_NO_BEFORE_NON_DIGIT = re.compile(r"\b[Nn]o\.[\"'”’]*(?=\s+(?![\d#]))")


if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer


@lru_cache(maxsize=1)
def _punkt() -> "PunktSentenceTokenizer":
    # Imported on first use: importing nltk costs seconds, and `framing specs` needs none of it.
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class NewsLanguageVars(PunktLanguageVars):
        sent_end_chars = (".", "?", "!")

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=NewsLanguageVars())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of paragraphs: split at blank lines and at line breaks after sentence-final marks.

    >>> paragraphs("Head\\n\\nOne. Two.\\nThree")
    [(0, 4), (6, 15), (16, 21)]
    """
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_no(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _NO_BEFORE_NON_DIGIT.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and (text[nxt].isupper() or text[nxt] in "\"'“‘"):
            yield pos, m.end()
            pos = nxt
    yield pos, end


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each.

    >>> [s.text for s in sentences("It was 3.5 km away. Mrs Smith said “No.” She left.")]
    ['It was 3.5 km away.', 'Mrs Smith said “No.”', 'She left.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentences() expects a str, got {type(text).__name__}")
    punkt = _punkt()
    normalised = text.translate(_QUOTE_MAP)
    out: list[Sentence] = []
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = normalised[p_start:p_end]
        for s, e in punkt.span_tokenize(chunk):
            for s2, e2 in _split_no(text, p_start + s, p_start + e):
                s2, e2 = _strip(text, s2, e2)
                if e2 > s2:
                    out.append(Sentence(s2, e2, text[s2:e2], p_idx))
    return out


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``, offsets into ``text``.

    >>> [t.text for t in tokens("U.S. troops, 3.5 km")]
    ['U.S', '.', 'troops', ',', '3.5', 'km']
    """
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def words(text: str) -> list[str]:
    """Word tokens (no punctuation) of ``text``, for counting.

    >>> words("“It will be,” says Mr Hajiyev.")
    ['It', 'will', 'be', 'says', 'Mr', 'Hajiyev']
    """
    return [m.group() for m in _TOKEN.finditer(text) if m.group()[0].isalnum() or m.group()[0] == "_"]


def word_count(text: str) -> int:
    """Number of word tokens in ``text``."""
    return sum(1 for m in _TOKEN.finditer(text) if m.group()[0].isalnum())
