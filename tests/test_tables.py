"""parties.csv aggregates: per-document parts, summed per outlet and over the corpus, equal the row-level definitions."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import framing
from framing.analysis import SCOPES, Analysis, build_analysis, outlet_map, scope_table
from framing.attribution.tables import CUE_CLASSES, KINDS
from framing.document import Document
from framing.frames.balance import adopted
from framing.parts import merge, parts_of, unflatten
from framing.pipeline import analyze_document

from .conftest import ROOT

GAZA = ROOT / "corpora" / "gaza-2012-2014"


@pytest.fixture(scope="module")
def gaza():
    """Twelve Gaza articles (several outlets): per-document rows and the whole analysis."""
    docs = list(framing.load_corpus(GAZA))[:12]
    spec = framing.load_spec("gaza-2012-2014")
    rows = [analyze_document(d, spec) for d in docs]
    return rows, spec, build_analysis(rows, spec)


def _group(result: Analysis, table: pd.DataFrame, by: list[str]) -> pd.Series:
    """The ``by`` key of each row of a row table (doc_id, outlet, or one corpus group)."""
    if by == ["doc_id"]:
        return table["doc_id"].astype(str)
    if by == ["outlet"]:
        return table["doc_id"].map(outlet_map(result.documents)).fillna("")
    return pd.Series("", index=table.index)


@pytest.mark.parametrize("scope, by", SCOPES)
def test_counts_equal_row_filters(gaza, scope, by):
    """Every count of parties.csv is the number of rows of the row tables in its group and party."""
    _, spec, result = gaza
    parties = result.parties[result.parties["scope"] == scope]
    att, men, fr = result.attributions, result.mentions, result.frames
    att_key, men_key, fr_key = _group(result, att, by), _group(result, men, by), _group(result, fr, by)
    fr_adopted = adopted(fr.assign(distanced=fr["distanced"].fillna(False).astype(bool)))
    checked = 0
    for _, row in parties.iterrows():
        key = str(row[by[0]]) if by else ""
        p = row["party"]
        a = att[(att_key == key) & (att["party"] == p)]
        expected = {"mentions": int(((men_key == key) & (men["party"] == p)).sum()), "attributions": len(a),
                    "quoted_words": int(a["words"].sum()),
                    **{k: int((a["kind"] == k).sum()) for k in KINDS},
                    **{f"cue_{c}": int((a["cue_class"] == c).sum()) for c in CUE_CLASSES}}
        in_group = fr[fr_key == key]
        if len(in_group) or not by:  # groups without frames have no frame counts
            own = fr_key.eq(key) & fr["owner"].eq(p)
            voiced = fr_key.eq(key) & fr["voice"].eq("attributed") & fr["speaker_party"].eq(p)
            expected.update({"frames_owned": int(own.sum()), "frames_voiced": int(voiced.sum()),
                             "frames_voiced_own": int((voiced & fr["owner"].eq(p)).sum()),
                             "frames_adopted_by_narrator": int((own & fr_adopted).sum())})
        got = {k: int(row[k]) for k in expected}
        assert got == expected, (scope, key, p)
        checked += expected["attributions"]
    assert checked > 0


@pytest.mark.parametrize("scope, by", SCOPES)
def test_shares_and_presence_equal_their_definitions(gaza, scope, by):
    """word_share over every attributed word of the group; presence measures averaged over documents."""
    _, spec, result = gaza
    parties = result.parties[result.parties["scope"] == scope]
    att = result.attributions
    att_key = _group(result, att, by)
    doc_scope = result.parties[result.parties["scope"] == "document"]
    doc_key = _group(result, doc_scope, by)
    for _, row in parties.iterrows():
        key = str(row[by[0]]) if by else ""
        total = att.loc[att_key == key, "words"].sum()
        share = att.loc[(att_key == key) & (att["party"] == row["party"]), "words"].sum() / total if total else math.nan
        assert row["word_share"] == pytest.approx(share, nan_ok=True)
        docs = doc_scope[(doc_key == key) & (doc_scope["party"] == row["party"])]
        for col in ("first_mention", "in_headline", "in_first_paragraph"):
            assert row[col] == pytest.approx(docs[col].mean(), nan_ok=True), (scope, key, col)


def test_first_mention_and_headline_on_a_real_article():
    """first_mention is the party's first mention over the body length; the headline counts title and subtitle."""
    text = ("Israeli warplanes struck Gaza overnight, the IDF said. "
            "Hamas fired rockets at Tel Aviv, and the United Nations called for calm.")
    doc = Document("d", text, {"title": "Hamas and Israel trade fire", "outlet": "X"})
    result = framing.analyze([doc], spec="gaza-2012-2014")
    t = result.parties[result.parties["scope"] == "document"].set_index("party")
    assert t.loc["israel", "first_mention"] == 0.0
    assert t.loc["hamas", "first_mention"] == pytest.approx(text.index("Hamas") / len(text))
    assert (t.loc["hamas", "in_headline"], t.loc["israel", "in_headline"], t.loc["international", "in_headline"]) == (1, 1, 0)
    assert math.isnan(t.loc["palestinians", "first_mention"])


def test_each_quote_is_scored_once(gaza, monkeypatch):
    """The three scopes share the quotes' scores: score_quote runs once per statement of a party."""
    from framing.scorers import voice

    rows, spec, _ = gaza
    calls = []
    score = voice.score_quote
    monkeypatch.setattr(voice, "score_quote", lambda content: calls.append(content) or score(content))
    result = build_analysis(rows, spec)
    result.parties  # noqa: B018 - the three scopes
    att = result.attributions
    quoted = att[att["party"].fillna("").ne("") & att["content"].fillna("").str.strip().ne("")]
    assert len(calls) == len(quoted) > 0


def test_scopes_from_merged_parts_equal_the_whole(gaza):
    """The outlet and corpus scopes from the parts of two batches equal those of the whole corpus."""
    rows, spec, whole = gaza
    halves = [build_analysis(rows[:5], spec), build_analysis(rows[5:], spec)]
    for half in halves:
        half.parties  # noqa: B018 - computes and caches the parts
    documents = pd.concat([h.documents for h in halves], ignore_index=True)
    no_rows = {t: getattr(whole, t).iloc[0:0] for t in ("sentences", "attributions", "frames", "mentions")}
    merged = Analysis(documents=documents, spec=spec, **no_rows, _parts=unflatten(merge(parts_of(h) for h in halves)))
    outlets = outlet_map(documents)
    for scope, by in SCOPES[1:]:
        got = scope_table(merged, scope, by, outlets)[0]
        expected = scope_table(whole, scope, by, outlet_map(whole.documents))[0]
        pd.testing.assert_frame_equal(got, expected, check_dtype=True)
