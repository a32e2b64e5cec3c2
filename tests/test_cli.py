from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from framing.cli import main

from .conftest import ROOT


def test_analyze_seed_writes_tables(tmp_path, capsys):
    assert main(["analyze", str(ROOT / "corpora" / "karabakh-2023"), "--out", str(tmp_path), "--jobs", "1"]) == 0
    docs = pd.read_csv(tmp_path / "documents.csv")
    sents = pd.read_csv(tmp_path / "sentences.csv")
    assert docs.loc[0, "title"] == "A one-day war" and docs.loc[0, "outlet"] == "The Economist"
    assert docs.loc[0, "sentences"] == 48 and len(sents) == 48
    assert {"doc_id", "sent_idx", "start", "end", "text", "voice", "parties"} <= set(sents.columns)
    assert "analysed 1 documents" in capsys.readouterr().out


def test_rerun_gives_identical_tables(tmp_path):
    for out in ("a", "b"):
        assert main(["analyze", str(ROOT / "corpora" / "karabakh-2023"), "--out", str(tmp_path / out), "--format", "csv,json", "--jobs", "1"]) == 0
    for name in ("documents.csv", "sentences.csv", "parties.csv", "sentences.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_output_inside_the_corpus_is_not_read_back(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Azerbaijan says the operation is over.")
    for _ in range(2):  # the second run sees c/out/*.csv and must not read them as articles
        assert main(["analyze", str(corpus), "--out", str(corpus / "out"), "--jobs", "1"]) == 0
        assert "analysed 1 documents" in capsys.readouterr().out
    assert (corpus / "out" / ".framing-output").is_file()
    assert main(["analyze", str(corpus / "out"), "--out", str(tmp_path / "o2"), "--jobs", "1"]) == 2
    assert "out: this is an output folder of framing" in capsys.readouterr().err


def test_bad_documents_are_reported_and_skipped(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Azerbaijan says the operation is over.")
    (corpus / "empty.txt").write_text("")
    (corpus / "lines.jsonl").write_text('{"text": "Fine."}\n{oops\n')
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert "skipped: " in captured.err and "empty.txt: empty file" in captured.err
    assert "lines.jsonl:2: broken JSON" in captured.err
    assert "analysed 2 documents" in captured.out and "skipped 2" in captured.out
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out2"), "--on-error", "fail"]) == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["analyze", "/no/such/path"], "/no/such/path: no such file or folder"),
        (["analyze", "{empty}"], "folder has no document files"),
        (["analyze", "{empty}/../c.txt", "--spec", "nospec"], "nospec: no such spec file"),
        (["analyze", "{empty}/../c.txt", "--attribution-model", "bert"],
         "unknown attribution model 'bert'; models are: rules, cues, polnear, crf"),
    ],
)
def test_fatal_errors_are_one_line(tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "c.txt").write_text("Text.")
    args = [a.replace("{empty}", str(tmp_path / "empty")) for a in args]
    proc = subprocess.run([sys.executable, "-m", "framing", *args, "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr


def test_specs_lists_builtins(capsys):
    assert main(["specs"]) == 0
    out = capsys.readouterr().out
    assert "karabakh-2023" in out and "gaza-2012-2014" in out and "ukraine-2014" in out


def test_score_prints_counts(capsys):
    assert main(["score", "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\"words\": 13" in out and '"sentences": 1' in out


@pytest.mark.parametrize("out, message", [("/proc/no/such/dir", "cannot write output"), ("{file}", "cannot write output")])
def test_unwritable_out_is_a_one_line_error(tmp_path, capsys, out, message):
    src = tmp_path / "a.txt"
    src.write_text("Azerbaijan says the operation is over.")
    assert main(["analyze", str(src), "--out", out.replace("{file}", str(src)), "--jobs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_score_of_a_missing_file_is_an_error(capsys):
    assert main(["score", "no-such-article.md"]) == 2
    assert "no-such-article.md: no such file" in capsys.readouterr().err


# Real sentences of the seed article, one paragraph each. The rules take only speech; the learned
# models also take beliefs and intentions ("Mr Putin wants to show ...").
MODEL_TEXT = (
    "By washing his hands of Nagorno-Karabakh, Mr Putin wants to show there is a price to be paid for leaders "
    "who turn their back on Russia.\n\n"
    "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.\n\n"
    "Armenian officials were well aware of the risk they were taking in pivoting to the West.\n\n"
    "Armenia’s army claims to be staying out of the dispute.\n"
)


@pytest.mark.parametrize(
    "model, expected",
    [
        (None, [("azerbaijan", "say", "direct"), ("armenia", "claim", "indirect")]),  # the default: rules
        ("rules", [("azerbaijan", "say", "direct"), ("armenia", "claim", "indirect")]),
        # the CRF (v2, v3) misses "Armenia's army claims ..." (strict xfail in test_crfmodel.py; the card's Limits)
        ("crf", [("russia", "want", "indirect"), ("azerbaijan", "say", "direct"),
                 ("armenia", "were well aware of", "indirect")]),
        ("polnear", [("russia", "want", "indirect"), ("azerbaijan", "say", "direct"),
                     ("armenia", "claim", "indirect")]),
        ("cues", [("russia", "want to", "indirect"), ("azerbaijan", "say", "direct"),
                  ("armenia", "claim", "indirect")]),
    ],
)
def test_attribution_model_option_chooses_the_rows(tmp_path, model, expected):
    (tmp_path / "seed.txt").write_text(MODEL_TEXT, encoding="utf-8")
    option = [] if model is None else ["--attribution-model", model]
    assert main(["analyze", str(tmp_path / "seed.txt"), "--out", str(tmp_path / "o"), "--jobs", "1",
                 "--no-progress", *option]) == 0
    rows = pd.read_csv(tmp_path / "o" / "attributions.csv", keep_default_na=False)
    assert list(rows[["party", "cue", "kind"]].itertuples(index=False, name=None)) == expected


def test_unknown_attribution_model_fails_before_any_work(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Azerbaijan says the operation is over.")
    assert main(["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--attribution-model", "CRF"]) == 2
    err = capsys.readouterr().err
    assert err == "framing: error: unknown attribution model 'CRF'; models are: rules, cues, polnear, crf\n"
    assert not (tmp_path / "o").exists()


def test_help_lists_the_attribution_models(capsys):
    from framing.pipeline import ATTRIBUTION_MODELS

    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert "--attribution-model {" + ",".join(ATTRIBUTION_MODELS) + "}" in capsys.readouterr().out
