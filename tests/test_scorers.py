"""Plain scorer functions on real sentences of the seed article and the bundled corpora."""

from __future__ import annotations

import numpy as np
import pytest

import framing
from framing import scorers
from framing.document import Document
from framing.segment import sentences

SEED_MASSACRE = ("The deal may have prevented a massacre on Europe’s doorstep; in a single day, Azerbaijan’s drones and "
                 "bombs had reportedly killed at least 200 people across the region.")
SEED_MOUTHPIECE = ("Margarita Simonyan, the boss of “Russia Today”, a Kremlin mouthpiece, openly mocked the Armenian leader.")
SEED_DICTATOR = ("Most insultingly for the Kremlin, Armenia has moved to join the International Criminal Court, which has "
                 "issued an arrest warrant for Russia’s dictator, Vladimir Putin.")
SEED_PROPAGANDA = ("But even assuming pure intentions, the bad blood between the two sides, the trauma of past wars and years "
                   "of vile propaganda may be impossible to overcome.")
SEED_ETHNIC = ("Officials in Armenia, including the country’s prime minister, Nikol Pashinyan, called it an ethnic-cleansing "
               "campaign against Karabakh, home to some 100,000 ethnic Armenians.")
SEED_PLAIN = "Images showed Armenians hunkering down in basements as sirens sounded over Stepanakert, the regional capital."
SEED_HEDGED = "But the attack seems to have been in the making for some time."
SEED_ABANDONED = "Thousands of Armenians have already abandoned their homes."
SEED_LOSE = "“But if we did nothing, we would almost certainly lose our statehood,” one says."
SEED_AWARE = "Armenian officials were well aware of the risk they were taking in pivoting to the West."
SEED_FORCE = ("Since last December, Azerbaijan has blocked the Lachin corridor, the only road connecting Karabakh with "
              "Armenia, so as to force its leaders to relinquish any dreams of autonomy.")
GAZA_CHAOS = "The Arab Spring ushered in an era of chaos into which terrorists, radicals and extremists have taken hold."
GAZA_SAVAGE = ("Israeli officials acknowledge that Hamas surprised them by enduring the savage round of fighting and firing "
               "more than 100 rockets a day despite the pounding it took.")
GAZA_UNLIKELY = ("A quick resumption of indirect talks between Israel and Hamas in Cairo also seems unlikely, particularly "
                 "after the killing of the three Hamas commanders.")
UKR_CRONY = ("“The people of Russia have watched this transpire, and they’re tired of the crony capitalism and kleptocracy "
             "that governs Russia today.”")
UKR_SPECULATE = "Political commentators speculate whether Cameron would survive a Scottish “yes” vote."
UKR_FORCES = ("\"We unequivocally condemn the use of force against civilians by security forces, and urge that those "
              "forces be withdrawn immediately,\" he said in a statement.")
UKR_OBAMA = "As he announced the package, Obama acknowledged that \"we don't yet know whether it's going to work.\""


@pytest.mark.parametrize("text, expected", [
    (SEED_MASSACRE, ["massacre"]), (SEED_MOUTHPIECE, ["mouthpiece", "mocked"]), (SEED_DICTATOR, ["dictator"]),
    (SEED_PROPAGANDA, ["vile", "propaganda"]), (SEED_ETHNIC, ["ethnic cleansing"]), (SEED_PLAIN, []),
    (SEED_ABANDONED, []), (GAZA_CHAOS, ["chaos", "terrorists", "radicals", "extremists"]),
    (GAZA_SAVAGE, ["savage", "pounding"]), (UKR_CRONY, ["crony", "kleptocracy"]), (UKR_FORCES, []),
])
def test_loaded(text, expected):
    assert [m.term for m in scorers.matches(text, "loaded")] == expected
    assert scorers.loaded(text) == len(expected)


@pytest.mark.parametrize("text, expected", [
    (SEED_MASSACRE, ["may have", "reportedly"]), (SEED_HEDGED, ["seems"]), (SEED_PLAIN, []),
    (SEED_LOSE, ["would"]), (GAZA_UNLIKELY, ["seems", "unlikely"]), (UKR_SPECULATE, ["speculate", "would"]),
    (SEED_ABANDONED, []),
])
def test_hedges(text, expected):
    assert [m.term for m in scorers.matches(text, "hedges")] == expected
    assert scorers.hedges(text) == len(expected)


@pytest.mark.parametrize("text, expected", [
    (SEED_LOSE, 1), (SEED_PLAIN, 0), (GAZA_UNLIKELY, 1), (SEED_FORCE, 0),
    ("“It’s clearly an utterly absurd claim,” he said.", 2),
])
def test_boosters(text, expected):
    assert scorers.boosters(text) == expected


@pytest.mark.parametrize("text, factives, assertives, implicatives", [
    (SEED_AWARE, 1, 0, 0), (UKR_OBAMA, 2, 1, 0), (SEED_FORCE, 0, 0, 1), (UKR_FORCES, 0, 1, 0), (SEED_PLAIN, 0, 0, 0),
])
def test_presupposition_verbs(text, factives, assertives, implicatives):
    assert (scorers.factives(text), scorers.assertives(text), scorers.implicatives(text)) == (factives, assertives, implicatives)


@pytest.mark.parametrize("text, low, high", [
    (SEED_PLAIN, 0.0, 0.0), (SEED_ABANDONED, 0.0, 0.0), (SEED_PROPAGANDA, 0.05, 0.2), (GAZA_CHAOS, 0.02, 0.2),
    ("“This is a shameful, outrageous and disgusting decision,” she said.", 0.3, 0.6),
])
def test_subjectivity(text, low, high):
    assert low <= scorers.subjectivity(text) <= high


@pytest.mark.parametrize("text, sign", [
    (SEED_MASSACRE, -1), (SEED_PLAIN, 0), (SEED_PROPAGANDA, -1), (GAZA_SAVAGE, -1),
    ("Officials in Baku claim the Karabakh Armenians are welcome to stay and enjoy the rights extended to "
     "Azerbaijan’s other minorities.", 1),
])
def test_sentiment(text, sign):
    assert np.sign(scorers.sentiment(text)) == sign


@pytest.mark.parametrize("text, biased", [
    (SEED_PROPAGANDA, True), (GAZA_CHAOS, True), (SEED_ABANDONED, False),
    ("The government in Baku agreed to reopen the corridor on September 9th, in exchange for the opening of another "
     "road linking Nagorno-Karabakh with the rest of Azerbaijan.", False),
    ("Margarita Simonyan, the boss of “Russia Today”, a Kremlin mouthpiece, openly mocked the Armenian leader.", True),
    ("Russia has since retained an army base in Armenia.", False),
])
def test_sentence_bias(text, biased):
    p = scorers.sentence_bias([text])
    assert isinstance(p, np.ndarray) and p.shape == (1,)
    assert (p[0] > 0.5) == biased


def test_sentence_bias_refuses_a_bare_string():
    with pytest.raises(TypeError, match="bare str"):
        scorers.sentence_bias("A vile massacre.")
    assert scorers.sentence_bias([]).shape == (0,)


@pytest.mark.parametrize("fn", [scorers.hedges, scorers.loaded, scorers.sentiment, scorers.subjectivity])
def test_plain_functions_refuse_non_text(fn):
    with pytest.raises(TypeError, match="text must be str"):
        fn(["a list"])


def test_score_text_has_every_scorer(seed_doc):
    r = scorers.score_text(seed_doc.text)
    for key in ("sentiment", "hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives",
                "bias", "biased_sentences", "loaded_terms"):
        assert key in r
    assert "massacre" in r["loaded_terms"] and "mouthpiece" in r["loaded_terms"]
    assert -1 < r["sentiment"] < 0 < r["bias"] < 1


def test_cli_score_prints_every_scorer(capsys):
    from framing.cli import main

    assert main(["score", "--json", SEED_MOUTHPIECE]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["loaded"] == 2 and out["loaded_terms"] == "mouthpiece; mocked" and 0 <= out["bias"] <= 1


def test_analyse_gives_every_column_per_sentence(seed_doc):
    spec = framing.load_spec("karabakh-2023")
    sents = sentences(seed_doc.text)
    rows = scorers.analyse(seed_doc, sents, spec, [], [])
    assert len(rows) == len(sents)
    for col in ("sentiment", "hedges", "boosters", "loaded", "subjectivity", "bias", "narrator_sentiment",
                "quoted_sentiment", "party_sentiment"):
        assert col in rows[0]
    by_text = {s.text: r for s, r in zip(sents, rows)}
    assert by_text[SEED_MOUTHPIECE]["loaded"] == 2
    assert "russia:" in by_text[SEED_MOUTHPIECE]["party_sentiment"]


def test_voice_split_and_party_tables():
    text = ("Azerbaijan said the “terrorist separatists” had been crushed in a vile, brutal campaign. "
            "Armenia’s leader pleaded for peace and said: “We are grateful to our friends.” Talks resumed.")
    doc = Document("d1", text, {"outlet": "Test"})
    a = text.index("the “terrorist")
    b = text.index("campaign.") + len("campaign")
    c = text.index("“We are")
    d = text.index("friends.”") + len("friends.”")
    attributions = [{"start": a, "end": b, "party": "azerbaijan", "content": text[a:b]},
                    {"start": c, "end": d, "party": "armenia", "content": text[c:d]}]
    spec = framing.load_spec("karabakh-2023")
    sents = sentences(text)
    rows = scorers.analyse(doc, sents, spec, attributions, [])
    assert rows[0]["quoted_loaded"] == 4 and rows[0]["narrator_loaded"] == 0
    assert rows[0]["quoted_sentiment"] < 0 < rows[1]["quoted_sentiment"]
    assert rows[2]["quoted_sentiment"] is None and rows[2]["quoted_words"] == 0

    result = framing.analyze([doc], spec=spec)
    result.attributions = __import__("pandas").DataFrame([{"doc_id": "d1", **r} for r in attributions])
    table = scorers.party_table(result, ["doc_id"]).set_index("party")
    assert table.loc["azerbaijan", "quoted_sentiment"] < 0 < table.loc["armenia", "quoted_sentiment"]
    assert table.loc["azerbaijan", "quoted_loaded_rate"] > 20
    assert table.loc["armenia", "sentiment_toward"] > 0
    corpus = scorers.party_table(result, [])
    assert set(corpus["party"]) == {"azerbaijan", "armenia", "karabakh-armenians"}  # "separatists"
    by_outlet = scorers.party_table(result, ["outlet"])
    assert set(by_outlet["outlet"]) == {"Test"}


def test_analysis_tables_carry_scorer_columns(seed_doc):
    result = framing.analyze([seed_doc], spec="karabakh-2023")
    for col in ("sentiment", "hedges", "boosters", "loaded", "subjectivity", "bias"):
        assert col in result.sentences.columns
    docs = result.documents.set_index("doc_id")
    assert {"sentiment", "bias", "loaded_rate", "hedges_rate"} <= set(docs.columns)
    parties = result.parties
    corpus = parties[parties["scope"] == "corpus"].set_index("party")
    assert corpus.loc["azerbaijan", "sentiment_toward_n"] >= 10


@pytest.mark.parametrize("text", [SEED_MASSACRE, SEED_MOUTHPIECE, SEED_DICTATOR, SEED_PROPAGANDA, SEED_ETHNIC, SEED_HEDGED,
                                  SEED_LOSE, SEED_AWARE, SEED_FORCE, GAZA_CHAOS, GAZA_SAVAGE, GAZA_UNLIKELY, UKR_CRONY,
                                  UKR_SPECULATE, UKR_FORCES, UKR_OBAMA])
def test_one_pass_matcher_equals_one_lexicon_at_a_time(text):
    from framing.scorers import lexicon

    names = lexicon.SCORER_LEXICONS
    got = lexicon.find_many(text, names)
    assert got == tuple(tuple(lexicon._matcher(n).find(text)) for n in names)
    assert sum(map(len, got)) > 0


def test_one_pass_matcher_equals_one_lexicon_at_a_time_on_a_corpus():
    from framing.scorers import lexicon

    from pathlib import Path

    docs = list(framing.load_corpus(Path(__file__).resolve().parent.parent / "corpora" / "ukraine-2014"))[:15]
    texts = [s.text for d in docs for s in sentences(d.text)]
    names = lexicon.SCORER_LEXICONS
    differ = [t for t in texts if lexicon.find_many(t, names) != tuple(tuple(lexicon._matcher(n).find(t)) for n in names)]
    assert len(texts) > 300 and differ == []


def test_one_pass_classes_and_counts_equal_the_matches_on_a_corpus():
    # what the sentence scorers read (classes only, no offsets) and lexicon.count are the matches of find
    from pathlib import Path

    from framing.scorers import lexicon
    from framing.scorers.sentence import sentence_data

    docs = list(framing.load_corpus(Path(__file__).resolve().parent.parent / "corpora" / "gaza-2012-2014"))[:10]
    texts = [s.text for d in docs for s in sentences(d.text)]
    names = lexicon.SCORER_LEXICONS
    differ = []
    for t in texts:
        found = lexicon.find_many(t, names)
        classes = tuple(tuple(m.cls for m in ms) for ms in found)
        counts = tuple(len(ms) for ms in found)
        d = sentence_data(t)
        if (lexicon.classes_many(t, names) != classes or d.classes != classes or d.words != lexicon.word_count(t)
                or tuple(lexicon.count(t, n) for n in names) != counts):
            differ.append(t)
    assert len(texts) > 200 and differ == []
    assert sum(len(c) for t in texts for c in sentence_data(t).classes) > 500


def test_voice_split_of_an_unquoted_sentence_reads_the_sentence_pass():
    from framing.document import Sentence
    from framing.scorers import vader
    from framing.scorers.voice import split_voice

    from framing.scorers import lexicon

    text = GAZA_SAVAGE
    row = split_voice(text, [Sentence(0, len(text), text)], [])[0]
    assert row == {"narrator_sentiment": vader.compound(text), "narrator_loaded": len(lexicon.find(text, "loaded")),
                   "quoted_sentiment": None, "quoted_loaded": 0, "quoted_words": 0}
    assert row["narrator_loaded"] >= 1
