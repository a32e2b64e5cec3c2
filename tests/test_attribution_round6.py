"""Attribution round 6: the seed-9191 check's adjunct errors (docs/evaluation.md).

Real passages from the bundled corpora. After a postposed "X said", a time or occasion adjunct
("a short while ago", "before an EU leaders' summit", "after the talks ended") is not the content:
the reported words are the ones before the speaker, even when the comma sits inside a closing
quotation mark (straight, curly or NYT-style ''), and the closing mark is not part of the speaker.
"""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract
from framing.segment import sentences
from framing.spec import load_spec


def _rows(spec: str, text: str) -> list[tuple[str, str, str, str, str]]:
    rows = extract(text, sentences(text), load_spec(spec))
    return [(r["speaker"], r["party"], r["cue"], r["kind"], r["content"]) for r in rows]


@pytest.mark.parametrize("spec, text, expected", [
    ("gaza-2012-2014",
     "Egypt's effort to broker a cease-fire has been \"constructive\" and a \"pleasant surprise,\" Israeli President "
     "Shimon Peres said a short while ago.",
     [("Israeli President Shimon Peres", "israel", "say", "partial",
       "Egypt's effort to broker a cease-fire has been \"constructive\" and a \"pleasant surprise,\"")]),
    ("ukraine-2014",
     "\"Sanctions are not an end in themselves,\" but are a way to discourage Russia from further destabilizing its "
     "neighbor, EU Commission President Jose Manuel Barroso said before an EU leaders' summit.",
     [("EU Commission President Jose Manuel Barroso", "west", "say", "partial",
       "\"Sanctions are not an end in themselves,\" but are a way to discourage Russia from further destabilizing its "
       "neighbor")]),
    ("ukraine-2014",
     "``The United States, working with partners around the world, stands ready to provide support for Ukraine,'' "
     "Carney said.",
     [("Carney", "west", "say", "direct",
       "``The United States, working with partners around the world, stands ready to provide support for Ukraine,''")]),
    ("ukraine-2014",
     "Obama said Friday at the end of the summit that \"Russia's aggression against Ukraine threatens our vision of "
     "a Europe that is whole, free and at peace.\"",
     [("Obama", "west", "say", "partial",
       "\"Russia's aggression against Ukraine threatens our vision of a Europe that is whole, free and at peace.\"")]),
])
def test_adjunct_after_postposed_cue_is_not_content(spec, text, expected):
    assert _rows(spec, text) == expected


@pytest.mark.parametrize("text, content", [
    ("The offensive was over, Azerbaijan said after the talks in Brussels ended.", "The offensive was over"),
    ("Azerbaijan said before the summit that talks would resume.", "talks would resume"),
    ("The offensive was a response to provocations, Azerbaijan said on Monday.",
     "The offensive was a response to provocations"),
])
def test_occasion_adjuncts(text, content):
    assert [r[4] for r in _rows("karabakh-2023", text)] == [content]
