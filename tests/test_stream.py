"""The streaming writer gives the bytes of the whole-table writer, whatever the batching."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.analysis import _frame
from framing.io import write_csv, write_json
from framing.stream import CsvSink, column_class, column_kinds, pack_table

LEAD = ["doc_id", "start", "end", "party", "text"]  # the mentions contract

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.sampled_from(list("ab =+-@,\"'\n\r\t“é")), max_size=6),
)
# Rows always have doc_id (the pipeline adds it); other keys come and go, in any order.
row = st.builds(lambda doc_id, rest: {"doc_id": doc_id, **rest}, values,
                st.dictionaries(st.sampled_from(["start", "party", "x", "y", "z"]), values, max_size=4))


def _whole(rows, path, name="mentions"):
    write_csv(_frame(rows, name), path)


def _streamed(batches, path, json_path=None):
    sink = CsvSink(path, LEAD, json_path=json_path)
    for batch in batches:
        sink.add(pack_table(batch, LEAD))
    sink.commit()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(row, max_size=5), max_size=4))
def test_streamed_csv_equals_whole_table_csv(tmp_path, batches):
    rows = [r for b in batches for r in b]
    _whole(rows, tmp_path / "whole.csv")
    _streamed(batches, tmp_path / "stream.csv")
    assert (tmp_path / "stream.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


@pytest.mark.parametrize(
    "batches",
    [
        # ints, then a missing value: the whole column prints as floats
        [[{"doc_id": "a", "x": 1}], [{"doc_id": "b", "x": None}]],
        # ints, then a string: the column becomes object and ints print as ints
        [[{"doc_id": "a", "x": 1, "y": None}], [{"doc_id": "b", "x": "s"}]],
        # a column that only appears in the second batch goes last, as in the whole table
        [[{"doc_id": "a", "x": 1.5}], [{"doc_id": "b", "y": True, "x": 2.5}]],
        # an empty batch between two, and columns in another order
        [[{"doc_id": "a", "y": 1, "x": 2}], [], [{"x": 3, "doc_id": "b", "y": 4}]],
        # bools with a missing value, NaN floats, formulas
        [[{"doc_id": "=a", "x": True, "y": float("nan")}], [{"doc_id": "-b", "y": 0.1}]],
        [],
    ],
)
def test_streamed_tables_equal_whole_tables(tmp_path, batches):
    rows = [r for b in batches for r in b]
    _whole(rows, tmp_path / "whole.csv")
    write_json(_frame(rows, "mentions"), tmp_path / "whole.json")
    _streamed(batches, tmp_path / "stream.csv", json_path=tmp_path / "stream.json")
    assert (tmp_path / "stream.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    assert json.loads((tmp_path / "stream.json").read_text()) == json.loads((tmp_path / "whole.json").read_text())
    assert (tmp_path / "stream.json").read_bytes() == (tmp_path / "whole.json").read_bytes()


@pytest.mark.parametrize(
    "column, expected",
    [
        ([1, 2], "int"),
        ([1, None], "float"),
        ([1, 0.5], "float"),
        ([1, float("nan")], "float"),
        ([np.int64(1), np.float64(0.5)], "float"),
        ([True, False], "bool"),
        ([True, None], "object"),
        ([True, 1], "object"),
        (["a", 1], "object"),
        ([None, None], "object"),
        ([[1], 2], "object"),
    ],
)
def test_column_class_follows_pandas(column, expected):
    import pandas as pd

    assert column_class(column_kinds(column)) == expected
    dtype = pd.DataFrame({"c": column}).dtypes["c"]
    assert {"int": "int64", "float": "float64", "bool": "bool"}.get(expected, "object") == str(
        dtype if dtype != object else "object")


def test_failed_run_leaves_no_file(tmp_path):
    sink = CsvSink(tmp_path / "t.csv", LEAD)
    sink.add(pack_table([{"doc_id": "a"}], LEAD))
    sink.abort()
    assert list(tmp_path.iterdir()) == []
