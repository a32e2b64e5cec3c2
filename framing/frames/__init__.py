"""Competing frames: which label for the event, owned by which party, in whose voice.

Each frame of a spec (``frames:`` in the YAML) has an owner party and cue phrases. For every cue
occurrence in a document this component reports the frame, its owner, and its voice:
``attributed`` (inside a party's quote or reported speech; ``speaker_party`` set), ``scare_quoted``
(in quotation marks that are not a speaker's quote) or ``narrator`` (the writer's own words), plus
the flags ``scare_quoted``, ``negated`` and ``distanced``.

Modules: :mod:`.cues` (cue syntax), :mod:`.matcher` (one Aho-Corasick pass), :mod:`.voice`
(quotes, attribution spans, negation), :mod:`.balance` (party and document tables),
:mod:`.mfc` (the spec-free Media Frames Corpus scorer and classifier).

>>> import framing
>>> r = framing.analyze("Armenia called it an ethnic-cleansing campaign, not an anti-terrorist operation.")
>>> r.frames[["frame", "owner", "negated"]].values.tolist()
[['ethnic-cleansing', 'armenia', False], ['counter-terrorism', 'azerbaijan', True]]
"""

from __future__ import annotations

import bisect
from typing import Any

from ..document import Document, Sentence
from ..spec import Spec
from .balance import document_table, party_table
from .matcher import FrameMatch, FrameMatcher, compile_frames
from .voice import _voice, content_spans, distancing, quote_spans, voice_of  # noqa: F401 (voice_of re-exported)

__all__ = ["analyse", "party_table", "document_table", "find_frames", "FrameMatcher", "FrameMatch", "COLUMNS"]

#: Columns of frames.csv rows, in order (``doc_id`` is added by the pipeline).
COLUMNS = ("start", "end", "frame", "owner", "voice", "speaker_party", "text", "negated", "distanced",
           "scare_quoted", "quoted", "distance_cue", "speaker", "attribution_kind", "cue", "sent_idx")


def find_frames(text: str, spec: Spec, sentences: list[Sentence] | None = None,
                attributions: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Frame rows for a text (see :data:`COLUMNS`).

    Parameters
    ----------
    text : str
    spec : Spec
        The spec whose ``frames`` are matched.
    sentences : list of Sentence, optional
        Defaults to :func:`framing.segment.sentences` of the text.
    attributions : list of dict, optional
        Attribution rows (``start``/``end`` = content span, ``party``, ``speaker``, ``kind``).

    Examples
    --------
    >>> from framing.spec import load_spec
    >>> rows = find_frames("Azerbaijan called the assault an “anti-terrorist operation”.", load_spec("karabakh-2023"))
    >>> [(r["text"], r["owner"], r["voice"]) for r in rows]
    [('anti-terrorist operation', 'azerbaijan', 'scare_quoted')]
    """
    if sentences is None:
        from ..segment import sentences as split

        sentences = split(text)
    attributions = attributions or []
    matcher = compile_frames(tuple(spec.frames))
    spans = [(s.start, s.end) for s in sentences]
    starts = [s.start for s in sentences]
    found = matcher.find(text, spans)
    if not found:
        return []
    quotes = quote_spans(text)
    contents = content_spans(attributions)  # read once per document, not at every cue
    rows = []
    for m in found:
        k = max(bisect.bisect_right(starts, m.start) - 1, 0)
        sent_start = sentences[k].start if sentences else 0
        kind, trigger = distancing(text[sent_start:m.start], text[m.start:m.end])
        row: dict[str, Any] = {
            "start": m.start, "end": m.end, "frame": m.frame, "owner": m.owner,
            **_voice(m.start, m.end, quotes, contents),
            "text": text[m.start:m.end],
            "negated": kind == "negated",
            "distanced": kind == "distanced",
            "distance_cue": trigger,
            "cue": m.cue,
            "sent_idx": k if sentences else -1,
        }
        rows.append({c: row[c] for c in COLUMNS})
    return rows


def analyse(doc: Document, sentences: list[Sentence], spec: Spec,
            attributions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """frames.csv rows for one document (the pipeline's entry point)."""
    return find_frames(doc.text, spec, sentences, attributions)
