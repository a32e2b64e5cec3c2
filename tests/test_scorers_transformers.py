"""Contract tests of the scorer transformers (check_estimator skips text input, so these stand in)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline

from framing.scorers.transformers import LexiconVectorizer, ScoreVectorizer, SentenceBiasTransformer, VaderVectorizer

DOCS = [
    "Margarita Simonyan, the boss of “Russia Today”, a Kremlin mouthpiece, openly mocked the Armenian leader.",
    "Russia has since retained an army base in Armenia.",
    "The deal may have prevented a massacre on Europe’s doorstep; in a single day, Azerbaijan’s drones and bombs "
    "had reportedly killed at least 200 people across the region.",
    "The Arab Spring ushered in an era of chaos into which terrorists, radicals and extremists have taken hold.",
    "Political commentators speculate whether Cameron would survive a Scottish “yes” vote.",
    "Thousands of Armenians have already abandoned their homes.",
]
Y = [1, 0, 1, 1, 0, 0]

TRANSFORMERS = {
    "lexicon": (LexiconVectorizer(), ["hedges", "boosters", "loaded", "subjectivity"]),
    "lexicon_by_class": (LexiconVectorizer(lexicons=("hedges",), by_class=True, normalize="words"),
                         ["hedges__adjective", "hedges__adverb", "hedges__epistemic_verb", "hedges__evidential",
                          "hedges__modal", "hedges__noun", "hedges__phrase"]),
    "vader": (VaderVectorizer(), ["neg", "neu", "pos", "compound"]),
    "scores": (ScoreVectorizer(scorers=("sentiment", "loaded", "bias")), ["sentiment", "loaded", "bias"]),
    "bias": (SentenceBiasTransformer(), ["bias"]),
}


@pytest.fixture(params=list(TRANSFORMERS), ids=list(TRANSFORMERS))
def case(request):
    est, names = TRANSFORMERS[request.param]
    return clone(est), names


def test_fit_transform_shape_and_names(case):
    est, names = case
    assert est.fit(DOCS) is est
    X = est.transform(DOCS)
    assert isinstance(X, np.ndarray) and X.shape == (len(DOCS), len(names)) and X.dtype == float
    assert list(est.get_feature_names_out()) == names
    np.testing.assert_array_equal(est.fit_transform(DOCS), X)
    assert np.isfinite(X).all()


def test_set_output_pandas(case):
    est, names = case
    df = est.set_output(transform="pandas").fit_transform(pd.Series(DOCS))
    assert isinstance(df, pd.DataFrame) and list(df.columns) == names and len(df) == len(DOCS)


def test_clone_keeps_params_and_drops_state(case):
    est, _ = case
    est.fit(DOCS)
    twin = clone(est)
    assert twin.get_params() == est.get_params()
    assert not hasattr(twin, "feature_names_out_")


def test_unfitted_transform_raises(case):
    from sklearn.exceptions import NotFittedError

    est, _ = case
    with pytest.raises(NotFittedError):
        est.transform(DOCS)


def test_bare_string_is_an_error(case):
    est, _ = case
    with pytest.raises(TypeError, match="bare str"):
        est.fit(DOCS[0])
    est.fit(DOCS)
    with pytest.raises(TypeError, match="bare str"):
        est.transform(DOCS[0])


def test_non_text_items_are_errors(case):
    est, _ = case
    with pytest.raises(TypeError, match="document 1 must be str"):
        est.fit(["text", 3])


def test_in_feature_union_next_to_tfidf_and_in_pipeline(case):
    est, names = case
    union = FeatureUnion([("tfidf", TfidfVectorizer()), ("scores", est)])
    X = union.fit_transform(DOCS)
    assert X.shape[0] == len(DOCS)
    assert [n for n in union.get_feature_names_out() if n.startswith("scores__")] == [f"scores__{n}" for n in names]
    pipe = Pipeline([("features", union), ("clf", LogisticRegression())]).fit(DOCS, Y)
    assert pipe.predict_proba(DOCS).shape == (len(DOCS), 2)


def test_values_on_real_sentences():
    X = LexiconVectorizer(lexicons=("loaded", "hedges")).fit_transform(DOCS)
    assert X[:, 0].tolist() == [2, 0, 1, 4, 0, 0]
    assert X[:, 1].tolist() == [0, 0, 2, 0, 2, 0]
    v = VaderVectorizer(aggregate="none").fit_transform(DOCS)
    assert v[2, 3] == -0.6597 and v[5, 3] == -0.4588
    b = SentenceBiasTransformer().fit_transform(DOCS)[:, 0]
    assert b[0] > 0.5 > b[5]


@pytest.mark.parametrize("est, message", [
    (LexiconVectorizer(lexicons=("nope",)), "unknown lexicon 'nope'; lexicons are: .*loaded"),
    (LexiconVectorizer(normalize="chars"), "normalize must be None or 'words'"),
    (VaderVectorizer(aggregate="max"), "aggregate must be 'sentences' or 'none'"),
    (ScoreVectorizer(scorers=("vibes",)), "unknown scorer 'vibes'; scorers are: sentiment"),
])
def test_bad_params_name_value_and_options(est, message):
    with pytest.raises(ValueError, match=message):
        est.fit(DOCS)


def test_str_where_sequence_of_names_expected():
    with pytest.raises(TypeError, match="sequence of names"):
        LexiconVectorizer(lexicons="loaded").fit(DOCS)


def test_pipeline_with_tfidf_trains_a_classifier():
    pipe = make_pipeline(FeatureUnion([("w", TfidfVectorizer()), ("lex", LexiconVectorizer(by_class=True))]),
                         LogisticRegression())
    pipe.fit(DOCS, Y)
    assert pipe.score(DOCS, Y) == 1.0
