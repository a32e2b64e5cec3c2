"""Where the per-document work runs: in this process, a process pool, or a Dask cluster.

Documents go out in batches (:func:`batched`) and come back in corpus order whatever the engine,
so the tables are the same bytes on one core, on every core and on a cluster. At most a few
batches per worker are in flight, so a corpus streams through in constant memory.

>>> from framing.document import Document
>>> from framing.spec import load_spec
>>> docs = [Document(f"d{i}", "Baku says yes. Yerevan says no.") for i in range(3)]
>>> [b.n_docs for b in iter_batches(batched(docs, max_docs=2), load_spec("karabakh-2023"), jobs=1)]
[2, 1]
"""

from __future__ import annotations

import collections
import functools
import gc
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TextIO

from .document import Document
from .loaders import Skipped
from .pipeline import DocumentRows, check_attribution_model
from .spec import Spec
from .stream import Batch, analyse_batch, safe_analyze

__all__ = ["run", "iter_batches", "map_batches", "batched", "resolve_jobs", "progress_enabled", "warm_up", "ENGINES"]

ENGINES = ("local", "dask")

#: What the engines run on each batch: ``fn(batch, spec)``, and ``attribution_model=`` as a keyword
#: only when it is not "rules" (see :func:`map_batches`).
BatchFunction = Callable[..., Any]

#: Default batch limits: enough work per batch (about 0.2 s) to make transport and per-batch
#: aggregation cheap, small enough to balance the load and keep memory flat.
BATCH_DOCS = 64
BATCH_CHARS = 250_000


def resolve_jobs(jobs: int | None) -> int:
    """Worker processes for ``jobs``: ``None`` or ``<= 0`` means every core.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(None) == (os.cpu_count() or 1)
    True
    """
    if jobs is None or jobs <= 0:
        return os.cpu_count() or 1
    return jobs


def progress_enabled(flag: bool | None = None, stream: TextIO | None = None,
                     environ: Mapping[str, str] | None = None) -> bool:
    """Whether to draw a progress bar: as asked, else only on a terminal and never in CI.

    >>> import io
    >>> progress_enabled(None, io.StringIO(), {})
    False
    >>> progress_enabled(True, io.StringIO(), {"CI": "true"})
    True
    """
    if flag is not None:
        return flag
    stream = sys.stderr if stream is None else stream
    environ = os.environ if environ is None else environ
    if environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def batched(docs: Iterable[Document], *, max_docs: int | None = None,
            max_chars: int | None = None) -> Iterator[list[Document]]:
    """Group documents into batches of at most ``max_docs`` documents or about ``max_chars`` characters.

    The defaults are :data:`BATCH_DOCS` and :data:`BATCH_CHARS`. The tables never depend on the batching.

    >>> [len(b) for b in batched([Document(str(i), "x" * 100) for i in range(5)], max_docs=2)]
    [2, 2, 1]
    """
    max_docs = BATCH_DOCS if max_docs is None else max_docs
    max_chars = BATCH_CHARS if max_chars is None else max_chars
    batch: list[Document] = []
    chars = 0
    for doc in docs:
        batch.append(doc)
        chars += len(doc.text)
        if len(batch) >= max_docs or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


# A worker process keeps the spec it was started with, so batches travel without it.
_WORKER_SPEC: Spec | None = None

#: A short text that reaches every component's models and matchers (see :func:`warm_up`).
_WARM_TEXT = ('Officials said the strike, which reportedly killed 20 civilians, was "a brutal massacre." '
              'According to the army, the operation was clearly necessary. "We will respond," he said.')


def warm_up(spec: Spec, attribution_model: str = "rules") -> None:
    """Load what the per-document work reads (scorer models, lexicons, the spec's compiled matchers,
    the learned attribution model if one is chosen) by analysing one short document, so that forked
    workers inherit it instead of each loading it (about 0.25 s of CPU per worker). Results are
    unaffected: the loaded objects are read-only and the caches are keyed by their inputs.

    >>> from framing.spec import load_spec
    >>> warm_up(load_spec("karabakh-2023")) is None
    True
    """
    safe_analyze(Document("warm-up", _WARM_TEXT), spec, attribution_model=attribution_model)


#: Garbage-collector thresholds for processes that only analyse documents (pool workers, the CLI).
#: Python's defaults (700, 10, 10) collect the youngest generation every 700 net allocations, and
#: the per-document work allocates millions of short-lived dicts and tuples: with the defaults,
#: collections took ~0.6 s of ~7 s CPU per 182k words, with these ~0.1 s. Only the frequency
#: changes; garbage cycles are still collected, and results never depend on it.
GC_THRESHOLDS = (20_000, 10, 10)


def tune_gc(freeze: bool = False) -> None:
    """Collect garbage less often in a process that runs the analysis (see :data:`GC_THRESHOLDS`).

    With ``freeze``, also move every object that exists now out of the collector's reach
    (:func:`gc.freeze`): a forked pool worker then never scans (nor copies, by touching their
    headers) the models and lexicons it inherited. Only for processes the package owns.

    >>> import gc
    >>> old = gc.get_threshold(); tune_gc(); gc.get_threshold() == GC_THRESHOLDS
    True
    >>> gc.set_threshold(*old)
    """
    if freeze:
        gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _init_worker(spec: Spec) -> None:
    global _WORKER_SPEC
    _WORKER_SPEC = spec
    tune_gc(freeze=True)  # a pool worker is the package's own process


def _work(fn: BatchFunction, docs: list[Document]) -> Any:
    """In a pool worker: ``fn(docs, spec)`` with the spec the worker received at start-up."""
    assert _WORKER_SPEC is not None
    return fn(docs, _WORKER_SPEC)


def _in_order(submit, batches: Iterable[list[Document]], window: int) -> Iterator[Any]:
    """Submit batches, keep at most ``window`` in flight, yield results in submission order."""
    pending: collections.deque = collections.deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


def _result(fut: Any) -> Any:
    return fut.result()


def _local_map(fn: BatchFunction, batches: Iterable[list[Document]], spec: Spec, jobs: int | None,
               attribution_model: str) -> Iterator[Any]:
    workers = resolve_jobs(jobs)
    if workers == 1:
        for batch in batches:
            yield fn(batch, spec)
        return
    if multiprocessing.get_start_method() == "fork":
        warm_up(spec, attribution_model)  # the workers inherit the loaded models instead of each loading them
    # without fork, each worker loads the models once, on its first document (they are cached per process)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(spec,)) as pool:
        try:
            yield from _in_order(lambda b: pool.submit(_work, fn, b), batches, 2 * workers + 1)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _client(scheduler: str | None):
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - dask is a core dependency
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    if scheduler:
        import dask

        try:  # the connect timeout is dask's own setting (distributed.comm.timeouts.connect)
            return Client(scheduler, timeout=dask.config.get("distributed.comm.timeouts.connect"))
        except OSError as exc:
            raise RuntimeError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    return Client(processes=False, dashboard_address=None)


def _dask_map(fn: BatchFunction, batches: Iterable[list[Document]], spec: Spec, scheduler: str | None,
              attribution_model: str) -> Iterator[Any]:
    client = _client(scheduler)
    try:
        spec_future = client.scatter(spec, broadcast=True)
        threads = max(1, sum(client.nthreads().values()))
        # the model's name travels with each task (bound to fn); a worker process loads the model once (it is cached)
        submit = lambda b: client.submit(fn, b, spec_future, pure=False)  # noqa: E731
        yield from _in_order(submit, batches, 2 * threads + 1)
    finally:
        client.close()


def map_batches(fn: BatchFunction, batches: Iterable[list[Document]], spec: Spec, *, jobs: int | None = None,
                engine: str = "local", scheduler: str | None = None, attribution_model: str = "rules") -> Iterator[Any]:
    """``fn(batch, spec)`` for each batch on the chosen engine, results in submission order.

    ``fn`` must be a module-level function: it is pickled to the workers. The engine and the model
    name are checked here, before any work starts. With the default model ("rules") ``fn`` is called
    as ``fn(batch, spec)``, so a function written for that signature works unchanged; with another
    model it is called as ``fn(batch, spec, attribution_model=attribution_model)`` (bound with
    :func:`functools.partial`), so ``fn`` must then accept that keyword.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; engines are: {', '.join(ENGINES)}")
    if check_attribution_model(attribution_model) != "rules":
        fn = functools.partial(fn, attribution_model=attribution_model)  # pickles for a module-level fn
    if engine == "dask":
        return _dask_map(fn, batches, spec, scheduler, attribution_model)
    return _local_map(fn, batches, spec, jobs, attribution_model)


def iter_batches(batches: Iterable[list[Document]], spec: Spec, *, jobs: int | None = None, engine: str = "local",
                 scheduler: str | None = None, attribution_model: str = "rules") -> Iterator[Batch]:
    """Analyse batches of documents on the chosen engine; yield a :class:`~framing.stream.Batch` each, in order.

    Parameters
    ----------
    batches : iterable of list of Document
        Usually :func:`batched` over :func:`framing.loaders.iter_documents` (read lazily).
    spec : Spec
    jobs : int or None
        Worker processes of the local engine (``None``: every core; 1: in this process).
    engine : {"local", "dask"}
    scheduler : str, optional
        Address of a running dask scheduler (``tcp://HOST:8786``); without it the dask engine
        starts an in-process cluster.
    attribution_model : {"rules", "cues", "polnear", "crf"}
        See :data:`framing.pipeline.ATTRIBUTION_MODELS`; a learned model is loaded once per worker.
    """
    return map_batches(analyse_batch, batches, spec, jobs=jobs, engine=engine, scheduler=scheduler,
                       attribution_model=attribution_model)


# --------------------------------------------------------------------------------------------
# Per-document results in memory (framing.analyze)
# --------------------------------------------------------------------------------------------


def _rows_of_batch(docs: list[Document], spec: Spec, *, attribution_model: str = "rules") -> list[DocumentRows | Skipped]:
    return [safe_analyze(doc, spec, attribution_model=attribution_model) for doc in docs]


def _progress(items: Iterable, total: int, enabled: bool | None) -> Iterable:
    if not progress_enabled(enabled):
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="doc", desc="analysing", file=sys.stderr)


def run(docs: Sequence[Document], spec: Spec, *, jobs: int | None = 1, engine: str = "local",
        scheduler: str | None = None, progress: bool | None = None,
        attribution_model: str = "rules") -> tuple[list[DocumentRows], list[Skipped]]:
    """Analyse ``docs`` with the chosen engine; return rows in corpus order and the failures."""
    stream = map_batches(_rows_of_batch, batched(docs), spec, jobs=1 if len(docs) < 2 else jobs, engine=engine,
                         scheduler=scheduler, attribution_model=attribution_model)
    results: list[DocumentRows] = []
    failed: list[Skipped] = []
    items = (item for chunk in stream for item in chunk)
    for item in _progress(items, len(docs), progress):
        (failed if isinstance(item, Skipped) else results).append(item)
    return results, failed
