"""Find frame cue occurrences in a text: one Aho-Corasick pass, linear in the text length.

The text is normalised without losing offsets (lower case, apostrophes unified, hyphens, dashes,
double quotation marks and whitespace runs read as one space), every cue of every frame is
expanded to its surface forms (:mod:`framing.frames.cues`) and all forms go into one
``pyahocorasick`` automaton. Matches are kept when they sit on token boundaries, a frame's
``exclude`` phrases do not overlap them and (when the frame has ``context`` words) a context
phrase occurs in the same sentence. Overlapping matches resolve to the longest, leftmost one.

>>> from framing.spec import Frame
>>> m = FrameMatcher([Frame("ethnic-cleansing", "armenia", ("ethnic cleansing campaign", "ethnic cleansing"))])
>>> [(x.start, x.end, x.frame) for x in m.find("They called it an ethnic-cleansing campaign.")]
[(18, 43, 'ethnic-cleansing')]
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

import ahocorasick

from ..spec import Frame
from .cues import CueError, expand

__all__ = ["FrameMatch", "FrameMatcher", "NormalizedText", "compile_frames"]

_SPACE_LIKE = "-\u2010\u2011\u2012\u2013\u2014\u2212\"\u201c\u201d\u201e\u00ab\u00bb\u00a0\t\n\r\f\v"
_TO_SPACE = str.maketrans({ch: " " for ch in _SPACE_LIKE} | {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_TO_SPACE_PAIRS = tuple((chr(k), v) for k, v in _TO_SPACE.items())
_RUNS = re.compile(r" {2,}")

CUE, EXCLUDE, CONTEXT = 0, 1, 2


class FrameMatch(NamedTuple):
    """One cue occurrence: ``text[start:end]`` is the matched surface form."""

    start: int
    end: int
    frame: str
    owner: str
    cue: str


class NormalizedText:
    """A lower-cased, space-collapsed copy of a text with a map back to the original offsets.

    >>> n = NormalizedText("Ethnic -- Cleansing")
    >>> n.text
    'ethnic cleansing'
    >>> n.original(7), n.original(16)
    (10, 19)
    """

    def __init__(self, text: str):
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets 1:1
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        for ch, rep in _TO_SPACE_PAIRS:  # str.replace per character present: faster than a dict translate
            if ch in low:
                low = low.replace(ch, rep)
        pieces: list[str] = []
        self._breaks: list[int] = [0]  # normalised offsets where the shift changes
        self._shifts: list[int] = [0]  # original = normalised + shift
        pos = 0
        shift = 0
        for m in _RUNS.finditer(low):
            pieces.append(low[pos:m.start() + 1])
            removed = m.end() - m.start() - 1
            shift += removed
            self._breaks.append(m.start() + 1 - (shift - removed))
            self._shifts.append(shift)
            pos = m.end()
        pieces.append(low[pos:])
        self.text = "".join(pieces)

    def original(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i == len(text)`` maps to the end)."""
        k = bisect.bisect_right(self._breaks, i) - 1
        return i + self._shifts[k]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class FrameMatcher:
    """A compiled matcher for a spec's frames.

    Parameters
    ----------
    frames : sequence of Frame
        Frames with ``cues`` and optional ``context`` and ``exclude`` phrases (cue syntax).

    Raises
    ------
    ValueError
        When a cue is malformed or two frames share a surface form (naming both).
    """

    def __init__(self, frames: Sequence[Frame]):
        self.frames = tuple(frames)
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[int, int, str]]] = {}
        for fi, frame in enumerate(self.frames):
            kinds = ((CUE, frame.cues), (EXCLUDE, getattr(frame, "exclude", ())), (CONTEXT, frame.context))
            for kind, phrases in kinds:
                for phrase in phrases:
                    try:
                        forms = expand(phrase)
                    except CueError as exc:
                        raise ValueError(f"frame {frame.id!r}: {exc}") from None
                    for form in forms:
                        table.setdefault(form.rstrip("*"), []).append((kind, fi, phrase if not form.endswith("*") else phrase + "\0*"))
        for form, entries in table.items():
            cues = {(fi, c) for kind, fi, c in entries if kind == CUE}
            owners = {fi for fi, _ in cues}
            if len(owners) > 1:
                names = sorted(self.frames[fi].id for fi in owners)
                raise ValueError(f"cue form {form!r} belongs to several frames: {', '.join(names)}; keep it in one")
            self._automaton.add_word(form, (form, tuple(entries)))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, text: str, sentences: Iterable[tuple[int, int]] | None = None) -> list[FrameMatch]:
        """Cue occurrences in ``text``, in text order.

        Parameters
        ----------
        text : str
        sentences : iterable of (start, end), optional
            Sentence spans; a frame's ``context`` phrase must occur in the same sentence as the
            cue (without sentences: within 200 characters).
        """
        if self._empty or not text:
            return []
        norm = NormalizedText(text)
        nt = norm.text
        hits: list[tuple[int, int, int, int, str]] = []  # (start, end, kind, frame index, cue) in normalised offsets
        for end_idx, (form, entries) in self._automaton.iter(nt):
            start = end_idx - len(form) + 1
            end = end_idx + 1
            if start > 0 and _is_word(nt[start - 1]):
                continue
            for kind, fi, cue in entries:
                e = end
                if cue.endswith("\0*"):
                    while e < len(nt) and _is_word(nt[e]):
                        e += 1
                    cue = cue[:-2]
                elif e < len(nt) and _is_word(nt[e]):
                    continue
                hits.append((start, e, kind, fi, cue))
        cues = sorted((h for h in hits if h[2] == CUE), key=lambda h: (h[0], -(h[1] - h[0])))
        excludes: dict[int, list[tuple[int, int]]] = {}
        contexts: dict[int, list[int]] = {}
        for s, e, kind, fi, _ in hits:
            if kind == EXCLUDE:
                excludes.setdefault(fi, []).append((s, e))
            elif kind == CONTEXT:
                contexts.setdefault(fi, []).append(norm.original(s))
        spans = sorted(sentences) if sentences is not None else None
        out: list[FrameMatch] = []
        last_end = -1
        for s, e, _, fi, cue in cues:
            if s < last_end:
                continue
            if any(s < xe and xs < e for xs, xe in excludes.get(fi, ())):
                continue
            os_, oe = norm.original(s), norm.original(e)
            frame = self.frames[fi]
            if frame.context and not _in_context(os_, contexts.get(fi, []), spans):
                continue
            out.append(FrameMatch(os_, oe, frame.id, frame.owner, cue))
            last_end = e
        return out


def _in_context(pos: int, context_starts: list[int], sentences: list[tuple[int, int]] | None) -> bool:
    if not context_starts:
        return False
    if sentences:
        k = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
        if k >= 0 and sentences[k][0] <= pos < sentences[k][1]:
            lo, hi = sentences[k]
            return any(lo <= c < hi for c in context_starts)
    return any(abs(c - pos) <= 200 for c in context_starts)


@lru_cache(maxsize=32)
def compile_frames(frames: tuple[Frame, ...]) -> FrameMatcher:
    """A cached :class:`FrameMatcher` for a spec's frames (specs are immutable and hashable)."""
    return FrameMatcher(frames)
