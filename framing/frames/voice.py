"""Whose voice a frame cue is in: a party's reported speech, the writer's scare quotes, or the writer's own.

* ``attributed``: inside the content span of an attribution row (``start <= cue < end``; the
  speaker's party becomes ``speaker_party``), or inside a full quotation whose speaker the
  attribution component did not resolve (``speaker_party`` empty). Indirect rows with neither
  a speaker nor a party ("reporting from Gaza, the crew witnessed ...") are ignored;
* ``scare_quoted``: inside a short quotation (at most :data:`SCARE_QUOTE_WORDS` words, no
  sentence-final mark) that is not a speaker's whole direct quote;
* ``narrator``: everything else.

The ``scare_quoted`` *flag* is reported on its own as well, so that "Azerbaijan called the assault
an “anti-terrorist operation”" is ``attributed`` to azerbaijan **and** scare-quoted. Negation
("not ethnic cleansing", "denied ... genocide") and distancing ("so-called", "self-styled",
"what Baku calls") are flagged separately.

>>> text = 'Baku called it an “anti-terrorist operation”. It was a “massacre,” he said.'
>>> [(q.start, q.end, q.words) for q in quote_spans(text)]
[(18, 44, 2), (55, 66, 1)]
>>> distancing("the so-called ", "so-called")
('distanced', 'so-called')
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple, Sequence

from ..segment import paragraphs

__all__ = ["Quote", "quote_spans", "distancing", "voice_of", "content_spans", "SCARE_QUOTE_WORDS"]

#: Longest quotation (in words) still read as scare quotes rather than a quoted statement.
SCARE_QUOTE_WORDS = 6

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_DOUBLE_MARK = re.compile("[" + re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE + _STRAIGHT) + "]")


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    words: int
    sentence_like: bool


def _quote(text: str, start: int, end: int, closed: bool) -> Quote:
    inner_end = end - 1 if closed else end
    inner = text[start + 1:inner_end]
    words = len(re.findall(r"\w+(?:[’'\-]\w+)*", inner))
    stripped = inner.strip()
    # a statement: several sentences, or a capitalised sentence of 3+ words ("It is genocide."); a
    # label with the period inside the quotes (US style: a "cease-fire.") is not one
    ends = bool(re.search(r"[.!?][’'\s]*$", stripped)) and words >= 3 and stripped[:1].isupper()
    sentence_like = ends or bool(re.search(r"[.!?;]\s+\S", stripped)) or not closed
    return Quote(start, end, start + 1, inner_end, words, sentence_like)


def quote_spans(text: str) -> list[Quote]:
    """Quotations in ``text``: curly, straight and angle double quotes, and single quotes.

    A double quotation left open at the end of a paragraph runs to the paragraph's end (the
    news convention for quotes that continue in the next paragraph). Single quotes count only
    when the opening mark follows a space or bracket and the closing mark is not an apostrophe.

    >>> [text[q.inner_start:q.inner_end] for text in ['He said "go home" and ‘stay’.'] for q in quote_spans(text)]
    ['go home', 'stay']
    """
    out: list[Quote] = []
    marks = _DOUBLE_MARK.finditer
    for p_start, p_end in paragraphs(text):
        open_at = -1
        for m in marks(text, p_start, p_end):  # only the quotation marks, not every character
            i = m.start()
            ch = text[i]
            if ch in _OPEN_DOUBLE or (ch == _STRAIGHT and open_at < 0):
                if open_at < 0:
                    open_at = i
            elif (ch in _CLOSE_DOUBLE or ch == _STRAIGHT) and open_at >= 0:
                out.append(_quote(text, open_at, i + 1, True))
                open_at = -1
        if open_at >= 0 and p_end - open_at > 1:
            out.append(_quote(text, open_at, p_end, False))
        out.extend(_single_quotes(text, p_start, p_end))
    return sorted(out)


# An opening single quote: a mark before a word character, at the start of the text or after white
# space, a bracket, a double quote or a dash. The mark is searched for first (cheap) and the
# character before it checked after (the same as a look-behind, which made the search slow).
_SINGLE = re.compile(r"[‘'](?=\w)")
_BEFORE_SINGLE = frozenset("([“\"—–-")


def _single_quotes(text: str, lo: int, hi: int) -> list[Quote]:
    out = []
    pos = lo
    while True:
        m = _SINGLE.search(text, pos, hi)
        if not m:
            return out
        i = m.start()
        if i > 0 and not (text[i - 1].isspace() or text[i - 1] in _BEFORE_SINGLE):
            pos = i + 1
            continue
        close = -1
        for j in range(i + 2, min(hi, i + 160)):
            if text[j] in _SINGLE_CLOSE and not text[j - 1].isspace() and (j + 1 >= hi or not text[j + 1].isalnum()):
                close = j
                break
            if text[j] in "\n":
                break
        if close < 0:
            pos = i + 1
            continue
        out.append(_quote(text, i, close + 1, True))
        pos = close + 1


_NEGATORS = frozenset("not never no nor neither".split())
_DENIALS = re.compile(r"^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)$")
#: Words that may stand between a negator and the cue ("not a real ...", "is no longer ...").
_FILLER = frozenset("""a an the any more real full true actual genuine really simply just about called considered it
    this that was is be been being one such single outright amount amounts to constitute constitutes quite even
    its their his her our my call calls describe describes term terms label labels consider considers""".split())
#: Extra words allowed after a denial verb ("denied claims of genocide", "rejects the label").
_DENIAL_FILLER = _FILLER | frozenset("claims claim accusations accusation allegations allegation charges charge label labels "
                                     "term terms description characterisation characterization committing of any".split())
_WORD = re.compile(r"[\w’'-]+")
_DISTANCE_BEFORE = re.compile(
    r"\b(?:(?P<label>so[\s-]*called|self[\s-]*(?:styled|proclaimed|declared)|alleged|purported|supposed|sham|bogus|pseudo|quote[\s-]*unquote)"
    r"|what\s+(?:[\w’'-]+\s+){1,5}?(?P<calls>call(?:s|ed)?|describe[sd]?|term(?:s|ed)?|dub(?:s|bed)?|label(?:s|led|ed)?"
    r"|refer(?:s|red)?\s+to|brand(?:s|ed)?|(?:says?|said|claims?|claimed)\s+(?:is|are|was|were))(?:\s+(?:as|it|them))?(?:[\s“”\"‘’']+[\w’'-]+){0,3}?)[\s“”\"‘’']*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;:()—–]|\s-\s|\.\s")


def distancing(before: str, cue_text: str = "") -> tuple[str, str]:
    """Whether the words before a cue negate (``"negated"``) or distance (``"distanced"``) it.

    Parameters
    ----------
    before : str
        The text of the sentence up to the cue.
    cue_text : str
        The cue as matched (reserved for cue-internal negation such as "non-").

    Returns
    -------
    (kind, words) : tuple of str
        ``kind`` is ``"negated"``, ``"distanced"`` or ``""``; ``words`` the trigger.

    Examples
    --------
    >>> distancing("Armenia says this is not ")
    ('negated', 'not')
    >>> distancing("the offensive, which it called an ")
    ('', '')
    >>> distancing("Pashinyan condemned what Baku calls an ")
    ('distanced', 'what Baku calls an')
    >>> distancing("Israel denies committing ")
    ('negated', 'denies')
    """
    tail = before[-120:]
    cuts = list(_CLAUSE.finditer(tail))
    clause = tail[cuts[-1].end():] if cuts else tail
    m = _DISTANCE_BEFORE.search(clause)
    if m:
        return "distanced", m.group(0).strip(" “”\"‘’'")
    words = _WORD.findall(clause)[-5:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower().replace("’", "'")
        between = [x.lower() for x in words[i + 1:]]
        if w in _NEGATORS or w.endswith("n't"):
            if all(x in _FILLER for x in between):
                return "negated", words[i]
        elif _DENIALS.match(w):
            if all(x in _DENIAL_FILLER for x in between):
                return "negated", words[i]
        if w not in _DENIAL_FILLER:
            break
    return "", ""


def _usable(row: dict[str, Any]) -> bool:
    """Reported speech needs a speaker: an indirect row with no speaker text and no party is a stray cue."""
    if row.get("kind") in ("direct", "partial"):
        return True
    return bool(str(row.get("speaker") or "").strip() or str(row.get("party") or "").strip())


def content_spans(rows: Sequence[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``(start, end, row)`` of the attribution rows that can hold a voice (see :func:`voice_of`),
    in row order: read once per document rather than at every cue.

    >>> content_spans([{"start": 3, "end": 9, "kind": "direct"}, {"start": 0, "end": 4, "kind": "indirect"}])
    [(3, 9, {'start': 3, 'end': 9, 'kind': 'direct'})]
    """
    out = []
    for r in rows:
        if not _usable(r):
            continue
        try:
            s, e = int(r["start"]), int(r["end"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append((s, e, r))
    return out


def _containing(spans: Sequence[tuple[int, int, dict[str, Any]]], start: int, end: int) -> dict[str, Any] | None:
    """The shortest span holding ``[start, end)`` (the first of equally short ones)."""
    best = None
    best_len = 0
    for s, e, r in spans:
        if s <= start and end <= e and (best is None or e - s < best_len):
            best = r
            best_len = e - s
    return best


def voice_of(start: int, end: int, quotes: Sequence[Quote], attributions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Voice columns of the cue ``[start, end)``.

    Returns
    -------
    dict
        ``voice``, ``speaker_party``, ``speaker``, ``attribution_kind``, ``quoted``, ``scare_quoted``.

    Examples
    --------
    >>> text = 'Azerbaijan called the assault an “anti-terrorist operation”.'
    >>> att = [{"start": 18, "end": 60, "party": "azerbaijan", "speaker": "Azerbaijan", "kind": "indirect"}]
    >>> v = voice_of(34, 58, quote_spans(text), att)
    >>> v["voice"], v["speaker_party"], v["scare_quoted"]
    ('attributed', 'azerbaijan', True)
    >>> voice_of(34, 58, quote_spans(text), [])["voice"]
    'scare_quoted'
    """
    return _voice(start, end, quotes, content_spans(attributions))


def _voice(start: int, end: int, quotes: Sequence[Quote], spans: Sequence[tuple[int, int, dict[str, Any]]]
           ) -> dict[str, Any]:
    """:func:`voice_of` with the attribution rows read by :func:`content_spans`."""
    att = _containing(spans, start, end)
    quote = None
    for q in quotes:
        if q.inner_start <= start and end <= q.inner_end and (quote is None or q.end - q.start < quote.end - quote.start):
            quote = q
    scare = False
    if quote is not None and quote.words <= SCARE_QUOTE_WORDS and not quote.sentence_like:
        whole_direct = att is not None and att.get("kind") == "direct" and int(att["start"]) <= quote.inner_start + 1 \
            and quote.inner_end - 1 <= int(att["end"]) and int(att["end"]) - int(att["start"]) <= quote.end - quote.start + 2
        scare = not whole_direct
    if att is not None:
        voice = "attributed"
    elif scare:
        voice = "scare_quoted"
    elif quote is not None:
        voice = "attributed"  # a quoted statement whose speaker was not resolved
    else:
        voice = "narrator"
    return {
        "voice": voice,
        "speaker_party": str(att.get("party") or "") if att is not None else "",
        "speaker": str(att.get("speaker") or "") if att is not None else "",
        "attribution_kind": str(att.get("kind") or "") if att is not None else ("quote" if voice == "attributed" else ""),
        "quoted": quote is not None,
        "scare_quoted": scare,
    }
