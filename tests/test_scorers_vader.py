"""The fast VADER against the reference vaderSentiment on every sentence of the bundled corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.scorers import vader
from framing.segment import sentences

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus_sentences():
    out = []
    for name in ("gaza-2012-2014", "ukraine-2014", "karabakh-2023"):
        for doc in framing.load_corpus(ROOT / "corpora" / name):
            out.extend(s.text for s in sentences(doc.text))
    return out


def test_agrees_with_reference_on_5000_real_sentences(corpus_sentences):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert len(corpus_sentences) >= 5000
    ref = SentimentIntensityAnalyzer()
    close = sum(abs(ref.polarity_scores(s)["compound"] - vader.compound(s)) <= 1e-3 for s in corpus_sentences)
    assert close / len(corpus_sentences) >= 0.99


@pytest.mark.parametrize("text", [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "At least it isn't a horrible book.", "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!", "Catch utf-8 emoji such as 💘 and 💋 and 😁", "Not bad at all",
    "Without a doubt, excellent idea.", "Roger Dodger is one of the least compelling variations on this theme.",
    "With VADER, sentiment analysis is the shit!", "Sentiment analysis has never been this good!",
    "No good, no bad, nor ugly.", "It was kind of good but sort of bad??", "", "   ",
    "But, but, but good good good but bad bad.",
])
def test_every_rule_matches_reference(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert vader.polarity_scores(text) == SentimentIntensityAnalyzer().polarity_scores(text)


@pytest.mark.parametrize("text, expected", [
    # seed article
    ("The deal may have prevented a massacre on Europe’s doorstep; in a single day, Azerbaijan’s drones and bombs "
     "had reportedly killed at least 200 people across the region.", -0.6597),
    ("It snowballed into a brutal war in the early 1990s, after the Soviet empire collapsed.", -0.8779),
    ("Images showed Armenians hunkering down in basements as sirens sounded over Stepanakert, the regional capital.", 0.0),
])
def test_compound_of_seed_sentences(text, expected):
    assert vader.compound(text) == expected


def test_long_text_is_the_mean_of_sentences_not_saturated(seed_doc):
    whole = vader.compound(seed_doc.text)
    per_sentence = vader.text_sentiment(seed_doc.text)
    assert abs(whole) > 0.99  # VADER's compound saturates on a whole article
    assert -0.5 < per_sentence < 0.2
    comps = [vader.compound(s.text) for s in sentences(seed_doc.text)]
    assert per_sentence == pytest.approx(sum(comps) / len(comps), abs=1e-4)


def test_lexicon_comes_from_the_reference_package():
    assert len(vader.lexicon()) > 7000 and vader.lexicon()["brutal"] < 0 and "massacre" not in vader.lexicon()
