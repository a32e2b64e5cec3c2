"""``framing.analyze``: run the pipeline over a corpus and hold the tidy result tables.

>>> import framing
>>> result = framing.analyze("Azerbaijan says it is over. Armenia disagrees.", spec="karabakh-2023")
>>> result.sentences[["sent_idx", "text"]].values.tolist()
[[0, 'Azerbaijan says it is over.'], [1, 'Armenia disagrees.']]
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

import pandas as pd

from . import attribution, frames, scorers
from .document import Document
from .io import mark_output_folder, write_csv, write_json
from .loaders import Corpus, LoadError, Skipped, load_corpus, looks_like_path
from .pipeline import TABLES, DocumentRows
from .spec import Spec, load_spec

__all__ = ["Analysis", "analyze", "build_analysis"]

CorpusLike = Union[Corpus, Document, str, os.PathLike, Iterable[Union[Document, str, os.PathLike]]]

# Required columns of each table (DESIGN.md contracts); components add more.
COLUMNS = {
    "documents": ["doc_id", "title", "outlet", "date", "words", "sentences"],
    "sentences": ["doc_id", "sent_idx", "start", "end", "text", "voice", "parties"],
    "attributions": ["doc_id", "start", "end", "speaker", "party", "cue", "cue_class", "kind", "content", "words"],
    "frames": ["doc_id", "start", "end", "frame", "owner", "voice", "speaker_party", "text"],
    "mentions": ["doc_id", "start", "end", "party", "text"],
    "parties": ["scope", "doc_id", "outlet", "party"],
}

#: Tables written by :meth:`Analysis.save`, in order.
OUTPUT_TABLES = ("documents", "sentences", "attributions", "frames", "parties", "mentions")


@dataclass
class Analysis:
    """The result of :func:`framing.analyze`: tidy pandas tables, one row per observation.

    Attributes
    ----------
    documents, sentences, attributions, frames, mentions, parties : pandas.DataFrame
    spec : Spec
    skipped : list of Skipped
        Documents that could not be read or analysed, with the reason.
    attribution_model : str
        The attribution model the rows come from (:data:`framing.pipeline.ATTRIBUTION_MODELS`).
    """

    documents: pd.DataFrame
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    frames: pd.DataFrame
    mentions: pd.DataFrame
    spec: Spec
    skipped: list[Skipped] = field(default_factory=list)
    _parties: pd.DataFrame | None = field(default=None, repr=False)
    #: Per-document parts of the party aggregates, cached by the components (see :mod:`framing.parts`).
    _parts: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    attribution_model: str = "rules"

    @property
    def parties(self) -> pd.DataFrame:
        """Per party: per document (scope ``document``), per outlet (``outlet``) and overall (``corpus``)."""
        if self._parties is None:
            self._parties = _party_table(self)
        return self._parties

    def table(self, name: str) -> pd.DataFrame:
        if name not in OUTPUT_TABLES:
            raise ValueError(f"unknown table {name!r}; tables are: {', '.join(OUTPUT_TABLES)}")
        return getattr(self, name)

    def save(self, out: str | os.PathLike, *, formats: Sequence[str] = ("csv",)) -> list[Path]:
        """Write every table as ``out/NAME.csv`` (and ``.json`` when ``"json"`` is in ``formats``).

        Files are written atomically; reruns give byte-identical files. The folder's marker records
        the attribution model (:func:`framing.io.mark_output_folder`).
        """
        out = Path(out)
        mark_output_folder(out, attribution_model=self.attribution_model)
        written = []
        for name in OUTPUT_TABLES:
            df = self.table(name)
            if "csv" in formats:
                write_csv(df, out / f"{name}.csv")
                written.append(out / f"{name}.csv")
            if "json" in formats:
                write_json(df, out / f"{name}.json")
                written.append(out / f"{name}.json")
        return written

    def __repr__(self) -> str:
        return (f"Analysis(spec={self.spec.name!r}, documents={len(self.documents)}, sentences={len(self.sentences)}, "
                f"attributions={len(self.attributions)}, frames={len(self.frames)}, skipped={len(self.skipped)})")


def _frame(rows: list[dict[str, Any]], name: str) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows) if rows else pd.DataFrame()
    for col in COLUMNS[name]:
        if col not in df.columns:
            df[col] = pd.Series(dtype=object)
    lead = [c for c in COLUMNS[name] if c in df.columns]
    return df[lead + [c for c in df.columns if c not in lead]].reset_index(drop=True)


def build_analysis(results: Iterable[DocumentRows], spec: Spec, skipped: Sequence[Skipped] = ()) -> Analysis:
    """Assemble an :class:`Analysis` from per-document rows (in corpus order)."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for r in results:
        for t in TABLES:
            rows[t].extend(getattr(r, t))
    result = Analysis(**{t: _frame(rows[t], t) for t in TABLES}, spec=spec, skipped=list(skipped))
    result.documents = documents_with_extras(result)[0]
    return result


#: The analysis components, in the order their columns are merged into the tables.
COMPONENTS = (attribution, frames, scorers)

#: The scopes of parties.csv and the grouping columns of each.
SCOPES = (("document", ["doc_id"]), ("outlet", ["outlet"]), ("corpus", []))


def documents_with_extras(result: Any) -> tuple[pd.DataFrame, list[list[str]]]:
    """``result.documents`` with each component's ``document_table`` columns merged in.

    Also returns the columns each component added, in order: the streaming writer
    (:mod:`framing.stream`) uses them to fix the column order whatever the chunking.
    """
    documents = result.documents
    added: list[list[str]] = []
    for component in COMPONENTS:
        extra = component.document_table(result)
        cols: list[str] = []
        if len(extra.columns):
            cols = [c for c in extra.columns if c not in documents.columns]
            documents = documents.merge(extra, how="left", left_on="doc_id", right_index=True)
        added.append(cols)
    return documents, added


def scope_table(result: Any, scope: str, by: list[str], outlets: pd.Series) -> tuple[pd.DataFrame, list[list[str]]]:
    """The parties rows of one scope (``document``, ``outlet`` or ``corpus``), and each component's columns.

    ``outlets`` maps doc_id to outlet for the documents of ``result``.
    """
    base = pd.DataFrame({"party": list(result.spec.party_ids)})
    if by == ["doc_id"]:
        keys = pd.DataFrame({"doc_id": result.documents["doc_id"].astype(str)})
    elif by == ["outlet"]:
        keys = pd.DataFrame({"outlet": sorted(set(outlets.astype(str)) - {""})})
    else:
        keys = pd.DataFrame(index=[0])
    table = keys.merge(base, how="cross")
    added: list[list[str]] = []
    for component in COMPONENTS:
        extra = component.party_table(result, by)
        cols: list[str] = []
        if len(extra) and len(extra.columns) > len(by) + 1:
            cols = [c for c in extra.columns if c not in table.columns]
            table = table.merge(extra, how="left", on=[*by, "party"])
        added.append(cols)
    table.insert(0, "scope", scope)
    if "doc_id" in table.columns:
        table.insert(2, "outlet", table["doc_id"].map(outlets).fillna(""))
    return table, added


def finish_party_table(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate scope tables into the parties table, ``scope, doc_id, outlet, party`` first."""
    df = pd.concat(parts, ignore_index=True)
    for col in ("doc_id", "outlet"):
        df[col] = df[col].fillna("")
    lead = COLUMNS["parties"]
    return df[lead + [c for c in df.columns if c not in lead]]


def outlet_map(documents: pd.DataFrame) -> pd.Series:
    """doc_id -> outlet of a documents table."""
    return documents.set_index("doc_id")["outlet"] if len(documents) else pd.Series(dtype=object)


def _party_table(result: Analysis) -> pd.DataFrame:
    outlets = outlet_map(result.documents)
    return finish_party_table([scope_table(result, scope, by, outlets)[0] for scope, by in SCOPES])



def _text_or_path(item: str | os.PathLike, i: int | None) -> Document | str | os.PathLike | Skipped:
    """A string is a path when it exists, an error when it only looks like one, else article text."""
    if not isinstance(item, str) or os.path.exists(item):
        return item
    name = "text" if i is None else f"text-{i}"
    if not item.strip():
        return Skipped(name, "empty text")
    if looks_like_path(item):
        raise LoadError(f"{item}: no such file or folder")
    return Document(name, item.strip(), {})


def _as_corpus(corpus: CorpusLike) -> Corpus:
    if isinstance(corpus, Corpus):
        return corpus
    items = [corpus] if isinstance(corpus, (str, os.PathLike, Document)) else list(corpus)
    single = len(items) == 1 and not isinstance(corpus, (list, tuple)) and isinstance(corpus, (str, os.PathLike))
    docs: list[Document] = []
    paths: list[Any] = []
    skipped: list[Skipped] = []
    for i, item in enumerate(items):
        if isinstance(item, (str, os.PathLike)):
            item = _text_or_path(item, None if single else i)
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, Skipped):
            skipped.append(item)
        elif isinstance(item, (str, os.PathLike)):
            paths.append(item)
        else:
            raise TypeError(f"cannot analyse item {i} of type {type(item).__name__}; expected Document, path or str")
    if paths:
        loaded = load_corpus(paths)
        docs.extend(loaded)
        skipped.extend(loaded.skipped)
    if not docs:
        raise LoadError("nothing to analyse: " + ("; ".join(str(s) for s in skipped) or "no documents given"))
    return Corpus(docs, skipped)


def analyze(corpus: CorpusLike, *, spec: Union[str, os.PathLike, Spec] = "karabakh-2023", jobs: int | None = 1,
            engine: str = "local", scheduler: str | None = None, progress: bool | None = None,
            attribution_model: str = "rules") -> Analysis:
    """Analyse a corpus: attributions, frames, scores, and the tidy tables built from them.

    Parameters
    ----------
    corpus : Corpus, Document, path, text, or list of these
        A loaded corpus, files or folders (see :func:`framing.load_corpus`), or plain strings.
    spec : str, path or Spec
        A built-in spec name (``framing specs``) or a YAML file.
    jobs : int or None
        Worker processes for the local engine; ``None`` uses every core.
    engine : {"local", "dask"}
        ``"dask"`` runs the per-document work on a dask.distributed cluster at ``scheduler``.
    progress : bool, optional
        Show a progress bar (default: only on a terminal).
    attribution_model : {"rules", "cues", "polnear", "crf"}
        Who-says-what by the rules (default), the rules and the learned cue model, or a learned tagger
        trained on PolNeAR (the span tagger or the CRF; these also count beliefs such as "X wants to
        show that ..."). Recorded as ``Analysis.attribution_model``.

    Examples
    --------
    >>> import framing
    >>> framing.analyze(["Baku says yes.", "Yerevan says no."]).documents["doc_id"].tolist()
    ['text-0', 'text-1']
    """
    from .engine import run
    from .pipeline import check_attribution_model

    check_attribution_model(attribution_model)
    spec_obj = load_spec(spec)
    docs = _as_corpus(corpus)
    results, failed = run(list(docs), spec_obj, jobs=jobs, engine=engine, scheduler=scheduler, progress=progress,
                          attribution_model=attribution_model)
    result = build_analysis(results, spec_obj, [*docs.skipped, *failed])
    result.attribution_model = attribution_model
    if result.skipped:  # a notebook user sees it without reading Analysis.skipped
        more = f" (and {len(result.skipped) - 1} more; see Analysis.skipped)" if len(result.skipped) > 1 else ""
        warnings.warn(f"skipped {result.skipped[0]}{more}", UserWarning, stacklevel=2)
    return result
