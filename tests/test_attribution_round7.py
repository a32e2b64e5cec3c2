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
