"""Quotation spans (framing.attribution.quotes): marks, nesting, paragraphs, unbalanced marks."""

import pytest
from hypothesis import given, strategies as st

from framing.attribution.quotes import find_quotes


@pytest.mark.parametrize("text, expected", [
    # curly marks, from the seed article
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
     [("“It will be just like any other region of Azerbaijan,”", False)]),
    # straight marks, nested single quotes stay inside
    ('He said "they called it \'a coup\' at once".', [('"they called it \'a coup\' at once"', False)]),
    # a quote over two paragraphs continues when the next paragraph opens with a mark
    ("“We will fight.\n\n“We will not give up,” he said.",
     [("“We will fight.", True), ("“We will not give up,”", False)]),
    # unbalanced within a paragraph: dropped, the next paragraph starts afresh
    ("“An open mark and no close.\n\nA new paragraph with “a quote”.", [("“a quote”", False)]),
    # NYT-style doubled apostrophes
    ("He called it ''a tragedy'' on Monday.", [("''a tragedy''", False)]),
    # wire style: ``quote''
    ("``This support can complement an IMF program,'' Carney said.", [("``This support can complement an IMF program,''", False)]),
    # a lone apostrophe is not a mark
    ("Israel's army said it's over.", []),
    # guillemets
    ("Il a dit «non».", [("«non»", False)]),
])
def test_find_quotes(text, expected):
    assert [(q.text, q.continues) for q in find_quotes(text)] == expected


@given(st.text(alphabet="ab “”\"'`\n„«»", max_size=40))
def test_quote_offsets_slice_the_text(text):
    quotes = find_quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
