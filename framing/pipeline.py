"""The per-document work: segment, attribute, find frames, score. Plain data in, plain rows out.

Each document is analysed on its own, so the work runs the same on one core, a process pool or a
Dask cluster (see :mod:`framing.engine`). Rows are plain dicts; tables are built afterwards.

>>> from framing.document import Document
>>> from framing.spec import load_spec
>>> rows = analyze_document(Document("d", "Azerbaijan says it is over. Others disagree."), load_spec("karabakh-2023"))
>>> [r["text"] for r in rows.sentences]
['Azerbaijan says it is over.', 'Others disagree.']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import attribution, frames, scorers
from .document import Document
from .segment import paragraphs, sentences as split_sentences, word_count
from .spec import Spec

__all__ = ["DocumentRows", "analyze_document", "check_attribution_model", "TABLES", "ATTRIBUTION_MODELS"]

#: The attribution models ``analyze_document`` can use (see :data:`framing.attribution.MODELS`); ``"rules"`` is the default.
ATTRIBUTION_MODELS = attribution.MODELS

#: The row tables of an analysis, in the order they are written.
TABLES = ("documents", "sentences", "attributions", "frames", "mentions")

META_COLUMNS = ("title", "subtitle", "standfirst", "outlet", "date", "section", "language", "leaning", "url", "authors", "path")


@dataclass
class DocumentRows:
    """All rows produced for one document."""

    doc_id: str
    documents: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    frames: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)


def document_row(doc: Document, n_sentences: int) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc.id}
    for key in META_COLUMNS:
        value = doc.meta.get(key, "")
        row[key] = "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else ("" if value is None else str(value))
    row["words"] = word_count(doc.text)
    row["sentences"] = n_sentences
    row["paragraphs"] = len(paragraphs(doc.text))
    return row


def check_attribution_model(name: str) -> str:
    """``name`` if it is one of :data:`ATTRIBUTION_MODELS`, else a ``ValueError`` naming the valid ones.

    Entry points call it before any work starts (a bad name would otherwise fail every document).

    >>> check_attribution_model("crf")
    'crf'
    >>> check_attribution_model("CRF")
    Traceback (most recent call last):
    ValueError: unknown attribution model 'CRF'; models are: rules, cues, polnear, crf
    """
    if isinstance(name, bool):  # the older flags are for framing.attribution.analyse only
        raise ValueError(f"unknown attribution model {name!r}; models are: {', '.join(ATTRIBUTION_MODELS)}")
    return attribution.model_name(name)


def analyze_document(doc: Document, spec: Spec, *, attribution_model: str = "rules") -> DocumentRows:
    """Analyse one document into rows for every table.

    ``attribution_model`` is one of :data:`ATTRIBUTION_MODELS` (a learned model is loaded once per process).
    """
    sents = split_sentences(doc.text)
    att = attribution.analyse(doc, sents, spec, model=check_attribution_model(attribution_model))
    frame_rows = frames.analyse(doc, sents, spec, att["attributions"])
    features = scorers.analyse(doc, sents, spec, att["attributions"], att["mentions"])
    sentence_rows = []
    for i, (s, extra, feats) in enumerate(zip(sents, att["sentence_columns"], features)):
        row = {"doc_id": doc.id, "sent_idx": i, "start": s.start, "end": s.end, "paragraph": s.paragraph,
               "text": s.text, "words": word_count(s.text)}
        row.update(extra)
        row.update(feats)
        sentence_rows.append(row)
    return DocumentRows(
        doc_id=doc.id,
        documents=[document_row(doc, len(sents))],
        sentences=sentence_rows,
        attributions=[{"doc_id": doc.id, **r} for r in att["attributions"]],
        frames=[{"doc_id": doc.id, **r} for r in frame_rows],
        mentions=[{"doc_id": doc.id, **r} for r in att["mentions"]],
    )
