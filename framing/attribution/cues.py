"""Reporting-verb cues: the stance-classed lexicon and one compiled matcher over all its forms.

The lexicon ``framing/data/lexicons/reporting_verbs-v2.tsv`` lists each reporting verb or phrase
(``term`` = lemma) with its stance ``class`` (neutral, doubt, accusation, denial, emphasis,
endorsement, warning, demand, commitment, speculation, characterisation, cognition, evidential,
belief), its ``type`` (``speech``, ``stance``, ``cognition``, ``belief``, ``evidential``,
``evidential_phrase``), whether
"VERB to ..." still reports speech (``claims to be`` yes, ``agreed to reopen`` no) and its forms.

>>> lex = lexicon()
>>> lex.lookup("claims").lemma, lex.lookup("claims").cls
('claim', 'doubt')
>>> [(m.lemma, m.text) for m in lex.finditer("Armenia accused Azerbaijan of massing troops")]
[('accuse', 'accused')]
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

__all__ = ["Cue", "CueEntry", "CueLexicon", "lexicon", "LEXICON_NAME", "DEFAULT_TYPES"]

#: File name (without ``.tsv``) of the reporting-verb lexicon in ``framing/data/lexicons``.
LEXICON_NAME = "reporting_verbs-v2"

#: Cue types used by default: speech acts, "according to" and reported beliefs and positions in
#: strict frames ("X fears that …", "which X considers …", "X views Y as …"; class ``belief``).
#: Bare cognition verbs ("Putin wants …") and evidence verbs ("Images showed …") stay opt-in.
DEFAULT_TYPES: tuple[str, ...] = ("speech", "evidential_phrase", "belief")

_TYPES = ("speech", "cognition", "evidential", "evidential_phrase", "stance", "belief")


class CueEntry(NamedTuple):
    """One lexicon form: ``lemma`` and stance ``cls`` of a surface ``form``."""

    form: str
    lemma: str
    cls: str
    type: str
    to_infinitive: bool


class Cue(NamedTuple):
    """A cue occurrence: offsets into the searched text."""

    start: int
    end: int
    text: str
    lemma: str
    cls: str
    type: str
    to_infinitive: bool


class CueLexicon:
    """The reporting-verb forms of some cue types, matched in one Aho-Corasick pass (linear time).

    Parameters
    ----------
    entries : iterable of CueEntry
    types : tuple of str
        Cue types to match (see :data:`DEFAULT_TYPES`).
    """

    def __init__(self, entries: Iterable[CueEntry], types: tuple[str, ...] = DEFAULT_TYPES):
        bad = [t for t in types if t not in _TYPES]
        if bad:
            raise ValueError(f"unknown cue type {bad[0]!r}; valid types are: {', '.join(_TYPES)}")
        self.types = tuple(types)
        self.entries = {e.form.lower(): e for e in entries if e.type in self.types}
        # lower, Capitalised and UPPER variants of every form; matches are word-bounded and the
        # longest match at a position wins ("calls for" over "calls").
        self.automaton = ahocorasick.Automaton()
        for form, e in self.entries.items():
            for variant in {form, form[:1].upper() + form[1:], form.upper()}:
                self.automaton.add_word(variant, (len(variant), form))
        if self.entries:
            self.automaton.make_automaton()

    def lookup(self, form: str) -> CueEntry | None:
        """The entry of a surface form (case-insensitive), or ``None``."""
        return self.entries.get(" ".join(form.lower().split()))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Cue]:
        """Cue occurrences in ``text[start:end]`` (offsets into ``text``), in text order."""
        if not self.entries:
            return
        end = len(text) if end is None else end
        found: dict[int, tuple[int, str]] = {}
        for last, (n, form) in self.automaton.iter(text, start, end):
            s = last - n + 1
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_’'-"):
                continue
            if last + 1 < len(text) and (text[last + 1].isalnum() or text[last + 1] in "_’'-"):
                continue
            if s not in found or found[s][0] < n:
                found[s] = (n, form)
        pos = -1
        for s in sorted(found):
            if s < pos:
                continue
            n, form = found[s]
            e = self.entries[form]
            pos = s + n
            yield Cue(s, s + n, text[s : s + n], e.lemma, e.cls, e.type, e.to_infinitive)


def read_entries() -> list[CueEntry]:
    """All rows of the shipped lexicon, one entry per form."""
    res = resources.files("framing") / "data" / "lexicons" / f"{LEXICON_NAME}.tsv"
    rows = csv.DictReader(io.StringIO(res.read_text(encoding="utf-8")), delimiter="\t")
    out = []
    for row in rows:
        for form in row["forms"].split("|"):
            out.append(CueEntry(form.strip(), row["term"], row["class"], row["type"], row["to_infinitive"] == "yes"))
    return out


@lru_cache(maxsize=8)
def lexicon(types: tuple[str, ...] = DEFAULT_TYPES) -> CueLexicon:
    """The shipped lexicon restricted to ``types`` (cached).

    >>> lexicon(("speech", "cognition")).lookup("believes").cls
    'cognition'
    """
    return CueLexicon(read_entries(), tuple(types))
