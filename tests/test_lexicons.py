"""Format tests of every lexicon of the registry: header, unique entries, valid classes, checksum, datasheet."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest

from framing import lexicons

FOLDER = resources.files("framing") / "data" / "lexicons"
TSV = sorted(p.name for p in FOLDER.iterdir() if p.name.endswith(".tsv"))
MANIFEST = json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))["lexicons"]
#: The classes each lexicon may use (a new class is a deliberate change here and in the datasheet).
CLASSES = {
    "hedges": {"modal", "epistemic_verb", "adverb", "evidential", "adjective", "noun", "phrase"},
    "boosters": {"certainty", "verb", "intensifier"},
    "loaded": {"conflict", "name_calling", "emotive", "charged_verb"},
    "subjectivity": {"strong", "weak"},
    "factives": {"factive", "semifactive"},
    "assertives": {"strong", "weak"},
    "implicatives": {"two_way_positive", "two_way_negative", "one_way_positive", "one_way_negative"},
}


def test_every_lexicon_of_the_brief_is_there():
    assert set(CLASSES) <= set(lexicons.names())


@pytest.mark.parametrize("filename", TSV)
def test_in_manifest_with_matching_checksum(filename):
    assert filename in MANIFEST, f"{filename} missing from MANIFEST.json: run python -m framing.lexicons --write-manifest"
    data = (FOLDER / filename).read_bytes()
    assert hashlib.sha256(data).hexdigest() == MANIFEST[filename]["sha256"]


@pytest.mark.parametrize("filename", TSV)
def test_format_unique_terms_and_valid_classes(filename):
    name, version = filename[: filename.rindex("-v")], int(filename[filename.rindex("-v") + 2: -4])
    lex = lexicons.load(name, version)
    assert lex.columns[0] == "term"
    terms = [t.lower() for t in lex.terms]
    assert all(t and t == t.strip() for t in terms)
    dupes = sorted({t for t in terms if terms.count(t) > 1})
    assert not dupes, f"duplicate terms in {filename}: {dupes[:10]}"
    assert len(lex) == MANIFEST[filename]["entries"]
    if name in CLASSES:
        assert set(lex.class_names) <= CLASSES[name], set(lex.class_names) - CLASSES[name]
        assert "" not in lex.class_names


@pytest.mark.parametrize("filename", TSV)
def test_datasheet_has_every_section(filename):
    name = filename[: filename.rindex("-v")]
    sheet = FOLDER / f"{name}.md"
    assert sheet.is_file(), f"no datasheet {name}.md"
    text = sheet.read_text(encoding="utf-8").lower()
    for section in ("source", "method", "licence", "size", "known limits"):
        assert section in text, f"{name}.md lacks {section!r}"


def test_manifest_is_what_the_generator_writes():
    assert lexicons.build_manifest()["lexicons"] == MANIFEST


@pytest.mark.parametrize("term, name, cls", [
    ("massacre", "loaded", "conflict"), ("bloodbath", "loaded", "conflict"), ("dictator", "loaded", "name_calling"),
    ("mouthpiece", "loaded", "name_calling"), ("vile", "loaded", "emotive"), ("reportedly", "hedges", "evidential"),
    ("undoubtedly", "boosters", "certainty"), ("regret", "factives", "factive"), ("claims", "assertives", "strong"),
    ("failed", "implicatives", "two_way_negative"), ("outrageous", "subjectivity", "strong"),
])
def test_known_entries(term, name, cls):
    assert lexicons.load(name).classes[term] == cls


def test_unknown_name_and_version_are_named_errors():
    with pytest.raises(lexicons.LexiconError, match="unknown lexicon 'nope'; lexicons are: .*hedges"):
        lexicons.load("nope")
    with pytest.raises(lexicons.LexiconError, match="no version 99; versions are: 1"):
        lexicons.load("hedges", 99)


def test_checksum_mismatch_is_refused(monkeypatch):
    bad = json.loads(json.dumps(MANIFEST))
    bad["hedges-v1.tsv"]["sha256"] = "0" * 64
    monkeypatch.setattr(lexicons, "_manifest", lambda: {"format": 1, "lexicons": bad})
    lexicons._load.cache_clear()
    try:
        with pytest.raises(lexicons.LexiconError, match="checksum .* differs"):
            lexicons.load("hedges")
    finally:
        lexicons._load.cache_clear()


def test_malformed_file_is_refused():
    with pytest.raises(lexicons.LexiconError, match="first header column must be 'term'"):
        lexicons._read_rows(b"word\tclass\nx\ty\n", "x-v1.tsv")
    with pytest.raises(lexicons.LexiconError, match="line 2 has 3 columns"):
        lexicons._read_rows(b"term\tclass\nx\ty\tz\n", "x-v1.tsv")
