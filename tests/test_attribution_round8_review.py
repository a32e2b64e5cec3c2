"""Attribution round 8, code-review fixes (docs/ARCHITECTURE.md, "Joint speakers"; findings 2, 3, 10, 11, 14).

A joint speaker's continued quote is each party's too; a job title that opens with a preposition
("Under Secretary of State …") is no adverbial; ``map_batches`` keeps the documented ``fn(batch, spec)``;
every output counts a joint statement once; the attribution model is recorded with the tables.
"""

from __future__ import annotations

import pytest

import framing
from framing.attribution.tables import party_table
from framing.segment import sentences
from framing.spec import load_spec

from .attribution_rows import GAZA, UKRAINE, rows as _rows

JOINT = "\"We stand together,\" Ukraine and the West said. \"Russia must leave. It has no right to be there.\""


# finding 2: a continuation of a joint speaker's quote gives one row per party, as its first part does
def test_joint_speaker_continuation_rows():
    rows = _rows(UKRAINE, JOINT)
    got = [(r["content"], r["party"], r["via"], r["joint"], r["continued"]) for r in rows]
    assert got == [
        ("\"We stand together,\"", "ukraine", "alias", "ukraine;west", False),
        ("\"We stand together,\"", "west", "coordinated", "ukraine;west", False),
        ("\"Russia must leave. It has no right to be there.\"", "ukraine", "alias", "ukraine;west", True),
        ("\"Russia must leave. It has no right to be there.\"", "west", "coordinated", "ukraine;west", True),
    ]


def test_joint_speaker_continuation_credits_both_parties_all_words():
    r = framing.analyze(JOINT, spec=UKRAINE)
    p = party_table(r, []).set_index("party")
    assert p.loc[["ukraine", "west"], "attributions"].tolist() == [2, 2]
    assert p.loc[["ukraine", "west"], "quoted_words"].tolist() == [13, 13]
    assert p.loc[["ukraine", "west"], "word_share"].tolist() == [0.5, 0.5]
    assert int(r.documents["attributions"].iloc[0]) == 2  # two statements, each once


# finding 3: a preposition that opens a job title ("Under Secretary") is part of the speaker
@pytest.mark.parametrize("spec, text, expected", [
    (UKRAINE, "Under Secretary of State Victoria Nuland said the United States would not stand by.",
     [("Under Secretary of State Victoria Nuland", "west")]),
    (GAZA, "Under Secretary-General for Political Affairs Jeffrey Feltman said the talks would resume.",
     [("Under Secretary-General for Political Affairs Jeffrey Feltman", "")]),  # no "UN" named: no party
    # adverbials stay adverbials: the subject after them speaks
    (UKRAINE, "Under the agreement Russia said the talks would resume.", [("Russia", "russia")]),
    (UKRAINE, "Over the weekend Putin said the talks would resume.", [("Putin", "russia")]),
    (UKRAINE, "On Monday Putin said the talks would resume.", [("Putin", "russia")]),
])
def test_title_opened_by_preposition_is_kept(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text)] == expected


# finding 10: map_batches keeps the documented fn(batch, spec) signature
def _ids(batch, spec):
    return [d.id for d in batch]


def _ids_and_model(batch, spec, *, attribution_model="rules"):
    return [(d.id, attribution_model) for d in batch]


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_batches_calls_two_argument_function_with_default_model(jobs):
    from framing import engine
    from framing.document import Document

    batches = [[Document("a", "A."), Document("b", "B.")], [Document("c", "C.")]]
    assert list(engine.map_batches(_ids, batches, load_spec(GAZA), jobs=jobs)) == [["a", "b"], ["c"]]


def test_map_batches_passes_other_models_by_keyword():
    from framing import engine
    from framing.document import Document

    batches = [[Document("a", "A.")]]
    got = list(engine.map_batches(_ids_and_model, batches, load_spec(GAZA), jobs=1, attribution_model="cues"))
    assert got == [[("a", "cues")]]
    with pytest.raises(TypeError, match="attribution_model"):  # a two-argument fn cannot take another model
        list(engine.map_batches(_ids, batches, load_spec(GAZA), jobs=1, attribution_model="cues"))


# finding 11: every output counts a joint speaker's statement once, as documents.csv does
def _two_outlets():
    from framing.document import Document

    docs = [Document("a", JOINT, {"outlet": "Kyiv Post", "title": "Together"}),
            Document("b", "Putin said the vote was legal.", {"outlet": "TASS", "title": "Vote"})]
    return framing.analyze(docs, spec=UKRAINE)


def test_report_counts_statements_as_documents_csv_does():
    from framing import report
    from framing.report import data

    r = _two_outlets()
    per_doc = r.documents.set_index("doc_id")["attributions"].astype(int).to_dict()
    assert per_doc == {"a": 2, "b": 1} and len(r.attributions) == 5  # 4 credits of 2 joint statements + 1
    outlets = data.outlet_summary(r).set_index("outlet")["statements"].to_dict()
    assert outlets == {"Kyiv Post": 2, "TASS": 1}
    assert {a["id"]: a["statements"] for a in report._articles(r, 4)} == per_doc
    assert {d["id"]: d["statements"] for d in report._documents(r)} == per_doc
    assert "3 attributed statements" in report.render_html(r)


def test_cli_summary_counts_statements_and_marker_records_the_model(tmp_path, capsys):
    from framing.cli import main
    from framing.io import output_info

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(JOINT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--spec", UKRAINE, "--out", str(out), "--jobs", "1", "--no-progress"]) == 0
    assert "(3 sentences, 2 statements, " in capsys.readouterr().out
    import pandas as pd

    assert int(pd.read_csv(out / "documents.csv")["attributions"].sum()) == 2
    assert len(pd.read_csv(out / "attributions.csv")) == 4
    assert output_info(out) == {"framing_version": framing.__version__, "attribution_model": "rules"}


@pytest.mark.parametrize("model", ["polnear", "crf"])
def test_learned_models_rows_have_the_joint_column(model):
    from framing.attribution import analyse
    from framing.document import Document

    doc = Document("a", "Putin said the vote was legal. \"We will not leave,\" the minister said.")
    rows = analyse(doc, sentences(doc.text), load_spec(UKRAINE), model=model)["attributions"]
    assert rows and all(r["joint"] == "" for r in rows)


# finding 14: the attribution model is recorded with the outputs
@pytest.mark.parametrize("model", ["rules", "cues"])
def test_saved_and_streamed_tables_record_the_model(tmp_path, model):
    from framing.document import Document
    from framing.io import output_info
    from framing.stream import StreamingAnalysis, analyse_batch

    spec = load_spec(UKRAINE)
    r = framing.analyze(JOINT, spec=spec, attribution_model=model)
    r.save(tmp_path / "saved")
    assert output_info(tmp_path / "saved")["attribution_model"] == model
    stream = StreamingAnalysis(tmp_path / "streamed", spec, attribution_model=model)
    stream.add(analyse_batch([Document("a", JOINT)], spec, attribution_model=model))
    summary = stream.finish()
    assert output_info(tmp_path / "streamed")["attribution_model"] == model
    assert summary.n_statements == 2 and summary.n_attributions == 4
    # and in the Analysis of a streamed run, whether or not a report is written
    keep = StreamingAnalysis(tmp_path / "kept", spec, keep=True, attribution_model=model)
    keep.add(analyse_batch([Document("a", JOINT)], spec, attribution_model=model))
    assert keep.finish().analysis.attribution_model == model
