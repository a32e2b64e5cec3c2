"""The voice split: a sentence's own (narrator) words and its quoted/attributed words, scored apart.

Attribution rows give the content span (``start, end``, offsets into the document) of what a
speaker said. Within each sentence the characters inside any content span are the quoted voice;
the rest is the writer's. Each part is scored with VADER and the loaded-language lexicon.

>>> from framing.document import Sentence
>>> text = 'Baku said the "brutal terrorists" were gone. Calm returned.'
>>> rows = split_voice(text, [Sentence(0, 44, text[:44]), Sentence(45, 59, text[45:])],
...                    [{"start": 15, "end": 32, "party": "azerbaijan"}])
>>> rows[0]["quoted_loaded"], rows[0]["narrator_loaded"], rows[1]["quoted_words"]
(2, 0, 0)
"""

from __future__ import annotations

from typing import Any, Sequence

from ..textcache import text_cache
from . import lexicon, vader
from .sentence import LEXICONS, sentence_data, subjectivity_weight

_LOADED = LEXICONS.index("loaded")

__all__ = ["split_voice", "score_quote"]


_QUOTE_LEXICONS = ("hedges", "boosters", "loaded", "subjectivity")
_QUOTE_LOADED = _QUOTE_LEXICONS.index("loaded")


@text_cache(maxsize=65536)
def _quote_classes(content: str) -> tuple[tuple[str, ...], ...]:
    """The classes of the matches of :data:`_QUOTE_LEXICONS` in ``content``, in one pass over its
    words (each lexicon keeps its own matches: as four separate counts); cached per text, since the
    quoted part of a sentence is most often a statement that :func:`score_quote` scores later."""
    return lexicon.classes_many(content, _QUOTE_LEXICONS)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def split_voice(text: str, sentences: Sequence[Any], attributions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per sentence: ``narrator_sentiment``, ``narrator_loaded``, ``quoted_sentiment`` (None when
    nothing is quoted), ``quoted_loaded``, ``quoted_words``."""
    spans = _merge([(int(a["start"]), int(a["end"])) for a in attributions
                    if a.get("start") is not None and a.get("end") is not None and a["end"] > a["start"]])
    rows = []
    k = 0
    for s in sentences:
        while k < len(spans) and spans[k][1] <= s.start:
            k += 1
        inside: list[str] = []
        outside: list[str] = []
        pos = s.start
        j = k
        while j < len(spans) and spans[j][0] < s.end:
            a, b = max(spans[j][0], s.start), min(spans[j][1], s.end)
            if a > pos:
                outside.append(text[pos:a])
            inside.append(text[a:b])
            pos = max(pos, b)
            j += 1
        if not inside:
            # nothing quoted: the narrator's words are the sentence, already read by the sentence scorers
            narrator = text[s.start:s.end]
            d = sentence_data(narrator)
            rows.append({
                "narrator_sentiment": round(d.vader[3], 4) if narrator.strip() else None,
                "narrator_loaded": len(d.classes[_LOADED]),
                "quoted_sentiment": None,
                "quoted_loaded": 0,
                "quoted_words": 0,
            })
            continue
        if pos < s.end:
            outside.append(text[pos:s.end])
        narrator = " ".join(outside)
        quoted = " ".join(inside)
        q_words = lexicon.word_count(quoted)
        rows.append({
            "narrator_sentiment": vader.compound(narrator) if narrator.strip() else None,
            "narrator_loaded": lexicon.count(narrator, "loaded"),
            "quoted_sentiment": vader.compound(quoted) if q_words else None,
            "quoted_loaded": len(_quote_classes(quoted)[_QUOTE_LOADED]),
            "quoted_words": q_words,
        })
    return rows


@text_cache(maxsize=65536)
def score_quote(content: str) -> dict[str, float]:
    """Scores of one attributed statement: sentiment (mean over its sentences), words, lexicon counts.

    >>> score_quote("We will crush the terrorists.")["loaded"]
    2
    """
    hed, boo, loa, subj = _quote_classes(content)
    return {"sentiment": vader.text_sentiment(content), "words": lexicon.word_count(content),
            "hedges": len(hed), "boosters": len(boo), "loaded": len(loa),
            "subjective": subjectivity_weight(subj)}

