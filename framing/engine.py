"""Where the per-document work runs: in this process, a process pool, or a Dask cluster.

Results come back in corpus order whatever the engine, so tables are deterministic.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Sequence

from .document import Document
from .loaders import Skipped
from .pipeline import DocumentRows, analyze_document
from .spec import Spec

__all__ = ["run", "ENGINES"]

ENGINES = ("local", "dask")


def _safe(doc: Document, spec: Spec) -> DocumentRows | Skipped:
    try:
        return analyze_document(doc, spec)
    except Exception as exc:  # one bad document never stops a corpus
        return Skipped(str(doc.meta.get("path") or doc.id), f"analysis failed: {type(exc).__name__}: {exc}")


def _progress(items: Iterable, total: int, enabled: bool | None) -> Iterable:
    if enabled is None:
        enabled = sys.stderr.isatty() and not os.environ.get("CI")
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="doc", desc="analysing", file=sys.stderr)


def _local(docs: Sequence[Document], spec: Spec, jobs: int | None) -> Iterator[DocumentRows | Skipped]:
    workers = (os.cpu_count() or 1) if jobs is None or jobs <= 0 else jobs
    if workers == 1 or len(docs) < 2:
        for doc in docs:
            yield _safe(doc, spec)
        return
    chunksize = max(1, min(64, len(docs) // (workers * 4) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_safe, docs, [spec] * len(docs), chunksize=chunksize)


def _dask(docs: Sequence[Document], spec: Spec, scheduler: str | None) -> Iterator[DocumentRows | Skipped]:
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - dask is a core dependency
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    client = Client(scheduler) if scheduler else Client(processes=False)
    try:
        spec_future = client.scatter(spec, broadcast=True)
        futures = client.map(_safe, docs, spec=spec_future, pure=False)
        for fut in futures:  # in submission order: deterministic tables
            yield fut.result()
    finally:
        client.close()


def run(docs: Sequence[Document], spec: Spec, *, jobs: int | None = 1, engine: str = "local",
        scheduler: str | None = None, progress: bool | None = None) -> tuple[list[DocumentRows], list[Skipped]]:
    """Analyse ``docs`` with the chosen engine; return rows in corpus order and the failures."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; engines are: {', '.join(ENGINES)}")
    stream = _dask(docs, spec, scheduler) if engine == "dask" else _local(docs, spec, jobs)
    results: list[DocumentRows] = []
    failed: list[Skipped] = []
    for item in _progress(stream, len(docs), progress):
        (failed if isinstance(item, Skipped) else results).append(item)
    return results, failed
