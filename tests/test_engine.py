"""Engines: the same tables, byte for byte, in process, on a process pool and on a Dask cluster."""

from __future__ import annotations

import io

import pytest

import framing
from framing import engine
from framing.cli import main

from .conftest import ROOT

GAZA = ROOT / "corpora" / "gaza-2012-2014"
SEED = ROOT / "corpora" / "karabakh-2023"
NAMES = ("documents", "sentences", "attributions", "frames", "parties", "mentions")


def _files(folder, formats=("csv",)):
    return {f"{n}.{ext}": (folder / f"{n}.{ext}").read_bytes() for n in NAMES for ext in formats}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A small real corpus: 16 Gaza articles (a .jsonl) and the seed article (Markdown)."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = (GAZA / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:16]
    (folder / "gaza.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "seed.md").write_bytes(next(SEED.glob("*.md")).read_bytes())
    return folder


def _cli(corpus, out, *extra):
    assert main(["analyze", str(corpus), "--spec", "gaza-2012-2014", "--out", str(out), "--no-progress",
                 *extra]) == 0
    return out


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus):
    """The library's whole-table tables (framing.analyze -> Analysis.save), one core."""
    out = tmp_path_factory.mktemp("library")
    corpus = framing.load_corpus(corpus)
    framing.analyze(corpus, spec="gaza-2012-2014", jobs=1).save(out, formats=("csv", "json"))
    return _files(out, ("csv", "json"))


def test_streamed_tables_equal_whole_tables_whatever_the_batching(tmp_path, monkeypatch, corpus, reference):
    """Small batches (several per table, with a ragged end) give the bytes of the whole-table writer."""
    monkeypatch.setattr(engine, "BATCH_DOCS", 5)
    got = _files(_cli(corpus, tmp_path / "stream", "--jobs", "1", "--format", "csv,json"), ("csv", "json"))
    assert got.keys() == reference.keys()
    for name in got:
        assert got[name] == reference[name], name
    assert not [p.name for p in (tmp_path / "stream").iterdir() if p.name.endswith(".tmp")]  # no temp files left
    modes = {p.name: p.stat().st_mode for p in (tmp_path / "stream").iterdir()}
    assert len(set(modes.values())) == 1, modes  # streamed tables get the same mode as the others


def test_process_pool_gives_the_same_bytes(tmp_path, monkeypatch, corpus, reference):
    monkeypatch.setattr(engine, "BATCH_DOCS", 4)
    got = _files(_cli(corpus, tmp_path / "pool", "--jobs", "2"))
    assert got == {k: v for k, v in reference.items() if k.endswith(".csv")}


@pytest.fixture(scope="module")
def crf_reference(tmp_path_factory, corpus):
    """The tables with the CRF attribution model, in this process."""
    return _files(_cli(corpus, tmp_path_factory.mktemp("crf"), "--jobs", "1", "--attribution-model", "crf"))


def test_process_pool_carries_the_attribution_model(tmp_path, monkeypatch, corpus, reference, crf_reference):
    monkeypatch.setattr(engine, "BATCH_DOCS", 4)
    got = _files(_cli(corpus, tmp_path / "pool", "--jobs", "2", "--attribution-model", "crf"))
    assert got == crf_reference
    assert got["attributions.csv"] != reference["attributions.csv"]  # the workers used the CRF, not the rules


def test_dask_cluster_gives_the_same_bytes(tmp_path, monkeypatch, corpus, reference, crf_reference):
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(engine, "BATCH_DOCS", 6)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, host="127.0.0.1", protocol="tcp",
                                  dashboard_address=None) as cluster:
        got = _files(_cli(corpus, tmp_path / "dask", "--engine", "dask", "--scheduler", cluster.scheduler_address))
        crf = _files(_cli(corpus, tmp_path / "dask-crf", "--engine", "dask", "--scheduler", cluster.scheduler_address,
                          "--attribution-model", "crf"))
    assert got == {k: v for k, v in reference.items() if k.endswith(".csv")}
    assert crf == crf_reference


# Real sentences of the seed article: a belief the rules leave out and the CRF takes, and a quote both take.
BELIEF = ("By washing his hands of Nagorno-Karabakh, Mr Putin wants to show there is a price to be paid for "
          "leaders who turn their back on Russia.")
QUOTE = "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev."


@pytest.mark.parametrize("jobs", [1, 2])
def test_library_attribution_model_on_every_engine(jobs):
    result = framing.analyze([BELIEF, QUOTE, BELIEF], spec="karabakh-2023", jobs=jobs, attribution_model="crf")
    rows = result.attributions[["doc_id", "party", "cue"]].values.tolist()
    assert rows == [["text-0", "russia", "want"], ["text-1", "azerbaijan", "say"],
                    ["text-2", "russia", "want"]]
    assert result.attribution_model == "crf"
    assert framing.analyze([BELIEF], spec="karabakh-2023").attribution_model == "rules"


@pytest.mark.parametrize("model", ["bert", "CRF", True, None])
def test_unknown_attribution_model_names_the_options(model):
    with pytest.raises(ValueError, match=r"unknown attribution model .*; models are: rules, cues, polnear, crf"):
        framing.analyze([QUOTE], attribution_model=model)
    with pytest.raises(ValueError, match="models are: rules, cues, polnear, crf"):
        engine.iter_batches([], framing.load_spec("karabakh-2023"), attribution_model=model)


def test_unreachable_scheduler_is_a_one_line_error(tmp_path, capsys):
    dask = pytest.importorskip("dask")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code = main(["analyze", str(SEED), "--out", str(tmp_path), "--engine", "dask", "--scheduler",
                     "tcp://127.0.0.1:9", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the dask scheduler at tcp://127.0.0.1:9" in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    "flag, tty, environ, expected",
    [
        (None, True, {}, True),              # a terminal: show it
        (None, False, {}, False),            # piped or redirected: quiet
        (None, True, {"CI": "true"}, False),  # CI logs: quiet even on a pseudo-terminal
        (None, True, {"CI": "1"}, False),
        (None, True, {"CI": "false"}, True),
        (True, False, {"CI": "true"}, True),  # --progress forces it
        (False, True, {}, False),            # --no-progress
    ],
)
def test_progress_bar_only_on_a_terminal_outside_ci(flag, tty, environ, expected):
    assert engine.progress_enabled(flag, _Stream(tty), environ) is expected


@pytest.mark.parametrize("jobs, expected", [(1, 1), (3, 3), (None, None), (0, None)])
def test_jobs_default_to_every_core(jobs, expected):
    import os

    assert engine.resolve_jobs(jobs) == (expected or os.cpu_count())


def test_unknown_engine_names_the_options():
    with pytest.raises(ValueError, match="unknown engine 'spark'; engines are: local, dask"):
        engine.iter_batches([], framing.load_spec("karabakh-2023"), engine="spark")


def test_streamed_analysis_kept_for_reports_equals_the_library_analysis(tmp_path):
    """With keep=True (HTML/PDF reports) the streamed run returns the same tables as framing.analyze."""
    from framing.engine import batched, iter_batches
    from framing.io import write_csv
    from framing.stream import StreamingAnalysis

    corpus = framing.load_corpus(SEED)
    spec = framing.load_spec("karabakh-2023")
    stream = StreamingAnalysis(tmp_path / "s", spec, keep=True)
    for batch in iter_batches(batched(corpus), spec, jobs=1):
        stream.add(batch)
    kept = stream.finish().analysis
    library = framing.analyze(corpus, spec=spec)
    for name in NAMES:
        write_csv(kept.table(name), tmp_path / "kept.csv")
        write_csv(library.table(name), tmp_path / "library.csv")
        assert (tmp_path / "kept.csv").read_bytes() == (tmp_path / "library.csv").read_bytes(), name
