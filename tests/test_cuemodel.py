"""The learned attribution cue model: file, version, predictions on real sentences, opt-in use."""

from __future__ import annotations

import pytest

import framing
from framing.attribution.cuemodel import MODEL_NAME, checksum, cue_model, model_path
from framing.attribution.extract import extract
from framing.segment import sentences


def test_model_file_version_and_checksum():
    m = cue_model()
    assert MODEL_NAME == "attribution-cues-v1" and 0 < m.threshold < 1 and len(m.weights) > 1000
    card = (model_path().parent / "attribution-cues.md").read_text(encoding="utf-8")
    assert checksum() in card, "refit without updating the model card's checksum"
    assert "train" in m.meta["data"] and "no licence stated" in m.meta["licence"]


@pytest.mark.parametrize("text, cue", [
    # bundled corpora (gaza-2012-2014, ukraine-2014): cues the reporting-verb lexicon does not list
    ("Earlier, Hamas refused to extend the temporary truce that helped launch the Cairo talks last week.", "refused"),
    ("German Foreign Minister Frank-Walter Steinmeier issued a statement following the signing.", "issued a statement"),
    ("President Obama on Thursday downplayed the prospect of any imminent U.S. airstrikes in Syria.", "downplayed"),
])
def test_model_finds_cues_the_lexicon_misses(text, cue):
    found = [text[s:e] for s, e, _ in cue_model().spans(text)]
    assert cue in found
    assert framing.attribution.lexicon().lookup(cue) is None


@pytest.mark.parametrize("text", [
    "Armenian officials were well aware of the risk they were taking.",
    # known false positive of the model (why it is opt-in): "Images showed Armenians hunkering down ..."
])
def test_model_adds_nothing_where_nobody_speaks(text):
    spec = framing.load_spec("karabakh-2023")
    assert extract(text, sentences(text), spec, model=True) == []


def test_model_is_opt_in():
    text = "Earlier, Hamas refused to extend the temporary truce that helped launch the Cairo talks last week."
    spec = framing.load_spec("gaza-2012-2014")
    assert extract(text, sentences(text), spec) == []
    rows = extract(text, sentences(text), spec, model=True)
    assert [(r["party"], r["cue"], r["cue_source"]) for r in rows] == [("hamas", "refuse", "model")]
