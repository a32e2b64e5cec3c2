"""News-aware segmentation into sentences and tokens, with exact character offsets.

Punkt sentence splitting (the algorithm of NLTK's Punkt tokenizer, specialised to the package's
own parameters: no trained model is loaded, nothing is downloaded, and NLTK is not imported): a list of news abbreviations ("Mr", "Sen.", "U.S.", "Jan.",
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
from typing import Iterable, Iterator

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

_CURLY = re.compile("[“”„«»‘’‚]")


def _straight_quotes(text: str) -> str:
    """``text.translate(_QUOTE_MAP)``, faster (translate with a dict is slow on non-ASCII text)."""
    if not _CURLY.search(text):
        return text
    for curly in "“”„«»":
        text = text.replace(curly, '"')
    for curly in "‘’‚":
        text = text.replace(curly, "'")
    return text


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*|(?<=[.!?\"'”’)■])[ \t]*\n\s*")
_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]", re.UNICODE)
# "No." is an abbreviation only before a number ("No. 10"); "said no. Then" ends a sentence.
_NO_BEFORE_NON_DIGIT = re.compile(r"\b[Nn]o\.[\"'”’]*(?=\s+(?![\d#]))")


# --------------------------------------------------------------------------------------------
# Punkt, specialised to the package's fixed parameters
#
# The decision procedure of NLTK's PunktSentenceTokenizer (Kiss & Strunk 2006; NLTK, Apache 2.0)
# with the parameters this module always uses: the abbreviation list above, and no collocations,
# no frequent sentence starters and no orthographic statistics (nothing is trained). With those
# parameters most of the second pass is constant, which leaves: a known abbreviation or an
# ellipsis never ends a sentence; a number or an initial does not when the next token is
# punctuation or starts in lower case, nor does an initial before a capital. Importing NLTK costs
# more than a second (it loads scipy), and its matcher runs every regex under a timeout; this
# version gives the same spans (tests/test_segment_punkt.py checks it against NLTK on the corpora
# and on generated text) several times faster.

# NLTK matches with the third-party ``regex`` engine, whose \s (Unicode White_Space) leaves out
# U+001C..U+001F, which Python's re counts as space; these classes follow ``regex``.
_SP = r"[^\S\x1c-\x1f]"
_NSP = r"[\S\x1c-\x1f]"
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\." + _SP + r"){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_PERIOD_CONTEXT = re.compile(r"[.?!](?=(?P<after_tok>" + _NON_WORD + "|" + _SP + "+(?P<next_tok>" + _NSP + "+)))")
_PUNKT_WORD = re.compile(
    "(" + _MULTI_CHAR + "|(?=" + _WORD_START + ")" + _NSP + "+?(?=" + _SP + "|$|" + _NON_WORD + "|" + _MULTI_CHAR
    + "|,(?=$|" + _SP + "|" + _NON_WORD + "|" + _MULTI_CHAR + "))|" + _NSP + ")"
)
_REALIGN = re.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:' + _SP + r'+|(?=--)|$)', re.MULTILINE)
_SENT_END = re.compile(r"[.?!]")
_ELLIPSIS = re.compile(r"\.\.+$")
_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = re.compile(r"[^\W\d]\.$")
_ASCII_SPACE = " \t\n\r\x0b\x0c"  # string.whitespace, as Punkt looks back for the previous word
_NOT_SENT_START = frozenset(";:,.!?")


def _is_break(context: str) -> bool:
    """Punkt's ``text_contains_sentbreak`` on a candidate's context: a break before some later token."""
    toks = [t for line in context.split("\n") if line.strip() for t in _PUNKT_WORD.findall(line)]
    found = False
    for i, tok in enumerate(toks):
        if found:
            return True
        found = _token_breaks(tok, toks[i + 1] if i + 1 < len(toks) else None)
    return False


def _token_breaks(tok: str, nxt: str | None) -> bool:
    if tok in (".", "?", "!"):
        return True  # a lone "." also stays a break in the second pass
    if not tok.endswith("."):
        return False
    if _ELLIPSIS.match(tok):
        return False
    if tok.endswith(".."):
        return False
    low = tok[:-1].lower()
    if low in ABBREVIATIONS or low.split("-")[-1] in ABBREVIATIONS:
        return False  # abbreviation: the orthographic heuristic can never make it a break here
    if nxt is None:
        return True
    initial = _INITIAL.match(tok) is not None
    if initial or _NUMERIC.match(tok.lower()):
        if nxt in _NOT_SENT_START or nxt[0].islower():
            return False
        if initial and nxt[0].isupper():
            return False
    return True


def _punkt_slices(text: str) -> Iterator[tuple[int, int]]:
    """Candidate sentence slices (before realignment), as Punkt's ``_slices_from_text``."""
    last_break = 0
    prev_match = None
    prev_start = prev_stop = 0
    candidates = []
    for m in _PERIOD_CONTEXT.finditer(text):
        start = m.start()
        space = max(text.rfind(c, prev_stop, start) for c in _ASCII_SPACE)
        word_start = space + 1 if space > prev_stop else prev_start
        if prev_match is not None and prev_stop <= word_start:
            candidates.append((prev_match, prev_start, prev_stop))
        prev_match, prev_start, prev_stop = m, word_start, start
    if prev_match is not None:
        candidates.append((prev_match, prev_start, prev_stop))
    for m, w_start, w_stop in candidates:
        if _is_break(text[w_start:w_stop] + m.group() + m.group("after_tok")):
            yield last_break, m.end()
            last_break = m.start("next_tok") if m.group("next_tok") else m.end()
    yield last_break, len(text.rstrip())


def _punkt_spans(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``text`` as Punkt's ``span_tokenize`` (with boundary realignment)."""
    realign = 0
    slices = list(_punkt_slices(text))
    for i, (s1, e1) in enumerate(slices):
        s1 += realign
        if i + 1 == len(slices):
            if e1 > s1:
                yield s1, e1
            continue
        s2, e2 = slices[i + 1]
        m = _REALIGN.match(text, s2, max(s2, e2))
        if m:
            yield s1, s2 + len(m.group(0).rstrip())
            realign = m.end() - s2
        else:
            realign = 0
            if e1 > s1:
                yield s1, e1


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of paragraphs: split at blank lines and at line breaks after sentence-final marks.

    >>> paragraphs("Head\\n\\nOne. Two.\\nThree")
    [(0, 4), (6, 15), (16, 21)]
    """
    spans = []
    pos = 0
    for start, end in _paragraph_breaks(text):
        spans.append((pos, start))
        pos = end
    spans.append((pos, len(text)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SPACE_RUN = re.compile(r"\s*")
_CLOSERS = frozenset(".!?\"'”’)■")


def _paragraph_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_PARAGRAPH_BREAK.finditer(text)``, found from the line breaks (many times faster).

    A break contains a line break; it starts after a sentence-final mark and the spaces before the
    line break, or at a line break followed by a blank line, and takes all the space that follows.
    """
    n = text.find("\n")
    while n != -1:
        p = n
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        if p > 0 and text[p - 1] in _CLOSERS:
            start = p
        elif _BLANK_LINE.match(text, n):
            start = n
        else:
            n = text.find("\n", n + 1)
            continue
        end = _SPACE_RUN.match(text, n + 1).end()
        yield start, end
        n = text.find("\n", end)


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


#: Names that end in "!" and so do not end a sentence ("Yahoo! News reported …").
_BANG_NAME = re.compile(r"(?:^|\s)(?:Yahoo|Jeopardy)!$")


def _join_bang_names(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans with a split after a name such as "Yahoo!" undone."""
    held: tuple[int, int] | None = None
    for s, e in spans:
        if held is not None:
            s = held[0]
        if _BANG_NAME.search(text, max(s, e - 12), e):
            held = (s, e)
            continue
        held = None
        yield s, e
    if held is not None:
        yield held


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each.

    >>> [s.text for s in sentences("It was 3.5 km away. Mrs Smith said “No.” She left.")]
    ['It was 3.5 km away.', 'Mrs Smith said “No.”', 'She left.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentences() expects a str, got {type(text).__name__}")
    normalised = _straight_quotes(text)
    out: list[Sentence] = []
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = normalised[p_start:p_end]
        if _SENT_END.search(chunk):
            spans: Iterable[tuple[int, int]] = _punkt_spans(chunk)
            if "!" in chunk:
                spans = _join_bang_names(chunk, spans)
        else:  # no candidate boundary: one sentence (what Punkt gives, quicker)
            spans = [(0, len(chunk.rstrip()))]
        for s, e in spans:
            s, e = p_start + s, p_start + e
            for s2, e2 in (_split_no(text, s, e) if text.find("o.", s, e) != -1 else ((s, e),)):
                if e2 > s2 and (text[s2].isspace() or text[e2 - 1].isspace()):
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


_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*", re.UNICODE)


def word_count(text: str) -> int:
    """Number of word tokens in ``text`` (the word tokens of :func:`tokens`, except those starting with "_").

    >>> word_count("“It will be,” says Mr Hajiyev.")
    6
    """
    found = _WORD.findall(text)
    if "_" in text:
        return sum(1 for w in found if w[0] != "_")
    return len(found)
