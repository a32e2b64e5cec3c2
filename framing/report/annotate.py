"""The article text with attributions and frame cues highlighted, as escaped HTML.

Every piece of article text goes through :func:`markupsafe.escape`; the only markup is ours. Each
highlight carries a ``title`` (hover in a browser) and a visible label after it (party, cue and
voice), so the annotations also read in print and without colour.

>>> from framing.document import Document
>>> doc = Document("d", "Baku says <it> is over.", {})
>>> row = {"start": 10, "end": 22, "speaker": "Baku", "speaker_start": 0, "speaker_end": 4, "party": "azerbaijan",
...        "cue": "say", "cue_start": 5, "cue_end": 9, "cue_class": "neutral", "kind": "indirect"}
>>> html = str(annotate(doc.text, attributions=[row], names={"azerbaijan": "Azerbaijan"}))
>>> "&lt;it&gt; is over" in html and "<it>" not in html
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from markupsafe import Markup, escape

from ..segment import paragraphs

__all__ = ["annotate", "party_class", "VOICE_LABELS", "KIND_LABELS"]

VOICE_LABELS = {"narrator": "writer's own voice", "scare_quoted": "scare-quoted", "attributed": "attributed"}
KIND_LABELS = {"direct": "direct quote", "partial": "partial quote", "indirect": "indirect speech",
               "according_to": "“according to”"}


def party_class(party: Any) -> str:
    """A CSS class for a party id: ``p-`` and the id reduced to ``[a-z0-9_-]``."""
    text = "" if party is None or (isinstance(party, float) and party != party) else str(party)
    slug = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-")
    return f"p-{slug or 'unresolved'}"


@dataclass
class _Span:
    start: int
    end: int
    rank: int  # nesting preference when spans start together: lower is outer
    open: Markup
    close: Markup
    label: Markup | None = None


def _int(value: Any) -> int | None:
    try:
        out = int(value)
    except (TypeError, ValueError):
        return None
    return out


def _valid(start: Any, end: Any, n: int) -> tuple[int, int] | None:
    s, e = _int(start), _int(end)
    if s is None or e is None or s < 0 or e > n or s >= e:
        return None
    return s, e


def _name(party: Any, names: Mapping[str, str]) -> str:
    p = "" if party is None or (isinstance(party, float) and party != party) else str(party)
    if p in names:
        return names[p]
    return {"": "unresolved", "other": "other speaker"}.get(p, p)


def _spans(n: int, attributions: Iterable[Mapping[str, Any]], frames: Iterable[Mapping[str, Any]],
           names: Mapping[str, str], frame_labels: Mapping[str, str]) -> list[_Span]:
    out: list[_Span] = []
    for i, a in enumerate(attributions, 1):
        party, cls = a.get("party", ""), party_class(a.get("party", ""))
        who = _name(party, names)
        speaker = str(a.get("speaker", "") or "")
        cue, cue_class = str(a.get("cue", "") or ""), str(a.get("cue_class", "") or "")
        kind = str(a.get("kind", "") or "")
        kind_label = KIND_LABELS.get(kind, kind.replace("_", " "))
        title = f"Statement {i}: {speaker or 'unnamed speaker'} ({who}) · cue: {cue} ({cue_class}) · {kind_label}"
        span = _valid(a.get("start"), a.get("end"), n)
        if span:
            out.append(_Span(*span, 1, Markup('<mark class="q {}" title="{}">').format(cls, title), Markup("</mark>"),
                             Markup('<span class="lab {}">[{}] {} · {} · {}</span>').format(
                                 cls, i, who, f"{cue} ({cue_class})" if cue_class else cue, kind_label)))
        sp = _valid(a.get("speaker_start"), a.get("speaker_end"), n)
        if sp:
            out.append(_Span(*sp, 2, Markup('<span class="spk {}" title="speaker of statement {}: {} ({})">').format(
                cls, i, speaker, who), Markup("</span>")))
        cp = _valid(a.get("cue_start"), a.get("cue_end"), n)
        if cp:
            out.append(_Span(*cp, 3, Markup('<span class="cue" title="reporting verb of statement {}: {} · stance: {}">')
                             .format(i, cue, cue_class or "unknown"), Markup("</span>")))
    for f in frames:
        span = _valid(f.get("start"), f.get("end"), n)
        if not span:
            continue
        frame = str(f.get("frame", "") or "")
        label = frame_labels.get(frame, frame)
        owner = _name(f.get("owner", ""), names)
        voice = str(f.get("voice", "") or "")
        voice_label = VOICE_LABELS.get(voice, voice.replace("_", " "))
        sp = f.get("speaker_party", "")
        via = f" by {_name(sp, names)}" if voice == "attributed" and isinstance(sp, str) and sp else ""
        out.append(_Span(*span, 4, Markup('<span class="fr {} v-{}" title="frame: {} · owner: {} · voice: {}{}">')
                         .format(party_class(f.get("owner", "")), re.sub(r"[^a-z_]", "", voice), label, owner,
                                 voice_label, via),
                         Markup("</span>"),
                         Markup('<span class="flab {}">⚑ {} · {}{}</span>').format(
                             party_class(f.get("owner", "")), label if owner in ("neutral", label) or
                             label.endswith(f"({owner})") else f"{label} · {owner}", voice_label, via)))
    return out


def annotate(text: str, paragraph_spans: Iterable[tuple[int, int]] | None = None, *,
             attributions: Iterable[Mapping[str, Any]] = (), frames: Iterable[Mapping[str, Any]] = (),
             names: Mapping[str, str] | None = None, frame_labels: Mapping[str, str] | None = None) -> Markup:
    """``text`` as HTML paragraphs with the attribution and frame spans marked (properly nested).

    Parameters
    ----------
    text : str
        The document text (offsets refer to it).
    paragraph_spans : list of (start, end), optional
        Paragraphs (default: :func:`framing.segment.paragraphs` of ``text``).
    attributions, frames : iterables of row dicts
        Rows of ``attributions.csv`` / ``frames.csv`` for this document; rows with offsets outside
        the text are ignored.
    names : mapping, optional
        Party id to display name.
    """
    names = dict(names or {})
    spans = _spans(len(text), attributions, frames, names, dict(frame_labels or {}))
    parts: list[Markup] = []
    for ps, pe in list(paragraph_spans or []) or paragraphs(text) or [(0, len(text))]:
        clipped = [(max(s.start, ps), min(s.end, pe), s) for s in spans if s.start < pe and s.end > ps]
        cuts = sorted({ps, pe, *(c[0] for c in clipped), *(c[1] for c in clipped)})
        stack: list[tuple[int, int, _Span]] = []
        html: list[Markup] = [Markup("<p>")]
        for pos, nxt in zip(cuts, cuts[1:] + [None]):
            ending = [c for c in stack if c[1] == pos]
            if ending:
                depth = min(stack.index(c) for c in ending)
                reopen = [c for c in stack[depth:] if c[1] != pos]
                for c in reversed(stack[depth:]):
                    html.append(c[2].close)
                del stack[depth:]
                for c in ending:
                    if c[2].end == pos and c[2].label is not None:
                        html.append(c[2].label)
                for c in reopen:
                    html.append(c[2].open)
                    stack.append(c)
            if nxt is None:
                break
            starting = sorted((c for c in clipped if c[0] == pos), key=lambda c: (-c[1], c[2].rank))
            for c in starting:
                html.append(c[2].open)
                stack.append(c)
            html.append(escape(text[pos:nxt]))
        for c in reversed(stack):
            html.append(c[2].close)
        html.append(Markup("</p>"))
        parts.append(Markup("").join(html))
    return Markup("\n").join(parts)
