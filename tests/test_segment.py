from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from framing.segment import paragraphs, sentences, tokens



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Hajiyev spoke. Then he left.", ["Mr. Hajiyev spoke.", "Then he left."]),
        ("Mrs. May and Dr. Who met Sen. Smith and Gov. Brown.", ["Mrs. May and Dr. Who met Sen. Smith and Gov. Brown."]),
        ("The U.S. and the U.N. agreed. Others did not.", ["The U.S. and the U.N. agreed.", "Others did not."]),
        ("It happened on Jan. 5. Nobody saw it.", ["It happened on Jan. 5.", "Nobody saw it."]),
        ("He lives at No. 10 Downing Street. Really.", ["He lives at No. 10 Downing Street.", "Really."]),
        ("She said no. Then she left.", ["She said no.", "Then she left."]),
        ("Mrs Smith said “No.” She left.", ["Mrs Smith said “No.”", "She left."]),
        ("John F. Kennedy was shot. It was 1963.", ["John F. Kennedy was shot.", "It was 1963."]),
        ("Inflation rose 3.5 per cent. Prices fell.", ["Inflation rose 3.5 per cent.", "Prices fell."]),
        ("“He is asking for help,” she said. “Why doesn’t he ask NATO?” Nobody answered.",
         ["“He is asking for help,” she said.", "“Why doesn’t he ask NATO?”", "Nobody answered."]),
        ('"We will win." He paused.', ['"We will win."', "He paused."]),
        ("‘It is over.’ She left.", ["‘It is over.’", "She left."]),
        ("Breaking news\n\nThe army moved in. Residents fled.", ["Breaking news", "The army moved in.", "Residents fled."]),
        ("One line ends here.\nAnother begins", ["One line ends here.", "Another begins"]),
        ("A sentence that wraps\nacross two lines.", ["A sentence that wraps\nacross two lines."]),
    ],
)
def test_sentences(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_seed_article_has_48_sentences(seed_doc):
    sents = sentences(seed_doc.text)
    assert len(sents) == 48
    assert not any(s.text.endswith(("Mr", "Mr.")) for s in sents)
    assert sents[0].text == "Things could have got much nastier, and they still might in the days and weeks ahead."
    assert sents[-1].text.startswith("“It’s hard to see a scenario”, says Laurence Broers")
    # no markup line is a sentence
    assert not any(s.text.startswith(("#", "!", ">")) or "image" in s.text for s in sents)
    assert [s.text for s in sents if "Hajiyev" in s.text] == [
        "Azerbaijan now plans to “reintegrate” Nagorno-Karabakh, says Hikmet Hajiyev, a presidential adviser.",
        "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
    ]
    assert max(s.paragraph for s in sents) == 10


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia’s army claims", ["Armenia’s", "army", "claims"]),
        ("ethnic-cleansing campaign", ["ethnic-cleansing", "campaign"]),
        ("“anti-terrorist operation”", ["“", "anti-terrorist", "operation", "”"]),
        ("3.5 km, U.S. troops", ["3.5", "km", ",", "U.S", ".", "troops"]),
    ],
)
def test_tokens(text, expected):
    assert [t.text for t in tokens(text)] == expected


def test_paragraph_offsets():
    text = "Head\n\nOne. Two.\nThree"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Head", "One. Two.", "Three"]


QUOTES = "“”‘’\"'«»„"
texty = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.lists(
    st.sampled_from(list("ab .?!\n\tA" + QUOTES) + ["Mr. ", "No. ", "U.S. ", "\n\n", "■"]), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(texty)
def test_spans_are_exact_ordered_and_disjoint(text):
    sents = sentences(text)
    prev_end = 0
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert s.text.strip() == s.text and s.text
        assert s.start >= prev_end
        prev_end = s.end
        prev_tok = s.start
        for t in tokens(text, s.start, s.end):
            assert text[t.start:t.end] == t.text
            assert prev_tok <= t.start < t.end <= s.end
            prev_tok = t.end


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "“", "”", "\"", "’’’", "...", "■"])
def test_degenerate_inputs(text):
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_rejects_non_string():
    with pytest.raises(TypeError, match="expects a str"):
        sentences(None)  # type: ignore[arg-type]
