"""Streaming analysis: documents are analysed in batches, and the tables written as the batches come.

Memory stays flat however large the corpus: a worker analyses a batch of documents and hands back

* the rows of the per-sentence tables (``sentences``, ``attributions``, ``frames``, ``mentions``)
  already formatted as CSV text, plus a compact pickle of the raw values (the *spool*);
* the batch's rows of ``documents.csv`` and the ``document`` scope of ``parties.csv`` (per-document
  aggregates are exact on a batch: every document is whole inside one batch);
* the per-document *parts* of the party aggregates (:mod:`framing.parts`: counts per document
  and party, one score per quote, ...), from which the ``outlet`` and ``corpus`` scopes of
  ``parties.csv`` are computed at the end.

The CSV text is appended to a temporary file beside the target, which is renamed over it at the
end (:class:`CsvSink`); a run that fails leaves no partial table. The bytes are those of
:func:`framing.io.write_csv` on the whole table built by :func:`framing.analysis.build_analysis`:
each value is formatted by the rule pandas applies to its column's dtype (``int64``, ``float64``,
``bool`` or ``object``), and the dtype is inferred from the kinds of values seen in the column.
When a later batch changes a column's dtype (ints, then a missing value), or brings a new column,
the sink rewrites the table from the spool at the end, so the output never depends on the batching.

>>> rows = [{"doc_id": "a", "n": 1, "text": "=SUM(1)"}, {"doc_id": "b", "n": 2, "text": "ok"}]
>>> packed = pack_table(rows, ["doc_id"])
>>> packed.keys, packed.text.splitlines()
(('doc_id', 'n', 'text'), ["a,1,'=SUM(1)", 'b,2,ok'])
"""

from __future__ import annotations

import csv
import io
import os
import pickle
import re
import struct
import tempfile
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from . import textcache

__all__ = [
    "PackedTable", "pack_table", "format_rows", "column_class", "CsvSink",
    "ROW_TABLES",
]

#: The per-sentence tables, streamed to disk batch by batch.
ROW_TABLES = ("sentences", "attributions", "frames", "mentions")

# Kinds of values seen in a column (bit flags).
INT, FLOAT, BOOL, STR, OTHER, MISSING, NAN = 1, 2, 4, 8, 16, 32, 64
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_KIND_OF_TYPE: dict[type, int] = {int: INT, float: FLOAT, bool: BOOL, str: STR, type(None): MISSING}


def _kind_of_type(t: type) -> int:
    kind = _KIND_OF_TYPE.get(t)
    if kind is None:
        if issubclass(t, (bool, np.bool_)):
            kind = BOOL
        elif issubclass(t, (int, np.integer)):
            kind = INT
        elif issubclass(t, (float, np.floating)):
            kind = FLOAT
        elif issubclass(t, str):
            kind = STR
        else:
            kind = OTHER
        _KIND_OF_TYPE[t] = kind
    return kind


def column_kinds(column: Sequence[Any]) -> int:
    """The kinds of values in ``column`` as bit flags (``NAN`` when a float is NaN).

    >>> column_kinds([1, None]) == INT | MISSING
    True
    """
    kinds = 0
    for t in set(map(type, column)):
        kinds |= _kind_of_type(t)
    if kinds & FLOAT and any(v != v for v in column):
        kinds |= NAN
    return kinds


def column_class(kinds: int) -> str:
    """The dtype pandas infers for a column with these kinds of values: int, float, bool or object.

    >>> column_class(INT), column_class(INT | MISSING), column_class(BOOL | MISSING), column_class(STR | INT)
    ('int', 'float', 'object', 'object')
    """
    if kinds & (STR | OTHER):
        return "object"
    if kinds & BOOL:
        return "bool" if kinds & ~BOOL == 0 else "object"
    if kinds & INT:
        return "float" if kinds & (FLOAT | MISSING) else "int"
    if kinds & FLOAT:
        return "float"
    return "object"


def _ints_as_float(kinds: int) -> bool:
    """Whether int values of the column print as floats ("3.0")."""
    return bool(kinds & INT) and column_class(kinds) == "float"


def _neutralise(v: Any) -> Any:
    if v.__class__ is str:
        return "'" + v if v.startswith(_FORMULA_START) else v
    if isinstance(v, str):
        return "'" + v if v.startswith(_FORMULA_START) else v
    if isinstance(v, float) and v != v:
        return None
    return v


def _float_cell(v: Any) -> Any:
    if v is None or v != v:
        return None
    return float(v)


def _nan_cell(v: Any) -> Any:
    return None if isinstance(v, float) and v != v else v


_FORMULA_AFTER_LINE = re.compile("\n[" + re.escape("".join(_FORMULA_START)) + "]")


def _any_formula(column: Sequence[Any], kinds: int) -> bool:
    """Whether a string of ``column`` may start like a formula (a false alarm only costs time: the
    cells are then checked one by one). Columns of strings (and ``None``) are joined and searched once."""
    if kinds & ~(STR | MISSING) == 0:
        joined = "\n".join(filter(None, column))
        return joined.startswith(_FORMULA_START) or _FORMULA_AFTER_LINE.search(joined) is not None
    return any(v.startswith(_FORMULA_START) for v in column if isinstance(v, str))


def format_rows(rows: Sequence[Sequence[Any]], kinds: Sequence[int], *, header: Sequence[str] | None = None,
                columns: list[Sequence[Any]] | None = None) -> str:
    """CSV text of ``rows`` as pandas would write them (formulas neutralised) for columns of these kinds.

    ``columns`` (optional) are the columns of ``rows`` when the caller has them already.

    >>> format_rows([(1, 0.5, "-x"), (None, 2.0, "y")], [INT | MISSING, FLOAT, STR], header=("a", "b", "c"))
    "a,b,c\\n1.0,0.5,'-x\\n,2.0,y\\n"
    """
    fixes = []
    for j, k in enumerate(kinds):
        if k & STR:
            fixes.append((j, _neutralise))
        elif _ints_as_float(k):
            fixes.append((j, _float_cell))
        elif k & NAN:
            fixes.append((j, _nan_cell))
    if fixes:
        if columns is None:
            columns = list(zip(*rows)) if rows else [() for _ in kinds]
        columns = list(columns)
        changed = False
        for j, fix in fixes:
            col = columns[j]
            if fix is _neutralise and not kinds[j] & NAN and not _any_formula(col, kinds[j]):
                continue
            columns[j] = list(map(fix, col))
            changed = True
        if changed:
            rows = list(zip(*columns))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


@dataclass
class PackedTable:
    """The rows of one table from one batch: column names, kinds, CSV text and a pickle of the values."""

    keys: tuple[str, ...]
    kinds: tuple[int, ...]
    n_rows: int
    text: str
    blob: bytes

    def rows(self) -> list[tuple]:
        """The raw row tuples (aligned with :attr:`keys`)."""
        return pickle.loads(self.blob)


def table_keys(rows: Iterable[dict[str, Any]], lead: Sequence[str]) -> tuple[str, ...]:
    """``lead`` columns, then every other key in order of first appearance (pandas' order)."""
    seen = dict.fromkeys(lead)
    last: Any = None
    for r in rows:
        keys = r.keys()
        if keys is not last and keys != last:
            seen.update(dict.fromkeys(keys))
            last = keys
    return tuple(seen)


def as_tuples(rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> list[tuple]:
    """Rows as tuples aligned with ``keys`` (``None`` where a row lacks a key)."""
    getter = itemgetter(*keys)
    out = []
    for r in rows:
        try:
            out.append(getter(r))
        except KeyError:
            out.append(tuple(r.get(k) for k in keys))
    if len(keys) == 1:
        out = [(v,) for v in out]
    return out


def keys_and_tuples(rows: Sequence[dict[str, Any]], lead: Sequence[str]) -> tuple[tuple[str, ...], list[tuple], bool]:
    """:func:`table_keys` and :func:`as_tuples` of ``rows``, in one pass when every row has the same keys.

    The last item tells whether every row has exactly the keys (so the tuples hold the rows' own
    values, with no ``None`` standing in for a missing key).

    >>> keys_and_tuples([{"doc_id": "a", "n": 1}, {"n": 2, "doc_id": "b"}], ["doc_id"])
    (('doc_id', 'n'), [('a', 1), ('b', 2)], True)
    >>> keys_and_tuples([{"doc_id": "a"}, {"doc_id": "b", "n": 2}], ["doc_id"])
    (('doc_id', 'n'), [('a', None), ('b', 2)], False)
    """
    if rows:
        keys = tuple(dict.fromkeys([*lead, *rows[0]]))
        n = len(keys)
        if len(rows[0]) == n:  # the first row has every lead column: try its keys for all rows
            getter = itemgetter(*keys)
            try:
                # a row with n keys, all of them found, has exactly these keys
                if all(len(r) == n for r in rows):
                    tuples = list(map(getter, rows))
                    if n == 1:
                        tuples = [(v,) for v in tuples]
                    return keys, tuples, True
            except KeyError:
                pass
    keys = table_keys(rows, lead)
    return keys, as_tuples(rows, keys), False


def pack_table(rows: Sequence[dict[str, Any]], lead: Sequence[str],
               prepared: tuple[tuple[str, ...], list[tuple]] | None = None) -> PackedTable:
    """Pack dict rows for transport and streaming: keys, kinds, CSV body (no header), pickled tuples.

    ``prepared`` is ``(keys, tuples)`` of :func:`keys_and_tuples` when the caller has them already.
    """
    keys, tuples = prepared if prepared is not None else keys_and_tuples(rows, lead)[:2]
    columns = list(zip(*tuples)) if tuples else [() for _ in keys]
    kinds = tuple(column_kinds(c) for c in columns)
    text = format_rows(tuples, kinds, columns=columns)
    return PackedTable(keys, kinds, len(tuples), text, pickle.dumps(tuples, protocol=pickle.HIGHEST_PROTOCOL))


class CsvSink:
    """Append a table's batches to a temporary CSV beside ``path``; rename it into place on :meth:`commit`.

    Parameters
    ----------
    path : path
        The final CSV file.
    lead : sequence of str
        The table's contract columns (always first, even when no batch has rows).
    json_path : path, optional
        Also write the table as JSON (records) on commit, as :func:`framing.io.write_json` would.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> sink = CsvSink(out, ["doc_id"])
    >>> sink.add(pack_table([{"doc_id": "a", "n": 1}], ["doc_id"]))
    >>> sink.add(pack_table([{"doc_id": "b", "n": None}], ["doc_id"]))   # ints become floats
    >>> sink.commit()
    >>> out.read_text().splitlines()
    ['doc_id,n', 'a,1.0', 'b,']
    """

    def __init__(self, path: str | os.PathLike, lead: Sequence[str], json_path: str | os.PathLike | None = None):
        self.path = Path(path)
        self.lead = tuple(lead)
        self.json_path = Path(json_path) if json_path is not None else None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._out = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._spool = tempfile.TemporaryFile(dir=self.path.parent, prefix=f".{self.path.name}.spool.")
        self.keys: list[str] = []
        self.kinds: list[int] = []
        self.n_rows = 0
        self._first: tuple[str, ...] | None = None
        self._int_modes: list[set[bool]] = []  # per column: ints printed as floats in the written batches?
        self._dirty = False
        self._layouts: list[tuple[str, ...]] = []  # the columns of each spooled batch

    def add(self, packed: PackedTable) -> None:
        """Append one batch (batches must come in corpus order)."""
        if packed.n_rows == 0:
            return
        self._spool.write(struct.pack("<Q", len(packed.blob)))
        self._spool.write(packed.blob)
        self._layouts.append(packed.keys)
        earlier = self.n_rows  # rows of earlier batches, which lack any column new here
        self.n_rows += packed.n_rows
        index = {k: j for j, k in enumerate(self.keys)}
        for key, kind in zip(packed.keys, packed.kinds):
            j = index.get(key)
            if j is None:
                index[key] = len(self.keys)
                self.keys.append(key)
                self.kinds.append(kind | (MISSING if earlier else 0))
                self._int_modes.append(set())
            else:
                self.kinds[j] |= kind
        if len(packed.keys) < len(self.keys):  # a column this batch lacks: missing there
            present = set(packed.keys)
            for j, key in enumerate(self.keys):
                if key not in present:
                    self.kinds[j] |= MISSING
        if self._first is None:
            self._first = packed.keys
            self._out.write(format_rows([], [], header=packed.keys))
        if self._dirty or packed.keys != self._first:
            self._dirty = True
            return
        for j, kind in enumerate(packed.kinds):
            if kind & INT:
                self._int_modes[j].add(_ints_as_float(kind))
        self._out.write(packed.text)

    def _batches(self) -> Iterator[list[tuple]]:
        self._spool.seek(0)
        while True:
            head = self._spool.read(8)
            if not head:
                return
            (size,) = struct.unpack("<Q", head)
            yield pickle.loads(self._spool.read(size))

    def _aligned_batches(self) -> Iterator[list[tuple]]:
        """Spooled batches with every row aligned to the final columns."""
        for keys, rows in zip(self._layouts, self._batches()):
            if tuple(keys) == tuple(self.keys):
                yield rows
            else:
                pos = {k: j for j, k in enumerate(keys)}
                idx = [pos.get(k) for k in self.keys]
                yield [tuple(None if i is None else r[i] for i in idx) for r in rows]

    def _final_keys(self) -> list[str]:
        if not self.keys:
            return list(self.lead)
        return self.keys

    def _clean(self) -> bool:
        if self._dirty:
            return False
        return all(modes <= {_ints_as_float(kind)} for modes, kind in zip(self._int_modes, self.kinds))

    def commit(self) -> None:
        """Finish the file (rewriting it from the spool if the batches disagreed) and rename it into place."""
        try:
            if self._first is None:  # no rows at all
                self._out.write(format_rows([], [], header=self.lead))
            elif not self._clean():
                self._rewrite()
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            if self.json_path is not None:
                self._write_json()
            from .io import _default_mode

            os.chmod(self._tmp, _default_mode())  # as framing.io.atomic_write: the usual mode, not 0600
            os.replace(self._tmp, self.path)
        except BaseException:
            self.abort()
            raise

    def close(self) -> None:
        """Release the spool (after :meth:`commit`)."""
        self._spool.close()

    def _rewrite(self) -> None:
        self._out.seek(0)
        self._out.truncate()
        self._out.write(format_rows([], [], header=self.keys))
        for rows in self._aligned_batches():
            self._out.write(format_rows(rows, self.kinds))

    def frame(self):
        """The whole table as a DataFrame, read back from the spool (for reports; not streamed)."""
        import pandas as pd

        keys = self._final_keys()
        frames = [_typed_frame(rows, keys, self.kinds) for rows in self._aligned_batches()] if self._first else []
        if not frames:
            return pd.DataFrame({k: pd.Series(dtype=object) for k in keys})
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

    def _write_json(self) -> None:
        from .io import atomic_write

        assert self.json_path is not None
        keys = self._final_keys()
        with atomic_write(self.json_path) as fh:
            fh.write("[\n")
            first = True
            if self._first is not None:
                for rows in self._aligned_batches():
                    body = _typed_frame(rows, keys, self.kinds).to_json(
                        orient="records", force_ascii=False, indent=1, double_precision=10)
                    body = body[2:-2]  # strip "[\n" and "\n]"
                    if body:
                        fh.write(body if first else ",\n" + body)
                        first = False
            fh.write("\n]\n")

    def abort(self) -> None:
        """Discard the temporary file and the spool."""
        try:
            self._out.close()
        finally:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass
            self._spool.close()


def _typed_frame(rows: list[tuple], keys: Sequence[str], kinds: Sequence[int]):
    """A DataFrame of ``rows`` whose columns have the dtypes of the whole table (from ``kinds``)."""
    import pandas as pd

    columns = list(zip(*rows)) if rows else [() for _ in keys]
    data = {}
    for key, col, kind in zip(keys, columns, kinds):
        cls = column_class(kind)
        if cls == "float":
            data[key] = np.array([np.nan if v is None else float(v) for v in col], dtype=float)
        elif cls == "int":
            data[key] = np.array(col, dtype=np.int64)
        elif cls == "bool":
            data[key] = np.array(col, dtype=bool)
        else:
            arr = np.empty(len(col), dtype=object)
            arr[:] = col
            data[key] = arr
    return pd.DataFrame(data, columns=list(keys))


# --------------------------------------------------------------------------------------------
# The unit of work: one batch of documents, analysed and packed (runs in a worker)
# --------------------------------------------------------------------------------------------


@dataclass
class Batch:
    """Everything a worker hands back for one batch of documents (compact to pickle).

    Attributes
    ----------
    n_docs : int
        Documents analysed (not counting ``skipped``).
    skipped : list of Skipped
        Documents whose analysis failed, with the reason.
    tables : dict of str to PackedTable
        The per-sentence tables (:data:`ROW_TABLES`).
    documents : DataFrame
        The batch's rows of documents.csv (with each component's document columns).
    document_columns : list of list of str
        Columns of the document rows, then those added by each component (to fix the order).
    parties : DataFrame
        The ``document`` scope rows of parties.csv for the batch.
    party_columns : list of list of str
        The columns each component added to ``parties``.
    parts : dict of str to DataFrame
        The components' per-document parts of the party aggregates (:func:`framing.parts.parts_of`),
        for the outlet and corpus scopes.
    """

    n_docs: int
    skipped: list
    tables: dict[str, PackedTable]
    documents: Any
    document_columns: list[list[str]]
    parties: Any
    party_columns: list[list[str]]
    parts: dict[str, Any] = field(default_factory=dict)


def safe_analyze(doc, spec, *, attribution_model: str = "rules"):
    """:func:`framing.pipeline.analyze_document`, or a :class:`~framing.loaders.Skipped` record if it fails."""
    from .loaders import Skipped
    from .pipeline import analyze_document

    try:
        return analyze_document(doc, spec, attribution_model=attribution_model)
    except Exception as exc:  # one bad document never stops a corpus
        return Skipped(str(doc.meta.get("path") or doc.id), f"analysis failed: {type(exc).__name__}: {exc}")


def analyse_batch(docs: Sequence[Any], spec: Any, *, attribution_model: str = "rules") -> Batch:
    """Analyse a batch of documents and pack the rows and per-document aggregates for the writer.

    ``attribution_model``: see :func:`framing.pipeline.analyze_document`.

    >>> from framing.document import Document
    >>> from framing.spec import load_spec
    >>> b = analyse_batch([Document("d", "Baku says yes. Yerevan says no.")], load_spec("karabakh-2023"))
    >>> b.n_docs, b.tables["sentences"].n_rows, list(b.documents["doc_id"])
    (1, 2, ['d'])
    """
    import pandas as pd

    from .analysis import COLUMNS, Analysis, _frame, documents_with_extras, outlet_map, scope_table
    from .loaders import Skipped
    from .parts import parts_of
    from .pipeline import TABLES

    textcache.clear()  # a batch's memos of per-text work are its own (see framing.textcache)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    skipped = []
    for doc in docs:
        r = safe_analyze(doc, spec, attribution_model=attribution_model)
        if isinstance(r, Skipped):
            skipped.append(r)
            continue
        for t in TABLES:
            rows[t].extend(getattr(r, t))
    packed = {}
    frames = {"documents": _frame(rows["documents"], "documents")}
    for t in ROW_TABLES:
        keys, tuples, exact = keys_and_tuples(rows[t], COLUMNS[t])
        packed[t] = pack_table(rows[t], COLUMNS[t], (keys, tuples))
        # the same table as _frame(rows[t], t), built from the tuples (about twice as fast as from dicts)
        frames[t] = pd.DataFrame.from_records(tuples, columns=list(keys)) if exact else _frame(rows[t], t)
    result = Analysis(**frames, spec=spec)
    base_columns = list(result.documents.columns)
    documents, doc_added = documents_with_extras(result)
    result.documents = documents
    parties, party_added = scope_table(result, "document", ["doc_id"], outlet_map(documents))
    return Batch(len(rows["documents"]), skipped, packed, documents, [base_columns, *doc_added], parties,
                 party_added, parts_of(result))


# --------------------------------------------------------------------------------------------
# The writer side: batches in corpus order -> tables on disk (runs in the main process)
# --------------------------------------------------------------------------------------------


def _union(lists: Iterable[Sequence[str]]) -> list[str]:
    return list(dict.fromkeys(c for cols in lists for c in cols))


class StreamingAnalysis:
    """Write the tables of an analysis while its batches arrive; aggregates are finished at the end.

    Parameters
    ----------
    out : path
        Output folder.
    spec : Spec
    formats : sequence of {"csv", "json"}
    jobs : int
        Accepted for compatibility and unused: the outlet and corpus scopes of parties.csv are
        sums over the per-document parts of the batches, cheap enough for one process.
    keep : bool
        Also keep everything needed to return a full :class:`~framing.analysis.Analysis` from
        :meth:`finish` (for HTML/PDF reports; the per-sentence tables are then read back into memory).
    attribution_model : str
        The attribution model the batches were analysed with: :meth:`finish` records it in the
        folder's marker (:func:`framing.io.mark_output_folder`) and in the returned Analysis.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from framing.document import Document
    >>> from framing.spec import load_spec
    >>> spec, out = load_spec("karabakh-2023"), pathlib.Path(tempfile.mkdtemp())
    >>> stream = StreamingAnalysis(out, spec)
    >>> stream.add(analyse_batch([Document("a", "Baku says yes.")], spec))
    >>> stream.add(analyse_batch([Document("b", "Yerevan says no.")], spec))
    >>> summary = stream.finish()
    >>> (summary.n_docs, summary.n_sentences), (out / "sentences.csv").read_text().count("\\n")
    ((2, 2), 3)
    """

    def __init__(self, out: str | os.PathLike, spec: Any, *, formats: Sequence[str] = ("csv",), keep: bool = False,
                 jobs: int = 1, attribution_model: str = "rules"):
        from .analysis import COLUMNS

        self.jobs = jobs
        self.attribution_model = attribution_model
        self.out = Path(out)
        self.spec = spec
        self.formats = tuple(formats)
        self.keep = keep
        self.sinks = {t: CsvSink(self.out / f"{t}.csv", COLUMNS[t],
                                 json_path=self.out / f"{t}.json" if "json" in self.formats else None)
                      for t in ROW_TABLES}
        self.n_docs = 0
        self.skipped: list = []
        self._documents: list = []
        self._document_columns: list[list[list[str]]] = []
        self._parties: list = []
        self._party_columns: list[list[list[str]]] = []
        self._parts: list[dict[str, Any]] = []

    def add(self, batch: Batch) -> None:
        """Write one batch (batches must come in corpus order)."""
        self.skipped.extend(batch.skipped)
        if not batch.n_docs:
            return
        self.n_docs += batch.n_docs
        for t in ROW_TABLES:
            self.sinks[t].add(batch.tables[t])
        self._parts.append(batch.parts)
        self._documents.append(batch.documents)
        self._document_columns.append(batch.document_columns)
        self._parties.append(batch.parties)
        self._party_columns.append(batch.party_columns)

    def _documents_table(self):
        import pandas as pd

        parts = [_union(cols[i] for cols in self._document_columns) for i in range(len(self._document_columns[0]))]
        order = _union(parts)
        return pd.concat(self._documents, ignore_index=True).reindex(columns=order)

    def _parties_table(self, documents):
        import pandas as pd

        from .analysis import SCOPES, Analysis, _frame, finish_party_table, outlet_map, scope_table
        from .parts import merge, unflatten

        lead = ["scope", "doc_id", "outlet", "party"]
        n_components = len(self._party_columns[0])
        order = _union([lead, *(_union(cols[i] for cols in self._party_columns) for i in range(n_components))])
        doc_scope = pd.concat(self._parties, ignore_index=True).reindex(columns=order)
        # the outlet and corpus scopes, from the documents and the merged per-document parts alone
        merged = Analysis(documents=documents, spec=self.spec, skipped=[], **{t: _frame([], t) for t in ROW_TABLES},
                          _parts=unflatten(merge(self._parts)))
        self._parts = []
        outlets = outlet_map(documents)
        rest = [scope_table(merged, scope, by, outlets)[0] for scope, by in SCOPES if scope != "document"]
        return finish_party_table([doc_scope, *rest])

    def finish(self, skipped: Sequence[Any] = ()) -> "StreamSummary":
        """Commit the per-sentence tables, compute and write documents.csv and parties.csv, then mark the
        folder as framing's output, with the attribution model (:func:`framing.io.mark_output_folder`)."""
        from .analysis import Analysis, _frame
        import pandas as pd

        from .io import mark_output_folder, write_csv, write_json

        if not self.n_docs:
            self.abort()
            raise ValueError("no documents were analysed")
        for sink in self.sinks.values():
            sink.commit()
        documents = self._documents_table()
        self._documents = []
        parties = self._parties_table(documents)
        for name, df in (("documents", documents), ("parties", parties)):
            if "csv" in self.formats:
                write_csv(df, self.out / f"{name}.csv")
            if "json" in self.formats:
                write_json(df, self.out / f"{name}.json")
        analysis = None
        if self.keep:
            tables = {t: _frame([], t) if not self.sinks[t].n_rows else self.sinks[t].frame() for t in ROW_TABLES}
            analysis = Analysis(documents=documents, spec=self.spec, skipped=[*skipped, *self.skipped],
                                _parties=parties, attribution_model=self.attribution_model, **tables)
        for sink in self.sinks.values():
            sink.close()
        mark_output_folder(self.out, attribution_model=self.attribution_model)  # after the tables
        # statements as documents.csv counts them: a joint speaker's once (attributions.csv has a row per party)
        n_statements = (int(pd.to_numeric(documents["attributions"], errors="coerce").fillna(0).sum())
                        if "attributions" in documents.columns else self.sinks["attributions"].n_rows)
        return StreamSummary(self.n_docs, *(self.sinks[t].n_rows for t in ROW_TABLES), [*skipped, *self.skipped],
                             analysis, n_statements)

    def abort(self) -> None:
        """Discard every temporary file: a failed run leaves the previous tables (or none)."""
        for sink in self.sinks.values():
            sink.abort()


@dataclass
class StreamSummary:
    """What a streamed analysis wrote: counts, failures, and the full Analysis when ``keep=True``.

    ``n_attributions`` counts the rows of attributions.csv (a joint speaker's statement has one per
    party); ``n_statements`` counts statements as documents.csv does (a joint speaker's once).
    """

    n_docs: int
    n_sentences: int
    n_attributions: int
    n_frames: int
    n_mentions: int
    skipped: list
    analysis: Any = None
    n_statements: int = 0
