"""Reported beliefs and positions: "X fears that …", "Hamas, which X considers a terrorist group", "X views Y as Z".

The writer ascribes a belief or a position to somebody. Such a clause is not the writer's own claim,
so a frame label inside it is in that holder's voice, not the narrator's. Belief cues (class
``belief`` in the reporting-verb lexicon) are read only in strict frames, so that "could see trails
of smoke as they reported" or "amid fears that" yield nothing:

* ``HOLDER [aux/adverb] V that CLAUSE`` with V a belief verb or "expressed fears/hope/concern that"
  (the lexicon form includes "that"); content = CLAUSE;
* ``…, which/whom/that HOLDER consider(s) [as | to be] Y`` (and regard/view/see/perceive … as Y);
  content = Y, up to the end of the relative clause;
* ``HOLDER views/regards/sees/considers OBJ as Y`` (consider also "to be"); content = Y only: the
  writer names OBJ, the holder supplies the characterisation (so in "a majority of the population
  views the rebels as fighting a pro-Western regime" the label "rebels" stays the writer's);
* ``HOLDER wants OBJ to VERB …`` (a position: "Hamas wants Israel and Egypt to lift their blockade");
  content = "OBJ to VERB …". "X wants to …" (an intention) and "X wants NP" are left out;
* passive with an agent: ``OBJ is seen / was viewed / regarded by HOLDER as Y``; without an agent
  ("is widely seen as") nobody holds the belief and nothing is extracted.

A negated belief ("does not believe that") yields nothing, like a negated reporting verb.

>>> t = "Gaza is run by Hamas, which the United States and other countries consider a terrorist organization."
>>> from framing.attribution.cues import lexicon
>>> c = next(c for c in lexicon().finditer(t) if c.type == "belief")
>>> sp, app, (a, b) = belief(t, 0, len(t), c)
>>> t[sp[0]:sp[1]], t[a:b]
('the United States and other countries', 'a terrorist organization')
"""

from __future__ import annotations

import re

from .cues import Cue
from .speakers import _trim, _words, left_np

__all__ = ["belief", "AS_LEMMAS"]

Span = tuple[int, int]

#: Belief lemmas read as "V OBJ as Y" (the others carry "that" in their lexicon form).
#: Modals that make a passive perception hypothetical ("could be seen by Moscow as …").
_HYPOTHETICAL = ("could", "might", "would", "may")
AS_LEMMAS = frozenset(("consider as", "regard as", "view as", "see as", "perceive as"))
# (and "want to": "X wants OBJ to VERB")

# words that may stand between the holder and the belief verb ("had expressed", "also believes")
_AUX_ADV = frozenset("""had has have also long still now widely privately publicly repeatedly reportedly openly deeply
    strongly firmly clearly increasingly already often may might must would will could can do does did apparently
    seemingly genuinely really even always initially earlier previously generally largely mostly""".split())
_BE = frozenset("is was were are been being be".split())
_NEGATORS = frozenset(("not", "never", "no"))
_BAD_PREV = frozenset("""the a an his her its their our my your this these those such another any no every each whose of
    amid among over about to for with from in on at by as and or but if because while there""".split())
_RELATIVE = re.compile(r"\b(?:which|whom|who|that)\s+", re.IGNORECASE)
_PRONOUN_SUBJECTS = frozenset("he she they we i it there you".split())
_NOT_PREDICATE = frozenset("""well soon long much many far part if though usual expected recently early late such of
    to in for from with on at by before after when while"""
                           .split())
_PREDICATE_END = re.compile(r";|\s[—–]\s|\s--\s|—|\(")
_RELATIVE_END = re.compile(r",|;|\s[—–]\s|\s--\s|—|\(")
_OBJECT = re.compile(r"\s+((?:[\w’'\-]+\s+){0,6}?)(as|to\s+be)\s+", re.IGNORECASE)
_AGENT = re.compile(r"\s+by\s+((?:[\w’'.\-]+\s+){0,7}?[\w’'.\-]+)\s+as\s+", re.IGNORECASE)
_WANT_OBJECT = re.compile(r"\s+((?:[\w’'\-]+\s+){1,6}?)to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|all|any)\b)[a-z]")
_VERBISH = frozenset("is was were are has had have will would that and but to".split())
_FIRST_PERSON = frozenset(("i", "we", "us", "you"))
# a verb before "fears that" makes it a noun: "the new front raised fears that"
_NOUN_MAKERS = frozenset("""raise raises raised raising spark sparks sparked stoke stokes stoked fuel fuels fuelled fueled
    prompt prompts prompted ease eases eased allay allays allayed heighten heightens heightened deepen deepened increase
    increased dismiss dismissed share shares shared""".split())


def _first_person(phrase: str) -> bool:
    w = phrase.strip().split()[:1]
    return bool(w) and w[0].lower().replace("’", "'").split("'")[0] in _FIRST_PERSON


def _negated(text: str, lo: int, pos: int) -> bool:
    ws = _words(text, max(lo, pos - 40), pos)[-3:]
    return any(w.group().lower() in _NEGATORS or w.group().lower().endswith(("n't", "n’t")) for w in ws)


def _verb_group_start(text: str, lo: int, pos: int) -> int:
    """Start of "[aux/adverbs] VERB": skip "had", "also", "widely" … leftwards from ``pos``."""
    ws = _words(text, max(lo, pos - 80), pos)
    k = len(ws)
    while k > 0 and ws[k - 1].group().lower() in _AUX_ADV:
        k -= 1
    return ws[k].start() if k < len(ws) else pos


def _holder(text: str, lo: int, pos: int, participle: bool) -> tuple[Span, list[Span]] | None:
    """The subject phrase right before the verb group that starts at ``pos``."""
    before = text[lo:pos].rstrip()
    if not before or before[-1] in ";:(—–\"“”" or (participle and before[-1] == ","):
        return None  # "…, hoping that": a participle without its own subject
    ws = _words(text, max(lo, pos - 40), pos)
    if not ws or ws[-1].group().lower() in _BAD_PREV | _BE:
        return None  # "amid fears that", "the view that", "there were fears that"
    np = left_np(text, lo, pos)
    if np is None:
        return None
    s, e, app = np
    ws = _words(text, s, e)
    if not ws or _first_person(text[s:e]) or ws[0].group().lower() in ("neither", "nobody", "none", "no"):
        return None  # "we think that", "so you believe that": the writer's (or interviewer's) own voice
    last = ws[-1].group()
    if last.lower() in _NOUN_MAKERS or (last.islower() and last.endswith("ed")):
        return None  # "the new front raised fears that": a noun object, nobody holds the fear
    if ws[0].group().lower() == "with" and len(ws) > 1:
        s = ws[1].start()  # "with many people expressing hope that"
    return (s, e), app


def _predicate(text: str, s: int, hi: int, relative: bool) -> Span | None:
    """Y in "… as Y": to the end of the relative clause or of the sentence."""
    m = (_RELATIVE_END if relative else _PREDICATE_END).search(text, s, hi)
    e = m.start() if m else hi
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?"):
        e -= 1
    ws = _words(text, s, e)
    if len(ws) < 1 or ws[0].group().lower() in _PRONOUN_SUBJECTS | _NOT_PREDICATE:
        return None  # "as they reported", "as part of", "as well"
    if len(ws) >= 2 and ws[0].group().lower() == "a" and ws[1].group().lower() in ("result", "whole"):
        return None
    return s, e


def belief(text: str, lo: int, hi: int, c: Cue) -> tuple[Span, list[Span], Span] | None:
    """``(holder span, appositive spans, content span)`` of the belief cue ``c`` in ``text[lo:hi]``.

    ``lo``/``hi`` bound the sentence. Returns ``None`` when the cue is not in one of the strict frames
    of the module docstring.

    >>> t = "The Ukrainian government had expressed fears that the convoy was a large-scale effort."
    >>> from framing.attribution.cues import lexicon
    >>> c = next(lexicon().finditer(t))
    >>> sp, _, (a, b) = belief(t, 0, len(t), c)
    >>> t[sp[0]:sp[1]], t[a:b]
    ('The Ukrainian government', 'the convoy was a large-scale effort')
    >>> t = "A CNN crew could see trails of smoke as they reported from the Israeli side."
    >>> belief(t, 0, len(t), next(lexicon().finditer(t))) is None
    True
    """
    if _negated(text, lo, c.start):
        return None
    if text[lo:hi].rstrip(" ”’\"'").endswith("?"):
        return None  # a question ascribes nothing
    if c.lemma == "want to":
        m = _WANT_OBJECT.match(text, c.end, hi)
        if not m or any(w.lower() in _VERBISH for w in m.group(1).split()):
            return None
        k = _verb_group_start(text, lo, c.start)
        h = _holder(text, lo, k, False)
        if h is None:
            return None
        s = m.start(1)
        e = hi
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".;:,"):
            e -= 1
        return h[0], h[1], (s, e)
    if c.lemma not in AS_LEMMAS:
        k = _verb_group_start(text, lo, c.start)
        h = _holder(text, lo, k, c.text.lower().endswith("ing") or " ing " in c.text.lower())
        if h is None:
            return None
        s = c.end
        while s < hi and text[s].isspace():
            s += 1
        e = hi
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".;:,"):
            e -= 1
        if len(_words(text, s, e)) < 3:
            return None
        return h[0], h[1], (s, e)
    prev = _words(text, max(lo, c.start - 40), c.start)
    prev_word = prev[-1].group().lower() if prev else ""
    # passive: "regarded by Israel as an ally", "was viewed by Israeli officials … as a maintenance mission"
    if c.text.lower().endswith(("ed", "seen")) and (prev_word in _BE | {"widely", "generally", "often", "largely", "increasingly"}
                                                      or text[lo:c.start].rstrip().endswith(",")):
        m = _AGENT.match(text, c.end, hi)
        if not m:
            return None
        if prev_word in ("be", "been") and len(prev) >= 2 and prev[-2].group().lower() in _HYPOTHETICAL + ("have",):
            if prev[-2].group().lower() != "have" or (len(prev) >= 3 and prev[-3].group().lower() in _HYPOTHETICAL):
                return None  # "it could be perceived by Russia as 'destabilizing'": a hypothetical, nobody's view
        a, b = _trim(text, m.start(1), m.end(1))
        if b <= a or _first_person(text[a:b]):
            return None
        y = _predicate(text, m.end(), hi, relative=text[lo:c.start].rstrip().endswith(","))
        return ((a, b), [], y) if y else None
    if c.lemma == "see as" and c.text.lower() == "seen":
        return None
    k = _verb_group_start(text, lo, c.start)
    if prev_word == "to":
        return None  # "decided to regard Russia as a friend": the holder is further away
    rel = None
    for rel in _RELATIVE.finditer(text, max(lo, k - 120), k):
        pass  # the last relative pronoun before the verb group
    holder: tuple[Span, list[Span]] | None = None
    relative = False
    if rel:
        a, b = _trim(text, rel.end(), k)
        ws = _words(text, a, b)
        if ws and len(ws) <= 8 and not re.search(r"[,;:()“”\"]", text[a:b]) and ws[0].group().lower() not in _NOT_PREDICATE:
            holder, relative = ((a, b), []), True
    if holder is None:
        holder = _holder(text, lo, k, False)
    if holder is None or _first_person(text[holder[0][0]:holder[0][1]]):
        return None
    m = _OBJECT.match(text, c.end, hi)
    if m:
        obj = m.group(1)
        if m.group(2).lower() != "as" and c.lemma != "consider as":
            return None
        if obj.strip() and (not relative or c.lemma != "consider as"):
            low = [w.lower() for w in obj.split()]
            if any(w in ("is", "was", "were", "are", "has", "had", "have", "will", "would", "that", "and") for w in low):
                return None
        if not obj.strip() and not relative:
            return None  # "Moscow sees as …" with no object is not this construction
        y = _predicate(text, m.end(), hi, relative)
        return (holder[0], holder[1], y) if y else None
    if relative and c.lemma == "consider as":
        # "which the United States … consider a terrorist organization"
        s = c.end
        while s < hi and text[s].isspace():
            s += 1
        y = _predicate(text, s, hi, relative=True)
        return (holder[0], holder[1], y) if y else None
    return None
