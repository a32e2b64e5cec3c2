"""Parties: spec aliases and mentions, and the parties.csv / documents.csv voice measures."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import framing
from framing.attribution.mentions import PartyMatcher
from framing.attribution.tables import CUE_CLASSES, balance_index

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("spec_name, text, expected", [
    ("karabakh-2023", "Officials in Baku claim", [("Officials in Baku", "azerbaijan", "alias")]),
    ("karabakh-2023", "Armenia’s army claims", [("Armenia’s army", "armenia", "alias")]),
    ("karabakh-2023", "says Mr Hajiyev.", [("Mr Hajiyev", "azerbaijan", "title")]),
    ("karabakh-2023", "Hikmet Hajiyev, a presidential adviser", [("Hikmet Hajiyev", "azerbaijan", "person")]),
    ("karabakh-2023", "the Karabakh Armenians are welcome", [("Karabakh Armenians", "karabakh-armenians", "alias")]),
    ("karabakh-2023", "the Armenians of Karabakh, then part of Soviet Azerbaijan",
     [("Armenians of Karabakh", "karabakh-armenians", "alias"), ("Azerbaijan", "azerbaijan", "alias")]),
    ("karabakh-2023", "six Azerbaijanis, including four police officers", [("Azerbaijanis", "azerbaijan", "demonym")]),
    ("karabakh-2023", "Azerbaijanism and us", []),
    ("gaza-2012-2014", "the IDF said; the U.S. and the UN agreed", [("IDF", "israel", "alias"), ("U.S.", "us", "alias"), ("UN", "international", "alias")]),
    ("gaza-2012-2014", "Gaza militants fired; Palestinian officials said", [("Gaza militants", "hamas", "alias"), ("Palestinian officials", "palestinians", "alias")]),
    ("ukraine-2014", "Pro-Russian separatists and Mr. Putin", [("Pro-Russian separatists", "separatists", "alias"), ("Mr. Putin", "russia", "title")]),
    # the alias "Ukrainian president" also matches its title-case spelling
        ("ukraine-2014", "Ukrainian President Petro Poroshenko", [("Ukrainian President", "ukraine", "alias"), ("Petro Poroshenko", "ukraine", "person")]),
        ("gaza-2012-2014", "Gaza's Health Ministry said", [("Gaza's Health Ministry", "palestinians", "alias")]),
])
def test_mentions(spec_name, text, expected):
    found = PartyMatcher(framing.load_spec(spec_name)).find(text)
    assert [(m.text, m.party, m.via) for m in found] == expected


@pytest.mark.parametrize("spec_name", ["karabakh-2023", "gaza-2012-2014", "ukraine-2014"])
def test_builtin_spec_parties_are_distinct(spec_name):
    spec = framing.load_spec(spec_name)
    seen: dict[str, str] = {}
    for p in spec.parties:
        for a in (*p.aliases, *(x.name for x in p.people), *p.demonyms):
            assert seen.setdefault(a, p.id) == p.id, f"{a!r} belongs to {seen[a]} and {p.id}"


@pytest.mark.parametrize("words, expected", [
    ([10, 10, 10, 10, 10], 1.0), ([30, 0, 0, 0, 0], 0.0), ([5, 5, 0, 0], 0.5), ([0, 0, 0], float("nan")),
])
def test_balance_index(words, expected):
    got = balance_index(words)
    assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)


@pytest.fixture(scope="module")
def seed_result():
    return framing.analyze(ROOT / "corpora" / "karabakh-2023", spec="karabakh-2023")


def test_seed_party_table(seed_result):
    parties = seed_result.parties
    cols = {"mentions", "attributions", "direct", "partial", "indirect", "according_to", "quoted_words", "word_share",
            "first_mention", "in_headline", "in_standfirst", "in_first_paragraph", *(f"cue_{c}" for c in CUE_CLASSES)}
    assert cols <= set(parties.columns)
    doc = parties[parties.scope == "document"].set_index("party")
    assert doc.loc["azerbaijan", "attributions"] >= 4 and doc.loc["armenia", "attributions"] >= 4
    assert doc.loc["russia", "direct"] == 2
    assert doc.loc["azerbaijan", "cue_doubt"] == 1 and doc.loc["armenia", "cue_doubt"] == 1
    assert doc.loc["azerbaijan", "in_headline"] == 1 and doc.loc["west", "in_headline"] == 0
    assert doc.loc["azerbaijan", "in_first_paragraph"] == 1
    assert doc.loc["azerbaijan", "first_mention"] < doc.loc["west", "first_mention"]
    assert doc["word_share"].sum() <= 1.0
    # quoted words add up to the attributions table
    att = seed_result.attributions
    assert doc.loc["russia", "quoted_words"] == att.loc[att.party == "russia", "words"].sum()


def test_seed_documents_balance(seed_result):
    docs = seed_result.documents
    assert {"attributions", "balance_index"} <= set(docs.columns)
    assert docs.loc[0, "attributions"] == len(seed_result.attributions)
    att = seed_result.attributions
    words = [att.loc[att.party == p, "words"].sum() for p in seed_result.spec.party_ids]
    assert docs.loc[0, "balance_index"] == pytest.approx(balance_index(words))
    assert 0 < docs.loc[0, "balance_index"] < 1


def test_party_table_per_outlet_on_bundled_corpus():
    result = framing.analyze(ROOT / "corpora" / "gaza-2012-2014", spec="gaza-2012-2014")
    parties = result.parties
    outlet = parties[parties.scope == "outlet"]
    assert outlet["outlet"].nunique() >= 10
    assert (outlet.groupby("outlet")["attributions"].sum() > 0).all()
    corpus = parties[parties.scope == "corpus"].set_index("party")
    assert corpus.loc["israel", "attributions"] > corpus.loc["hamas", "attributions"] > 0
    assert corpus["word_share"].sum() <= 1.0
