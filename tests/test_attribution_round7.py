"""Attribution round 7: the seed-7373 check's errors (docs/evaluation.md).

Real passages from the bundled corpora: an ASCII "--" aside ends content, a tweeted image is no
statement, a hypothetical passive belief credits nobody, a participle after an event says nothing,
an unnamed spokesman takes the party of the body that was the previous sentence's subject, and
indirect content ends before the writer's ", but …" caveat.
"""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract
from framing.segment import sentences
from framing.spec import load_spec


def _rows(spec: str, text: str) -> list[tuple[str, str, str, str, str]]:
    rows = extract(text, sentences(text), load_spec(spec))
    return [(r["speaker"], r["party"], r["cue"], r["kind"], r["content"]) for r in rows]


@pytest.mark.parametrize("spec, text, speaker, party", [
    ("gaza-2012-2014",
     "The Israeli military said Friday night that it had killed a militant. A military spokesman said that earlier in "
     "the day, the Israel Defense Forces had sent text messages to about 12,000 Gaza residents.",
     "A military spokesman", "israel"),
    ("gaza-2012-2014",
     "First, though, Hamas faces an enormous rebuilding effort, with at least 10 of its government buildings destroyed. "
     "A spokesman said that the government kept most records on laptops, but the Abu Khadra complex is gone.",
     "A spokesman", "hamas"),
    # the previous sentence's subject is no party, or the role does not match the body: no party
    ("gaza-2012-2014",
     "Rockets hit Ashkelon on Monday. A spokesman said that the government kept most records on laptops.",
     "A spokesman", ""),
    ("gaza-2012-2014",
     "Hamas fired rockets at Israel. A military spokesman said that the army responded.",
     "A military spokesman", ""),
])
def test_unnamed_spokesman_takes_previous_subject_body(spec, text, speaker, party):
    rows = [r for r in _rows(spec, text) if r[0] == speaker]
    assert [r[1] for r in rows] == [party]


@pytest.mark.parametrize("spec, text, expected", [
    # an unpaired ASCII "--" (or "—") aside is the writer's comment
    ("ukraine-2014",
     "Western leaders slam Russia for backing separatists in Ukraine and fueling violence there -- accusations the "
     "Kremlin denies but can't seem to shake.",
     [("Western leaders", "west", "slam", "indirect", "Russia for backing separatists in Ukraine and fueling violence there")]),
    # a paired aside stays inside the content
    ("ukraine-2014",
     "White House spokesman Josh Earnest said Friday that -- whatever the Kremlin says -- the reality is Russian "
     "troops are inside the Ukraine.",
     [("White House spokesman Josh Earnest", "west", "say", "indirect",
       "-- whatever the Kremlin says -- the reality is Russian troops are inside the Ukraine")]),
    # the writer's ", but with no … monitors in place, it was … impossible to confirm" caveat is not the organisers'
    ("ukraine-2014",
     "Election organizers told the Associated Press that turnout topped 70 percent by late afternoon Sunday, but with "
     "no international election monitors in place, it was all but impossible to confirm such claims.",
     [("Election organizers", "", "tell", "indirect", "turnout topped 70 percent by late afternoon Sunday")]),
    # a tweeted image is no statement; a tweet's words are
    ("gaza-2012-2014",
     "The al-Qassam Brigade tweeted a screen shot from Hamas-run al Aqsa TV, showing the mangled body of a child.",
     []),
    ("gaza-2012-2014",
     "Israel Defense Forces tweeted that \"tn the past 30 minutes we targeted 13 terror sites, mainly underground rocket "
     "launchers.\"",
     [("Israel Defense Forces", "israel", "tweet", "partial",
       "\"tn the past 30 minutes we targeted 13 terror sites, mainly underground rocket launchers.\"")]),
    # a hypothetical passive perception ("could be perceived by Russia as") credits Russia with nothing
    ("ukraine-2014",
     "The administration's rationale for not providing nonlethal equipment is that it could be perceived by Russia as "
     "\"destabilizing\" and as a \"force-multiplier,\" and, therefore, too provocative.",
     []),
    # a speculative participle after an event or the writer's clause has no speaker
    ("ukraine-2014",
     "Sunday's action was, however, a marked escalation, suggesting that one side or the other was on the attack.",
     []),
])
def test_round7_statements(spec, text, expected):
    assert _rows(spec, text) == expected


def test_actual_passive_perception_still_credits_holder():
    rows = _rows("gaza-2012-2014", "The blockade is viewed by Hamas as a collective punishment of Gaza's people.")
    assert [(r[0], r[1]) for r in rows] == [("Hamas", "hamas")]


@pytest.mark.parametrize("text, content", [
    # a coordinate after the dash goes on with the reported words
    ("He estimated that Israeli forces destroyed another 3,000 rockets on the ground -- but that Hamas has an equal "
     "number for future use.",
     "Israeli forces destroyed another 3,000 rockets on the ground -- but that Hamas has an equal number for future use"),
    # an ASCII aside after the dash is the writer's
    ("Medvedev also said that Russia is considering banning Western carriers from flying over Russia on flights to "
     "and from Asia -- a move that would significantly swell costs and increase flight time.",
     "Russia is considering banning Western carriers from flying over Russia on flights to and from Asia"),
    # an em dash is left alone: PolNeAR's annotators keep what follows it in the content
    ("Israeli officials said their Iron Dome system shot down 350 incoming rockets — 88 percent of all targets "
     "assigned to the missile defense interceptors.",
     "their Iron Dome system shot down 350 incoming rockets — 88 percent of all targets assigned to the missile "
     "defense interceptors"),
])
def test_dash_aside_or_coordinate(text, content):
    assert [r[4] for r in _rows("gaza-2012-2014", text)] == [content]
