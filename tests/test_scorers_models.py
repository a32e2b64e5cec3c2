"""The shipped models: JSON round trips, fast inference equal to scikit-learn, target sentiment on real sentences."""

from __future__ import annotations

import numpy as np
import pytest

import framing
from framing import scorers
from framing.scorers import bias, target, target_model
from framing.segment import sentences


@pytest.fixture(scope="module")
def corpus_sentences():
    docs = framing.load_corpus("corpora/ukraine-2014")
    return [s.text for d in list(docs)[:15] for s in sentences(d.text)]


def test_fast_bias_equals_scikit_learn(corpus_sentences):
    fast = bias._fast().predict_proba(corpus_sentences)
    slow = bias._model().predict_proba(corpus_sentences)
    assert np.abs(fast - slow).max() < 1e-9


def test_bias_model_file_is_json_and_small():
    from importlib import resources

    res = resources.files("framing") / "data" / "models" / bias.MODEL_FILE
    assert len(res.read_bytes()) < 2_000_000
    d = bias._model_dict()
    assert d["format"] == "framing-bias-model" and len(d["coef"]) == len(d["word"]["terms"]) + len(d["char"]["terms"]) + len(d["dense_features"])


def test_target_model_round_trip():
    m = target_model._model()
    again = target_model.TargetSentimentModel.from_dict(m.to_dict(min_abs=0))
    items = [("Azerbaijan launched a brutal assault, while Armenia's leader pleaded for peace.", 0, 10)]
    np.testing.assert_allclose(again.predict_proba(items), m.predict_proba(items))


def test_fast_target_equals_scikit_learn():
    # the scorer is built from the model file without scikit-learn; the numbers are the fitted model's
    text = framing.load_corpus("corpora/ukraine-2014")
    spec = framing.load_spec("ukraine-2014")
    items = []
    for d in list(text)[:6]:
        sents = sentences(d.text)
        for m in target.find_mentions(d.text, spec, sents):
            s = sents[m["sent_idx"]]
            items.append((s.text, m["start"] - s.start, m["end"] - s.start))
    assert len(items) > 50
    fast = target_model._fast().predict_proba(items)
    slow = target_model._model().predict_proba(items)
    assert np.abs(fast - slow).max() < 1e-9


# (sentence, target, expected sign of the sentiment toward the target)
TARGETS = [
    # seed article
    ("Margarita Simonyan, the boss of “Russia Today”, a Kremlin mouthpiece, openly mocked the Armenian leader.",
     "the Armenian leader", -1),
    ("Since the 2020 war, Armenia has regularly accused Russia, with which it has a defence pact, of leaving it out in "
     "the cold, and drawn closer to America.", "Russia", -1),
    ("Officials in Baku claim the Karabakh Armenians are welcome to stay and enjoy the rights extended to "
     "Azerbaijan’s other minorities.", "the Karabakh Armenians", 1),
    # gaza corpus
    ("Israeli officials acknowledge that Hamas surprised them by enduring the savage round of fighting and firing "
     "more than 100 rockets a day despite the pounding it took.", "Hamas", -1),
    # ukraine corpus
    ("“I sure admire him, and I especially appreciate the priority he gives to education and immigration.”",
     "him", 1),
]


@pytest.mark.parametrize("text, mention, sign", TARGETS)
def test_target_sentiment_on_real_sentences(text, mention, sign):
    start = text.index(mention)
    score = scorers.target_sentiment(text, start, start + len(mention))
    assert -1 <= score <= 1 and np.sign(score) == sign
    proba = target_model.target_proba(text, start, start + len(mention))
    assert sum(proba.values()) == pytest.approx(1.0)


def test_two_parties_in_one_sentence_are_scored_apart():
    s = "Azerbaijan launched a brutal assault, while Armenia's leader pleaded for peace."
    assert scorers.target_sentiment(s, 0, 10) < scorers.target_sentiment(s, 44, 51)


@pytest.mark.parametrize("text, expected", [
    ("Officials in Baku met Russian peacekeepers.", [("Officials in Baku", "azerbaijan"), ("Russian peacekeepers", "russia")]),
    ("Mr Pashinyan accused Russia of failing in its peacekeeping duties.", [("Pashinyan", "armenia"), ("Russia", "russia")]),
    ("Nothing happened here.", []),
])
def test_find_mentions_from_spec(text, expected):
    rows = target.find_mentions(text, framing.load_spec("karabakh-2023"), sentences(text))
    assert [(r["text"], r["party"]) for r in rows] == expected
    assert all(text[r["start"]:r["end"]] == r["text"] and r["sent_idx"] == 0 for r in rows)


@pytest.mark.parametrize("text, span, clause", [
    ("Russia mediated, but Azerbaijan attacked.", "Azerbaijan", "Azerbaijan attacked."),
    ("The deal may have prevented a massacre on Europe’s doorstep; in a single day, Azerbaijan’s drones and bombs "
     "had reportedly killed at least 200 people across the region.", "Azerbaijan",
     "in a single day, Azerbaijan’s drones and bombs had reportedly killed at least 200 people across the region."),
])
def test_clause_span(text, span, clause):
    a = text.index(span)
    l, r = target.clause_span(text, a, a + len(span))
    assert text[l:r] == clause
