"""Per-document parts of the party aggregates: computed once, reused at every scope, merged over batches.

Each component's ``party_table(result, by)`` aggregates small per-document tables, its *parts*
(counts per document and party, one score per quote, ...), instead of going back to the row tables
at every scope. The parts are computed once per :class:`~framing.analysis.Analysis` and cached on
it (:func:`cached`), so the ``document``, ``outlet`` and ``corpus`` scopes of parties.csv share
them. Parts of different batches of documents concatenate (:func:`merge`): the streaming writer
(:mod:`framing.stream`) keeps only the parts of each batch for the outlet and corpus scopes, never
the row tables.

A cached part remembers the row tables it was computed from and is recomputed when one of them is
replaced (``result.attributions = ...``). Parts given to :class:`~framing.analysis.Analysis`
directly (``_parts={key: parts}``, as the streaming writer does) are used as they are.

>>> import pandas as pd
>>> merge([{"n": pd.DataFrame({"doc_id": ["a"], "x": [1]})}, {"n": pd.DataFrame({"doc_id": ["b"], "x": [2]})}])["n"].values.tolist()
[['a', 1], ['b', 2]]
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

import pandas as pd

__all__ = ["cached", "merge"]

Parts = dict[str, pd.DataFrame]


def cached(result: Any, key: str, build: Callable[[Any], Parts], sources: Sequence[str]) -> Parts:
    """The parts ``build(result)``, computed once per ``result`` and row tables ``sources``.

    Parameters
    ----------
    result : Analysis
        Caches in its ``_parts`` dict (objects without one are not cached).
    key : str
        Name of the component's parts.
    build : callable
        ``build(result) -> dict of str to DataFrame``.
    sources : sequence of str
        Attributes of ``result`` (row tables) the parts are computed from; replacing one of them
        invalidates the cache.

    Examples
    --------
    >>> class R: pass
    >>> r = R(); r._parts = {}; r.rows = pd.DataFrame({"x": [1, 2]})
    >>> calls = []
    >>> build = lambda res: calls.append(1) or {"rows": pd.DataFrame({"n": [len(res.rows)]})}
    >>> _ = cached(r, "k", build, ["rows"]); _ = cached(r, "k", build, ["rows"]); len(calls)
    1
    >>> r.rows = pd.DataFrame({"x": [1]})  # a replaced table invalidates the cached parts
    >>> cached(r, "k", build, ["rows"])["rows"]["n"].tolist(), len(calls)
    ([1], 2)
    """
    store = getattr(result, "_parts", None)
    if store is None:
        return build(result)
    tables = tuple(getattr(result, s) for s in sources)
    hit = store.get(key)
    if hit is not None:
        seen, parts = hit
        if seen is None or (len(seen) == len(tables) and all(a is b for a, b in zip(seen, tables))):
            return parts
    parts = build(result)
    store[key] = (tables, parts)
    return parts


def fixed(parts: Parts) -> tuple[None, Parts]:
    """A cache entry for parts given from outside (used as they are, whatever the row tables)."""
    return (None, parts)


def merge(batches: Iterable[Parts]) -> Parts:
    """Concatenate the parts of several batches of documents (in corpus order), key by key.

    Empty tables are left out when others have rows (so an empty batch never changes a dtype).
    """
    found: dict[str, list[pd.DataFrame]] = {}
    for parts in batches:
        for key, df in parts.items():
            found.setdefault(key, []).append(df)
    out: Parts = {}
    for key, frames in found.items():
        full = [f for f in frames if len(f)]
        out[key] = pd.concat(full, ignore_index=True) if len(full) > 1 else (full or frames)[0].reset_index(drop=True)
    return out


def parts_of(result: Any) -> Parts:
    """Every part cached on ``result``, flattened (what a batch hands to the streaming writer)."""
    store = getattr(result, "_parts", None) or {}
    out: Parts = {}
    for key, (_, parts) in store.items():
        for name, df in parts.items():
            out[f"{key}:{name}"] = df
    return out


def unflatten(flat: Parts) -> dict[str, tuple[None, Parts]]:
    """The ``_parts`` store for merged flat parts (inverse of :func:`parts_of`)."""
    store: dict[str, dict[str, pd.DataFrame]] = {}
    for name, df in flat.items():
        key, _, sub = name.partition(":")
        store.setdefault(key, {})[sub] = df
    return {key: fixed(parts) for key, parts in store.items()}
