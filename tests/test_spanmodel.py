"""The learned attribution span tagger (PolNeAR-style): file, predictions on real sentences, opt-in rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import framing
from framing.attribution.extract import extract
from framing.attribution.spanmodel import (
    MODEL_NAME,
    TAGS,
    checksum,
    decode,
    model_path,
    span_model,
)
from framing.segment import sentences

from .conftest import need_datasets

ROOT = Path(__file__).resolve().parent.parent


def test_model_file_version_and_checksum():
    m = span_model()
    assert MODEL_NAME == "attribution-spans-v1" and len(m.weights) > 10_000
    card = (model_path().parent / "attribution-spans.md").read_text(encoding="utf-8")
    assert checksum() in card, "refit without updating the model card's checksum"
    assert "train" in m.meta["data"] and "no licence stated" in m.meta["licence"]
    assert "say" in {w for w in m.lexicon} or "said" in m.lexicon


@pytest.mark.parametrize("text, source, cue, content", [
    # seed article (corpora/karabakh-2023)
    ("“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.",
     "Mr Hajiyev", "says", "“It will be just like any other region of Azerbaijan,”"),
    ("Armenia’s army claims to be staying out of the dispute.",
     "Armenia’s", "claims", "to be staying out of the dispute"),
    # bundled corpora (gaza-2012-2014): a cue the reporting-verb lexicon does not list
    ("Earlier, Hamas refused to extend the temporary truce that helped launch the Cairo talks last week.",
     "Hamas", "refused", "to extend the temporary truce that helped launch the Cairo talks last week"),
])
def test_tagger_finds_source_cue_and_content(text, source, cue, content):
    found = [(role, text[s:e]) for role, s, e in span_model().spans(text)]
    assert ("source", source) in found and ("cue", cue) in found and ("content", content) in found


@pytest.mark.parametrize("text", [
    "Armenian officials were well aware of the risk they were taking.",
    "The ceasefire came into force at 1pm on September 20th.",
])
def test_tagger_finds_nothing_where_nobody_speaks(text):
    assert span_model().spans(text) == []


def test_rows_are_opt_in_and_carry_the_contract_columns():
    text = "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev."
    spec = framing.load_spec("karabakh-2023")
    rules = extract(text, sentences(text), spec)
    rows = extract(text, sentences(text), spec, model="polnear")
    assert [r["cue_source"] for r in rules] == ["lexicon"]
    assert [(r["party"], r["cue"], r["kind"], r["cue_source"]) for r in rows] == [
        ("azerbaijan", "say", "direct", "span_model")]
    r = rows[0]
    assert r["content"] == text[r["start"]:r["end"]] and r["speaker"] == text[r["speaker_start"]:r["speaker_end"]]
    assert r["sent_idx"] == r["sent_end_idx"] == 0 and r["words"] == 10


def test_decode_keeps_tags_well_formed():
    # an I- tag never follows O: the lone I-SRC becomes something legal
    path = decode([[-0.1, -3, -3, -3, -3, -3, -3], [-3, -2, -0.1, -3, -3, -3, -3]])
    assert TAGS[path[1]] != "I-SRC" or TAGS[path[0]] in ("B-SRC", "I-SRC")


def test_polnear_dev_benchmark():
    data = need_datasets("polnear") / "data"
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "attribution_polnear.py"), str(data),
                          "--split", "dev", "--attribution-model", "polnear"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    # dev: content 0.640, source 0.622, cue 0.627 (docs/evaluation.md); rules alone: 0.561, 0.548, 0.560
    assert scores["content_f1"] >= 0.63 and scores["source_f1"] >= 0.6 and scores["cue_f1"] >= 0.6


def test_unknown_model_names_the_options():
    text = "Armenia’s army claims to be staying out of the dispute."
    with pytest.raises(ValueError, match="'polnear'"):
        extract(text, sentences(text), framing.load_spec("karabakh-2023"), model="hmm")
