from __future__ import annotations

import json
import warnings

import pytest

import framing
from framing.loaders import LoadWarning, parse_markdown

from .conftest import ROOT


def test_seed_metadata(seed_doc):
    m = seed_doc.meta
    assert m["title"] == "A one-day war"
    assert m["subtitle"] == "Azerbaijan is close to taking control of Nagorno-Karabakh"
    assert m["standfirst"] == "The ethnic-Armenian enclave has agreed to disarm"
    assert m["outlet"] == "The Economist"
    assert m["date"] == "2023-09-21"
    assert m["section"] == "Europe" and m["language"] == "en"
    assert seed_doc.text.startswith("Things could have got much nastier")
    assert "![image]" not in seed_doc.text and "Sep 21st 2023" not in seed_doc.text and "#" not in seed_doc.text
    assert seed_doc.text.endswith("in which coexistence is possible.”")


def test_default_corpus_folder_skips_corpus_md():
    corpus = framing.load_corpus(ROOT / "corpora" / "karabakh-2023")
    assert [d.id for d in corpus] == ["economist-2023-09-21-a-one-day-war"]
    assert corpus.skipped == []


@pytest.mark.parametrize("name, n, outlets", [("gaza-2012-2014", 65, 13), ("ukraine-2014", 91, 14)])
def test_bundled_allsides_corpora(name, n, outlets):
    corpus = framing.load_corpus(ROOT / "corpora" / name)
    assert len(corpus) == n and not corpus.skipped
    assert len({d.meta["outlet"] for d in corpus}) == outlets
    assert {d.meta["leaning"] for d in corpus} == {"left", "center", "right"}
    assert all(d.meta["title"] and d.meta["date"].startswith(("2012", "2014")) for d in corpus)


def test_markdown_economist_markup():
    body, meta = parse_markdown("###### Rubric\n# Headline\n##### Standfirst\n![image](x.jpg)\n> Sep 21st 2023\nBody. ■\n")
    assert body == "Body."
    assert (meta["rubric"], meta["headline"], meta["standfirst"], meta["dateline"]) == (
        "Rubric", "Headline", "Standfirst", "Sep 21st 2023")


def test_quote_line_that_is_not_a_date_stays_text():
    body, _ = parse_markdown("> “We will not leave,” a resident said.\nMore.")
    assert "We will not leave" in body


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_formats(tmp_path):
    write(tmp_path, "a.txt", "\ufeffPlain text. Two sentences.")
    write(tmp_path, "b.md", "---\ntitle: B\noutlet: X\n---\nMarkdown body.")
    write(tmp_path, "c.jsonl", json.dumps({"id": "c1", "text": "JSONL one."}) + "\n" + json.dumps({"id": "c2", "text": "JSONL two."}) + "\n")
    write(tmp_path, "d.csv", "id,body,outlet\nd1,\"CSV, with comma.\",Y\n")
    write(tmp_path, "e.json", json.dumps({"ID": "e1", "content_original": "AllSides body.", "source": "CNN", "bias_text": "left", "title": "T"}))
    sub = tmp_path / "nested"
    sub.mkdir()
    write(sub, "f.txt", "Nested file.")
    corpus = framing.load_corpus(tmp_path)
    by_id = {d.id: d for d in corpus}
    assert sorted(by_id) == ["a", "b", "c1", "c2", "d1", "e1", "nested/f"]
    assert by_id["a"].text == "Plain text. Two sentences."  # BOM gone
    assert by_id["b"].meta["outlet"] == "X" and by_id["b"].meta["title"] == "B"
    assert by_id["d1"].text == "CSV, with comma." and by_id["d1"].meta["outlet"] == "Y"
    assert (by_id["e1"].meta["outlet"], by_id["e1"].meta["leaning"]) == ("CNN", "left")


def test_configurable_text_column(tmp_path):
    p = write(tmp_path, "x.csv", "key,story\nk1,The story.\n")
    corpus = framing.load_corpus(p, text_field="story", id_field="key")
    assert [(d.id, d.text) for d in corpus] == [("k1", "The story.")]


def test_cp1252_fallback_warns_with_file_name(tmp_path):
    p = write(tmp_path, "old.txt", b"Caf\xe9 \x93quoted\x94.")
    with pytest.warns(LoadWarning, match="old.txt.*cp1252"):
        corpus = framing.load_corpus(p)
    assert corpus[0].text == "Café “quoted”."


# --- bad input: each is reported by file and skipped; the good documents still load -------------

BAD = [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("broken.md", b"---\ntitle: [unclosed\n---\nBody.", "broken front matter"),
    ("open.md", b"---\ntitle: T\nBody with no closing fence.", "broken front matter"),
    ("nocol.csv", b"id,headline\n1,No text here\n", "no text column"),
    ("notext.json", b'{"title": "only a title"}', "no text field"),
    ("badjson.json", b'{"text": ', "broken JSON"),
]


@pytest.mark.parametrize("name, data, reason", BAD)
def test_bad_document_is_skipped_and_named(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", "A good document.")
    write(tmp_path, name, data)
    corpus = framing.load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["good"]
    assert len(corpus.skipped) == 1
    assert name in str(corpus.skipped[0]) and reason in corpus.skipped[0].reason


def test_broken_jsonl_line_names_the_line(tmp_path):
    p = write(tmp_path, "x.jsonl", '{"text": "One."}\n{"text": broken\n{"text": "Three."}\n')
    corpus = framing.load_corpus(p)
    assert [d.text for d in corpus] == ["One.", "Three."]
    assert str(corpus.skipped[0]).startswith(f"{p}:2: broken JSON")


def test_undecodable_text(tmp_path):
    write(tmp_path, "good.txt", "Fine.")
    write(tmp_path, "bad.txt", b"\x81\x8d\x8f\x90\x9d")  # undefined in cp1252 too
    corpus = framing.load_corpus(tmp_path)
    assert "undecodable" in corpus.skipped[0].reason


def test_size_limit(tmp_path):
    write(tmp_path, "big.txt", "Word. " * 100)
    write(tmp_path, "small.txt", "Small.")
    corpus = framing.load_corpus(tmp_path, max_chars=100)
    assert [d.id for d in corpus] == ["small"]
    assert "too large" in corpus.skipped[0].reason and "big.txt" in str(corpus.skipped[0])


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(framing.LoadError, match="nope: no such file"):
        framing.load_corpus(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(framing.LoadError, match="folder has no document files"):
        framing.load_corpus(tmp_path / "empty")


def test_symlink_outside_folder_is_not_followed(tmp_path):
    outside = write(tmp_path, "secret.txt", "Secret text.")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write(corpus_dir, "a.txt", "Inside.")
    (corpus_dir / "link.txt").symlink_to(outside)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = framing.load_corpus(corpus_dir)
    assert [d.id for d in corpus] == ["a"]
    assert any("outside the corpus folder" in str(w.message) for w in caught)


def test_duplicate_ids_are_made_unique(tmp_path):
    p = write(tmp_path, "x.jsonl", '{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n')
    assert [d.id for d in framing.load_corpus(p)] == ["a", "a~2"]
