"""The spec-free MFC frame scorer: lexicon, rates, and the scikit-learn classifier."""

from __future__ import annotations

import csv
import io
from importlib import resources

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_union

from framing.frames.mfc import DIMENSIONS, LEXICON, MFCClassifier, MFCLexiconScorer, load_lexicon, mfc_scores
from tests.conftest import need_datasets


def test_lexicon_file_and_datasheet():
    folder = resources.files("framing") / "data" / "lexicons"
    rows = list(csv.DictReader(io.StringIO((folder / LEXICON).read_text(encoding="utf-8")), delimiter="\t"))
    assert list(rows[0]) == ["term", "class", "weight"]
    assert {r["class"] for r in rows} == set(DIMENSIONS)
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms)), "a term belongs to one dimension only"
    sheet = (folder / "mfc_frames.md").read_text(encoding="utf-8")
    for heading in ("Source", "Licence", "Method", "Size", "Known limits"):
        assert heading in sheet
    assert str(len(rows)) in sheet
    assert all(len(v) >= 15 for v in load_lexicon().values())


@pytest.mark.parametrize("text, expected", [
    ("Mr Hajiyev said Azerbaijan's troops and drones had taken control after the attack.", {"Security_and_defense"}),
    ("The supreme court ruled the law unconstitutional.", {"Legality_Constitutionality_and_jurisprudence"}),
    ("Police arrested the suspect, who was later convicted of murder.", {"Crime_and_punishment"}),
    ("Inflation and unemployment hit the economy; the budget deficit grew.", {"Economic"}),
    ("A new poll shows the public is outraged.", {"Public_opinion"}),
    ("Senators and lawmakers from both parties voted for the bill.", {"Political"}),
    ("The outbreak of plague filled hospitals with patients.", {"Health_and_safety"}),
    ("Sanctions were discussed with diplomats at the summit.", {"External_regulation_and_reputation"}),
    ("It is immoral and evil, a sin against God.", {"Morality"}),
    ("Ethnic Armenians fear for their culture and heritage.", {"Cultural_identity"}),
    ("The weather was mild on Tuesday.", set()),
])
def test_mfc_scores(text, expected):
    scores = mfc_scores(text)
    assert list(scores) == list(DIMENSIONS)
    assert {d for d, v in scores.items() if v > 0} == expected


def test_mfc_scores_rejects_non_text():
    with pytest.raises(TypeError, match="expects a str"):
        mfc_scores(["a list"])


def test_lexicon_scorer_is_a_transformer():
    sc = MFCLexiconScorer().set_output(transform="pandas")
    out = sc.fit_transform(["Troops crossed the border.", "The court ruled."])
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == [f"mfc_{d}" for d in DIMENSIONS]
    assert out.loc[0, "mfc_Security_and_defense"] == pytest.approx(1000 * 2 / 4)  # troops, border
    with pytest.raises(TypeError, match="single str"):
        sc.transform("Troops crossed the border.")


def test_lexicon_scorer_learns_thresholds():
    texts = ["Troops attacked the border.", "The weather was fine and the troops rested, relaxed and happy all week long.",
             "The court ruled.", "Nothing happened."]
    y = [["Security_and_defense"], [], ["Legality_Constitutionality_and_jurisprudence"], []]
    sc = MFCLexiconScorer().fit(texts, y)
    j = DIMENSIONS.index("Security_and_defense")
    assert 1000 / 14 < sc.thresholds_[j] <= 1000 * 3 / 4  # above the weak use, at or below the strong one
    pred = sc.predict(texts)
    assert pred[:, j].tolist() == [1, 0, 0, 0]


TRAIN = [
    ("Troops and missiles massed at the border as the army prepared an attack", ["Security_and_defense"]),
    ("The court ruled the law unconstitutional after a lawsuit", ["Legality"]),
    ("Soldiers attacked the border post with drones and artillery", ["Security_and_defense"]),
    ("Judges heard the lawsuit and the court issued a ruling", ["Legality"]),
    ("The army said the military attack on the border was repelled", ["Security_and_defense", "Legality"]),
    ("Lawyers filed an appeal in court against the ruling", ["Legality"]),
]


def test_classifier_fit_predict_and_pipeline():
    X = [t for t, _ in TRAIN]
    y = [labels for _, labels in TRAIN]
    clf = MFCClassifier(min_df=1).fit(X, y)
    assert list(clf.classes_) == ["Legality", "Security_and_defense"]
    assert clf.predict_labels(["Missiles hit troops near the border", "The court heard the appeal"]) == [
        ["Security_and_defense"], ["Legality"]]
    P = clf.predict_proba(["Missiles hit troops near the border"])
    assert P.shape == (1, 2) and P[0, 1] > P[0, 0]
    df = clf.set_output(transform="pandas").transform(["Missiles hit troops"])
    assert list(df.columns) == ["mfc_proba_Legality", "mfc_proba_Security_and_defense"]
    union = make_union(TfidfVectorizer(), MFCLexiconScorer())
    assert union.fit_transform(X).shape[0] == len(X)
    assert clf.score(X, [",".join(lab) for lab in y]) > 0.8  # comma-separated label strings work too
    with pytest.raises(TypeError, match="single str"):
        clf.predict("Missiles hit troops")
    with pytest.raises(ValueError, match="2 texts but y has 1"):
        MFCClassifier().fit(X[:2], y[:1])


def test_classifier_with_a_binary_matrix_and_classes():
    X = [t for t, _ in TRAIN]
    Y = np.array([[int("Legality" in lab), int("Security_and_defense" in lab)] for _, lab in TRAIN])
    clf = MFCClassifier(min_df=1, classes=["Legality", "Security_and_defense"], use_lexicon=False).fit(X, Y)
    assert clf.predict(["Judges and the court"]).tolist() == [[1, 0]]


def test_lexicon_separates_security_articles_in_semeval():
    from benchmarks.frames_semeval import load

    data = need_datasets("semeval2023_task3_frames")
    texts, Y, _ = load(data)
    j = DIMENSIONS.index("Security_and_defense")
    rates = MFCLexiconScorer().fit(texts[:200]).transform(texts[:200])[:, j]
    pos, neg = rates[Y[:200, j] == 1], rates[Y[:200, j] == 0]
    assert np.median(pos) > 2 * np.median(neg)
