"""Attribution round 11: the seed 8686 review's content, party and speaker-span errors.

Real passages from the bundled corpora: an asyndetic second clause ", NAME <cue> …" with its own subject and
reporting verb ends the first content and gets its own row; an acronym defined as "<State>'s <body> (ACR)" gives
its titled officials that state's party; "International diplomats" are the gaza spec's mediators; "a"/"an"
before a plural speaker ("an options U.S. officials") is a stray fronted object, not the speaker's.
"""

from __future__ import annotations

import pytest

from .attribution_rows import GAZA, UKRAINE, rows as _rows


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


#: ukraine 6NxE6YxpYl8UYsUw (Christian Science Monitor)
BND = ("Meanwhile, a new report from Germany's foreign intelligence agency (BND) found that pro-Russian rebels were "
       "responsible for shooting down Malaysian Airlines flight MH17 over eastern Ukraine in July. The crash killed 298 "
       "people.\n\nBND President Gerhard Schindler told a parliamentary committee earlier this month that his agency had "
       "\"ample\" evidence to implicate the rebels , Der Spiegel reports. He refuted Russian claims that Ukrainian "
       "soldiers shot down the plane with a missile.")


# 2a. an acronym defined by a parenthesis after a phrase naming a spec state takes that state's party
@pytest.mark.parametrize("spec, text, cue, expected", [
    (UKRAINE, BND, "tell", [("BND President Gerhard Schindler", "west")]),
    (UKRAINE, BND, "refute", [("He", "west")]),
    # negative: a title with an acronym the article never defined stays of no party
    (UKRAINE, BND.replace("Germany's foreign intelligence agency (BND)", "the intelligence agency"), "tell",
     [("BND President Gerhard Schindler", "")]),
])
def test_defined_acronym_party(spec, text, cue, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text) if r["cue"] == cue] == expected


#: gaza mC7eF6pMCVaM9VW6 (NPR)
DIPLOMATS = ("The U.S. president also pushed for an immediate, unconditional cease-fire that would allow Israeli and "
             "Palestinian civilians to return to normalcy.\n\nInternational diplomats have hoped that a temporary lull in "
             "the fighting could be expanded into a more sustainable truce to end the bloodshed.")


# 2b. "International diplomats" are the gaza spec's mediators (``international``, "UN and mediators")
@pytest.mark.parametrize("spec, text, expected", [
    (GAZA, DIPLOMATS, [("International diplomats", "international")]),
    # negative: a state's diplomats keep their state
    (GAZA, DIPLOMATS.replace("International diplomats", "American diplomats"), [("American diplomats", "us")]),
])
def test_international_diplomats_party(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text) if r["cue"] == "hope that"] == expected


#: ukraine xEIXrihdnYp52J1q (Fox News)
OPTIONS = ("Neither set of penalties is expected to fully cut off Russian economic sectors from the West, an options U.S. "
           "officials have said they're holding in reserve in case Russia launches a full-on military incursion in Ukraine "
           "or takes a similarly provocative step.")


# 3. "a"/"an" cannot lead a plural head: the stray fronted object before the capitalised noun phrase is cut
@pytest.mark.parametrize("spec, text, expected", [
    (UKRAINE, OPTIONS, [("U.S. officials", "U.S. officials", "west")]),
    # negative: "a few" does lead a plural, and a singular head keeps its adjective
    (UKRAINE, "A few U.S. officials said Russia was moving troops.", [("A few U.S. officials", "A few U.S. officials", "west")]),
    (UKRAINE, "A senior U.S. official said Russia was moving troops.", [("A senior U.S. official", "A senior U.S. official", "west")]),
    # ukraine aGlkUuLhRT8VrtbI: a partitive "of" keeps the group noun
    (UKRAINE, "A team of Dutch investigators said fighting has prevented them from reaching the crash site.",
     [("A team of Dutch investigators", "A team of Dutch investigators", "west")]),
])
def test_stray_word_before_plural_speaker(spec, text, expected):
    assert [(r["speaker"], r["speaker_name"], r["party"]) for r in _rows(spec, text) if r["cue"] == "say"] == expected
