"""The fast bias and target scorers grow shared word stores while scoring; Dask's in-process
cluster (and any threaded Dask worker) calls them from several threads at once."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import framing
from framing.scorers import bias, target_model

from .conftest import ROOT


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    corpus = framing.load_corpus(ROOT / "corpora" / "ukraine-2014")
    texts = [s.text for doc in list(corpus)[:20] for s in framing.segment.sentences(doc.text)]
    return texts[:800]


@pytest.fixture
def fast_switching():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # make threads interleave inside the scorers
    yield
    sys.setswitchinterval(old)


def _in_threads(score, chunks):
    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(score, chunks))


def test_bias_scores_are_the_same_from_many_threads(sentences, fast_switching):
    chunks = [sentences[i::8] for i in range(8)]
    expected = [bias._FastBias(bias._model_dict()).block_scores(c) for c in chunks]
    shared = bias._FastBias(bias._model_dict())  # a fresh store that every thread grows at once
    got = _in_threads(shared.block_scores, chunks)
    for e, g in zip(expected, got):
        np.testing.assert_array_equal(e, g)


def test_target_scores_are_the_same_from_many_threads(sentences, fast_switching):
    items = [(t, 0, min(len(t), 12)) for t in sentences if len(t) > 20]
    chunks = [items[i::8] for i in range(8)]
    expected = [target_model._FastTarget(target_model._model_dict()).predict_proba(c) for c in chunks]
    shared = target_model._FastTarget(target_model._model_dict())
    got = _in_threads(shared.predict_proba, chunks)
    for e, g in zip(expected, got):
        np.testing.assert_array_equal(e, g)
