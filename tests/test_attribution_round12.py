"""Attribution round 12: the seed 9797, 1212 and 3434 reviews' party, speaker-name and content errors.

Real passages from the bundled corpora: a possessive role ("His Cabinet chief", "his spokesman") takes the
possessor's party but keeps its own name; so does a role whose complement names a person ("A spokesman for
Netanyahu", "an official in President Obama's administration"); a surname shared by two spec people follows the
one the article named; a statement in a fronted "While …," clause ends before a main clause with a pronoun
subject; the Maidan opposition is ``ukraine`` in its spec.
"""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract
from framing.attribution.mentions import matcher
from framing.segment import sentences
from framing.spec import load_spec

GAZA, UKRAINE = "gaza-2012-2014", "ukraine-2014"


def _rows(spec: str, text: str) -> list[dict]:
    return extract(text, sentences(text), load_spec(spec))


def _who(spec: str, text: str, cue: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_name"], r["party"]) for r in _rows(spec, text) if r["cue"] == cue]


#: gaza YJ6sezG1wbUcGBCU (CNN)
TAHTAWI = ('"Egypt will not leave Gaza alone, and what is happening there is a blatant aggression against humanity," '
           "said Egyptian President Mohammed Morsy.\n\nHis Cabinet chief noted, however, that Egypt's peace treaty with "
           'Israel is safe.\n\n"But respecting a peace treaty does not mean to stay idle or indifferent to what is going '
           'on along our borders," said Mohamed Refa\'a al-Tahtawi, who promised "medical, logistical and humanitarian '
           'support."')
#: gaza wspBFYHfwBjikoMF (CNN)
REGEV = ("A spokesman for Netanyahu told CNN on Thursday that Hamas' stance toward Israel harms the ability to "
         "negotiate.")


# 1. a possessive role or a role with a person as its complement: that person's party, the role's own name
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, TAHTAWI, "note", [("His Cabinet chief", "His Cabinet chief", "international")]),
    # the name first seen right after a sentence opened by that role takes the possessor's party too
    (GAZA, TAHTAWI, "say", [("Egyptian President Mohammed Morsy", "Mohammed Morsy", "international"),
                            ("Mohamed Refa'a al-Tahtawi", "Mohamed Refa'a al-Tahtawi", "international")]),
    (GAZA, REGEV, "tell", [("A spokesman for Netanyahu", "A spokesman for Netanyahu", "israel")]),
    (GAZA, "A senior official in U.S. President Obama's administration told CNN that the White House is asking Egypt "
           "and Turkey to urge the group to de-escalate the rocket attacks.", "tell",
     [("A senior official in U.S. President Obama's administration",
       "A senior official in U.S. President Obama's administration", "us")]),
    (UKRAINE, "Russian President Vladimir Putin spoke with Yanukovych overnight, his spokesman said.", "say",
     [("his spokesman", "his spokesman", "russia")]),
    # negative: a title before the name is the person ("Secretary of State John Kerry" is Kerry)
    (GAZA, "Secretary of State John Kerry said the talks would resume.", "say",
     [("Secretary of State John Kerry", "John Kerry", "us")]),
])
def test_role_of_a_named_person(spec, text, cue, expected):
    assert _who(spec, text, cue) == expected


# 2. a surname two spec people share: the one of them the article named
@pytest.mark.parametrize("text, expected", [
    ("Interior Minister Vitali Zakharchenko said the violence had been provoked by the opposition leaders.",
     [("Interior Minister Vitali Zakharchenko", "Vitali Zakharchenko", "ukraine")]),
    # ukraine Y00Zn1VjIeg5hjrZ (CNN): the separatist leader, named in full first
    ("Alexander Zakharchenko claims there are between 3,000 and 4,000 Russian volunteers fighting with the rebels. "
     "Some of these individuals are retired Russian military, Mr. Zakharchenko said in a televised statement.",
     [("Mr. Zakharchenko", "Alexander Zakharchenko", "separatists")]),
])
def test_shared_surname_follows_the_article(text, expected):
    assert _who(UKRAINE, text, "say") == expected


def test_shared_surname_mentions():
    text = "Vitali Zakharchenko spoke. Zakharchenko left. Alexander Zakharchenko spoke. Mr. Zakharchenko left."
    found = [(m.text, m.party, m.person) for m in matcher(load_spec(UKRAINE)).find(text)]
    assert found == [("Vitali Zakharchenko", "ukraine", "Vitali Zakharchenko"),
                     ("Zakharchenko", "ukraine", "Vitali Zakharchenko"),
                     ("Alexander Zakharchenko", "separatists", "Alexander Zakharchenko"),
                     ("Mr. Zakharchenko", "separatists", "Alexander Zakharchenko")]


#: ukraine l6iVch5Jmjtzm9er (Fox News)
WHILE = ("While opposition leaders agreed that protesters should hand over any weapons and withdraw from occupied "
         "buildings and protest camps around the country, it’s far from clear whether the thousands of demonstrators "
         "camped out in Kiev Friday will go home.")


# 3. a statement inside a fronted "While …," clause ends before the main clause, also one with a pronoun subject
@pytest.mark.parametrize("text, expected", [
    (WHILE, [("opposition leaders", "ukraine", "protesters should hand over any weapons and withdraw from occupied "
                                               "buildings and protest camps around the country")]),
    # negative: without the fronted "While", the comma inside the content does not end it
    ("Opposition leaders agreed that if protesters leave the buildings, they will be safe.",
     [("Opposition leaders", "ukraine", "if protesters leave the buildings, they will be safe")]),
])
def test_fronted_while_clause_ends_content(text, expected):
    assert [(r["speaker"], r["party"], r["content"]) for r in _rows(UKRAINE, text) if r["cue"] == "agree"] == expected
