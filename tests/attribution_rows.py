"""Shared helpers of the attribution table tests: the rows of a passage under a built-in spec."""

from __future__ import annotations

from framing.attribution.extract import extract
from framing.segment import sentences
from framing.spec import load_spec

GAZA, UKRAINE = "gaza-2012-2014", "ukraine-2014"


def rows(spec: str, text: str) -> list[dict]:
    """Attribution rows of ``text`` with the built-in spec ``spec``."""
    return extract(text, sentences(text), load_spec(spec))


def who(spec: str, text: str, cue: str) -> list[tuple[str, str, str]]:
    """``(speaker, speaker_name, party)`` of the rows with cue lemma ``cue``."""
    return [(r["speaker"], r["speaker_name"], r["party"]) for r in rows(spec, text) if r["cue"] == cue]
