"""Attribution round 10, party resolution: the seed 5151/5252 review (kinds A1-A6) and seed 2727 (#5, #12, #14).

Real passages of the bundled corpora (gaza-2012-2014, ukraine-2014), cut out of ``articles.jsonl`` between two
markers so that the rule sees the context it needs:

1. the ``places`` of a population party inside the speaker phrase ("some in Gaza") or as the scene (a dateline,
   the last "in <place>" of the narration) give private speakers that party, however far back the scene was set;
2. a surname resolves first to a full name earlier in the document, only then to a spec person;
3. "D-Montana", "R- Missouri", "serving in the Senate" mark a member of Congress (us / west), over "veteran";
4. a demonym or country inside a private organisation's name ("the Polish Fruitgrowers Association") is no state;
5. a bare state organ ("Police said") takes the one country named in its sentence or the one before;
6. an identifiable role of no spec party ("an Islamist leader", "the country's Independent Elections Commission")
   is ``other``;
7. spelling variants of spec people ("Tiahnybok").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from .attribution_rows import GAZA, UKRAINE, rows as _rows


CORPORA = Path(__file__).resolve().parents[1] / "corpora"


@lru_cache(maxsize=None)
def _article(corpus: str, doc_id: str) -> str:
    import framing

    for doc in framing.load_corpus(CORPORA / corpus):
        if doc.id == doc_id:
            return doc.text
    raise KeyError(doc_id)


def passage(corpus: str, doc_id: str, first: str, last: str) -> str:
    """The article's text from the first occurrence of ``first`` to the end of the next ``last``."""
    text = _article(corpus, doc_id)
    a = text.index(first)
    b = text.index(last, a) + len(last)
    return text[a:b]


def _speaker_rows(spec: str, text: str, speaker: str) -> list[tuple[str, str]]:
    """``(party, speaker_name)`` of each row whose speaker phrase is ``speaker``."""
    return [(r["party"], r["speaker_name"]) for r in _rows(spec, text) if r["speaker"] == speaker]


# 1. A1, 2727 #5/#12: a place in the speaker phrase, or the scene (dateline, last "in <place>"), for private speakers
SOME_IN_GAZA = (GAZA, "YuaXEsUSO2qxVA64", "In Gaza City, people lined", 'to its knees."')
KIRYAT_MALACHI = (GAZA, "15FBjaVLA6bOpzny", "It was just after 8 a.m. when the sirens", "neighbors said.")
NETIV_HAASARA = (GAZA, "2gYIddWujsNfFLbf", "Avi Panzer, standing next", "raise our children here,\" Ben-Ari said")
NETIV_HAASARA_VISITOR = (GAZA, "2gYIddWujsNfFLbf", "Avi Panzer, standing next", "\"I'm confident the U.S. government")
AMNAH_HASSAN = (GAZA, "qHzZnu8c3Ia8vY9T", "Coming weeks after the emir", "going to happen later.”")
KERSTHOLD = (GAZA, "1qPkuXKL0D1SKnna", "Janelle Dumalaon, Jennifer Collins", "be a lot more careful where I walk, etc.\"")
#: the refugee from Haifa speaks in Gaza City (round 9): the origin is no scene
RAJAH = (GAZA, "g3ltsH7vAcuZYBVY", "There were, actually, still funerals", "who had kissed the militants when they arrived.")


@pytest.mark.parametrize("where, speaker, expected", [
    (SOME_IN_GAZA, "some in Gaza", [("palestinians", "some in Gaza")]),
    (KIRYAT_MALACHI, "Neighbors", [("israel", "Neighbors")]),
    (KIRYAT_MALACHI, "neighbors", [("israel", "neighbors")]),  # 650 characters after "in Kiryat Malachi"
    (NETIV_HAASARA, "Ben-Ari", [("israel", "Ben-Ari")]),  # the dateline "NETIV HAASARA, Israel —"
    (AMNAH_HASSAN, "Ms. Hassan", [("palestinians", "Amnah Hassan")]),
    # negatives: a visitor "of West Hempstead, N.Y." is of no party; the refugee from Haifa stands in Gaza City
    (NETIV_HAASARA_VISITOR, "Alison Gross of West Hempstead, N.Y.", [("other", "Alison Gross of West Hempstead, N.Y.")]),
    (RAJAH, "Mohamed Rajah", [("palestinians", "Mohamed Rajah")]),
    # negative: "…, 29, a New Yorker who has lived in Berlin" is not of the Gaza scene set far back in the article
    (KERSTHOLD, "Giulia Pines Kersthold", [("other", "Giulia Pines Kersthold")] * 2),
])
def test_places_in_speaker_phrase_and_scene(where, speaker, expected):
    assert _speaker_rows(where[0], passage(*where), speaker) == expected


@pytest.mark.parametrize("spec, text, speaker, party", [
    # negative: a place named inside a quotation sets no scene for the narration's next private speaker
    (GAZA,
     '"We will go back to Gaza when it is over," she said. Neighbors said the family had left a week earlier.',
     "Neighbors", "other"),
    # negative: a new scene of no spec party ends the old one
    (GAZA,
     "In Gaza City, people lined up in front of bakeries. In Cairo, Egyptian mediators met both delegations. "
     "Residents said they had not slept.",
     "Residents", "other"),
])
def test_scene_limits(spec, text, speaker, party):
    assert [r["party"] for r in _rows(spec, text) if r["speaker"] == speaker] == [party]


# 2. 2727 #14: a surname resolves to the full name earlier in the document before the spec's people
MYKHAILO_LYSENKO = (UKRAINE, "nWzAygdUIsn4iz4N", "Rebels backed by Russian tanks", "referring to the fighting in the south.")
ANDRIY_LYSENKO = (UKRAINE, "VYyMqzXiABji2yBA", "Ukraine security spokesman Andriy Lysenko", "completely blocked the railway line,\" Lysenko said.")


@pytest.mark.parametrize("where, expected", [
    (MYKHAILO_LYSENKO, [("ukraine", "Mykhailo Lysenko")]),
    # negative: the spec's Andriy Lysenko, named in full earlier, stays himself
    (ANDRIY_LYSENKO, [("ukraine", "Andriy Lysenko")]),
])
def test_surname_prefers_earlier_full_name(where, expected):
    assert _speaker_rows(where[0], passage(*where), "Lysenko") == expected


# 3. A2: US legislators from "D-Montana", "R- Missouri", "serving in the Senate"; the office beats "veteran"
WALSH = (UKRAINE, "WDkPlhhth0PI6ieK", "Veteran Suicide: The issue", "taking that warrior and reintegrating him back into society,” he said.")
BLUNT = (GAZA, "DXTIf1nQRm2C39N9", "On CNN's \"State of the Union,\" Rep. Dutch", "found Obama's words on the violence \"helpful.\"")


@pytest.mark.parametrize("where, speaker, expected", [
    (WALSH, "Walsh", [("west", "John Walsh")]),
    (WALSH, "he", [("west", "John Walsh")]),
    (BLUNT, "Sen. Roy Blunt", [("us", "Roy Blunt")] * 2),
    # negative: the tag after a representative's name was already read
    (BLUNT, "Rep. Dutch Ruppersberger", [("us", "Dutch Ruppersberger")]),
])
def test_us_legislator_tags(where, speaker, expected):
    assert [(p, re.sub(r"^(?:Sen|Rep)\. ", "", n)) for p, n in _speaker_rows(where[0], passage(*where), speaker)] == expected


# 4. A3: a demonym or country inside a private organisation's proper name is no state
SOLIS = (UKRAINE, "aGlkUuLhRT8VrtbI", "Tomasz Solis, deputy head", "affected our relations with Russia.\"")
TARANTINO = (UKRAINE, "WDkPlhhth0PI6ieK", "The cost of the bill is not yet known", "Iraq and Afghanistan Veterans of America.")
SIKORSKI = (UKRAINE, "AbwXSDfoCYsNzYGj", "Putin is showing no sign", "combat readiness on the Ukraine border.")


@pytest.mark.parametrize("where, speaker, party", [
    (SOLIS, "Tomasz Solis", "other"),
    (TARANTINO, "Tom Tarantino", "other"),
    # negative: a state office after the demonym
    (SIKORSKI, "Polish Foreign Minister Radoslaw Sikorski", "west"),
])
def test_demonym_inside_private_organisation(where, speaker, party):
    assert [p for p, _ in _speaker_rows(where[0], passage(*where), speaker)] == [party]


# 5. A5: a bare state organ takes the country named in its sentence or the sentence before
LVIV = (UKRAINE, "QLS0f6751qjvVb9q", "A protester rushes through a broken door",
        "local government offices in a number of regions.")


@pytest.mark.parametrize("spec, text, speaker, party", [
    (UKRAINE, passage(*LVIV), "Police", "ukraine"),
    # negative: the police named with their country before keep it (institution_before)
    (GAZA, "Israeli police spokesman Micky Rosenfeld said two bombs were planted. Police said they were seeking suspects.",
     "Police", "israel"),
    # negative: two countries named just before: nobody can tell whose police
    (UKRAINE, "Russia and Ukraine traded accusations on Monday. Police said three people were detained.", "Police", ""),
])
def test_bare_state_organ_takes_named_country(spec, text, speaker, party):
    assert [r["party"] for r in _rows(spec, text) if r["speaker"] == speaker] == [party]


# 6. A4: an identifiable role or named institution of no spec party is ``other``, not ""
ISLAMIST_LEADER = (GAZA, "9ml6nAviB2S8obVK", "Fighting between supporters and opponents", "an Islamist leader told Agence France-Presse.")
ELECTIONS_COMMISSION = (UKRAINE, "07Zd2vAk2nS9QZoR", "Afghanistan is where NATO", "according to the country's Independent Elections Commission.")
ADVOCATES = (UKRAINE, "f0CMurHFxfrX2Jxr", "The other mode calls for the US", "too divided to come to a timely decision on sanctions.")


@pytest.mark.parametrize("where, speaker, party", [
    (ISLAMIST_LEADER, "an Islamist leader", "other"),
    (ELECTIONS_COMMISSION, "the country's Independent Elections Commission", "other"),
    # negative: an unnamed camp nobody can identify stays ""
    (ADVOCATES, "advocates of this position", ""),
])
def test_identifiable_role_of_no_party_is_other(where, speaker, party):
    assert [p for p, _ in _speaker_rows(where[0], passage(*where), speaker)] == [party]


# 7. A6: a spelling variant of a spec person
TIAHNYBOK = (UKRAINE, "y9fdYXimBAhAb1fD", "UPDATE 11:44 AM ET: The Kyiv Post reports", "February 22, 2014")


@pytest.mark.parametrize("where, speaker, expected", [
    (TIAHNYBOK, "Tiahnybok", [("ukraine", "Oleh Tiahnybok")]),
    # negative: the Kyiv Post stays a news outlet
    (TIAHNYBOK, "The Kyiv Post", [("other", "The Kyiv Post")]),
])
def test_spelling_variant_of_spec_person(where, speaker, expected):
    assert _speaker_rows(where[0], passage(*where), speaker) == expected
