"""framing.segment's own Punkt gives the spans of NLTK's PunktSentenceTokenizer with the same parameters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.segment import ABBREVIATIONS, _punkt_spans, _straight_quotes, paragraphs

from .conftest import ROOT

punkt = pytest.importorskip("nltk.tokenize.punkt")


class _NewsLanguageVars(punkt.PunktLanguageVars):
    sent_end_chars = (".", "?", "!")


def _nltk_spans(text: str) -> list[tuple[int, int]]:
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return list(punkt.PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars()).span_tokenize(text))


def _chunks(text: str) -> list[str]:
    normalised = _straight_quotes(text)
    return [normalised[s:e] for s, e in paragraphs(text)]


def test_same_spans_as_nltk_on_every_bundled_paragraph():
    corpus = framing.load_corpus(sorted(p for p in (ROOT / "corpora").iterdir() if p.is_dir()))
    chunks = [c for doc in corpus for c in _chunks(doc.text)]
    assert len(chunks) > 2000
    assert [list(_punkt_spans(c)) for c in chunks] == [_nltk_spans(c) for c in chunks]


@pytest.mark.parametrize(
    "text",
    [
        "Very bad acting!!! I promise.",
        "He said (\"No.\") Then left.",
        "It cost $3.5m. In 2014 it fell... Then? It rose!",
        "Mr. Smith met Gen. Jones at 5 p.m. on Jan. 3. They talked.",
        "See fig. 3. É. Zola wrote it. The end.",
        "Items: 1. apples 2. pears. Done -- really. Yes.",
        " . . . trailing. ",
        "A.\nB. c.\n\nD?",
        "'Quoted.' (Bracketed.) [Square.] {Curly.} Next.",
    ],
)
def test_same_spans_as_nltk(text):
    assert list(_punkt_spans(text)) == _nltk_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("aZé3 .,;:!?-\"'()[]{}\n\t\xa0\x1c") + ["Mr", "No", "U.S", "p.m", "...", "--", "F."]),
               max_size=40).map("".join))
def test_same_spans_as_nltk_on_generated_text(text):
    assert list(_punkt_spans(text)) == _nltk_spans(text)


def _regex_paragraph_breaks(text):
    from framing.segment import _PARAGRAPH_BREAK

    return [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]


def _slow_word_count(text):
    from framing.segment import _TOKEN

    return sum(1 for m in _TOKEN.finditer(text) if m.group()[0].isalnum())


def test_fast_paragraph_breaks_and_word_count_on_the_corpora():
    from framing.segment import _paragraph_breaks, word_count

    corpus = framing.load_corpus(sorted(p for p in (ROOT / "corpora").iterdir() if p.is_dir()))
    for doc in corpus:
        assert list(_paragraph_breaks(doc.text)) == _regex_paragraph_breaks(doc.text)
        assert word_count(doc.text) == _slow_word_count(doc.text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("a_3 \n\n\t\r\x0b.!?\"'”’)■-’") + ["\n\n", " \n", ".\n", "a_b", "_x"]),
                max_size=30).map("".join))
def test_fast_paragraph_breaks_and_word_count(text):
    from framing.segment import _paragraph_breaks, word_count

    assert list(_paragraph_breaks(text)) == _regex_paragraph_breaks(text)
    assert word_count(text) == _slow_word_count(text)


def _reference_sentences(text):
    """framing.segment.sentences as it was with NLTK's tokenizer (before the fast paths)."""
    from framing.segment import _QUOTE_MAP, _join_bang_names, _split_no, _strip

    normalised = text.translate(_QUOTE_MAP)
    out = []
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = normalised[p_start:p_end]
        for s, e in _join_bang_names(chunk, _nltk_spans(chunk)):  # "Yahoo! News" does not end a sentence
            for s2, e2 in _split_no(text, p_start + s, p_start + e):
                s2, e2 = _strip(text, s2, e2)
                if e2 > s2:
                    out.append((s2, e2, text[s2:e2], p_idx))
    return out


def test_sentences_equal_the_nltk_based_ones_on_every_bundled_document():
    from framing.segment import sentences

    corpus = framing.load_corpus(sorted(p for p in (ROOT / "corpora").iterdir() if p.is_dir()))
    for doc in corpus:
        assert [tuple(s) for s in sentences(doc.text)] == _reference_sentences(doc.text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("aZ3 .!?\"“”‘’\n") + ["No. ", "no. ", "Mr. ", "\n\n", "U.S. "]),
                max_size=30).map("".join))
def test_sentences_equal_the_nltk_based_ones(text):
    from framing.segment import sentences

    assert [tuple(s) for s in sentences(text)] == _reference_sentences(text)
