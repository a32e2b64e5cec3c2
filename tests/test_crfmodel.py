"""The learned attribution CRF (PolNeAR-style, opt-in ``model="crf"``): file, predictions on real sentences, rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import framing
from framing.attribution.crfmodel import MODEL_NAME, checksum, crf_model
from framing.attribution.extract import extract
from framing.models import model_file
from framing.segment import sentences

from .conftest import need_datasets

ROOT = Path(__file__).resolve().parent.parent


def test_model_file_loads_offline_with_its_card_checksum():
    m = crf_model()
    assert MODEL_NAME == "attribution-crf-v1"
    assert model_file(f"{MODEL_NAME}.json.gz").read_bytes()[:2] == b"\x1f\x8b"  # gzip JSON, no pickle
    card = (model_file("attribution-crf.md")).read_text(encoding="utf-8")
    assert checksum() in card, "refit without updating the model card's checksum"
    assert "train" in m.meta["data"] and "no licence stated" in m.meta["licence"]
    assert m.lexicon.get("said", "").startswith("speech:")


@pytest.mark.parametrize("text, source, cue, content", [
    # seed article (corpora/karabakh-2023)
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
     "Mr Hajiyev", "says", "“It will be just like any other region of Azerbaijan,”"),
    ("Armenia’s army claims to be staying out of the dispute.",
     "Armenia’s army", "claims", "to be staying out of the dispute"),
    # a belief: PolNeAR annotates it as an attribution, the rules (speech only) do not
    ("Armenian officials were well aware of the risk they were taking.",
     "Armenian officials", "were well aware of", "the risk they were taking"),
])
def test_crf_finds_source_cue_and_content(text, source, cue, content):
    found = [(role, text[s:e]) for role, s, e in crf_model().spans(text)]
    assert ("source", source) in found and ("cue", cue) in found and ("content", content) in found


@pytest.mark.parametrize("text", [
    ("On September 20th, a day after Azerbaijan launched an armed offensive against Nagorno-Karabakh, "
     "an ethnic-Armenian enclave inside its borders, a ceasefire took hold."),
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
    # dev: content 0.675, source 0.688, cue 0.660 (docs/evaluation.md "Learned CRF"); span tagger 0.640
    assert scores["content_f1"] >= 0.665 and scores["source_f1"] >= 0.67 and scores["cue_f1"] >= 0.65
