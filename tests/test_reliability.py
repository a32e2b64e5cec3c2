"""Hostile and messy input: fuzzed text through every component, linear time, atomic output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import framing
from framing.document import Document
from framing.io import neutralise_formulas, write_csv
from framing.loaders import SUFFIXES, iter_documents
from framing.pipeline import analyze_document
from framing.spec import load_spec

from .conftest import ROOT

SPEC = load_spec("karabakh-2023")
QUOTES = list("“”‘’\"'«»„")
PIECES = QUOTES + [" ", ".", ",", "\n", "\n\n", "Azerbaijan", " says ", " said ", "Mr ", "Mr. ", " according to ",
                   " claims ", "Baku", " called it ", " accused ", "ethnic cleansing", "anti-terrorist operation",
                   "not ", "so-called ", "Armenia’s army", " one says", "he", "she", "U.S.", "—", "(", ")", "a"]
messy = st.lists(st.sampled_from(PIECES), max_size=120).map("".join) | st.text(max_size=400)


def check_rows(text: str) -> None:
    rows = analyze_document(Document("fuzz", text), SPEC)
    for s in rows.sentences:
        assert text[s["start"]:s["end"]] == s["text"]
    for a in rows.attributions:
        assert 0 <= a["start"] <= a["end"] <= len(text)
        assert text[a["start"]:a["end"]] == a["content"]
    for f in rows.frames:
        assert text[f["start"]:f["end"]] == f["text"]
    for m in rows.mentions:
        assert text[m["start"]:m["end"]] == m["text"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy)
def test_pipeline_never_raises_and_offsets_hold(text):
    check_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 500 + "Azerbaijan says" + "”" * 3,
        "“A ‘b “c ‘d “e ‘f” g’ h” i’ j” k,” says Mr Hajiyev." * 20,
        "word " * 5000,  # a very long sentence without punctuation
        "“Unclosed quote, says Azerbaijan. And more text.\n\n“Another, she said.",
        "according to according to according to Azerbaijan",
        "”Backwards quotes“ says Baku.",
    ],
)
def test_adversarial_examples(text):
    check_rows(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(sorted(SUFFIXES)))
def test_loaders_never_raise_on_arbitrary_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    path.write_bytes(data)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = list(iter_documents(path))
    for item in items:
        assert isinstance(item, (framing.Document, framing.Skipped))


def adversarial(size: int) -> str:
    unit = ("“Azerbaijan ‘says “Mr. Hajiyev according to " + "word " * 40 + "“ ” ‘ ’ \" ' ( [ "
            + "claims that " * 5 + "ethnic-cleansing anti-terrorist so-called not ")
    return (unit * (size // len(unit) + 1))[:size]


def test_time_is_linear_in_input_size():
    """10x the input must cost about 10x the time (a quadratic step would cost 100x)."""
    small, large = adversarial(100_000), adversarial(1_000_000)
    analyze_document(Document("warm", small[:5000]), SPEC)
    t0 = time.process_time()
    analyze_document(Document("s", small), SPEC)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    analyze_document(Document("l", large), SPEC)
    t_large = time.process_time() - t0
    ratio = t_large / max(t_small, 1e-3)
    # Linear is ~10 (measured 16-18 with interpreter warm-up and caches); a quadratic step gives ~100.
    # The bound leaves room for a loaded machine without letting a quadratic step through.
    assert ratio < 40, f"1 MB took {t_large:.2f}s, 100 KB {t_small:.2f}s: ratio {ratio:.1f} (linear is ~10)"


# --- atomic output -----------------------------------------------------------------------------

WRITER = """
import sys, pandas as pd
from framing.io import write_csv
df = pd.DataFrame({"text": ["x" * 200] * 400_000, "n": range(400_000)})
write_csv(df, sys.argv[1])
"""


def test_killed_writer_leaves_previous_file(tmp_path):
    target = tmp_path / "sentences.csv"
    write_csv(pd.DataFrame({"text": ["previous"], "n": [1]}), target)
    before = target.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the temporary file is being written
        tmps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp") and p.stat().st_size > 0]
        if tmps or proc.poll() is not None:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the writer finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert target.read_bytes() == before


def test_output_files_get_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        write_csv(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "t.csv").stat().st_mode & 0o777 == 0o644


def test_rerun_of_bundled_corpus_is_byte_identical(tmp_path):
    for out in ("a", "b"):
        framing.analyze(ROOT / "corpora" / "karabakh-2023", spec="karabakh-2023").save(tmp_path / out, formats=("csv", "json"))
    for f in sorted((tmp_path / "a").iterdir()):
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes(), f.name


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_cells_are_neutralised(cell):
    out = neutralise_formulas(pd.DataFrame({"text": [cell], "score": [-0.25]}))
    assert out.loc[0, "text"] == "'" + cell
    assert out.loc[0, "score"] == -0.25  # numbers are left alone


def test_csv_of_hostile_article_is_neutralised(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "evil.md").write_text("---\ntitle: \"=HYPERLINK(\\\"http://x\\\")\"\noutlet: \"@evil\"\n---\n=1+1 is not a sentence. Good.\n")
    framing.analyze(tmp_path / "c").save(tmp_path / "out")
    docs = (tmp_path / "out" / "documents.csv").read_text()
    sents = (tmp_path / "out" / "sentences.csv").read_text()
    assert "'=HYPERLINK" in docs and "'@evil" in docs and "'=1+1 is not a sentence." in sents


HOSTILE_SPEC = """\
name: "<script>document.title='SPEC'</script>"
title: "<img src=x onerror=alert('title')>Conflict"
parties:
  - id: north
    name: "<b onmouseover=alert(1)>North</b>"
    aliases: [Northland]
  - id: south
    name: South
frames:
  - id: liberation
    owner: north
    label: "<iframe src=javascript:alert(2)>Liberation"
    description: "<script>alert(3)</script>"
    cues: [liberation]
"""


def test_spec_names_and_labels_are_escaped_in_the_report(tmp_path):
    from html.parser import HTMLParser

    import framing.report

    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(HOSTILE_SPEC, encoding="utf-8")
    doc = Document("d", "Northland says the liberation has begun. “It is a liberation,” a minister said.",
                   {"title": "<script>alert('doc')</script>", "outlet": "<svg onload=alert(4)>"})
    html = framing.report.render_html(framing.analyze([doc], spec=spec_file), command="framing analyze x")

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found = []

        def handle_starttag(self, tag, attrs):
            self.found.append((tag, [k for k, _ in attrs]))

    parser = Tags()
    parser.feed(html)
    assert not [t for t, _ in parser.found if t in ("script", "iframe", "b", "img")]
    assert not [a for _, attrs in parser.found for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;document.title=&#39;SPEC&#39;&lt;/script&gt;" in html      # spec name
    assert "&lt;b onmouseover=alert(1)&gt;North&lt;/b&gt;" in html                  # party name


@pytest.mark.parametrize(
    "corpus, ids, skipped",
    [
        ("Azerbaijan.", ["text"], []),                      # one word is text, not a path
        (["", "Baku says yes."], ["text-1"], ["text-0: empty text"]),
    ],
)
def test_analyze_strings_as_text(corpus, ids, skipped):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = framing.analyze(corpus)
    assert result.documents["doc_id"].tolist() == ids and [str(s) for s in result.skipped] == skipped
    assert [str(w.message) for w in caught] == [f"skipped {s}" for s in skipped]   # a notebook user sees it


def test_analyze_warns_when_a_document_fails(monkeypatch):
    # one document whose analysis raises is skipped with the reason, the others are analysed, and it is not silent
    import framing.pipeline

    real = framing.pipeline.analyze_document

    def flaky(doc, *args, **kwargs):
        if "Yerevan" in doc.text:
            raise RuntimeError("speaker resolution broke")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(framing.pipeline, "analyze_document", flaky)
    with pytest.warns(UserWarning, match=r"^skipped text-1: analysis failed: RuntimeError: speaker resolution broke$"):
        result = framing.analyze(["Baku says yes.", "Yerevan says no."], jobs=1)
    assert result.documents["doc_id"].tolist() == ["text-0"] and len(result.skipped) == 1


@pytest.mark.parametrize("corpus, message", [("", "empty text"), ("missing/article.md", "no such file"), ("notes.txt", "no such file")])
def test_analyze_rejects_empty_text_and_missing_paths(corpus, message):
    with pytest.raises(framing.LoadError, match=message):
        framing.analyze(corpus)
