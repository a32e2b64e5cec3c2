"""Quotation spans: one linear scan over double quotation marks (straight, curly, angle).

Single quotation marks nest inside double ones (``“he said ‘no’”``) and are left inside the span;
at the top level they are too often apostrophes to be trusted. A quote still open at the end of a
paragraph continues when the next paragraph opens with a quotation mark (the news convention for
quotes over several paragraphs); otherwise it is dropped as unbalanced.

>>> [q.text for q in find_quotes('“It will be fine,” says Mr Hajiyev. He said "no".')]
['“It will be fine,”', '"no"']
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Quote", "find_quotes"]

_OPEN = "“„«"
_CLOSE = "”»"
_STRAIGHT = '"'
_MARKS = frozenset(_OPEN + _CLOSE + _STRAIGHT)
#: The characters the scan acts on; everything between them is skipped in C (each mark an alternative of its own,
#: not a class: when every branch starts with a literal, re jumps to the next mark instead of trying each position).
_EVENT = re.compile("|".join(map(re.escape, "\n" + _OPEN + _CLOSE + _STRAIGHT)) + "|''|``")


class Quote(NamedTuple):
    """A quotation, marks included: ``text == doc.text[start:end]``.

    ``continues`` is true when the next quote carries on the same quotation (multi-paragraph).
    """

    start: int
    end: int
    text: str
    continues: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        s, e = self.start, self.end
        s += 2 if self.text.startswith(("''", "``")) else (1 if self.text[:1] in _MARKS else 0)
        e -= 2 if self.text.endswith("''") and e - 2 >= s else (1 if self.text[-1:] in _MARKS else 0)
        return s, e


def _para_end(text: str, pos: int) -> int:
    i = text.find("\n", pos)
    return len(text) if i < 0 else i


def find_quotes(text: str) -> list[Quote]:
    """All top-level double-quoted spans of ``text``, in order (linear time: a regex jumps between marks).

    >>> [(q.text, q.continues) for q in find_quotes('“One.\\n\\n“Two.”')]
    [('“One.', True), ('“Two.”', False)]
    """
    out: list[Quote] = []
    open_at = -1
    n = len(text)
    find = _EVENT.search
    m = find(text)
    while m is not None:
        i = m.start()
        c = text[i]
        if c == "\n":
            if open_at < 0:
                m = find(text, i + 1)
                continue
            # Paragraph (or line) end with a quote open: continue if the next line opens a quote.
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in _OPEN + _STRAIGHT or text.startswith(("''", "``"), j)):
                end = i
                while end > open_at and text[end - 1].isspace():
                    end -= 1
                out.append(Quote(open_at, end, text[open_at:end], True))
                open_at = j
                m = find(text, j + 1)
                continue
            if "\n" in text[i + 1 : j] or j >= n:
                open_at = -1  # unbalanced within the paragraph: drop it
        elif c in _OPEN:
            open_at = i
        elif c in _CLOSE:
            if open_at >= 0:
                out.append(Quote(open_at, i + 1, text[open_at : i + 1]))
                open_at = -1
        elif c == "`":  # ``quote'' (wire style): opens
            open_at = i
        elif c == "'":  # ''quote'' (NYT style)
            if open_at >= 0:
                out.append(Quote(open_at, i + 2, text[open_at : i + 2]))
                open_at = -1
            else:
                open_at = i
        elif open_at >= 0:  # a straight double mark closes an open quote or opens one
            out.append(Quote(open_at, i + 1, text[open_at : i + 1]))
            open_at = -1
        else:
            open_at = i
        m = find(text, m.end())
    return out
