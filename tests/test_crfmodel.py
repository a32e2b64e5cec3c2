"""The learned attribution CRF (PolNeAR-style, opt-in ``model="crf"``): file, predictions on real sentences, rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import framing
from framing.attribution.crfmodel import (
    GROUPS,
    MEMBERS,
    MODEL_NAME,
    START_PENALTY,
    V3_GROUPS,
    CRFModel,
    checksum,
    crf_features,
    crf_model,
    split_paragraphs,
    token_cue_probs,
)
from framing.attribution.extract import extract
from framing.attribution.spanmodel import lexicon_forms, tokens
from framing.models import model_file
from framing.segment import sentences

from .conftest import need_datasets

ROOT = Path(__file__).resolve().parent.parent


def test_model_file_loads_offline_with_its_card_checksum():
    m = crf_model()
    assert MODEL_NAME == "attribution-crf-v3"
    assert model_file(f"{MODEL_NAME}.json.gz").read_bytes()[:2] == b"\x1f\x8b"  # gzip JSON, no pickle
    card = (model_file("attribution-crf.md")).read_text(encoding="utf-8")
    assert checksum() in card, "refit without updating the model card's checksum"
    assert "train" in m.meta["data"] and "no licence stated" in m.meta["licence"]
    assert m.lexicon.get("said", "").startswith("speech:")
    assert m.groups == GROUPS + V3_GROUPS and "cueprob" in m.groups  # v2's and v3's features
    # v3: two CRFs (v2's features at c1 4.0; v2's + v3's at c1 2.0), averaged marginals, content start penalty 1.0
    assert len(m.crfs) == 2 and m.meta["members"] == [[c1, c2, list(g)] for c1, c2, g in MEMBERS]
    assert m.start_penalty == START_PENALTY == (0.0, 0.0, 1.0)


def test_marginals_are_the_members_average():
    m = crf_model()
    text = "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev."
    _, feats = crf_features(text, m.lexicon, None, m.groups)
    avg = m.marginals(feats)
    assert all(abs(sum(row) - 1.0) < 1e-6 for row in avg)
    single = [CRFModel([c], m.lexicon, m.meta).marginals(feats) for c in m.crfs]
    assert all(abs(a - (x + y) / 2) < 1e-9 for ra, rx, ry in zip(avg, *single) for a, x, y in zip(ra, rx, ry))


@pytest.mark.parametrize("text, cues", [
    # seed article (corpora/karabakh-2023): the learned cue model's probability, a CRF feature in v2
    (("As Azerbaijan massed its troops on the Armenian border and prepared to shell Nagorno-Karabakh, "
      "Mr Pashinyan accused Russia of failing in its peacekeeping duties."), ["accused"]),
    ("Margarita Simonyan, the boss of “Russia Today”, a Kremlin mouthpiece, openly mocked the Armenian leader.",
     ["mocked"]),
    ("The ceasefire came into force at 1pm on September 20th.", []),
])
def test_token_cue_probs_mark_the_cue(text, cues):
    toks = tokens(text)
    probs = token_cue_probs(text, toks)
    assert len(probs) == len(toks)
    assert [w for (_, _, w), p in zip(toks, probs) if p >= 0.5] == cues


@pytest.mark.parametrize("word, expected", [
    # “It will be just like any other region of Azerbaijan,” says Mr Hajiyev.
    ("“", {"pb", "rcw|d=say|11-20", "lq=none", "cp=0"}),  # opens the paragraph, the cue 11-20 tokens on
    ("says", {"cp=5", "lq=1", "rq=none"}),  # the cue model's top bin, just after the closing mark
    ("Hajiyev", {"lcw|d=say|2", "lmc=2", "cp=0"}),  # two tokens after the cue
])
def test_v2_context_features(word, expected):
    text = "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev."
    toks, feats = crf_features(text, lexicon_forms(), [])
    f = dict(zip([t for _, _, t in toks], feats))[word]
    assert expected <= set(f)


@pytest.mark.parametrize("text, upto, expected", [
    # a content the CRF ran on over a paragraph break becomes one content per paragraph
    ("“He is asking for help from Russian peacekeepers,” she said.\n\n“Why doesn’t he ask NATO?”", "",
     ["“He is asking for help from Russian peacekeepers,” she said.", "“Why doesn’t he ask NATO?”"]),
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.", " says",
     ["“It will be just like any other region of Azerbaijan,”"]),
])
def test_split_paragraphs(text, upto, expected):
    end = text.index(upto) if upto else len(text)
    assert [text[s:e] for _, s, e in split_paragraphs(text, [("cue", 0, 1), ("content", 0, end)])][1:] == expected


@pytest.mark.parametrize("text, source, cue, content", [
    # seed article (corpora/karabakh-2023)
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
     "Mr Hajiyev", "says", "“It will be just like any other region of Azerbaijan,”"),
    pytest.param("Armenia’s army claims to be staying out of the dispute.",
                 "Armenia’s army", "claims", "to be staying out of the dispute",
                 marks=pytest.mark.xfail(strict=True, reason="v2 and v3 miss it, alone and in the article (v1 found it): "
                                         "the cue model gives 'claims' here 0.31; see the model card's Limits")),
    # a belief: PolNeAR annotates it as an attribution, the rules (speech only) do not
    ("Armenian officials were well aware of the risk they were taking.",
     "Armenian officials", "were well aware of", "the risk they were taking"),
])
def test_crf_finds_source_cue_and_content(text, source, cue, content):
    found = [(role, text[s:e]) for role, s, e in crf_model().spans(text)]
    assert ("source", source) in found and ("cue", cue) in found and ("content", content) in found


@pytest.mark.parametrize("text", [
    pytest.param("On September 20th, a day after Azerbaijan launched an armed offensive against Nagorno-Karabakh, "
                 "an ethnic-Armenian enclave inside its borders, a ceasefire took hold.",
                 marks=pytest.mark.xfail(strict=True, reason="v2 and v3 tag 'launched an armed offensive against' as a "
                                         "cue (an action, PolNeAR-style); see the model card's Limits")),
    "The ceasefire came into force at 1pm on September 20th.",
])
def test_crf_finds_nothing_where_nobody_speaks(text):
    assert crf_model().spans(text) == []


def test_rows_are_opt_in_and_carry_the_contract_columns():
    text = "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev."
    spec = framing.load_spec("karabakh-2023")
    rows = extract(text, sentences(text), spec, model="crf")
    assert [(r["party"], r["cue"], r["kind"], r["cue_source"]) for r in rows] == [
        ("azerbaijan", "say", "direct", "span_model")]
    r = rows[0]
    assert r["content"] == text[r["start"]:r["end"]] and r["speaker"] == text[r["speaker_start"]:r["speaker_end"]]


def test_polnear_dev_benchmark_crf():
    data = need_datasets("polnear") / "data"
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "attribution_polnear.py"), str(data),
                          "--split", "dev", "--attribution-model", "crf"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    # dev: content 0.703, source 0.690, cue 0.655 (docs/evaluation.md "Learned CRF"); v2 0.694 / 0.703 / 0.665, v1 0.675
    assert scores["content_f1"] >= 0.70 and scores["source_f1"] >= 0.685 and scores["cue_f1"] >= 0.65


def test_threads_tag_with_their_own_taggers():
    # a CRFsuite tagger holds the sequence it was set: v3 reads marginals after set(), so threads
    # (the dask engine) must not share one (round 12: "position 844 is out of range of 583")
    from concurrent.futures import ThreadPoolExecutor

    texts = ["“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
             "Armenian officials were well aware of the risk they were taking.",
             "The senator acknowledged that the plan had failed, aides said on Friday, after a long meeting."] * 8
    m = crf_model()
    serial = [m.spans(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(m.spans, texts)) == serial
