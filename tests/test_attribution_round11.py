"""Attribution round 11: the seed 8686 review's content, party and speaker-span errors.

Real passages from the bundled corpora: an asyndetic second clause ", NAME <cue> …" with its own subject and
reporting verb ends the first content and gets its own row.
"""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract
from framing.segment import sentences
from framing.spec import load_spec

GAZA, UKRAINE = "gaza-2012-2014", "ukraine-2014"


def _rows(spec: str, text: str) -> list[dict]:
    return extract(text, sentences(text), load_spec(spec))


def _cue_rows(spec: str, text: str, cue: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["kind"], r["content"]) for r in _rows(spec, text) if r["cue"] == cue]


#: gaza jos3R1YESnc6pNYH (Vox)
BLOOMBERG = ('Israeli officials insisted the airport was safe, Michael Bloomberg called the ban "an overreaction," and '
             'AIPAC said it "sends the entirely wrong message."')


# 1. ", NAME <cue> …" inside a content: another speaker's clause ends the content
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, BLOOMBERG, "insist", [("Israeli officials", "indirect", "the airport was safe")]),
    (GAZA, BLOOMBERG, "call", [("Michael Bloomberg", "partial", 'the ban "an overreaction,"')]),
    (GAZA, BLOOMBERG, "say", [("AIPAC", "partial", 'it "sends the entirely wrong message."')]),
    # negative: a postposed frame after the comma ("…, the army said.") stays the content's frame
    (GAZA, "On Sunday, Israeli aircraft hit about 20 targets, the army said.", "say",
     [("the army", "indirect", "On Sunday, Israeli aircraft hit about 20 targets")]),
])
def test_asyndetic_clause_ends_content(spec, text, cue, expected):
    assert _cue_rows(spec, text, cue) == expected

